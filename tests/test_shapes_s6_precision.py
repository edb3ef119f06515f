"""Precision under real packagings, session 6 (issue 10): guards that turn a wrong agency into a null, and ways to
read a copy pasted as one line as the page it was copied from.

- Courts named together (某州法院, 两级法院: a place's or a tier's courts as a whole) are no one body: a court's
  report that says 现将某州法院…情况报告如下 names its system of courts, not itself.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.facts import org_name
from tests.support.facts import document


def one_line(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


def spaced_line(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


# a court's report to a standing committee, its title reduced to the court's name, its opening naming the courts of
# its city together (青岚法院) as the subject of the report
COURTS_REPORT = (
    "青岚市中级人民法院\n"
    "主任、副主任、各位委员:\n"
    "按照市人大常委会的安排,我院对2021年以来的行政审判工作进行了回顾。现将青岚法院2021年以来的行政审判工作情况报告如下:\n"
    "一、行政审判工作的基本情况\n"
    "2021年以来,青岚市两级法院共受理一审行政案件1260件,审结1183件。\n"
    "二、存在的问题\n"
    "行政机关负责人出庭应诉率仍有待提高。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])
def test_courts_named_together_are_no_agency(pack):
    assert document(pack(COURTS_REPORT)).agency in (None, "青岚市中级人民法院")


@pytest.mark.parametrize("name", ["青岚法院", "青岚州法院", "青岚市两级法院", "全省各级检察院"])
def test_a_system_of_courts_is_no_name(name):
    assert org_name(name) is None


@pytest.mark.parametrize(
    "name",
    ["青岚市中级人民法院", "青岚县人民法院", "县法院", "市中级法院", "青岚海事法院", "青岚县检察院", "最高人民法院"],
)
def test_one_court_keeps_its_name(name):
    assert org_name(name) == name
