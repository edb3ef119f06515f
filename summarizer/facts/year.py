"""The year reported on: the title, the preamble formula, the opening sentence, the part-① heading."""

from __future__ import annotations

import re
from typing import Optional

from ..numbers import find_numbers
from .genre import FEW_YEARS_WORK
from .names import Span
from .title import _lines


def years(text: str) -> list[int]:
    """Single years stated in ``text`` (2024年, 二〇二四年), in order; ranges (2021—2025年) are not single years.
    Read by the number finder, so that facts and the verifier agree on what a year is."""
    return [int(m.value) for m in find_numbers(text) if m.kind == "year"]


def _first_year(text: str, offset: int) -> Optional[tuple[int, Span]]:
    for m in find_numbers(text):
        if m.kind == "year":
            return int(m.value), (offset + m.start, offset + m.end)
    return None


_OPENING_YEAR = re.compile(
    r"^(?:[^。\n]{0,30}?|[^。\n]*[，,]\s*)((?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年(?:度)?(?:以来)?[，,是]"
)
_PART_ONE_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年(?:度)?[^\n。]{0,16}(?:主要举措|举措和成效|工作情况|主要做法|"
    r"工作开展情况|法治政府建设(?:工作)?(?:情况|成效)|第一责任人)"
)


def find_year(text: str, title_span: Optional[Span]) -> tuple[Optional[int], Optional[Span], Optional[str]]:
    """(year, span, source): the year reported on, from the title, the preamble formula, the opening sentence
    or the part-① heading; none from a multi-year plan's title, and none from dates of the page itself."""
    if title_span:
        title = text[title_span[0] : title_span[1]]
        mentions = find_numbers(title)
        if any(m.kind == "range" for m in mentions) or re.search(
            r"(?:19|20)\d{2}\s*[\-—–~至－]+\s*(?:19|20)\d{2}|" + FEW_YEARS_WORK, title
        ):
            return None, None, None  # a plan for 2021—2025, a review of five years: no single year
        if found := _first_year(title, title_span[0]):
            return found[0], found[1], "title"
    body_start = title_span[1] if title_span else 0
    head = text[body_start : body_start + 1500]
    m = re.search(r"现将[^，。,]{0,30}?年", head)
    if m and (found := _first_year(m.group(0), body_start + m.start())):
        return found[0], found[1], "preamble"
    for line_start, line_end in _lines(head, 6):
        line = head[line_start:line_end]
        m = _OPENING_YEAR.match(line)
        if m and (found := _first_year(m.group(1) + "年", body_start + line_start + m.start(1))):
            return found[0], (found[1][0], found[1][0] + len(m.group(1)) + 1), "opening"
    m = _PART_ONE_YEAR.search(head)
    if m and (found := _first_year(m.group(1) + "年", body_start + m.start(1))):
        return found[0], (found[1][0], found[1][0] + len(m.group(1)) + 1), "heading"
    return None, None, None
