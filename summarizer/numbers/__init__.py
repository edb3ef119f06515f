"""Find numbers in Chinese report text and check claimed numbers against a source.

Why our own finder instead of a general extraction library: the product promises that *no number
in a summary is absent from the report*. General extractors compare numbers loosely (fuzzy string
similarity, float tolerance, unit dropping) and so accept 13.2% for a source's 12.3%, 1,265件 for
1,256件 and 85% for 8.5%. Here every comparison is on exact ``Decimal`` values plus the unit, and
anything we cannot prove from the source is ``unsupported``.

Design, in three steps:

1. **Fold** the text with a one-to-one character table (full-width digits/％/．, a few hundred
   traditional characters used in units, qualifiers and fixed phrases -> simplified). Because the
   mapping is one character to one character, offsets in the folded copy are offsets in the
   original: we never NFKC or OpenCC-convert the text itself.
2. **Scan** the folded copy for numeral starts (Arabic digit, Chinese numeral, 百分之) with one
   precompiled regex, then try anchored regexes at that position in priority order: date (range),
   quantity range, single quantity. A Chinese numeral is a number only if it is followed by a
   measure word / unit and is not part of a fixed phrase (see ``_STOP_PHRASES`` and
   ``_chinese_ok``): Chinese numerals are everywhere in words (进一步, 统一, 一把手, 二十大 ...),
   so an unbounded rule would flood the checker with false claims.
3. **Index** the source once (``SourceIndex``): a dict keyed by (normalised value, base unit) for
   single numbers and (low, high, base unit) for ranges; each entry remembers how it was written
   (raw unit, numeral script, qualifier group) so a claim can be classed ``exact`` (same writing),
   ``equivalent`` (same quantity, different writing) or ``unsupported``.

Normalisation choices (documented contract for other modules):

* ``value`` is a ``Decimal`` with the multiplier applied (万 10^4, 亿 10^8, 千 10^3, 百万, 千万) and
  trailing zeros removed (``105.2879万元`` -> ``1052879``; integral values have exponent 0).
* Percentages keep the percent number: ``12.3%`` and ``百分之十二点三`` -> value ``12.3``, unit ``%``.
* Dates: ``value`` is the calendar reading as an integer, with the granularity in ``unit``:
  ``2024年12月20日`` / ``2024-12-20`` -> ``20241220`` unit ``年月日``; ``10月16日`` -> ``1016`` unit
  ``月日``; ``2022年10月`` -> ``202210`` unit ``年月``; a lone month ``5月`` -> ``5`` unit ``月``.
  Values with the same unit compare like calendar dates. A date range (``2022年1月1日—11月28日``) is
  kind ``date`` with ``high`` (the year is inherited: ``20221128``).
* Years: a 4-digit integer 1900-2100 followed by 年 (or ``二〇二三年``) is kind ``year``; other
  ``N年`` are durations (kind ``number``, unit ``年``).
* Ranges of plain quantities (``2021—2025年``, ``3-5次``, ``1月—11月``) are kind ``range``:
  ``value`` is the low end, ``high`` the high end, both scaled.
* ``unit`` is the unit in simplified script without the multiplier (``萬元`` -> ``元``, ``個工作日`` ->
  ``个工作日``); ``raw_unit`` is what was written (spaces removed), multiplier included; for dates it
  is the date's non-numeral letters (``年月日``, ``--`` for ISO), for 百分之 it is ``百分之``.

Matching (``SourceIndex.check``): ``exact`` = same value, same base unit, same written unit (script,
width and spaces ignored), same numeral script (Arabic vs Chinese: 三项 vs 3项 is ``equivalent``)
and the same qualifier group; ``equivalent`` = same value, base unit and qualifier group but written
differently, or supported only through a derived entry (range end, date part); else ``unsupported``.

Deliberate limits (each errs toward *not* reading a number, so the checker flags nothing it
cannot read): a lone 一 is never a number (一名局领导, 一次性, 一把手 — too ambiguous with the
article "a"); Chinese numerals need a listed unit (七八个 "seven or eight" is skipped); no negative
numbers (a hyphen is a range or a code separator); 号 is not a unit (〔2022〕7号 gives a bare 7);
clock times (11:44) read as two bare numbers; a claimed 5个专业 is not supported by a source 专业5个.
"""

from __future__ import annotations

from .chinese import parse_chinese_numeral
from .finder import find_numbers
from .index import SourceIndex, check_numbers
from .model import MAX_SPANS, NumberCheck, NumberMention
from .vocab import FIXED_PHRASES, qualifier_group, written

__all__ = [
    "NumberMention",
    "NumberCheck",
    "SourceIndex",
    "find_numbers",
    "check_numbers",
    "parse_chinese_numeral",
    "qualifier_group",
    "written",
    "FIXED_PHRASES",
    "MAX_SPANS",
]
