"""Years, session 13 (issue 10): shapes from the labelled sets A–FC, blind sets of session 13 among them.

- A news headline with a comma in it (某县城管执法局：异地学习取经，促进城市管理水平再上新台阶!) is no title to the
  title finder, and was read as the lead: the page's date line under it then dated nothing. The lead is the prose
  under the date line, and the date line dates it as it dates any lead: by day within the two weeks before it
  (11月3日上午 under 2023-11-03), or, when the lead names no day, as the only date the text has.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

_HEADLINE = "湖滨县城管执法局：异地学习取经，促进城市管理水平再上新台阶！\n作者  收藏  举报  发布时间：  {date} 16:46\n"


def test_a_comma_headlines_date_line_dates_a_lead_of_that_day() -> None:
    text = _HEADLINE.format(date="2023-11-03") + (
        "某某网讯（通讯员 林某）为拓宽工作视野，提升城市服务管理水平，11月3日上午，湖滨县城管执法局法规股一行赴"
        "柳岸县学习城市管理综合执法工作经验。\n双方就执法规范化建设进行了交流。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("news", 2023)


@pytest.mark.parametrize("date", ["2024-02-20", "2023-10-30"])
def test_a_date_line_far_from_the_leads_day_dates_nothing(date: str) -> None:
    text = _HEADLINE.format(date=date) + (
        "某某网讯（通讯员 林某）为拓宽工作视野，提升城市服务管理水平，11月3日上午，湖滨县城管执法局法规股一行赴"
        "柳岸县学习城市管理综合执法工作经验。\n双方就执法规范化建设进行了交流。\n"
    )
    assert document(text).report_year is None
