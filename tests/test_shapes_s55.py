"""Shapes of session 55 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import assert_agency, document


def test_an_e_papers_headline_under_its_page_list_has_its_subheading_then_its_date() -> None:
    # an e-paper page: issue navigation, the list of the page's articles, then the headline, its subheading and
    # the date row with the paper's source; the headline is the item's title and names its body
    text = (
        "2024年05月10日 上一期 下一期\n返回本版列表 点击率: 字体: 放大 默认 缩小\n综合\n本版面文章\n"
        "· 某地推进校园周边治理\n· 水务执法进社区\n· 图片新闻\n· 普法宣传走向田间地头\n"
        "宁川省统计局健全统计普法工作机制\n普法宣传走向田间地头\n"
        "( 2024-05-10 ) 稿件来源: 某某日报综合\n□ 本报记者 张某\n"
        "“大家看看这份统计报表，填报要实事求是。”在宁川省某县的一个村委会，统计普法志愿者正在讲解。"
        "近年来，宁川省统计局把统计普法作为依法统计的基础工作，组织宣讲活动120余场。\n"
    )
    doc = document(text)
    assert doc.title == "宁川省统计局健全统计普法工作机制"
    assert (doc.agency, doc.report_year) == ("宁川省统计局", 2024)


def test_a_bodys_account_of_how_its_work_runs_is_its_own() -> None:
    # a title that is the body's name and 工作情况汇报 / 运行情况汇报, no year, no 关于
    text = (
        "平川县政务服务中心运行情况汇报\n一、基本情况\n"
        "为深化行政审批制度改革，县委、县政府于2019年9月正式成立政务服务中心，进驻部门26个。\n"
    )
    assert_agency(text, "平川县政务服务中心", "title")
    text = (
        "平川县交通运输局开展法治政府示范创建工作情况汇报\n"
        "今年以来，我局按照县委、县政府的部署，扎实开展法治政府示范创建工作。现将有关情况汇报如下：\n"
    )
    assert_agency(text, "平川县交通运输局", "title")


def test_a_meeting_that_heard_an_account_is_not_named_by_it() -> None:
    # the session heard the account: its title's subject is not the account's maker
    text = (
        "区政府第3次常务会议听取人大代表建议和政协提案办理情况汇报\n"
        "5月3日，区政府召开第3次常务会议，听取人大代表建议和政协提案办理情况汇报。\n"
    )
    assert document(text).agency == "区政府"


def test_an_untitled_disclosure_report_names_itself_by_the_budget_it_published() -> None:
    # no title, the body only 我厅; its own budget and accounts it published carry its full name
    text = (
        "本年度报告根据《中华人民共和国政府信息公开条例》和有关规定编制。\n一、总体情况\n"
        "2023年，我厅坚持以公开为常态、不公开为例外，不断提升政务公开质量。\n（一）主动公开\n"
        "2023年，我厅门户网站公开发布各类政务信息3200条，主动公开宁川省司法厅2023年部门预算和2022年度部门决算，"
        "依法发布行政许可1200件。\n（二）依申请公开\n2023年，我厅共收到政府信息公开申请15件。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("information_disclosure_report", "宁川省司法厅", 2023)


def test_a_border_inspection_head_station_named_by_its_province_is_a_body_at_work() -> None:
    # a wire story: the station (named by its province's stem, no 省) works with the province's department
    text = (
        "云南开展“法治宣传固边防”活动\n新华社昆明2月8日电 题：云南开展“法治宣传固边防”活动\n新华社记者某某\n"
        "近年来，云南出入境边防检查总站联合云南省司法厅在边境地区开展“法治宣传固边防”活动，"
        "利用重大节日深入学校、企业、村寨宣讲法律。\n"
    )
    assert document(text).agency == "云南出入境边防检查总站"


def test_one_unit_of_a_roundup_is_not_the_roundups_body() -> None:
    # the lead says the place's units all held activities; the next paragraph tells of one of them
    text = (
        "2020年12月4日是第七个国家宪法日。我州各单位积极开展形式多样的普法活动。\n"
        "延平出入境边防检查站以“弘扬宪法精神”为主题，联合州人大、市人民法院等单位，以专题讲座、发放宣传单等形式宣传宪法。\n"
        "州司法局在州广场设立咨询台，解答群众法律问题80余人次。\n"
    )
    assert document(text).agency is None


def test_a_count_of_rules_issued_names_no_body_and_the_year_of_a_plans_close_opens_on_the_subject() -> None:
    # a review of the year's law-making: its opening sets the year against the plan it closes, then the body; a
    # sentence counting the rules it issued starts with the verb (出台市政府规范性文件11件) and names no one
    text = (
        "紧扣时代脉搏，回应发展需求。2025年是“十四五”规划收官之年，宁安市人民政府以习近平新时代中国特色社会主义思想为指导，"
        "深入贯彻习近平法治思想。全年共推动制定法规6件，制定、修改和废止市政府规章5件，出台市政府规范性文件9件。\n"
        "一、把准方向，筑牢根基\n市政府坚持以习近平法治思想为根本遵循，将党的领导贯穿立法全过程。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("宁安市人民政府", 2025)


def test_a_work_report_delivered_at_the_end_of_the_year_before_its_titles_year_reviews_that_year() -> None:
    # a forum repost: the thread's title with a region tag, the poster's furniture, the title again, then the line
    # dating its delivery in December of the year before the year the title names
    text = (
        "[宁南] 2024年平川县政府工作报告\n[复制链接]\n• TA的每日心情\n2024-12-31 10:19\n发表于 2024-6-20 22:51:26\n"
        "2024年平川县政府工作报告\n2023年12月21日在平川县第十七届人民代表大会第四次会议上\n平川县人民政府县长 王某\n"
        "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
        "过去一年，全县地区生产总值增长5.2%。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("government_work_report", 2023)


def test_a_guide_to_what_a_body_discloses_is_no_disclosure_report() -> None:
    # a disclosure guide's title line (its edition in brackets) and first part; it repeats the disclosure words
    text = (
        "关怀版\n无障碍 | 关怀版\n平川县人民政府办公室政府信息公开指南(2023年版)\n"
        "为便于公民、法人和其他组织获取平川县人民政府及县政府办公室的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。\n"
        "一、本机关持有政府信息基本情况\n本机关在履行行政管理职责过程中产生并保存以下政府信息：\n"
        "1.以县政府名义印发的行政规范性文件；\n2.县政府重要会议信息。\n二、主动公开\n（一）公开内容\n"
        "依申请公开的办理程序见下文。\n"
    )
    assert document(text).doc_type == "other"


def test_a_person_speaking_for_a_body_is_not_part_of_its_name() -> None:
    # a headless session story: the mayor thanks the deputies on behalf of the government's leadership
    text = (
        "大会主席团常务主席张某、李某，市领导王明远、赵某等出席。\n"
        "来自11个县区的23位代表踊跃发言，大家一致认为政府工作报告内容实在、定位精准。\n"
        "王明远代表市政府领导班子，向人大代表过去多年的辛勤工作表示衷心感谢。他说，市政府将自觉接受法律监督和工作监督。\n"
    )
    agency = document(text).agency
    assert agency is None or "代表" not in agency


def test_a_disclosure_reports_statistics_period_outranks_a_mistyped_title_year() -> None:
    # the title reads 2022度 (年 lost, the year wrong); the period the regulation requires is 2023
    text = (
        "2022度平川区东门街道信息公开工作年度报告\n【字体：大 中 小】\n"
        "本年度报告由主动公开政府信息情况、依申请公开政府信息情况等部分组成。"
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
        "一、主动公开政府信息情况\n东门街道严格落实《中华人民共和国政府信息公开条例》，主动公开信息120条。\n"
        "二、依申请公开政府信息情况\n2023年度未收到公开政府信息的相关申请。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("information_disclosure_report", 2023)


def test_a_template_sites_outline_over_the_title_is_not_the_body() -> None:
    # 【提纲】 and the whole outline in one paragraph, then the title of a leader's duty report
    text = (
        "【提纲】一、工作情况。（一）强化政治引领。一是坚持理论武装。二是落实年度述法要求。二、存在的不足。三、下步打算。\n"
        "2025年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告\n"
        "本年度，我始终把履行推进法治建设第一责任人职责作为重要政治任务，现将有关情况报告如下：\n"
        "一、工作情况\n（一）强化政治引领。全年主持召开专题会议4次。\n"
    )
    doc = document(text)
    assert doc.title == "2025年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告"
    assert (doc.doc_type, doc.report_year) == ("accountability_report", 2025)


def test_an_announcements_number_before_the_title_is_not_the_reports_year() -> None:
    # a mirror's heading: the ministry's announcement number (issued early the next year), then the report's title
    text = (
        "安全管理网\n点击数： 更新日期：2024年01月25日\n"
        "中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告\n"
        "发 文 号：公告 2024年 第1号\n发布单位：应急管理部\n发布日期：2024-01-24\n"
        "按照《中华人民共和国政府信息公开条例》有关要求，我部编制了《应急管理部2023年政府信息公开工作报告》，现予公布。\n"
        "一、总体情况\n2023年，我部主动公开政府信息1500余条。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("information_disclosure_report", 2023)


def test_a_draft_labelled_for_comment_does_not_make_its_body_the_one_consulted() -> None:
    # the standing committee discussed drafts marked (征求意见稿), its own among them: its meeting is its news
    text = (
        "县政协九届常委会第二十四次会议召开\n发布时间：2022-01-13 来源：平川新闻网\n"
        "1月12日上午，县政协九届常委会第二十四次会议召开。县政协主席林某参加。\n"
        "会议审议通过了十届县政协委员名单，讨论了《政府工作报告》（送审稿）和《县政协常委会工作报告》（征求意见稿）、"
        "《县政协提案工作报告》（征求意见稿）。\n"
    )
    assert document(text).agency == "县政协"


def test_a_carriers_or_reporters_credit_with_baodao_opens_a_news_item() -> None:
    # 某某在线某省报道： and 记者 某某 报道： stand where 讯 usually does
    text = (
        "某某在线宁南报道：2021年来，平川区委、区政府真抓实干全面推进法治建设，法治正成为平川发展的重要标志。\n"
        "积极开展综合改革，不断规范行政执法\n平川区委、区政府在全省率先开展镇域相对集中行政处罚权改革，244名执法人员下沉各镇。\n"
    )
    assert document(text).doc_type == "news"
    text = "记者 郭某某 报道：4月4日，全县推广“法律明白人”工作动员大会召开。县委常委、政法委书记赵某出席会议并讲话。\n"
    assert document(text).doc_type == "news"


def test_a_bodys_numbered_meeting_in_the_headline_is_its_news() -> None:
    # 2020年第6次县政府常务会召开: the government named inside its meeting's name
    text = (
        "2020年第6次县政府常务会召开\n\n【全媒体记者 吴某】4月7日，县委副书记、县长刘某在县委小礼堂主持召开2020年第6次县政府常务会议。\n"
        "会议传达学习了中央政治局会议精神，研究了全县安全生产工作。\n(编辑：赖某 审核：黄某)\n"
    )
    assert_agency(text, "县政府", "title")


def test_a_towns_government_in_full_is_no_one_in_a_copy_that_masks_the_town() -> None:
    # a model-essay site: the town written XX镇 everywhere, the speaker for 镇人民政府
    text = (
        "XX镇2022政府工作报告\n下面是小编为大家整理的XX镇2022政府工作报告，供大家参考。\n"
        "XX 镇 2022 政府工作报告 ….现在，我代表镇人民政府，向大会作政府工作报告，请予审议。\n"
        "一、过去五年工作回顾\n过去的五年，是我镇综合实力显著提升的五年。\n"
    )
    assert document(text).agency is None


def test_a_range_of_months_in_a_title_keeps_its_year() -> None:
    # a chronicle of half a year: (7-12月) spans months of one year, not years
    text = (
        "执政纪事\n首页>执政纪事\n平川市委、市政府2019年执政纪事(7-12月)\n日期：2020-08-04 09:18 来源：平川史志\n"
        "7月1日 平川市庆祝“七一”活动启动仪式在市体育中心举行。\n7月3日 市委常委会召开会议，研究部署防汛工作。\n"
    )
    assert document(text).report_year == 2019


def test_a_plenary_sessions_ordinal_is_no_body() -> None:
    # 三届十二次全委(扩大)会议: the committee's plenary session, the committee named before it
    text = (
        "8月19日，中共平川区委召开三届十二次全委（扩大）会议。区委书记张某主持会议并代表常委会报告工作。"
        "区委副书记、区长李某通报上半年经济运行情况。\n(编辑：卢某)\n"
    )
    agency = document(text).agency
    assert agency is not None and "次" not in agency


def test_a_bureau_named_by_its_line_of_work_alone_in_a_copy_that_masks_its_place_is_no_one() -> None:
    # a template: 司法局 with no place over a body that writes XX区; a town's own centre keeps its name
    text = (
        "司法局2020年第四季度工作总结\n（一）奏响法治宣传最强音。围绕村两委换届，重点抓好领导干部法治宣传教育，"
        "在XX区法治文化公园举办活动12场。\n（二）吹响基层建设集结号。目前已建成规范化司法所7个。\n"
    )
    assert document(text).agency is None
    text = (
        "镇民调及调解中心工作汇报\n各位领导：\n首先，我代表街关镇党委、政府对大家的到来表示欢迎。\n"
        "街关镇位于xx县西南部，辖12个村。近年来，街关镇民调中心积极化解矛盾纠纷，全年调解纠纷86件。\n"
    )
    assert document(text).agency is not None


def test_a_session_that_heard_one_bodys_account_tells_that_bodys_news() -> None:
    # 听取和审议了某院关于…办理情况: an account named without 报告 is still the one body heard
    text = (
        "10月25日，市九届人大常委会第二十一次会议召开，听取和审议了市检察院关于行政违法行为检察监督工作审议意见办理情况。"
        "会上，市检察院党组书记、检察长王某作了汇报。\n"
        "今年以来，全市检察机关始终把服务全市中心大局作为行政检察工作的着力点。\n"
    )
    assert document(text).agency == "市检察院"


def test_a_headline_under_a_sites_sponsor_list_is_found_by_the_credit_below_it() -> None:
    # the site's sponsors as a bulleted list (…主办), then the headline, then the lead with the site's credit
    text = (
        "- 国家市场监督管理总局\n- 国家药品监督管理局\n- 某某传媒集团主办\n- 中央新闻网站\n"
        "宁南省药品监管政策法规工作会议在平川召开\n"
        "某某药品网讯（记者李某） 近日，宁南省药监局在平川召开2024年全省药品监管政策法规工作会议。会议传达学习了全国会议精神。\n"
    )
    doc = document(text)
    assert doc.title == "宁南省药品监管政策法规工作会议在平川召开"
    assert doc.agency == "宁南省药监局"


def test_a_betting_sites_names_run_onto_a_title_are_cut_off() -> None:
    # a mirror prints its betting site's names and address before the title, on the same line
    text = (
        "365bet投注盘口_365bet官网中国官网_bt365最新网址2022年政务公开工作检查考核实施细则\n一、考核依据\n"
        "国务院办公厅《关于印发2022年政务公开工作要点的通知》。\n二、检查内容及指标\n本指标分为四部分，总分130分。\n"
    )
    doc = document(text)
    assert doc.title == "2022年政务公开工作检查考核实施细则"
    assert doc.report_year == 2022
