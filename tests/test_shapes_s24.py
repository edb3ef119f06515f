"""Shapes of session 24 (issue 10), from texts collected again on a new machine (sets A–JQ, by their labels' URLs):
work reports copied as one run of text, whose part one's heading sits between two sentences; news leads whose day or
credit stands before their purpose clause.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import assert_agency, document, one_line

_REPORT = (
    "摘要\n"
    "各位代表：\n"
    "现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。\n"
    "{heading}\n"
    "{year}年是全省发展进程中极不平凡的一年。全省地区生产总值增长6.1%，一般公共预算收入增长4.5%。\n"
    "二、{next}年工作安排\n"
    "{next}年是实施“十四五”规划承上启下的一年。\n"
)


def test_a_work_report_run_into_one_line_reports_on_the_year_its_part_one_reviews() -> None:
    # …提出意见。一、2021年工作回顾2021年是…: the copy lost its line breaks, so the heading runs on between sentences
    text = one_line(_REPORT.format(heading="一、2021年工作回顾", year=2021, next=2022))
    doc = document(text)
    assert doc.doc_type == "government_work_report"
    assert doc.report_year == 2021


def test_a_term_review_that_names_its_last_year_reports_on_that_year() -> None:
    # 过去五年和2021年工作回顾: the heading reviews the term and the year just ended, whose figures follow
    text = one_line(_REPORT.format(heading="过去五年和2021年工作回顾", year=2021, next=2022))
    assert document(text).report_year == 2021


def test_a_term_review_with_no_year_still_reports_on_no_one_year() -> None:
    # the twin: 过去五年工作回顾 run on after the preamble names no single year of the term it reviews
    text = one_line(
        "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。过去五年工作回顾过去五年，是全市发展极不平凡的五年。"
        "全市地区生产总值年均增长6.5%。二、今后五年的目标任务\n"
    )
    assert document(text).report_year is None


def test_a_lead_whose_day_comes_before_its_purpose_names_the_body_after_them() -> None:
    # 12月4日上午，在…之际，为…，…，某镇开展…: the day, an occasion and a purpose stand before the subject
    text = (
        "12月4日上午，在第十二个国家宪法日到来之际，为深入学习宣传法治思想，大力弘扬宪法精神，"
        "青禾镇开展“12·4”国家宪法日宣传活动。\n"
        "本次活动由青禾镇工作人员和司法所共同开展，现场发放宣传资料800余份。\n"
    )
    assert_agency(text, "青禾镇", "preamble")


def test_a_lead_whose_credit_comes_before_its_purpose_names_the_body_after_them() -> None:
    # 本报讯（记者 某某）为…，…，某镇开展…: the paper's credit, then the purpose
    text = "本报讯（记者 田禾）为深入学习宣传法治思想，大力弘扬宪法精神，青禾镇开展国家宪法日宣传活动。\n"
    assert_agency(text, "青禾镇", "preamble")


def test_a_visitor_after_the_day_and_purpose_is_still_no_writer() -> None:
    # the twin: 5月13日，为…，某局局长一行来某县调研 — the visitor's body is not the text's
    text = "5月13日，为深入了解法治政府建设情况，青山市司法局局长李明一行来青禾县调研。\n青禾县司法局局长陪同调研。\n"
    assert document(text).agency != "青山市司法局"
