"""Shapes of session 56 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.clean import clean

from .support.facts import document


def test_an_untitled_disclosure_report_names_the_body_whose_section_answers_for_it() -> None:
    # no title; the preamble asks readers to contact the body's general section (综合股) or office, the body
    # only calls itself 我局 / 我委
    text = (
        "根据《中华人民共和国政府信息公开条例》编制本报告。报告中所列数据的统计期限自2021年1月1日起至"
        "2021年12月31日止。如对本报告有任何疑问，请与平川县科学技术局综合股联系（电话：0000-1234567）。\n"
        "一、概况\n2021年，我局认真执行《条例》，落实专职人员负责信息公开工作。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("information_disclosure_report", "平川县科学技术局", 2021)
    text = (
        "根据《中华人民共和国政府信息公开条例》编制本年度报告。报告中所列数据的统计期限自2022年1月1日起至"
        "2022年12月31日止。如对本报告有疑问，请与平川县工业园区管委会办公室联系。\n"
        "一、总体情况\n2022年以来，我委严格按照有关规定推进政务公开。\n"
    )
    assert document(text).agency == "平川县工业园区管委会"


def test_a_sites_name_over_its_clock_is_no_byline() -> None:
    # the portal's name, then its date with the weekday, then an untitled disclosure report of a street office
    text = (
        "宁川市东湖区人民政府\n2019年12月3日星期二\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据统计期限从2023年1月1日起至"
        "2023年12月31日止。\n一、总体情况\n"
        "2023年，桃源街道党工委、办事处按照区委、区政府的统一部署，认真贯彻落实《条例》。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("桃源街道党工委、办事处", 2023)


def test_a_template_that_circles_out_its_township_names_no_township_government() -> None:
    text = (
        "政府工作报告\n2012年1月4日在ooo乡第八届人民代表大会第五次会议上 各位代表：\n"
        "现在，我代表乡人民政府向大会作工作报告，请予审查。\n一、2011年工作回顾\n"
        "2011年，乡人民政府在县委、县政府和乡党委的正确领导下，团结和依靠全乡人民，完成了各项任务。\n"
    )
    doc = document(text)
    assert doc.doc_type == "government_work_report"
    assert doc.agency is None


def test_a_features_subtitle_names_the_place_whose_work_it_reviews() -> None:
    # the page keeps only the subtitle as its title, under a slogan on the line above; the publisher's source
    # field names the city's committee, not the county reviewed
    text = (
        "法治护航促和谐 草原儿女展新颜——平川县“七五”普法工作综述\n\n网站首页 » 宁川\n\n"
        "平川县“七五”普法工作综述\n\n来源：中共宁川市委政法委员会 责任编辑：张某\n发布时间：2021-01-20\n\n"
        "平川县总面积2.4万平方公里。“七五”普法实施以来，平川县以习近平新时代中国特色社会主义思想为指导，"
        "扎实推进普法依法治理。\n"
    )
    assert document(text).agency == "平川县"


def test_a_lead_whose_bodys_team_acts_names_the_body() -> None:
    # a purpose clause, then 近日 with no comma and the bureau's volunteer team as the subject
    text = (
        "为深入贯彻落实税收普法规划，近日平川县税务局普法志愿服务队来到县实验小学开展税收普法进校园活动，"
        "向同学们赠送普法书籍。\n活动中，志愿者来到教室为同学们讲解税收知识。\n"
    )
    assert document(text).agency == "平川县税务局"


def test_a_lead_dated_by_a_span_of_days_names_its_subject() -> None:
    text = (
        "6月3日-4日，平川县档案局联合县司法局组成档案执法检查组，对28家县直单位进行档案行政执法检查。\n"
        "此次检查分两组进行。\n"
    )
    assert document(text).agency == "平川县档案局"


def test_a_session_where_a_head_presents_his_courts_report_is_the_courts_news() -> None:
    text = (
        "2026年1月14日，平川区第十七届人民代表大会第五次会议召开。\n"
        "平川区人民法院院长张某代表平川区法院向大会作工作报告。\n2025年主要工作\n"
        "2025年，区人民法院坚持公正司法，共受理各类案件9026件。\n"
    )
    assert document(text).agency == "平川区法院"


def test_a_mirrors_toneless_readings_are_no_words_of_the_report() -> None:
    # a mirror glosses characters with toneless pinyin, some twice; the reading is not the text
    text = (
        "关于平川县2021年国民经济和社会发展计划执行情况及2022年计划(草案)的报告\n"
        "来源(yuan):平川(chuan)县发改局(ju)\n2022年2月13日在平川县第十八届人民代表大会第二次会议上\n"
        "县发展和(he)改革局(ju)局长 张某\n各位代表：\n"
        "我受县人民政府委托，向大会报告平川县2021年国民经济(ji)(ji)和社会发展计划执行情况，请予审议。\n"
        "全年地区生(sheng)产总值突破2000亿元，同比增(zeng)长(zhang)(下同)7.6%。\n"
    )
    cleaned = clean(text).text
    assert "(ji)" not in cleaned and "(下同)" in cleaned and "地区生产总值" in cleaned
    # the place's plan is the county's, the report the development and reform bureau's, whose head delivers it
    assert document(text).agency == "县发展和改革局"


def test_a_visited_places_standing_committee_is_named_whole() -> None:
    # the host organ accompanying visitors: its name ends in 常委会, never cut to 人大常委
    text = (
        "宁川市人大常委会法工委主任张某一行来平川调研\n\n"
        "5月18日，宁川市人大常委会法工委主任张某带领调研组一行，来平川市对《宁川市海绵城市建设管理条例（草案）》"
        "开展调研，先后到多地考察，并召开座谈会。平川市人大常委会党组副书记李某陪同。\n"
    )
    assert document(text).agency != "平川市人大常委"


def test_a_customs_districts_report_is_the_customs_houses() -> None:
    text = (
        "宁川海关关区2023年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n2023年，宁川海关坚持以公开为常态。\n"
    )
    assert document(text).agency == "宁川海关"


def test_a_circulated_rating_is_the_news_of_the_body_rated() -> None:
    # the city bureau circulates the ratings; the item is the county bureau's, rated excellent in it
    text = (
        "2月15日，宁川市公安局发布2021年度全市公安机关绩效评估情况通报，通报显示，平川县公安局被市局评为绩效评估"
        "优秀单位，50项重点工作全部达标。\n收到这一喜讯，全局上下备受鼓舞。\n"
    )
    assert document(text).agency == "平川县公安局"


def test_a_portals_name_and_a_column_tag_stand_before_the_headlines_subject() -> None:
    text = (
        "宁川市:【环保督查整改】青禾镇扎实开展环保督察问题整改工作\n\n"
        "青禾镇党委政府强化责任落实，认真做好督察反馈问题整改。\n青禾镇共有环保督察案件24个，已全部整改到位。\n"
    )
    assert document(text).agency == "青禾镇"


def test_a_courts_office_at_work_is_the_court() -> None:
    text = (
        "为做好营商环境政策宣传，近日，平川经济技术开发区人民法院审管办走进商圈，开展《优化营商环境条例》宣传活动。\n"
        "法官助理与商户就条例内容进行了沟通交流。\n"
    )
    assert document(text).agency == "平川经济技术开发区人民法院"


def test_a_lead_on_a_documents_release_names_its_issuer() -> None:
    text = (
        "2020年宁川省全面依法治省工作要点出台!\n\n"
        "近日，《宁川省委全面依法治省委员会2020年工作要点》（以下简称《要点》）正式出台，并印发至各协调小组和成员单位。"
        "《要点》共分六个部分。\n"
    )
    assert document(text).agency == "宁川省委全面依法治省委员会"


def test_a_court_report_passed_by_its_votes_is_the_courts_news() -> None:
    text = (
        "今天下午，在平川市第九届人民代表大会第三次会议上，经与会代表举手表决，平川市人民检察院工作报告以100%赞成票通过！\n"
        "2023年是全面贯彻落实党的二十大精神的开局之年。\n"
    )
    assert document(text).agency == "平川市人民检察院"


def test_a_bodys_final_accounts_are_titled_with_its_name() -> None:
    text = "2019年度宁川市东湖区人民政府桃源街办事处部门决算\n第一部分 概况\n一、部门主要职责\n负责辖区综合管理。\n"
    doc = document(text)
    assert doc.title == "2019年度宁川市东湖区人民政府桃源街办事处部门决算"
    assert (doc.agency, doc.report_year) == ("宁川市东湖区人民政府桃源街办事处", 2019)


def test_a_standing_committees_inspection_group_reports_as_a_body() -> None:
    text = (
        "宁川省人民代表大会常务委员会执法检查组关于检查《宁川省防震减灾条例》实施情况的报告\n"
        "——2018年10月24日在宁川省第十三届人民代表大会常务委员会第六次会议上\n主任、各位副主任：\n"
    )
    assert document(text).agency == "宁川省人民代表大会常务委员会执法检查组"


def test_an_inspection_groups_report_given_to_its_committee_is_the_groups() -> None:
    # the committee's vice-chair presents it and the committee is addressed: the reader, not the writer (session 5
    # read none here; the group, whose report it is, is the careful reader's answer)
    text = (
        "青禾省人民代表大会常务委员会执法检查组\n关于检查《青禾省湿地保护条例》\n实施情况的报告\n\n"
        "——2025年9月26日在青禾省第十四届人民代表大会常务委员会第十八次会议上\n\n青禾省人大常委会副主任 李明华\n\n"
        "青禾省人民代表大会常务委员会：\n湿地是重要的生态系统。省人大常委会今年对条例实施情况开展了执法检查。"
    )
    assert document(text).agency == "青禾省人民代表大会常务委员会执法检查组"


def test_a_heads_visit_is_no_name_of_a_body() -> None:
    # 某副省长来省某局调研: the headline's words up to the bureau are a person's post and deed, never a name
    text = (
        "刘建新副省长来省林业局调研\n"
        "11月8日，省人民政府副省长刘建新来省林业局调研。省财政厅副厅长李明陪同。刘建新副省长一行参观了数据中心后，"
        "听取了省林业局党组书记、局长张华关于全省林业工作情况的汇报。\n"
        "听取汇报后，刘建新副省长充分肯定了近年来全省林业工作的成绩。他指出，近年来，省林业局坚持新发展理念，"
        "在林业改革发展等方面成效明显。\n"
    )
    assert document(text).agency == "省林业局"
    # …while a place whose name holds the same characters stays whole
    text = "宁川市南溪区长兴镇第七届人民代表大会第七次会议开幕\n3月1日，长兴镇第七届人民代表大会第七次会议开幕。\n"
    assert document(text).agency is not None


def test_a_town_named_as_the_publisher_of_its_own_disclosure_report() -> None:
    # a flattened metadata table names the town as publisher; the report calls itself 我镇
    text = (
        "索引号: | 2953382/2021-00403 | 公开方式: | 主动公开 |\n发布机构: | 青禾镇 | 成文日期: | 2021-01-25 |\n"
        "根据《中华人民共和国政府信息公开条例》的要求，我镇编制2020年度政府信息公开工作年度报告。\n"
        "一、总体情况\n2020年，我镇主动公开政府信息120条。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("information_disclosure_report", "青禾镇", 2020)


def test_numbers_a_converter_set_apart_from_their_units_are_whole_again() -> None:
    # a converter put each number on a line of its own, or at the start of the next line, the unit after it
    text = (
        "2020\n年平川县城市管理局工作总结\n（一）加大市容整治，确保市容环境得到提升。\n"
        "一是集中整治。今年共开展专项整治行动\n150余次，出动\n8000\n余人次，发放\n1500\n多份限期整改通知书。\n"
    )
    cleaned = clean(text).text
    assert cleaned.startswith("2020年平川县城市管理局工作总结\n")
    assert "开展专项整治行动150余次，出动8000余人次，发放1500多份限期整改通知书。" in cleaned
    doc = document(text)
    assert (doc.title, doc.report_year) == ("2020年平川县城市管理局工作总结", 2020)


def test_a_title_over_a_body_that_opens_with_its_year_and_a_page_number_stay_apart() -> None:
    cleaned = clean("平川县城市管理局工作总结\n2021年，我局坚持依法行政，完成各项任务。\n").text
    assert cleaned.split("\n")[:2] == ["平川县城市管理局工作总结", "2021年，我局坚持依法行政，完成各项任务。"]
    # a page's number alone between two pieces of a sentence is no count of anything
    cleaned = clean("我局持续推进\n3\n法治机关建设，成效明显。\n").text
    assert "推进3法治" not in cleaned


def test_a_dated_leads_year_outranks_a_past_year_its_later_sentences_check() -> None:
    # 11月21-23日 under the page's 2016 date row; the second paragraph checks the filing of 2015's files
    text = (
        "平川县档案局开展行政执法检查\n2016-11-25 23:33\n"
        "为提高全县档案工作依法行政水平，平川县档案局11月21-23日对全县各乡镇开展档案行政执法检查。\n"
        "一是检查文件归档情况。是否按照要求完成2015年度归档工作。\n"
    )
    assert document(text).report_year == 2016
    # …while a headline whose second line names the year of the work inspected keeps that year
    text = (
        "省依法行政考核组莅临省民政厅考核\n2020年度依法行政工作\n时间:2021-01-13 来源:厅办公室\n"
        "1月11日，省依法行政第一考核组莅临宁川省民政厅开展实地考核。\n"
        "考核组听取了宁川省民政厅2020年度依法行政工作汇报，随后进行了依法行政能力测试。\n"
    )
    assert document(text).report_year == 2020


def test_an_untitled_report_citing_the_outline_whose_part_one_is_its_years_results() -> None:
    # no title; the opening cites the national outline (a plan's title, no vote for a plan) and part ① is headed
    # 一、2016年推进法治政府建设的成效, without 主要举措
    text = (
        "2016年，我厅认真贯彻落实中央《法治政府建设实施纲要（2015—2020年）》，围绕中心工作，法治政府建设工作"
        "取得一定成效。\n一、2016年推进法治政府建设的成效\n"
        "（一）坚持统筹推进法治政府建设。厅党组始终将推进法治建设工作摆在重要位置，精心谋划，科学布局。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("annual_report", 2016)


def test_a_disclosure_report_whose_first_heading_ran_into_its_paragraph() -> None:
    text = (
        "一、总体情况 平川市政务服务数据管理局认真贯彻落实《中华人民共和国政府信息公开条例》，紧紧围绕市委、"
        "市政府中心工作，扎实做好政府信息公开工作。 （一）加强组织领导。我局专门成立政务公开领导小组。"
        "四是通过网页发布信息，2023年，在市政府网站发布信息260条。\n"
    )
    assert document(text).doc_type == "information_disclosure_report"


def test_a_places_event_held_after_the_leads_day_names_the_place() -> None:
    text = (
        "12月1日上午，平川县2024年“宪法宣传周”启动仪式在青年广场举行。本次活动由县委依法治县办、县司法局精心组织策划。\n"
        "县人大常委会副主任张明出席。\n"
    )
    assert document(text).agency == "平川县"
    # …and a town's session, named with its city and district first, is the town's, not the city's
    text = (
        "发布时间:2020-05-18\n5月15日，宁川市南溪区长兴镇第七届人民代表大会第七次会议开幕。大会应到代表49人。\n"
        "会议听取和审议了《长兴镇人民政府2019年工作报告》。\n"
    )
    assert document(text).agency != "宁川市"


def test_a_review_under_its_headline_and_date_row_names_the_office_after_the_years_character() -> None:
    # the headline (…工作回顾) is no title the finder knows; the date row is day-first; the first sentence tells what
    # the year was, then its subject
    text = (
        "2015年宁川省政府法制工作回顾\n\n13.01.2016  09:50\n"
        "2015年，是全面深化改革的关键之年，也是全面推进依法治国的开局之年，宁川省法制办紧紧围绕“深入推进依法行政，"
        "加快建设法治政府”这个目标，积极进取，开拓创新。一年来，各项工作得到社会的普遍关注。\n"
    )
    assert document(text).agency == "宁川省法制办"


def test_an_apps_credit_and_a_lead_since_recent_years_make_news_of_its_body() -> None:
    text = (
        "云上平川报道：俗话说，牙齿和舌头还有打架的时候。如何化解矛盾，就需要人民调解中心出马了。近年以来，"
        "平川市司法局创新矛盾处理机制，推动人民调解工作提质增效。\n今年6月，调解中心化解了一起历时多年的纠纷。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("news", "平川市司法局")


def test_an_untitled_lead_whose_event_was_held_lately_at_a_venue_is_news() -> None:
    text = (
        "以“德行天下、法育未来”为主题的平川县各中小学校“青少年模拟法庭”活动试点工作近日在平川一中启动。"
        "该活动通过选取贴近学生生活的案件，使青少年在体验庭审的过程中学习法律知识。\n"
    )
    assert document(text).doc_type == "news"


def test_a_work_report_whose_title_carries_a_sites_later_year_reviews_the_year_before_its_delivery() -> None:
    # a copy that lost its line breaks; the title's 2024年 is the site's, the report delivered on 2023-01-05
    text = (
        "2024年平川县政府工作报告 2023年1月5日在平川县第十七届人民代表大会第三次会议上 平川县人民政府县长 张明 "
        "各位代表： 现在，我代表平川县人民政府向大会作工作报告，请予审议。 2022年工作回顾 刚刚过去的2022年，"
        "是极不平凡的一年。一年来，在县委的坚强领导下，在县人大、政协的监督支持下，我们团结带领全县各族干部群众，"
        "坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，较好完成了县十七届人大二次会议确定的目标任务。"
        + "全县地区生产总值增长6.5%，一般公共预算收入增长8.2%，城乡居民收入稳步增长。" * 8
        + "\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("government_work_report", 2022)


def test_a_report_to_a_standing_committee_is_of_the_year_of_its_sitting_line_after_a_dash() -> None:
    text = (
        "首页 > 人大资料 > 人大常委会公报\n\n关于深化放管服改革持续优化营商环境议案办理情况的报告\n\n【字号: 收藏 打印\n\n"
        "——2020年7月29日在宁川市第十五届人民代表大会常务委员会第二十三次会议上\n\n宁川市人民政府副市长 王红\n\n"
        "主任、各位副主任、秘书长、各位委员：\n我代表市人民政府，向市人大常委会报告议案办理情况。\n"
    )
    assert document(text).report_year == 2020


def test_a_chronicle_is_of_the_month_it_covers_on_the_line_under_its_title() -> None:
    text = (
        "市政府工作要事记\n发布时间: 2024-08-10 10:33 来源:平川市人民政府办公室\n(2024年5月)\n"
        "1日，我市在青禾县召开全市春耕生产现场推进会。\n3日，市政府召开第15次常务会议。\n"
    )
    assert document(text).report_year == 2024


def test_a_bureaus_party_visiting_an_association_on_a_matter_is_the_bureaus_news() -> None:
    text = (
        "3月31日，平川市司法局党组书记张浪、市司法局局长陈燕等一行赴平川市律师协会，就律师行业党建工作及发展情况"
        "进行调研并召开座谈会。\n调研组了解了行业党建工作情况。\n"
    )
    assert document(text).agency == "平川市司法局"


def test_a_lead_whose_bureau_applies_a_method_names_it() -> None:
    text = (
        "江南时报讯 为打造法治乡村，宁川市平川县司法局运用“四化”，扎实开展“法律明白人”培育工程：人才吸纳多样化，"
        "将村（社区）两委成员纳入培养对象。\n"
    )
    assert document(text).agency == "宁川市平川县司法局"
