"""Shapes of session 59 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_the_day_against_drugs_is_counted_from_its_first_observance() -> None:
    # the International Day against Drug Abuse was first kept in 1988: its 37th fell in 2024, its 38th in 2025
    tail = "，宁川市在市民广场举办禁毒宣传活动，发放宣传资料3000余份。\n"
    assert document("6月26日是第37个国际禁毒日" + tail).report_year == 2024
    assert document("在第38个国际禁毒日到来之际" + tail).report_year == 2025


def test_the_school_an_event_is_held_at_is_not_the_events_writer() -> None:
    # the venue's Party secretary attends the city's event: the school is neither the subject nor the writer
    text = (
        "我市开展禁毒日主题宣传活动\n\n"
        "本报讯 (记者某某)6月26日，宁川市禁毒日主题宣传活动在宁川师范学院举行。副市长某某出席并宣布活动启动。"
        "宁川师范学院党委书记某某出席，市公安、教育等部门负责人共200余人参加。\n"
        "某某强调，全市各级各部门要持续保持高压严打态势。\n"
    )
    assert document(text).agency != "宁川师范学院"
