"""``find_numbers``: every number of a text, left to right, non-overlapping, with offsets into the text."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..tables import bare_figures, data_rows
from .chinese import _CN_CHARS, parse_chinese_numeral
from .dates import _scan_date
from .fold import _fold
from .model import NumberMention
from .patterns import (
    _AFTER_CN,
    _AFTER_DATE,
    _CORE_RE,
    _DIGITS_RE,
    _ENUM_BEFORE_YEAR,
    _FRACTION_RE,
    _PCT_CN_RE,
    _PERCENT_UNITS,
)
from .quantity import (
    _chinese_ok,
    _is_enumerator,
    _norm,
    _pre_qualifier,
    _Qty,
    _run_end,
    _scaled,
    _scan_qty,
    _scan_range,
)


def _strip_spaces(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _mention(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    unit: str,
    raw_value: Decimal,
    raw_unit: str,
    qual_span: tuple[int, int] | None,
    kind: str,
    high: Decimal | None = None,
) -> NumberMention:
    qualifier = text[qual_span[0] : qual_span[1]] if qual_span else None
    return NumberMention(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        unit=unit,
        raw_value=raw_value,
        raw_unit=raw_unit,
        qualifier=qualifier,
        kind=kind,
        high=high,
    )


def _raw_unit(text: str, q: _Qty, mult_span: tuple[int, int] | None = None) -> str:
    ms = mult_span if mult_span is not None else q.mult_span
    parts = []
    if ms:
        parts.append(text[ms[0] : ms[1]])
    if q.unit_span:
        parts.append(text[q.unit_span[0] : q.unit_span[1]])
    return _strip_spaces("".join(parts))


def _kind(q: _Qty, value: Decimal, qual: bool) -> str:
    if q.unit in _PERCENT_UNITS - {"个百分点", "百分点"}:
        return "percent"
    integral = value == value.to_integral_value()
    if q.unit == "年" and not q.mult and not qual and integral and 1900 <= value <= 2100:
        if q.chinese or len(q.num) == 4:
            return "year"
    if q.unit == "月" and not q.mult and not qual and integral and 1 <= value <= 12:
        return "date"
    return "number"


def _pct_number(num: str) -> Decimal | None:
    """The number after 百分之: Arabic (百分之12.3) or Chinese (百分之十二点三, 百分之百)."""
    if num[0] in "0123456789":
        return Decimal(num.replace(",", "").replace("，", ""))
    parsed = parse_chinese_numeral(num)
    return None if parsed is None else Decimal(parsed)


def find_numbers(text: str) -> list[NumberMention]:
    """All numbers in ``text``, left to right, non-overlapping, with offsets into ``text``."""
    t = _fold(text)
    out: list[NumberMention] = []
    pos = 0
    n = len(t)
    while pos < n:
        cm = _CORE_RE.search(t, pos)
        if cm is None:
            break
        s = cm.start()
        if t.startswith("百分之", s):
            m = _PCT_CN_RE.match(t, s)
            raw = _pct_number(m["num"]) if m is not None else None
            if m is not None and raw is not None:
                pre = _pre_qualifier(t, s)
                qs = pre or (m.span("post") if m["post"] else None)
                start = pre[0] if pre else s
                out.append(_mention(text, start, m.end(), _norm(raw), "%", raw, "百分之", qs, "percent"))
                pos = m.end()
            else:
                pos = s + 3
            continue

        if s and t[s - 1] in "几数" and t[s] in "十百千万亿":
            pos = _run_end(t, s)  # 几十亿元, 数十家: tens of them, no count of ten (read as 十亿元, it was a tenth)
            continue
        if fraction := _FRACTION_RE.match(t, s):
            # 四分之一世纪, 三分之二: a share in words, no count of 分 (points) nor a figure we check
            pos = fraction.end()
            continue
        run_end = _run_end(t, s)
        dm = _DIGITS_RE.match(t, s)  # for Arabic, look after the digits (2022.12.02 is a date)
        head_end = dm.end() if dm is not None else run_end
        nxt = t[head_end] if head_end < n else ""
        if nxt in " \u3000" and head_end + 1 < n:
            nxt = t[head_end + 1]
        if t[s] not in "0123456789" and nxt not in _AFTER_CN:
            pos = run_end  # a Chinese numeral with no unit after it: a word (统一, 二十大)
            continue
        date = _scan_date(t, s) if nxt in _AFTER_DATE else None
        if date is not None:
            end, value, unit, high = date
            raw_unit = _strip_spaces(re.sub(f"[0-9{_CN_CHARS}]", "", text[s:end]))
            out.append(_mention(text, s, end, value, unit, value, raw_unit, None, "date", high))
            pos = end
            continue

        em = _ENUM_BEFORE_YEAR.match(t, s)
        if em is not None and not t[t.rfind("\n", 0, s) + 1 : s].strip(" \t\u3000"):
            pos = em.end()  # 4.2024年工作思路: an enumerator, then a year — not the decimal 4.2024
            continue
        if t[s] == "0" and s >= 2 and t[s - 1] in " \u3000" and t[s - 2].isdigit() and dm and dm.end() > s + 1:
            # (a number begun by a zero a space after another's digits, 30 00 万: the tail of a figure a converter
            # split, never a quantity of its own, or it is read as 0 万 and found in the text as it stands)
            pos = dm.end()
            continue
        q = _scan_qty(t, s)
        if q is None:
            pos = run_end
            continue
        # quantity range: 3-5次, 2021—2025年, 1月—11月, 3万-5万元
        rng = _scan_range(t, q)
        if rng is not None:
            q2, mult = rng
            ok = not q.chinese or _chinese_ok(t, q._replace(unit=q2.unit, end=q2.end), True)
            if ok and (not q2.chinese or _chinese_ok(t, q2, False)):
                pre = _pre_qualifier(t, s)
                start = pre[0] if pre else s
                qs = pre or q2.qual_span
                unit = q2.unit
                out.append(
                    _mention(
                        text,
                        start,
                        q2.end,
                        _scaled(q, mult),
                        unit,
                        q.raw,
                        _raw_unit(text, q2),
                        qs,
                        "range",
                        _scaled(q2),
                    )  # fmt: skip
                )
                pos = q2.end
                continue
        pre = _pre_qualifier(t, s)
        has_qual = pre is not None or q.qual_span is not None
        if q.chinese and not _chinese_ok(t, q, False, pre is not None):
            pos = run_end
            continue
        if not q.chinese and pre is None and _is_enumerator(t, q):
            pos = q.end
            continue
        value = _scaled(q)
        start = pre[0] if pre else s
        qs = pre or q.qual_span
        out.append(
            _mention(
                text,
                start,
                q.end,
                value,
                q.unit,
                q.raw,
                _raw_unit(text, q),
                qs,
                _kind(q, value, has_qual),
            )  # fmt: skip
        )
        pos = max(q.end, s + 1)
    out = _share_points(text, out)
    return _table_units(text, out) if "\t" in text else out


# the figures of a list whose unit, percentage points, only the last one writes (分别提高15、22个百分点; 高于全国12.7个、
# 12个百分点): each figure before it is in that unit too, not a bare number nor a count of 个
_POINTS = ("个百分点", "百分点")


def _share_points(text: str, out: list[NumberMention]) -> list[NumberMention]:
    for k in range(len(out) - 2, -1, -1):
        first, then = out[k], out[k + 1]
        if (
            then.raw_unit in _POINTS
            and first.raw_unit in ("", "个")
            and first.kind == "number"
            and first.qualifier is None
            and re.fullmatch(r"[、和及与]", text[first.end : then.start])
        ):
            # (12.7个: its 个 is the measure word of the points, kept in its text)
            out[k] = replace(first, unit=then.unit, raw_unit=then.raw_unit, kind=then.kind)
    return out


def _table_units(text: str, out: list[NumberMention]) -> list[NumberMention]:
    """A table cell's bare figure in the unit its row, its column or the table names (受理复议案件（件） | 120: 120件),
    its offsets still the figure's own (summarizer.tables reads the table)."""
    at = {m.start: i for i, m in enumerate(out)}
    for row in data_rows(text):
        for cell, _, unit in bare_figures(row):
            i = at.get(cell.start)
            if not unit or i is None or out[i].end != cell.end or out[i].unit or out[i].kind != "number":
                continue
            read = find_numbers(cell.text.replace(",", "") + unit)
            if len(read) != 1 or not read[0].unit or read[0].kind != "number":
                continue  # (a unit the finder does not know as one: the figure stays bare)
            out[i] = replace(out[i], value=read[0].value, unit=read[0].unit, raw_unit=read[0].raw_unit)
    return out
