"""Shapes of session 58 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.clean import clean

from .support.facts import document


def test_a_lead_whose_subject_draws_up_and_issues_measures_is_that_subjects_news() -> None:
    # 制定出台: the lead's subject drew up and issued the measures; a place by its name or its bureau
    head = "宁川推出规范涉企检查八项举措\n发布时间：2025-08-20\n"
    tail = "规范涉企行政检查八项举措，进一步贯彻落实国务院办公厅有关意见精神。\n"
    assert document(head + "近期，宁川市制定出台" + tail).agency == "宁川市"
    assert document(head + "近日，宁川市司法局制定出台" + tail).agency == "宁川市司法局"


def test_a_notice_whose_genre_word_is_letter_spaced_at_its_titles_end_keeps_its_issuer() -> None:
    # a converted notice: a space between the issuer and 关于, and its 通 知 letter-spaced as the cover set it
    text = (
        "宁川县人民政府办公室 关于推进全县政务数据共享工作的 通 知\n时间：2019年06月17日\n宁政办〔2019〕26号\n"
        "各乡（镇）人民政府，县政府各部门：\n为加快推进全县政务系统互联互通，现就有关事项通知如下：\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("宁川县人民政府办公室", 2019)
    assert clean(text).text.splitlines()[0].endswith("工作的通知")


def test_a_party_committees_school_is_a_body_of_its_own() -> None:
    # 某市委党校 is the school, not the city's Party committee
    text = "本报讯 10月22日上午，宁川市委党校举行秋季主体班开学典礼。\n市委常委、组织部长出席并讲话。\n"
    assert document(text).agency == "宁川市委党校"


def test_a_wire_lead_on_today_under_its_dateline_is_its_subjects_news() -> None:
    # 今天，… with no part of the day, right after a wire's dateline and writer; a case below names a lower court
    text = (
        "某网宁川9月19日电（记者）今天，平川省人民检察院召开新闻发布会，发布第三批公益诉讼典型案例。\n"
        "案例一：宁川市东城区人民检察院办理的企业欠缴水资源费行政公益诉讼案\n"
    )
    assert document(text).agency == "平川省人民检察院"


def test_a_call_for_proposals_names_the_office_that_is_about_to_compile_the_list() -> None:
    # a notice whose title names no issuer: its preamble's subject is about to (拟) compile the list it asks ideas for
    text = (
        "关于征集2023年平川县政府重大行政决策事项建议项目的通知\n"
        "为推进县政府科学决策、民主决策、依法决策，根据《重大行政决策程序暂行条例》有关规定，"
        "平川县人民政府办公室拟编制2023年度县政府重大行政决策目录。现向社会公开征集建议项目。\n"
    )
    assert document(text).agency == "平川县人民政府办公室"


def test_a_bodys_chronicle_of_its_year_is_the_bodys_and_a_places_is_nobodys() -> None:
    body = "一、向人大常委会作工作报告\n——6月7日，受县政府委托，县审计局局长向县人大常委会作审计工作报告。\n"
    assert document("平川县审计局2021年大事记\n" + body).agency == "平川县审计局"
    # a place's chronicle is kept by an office it does not name
    assert document("平川县2021年大事记\n" + body).agency is None


def test_a_towns_plan_for_its_year_reported_up_is_its_work_points() -> None:
    # no title: the opening says the town reports its plan for the coming year to the bodies above it
    text = (
        "根据区委、区政府工作安排，现向区委、区政府报告我镇2026年度工作计划。\n"
        "一、深化基层党建引领，构建治理新格局\n（一）建强骨干队伍\n坚持书记抓、抓书记责任链条，升级镇村两级党建责任清单。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("work_points", 2026)


def test_a_bureau_that_keeps_its_eye_on_its_work_is_the_leads_subject() -> None:
    # 紧盯: the lead's subject keeps its eye on its main tasks, as one that 紧扣 or 聚焦 them does
    text = "本报讯（通讯员）近年来，宁川县水利局紧盯河湖管理、河道采砂等重点工作，深入整治河湖突出问题。\n"
    assert document(text).agency == "宁川县水利局"


def test_a_station_that_takes_measures_after_a_purpose_clause_is_the_leads_subject() -> None:
    text = (
        "为进一步加大普法宣传力度，增强农牧民群众法治观念，宁川市平川县司法局东山司法所采取三项举措广泛开展法律宣传活动。\n"
        "开展“法律进乡村”，做好集中宣传。\n"
    )
    assert document(text).agency == "宁川市平川县司法局东山司法所"


def test_a_sentence_opened_by_a_bureaus_unit_does_not_make_the_bare_bureau_the_writer() -> None:
    # 司法局法律援助中心某律师授课: the sentence's subject is the centre's lawyer; the bare 司法局 the name reader stops
    # at (it takes no organ word that names no one on its own) is no subject of the page
    text = (
        "宁川县妇女普法宣传走进乡村\n23.03.2015 18:26\n"
        "阳春三月，宁川县妇联、司法局的同志走进东山村、站前村等地开展巾帼普法讲堂。"
        "司法局法律援助中心李律师授课，课中志愿者为每一位发言的群众发放宣传品。\n"
    )
    agency = document(text).agency
    assert agency is None or agency.startswith("宁川县")


def test_a_wire_lead_whose_body_tells_the_press_on_the_day_is_that_bodys_news() -> None:
    # the headline names the province; the wire's lead names its department telling the press on the 12th
    text = (
        "“江河源头”平川：生态环境状况持续向好\n"
        "某网宁川 6月12日电 (记者)平川省生态环境厅12日对外表示，平川省生态环境状况持续稳定向好。\n"
        "地处高原的平川省，平均海拔四千米以上。\n"
    )
    assert document(text).agency == "平川省生态环境厅"


def test_a_citys_education_year_that_rules_schools_by_law_is_no_rule_of_law_report() -> None:
    # untitled: the city's education work of the year, 依法治教 among its ways; no government's rule-of-law work
    text = (
        "2023年，宁川教育工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
        "围绕市委、市政府中心工作，坚持改革创新、依法治教，推进各级各类教育质量提升，顺利完成各项工作。\n"
        "一、2023学年宁川教育事业发展基本情况\n2023学年，全市共有中小学、幼儿园1297所，在校学生63万人。\n"
    )
    assert document(text).doc_type != "annual_report"


def test_a_lead_on_its_day_as_speech_has_it_is_its_subjects_news() -> None:
    # 4月27号: the lead's day with 号 for 日, after its month
    text = "4月27号，宁川市人大常委会召开2020年部门预算草案初步审查会，市人大常委会副主任出席会议。\n"
    assert document(text).agency == "宁川市人大常委会"


def test_a_bodys_named_meeting_held_on_the_leads_day_is_the_bodys_news() -> None:
    # 某局2022年度…推进会召开: the body's meeting of the year, called 会 as well as 会议
    text = "3月9日，平川县司法局2022年度普法工作推进会召开，局党组书记出席会议并讲话。\n"
    assert document(text).agency == "平川县司法局"


def test_a_courts_head_delivering_its_work_report_to_the_congress_makes_it_the_courts_news() -> None:
    # the court by its short name (place and 法院), its head before the session; the report's own words follow
    text = (
        "2月26日上午，在平川区第十七届人民代表大会第五次会议上，平川法院院长李明向大会作2024年度工作报告，"
        "报告获全票通过。\n报告指出，平川法院在区委的领导、区人大及其常委会的监督下，坚持司法为民、公正司法。\n"
    )
    assert document(text).agency == "平川法院"


def test_a_places_five_year_plan_named_with_its_short_numeral_is_the_places() -> None:
    text = "平川区国民经济和社会发展十四五规划\n“十四五”时期，是开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    assert document(text).agency == "平川区"


def test_a_sharing_sites_catalogue_line_gives_way_to_the_plans_own_title_set_over_lines() -> None:
    # the site's entry names another district than the plan under it; the plan's cover sets its title over lines
    text = (
        "(广东省)惠州市惠城区国民经济和社会发展十四五规划(2022年更新)\n"
        "惠州市惠阳区国民经济和社会发展第十四个\n五年规划和 2035 年远景目标纲要\n"
        "( 2021 年 2 月 6 日惠阳区第五届人民代表大会\n第六次会议审议通过)\n2021 年 6 月\n"
        "前 言\n“十三五”期间，惠阳区始终坚持以习近平新时代中国特色社会主义思想为指导，统筹推进各项工作。\n"
    )
    assert "2022年更新" not in clean(text).text
    assert document(text).agency == "惠州市惠阳区"


def test_a_plans_title_set_over_three_lines_with_its_year_in_characters_is_one_title() -> None:
    text = (
        "平川区国民经济和社会发展\n第十四个五年规划和二 〇 三五年\n远景目标纲要\n2021 年6 月\n"
        "“十四五”时期，是平川区在全面建成小康社会基础上开启现代化建设新征程的第一个五年。\n"
    )
    assert document(text).agency == "平川区"


def test_a_bodys_points_for_the_year_name_it_in_the_sentence_that_sets_out_their_aim() -> None:
    # untitled: the year's character, then the body's own sentence on its year's legislative work
    text = (
        "2022年是开启新征程的重要一年。宁川市人大常委会2022年立法工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，"
        "提高立法质量和效率。\n一、继续审议的法规案\n1.宁川市物业管理条例（修订）\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("work_points", "宁川市人大常委会", 2022)


def test_a_notice_issuing_a_three_year_action_plan_is_of_no_one_year() -> None:
    # the notice's number carries its year of issue; the plan it issues runs three years
    text = (
        "县人民政府办公室关于印发平川县提升行政执法质量三年行动实施方案的通知\n"
        "文号：平政办发〔2024〕3号\n各乡镇人民政府，县政府各部门：\n"
        "《平川县提升行政执法质量三年行动实施方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("implementation_plan", None)


def test_an_untitled_story_that_opens_on_an_event_its_day_and_its_place_is_news() -> None:
    text = (
        "主题为“参与禁毒斗争，共建平安平川”的平川省禁毒集中宣传月活动，6月2日上午在宁川启动。\n"
        "今年是国际禁毒日设立20周年。为推进全省禁毒宣传教育工作，结合平川实际，开展集中宣传月活动。\n"
    )
    assert document(text).doc_type == "news"


def test_a_unit_commended_for_how_it_handled_a_case_is_no_writer_of_the_circular() -> None:
    # a district's monthly hotline circular: units are named for how they handled tickets, none of them the writer
    text = (
        "12月份，全区共受理12345热线工单468件，已办结468件，按期办结率为100%。"
        "交建局在处理（工单号031116）时，积极与市供电局沟通协调，较好地解决了问题，受到市民表扬。"
        "禁违办在处理违建情况时积极负责，派出工作人员现场查看。\n"
    )
    assert document(text).agency is None


def test_a_joint_meeting_is_the_news_of_the_body_of_the_two_that_convened_it() -> None:
    text = (
        "3月24日下午，区人大常委会法工委组织召开平川区人大监察和司法委暨平川区人大常委会法工委工作会议。"
        "区人大常委会主任、副主任参加会议。\n会上，法工委主任报告了一年来的工作。\n"
    )
    assert document(text).agency == "平川区人大常委会法工委"


def test_a_wire_lead_on_a_bodys_head_telling_the_press_is_that_bodys_news() -> None:
    # the head by post and name speaks for the body; a session held the same day is told after
    text = (
        "某网宁川5月24日电 (记者)平川省司法厅厅长李明在24日透露，全省为中小学校配备法治副校长6800余名。"
        "当日，平川省第十二届人民代表大会常务委员会第二十七次会议在宁川召开。\n"
    )
    assert document(text).agency == "平川省司法厅"
    text = (
        "某社宁川十月十九日电(记者)今天上午，平川省人民政府秘书长李明以新闻发言人身份，向三十多家媒体通报"
        "《平川省人民政府工作规则》及政府信息公开制度建设情况。\n"
    )
    assert document(text).agency == "平川省人民政府"


def test_a_lead_on_a_ministry_naming_one_body_a_pilot_is_that_bodys_news() -> None:
    text = (
        "近日，交通运输部将平川省交通运输厅列为全国第三批交通强国建设试点单位。\n"
        "根据上级安排部署，平川省交通运输厅已完成有关实施意见的起草工作。\n"
    )
    assert document(text).agency == "平川省交通运输厅"


def test_a_banners_notice_does_not_take_the_region_it_cites_for_its_issuer() -> None:
    # a notice to the banner's own units opens on a decree of the region above it; its issuer is not named
    text = (
        "各苏木乡镇人民政府，旗直各有关部门：\n"
        "《平川自治区人民政府关于修订和废止部分政府规章的决定》于2022年9月7日经自治区人民政府常务会议审议通过。"
        "自治区人民政府决定对3部政府规章的部分条款予以修改。为确保政令畅通，按照旗政府工作安排，"
        "现将行政规范性文件清理工作有关事宜通知如下。\n一、清理范围\n"
    )
    assert document(text).agency is None


def test_a_station_or_a_school_opening_a_sentence_is_read_whole_as_its_subject() -> None:
    # names that end in 所 and 校, read by the last finder (a sentence's subject, no lead's deed): whole, never cut to
    # the Party committee the school belongs to
    text = (
        "本报讯 (记者 通讯员) 近日，平川东山镇又新添一处法治文化园。\n"
        "法治文化园位于东山司法所大院内，园内还有一个文体广场。为弘扬法治精神、提高群众法治素养，"
        "东山司法所在院内打造“法治之路”文化园。\n进入文化园，首先映入眼帘的是入口处的主题墙。\n"
    )
    assert document(text).agency == "东山司法所"
    text = (
        "张明出席宁川市委党校新校区落成揭牌仪式\n"
        "本报讯 在全会即将召开之际，10月22日上午，中共宁川市委党校新校区正式落成揭牌，省委常委、宁川市委书记张明出席揭牌仪式。\n"
        "宁川市委党校新校区位于城区北侧，建筑面积6万平方米。张明希望宁川市委党校以新校区落成为契机提升办学水平。\n"
    )
    assert document(text).agency == "宁川市委党校"


def test_a_lead_told_as_learnt_at_a_meeting_names_the_body_ranked() -> None:
    text = (
        "本报讯(记者)2月25日，记者从全市公安局长会议上了解到，宁川市公安局连续两年位居全省目标责任考核第二名，"
        "获得全省目标责任考核先进集体荣誉称号。\n"
    )
    assert document(text).agency == "宁川市公安局"


def test_a_table_of_disclosure_work_with_a_column_of_points_is_an_assessment_form() -> None:
    text = (
        "组织保障 | 有具体负责人和承办科室（会议记录或文件） | 2分 | 6分 | |\n"
        "有具体经办人员（会议记录或文件） | 2分 | |||\n"
        "健全的政务公开制度和工作衔接机制（文件、资料） | 2分 | |||\n"
        "政务公开工作开展情况 | 门户网站建设（是否及时更新公开内容，以县评价为准） | 6分 | 15分 |\n"
        "新闻发布会（重大活动是否举行发布会，是否报告县政府） | 3分 | |||\n"
        "政府信息公开指南和目录的编制和更新 | 4分 | |||\n"
    )
    assert document(text).doc_type == "assessment_form"


def test_a_bureaus_self_check_of_its_open_government_work_is_no_disclosure_report() -> None:
    # a self-check filed for the city's assessment: the statutory disclosure report is another document
    text = (
        "平川县行政审批服务局 2025年政务公开工作自查报告\n市政府办：\n"
        "为全面推动政务公开工作，根据市政府办《关于印发2025年政务公开绩效评估工作方案的通知》的要求，"
        "现将我局自检自查情况报告如下：\n一、政府信息主动公开工作情况\n"
        "（一）2025年，我局根据《中华人民共和国政府信息公开条例》主动公开信息120条。\n"
    )
    assert document(text).doc_type == "other"


def test_a_table_of_how_far_a_work_reports_targets_got_is_no_work_report() -> None:
    text = (
        "发布机构： | 区政府办公室 | 公开方式： | 主动公开 |\n2024年政府工作报告年度完成情况\n"
        "编号 | 目标任务 | 完成情况 |\n1 | 地区生产总值增长6%左右。 | 服务业增加值增长7.5%。 |\n"
        "2 | 一般公共预算收入增长5%。 | 完成年度目标。 |\n"
    )
    assert document(text).doc_type == "other"


def test_a_papers_credit_run_onto_its_leads_subject_with_no_writer_is_cut_before_it() -> None:
    text = (
        "本报讯宁川市地方税务局近日在全市城区繁华地段安装设立“地方税务公告”栏400多块，以此对全市居民进行税法宣传。"
        "据了解，像这样大规模利用公告栏宣传税法在全省尚属首次。\n"
    )
    assert document(text).agency == "宁川市地方税务局"


def test_a_feature_written_as_the_party_congress_meets_is_of_the_congress_year() -> None:
    text = (
        "巍巍南岭，江水滔滔。秋日的宁川市，满山翠黛，稻谷飘香。在党的二十大召开之际，宁川市也迎来了建市20周年。\n"
        "二十载栉风沐雨，二十载春华秋实。近年来，年轻而又充满活力的宁川市踏着时代的鼓点奋力前行。\n"
    )
    assert document(text).report_year == 2022
