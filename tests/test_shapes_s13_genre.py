"""Genres, session 13 (issue 10): shapes from the labelled sets A–ET, blind sets of session 13 among them.

- A title that names a line of work and no rule-of-law word, as a statistical analysis (某省行政复议和行政应诉案件
  统计分析报告) or a year-end summary (某局安全饮食发展年终总结), is that work's report, whatever report's formula
  (…情况报告如下) and parts it opens with; the same words about rule-of-law work still make the annual report.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

_STATISTICS = (
    "{title}\n"
    "我省2014年{work}统计分析情况报告如下：\n"
    "一、{work}情况\n"
    "（一）收案与受理情况\n"
    "2014年全省各级行政机关新收申请1375件，与上年相比增长28.75%；受理1205件，受理率为87.64%。\n"
    "二、存在的问题\n"
    "部分地方办案力量不足。\n"
    "三、下一步工作建议\n"
    "进一步加强办案队伍建设。\n"
)


def test_a_statistical_analysis_of_another_line_of_work_is_no_annual_report() -> None:
    work = "行政复议和行政应诉案件"
    doc = document(_STATISTICS.format(title=f"2014年南屿省{work}统计分析报告", work=work))
    assert doc.doc_type == "other"


def test_the_same_analysis_of_rule_of_law_work_stays_the_annual_report() -> None:
    work = "法治政府建设"
    doc = document(_STATISTICS.format(title=f"南屿省2014年{work}情况报告", work=work))
    assert doc.doc_type == "annual_report"


_YEAR_END = (
    "{title}\n"
    "为保障群众饮食消费安全，今年以来，青禾镇{work}委员会在镇党委、政府的正确领导下，积极履行职责，"
    "努力创新工作。现将2022年全年工作总结如下：\n"
    "一、领导重视，职责明晰\n"
    "全年召开专题会议6次，开展联合检查12次，办结案件15件。\n"
    "二、存在的问题\n"
    "基层监管力量仍显薄弱。\n"
    "三、下一步工作打算\n"
    "持续强化监管。\n"
)


@pytest.mark.parametrize("title", ["青禾镇食品安全发展年终总结", "青禾镇食品安全2022年度总结"])
def test_a_year_end_summary_of_another_line_of_work_is_no_annual_report(title: str) -> None:
    assert document(_YEAR_END.format(title=title, work="食品安全")).doc_type == "other"


def test_a_year_end_summary_of_rule_of_law_work_stays_the_annual_report() -> None:
    title = "青禾镇法治政府建设2022年度总结"
    assert document(_YEAR_END.format(title=title, work="法治政府建设")).doc_type == "annual_report"
