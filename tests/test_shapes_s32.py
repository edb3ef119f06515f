"""Shapes of session 32 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a wire's item on a province's report being published, no brackets round the report's name, after a paragraph
# the mirror site pasted above it
_PUBLISHED = (
    "各级工会要把学习宣传作为首要任务，面向基层广泛开展宣讲活动。\n"
    "青禾社云州3月20日电（记者 王明）3月20日，2024年云岭省法治政府建设情况报告发布。报告显示，"
    "全省涉企检查次数同比下降25%，行政复议案件同比增长30.5%。\n"
    "“硬约束”规范执法\n"
    "报告披露，全省清理不符合条件的执法证件3100个。\n"
)


def test_a_wire_on_a_published_report_names_the_report_owner() -> None:
    d = summarize(text=_PUBLISHED).document
    assert d.doc_type == "news"
    assert d.agency == "云岭省"
    assert d.report_year == 2024


def test_a_report_to_be_published_is_not_the_news_owner() -> None:
    # the report is the subject only when it is being published; a report merely prepared names no one
    text = (
        "3月20日，青禾县召开法治政府建设工作推进会。会上，县司法局通报了2024年云岭省法治政府建设情况报告起草安排。\n"
        "会议要求各单位按时报送材料。\n"
    )
    assert summarize(text=text).document.agency != "云岭省"
