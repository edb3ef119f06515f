"""Shapes of session 39 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a development zone's report: the title names the zone, the opening the committee that governs it
_ZONE_REPORT = (
    "2025年临江高新技术产业开发区法治政府建设情况报告\n"
    "发布日期:2026-01-20 来源:政务服务平台\n"
    "2025年,临江高新技术产业开发区管理委员会(简称高新区管委会)坚持以习近平法治思想为指导,"
    "全面落实法治政府建设各项任务,现将全年法治政府建设情况报告如下。\n"
    "一、推进法治政府建设的主要举措和成效\n"
    "(一)依法全面履行职能。全年办理政务服务事项12万件。\n"
)


def test_a_zone_named_in_the_title_is_read_as_the_committee_the_opening_names() -> None:
    d = summarize(text=_ZONE_REPORT).document
    assert d.doc_type == "annual_report"
    assert d.agency == "临江高新技术产业开发区管理委员会"
    assert d.evidence.agency is not None
    assert d.evidence.agency.text == "临江高新技术产业开发区管理委员会"


def test_a_zone_whose_opening_names_no_committee_keeps_the_titles_name() -> None:
    # guard: no committee in the opening, so the title's zone stands as it is
    text = _ZONE_REPORT.replace("临江高新技术产业开发区管理委员会(简称高新区管委会)", "高新区")
    assert summarize(text=text).document.agency == "临江高新技术产业开发区"


# a street's general year summary whose title line carries the page's date, and an opening that names 依法治理 in a
# slogan: the summary of its whole year, not a rule-of-law report
_STREET_SUMMARY = (
    "青石街道2015年工作总结和2016年工作安排 2016-03-07\n"
    "\n"
    "2015年,街道办事处在区委、区政府的正确领导下,以提升社区治理水平为目标,夯实“党建引领、多方联动、依法治理”"
    "的共治格局,较好地完成了年初确定的各项目标任务。\n"
    "\n"
    "(一)夯实基础,社区民生持续改善\n"
    "全年完成社区实事项目40项,救助困难对象9000人次。\n"
)


def test_a_title_with_the_pages_date_on_its_line_is_still_the_title() -> None:
    d = summarize(text=_STREET_SUMMARY).document
    assert d.title == "青石街道2015年工作总结和2016年工作安排"
    assert d.doc_type == "other"
    assert d.agency == "青石街道"
    assert d.report_year == 2015


# a news site's dateline and writer run into the lead of a congress session that heard the government's report on
# its lawful administration, named right before that work
_HEARING_AFTER_DATELINE = (
    "王明主持会议\n"
    "会议现场\n"
    "某某网安宁站3月30日讯(记者 李红)3月30日上午,安宁县人大常委会主任王明主持召开县第十六届人大常委会"
    "第十五次会议,会议听取和审议了县人民政府依法行政工作情况汇报。\n"
    "与会人员认为,县人民政府工作卓有成效,但仍存在执法不够规范等问题。\n"
)


def test_a_session_after_a_sites_dateline_is_news_of_the_governments_report() -> None:
    d = summarize(text=_HEARING_AFTER_DATELINE).document
    assert d.doc_type == "news"
    assert d.agency == "县人民政府"


def test_a_session_after_a_dateline_that_heard_no_report_keeps_its_own_body() -> None:
    # guard: a session that only made appointments is the congress's own news
    text = _HEARING_AFTER_DATELINE.replace("会议听取和审议了县人民政府依法行政工作情况汇报", "会议进行了人事任免")
    assert summarize(text=text).document.agency == "县第十六届人大常委会"


# an explainer site's essay on what a kind of bureau does in a year, in its own voice (本文将…), naming no place
_ESSAY_ON_A_KIND = (
    "引言\n"
    "统计局作为经济社会发展的重要部门,承担着提供真实准确数据的职责。本文将回顾统计局一年来的工作亮点,并对未来作出展望。\n"
    "一、年度工作亮点\n"
    "1. 数据质量持续提升\n"
    "过去一年,统计局开展执法检查300余次,数据质量明显提升。\n"
)


def test_an_essay_on_a_kind_of_bureau_names_no_agency() -> None:
    assert summarize(text=_ESSAY_ON_A_KIND).document.agency is None


def test_the_same_opening_without_the_essays_voice_still_names_its_bureau() -> None:
    # guard: a body's own text that opens the same way keeps the body it names
    text = _ESSAY_ON_A_KIND.replace("本文将回顾统计局一年来的工作亮点,并对未来作出展望。", "").replace(
        "统计局", "县统计局"
    )
    assert summarize(text=text).document.agency == "县统计局"


# a town's news under its page's date row, whose lead names a campaign after its length (三年行动) and says 近日
_CAMPAIGN_LEAD = (
    "浏览次数:-作者: 李明 信息来源: 本网 发布时间:2021-06-18 09:54:36 |\n"
    "为扎实推进安全生产专项整治三年行动,着力营造防范化解重大安全风险的浓厚氛围,近日,石岭镇开展“安全生产月”宣传活动。"
    "镇政府各部门均参加了活动。\n"
    "本次活动共发放宣传资料800多份,讲解群众300多人次。\n"
)


def test_a_campaign_named_by_its_length_does_not_undate_the_page() -> None:
    d = summarize(text=_CAMPAIGN_LEAD).document
    assert d.doc_type == "news"
    assert d.agency == "石岭镇"
    assert d.report_year == 2021


def test_a_lead_on_three_years_of_work_is_still_not_dated_by_the_page() -> None:
    # guard: a lead that tells of three years' work covers a period, not the page's year
    text = _CAMPAIGN_LEAD.replace("为扎实推进安全生产专项整治三年行动,", "三年来,")
    assert summarize(text=text).document.report_year is None


# a town congress session in spring: the year's projects for the people reviewed and the next year's chosen
_TOWN_SESSION = (
    "4月20日,石岭镇召开第十九届人民代表大会第三次会议。会议应到代表70人,实到代表62人。\n"
    "会议听取和审议了政府工作报告、人大主席团工作报告,以及2022年民生实事项目实施情况及2023年民生实事候选项目情况的报告;"
    "票决了年度重点民生实事项目。\n"
    "镇党委书记代表镇党委对代表们提出希望。\n"
)


def test_a_session_choosing_next_years_projects_is_dated_by_that_year() -> None:
    d = summarize(text=_TOWN_SESSION).document
    assert d.doc_type == "news"
    assert d.report_year == 2023


# a headline of a county's event held, no venue named, over the page's source row naming the office that posted it
_EVENT_HEADLINE = (
    "您当前的位置 : 首页 >> 聚焦本县\n"
    "\n"
    "安宁县“12·4”国家宪法日宣传活动举行\n"
    "\n"
    "发表时间: 2019-12-05 10:11:28 来源: 县文明办\n"
    "\n"
    "今年12月4日是第六个国家宪法日。上午,县司法局、县委宣传部联合在中心广场举行法律宣传活动,现场发放宣传资料1500余份。\n"
)


def test_a_countys_event_held_headline_names_the_county_not_the_poster() -> None:
    d = summarize(text=_EVENT_HEADLINE).document
    assert d.doc_type == "news"
    assert d.agency == "安宁县"
    assert d.report_year == 2019


# a department's page of the year's case figures: its title tagged with the column, printed twice around the page's
# column row (the department's site and its notices), told as 我厅
_CASE_FIGURES = (
    "登录 注册 退出\n"
    "【复议、应诉】2021年度临江省行政复议和行政应诉案件数据统计\n"
    "栏目:临江省司法厅-通知公告 发布时间:2021-12-28 加入收藏\n"
    "【复议、应诉】2021年度临江省行政复议和行政应诉案件数据统计\n"
    "\n"
    "按照有关通知要求,我厅对2021年全省行政复议和行政应诉案件进行了统计。具体如下:\n"
    "一、基本情况\n"
    "2021年全省各级行政复议机构新收行政复议申请4200件,受理3100件。\n"
)


def test_a_pages_figures_titled_as_statistics_are_dated_by_the_title() -> None:
    d = summarize(text=_CASE_FIGURES).document
    assert d.title == "【复议、应诉】2021年度临江省行政复议和行政应诉案件数据统计"
    assert d.doc_type == "other"
    assert d.report_year == 2021


def test_the_pages_column_named_after_its_department_names_the_writer() -> None:
    assert summarize(text=_CASE_FIGURES).document.agency == "临江省司法厅"


# an explainer told as questions and answers, its first question naming the plan it explains
_QA_EXPLAINER = (
    "问:安宁市2021年政务公开工作要点的制定背景和目标\n"
    "答:2021年是“十四五”开局之年,全市政务公开工作要进一步提高标准化、规范化水平,更好服务经济社会发展。\n"
    "问:工作要点的制定依据\n"
    "答:国务院办公厅和省政府办公厅印发的2021年政务公开工作要点。\n"
    "问:工作要点的主要内容\n"
    "答:1、围绕“十四五”规划深化政务公开。2、推进决策公开和公众参与。3、强化组织保障。\n"
)


def test_a_question_and_answer_explainer_is_no_plan_and_names_the_plans_place() -> None:
    d = summarize(text=_QA_EXPLAINER).document
    assert d.title is None  # a question is no title
    assert d.doc_type == "other"
    assert d.agency == "安宁市"
    assert d.report_year == 2021


# a street's disclosure report that lost its title's first line: the contact line names the street office's own office
_STREET_DISCLOSURE = (
    "工作年度报告\n"
    "2024年以来,本街道通过官方网站、公示栏等渠道主动公开街道工作动态、社会救助等信息。报告由总体情况、主动公开政府信息情况、"
    "收到和处理政府信息公开申请情况等六部分组成。本报告数据统计期限为2024年1月1日"
    "至2024年12月31日止。如对本年度报告有疑问,请与临江区青石街道办事处办公室联系(咨询电话:82875429)。\n"
    "一、总体情况\n"
    "2024年,我街道按照区委、区政府的统一部署,不断规范政府信息公开内容。\n"
)


def test_a_street_offices_own_office_in_the_contact_line_stands_for_the_street_office() -> None:
    d = summarize(text=_STREET_DISCLOSURE).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "临江区青石街道办事处"


# an untitled disclosure report: its formula's paragraph tells a year of open government, then the template's part one
_OPEN_GOVERNMENT_FORMULA = (
    "2024年,在区政府政务公开工作主管部门的指导下,石岭街道办事处严格依照区委、区政府的要求,及时规范地公开街道政务信息,"
    "稳步推进政务公开工作,"
    "各项任务均按时完成,现将本年度工作情况报告如下:\n"
    "一、总体情况\n"
)


def test_a_year_of_open_government_in_the_formula_over_part_one_is_a_disclosure_report() -> None:
    d = summarize(text=_OPEN_GOVERNMENT_FORMULA).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "石岭街道办事处"
    assert d.report_year == 2024


def test_a_formula_on_other_work_over_part_one_is_no_disclosure_report() -> None:
    # guard: the same formula on a year of rule-of-law work is not read as open government
    text = _OPEN_GOVERNMENT_FORMULA.replace("政务公开工作主管部门", "司法行政部门").replace(
        "及时规范地公开街道政务信息,稳步推进政务公开工作", "稳步推进法治政府建设工作"
    )
    assert summarize(text=text).document.doc_type != "information_disclosure_report"


# a community's news on the constitution day, named by its short name and its ordinal
def test_the_constitution_days_short_name_with_its_ordinal_dates_the_item() -> None:
    text = (
        "12月4日,在全国第七个“宪法日”到来之际,青石镇石桥社区组织党员干部深入居民小区进行普法宣传。\n"
        "志愿者们向居民发放法治宣传单300份。\n"
    )
    assert summarize(text=text).document.report_year == 2020


# a district congress's plenary news whose one year is the one a body says it will act in
def test_what_a_body_will_do_in_a_year_dates_its_plenarys_news() -> None:
    text = (
        "区十八届人大二次会议举行第二次全体会议\n"
        "区人民检察院检察长李明在工作报告中指出,过去的一年,区人民检察院充分履行法律监督职能,各项工作取得新成效。"
        "2023年,区人民检察院将锚定工作主线,守正创新、开拓进取。\n"
        "大会通过了区政府民生实事项目代表票决办法。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2023


# a news item opening on the day of a law's anniversary as a sentence of its own, then a bureau's party visiting a
# district
_ANNIVERSARY_LEAD = (
    "2021年12月8日是《中华人民共和国统计法》颁布38周年纪念日。市统计局李明调研员带队深入石岭区开展了“12.8”宣传活动。\n"
    "此次宣传活动以深入推进依法治统为主题,发放统计法律法规小册子1000余份。\n"
)


def test_an_anniversary_sentence_dates_the_item_and_the_visit_after_it_names_the_bureau() -> None:
    d = summarize(text=_ANNIVERSARY_LEAD).document
    assert d.doc_type == "news"
    assert d.report_year == 2021
    assert d.agency == "市统计局"


# a province's meeting held in a city named by one character (在绵召开), the meeting named after its year
def test_a_meeting_held_in_a_place_of_one_character_is_dated_by_its_name() -> None:
    text = (
        "全省市场监管系统重点工作现场推进会在绵召开\n"
        "本报讯(记者 李明)11月29日至30日,2021年度临江省市场监管系统重点工作现场推进会在绵召开。"
        "省市场监管局局长王华出席会议并讲话。\n"
        "与会人员先后前往多个服务中心详细了解工作开展情况。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2021


# a town whose one-character stem ends in 乡 (鹿乡镇): a town's name, not "townships"
def test_a_town_named_with_xiang_before_its_level_is_a_place() -> None:
    text = (
        "双阳区鹿乡镇第二十届人民代表大会第二次会议召开\n"
        "近日,鹿乡镇第二十届人民代表大会第二次会议召开。\n"
        "会议听取审议了鹿乡镇政府工作报告和财政工作报告。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "双阳区鹿乡镇"


def test_townships_counted_or_pointed_at_are_still_no_place() -> None:
    # guard: 各乡镇, 两乡镇 and a campaign's 法治乡镇 name no one town
    from summarizer.facts.names import org_name

    assert org_name("各乡镇", place=True) is None
    assert org_name("两乡镇", place=True) is None
    assert org_name("石门镇法治乡镇", place=True) is None


# a congress's opening as the headline, its deck naming the work report delivered: news, not the report
def test_a_session_opened_formally_is_the_headline_over_its_reports_deck() -> None:
    text = (
        "临江市十五届人大一次会议正式开幕\n"
        "代市长李明作政府工作报告\n"
        "今天上午,临江市十五届人大一次会议正式开幕,代市长李明在会上作政府工作报告。\n"
        "开幕大会由市人大常委会主任王华主持。\n"
    )
    d = summarize(text=text).document
    assert d.title == "临江市十五届人大一次会议正式开幕"
    assert d.doc_type == "news"


# a feature story that opens on a maxim of its work, then 近年来 and its bureau (named with its province once, then
# without it)
_MAXIM_STORY = (
    "开展基层合法性审查是提升源头防范的关键环节。近年来,临江省石岭市司法局通过强化基层法制审核职能、扩充审核力量,"
    "有序开展基层合法性审查,有效提升了基层治理水平。\n"
    "石岭市司法局出台《基层合法性审查工作指引》,明确审查范围和要点。\n"
)


def test_a_maxim_before_a_story_lead_leaves_it_a_story_of_its_bureau() -> None:
    d = summarize(text=_MAXIM_STORY).document
    assert d.doc_type == "news"
    assert d.agency == "石岭市司法局"


def test_a_bureau_named_with_and_without_its_province_is_one_body() -> None:
    from summarizer.facts.agency import _one_body

    assert _one_body("临江省石岭市司法局") == _one_body("石岭市司法局")
    assert _one_body("临江省司法厅") != _one_body("司法厅")  # (a province's own organ keeps its province)


# a bureau's disclosure report with no title: its purpose clause names the bureau whose work it is, then 我局
def test_the_bureau_named_in_the_purpose_before_wo_ju_writes_the_report() -> None:
    text = (
        "为认真做好石岭市卫生健康局政府信息公开工作,我局按照《中华人民共和国政府信息公开条例》的有关要求,精心组织,"
        "狠抓落实。现向社会公布2022年度本单位政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况等6个部分组成。\n"
        "一、总体情况\n"
        "2022年,我局主动公开政府信息120条。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "石岭市卫生健康局"
    assert d.report_year == 2022


def test_a_purpose_naming_another_kind_of_body_before_wo_ju_names_none_by_it() -> None:
    # guard: 我局's purpose names a 委, not a 局: not the writer by this rule
    from summarizer.facts.mentions import self_described

    text = "为认真做好石岭市卫生健康委政府信息公开工作,我局按照有关要求,精心组织。\n"
    assert self_described(text) is None


# a story that opens on its year's occasion as a sentence of its own, then the bureau's work
def test_an_occasion_sentence_before_a_bureaus_story_leaves_it_news() -> None:
    text = (
        "2023年是第十个“12·4”国家宪法宣传日。石岭市司法局积极贯彻落实国家宪法宣传周活动要求,广泛动员辖区单位开展宣传,"
        "营造浓厚宪法宣传氛围。\n"
        "精心设计,让宣传实用又亮眼。全市共发放宪法台历、读本等宣传物资50000余份。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "石岭市司法局"
    assert d.report_year == 2023


# a news page dated day.month.year, whose lead cites a bulletin named after a five-year plan (《“六五”普法简报》)
def test_a_period_inside_a_cited_title_does_not_undate_the_page() -> None:
    text = (
        "司法部对我市“法制宣传月”活动进行专题报道\n"
        "\n"
        "06.11.2014  21:01\n"
        "\n"
        "近日,司法部对石岭市“法制宣传月”活动给予充分肯定,在第20期《“六五”普法简报》上推广了石岭市的普法经验。"
        "市委主要领导作出重要批示。\n"
    )
    assert summarize(text=text).document.report_year == 2014


# a county's news led by its head named with his post and the county (某省某县长某某到…调研), the county speaking as 我县
def test_a_place_head_going_about_the_place_makes_it_the_places_news() -> None:
    text = (
        "记者 李明 12月20日,临江省石岭县长王华到县护苗驿站、县司法局、县法院,调研护苗、府院联动等工作情况。"
        "县委副书记张强参加调研。\n"
        "在县护苗驿站,王华强调要吸引更多志愿者参与我县护苗工作。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "临江省石岭县"


def test_a_head_by_post_alone_names_no_place() -> None:
    # guard: 县长某某 with no county's name gives no place by this rule
    text = "12月20日,县长王华到县护苗驿站调研。\n县委副书记张强参加调研。\n"
    assert summarize(text=text).document.agency is None
