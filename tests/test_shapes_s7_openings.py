"""Agency and year of a report that opens with its year and no comma after it, session 7.

Found on a blind set (AS): untitled district and town reports opened 2022年某区坚持以…为指导… and 2021年某镇人民政府在
区委、区政府的正确领导下…, and we read neither the year nor the writer (both were read when a comma followed the
year). Texts in our own words; places invented.
"""

from __future__ import annotations

import pytest

from tests.support.facts import document

_TAIL = "现将有关情况报告如下：\n一、主要举措和成效\n（一）完善依法决策机制。全年审查规范性文件12件。\n"


@pytest.mark.parametrize(
    "opening, agency, year",
    [
        ("2022年青禾区坚持以习近平法治思想为指导，扎实推进依法行政。", "青禾区", 2022),
        ("2021年青禾镇人民政府在区委、区政府的正确领导下，持续推进依法行政。", "青禾镇人民政府", 2021),
    ],
)
def test_a_year_run_into_the_subject_gives_both(opening: str, agency: str, year: int) -> None:
    doc = document(opening + _TAIL)
    assert (doc.agency, doc.report_year) == (agency, year)


def test_a_cited_plans_year_dates_no_text() -> None:
    text = (
        "关于深入推进依法行政加快建设法治政府的实施意见\n"
        "2004年国务院《全面推进依法行政实施纲要》颁布实施以来，全区各级人民政府在自治区党委的正确领导下，"
        "依法行政工作取得了明显成效。为深入推进依法行政，提出如下实施意见。\n"
    )
    assert document(text).report_year is None


def test_the_years_character_before_the_subject_with_a_comma_after_the_year() -> None:
    text = (
        "2022年，是具有特殊重要意义的一年，青禾区卫生健康局围绕“强基层、促发展”的主线，坚持公益，聚焦健康，"
        "多项工作成绩明显。目前，全区共有医疗机构787间。\n"
    )
    assert document(text).agency == "青禾区卫生健康局"
