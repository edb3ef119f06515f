"""Annual reports' agency on shapes met once in the old sets and common in the world (issue 10, session 6,
round 2): each a family of reports that name their writer only where a reader still finds it. Fixtures in our
own words."""

from __future__ import annotations

from tests.support.facts import assert_agency, document

# a 我局 report whose full name stands only inside the yearly documents it made, their year first
YEARLY_PLAN = (
    "按照有关要求，现将我局法治政府建设工作开展情况总结如下：\n一、2024年法治政府建设的主要举措和成效\n"
    "（一）加强学法用法。我局研究制定了《2024年度青禾县林业局学法计划》，全年组织集中学法12次。\n"
    "（二）规范执法行为。我局全年办理行政处罚案件8件。\n"
)


def test_own_yearly_document_names_the_writer() -> None:
    assert_agency(YEARLY_PLAN, "青禾县林业局", "own document")


def test_a_yearly_document_of_another_kind_of_organ_names_no_one() -> None:
    """我局 that applies the 委's yearly plan (制定《2024年度青禾县卫生健康委…》 is not a 局's): no writer."""
    assert document(YEARLY_PLAN.replace("青禾县林业局学法计划", "青禾县卫生健康委学法计划")).agency is None


# a city's report (我市) whose honours paragraph opens a sentence with one of its counties
CITY_HONOURS = (
    "2023年，我市坚持依法行政，统筹推进法治政府建设，为全市发展提供了法治保障。\n"
    "2023年，青禾市获评全省法治政府建设示范市。松川县获评全省法治宣传教育先进县，青禾市司法局获评先进集体。\n"
    "现将有关情况报告如下：\n一、主要举措\n青禾市全年办理行政复议案件120件。\n"
)


def test_a_county_under_the_city_is_no_rival_writer() -> None:
    assert_agency(CITY_HONOURS, "青禾市", "self-reference")


def test_two_places_of_the_texts_own_level_still_name_no_one() -> None:
    """A county's text (我县) opening sentences with two counties: which one writes it the text does not say."""
    text = CITY_HONOURS.replace("我市", "我县").replace("青禾市", "青禾县").replace("全省法治政府建设示范市", "示范县")
    assert document(text).agency is None


def test_a_scope_named_most_is_no_self_level() -> None:
    """全省 said most (no 我省): the text may be a county's telling of the province's work; a county it opens
    a sentence with is not set aside."""
    text = CITY_HONOURS.replace("我市", "全省各地").replace("为全市发展", "为全省发展")
    assert document(text).agency is None


# the writer after the bodies it works under, with a verb no finder lists; named again later, never as a subject
UNDER_LEADERSHIP = (
    "2023年，在县委、县政府的坚强领导下，在县人大的监督支持下，青禾县司法局多措并举推进依法行政。\n"
    "一、主要举措\n据统计，青禾县司法局全年审核规范性文件15件。\n"
)


def test_the_subject_after_the_leaders_is_a_self_reference() -> None:
    assert_agency(UNDER_LEADERSHIP, "青禾县司法局", "self-reference")


def test_the_leaders_themselves_are_no_subject() -> None:
    """在市司法局的指导下，县委…: the sentence's subject only, never a body inside the adverbial."""
    text = UNDER_LEADERSHIP.replace("青禾县司法局多措并举", "多措并举").replace("县委、县政府", "青禾县司法局")
    assert document(text).agency is None


def test_a_preamble_subject_that_acts_firmly() -> None:
    """2020年以来，在市委、市政府的坚强领导下，某区政府坚决贯彻…: 坚决 is a verb like 坚持 and 坚定."""
    text = (
        "2020年以来，在市委、市政府的坚强领导下，青禾区政府坚决贯彻全面依法治国新理念，深入推进依法行政，"
        "现将依法行政工作有关情况报告如下：\n一、主要工作\n（一）加强组织领导。\n"
    )
    assert_agency(text, "青禾区政府", "preamble")


# 我局 under its superiors, its full name once: opening a sentence of its honours
HONOURED_BUREAU = (
    "2021年，在青禾市委、市政府的坚强领导下，我局深入推进依法行政，法治交通建设取得新成效。"
    "青禾市交通运输局被评为全省交通运输法治政府部门建设先进集体。现将有关情况报告如下：\n"
    "一、主要举措和成效\n我局全年办理行政许可事项320件。\n"
)


def test_a_bureau_named_once_opening_a_sentence_is_the_writer() -> None:
    assert_agency(HONOURED_BUREAU, "青禾市交通运输局", "self-reference")


def test_a_higher_bureau_opening_a_sentence_is_not() -> None:
    """A county bureau's report (我县, 我局) praised beside the city's bureau: the city's is above it."""
    text = HONOURED_BUREAU.replace("青禾市委、市政府", "县委、县政府").replace("依法行政，", "依法行政，助力我县发展，")
    assert document(text).agency is None


# a county that calls itself 我县 and names itself only as the maker of its own government's rules
COUNTY_RULES = (
    "2022年，我县坚持以习近平法治思想为指导，贯彻落实市委、市政府的决策部署。现将我县推进法治政府建设情况报告如下：\n"
    "一、主要举措和成效\n结合我县实际出台《青禾县人民政府重大行政决策程序规定》，全年审查规范性文件9件。\n"
)
# a county's joint issuer as the opening's subject (no 我县), the county named only in the documents it issued
JOINT_ISSUER = (
    "2025年，县委、县政府坚持以习近平法治思想为指导，扎实推进法治政府建设，现将工作开展情况报告如下。\n"
    "一、主要做法和成效\n（一）加强领导。印发《青禾县领导干部应知应会法律法规清单》，全年召开专题会议5次。\n"
)


def test_a_countys_own_government_rules_name_it() -> None:
    assert_agency(COUNTY_RULES, "青禾县人民政府", "own document")


def test_a_joint_issuer_speaks_as_its_level() -> None:
    assert_agency(JOINT_ISSUER, "青禾县", "own document")


def test_the_citys_rules_in_a_countys_report_name_no_one() -> None:
    assert document(COUNTY_RULES.replace("青禾县人民政府", "青禾市人民政府")).agency is None


def test_the_joint_issuer_the_writer_works_under_is_no_self_level() -> None:
    """在县委、县政府的领导下，…: the bodies the writer works under, not its own joint subject."""
    text = JOINT_ISSUER.replace("县委、县政府坚持", "在县委、县政府的领导下，各部门坚持")
    assert document(text).agency is None


def test_a_cited_plans_span_in_the_title_leaves_the_reports_year() -> None:
    """某局2019年贯彻落实《某纲要(2015-2020年)》的情况: the span is the plan's, 2019 the report's."""
    text = (
        "青禾县自然资源局2019年贯彻落实《法治政府建设实施纲要(2015-2020年)》的情况\n"
        "2019年，我局坚持依法行政，全面落实纲要各项任务。\n一、主要举措\n全年办理行政复议案件6件。\n"
    )
    doc = document(text)
    assert doc.report_year == 2019
    assert doc.evidence.report_year_source == "title"


def test_a_title_with_only_a_cited_span_has_no_year() -> None:
    """关于印发《某规划(2021-2025年)》的通知: no year of the title's own; the plan's span names none."""
    text = (
        "青禾县人民政府关于印发《青禾县法治政府建设规划(2021-2025年)》的通知\n各乡镇人民政府：\n"
        "现将规划印发给你们，请认真贯彻执行。2021年，各乡镇要抓好落实。\n"
    )
    assert document(text).report_year is None


def test_a_towns_joint_issuer_speaks_as_its_level() -> None:
    """镇党委、镇政府 as the opening's subject: a town's report, its own documents named after it."""
    text = (
        "2023年，镇党委、镇政府坚持依法行政，现将有关情况报告如下：\n一、主要做法\n"
        "印发《青禾镇法治政府建设工作方案》，全年开展学法活动6次。\n"
    )
    assert_agency(text, "青禾镇", "own document")


def test_a_bare_levels_government_is_no_place_of_its_own() -> None:
    """我区 (a region) that issues 《自治区人民政府…》: 自治区 names no place, the region's own documents no one."""
    text = COUNTY_RULES.replace("我县", "我区").replace("青禾县人民政府", "自治区人民政府")
    assert document(text).agency is None
