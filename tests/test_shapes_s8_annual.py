"""Annual reports' agency, session 8: shapes found on a set of annual reports collected blind.

A report filed under its own name puts the name after 关于 (关于某市2022年度法治政府建设工作情况的报告) and then
speaks only as 我市 under a document number and an addressee line: no finder read the title's subject after 关于.
Texts in our own words; places invented.
"""

from __future__ import annotations

from tests.support.facts import assert_agency, document

FILED = (
    "关于青禾市2022年度法治政府建设工作情况的报告\n"
    "青政呈〔2023〕4号\n"
    "省政府：\n"
    "2022年，我市坚持以习近平法治思想为指导，认真落实法治政府建设实施方案，推进依法行政。现将有关情况报告如下。\n"
    "一、主要工作进展情况\n"
    "（一）加强党的领导。市政府常务会议专题研究法治政府建设4次。\n"
)


def test_the_name_after_about_in_a_reports_title_is_its_agency() -> None:
    assert_agency(FILED, "青禾市", "title")


def test_a_title_about_issuing_a_document_names_no_agency_after_about() -> None:
    text = (
        "关于印发2023年度法治政府建设工作要点的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《2023年度法治政府建设工作要点》印发给你们，请认真贯彻落实。\n"
    )
    assert document(text).agency is None


def test_a_title_about_a_year_names_no_agency() -> None:
    text = (
        "关于2025年法治政府建设情况的报告\n"
        "2025年，我局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想。现将有关情况报告如下。\n"
        "一、主要举措和成效\n"
    )
    doc = document(text)
    assert doc.agency is None


def _opening(body: str) -> str:
    return (
        "关于2025年法治政府建设情况的报告\n"
        f"2025年，{body}在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。\n"
        "一、2025年推进法治政府建设的主要举措和成效\n"
        "（一）深入学习贯彻习近平法治思想\n"
    )


def test_a_body_with_three_signboards_is_named_with_all_of_them() -> None:
    # one bureau, two more names it works under listed in its brackets
    assert_agency(
        _opening("青禾市数据局（市营商环境建设局、市行政审批局）"),
        "青禾市数据局（市营商环境建设局、市行政审批局）",
        "preamble",
    )


def test_brackets_listing_what_a_body_includes_are_not_its_names() -> None:
    agency = document(_opening("青禾市数据局（含下属单位、派出机构）")).agency
    assert agency is None or "派出机构" not in agency
