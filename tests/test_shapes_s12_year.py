"""Years, session 12 (issue 10): shapes from the labelled sets A–EN, blind sets of session 12 among them.

- A news lead that reports a ceremony held under its edition's year (6月29日，某区2018年“江淮普法行”活动启动仪式在
  法治公园举行) is about that year, as one that reports a meeting so named is (2022年度某区述法现场会在…召开); a year
  inside a document the lead cites (《2017年…启动仪式方案》) is that document's.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

_AFTER = "市人大常委会副主任出席仪式并讲话，市司法局局长宣读活动方案。\n"


@pytest.mark.parametrize(
    "lead",
    [
        "6月29日，白石区2018年“江淮普法行”活动启动仪式在白石区法治公园举行。",
        "6月29日，市暨白石区2018年“送法下乡”集中宣传活动启动仪式在区法治文化广场举行。",
    ],
)
def test_news_of_a_ceremony_named_by_its_year_is_that_years(lead: str) -> None:
    doc = document(lead + _AFTER)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2018


def test_a_year_inside_a_cited_plan_dates_no_ceremony() -> None:
    lead = "6月29日，白石区依照《2017年“江淮普法行”活动启动仪式方案》在法治公园举行启动仪式。"
    assert document(lead + _AFTER).report_year is None
