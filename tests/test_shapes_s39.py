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
    text = _ESSAY_ON_A_KIND.replace("本文将回顾统计局一年来的工作亮点,并对未来作出展望。", "").replace("统计局", "县统计局")
    assert summarize(text=text).document.agency == "县统计局"
