"""Shapes of session 40 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a news page pasted as one line: the headline runs straight into the page's time field (…活动时间:2020-01-07),
# then empty writer and source fields, then the lead, which names the bureau that did the work
_ONE_LINE_NEWS = (
    "青州市组织开展2023年度全市行政执法案卷评查活动时间:2024-01-09 作者: 来源:"
    "为落实全市行政执法监督工作安排,规范行政执法行为,近日,市司法局组织开展了全市行政执法案卷评查活动。"
    "此次评查共抽取市级执法部门和各县区2023年度行政处罚、行政许可案卷共计86份,"
    "由市司法局邀请相关执法部门的9名业务骨干组成评查组逐卷评查,并记录案卷中的好做法和问题。"
    "下一步,市司法局将汇总评查情况,形成年度行政执法案卷评查通报。"
)


def test_a_one_line_headline_run_into_its_time_field_is_still_the_title() -> None:
    d = summarize(text=_ONE_LINE_NEWS).document
    assert d.title == "青州市组织开展2023年度全市行政执法案卷评查活动"
    assert d.agency == "市司法局"
    assert d.report_year == 2023
