"""Shapes of session 58 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_a_lead_whose_subject_draws_up_and_issues_measures_is_that_subjects_news() -> None:
    # 制定出台: the lead's subject drew up and issued the measures; a place by its name or its bureau
    head = "宁川推出规范涉企检查八项举措\n发布时间：2025-08-20\n"
    tail = "规范涉企行政检查八项举措，进一步贯彻落实国务院办公厅有关意见精神。\n"
    assert document(head + "近期，宁川市制定出台" + tail).agency == "宁川市"
    assert document(head + "近日，宁川市司法局制定出台" + tail).agency == "宁川市司法局"
