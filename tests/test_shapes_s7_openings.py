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


def test_a_headlines_place_gives_way_to_the_organ_that_took_the_lead() -> None:
    text = (
        "青禾区开展镇（街道）执法情况专项监督\n"
        "为进一步规范青禾区镇（街道）综合行政执法工作，积极助推我区行政执法改革取得新进展。近日，青禾区司法局牵头"
        "组织区委编办、区检察院成立专项监督小组，对青山镇综合执法改革情况进行全面摸底。\n"
    )
    assert document(text).agency == "青禾区司法局"


def test_a_task_a_bureau_leads_in_a_governments_report_stays_the_governments() -> None:
    text = (
        "青禾县人民政府关于2024年度法治政府建设情况的报告\n"
        "2024年，青禾县人民政府坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）由县司法局牵头，全面完成行政执法“三项制度”评估。\n"
    )
    assert document(text).agency == "青禾县人民政府"
