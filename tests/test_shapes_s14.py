"""Shapes of session 14 (issue 10), from the blind sets FD and FE: a body named after 本年度, an essay that names
itself 本文, a disclosure report's title broken before its year, a bureau that names itself only in its Party group's
document, a demonstration-campaign report that reports its year's work.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.api import summarize_with_source
from summarizer.models import DocType

from .support.facts import assert_agency, document

_PART_ONE = (
    "一、2024年度推进法治政府建设的主要举措和成效\n"
    "（一）强化学习。组织专题学法4次，班子成员带头讲法。\n"
    "（二）规范执法。修订执法文书12种，开展案卷评查2次。\n"
)


def test_a_body_named_after_this_year_opens_the_report_as_its_writer() -> None:
    # 2024年，是…之年。本年度县卫健委…: the time comes first, then the writer
    text = (
        "2024年，是全面落实“八五”普法规划的关键之年。本年度县卫健委深入贯彻习近平法治思想，"
        "统筹推进卫生健康领域依法行政。具体推进落实情况报告如下。\n" + _PART_ONE
    )
    assert_agency(text, "县卫健委", "preamble")


def test_an_essay_that_speaks_of_itself_names_no_body_with_its_own_words() -> None:
    # 本文将回顾司法局…: the essay's words about itself are no part of a body's name
    text = (
        "引言\n司法局作为推进法治建设的职能部门，承担着普法宣传和法律服务等职责。本文将回顾司法局在过去一年的"
        "工作亮点，分析面临的挑战。\n一、年度工作亮点\n1.普法宣传。全年举办讲座30余场。\n"
    )
    agency = document(text).agency
    assert agency is None or not any(word in agency for word in ("本文", "回顾"))


_DISCLOSURE = (
    "根据《中华人民共和国政府信息公开条例》，现公开本乡政府信息公开工作年度报告。\n"
    "一、总体情况\n2023年，本乡主动公开政府信息86条，未收到依申请公开。\n"
)


def test_a_disclosure_title_broken_before_its_year_is_one_title_naming_its_body() -> None:
    # 某县某乡人民政府信息公开工作 / 2023年度报告: the second line finishes the first
    doc = document("青禾县石岭乡人民政府信息公开工作\n2023年度报告\n" + _DISCLOSURE)
    assert doc.title == "青禾县石岭乡人民政府信息公开工作2023年度报告"
    assert doc.doc_type == DocType.information_disclosure_report
    assert doc.agency == "青禾县石岭乡人民政府"
    assert doc.evidence.agency_source == "title"
    assert doc.report_year == 2023


def test_a_bare_year_report_line_under_a_line_that_names_no_body_is_not_joined_to_it() -> None:
    # a column's label above the report's short title is no part of it
    doc = document("信息公开专栏\n2023年度报告\n" + _DISCLOSURE)
    assert doc.title is None or not doc.title.startswith("信息公开专栏")


_BUREAU = (
    "根据《法治政府建设实施纲要（2021—2025年）》的部署，我局坚持以习近平法治思想为指导，扎实推进医疗保障领域"
    "法治政府建设。现将有关情况报告如下：\n一、法治建设工作情况\n（一）组织开展法治宣传教育\n"
    "1.推动学习走深走实。印发《{doc}"
)


def test_a_bureau_that_names_itself_only_in_its_party_groups_document_is_that_bureau() -> None:
    # 我局…印发《中共某局党组…》, the title cut where the copy ends: the bureau's own document
    text = _BUREAU.format(doc="中共云港市医疗保障局党组学习贯彻习近平法治思想工作方案》，全年集中学习6次。\n")
    assert_agency(text, "云港市医疗保障局", "own document")
    cut = _BUREAU.format(doc="中共云港市医疗保障局党组学习贯")
    assert_agency(cut, "云港市医疗保障局", "own document")


def test_a_superiors_party_committee_document_is_not_the_bureaus_own() -> None:
    # 印发《中共云港市委…》 in a bureau's report: the city's Party committee is no bureau
    text = _BUREAU.format(doc="中共云港市委全面依法治市委员会2024年工作要点》，全年集中学习6次。\n")
    assert document(text).agency is None


_CAMPAIGN = "青禾县石岭镇\n2022年度法治政府建设示范创建工作报告\n为深入贯彻习近平法治思想，结合我镇实际，{formula}\n一、基本情况\n石岭镇位于县城南部。\n"


def test_a_campaign_report_that_reports_its_years_rule_of_law_work_is_the_annual_report() -> None:
    # 某镇2022年度法治政府建设示范创建工作报告 whose preamble says 现将我镇本年度法治政府建设工作情况报告如下
    doc = document(_CAMPAIGN.format(formula="现将我镇本年度法治政府建设工作情况报告如下："))
    assert doc.doc_type == DocType.annual_report


def test_a_campaign_report_on_the_campaign_alone_stays_no_annual_report() -> None:
    doc = document(_CAMPAIGN.format(formula="现将我镇示范创建工作情况报告如下："))
    assert doc.doc_type == DocType.other


def test_a_disclosure_report_published_for_a_place_is_the_places_not_its_compiling_offices() -> None:
    # 特向社会公布某苏木人民政府2025年度政府信息公开情况。本报告由某苏木党政综合办公室编制: the government's report,
    # which its general office compiled
    text = (
        "白塔区乌兰苏木\n2025年政府信息公开工作年度报告\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》要求制作，特向社会公布白塔区乌兰苏木人民政府2025年度"
        "政府信息公开情况。本报告由白塔区乌兰苏木党政综合办公室编制。\n一、总体情况\n"
        "2025年，本苏木主动公开政府信息52条。\n"
    )
    assert_agency(text, "白塔区乌兰苏木人民政府", "preamble")


def test_a_lead_whose_day_a_converter_spaced_out_is_still_a_news_lead() -> None:
    # 3 月14日，全市…推进会召开。: the day is one date again in the cleaned text, and the item is news
    doc = document(
        "3 月14日，全市依法行政工作推进会召开。市委副书记、市依法治市领导小组副组长出席并讲话。\n"
        "会议指出，过去一年来，全市依法行政水平全面提升。\n"
    )
    assert doc.doc_type == DocType.news


def test_a_spaced_out_full_date_is_one_date_in_the_cleaned_text() -> None:
    # 2021 年 4 月 2 日: the quote a reviewer checks is the date as a reader writes it
    _, prepared = summarize_with_source(text="2021 年 4 月 2 日，全区法治政府建设推进会召开。\n", engine="rules")
    assert prepared.text.startswith("2021年4月2日，")


def test_a_copy_that_starts_at_the_duty_part_is_the_report_not_a_leaders_account() -> None:
    # 一、党政主要负责人履行推进法治建设第一责任人职责情况 as the first line: part ③ of a body's report, numbered
    text = (
        "一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "一是委党组中心组专题学习习近平法治思想，组织全委干部职工、执法人员集中学法4次。二是及时研究部署区法治政府"
        "建设重点任务，将依法行政纳入年度考核。\n"
        "二、推进法治政府建设的重点任务和成效\n"
        "（一）规范行政执法，执法质量稳步提升。全年办理行政处罚案件36件，开展案卷评查2次。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_title_on_the_duty_that_lost_its_line_break_is_still_a_leaders_account() -> None:
    # the same words unnumbered, a title the page ran into the text: the leader's own account
    text = "县水利局局长履行推进法治建设第一责任人职责情况\n本人认真履行第一责任人职责，带头学法用法。现将本人履职情况报告如下。\n"
    assert document(text).doc_type == DocType.accountability_report


def test_a_plan_report_a_department_delivers_for_its_government_is_no_government_work_report() -> None:
    # 受区人民政府委托，我向大会报告…计划执行情况: the development bureau's plan report, though 各位代表 opens it
    text = (
        "──2021年4月10日在青禾区第八届人民代表大会第八次会议上\n青禾区发展和改革局局长 林某\n各位代表：\n"
        "受区人民政府委托，我向大会报告青禾区2020年国民经济和社会发展计划执行情况与2021年计划草案，请予审议。\n"
        "一、2020年国民经济和社会发展计划执行情况\n2020年，全区地区生产总值增长3.1%。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_rule_of_law_report_a_bureau_delivers_for_its_government_stays_the_annual_report() -> None:
    # 受市人民政府委托，现将我市2023年法治政府建设情况报告如下: the government's report, whoever reads it out
    text = (
        "主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将我市2023年法治政府建设情况报告如下，请予审议。\n"
        "一、2023年推进法治政府建设的主要举措和成效\n（一）深化行政执法改革。全年开展执法检查120次。\n"
        "二、存在的不足和原因\n基层执法力量仍然薄弱。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_standing_committees_own_work_report_is_no_government_work_report() -> None:
    text = (
        "各位代表：\n现将区人大常委会今年以来主要工作情况报告如下，请予审议。\n"
        "区四届人大五次会议以来，区人大常委会认真履行宪法和法律赋予的职责，审议专项工作报告12项。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_sessions_agenda_is_no_work_report_it_lists() -> None:
    # 1.听取区人民政府工作报告 as an agenda's item: the session hears the report, the page is its agenda
    text = (
        "9时至10时30分\n第一次全体会议\n1.听取区人民政府工作报告\n"
        "2.审查区2021年预算执行情况和2022年预算草案的报告（书面）\n3.表决区十届人大二次会议民生实事项目\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_hard_wrapped_page_keeps_its_bulleted_metadata_rows_and_title_on_lines_of_their_own() -> None:
    # a page copied from a viewer that wraps at a fixed width, its head a list of bulleted fields (• 发布机构:…), the
    # title, a date row and the addressee: the rows are never a wrapped paragraph's pieces, so the title stands alone
    body = (
        "2025年，县水利局在县委、县政府的正确领导下，坚持以习近平法治思想为指导，全面落实法治政府建设各项部署，"
        "推动水利事业高质量发展，依法治水管水能力明显提升，水行政执法更加规范，群众满意度持续提高，现将有关情况报告如下："
    )
    wrapped = ["    " + body[i : i + 24] for i in range(0, len(body), 24)]
    head = [
        "    • 索 引 号:QZ0811-0100-2026-0001",
        "    • 发布机构:青禾县水利局",
        "    • 公文生成日期:2026-02-28",
        "    青禾县水利局关于2025年度法治政府建设情况的报告",
        "    时间:2026-02-28 16:51",
        "    中共青禾县委、青禾县人民政府",
    ]
    doc = document("\n".join([*head, *wrapped, "    一、主要工作成效", *wrapped[:3]]) + "\n")
    assert doc.title == "青禾县水利局关于2025年度法治政府建设情况的报告"
    assert doc.agency == "青禾县水利局"


_BRIEFING = (
    "11月25日，青禾区政协召开部门情况通报会，听取{heard}工作情况通报，围绕全区法治建设开展议政协商。\n"
    "会上，区司法局局长林某通报区司法局2022年工作开展情况，与会委员提出意见建议12条。\n"
)


def test_a_cppccs_briefing_is_news_of_the_bureau_whose_briefing_it_heard() -> None:
    # 听取区司法局工作情况通报: a 通报 heard as a report is; the bureau's head briefing (局长某某通报…) is no name
    doc = document(_BRIEFING.format(heard="区司法局"))
    assert doc.agency == "区司法局"


def test_a_briefing_on_several_bureaus_is_no_one_bodys_news() -> None:
    doc = document(_BRIEFING.format(heard="区司法局、区教育局、区民政局"))
    assert doc.agency is None


def test_a_levels_party_committee_and_government_with_no_place_name_no_one() -> None:
    # 我市被授予…。市委市政府高度重视…: the pair names the level's leadership, no body a reader can tell
    text = (
        "某某新闻网讯 近日，全国普法办公室下发文件，表彰了法治城市创建活动先进单位。我市被授予先进单位称号。\n"
        "近年来，市委市政府高度重视法治建设，把法治城市创建纳入全市发展大局。\n"
    )
    assert document(text).agency is None


def test_a_headlines_year_written_without_its_nian_is_the_year() -> None:
    # 2023“宪法宣传周”来了: the year before the occasion it names, with no 年
    doc = document(
        "2023“宪法宣传周”来了 青禾市将开展多项活动\n12月1日，青禾市召开“宪法宣传周”新闻发布会。市司法局负责人介绍了"
        "相关情况。\n据介绍，今年“宪法宣传周”集中宣传时间为12月1日至12月7日。\n"
    )
    assert doc.report_year == 2023
    assert doc.evidence.report_year_source == "title"


def test_a_title_with_two_bare_years_gives_neither() -> None:
    # 2022工作总结和2023工作计划: two years, none of them the one the document is on by itself
    doc = document("青禾县司法局2022工作总结和2023工作计划\n一、主要工作\n全年办理法律援助案件120件。\n")
    assert doc.evidence.report_year_source != "title"
