"""Shapes of session 61 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_a_lead_on_the_years_exam_held_dates_the_news() -> None:
    # a paper's lead: the day, then the year's exam for enforcement officers held; the item is about that year
    text = (
        "本报讯 18日上午，2023年市级行政执法人员资格集中考试举行，"
        "当天共有860人经各执法部门审核后参加了考试。\n"
        "考试采取闭卷方式，合格者方可申领执法证件。\n"
    )
    assert document(text).report_year == 2023
