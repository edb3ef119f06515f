"""Shapes of session 62 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_a_place_named_an_honour_is_the_news_not_the_office_the_reporter_asked() -> None:
    # a lead: the reporter learnt it from a committee's office; the city is the one named an honour
    text = (
        "宁川市被命名为省级平安市\n"
        "来源 宁川日报 发布时间 2019-03-19 12:03\n"
        "宁川日报讯 3月17日，记者从市委政法委获悉，宁川市被省平安建设领导小组命名为省级平安市，"
        "青禾区、平川区被命名为省级优秀平安县(市、区)。\n"
        "此外，全市另有12个乡镇(街道)被命名为平安乡镇(街道)。\n"
    )
    assert document(text).agency == "宁川市"


def test_a_plan_named_without_title_marks_in_its_purpose_clause_is_its_places() -> None:
    # a plan page that lost its title: dates on their own lines, then the purpose clause names the plan it makes
    text = (
        "2020年12月4日\n"
        "是第七个国家宪法日\n"
        "为深入学习宣传宪法，大力弘扬宪法精神，按照《2020年某省“宪法宣传周”工作方案》要求，结合我市实际，"
        "制定2020年宁川市“宪法宣传周”工作方案。\n"
        "宣传重点\n"
        "1.宪法的基本原则\n"
        "2.与群众生产生活密切相关的法律法规\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.agency) == ("implementation_plan", "宁川市")


def test_a_speech_at_a_years_annual_meeting_convened_today_is_of_that_year() -> None:
    # a welcome speech: the address, then today's meeting named with its year; no date line anywhere
    text = (
        "尊敬的张会长、各位专家学者、各位来宾:\n"
        "大家上午好!\n"
        "今天，我们相聚在美丽的青禾湖畔，隆重召开某研究会第五次会员大会暨2023年年会。"
        "在此，我代表宁川大学向莅临会议的各位专家学者表示最热烈的欢迎!\n"
        "党的十八大以来，法治建设取得了历史性成就。\n"
    )
    assert document(text).report_year == 2023


def test_a_decision_publishing_the_results_of_a_review_of_its_rules_is_no_annual_report() -> None:
    # a county's decision with no title: the purpose names rule-of-law government work, then the review's results
    text = (
        "各乡镇人民政府，县政府各工作部门：\n"
        "为推进依法行政，加强法治政府建设，根据《某省规范性文件管理办法》的规定，县人民政府对2022年1月1日至"
        "2024年8月31日以县人民政府名义发布的规范性文件进行了全面清理，现将清理结果公布如下：\n"
        "一、《平川县人民政府关于印发〈平川县粮食储备管理办法〉的通知》等7件规范性文件继续有效。\n"
        "二、《平川县人民政府关于印发〈平川县行政许可事项清单〉的通知》等4件规范性文件失效。\n"
        "三、《平川县人民政府关于印发〈平川县土地流转管理办法〉的通知》等2件规范性文件废止。\n"
        "上述宣布废止、失效的规范性文件，自本决定公布之日起不再执行。\n"
        "全县各级各部门要高度重视规范性文件清理工作，加强规范性文件管理，及时组织对本级本部门印发的规范性文件进行"
        "全面清理，严格执行规范性文件有效期制度。\n"
    )
    assert document(text).doc_type != "annual_report"


def test_a_provinces_disclosure_report_is_its_governments_not_its_general_offices() -> None:
    # a disclosure report that lost its title: the office's documents are listed, the text speaks as 我省
    text = (
        "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限从2016年1月1日起至2016年"
        "12月31日止。如对本报告有疑问，请与四川省人民政府信息公开办公室联系(地址：成都市某路30号)。\n"
        "一、概述\n"
        "2016年，我省政府信息公开工作紧紧围绕省委省政府决策部署，印发《四川省人民政府办公厅关于做好2016年"
        "政务公开工作的通知》，进一步细化工作举措；印发《四川省人民政府办公厅关于加强政策解读工作的通知》，"
        "明确责任分工。\n"
    )
    assert document(text).agency == "四川省人民政府"


def test_a_disclosure_reports_contact_office_stands_for_its_government() -> None:
    # the only name is the contact line's: the government's disclosure office
    text = (
        "本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"
        "如对本年度报告有疑问，请与宁川市人民政府信息公开办公室联系。\n"
        "一、总体情况\n"
        "2019年，全市政府信息公开工作稳步推进。\n"
    )
    assert document(text).agency == "宁川市人民政府"


def test_a_plan_that_says_what_it_is_for_is_a_years_points() -> None:
    # a year's plan with an introduction: 本计划旨在… names the text, and its parts set goals for the year
    text = (
        "引言\n"
        "随着法治建设的不断推进，司法行政工作承担着更加重要的职责。2025年，司法行政系统需以更高的标准推进各项工作。"
        "本计划旨在明确未来一年司法行政工作的方向、目标及具体措施。\n"
        "一、总体目标\n"
        "2025年，司法行政工作的总体目标是：提升执法公信力，构建多元化纠纷解决机制。\n"
        "二、具体措施\n"
        "(一)加强法治宣传教育。\n"
    )
    assert document(text).doc_type == "work_points"


def test_a_bodys_own_accounts_for_its_own_offices_are_the_bodys() -> None:
    # a department's final accounts: the heading names the body with 本级, the metadata row names it plainly
    text = (
        "您当前所在位置: 首页>政府信息公开>预算/决算\n"
        "宁川市地方金融监督管理局(本级)2021年度部门决算情况说明\n"
        "一、部门基本情况\n"
        "(一)职能职责。负责拟定地方金融监管的制度和办法。\n"
    )
    assert document(text).agency == "宁川市地方金融监督管理局"


def test_a_bureaus_report_that_lists_its_offices_document_is_the_bureaus() -> None:
    # a report that starts at part 一: 我局 speaks, and the one document it names is its office's
    text = (
        "一、主要工作情况\n"
        "(一)强化理论学习。将法治建设内容作为2023年度重点学习内容，我局干部职工加深了理解。\n"
        "(二)健全监管制度体系。制发《宁川市药品监督管理局办公室贯彻落实法治政府建设实施方案任务分工方案》等10余件"
        "文件，明确责任分工。\n"
        "(三)严格规范执法。全年办理行政处罚案件120件。\n"
    )
    assert document(text).agency == "宁川市药品监督管理局"


def test_a_portals_long_menu_labels_and_yearly_list_are_not_the_title() -> None:
    # a county portal's disclosure menu (labels of eight characters, a bulleted list of years), then the report
    text = (
        "平川县人民政府\n"
        "返回首页\n"
        "政府信息公开\n"
        "政府信息公开指南\n"
        "政府信息公开制度\n"
        "法定主动公开内容\n"
        "政府信息公开年报\n"
        "    · 2024\n"
        "    · 2023\n"
        "    · 2022\n"
        "依申请公开\n"
        "平川县教育体育局法治政府建设情况报告\n"
        "来源:平川县人民政府     时间:2023-01-27\n"
        "2022年，在县委、县政府的正确领导下，县教育体育局深入推进法治政府建设，紧紧围绕法治政府建设的目标任务，"
        "扎实推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("annual_report", 2022)


def test_a_meeting_chaired_by_the_head_who_is_also_party_secretary_names_the_place() -> None:
    # the lead names the chair by his Party post and his office; the meeting is of the city government's Party group
    text = (
        "昨日，宁川市政府党组书记、市长张某某主持召开市政府党组(扩大)会议，传达贯彻省委有关会议精神，研究部署"
        "市政府贯彻落实措施。\n"
        "会议强调，各级各部门要深入学习贯彻有关精神。\n"
    )
    assert document(text).agency == "宁川市政府"


def test_a_goal_met_is_no_part_of_the_committee_that_set_it() -> None:
    # a year's review: the committee's goals met, named after 圆满完成; the committee is the subject before
    text = (
        "2023年是省第十四届人大常委会依法履职的开局之年。在省委坚强领导下，省人大常委会坚持以习近平新时代中国特色"
        "社会主义思想为指导，依法履职尽责，圆满完成省人大常委会“一要点三计划”目标和省委交办任务，实现良好开局。\n"
        "立法篇\n"
        "一年来，省人大常委会牢牢把握立法工作主动权，审议法规草案25件。\n"
    )
    assert document(text).agency == "省人大常委会"


def test_a_report_delivered_for_a_city_party_committee_in_its_term_is_the_committees() -> None:
    # news of a city Party congress: the speaker's chain of posts opens with the region's; he speaks for the committee
    text = (
        "宁川公共安全感连续7年居全国主要城市前列\n"
        "中共宁川市第十次代表大会20日在宁川举行，工作报告指出，过去五年，宁川市社会治理能力显著提高。\n"
        "某自治区党委副书记、自治区代理主席、宁川市委书记张某某代表中共宁川市第九届委员会向大会作报告，"
        "总结了过去五年工作。\n"
    )
    assert document(text).agency == "中共宁川市委员会"


def test_a_report_under_a_pages_metadata_rows_opens_on_its_year() -> None:
    # no title: the page's metadata rows (one naming the report's class), then the year's opening and part 一
    text = (
        "当前位置:首页 |\n"
        "|\n"
        "索引号 | 11330000002645216W/2022-35204 | 文号 | |\n"
        "组配分类 | 法治政府工作报告 | 发布机构 | 宁川市司法局 |\n"
        "成文日期 | 2022-03-16 | 公开方式 | 主动公开 |\n"
        "2021年，宁川市全面贯彻习近平法治思想，创成首批法治(法治政府)建设示范市，群众满意度连续6年居全省前列。\n"
        "一、坚持党的领导，坚决把牢法治政府建设正确方向\n"
        "(一)不断加强组织领导。始终把法治政府建设摆上重要议事日程，召开市政府常务会议12次。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("annual_report", 2021)


def test_a_guest_who_greets_a_meeting_is_not_its_subject() -> None:
    # a visiting bureau holds a meeting in another city; a regional department's official greets it
    text = (
        "宁川市司法局考察指导平川市司法行政工作并召开对口援助工作会议\n"
        "时间:2018-10-20\n"
        "为贯彻落实对口援助工作总体部署，2018年10月15日至17日，宁川市司法局代表团来平川考察指导工作，"
        "并于17日上午在平川市人民政府召开对口援助工作会议。\n"
        "某自治区司法厅党委委员、巡视员张某某到会并致辞。\n"
        "宁川市司法局党委委员、副局长李某某出席并讲话。\n"
    )
    assert document(text).agency == "宁川市司法局"


def test_a_bureau_that_completed_a_counted_task_opens_its_years_summary() -> None:
    # a work summary with no title: the year, the bureau, and the counted task it completed
    text = (
        "2021年，平川县林业局完成人工造林2.5万亩，占省下达人工造林计划的214%；完成油茶造林0.3万亩。\n"
        "2022年将深入学习贯彻有关精神，主动服务生态、服务民生。一是进一步夯实生态建设基础。\n"
    )
    facts = document(text)
    assert (facts.agency, facts.report_year) == ("平川县林业局", 2021)


def test_a_yearbooks_entry_on_a_body_names_the_body_it_describes() -> None:
    # a yearbook's page: the volume, the entry's heading, then its 【概况】 tag and the offices the body has
    text = (
        "2017卷\n"
        "\n"
        "  • 政府办公厅\n"
        "  • 【概况】  2016年宁川市人民政府办公厅(以下简称市政府办公厅)设有秘书一处、秘书二处、文电处、会议处、"
        "信息调研处。市无线电管理委员会办公室(正处级)，行政人员编制12名；市政府采购中心(副处级)，事业人员编制32名。\n"
    )
    assert document(text).agency == "宁川市人民政府办公厅"


def test_a_content_farms_submit_button_is_no_first_person_account() -> None:
    # a document site's menu (我要投稿) over a district's report, the site's name put in for the place (我文秘网区)
    text = (
        "欢迎访问某文秘网，一家专业的公文网站!\n"
        "手机版\n"
        "我要投稿\n"
        "全区依法行政和法治政府建设情况汇报\n"
        "2023-06-15 投稿人 : 佚名\n"
        "今年以来，在市委、市政府的坚强领导下，*区坚持以习近平法治思想为指导，严格按照《2022年*市依法行政和法治政府"
        "建设工作要点》要求，进一步完善依法行政体系，依法全面履行政府职能。\n"
        "一、强化组织领导，压实法治建设责任\n"
        "全年召开区政府常务会议学法8次。\n"
        "二、存在的问题\n"
        "依法治理方法不够科学。下一步，我文秘网区将采取更加切实可行的措施，全力推进法治政府建设。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_a_notice_arranging_a_years_exam_is_of_that_year() -> None:
    # a notice that lost its title: the addressees, then the year's exam arranged below
    text = (
        "各市(区)委依法治市(区)办、各市(区)司法局:\n"
        "为了进一步加强国家工作人员学法用法工作，按照《2020年全省普法依法治理工作要点》安排，现就2020年度全省国家"
        "工作人员学法用法考试有关事项安排如下:\n"
        "一、考试对象\n"
        "全省在编在岗的公务员。\n"
        "二、考试时间\n"
        "7月6日至7月10日。\n"
    )
    assert document(text).report_year == 2020


def test_a_streets_office_by_its_short_form_is_named_after_a_season_and_a_purpose() -> None:
    # a lead opening on the season and a long purpose, then the street office by its short form; 街办 alone below
    text = (
        "临近年末，为了切实加强辖区春节期间安全生产工作，进一步深入开展隐患排查治理，确保春节期间街办安全生产形势稳定，"
        "让群众过个欢乐、祥和的春节，青禾街办在辖区范围内开展春节前安全生产大排查、大整治活动。\n"
        "街办成立由街办主任王某任组长的工作小组，制定安全生产责任分工表。\n"
    )
    assert document(text).agency == "青禾街办"


def test_a_street_offices_own_work_report_is_the_offices() -> None:
    # a street office's work report: its title, a metadata row, the title again, then its year reviewed
    text = (
        "青禾街道办事处工作报告\n"
        "索引号 | 发布机构 | 青禾街道 | |\n"
        "公开类别 | 主动公开 | 发布时间 | 2024-02-23 |\n"
        "青禾街道办事处工作报告\n"
        "2023年工作回顾\n"
        "2023年，街道办事处坚持以习近平新时代中国特色社会主义思想为指导，在街道党工委的坚强领导下，全面完成各项目标任务。\n"
    )
    assert document(text).agency == "青禾街道办事处"


def test_a_kind_of_body_an_explainer_defines_is_no_writer() -> None:
    # a Q&A page on what a justice bureau is: it names the kind, never one bureau
    text = (
        "司法局是什么国家机关\n"
        "导读 司法局是中国政府体系中的一个重要部门，属于国家行政机关之一。\n"
        "司法局是中国政府体系中的一个重要部门，属于国家行政机关之一。它的主要职责是负责管理与实施地方性司法行政工作，"
        "包括法律宣传、普法教育、律师公证管理以及基层法律服务等。\n"
    )
    assert document(text).agency is None


def test_news_of_a_report_published_is_the_reports_bodys() -> None:
    # a lead: the justice bureau publishes the city government's report; the item tells the report's figures
    text = (
        "3月7日，宁川市司法局发布宁川市人民政府2023年法治政府建设情况报告。\n"
        "去年，全市深入开展道路交通安全和运输执法领域突出问题专项整治行动，办结率达100%。\n"
        "2023年，宁川市开展重点领域专项普法活动2656场，走访服务群众24万人次。\n"
    )
    assert document(text).agency == "宁川市人民政府"


def test_the_grassroots_bodies_of_a_kind_an_essay_studies_are_no_writer() -> None:
    # a research paper on township justice offices: its authors, their school, then the offices as a kind
    text = (
        "基层治理法治化进程中司法所的现状与应对——以132个司法所为分析样本\n"
        "\n"
        "张某 李某\n"
        "\n"
        "(某大学 法学院, 某省 某市 430079)\n"
        "\n"
        "基层司法所最早设立于20世纪70年代末。1979年9月，第五届全国人民代表大会常务委员会第十次会议决定，加强全国"
        "司法行政工作，重建司法部。同年10月，中共中央、国务院发布的《关于建立地方司法行政机构的通知》要求，各地尽快"
        "建立司法行政机关。1980年，全国陆续建立司法行政机构，基层司法所也得以逐步设立。\n"
    )
    assert document(text).agency is None


def test_a_leaders_new_years_blog_is_no_account_of_a_duty() -> None:
    # a blog post: the site's column, a headline, the day, then first-person wishes and a review of the year
    text = (
        "网志\n"
        "\n"
        "新年新气象\n"
        "建设  发展\n"
        "\n"
        "2022年1月1日\n"
        "\n"
        "今天是2022年元旦，我向全体市民送上祝福，祝愿大家新年进步、身体健康。\n"
        "刚过去的一年充满了不同的挑战，但整体活动正常，经济亦已稳步复苏，我相信新的一年会更好。\n"
        "我们会继续努力，我也会继续和大家一起。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("other", 2022)


def test_a_county_commended_by_a_decision_is_the_news_not_the_office_that_issued_it() -> None:
    # a wire's lead: a national office issues a commendation; the county is commended
    text = (
        "宣城新闻网讯 日前，全国普法办公室印发了《关于表彰第四批“全国法治县(市、区)创建活动先进单位”的决定》文件，"
        "平川县被表彰为“全国法治县创建活动先进单位”。\n"
        "自创建活动开展以来，平川县认真贯彻中央、省委、市委决策部署，扎实推进法治县创建。\n"
    )
    assert document(text).agency == "平川县"


def test_a_years_summary_with_the_next_years_plan_run_on_is_the_summary() -> None:
    # a bureau's title runs its summary and next year's plan together with no conjunction; the body reports the year
    text = (
        "区民政局2023年工作总结2024年工作计划\n"
        "根据工作安排，现将区民政局2023年工作总结汇报如下:\n"
        "一、今年以来主要工作完成情况\n"
        "1.纵深推进全面从严治党。开展集中学习24次。\n"
    )
    assert document(text).doc_type == "other"


def test_a_townships_disclosure_group_office_stands_for_the_township() -> None:
    # a disclosure report with no title: its contact is the township's disclosure group's office
    text = (
        "引 言\n"
        "根据《中华人民共和国政府信息公开条例》规定，现编制并公布本单位2019年政府信息公开工作年度报告。本报告所列数据的"
        "统计期限为2019年1月1日至2019年12月31日。如对本报告有任何疑问，请联系：平川县青禾乡信息公开领导小组办公室，"
        "邮编：324403。\n"
        "一、总体情况\n"
    )
    assert document(text).agency == "平川县青禾乡"


def test_a_bureau_named_by_its_level_alone_is_the_one_the_lead_names_in_full() -> None:
    # a lead naming the bureau in full among partners that are no organs; its closing lines call it by its level
    text = (
        "为贯彻落实“谁执法谁普法”责任制，丰富群众的精神文化生活，湖南省桃源县司法局、县普法办和县老年大学文艺队联合，"
        "共同举行了法治文艺下乡巡回演出活动。4月28日，在老城镇举行首场演出。\n"
        "演出节目形式多样，吸引了众多群众观看。\n"
        "下一步，县司法局将继续开展法治文艺下乡活动。\n"
    )
    assert document(text).agency == "桃源县司法局"


def test_an_article_that_says_what_follows_will_analyse_is_no_report() -> None:
    # a content site's article on a bureau's head: its lead says the text below analyses him, then numbered parts
    text = (
        "在全面依法治国的背景下，宁川市司法局作为法治建设的重要推动者，其局长的角色尤为重要。以下将深入解析宁川市"
        "司法局长如何构建公正法治新局面。\n"
        "\n"
        "一、法治理念的深入人心\n"
        "\n"
        "1. 加强法治宣传教育\n"
        "\n"
        "宁川市司法局通过举办各类法治讲座、法律知识竞赛等形式，提高公众的法律意识，推进法治政府建设。\n"
        "\n"
        "2. 推进依法行政\n"
        "\n"
        "宁川市司法局严格规范行政执法行为，全年办理行政复议案件120件。\n"
    )
    assert document(text).doc_type == "other"


def test_an_index_numbers_row_cut_to_its_last_character_is_not_the_title() -> None:
    # a disclosure catalogue's rows: the index field's name cut to 号, then 名称 gives the notice's title
    text = (
        "号: 003187229/202209-00057 信息分类: 年度重点工作任务分解、执行及落实情况\n"
        "发布机构: 宁川市政府办公室\n"
        "成文日期: 2022-09-01 发布日期: 2022-09-01 16:47\n"
        "名  称: 关于2022年市《政府工作报告》重点工作任务上半年完成情况的通报\n"
        "\n"
        "关于2022年市《政府工作报告》重点工作任务上半年完成情况的通报\n"
        "各县、区人民政府，市政府各部门：\n"
        "现将上半年重点工作任务完成情况通报如下。\n"
    )
    assert document(text).report_year == 2022


def test_a_bodys_proposal_put_up_for_objections_is_titled_by_it() -> None:
    # a county portal carries a provincial bureau's notice of a proposed honour; the metadata fields are empty
    text = (
        "林草局\n"
        "政府信息公开\n"
        "搜索位置:\n"
        "匹配度:\n"
        "甘肃省林业和草原局关于拟授予“甘肃省省级森林城市”称号的公示\n"
        "• 主题分类:\n"
        "• 发布机构:\n"
        "按照《管理办法》要求，省林草局组织专家开展评审认定，拟授予某市“甘肃省省级森林城市”称号。现予以公示，"
        "公示时间为2022年4月1日—2022年4月8日。\n"
    )
    assert document(text).agency == "甘肃省林业和草原局"


def test_a_bodys_yearly_enforcement_report_is_no_rule_of_law_report() -> None:
    # a copy that lost its title: the enforcement report's parts (basic situation, the three systems)
    text = (
        "一、2024年行政执法基本情况\n"
        "截至目前，我局仅有一人持有统计执法检查证，我局不具备统计执法资格，无执法案件。\n"
        "二、开展执法规范化建设有关情况\n"
        "(一)落实行政执法“三项制度”有关情况。一是严格实施执法公示制度。\n"
        "(二)法治队伍建设。组织我局行政编制人员参加法治培训2次。\n"
        "(三)行政执法工作开展情况。一是规范建立《行政执法人员培训制度》。\n"
        "三、存在的问题和下一步工作打算\n"
        "推进法治政府建设，依法行政能力有待提高。\n"
    )
    assert document(text).doc_type == "other"


def test_a_provinces_work_told_by_its_department_to_a_reporter_is_the_departments_news() -> None:
    # a wire's lead: the reporter learnt from the province's environment department what the province has done
    text = (
        "青海持续6年“绿盾”行动 推动湖区生态环境质量持续改善\n"
        "发布时间:2022-09-23 09:42:00 来源: 某新闻网\n"
        "记者21日从青海省生态环境厅获悉，青海省持续6年开展“绿盾”强化监督专项行动，有效遏制了无序开发建设活动对"
        "湖区生态环境的破坏。\n"
    )
    assert document(text).agency == "青海省生态环境厅"


def test_a_template_sites_collection_is_read_by_its_first_sample_not_as_news() -> None:
    # a template site: its 【导语】 blurb on the samples it gathered, a contents line, then the first sample's title
    text = (
        "【导语】政府依法行政工作总结范文模板怎么写?本文整理了8篇优质的政府依法行政工作总结范文，便于您了解总结内容、"
        "开头、结尾格式的写法，希望您能喜欢。\n"
        "- 目录\n"
        "【第1篇】县政府依法行政工作总结\n"
        "XX年，在县委、县政府的正确领导下，紧紧围绕中心工作，全面履行职责，推进依法行政，圆满完成了各项工作任务。\n"
        "一、成绩和做法\n"
        "把“三规范、一公开”作为全县依法行政的重点工作来抓，全年审查规范性文件12件。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_an_education_supervision_committees_office_is_a_body() -> None:
    # a ministry's disclosure catalogue rows, cell borders kept: the issuing office's name holds 督导
    text = (
        "信息名称: | 国务院教育督导委员会办公室关于印发《2020年典型工作案例》的函 | ||||\n"
        "信息索引: | 360A11-04-2021-0004-1 | 生成日期: | 2021-04-19 | 发文机构: | 国务院教育督导委员会办公室 |\n"
        "发文字号: | 国教督办函〔2021〕21号 | 信息类别: | 教育综合管理 | ||\n"
        "各省、自治区、直辖市人民政府办公厅:\n"
        "2020年，国务院教育督导委员会办公室抽取6个省份，组织开展了实地督查。现将典型工作案例印发给你们。\n"
    )
    assert document(text).agency == "国务院教育督导委员会办公室"


def test_a_template_sites_sample_plans_are_read_as_the_plan_they_carry() -> None:
    # a template site's page of four sample plans (样本), the first carried under the collection's heading
    text = (
        "2024年中小学依法治校工作计划书样本(4篇)\n"
        "2024年中小学依法治校工作计划书样本\n"
        "一、指导思想\n"
        "推进依法治校工作，需以____和____为根本指导原则，深入贯彻依法治国的基本方略。\n"
        "二、工作目标\n"
        "学校应构建依法决策、民主管理、自主办学的运行机制。\n"
    )
    assert document(text).doc_type == "work_points"


def test_a_years_general_requirement_opens_a_years_points() -> None:
    # a region's points that lost their title: the year's place in its plans, then 工作的总要求是
    text = (
        "2022年是实施“十四五”规划承上启下的关键一年。2022年工作的总要求是：以习近平新时代中国特色社会主义思想为指导，"
        "认真践行习近平生态文明思想，按照自治区党委、政府决策部署，深入打好污染防治攻坚战。\n"
        "一、深入打好蓝天保卫战\n"
        "(一)持续推进大气污染综合治理。\n"
    )
    assert document(text).doc_type == "work_points"


def test_a_paper_on_a_span_of_years_is_no_plan_for_them() -> None:
    # a law school's repost of a journal paper: its author and title over a span of years, its abstract says 本文以…为
    text = (
        "学术资源\n"
        "当前位置: 首页 -> 学术资源 -> 部门行政法学 -> 正文\n"
        "张某某:地方政府与社会之间的行政争议关系——基于2011—2020年全国行政复议数据的分析\n"
        "发布日期:2023-08-07\n"
        "摘要 学术界一直没有提供一幅地方政府与社会之间具体、动态关系的图景。行政复议的变动趋势在一定程度上是二者关系的"
        "晴雨表。本文以2011—2020年全国行政复议数据为样本，分析行政争议关系的变化。\n"
    )
    assert document(text).doc_type == "other"
