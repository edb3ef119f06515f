"""Numbers: roundings that say so (约58% ← 58.4%), and notes naming the report figure an unsupported number most
likely came from."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Optional

from ..numbers import NumberMention, qualifier_group
from .model import Span
from .quotes import _Report

_ONE = Decimal(1)
_ROUND_TOLERANCE = Decimal("0.05")  # a rounding keeps within 5% of the report's figure


def _quantum(m: NumberMention) -> Optional[Decimal]:
    """The precision the summary wrote ``m`` at, in normalised units (约1200万 → 1000000; 58.4% → 0.1)."""
    raw = m.raw_value
    if not raw:
        return None
    _, digits, exp = raw.as_tuple()
    if not isinstance(exp, int):
        return None
    if exp >= 0:
        zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
        exp += zeros
    return Decimal(10) ** exp * (m.value / raw)


def _rounded(m: NumberMention, report: _Report) -> Optional[tuple[NumberMention, str]]:
    """The report figure ``m`` honestly rounds (约58% ← 58.4%), given a word that says so; with the note.

    Only the approximate words (约, 近, 左右…) license a rounding, and only of a figure the report states without
    a qualifier. Bounds (5000余人次 for 5213人次) are not derived: a claim of 40余条 would then pass on any 4x条 of
    the report, also when it is the report's 50余条 with a digit changed.
    """
    if qualifier_group(m.qualifier) != "approximate" or m.high is not None:
        return None
    if m.kind not in ("number", "percent") or not m.unit:
        return None
    q = _quantum(m)
    if not q:
        return None
    x = m.value
    for r in report.index.mentions:
        if r.high is not None or r.unit != m.unit or r.kind not in ("number", "percent") or r.qualifier:
            continue
        y = r.value
        if abs(x - y) <= _ROUND_TOLERANCE * abs(y) and any(
            (y / q).quantize(_ONE, rounding=mode) * q == x for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN)
        ):
            return r, f"rounded from the report's {report.shown(r)}"
    return None


def _digits(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _significant(d: Decimal) -> str:
    """The digits without the decimal point and the zeros that only say the magnitude (28900 → 289)."""
    return _digits(d).replace(".", "").strip("0")


def _near_miss(a: str, b: str) -> bool:
    """One digit changed, or two neighbouring digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _hint(m: NumberMention, report: _Report) -> Optional[str]:
    """What the report says instead, when it is clear which figure an unsupported number came from."""
    plain = [r for r in report.index.mentions if r.high is None and r.kind in ("number", "percent")]
    same_unit = [r for r in plain if r.unit == m.unit]
    for r in same_unit:  # the same digits at another magnitude: 2.89元 or 2890元 for 2.89万元
        if _significant(r.value) == _significant(m.value) and r.value != m.value:
            return f"the report writes {report.shown(r)}: another magnitude"
    mv = _digits(m.value)
    for r in same_unit:
        if _near_miss(mv, _digits(r.value)):
            return f"the report has {report.shown(r)}: a digit differs"
    for r in same_unit:
        if r.value and abs(r.value - m.value) <= _ROUND_TOLERANCE * abs(r.value) and r.value != m.value:
            advice = "; a rounded figure must say so (约…)" if qualifier_group(m.qualifier) is None else ""
            return f"the report has {report.shown(r)}{advice}"
    by_value: dict[Decimal, NumberMention] = {}
    for r in same_unit:
        if qualifier_group(r.qualifier) is None:
            by_value.setdefault(r.value, r)
    for r in same_unit:
        other = by_value.get(m.value - r.value)
        if other is not None and other is not r and other.start != r.start and qualifier_group(r.qualifier) is None:
            return f"not in the report; it is the sum of {report.shown(r)} and {report.shown(other)}"
    return None


def _context(text: str, start: int, end: int, width: int = 14) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    out = text[a:b].replace("\n", " ")
    return ("…" if a > 0 else "") + out + ("…" if b < len(text) else "")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end], context=_context(text, start, end))
