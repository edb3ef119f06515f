"""Agencies, session 10 (issue 10): shapes from the blind sets CA–CF.

- A passive's agent never stands inside a name: 某市交通文化公园被福建省司法厅授予… names a park and the department
  that honoured it, not a body called …公园被…司法厅 (CD-013's fragment).

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

from summarizer.facts.names import exact_name, org_name

from .support.facts import document

HONOURED = (
    "青禾这个公园被授予“省级法治文化建设示范基地”\n"
    "2020-10-15\n"
    "青禾网10月14日讯(记者 某某 通讯员 某某)近日,青禾市交通文化公园被白石省司法厅正式授予“省级法治文化建设示范基地”"
    "称号。据悉,这是全省首批获此殊荣的单位。\n"
)


def test_a_passives_agent_is_not_inside_a_name() -> None:
    assert org_name("青禾市交通文化公园被白石省司法厅") != "青禾市交通文化公园被白石省司法厅"
    assert exact_name("青禾市交通文化公园被白石省司法厅") is None


def test_an_honoured_parks_news_names_no_fragment() -> None:
    agency = document(HONOURED).agency
    assert agency is None or "被" not in agency
