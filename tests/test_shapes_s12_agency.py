"""Agencies, session 12 (issue 10): shapes from the labelled sets A–DY and the blind sets of session 12.

- A zone's management committee that names itself by its short form (某经济区管委会) and calls itself 我委 speaks as
  that committee, as one that writes out 管理委员会 does; a bureau (某区司法局) named where the text says 我委 is still
  no body the text speaks as.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import assert_agency, document

_ZONE_REPORT = (
    "2020年，{name}在区委、区政府的正确领导下，以习近平新时代中国特色社会主义思想为指引，深入推进依法行政，加快建设"
    "法治政府，各项工作取得新的进展。现将{name}2020年度法治政府建设情况报告如下：\n"
    "一、基本情况与主要工作特点\n"
    "（一）强化统筹协调\n"
    "我委把推进依法行政工作作为今年工作的重点内容，做到任务分解到位、责任落实到位。\n"
)


@pytest.mark.parametrize("name", ["青禾临港经济区管委会", "青禾临港经济区管理委员会"])
def test_a_zones_committee_that_calls_itself_our_committee_is_the_agency(name: str) -> None:
    assert_agency(_ZONE_REPORT.format(name=name), name, "preamble")


def test_a_bureau_is_no_body_that_calls_itself_our_committee() -> None:
    assert document(_ZONE_REPORT.format(name="青禾区司法局")).agency is None
