"""Shapes of session 25 (issue 10): points scored are a quantity (共记8分, 扣2分), the minutes of a clock time are
not (10时30分).

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

_REPORT = (
    "青禾县卫生健康局2023年法治政府建设年度报告\n"
    "一、主要举措和成效\n"
    "（一）严格规范执法。2023年共对2家医疗机构进行了不良行为记分，共记8分。{extra}\n"
    "二、存在的不足和原因\n"
    "执法力量仍显薄弱。\n"
)


def _metrics(text: str) -> dict[tuple[float, str], str]:
    summary = summarize(text=text, engine="rules")
    return {(m.value, m.unit): m.label for a in summary.achievements for m in a.metrics}


def test_points_scored_are_a_metric_labelled_by_what_is_scored() -> None:
    # 进行了不良行为记分，共记8分: the 8 points are a result; its label is the 记分, not the bare verb 共记
    metrics = _metrics(_REPORT.format(extra="年度考核中被扣2分。"))
    assert metrics[(8.0, "分")] == "记分"
    assert metrics[(2.0, "分")] == "扣分"
    assert metrics[(2.0, "家")] == "医疗机构"


def test_the_minutes_of_a_clock_time_are_no_metric() -> None:
    # the twin: 10时30分 / 9点30分 say when, not how much
    metrics = _metrics(_REPORT.format(extra="12月1日10时30分召开执法案卷评查会，次日9点30分通报结果。"))
    assert (30.0, "分") not in metrics
    assert metrics[(8.0, "分")] == "记分"
