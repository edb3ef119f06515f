"""Matching: ``SourceIndex`` indexes a source's numbers once; a claim is ``exact``, ``equivalent`` or ``unsupported``."""

from __future__ import annotations

import heapq
from decimal import Decimal
from typing import NamedTuple

from .finder import find_numbers
from .fold import _fold
from .model import MAX_SPANS, NumberCheck, NumberMention
from .patterns import _DATE_UNITS, _NOT_COUNTED_GE, _PERCENT_UNITS
from .vocab import qualifier_group


class _Entry(NamedTuple):
    span: tuple[int, int]
    raw: str  # canonical raw unit (folded, no spaces)
    form: str  # "arabic" | "chinese"
    qgroup: str | None
    derived: bool  # projection (range end, part of a date): can only support "equivalent"


def _form(text: str) -> str:
    return "arabic" if any(c in "0123456789０１２３４５６７８９" for c in text) else "chinese"


def _date_projections(value: Decimal, unit: str) -> list[tuple[Decimal, str]]:
    v = int(value)
    if unit == "年月日":
        y, md = divmod(v, 10000)
        return [(Decimal(y), "年"), (Decimal(md), "月日"), (Decimal(v // 100), "年月"),
                (Decimal(md // 100), "月")]  # fmt: skip
    if unit == "年月":
        return [(Decimal(v // 100), "年"), (Decimal(v % 100), "月")]
    if unit == "月日":
        return [(Decimal(v // 100), "月")]
    return []


class SourceIndex:
    """All numbers of one source, indexed for cheap repeated checks.

    Keys are (value, base unit) for single numbers and (low, high, base unit) for ranges; Decimal
    keys hash by numeric value, so 1052879 and 1052879.0000 meet. Every source mention also adds
    *derived* entries that can only give ``equivalent``: both ends of a range, and the year /
    month / month-day parts of a date (2022年1月1日 supports a claimed 2022年 or 1月1日).
    """

    def __init__(self, source: str, mentions: list[NumberMention] | None = None):
        """``mentions``: ``find_numbers(source)`` when the caller already has it (the pipeline does)."""
        self.source = source
        self.mentions: list[NumberMention] = find_numbers(source) if mentions is None else mentions
        self._single: dict[tuple[Decimal, str], list[_Entry]] = {}
        self._range: dict[tuple[Decimal, Decimal, str], list[_Entry]] = {}
        self._bare_single: dict[Decimal, list[_Entry]] = {}
        self._bare_range: dict[tuple[Decimal, Decimal], list[_Entry]] = {}
        for m in self.mentions:
            self._add(m)
        # one verdict per (entry list, qualifier group, unit as written, numeral form): a value claimed again is
        # answered without walking its places again, so checking stays linear in the summary and the source
        self._verdicts: dict[tuple, tuple[str, int, tuple[tuple[int, int], ...]]] = {}

    def _put_single(self, value: Decimal, unit: str, e: _Entry) -> None:
        self._single.setdefault((value, unit), []).append(e)
        if unit not in _PERCENT_UNITS and unit not in _DATE_UNITS and unit != "月":
            self._bare_single.setdefault(value, []).append(e)

    def _put_range(self, lo: Decimal, hi: Decimal, unit: str, e: _Entry) -> None:
        self._range.setdefault((lo, hi, unit), []).append(e)
        if unit not in _PERCENT_UNITS and unit not in _DATE_UNITS:
            self._bare_range.setdefault((lo, hi), []).append(e)

    def _add(self, m: NumberMention) -> None:
        span = (m.start, m.end)
        raw, form, qg = _fold(m.raw_unit), _form(m.text), qualifier_group(m.qualifier)
        entry = _Entry(span, raw, form, qg, False)
        derived = entry._replace(derived=True)
        if m.high is None:
            self._put_single(m.value, m.unit, entry)
            if m.unit.startswith("个") and m.unit not in _NOT_COUNTED_GE:
                self._put_single(m.value, "个", derived)  # 5个专业 supports a claimed 5个
            for pv, pu in _date_projections(m.value, m.unit):
                self._put_single(pv, pu, derived)
            if m.unit == "" and m.kind == "number" and 1900 <= m.value <= 2100 and _is_int(m.value):
                self._put_single(m.value, "年", derived)  # 〔2022〕 / bare 2022 is a year
            return
        self._put_range(m.value, m.high, m.unit, entry)
        self._put_single(m.value, m.unit, derived)
        self._put_single(m.high, m.unit, derived)
        if m.unit == "":
            self._put_range(m.value, m.high, "年", derived)  # (2021—2025) supports 2021—2025年
            for v in (m.value, m.high):
                self._put_single(v, "年", derived)
        lo_p, hi_p = _date_projections(m.value, m.unit), _date_projections(m.high, m.unit)
        for (lv, lu), (hv, _) in zip(lo_p, hi_p):
            self._put_single(lv, lu, derived)
            self._put_single(hv, lu, derived)
            if lv < hv:
                self._put_range(lv, hv, lu, derived)

    def check(self, mention: NumberMention) -> NumberCheck:
        """Classify one claimed mention against the source (see module docstring)."""
        if mention.high is None:
            if mention.unit:
                cands = self._single.get((mention.value, mention.unit), [])
            else:
                cands = self._bare_single.get(mention.value, [])
        elif mention.unit:
            cands = self._range.get((mention.value, mention.high, mention.unit), [])
        else:
            cands = self._bare_range.get((mention.value, mention.high), [])
        qg = qualifier_group(mention.qualifier)
        raw, form = _fold(mention.raw_unit), _form(mention.text)
        key = (id(cands), qg, raw, form)
        verdict = self._verdicts.get(key) if cands else ("unsupported", 0, ())
        if verdict is None:
            matching = [e for e in cands if e.qgroup == qg]
            exact = [e for e in matching if not e.derived and e.raw == raw and e.form == form]
            support = exact or matching
            spans = {e.span for e in support}
            verdict = (
                "exact" if exact else "equivalent" if matching else "unsupported",
                len(spans),
                tuple(heapq.nsmallest(MAX_SPANS, spans)),
            )
            self._verdicts[key] = verdict
        status, places, first = verdict
        return NumberCheck(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            value=mention.value,
            unit=mention.unit,
            status=status,
            source_spans=list(first),
            source_count=places,
        )

    def check_text(self, text: str) -> list[NumberCheck]:
        """Check every number found in ``text`` (offsets in the result index ``text``)."""
        return [self.check(m) for m in find_numbers(text)]


def _is_int(d: Decimal) -> bool:
    return d == d.to_integral_value()


def check_numbers(text: str, source: str | SourceIndex) -> list[NumberCheck]:
    """Check every number of ``text`` against ``source`` (build a ``SourceIndex`` to reuse it)."""
    index = source if isinstance(source, SourceIndex) else SourceIndex(source)
    return index.check_text(text)
