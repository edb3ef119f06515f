"""Annual reports' agency on shapes met once in the old sets and common in the world (issue 10, session 6,
round 2): each a family of reports that name their writer only where a reader still finds it. Fixtures in our
own words."""

from __future__ import annotations

from tests.support.facts import assert_agency, document

# a 我局 report whose full name stands only inside the yearly documents it made, their year first
YEARLY_PLAN = (
    "按照有关要求，现将我局法治政府建设工作开展情况总结如下：\n一、2024年法治政府建设的主要举措和成效\n"
    "（一）加强学法用法。我局研究制定了《2024年度青禾县林业局学法计划》，全年组织集中学法12次。\n"
    "（二）规范执法行为。我局全年办理行政处罚案件8件。\n"
)


def test_own_yearly_document_names_the_writer() -> None:
    assert_agency(YEARLY_PLAN, "青禾县林业局", "own document")


def test_a_yearly_document_of_another_kind_of_organ_names_no_one() -> None:
    """我局 that applies the 委's yearly plan (制定《2024年度青禾县卫生健康委…》 is not a 局's): no writer."""
    assert document(YEARLY_PLAN.replace("青禾县林业局学法计划", "青禾县卫生健康委学法计划")).agency is None
