"""Genre and year, session 7 round 3 (issue 10): the year of a news item whose lead tells its event as just past.

- A news lead that opens with 近日/日前/近期 (after a purpose clause or not) dates its event by the page it stands on:
  the page's own labelled date line right above the lead (时间:2021-08-17, 发布时间:2025-03-11 16:03) gives the
  item's year, as a day date (12月17日) under it already did. Cleaning keeps that date line, and the agency finder
  reads past it as it reads past a news app's date row.
- It gives none when the lead's first sentence names a year or a span of its own (the item is about what it names:
  从《…关于2021—2022年度…的通报》中获悉), when the body names a year later than the date line's (a mirror's or a
  crawl's date over another story), or when no date line stands right above the lead.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

_RECENT_NEWS = (
    "当前位置：首页 > 工作动态 > 基层法治\n"
    "青禾县司法局开展法治乡村示范村复核工作\n"
    "{date_line}\n"
    "{lead}\n"
    "复核组逐项查看了村务公开栏、法治文化广场等阵地，对发现的薄弱环节当场提出整改意见。\n"
    "下一步，县司法局将督促各村对照标准抓好整改，巩固示范创建成果。\n"
)
_DATE_LINE = "时间：2021-08-17 来源：青禾县司法局 作者：佚名"


@pytest.mark.parametrize(
    "date_line",
    [_DATE_LINE, "发布时间:2021-08-17 16:03 来源:青禾县司法局 浏览次数:", "发布日期：2021-08-17"],
)
@pytest.mark.parametrize(
    "lead",
    [
        "近日，县司法局组成复核小组，先后赴云溪镇、石桥镇等地开展民主法治示范村实地复核。",
        "日前，县司法局组成复核小组，先后赴云溪镇、石桥镇等地开展民主法治示范村实地复核。",
        # after a purpose clause
        "为进一步巩固民主法治示范村创建质量，近日，县司法局组成复核小组赴各镇开展实地复核。",
    ],
)
def test_a_lead_told_as_just_past_takes_the_year_of_the_page_date_line_above_it(date_line, lead):
    doc = document(_RECENT_NEWS.format(date_line=date_line, lead=lead))
    assert doc.doc_type == "news"
    assert doc.report_year == 2021
    assert doc.evidence.report_year_source == "date line"
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == "2021"


@pytest.mark.parametrize(
    "lead",
    [
        "近日，青禾县司法局在云溪镇召开基层法治建设座谈会。",
        # a long purpose clause before the subject
        "为深入推进基层法治建设，研究完善乡镇法治建设指标体系，推动指标在各乡镇落地见效，近日，青禾县司法局"
        "法治调研股股长王某、县委依法治县办秘书科科长李某带领调研组一行在云溪镇开展乡镇法治建设调研。",
    ],
)
def test_the_kept_date_line_is_no_lead_for_the_agency(lead):
    text = (
        "首页 工作动态 正文\n"
        "基层法治建设调研座谈会召开\n"
        f"{_DATE_LINE}\n{lead}\n"
        "座谈会上，调研组认真听取了各村法治建设工作情况汇报。\n"
    )
    doc = document(text)
    assert doc.report_year == 2021
    assert doc.agency == "青禾县司法局"
    assert doc.evidence.agency_source == "preamble"


@pytest.mark.parametrize(
    "lead",
    [
        # the first sentence names a span or a year of its own: the item is about that
        "近日，从《青禾市司法局关于2019—2020年度法治示范村考核情况的通报》中获悉，云溪村获评优秀等次。",
        "近日，县司法局组成复核小组，对2020年命名的民主法治示范村开展实地复核。",
        # no news lead told as just past: a day-less lead is dated by nothing
        "县司法局组成复核小组，先后赴云溪镇、石桥镇等地开展民主法治示范村实地复核。",
    ],
)
def test_a_just_past_lead_that_names_its_own_year_or_no_recent_lead_takes_no_date_line_year(lead):
    assert document(_RECENT_NEWS.format(date_line=_DATE_LINE, lead=lead)).report_year != 2021  # not the date line's


def test_a_body_naming_a_later_year_than_the_date_line_gives_no_year():
    lead = "近日，县司法局组成复核小组，先后赴云溪镇、石桥镇等地开展民主法治示范村实地复核。"
    text = _RECENT_NEWS.format(date_line=_DATE_LINE, lead=lead) + "截至2023年底，全县共有省级民主法治示范村12个。\n"
    assert document(text).report_year is None


def test_a_date_line_away_from_the_lead_dates_nothing():
    lead = "近日，县司法局组成复核小组，先后赴云溪镇、石桥镇等地开展民主法治示范村实地复核。"
    text = (
        "当前位置：首页 > 工作动态 > 基层法治\n"
        "时间：2021-08-17 来源：青禾县司法局\n"
        "青禾县司法局开展法治乡村示范村复核工作\n"
        "图为复核组在云溪村查看法治文化广场，摄影：本站\n" + lead + "\n下一步，县司法局将督促各村抓好整改。\n"
    )
    assert document(text).report_year is None
