"""Genre and year on the near misses session 5 looked at (issue 10): shapes whose year or genre a careless
reader takes from the wrong words.

Each text is written in our own words (places and bodies invented) and reproduces a shape, not a document: a
span's closing year next to 法治政府建设情况, a goal year (到2026年), a host that rewrote every year of a text, a
template site's heading with its own year, a report on a five-year 普法 plan, news of a meeting that sums up one
year and plans the next.
"""

from __future__ import annotations

import pytest

from summarizer import summarize


def document(text: str):
    return summarize(text=text, engine="rules").document


YEARS = [
    # (name, text, year)
    (
        "the closing year of a cited plan's span beside 法治政府建设情况",
        "法治政府建设报告制度观察\n——以各省年度报告文本为样本\n青禾大学 法学院\n"
        "《法治政府建设实施纲要(2015—2020年)》要求各级政府及时报告法治政府建设情况。纵览各省报告，质量参差。\n"
        "一、报告的公布\n多数省份按时公布。",
        None,
    ),
    (
        "a goal year in news about a plan",
        "本报讯 近日，青禾省人民政府印发《青禾省法治政府建设规划》，要求各地结合实际贯彻落实。\n"
        "《规划》的总体目标是：到2027年，政府行为全面纳入法治轨道。\n《规划》共分十个部分。",
        None,
    ),
    (
        "a host that rewrote every year of the text",
        "2023年度乡镇法治政府建设情况报告\n区政府：\n根据法治政府建设实施纲要(2023-2023)的规定，我镇依法全面履行政府职能。"
        "现将本镇2023年度法治政府建设工作的主要情况报告如下：\n一、基本情况\n2023年，我镇在区委、区政府领导下推进依法行政。",
        None,
    ),
    (
        "a template site's heading with the year it serves pages in",
        "2026年普法工作总结范文通用5篇\n普法工作总结【第一篇】\n"
        "(一)健全组织机构。2019年5月，我局调整了普法工作领导小组，局主要领导任组长。\n"
        "(二)制定年度计划。我局制定了普法工作方案。",
        None,
    ),
    (
        "a report on a five-year 普法 plan since it started",
        "2019年10月20日在青禾市人大常委会第九次会议上\n市人民政府\n主任、各位副主任、各位委员：\n"
        "现在向市人大常委会报告我市“七五”普法规划实施以来工作开展情况，请予审议。\n"
        "一、“七五”普法规划实施以来的主要工作情况\n2016年，市委、市政府批转普法规划，全市深入开展普法教育。",
        None,
    ),
    (
        "news of a meeting that sums up one year and plans the next",
        "3月12日上午，青禾省卫生健康委召开全省卫生健康法治建设工作会议。会议全面总结2025年全省卫生健康法治建设工作，"
        "研究部署2026年重点工作。\n会上，委法规处负责人作工作报告。",
        2025,
    ),
]


@pytest.mark.parametrize("name,text,year", YEARS, ids=[s[0] for s in YEARS])
def test_year_on_near_miss_shapes(name, text, year):
    assert document(text).report_year == year


def test_a_span_in_a_report_that_states_its_own_year_keeps_that_year():
    """The guards above take no year from a real report: its own year is still read from the opening."""
    doc = document(
        "青禾县司法局2025年法治政府建设情况报告\n根据《法治政府建设实施纲要(2021—2025年)》要求，"
        "现将我局2025年法治政府建设情况报告如下：\n一、主要举措和成效\n全年审查规范性文件8件。"
    )
    assert (doc.doc_type, doc.report_year) == ("annual_report", 2025)
