"""Shapes of session 24 (issue 10), from texts collected again on a new machine (sets A–JQ, by their labels' URLs):
work reports copied as one run of text, whose part one's heading sits between two sentences.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document, one_line

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
