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


def test_a_street_that_works_under_the_districts_guidance_names_itself_after_it() -> None:
    # 在区委、区政府的正确引领下, as 领导下: the leadership the writer works under, then the writer
    text = (
        "2025年，在区委、区政府的正确引领下，青禾街道坚定不移地深入学习贯彻习近平法治思想，稳步推进法治政府建设各项工作。"
        "现将本年度法治政府建设具体情况汇报如下。\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。街道党工委专题研究法治建设工作4次。\n"
    )
    assert_agency(text, "青禾街道", "preamble")


def test_a_metadata_table_flattened_into_spaced_rows_is_no_title() -> None:
    # 发布机构 某局 文 号: a row of fields parted by spaces, whose 发布 is no headline's verb
    text = (
        "您当前的位置:首页 > 政府信息公开 > 法治政府建设年报\n"
        "索 引 号 640000000/2025-00022 发文时间 2025-02-28\n"
        "发布机构 青禾区司法局 文 号\n"
        "公开方式 主动公开 有效性 有效\n"
        "标 题: 青禾区2024年法治政府建设年度报告\n"
        "青禾区2024年法治政府建设年度报告\n"
        "2024年，青禾区坚持以习近平法治思想为指导，全面推进法治政府建设。\n"
        "一、2024年度推进法治政府建设的主要举措和成效\n"
        "（一）坚持党的领导。区政府常务会议专题研究法治政府建设工作3次。\n"
    )
    doc = document(text)
    assert doc.title == "青禾区2024年法治政府建设年度报告"
    assert doc.doc_type == "annual_report"
    assert doc.agency == "青禾区"


def test_a_report_whose_opening_lists_a_duty_review_among_its_honours_stays_a_report() -> None:
    # 述法测评…获得肯定 among the year's honours, then the body's formula: the body's report, not a leader's 述法
    text = (
        "关于青禾区2023年度法治政府建设情况的报告\n"
        "2023年，在市委、市政府的坚强领导下，青禾区深入贯彻习近平法治思想，全面推进法治政府建设。"
        "述法测评、诉源治理两项工作在全省中期评估中获得肯定；某镇获评全省法治政府建设示范地区。"
        "现将一年来工作情况报告如下：\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n"
        "（一）坚持党的领导。区政府常务会议专题研究法治政府建设4次。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_a_leaders_own_account_of_the_duty_is_still_read_as_one() -> None:
    text = (
        "2023年以来，我认真履行推进法治建设第一责任人职责，带头尊法学法守法用法。现将本人述法情况报告如下：\n"
        "一、履职情况\n"
        "（一）带头学法。我主持召开专题学法会议4次。\n"
    )
    assert document(text).doc_type == "accountability_report"


def test_a_city_that_calls_itself_by_its_bare_name_is_named_so() -> None:
    # 湘潭深入贯彻…: the city by its bare name (a real division's stem), named in full in a document it cites
    text = (
        "2024年，在省委、省人民政府的坚强领导下，湘潭深入贯彻习近平法治思想，法治政府建设进一步纵深推进。"
        "现将有关情况报告如下：\n"
        "一、加强党对法治政府建设的领导。出台《湘潭市党政主要负责人履行推进法治建设第一责任人职责清单》。\n"
    )
    assert_agency(text, "湘潭", "preamble")


def test_a_bare_name_the_text_never_gives_in_full_is_not_read_as_a_place() -> None:
    text = (
        "2024年，在省委、省人民政府的坚强领导下，湘潭深入贯彻习近平法治思想，法治政府建设进一步纵深推进。"
        "现将有关情况报告如下：\n"
        "一、加强党对法治政府建设的领导。出台党政主要负责人履行推进法治建设第一责任人职责清单。\n"
    )
    assert document(text).agency is None
