"""Scanning one quantity: numeral, multiplier, unit, qualifiers, ranges, and the rules that reject a numeral."""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation
from typing import NamedTuple

from .chinese import _CN_BIG, _CN_CHARS, _CN_PLAIN_DIGITS, parse_chinese_numeral
from .patterns import (
    _AR_QTY_RE,
    _CN_QTY_RE,
    _ENUM_CLOSE,
    _ONE,
    _PRE_QUAL_MAXLEN,
    _PRE_QUAL_RE,
    _QUOTE_PAIRS,
    _SEP_RE,
    _STOP_MAXLEN,
    _STOP_RE,
)
from .vocab import _MULTIPLIERS, _PRE_EXCLUDE

# the marks a numeral's thousands are grouped by (1,860 / 6 100亿): none of its digits
_GROUP_MARKS = str.maketrans("", "", ",， \u2009\u202f")

# Exact arithmetic for anything a report can hold (the default 28 digits would round long codes).
_CTX = Context(prec=80)


def _norm(d: Decimal) -> Decimal:
    """Canonical Decimal: trailing zeros dropped, integral values without exponent (1E+6 -> 1000000)."""
    d = d.normalize(_CTX)
    if d == d.to_integral_value():
        try:
            return d.quantize(_ONE, context=_CTX)
        except InvalidOperation:  # digit runs longer than 80: keep the normalised form
            return d
    return d


class _Qty(NamedTuple):
    start: int
    end: int
    num: str  # folded numeral text (no commas)
    raw: Decimal
    chinese: bool
    mult: str
    mult_span: tuple[int, int] | None
    unit: str  # folded unit, "" if none
    unit_span: tuple[int, int] | None
    qual_span: tuple[int, int] | None


def _scan_qty(t: str, s: int) -> _Qty | None:
    """Read one quantity (numeral, optional 余/多, multiplier, unit, 以上/左右 ...) starting at s."""
    chinese = t[s] not in "0123456789"
    m = (_CN_QTY_RE if chinese else _AR_QTY_RE).match(t, s)
    if m is None:
        return None
    num = m.group("num")
    mult = m.group("mult") or ""
    mult_span = m.span("mult") if mult else None
    if chinese:
        if "点" not in num and len(num) > 1 and num[-1] in _CN_BIG and not mult:
            mult, mult_span = num[-1], (m.end("num") - 1, m.end("num"))  # 三万元 -> 3 万元
            num = num[:-1]
        parsed = parse_chinese_numeral(num)
        if parsed is None:
            return None
        raw = Decimal(parsed)
    else:
        num = num.translate(_GROUP_MARKS)
        raw = Decimal(num)
        if (mult2 := m.group("mult2")) and _MULTIPLIERS[mult2] > _MULTIPLIERS[mult]:
            # 4万多亿元: forty thousand and more 亿, as 一万多亿元 reads (the first magnitude scales the numeral)
            raw, mult, mult_span = _norm(_CTX.multiply(raw, Decimal(_MULTIPLIERS[mult]))), mult2, m.span("mult2")
            num = str(raw)
    unit = m.group("unit") or ""
    unit_span = m.span("unit") if unit else None
    end = m.end("num")
    qual_span: tuple[int, int] | None = None
    mid = "mid2" if m.group("mid2") else "mid1" if m.group("mid1") else None
    if mult or unit:
        if mid:
            qual_span = m.span(mid)
        end = m.end("unit") if unit else mult_span[1] if mult_span else m.end("mult")
        if m.group("post"):
            if qual_span is None:
                qual_span = m.span("post")
            end = m.end("post")
    return _Qty(s, end, num, raw, chinese, mult, mult_span, unit, unit_span, qual_span)


def _scaled(q: _Qty, mult: str | None = None) -> Decimal:
    k = mult if mult is not None else q.mult
    return _norm(_CTX.multiply(q.raw, Decimal(_MULTIPLIERS[k]))) if k else _norm(q.raw)


def _run_end(t: str, s: int) -> int:
    """End of the numeral run at s, so a rejected run is skipped whole (第二十次 must not yield 十次)."""
    chars = "0123456789.,，" if t[s] in "0123456789" else _CN_CHARS + "点"
    e = s + 1
    n = len(t)
    while e < n and t[e] in chars:
        e += 1
    return e


def _chinese_ok(t: str, q: _Qty, unit_optional: bool, pre_qualified: bool = False) -> bool:
    """Structural rules that separate a Chinese-numeral *count* from names, ordinals and idioms."""
    s = q.start
    if s > 0 and t[s - 1] == "第":  # ordinal: 第一责任人, 第二十次全国代表大会
        return False
    if q.num == "一":  # lone 一 is the article "a/one": 一把手, 一名局领导, 一次性, 进一步
        return False
    if q.num in ("百", "千") and not (q.qual_span or pre_qualified):
        # 百年, 千家万户 are idioms; 百余家, 千余人, 逾百人 are counts
        return False
    digitwise = len(q.num) > 1 and all(c in _CN_PLAIN_DIGITS for c in q.num)
    if digitwise and not (len(q.num) == 4 and q.unit == "年" and not q.mult):
        return False  # 八五 / 一二 are names; digit-by-digit numerals are only read as years
    if not unit_optional and not q.unit:
        return False  # a Chinese numeral without a measure word is not a quantity (二十大, 十四五)
    if s > 0 and t[s - 1] in _QUOTE_PAIRS:  # “两个维护”, “三项制度”: short quoted slogans
        close = t.find(_QUOTE_PAIRS[t[s - 1]], s, s + 10)
        if close != -1:
            return False
    for sm in _STOP_RE.finditer(t, max(0, s - _STOP_MAXLEN), min(len(t), q.end + _STOP_MAXLEN)):
        if sm.start() < q.end and sm.end() > s:
            return False
    return True


def _is_enumerator(t: str, q: _Qty) -> bool:
    """Heading/list enumerators (1. / (1) / 2) / 6强化 at line start) are structure, not claims."""
    if q.unit or q.mult or "." in q.num or len(q.num) > 2:
        return False
    s, e = q.start, q.end
    line_start = t.rfind("\n", 0, s) + 1
    prefix = t[line_start:s].strip(" \t\u3000")
    nxt = t[e] if e < len(t) else ""
    at_line_start = prefix in ("", "(", "（", "-", "*", "#")
    if at_line_start and nxt and (nxt in _ENUM_CLOSE or "\u4e00" <= nxt <= "\u9fff"):
        return True
    return s > 0 and t[s - 1] in "(（" and e < len(t) and t[e] in ")）"


def _pre_qualifier(t: str, s: int) -> tuple[int, int] | None:
    m = _PRE_QUAL_RE.search(t, max(0, s - _PRE_QUAL_MAXLEN), s)
    if m is None:
        return None
    word = m.group()
    if len(word) == 1 and m.start() > 0 and t[m.start() - 1] in _PRE_EXCLUDE.get(word, ""):
        return None
    return m.span()


def _scan_range(t: str, q: _Qty) -> tuple[_Qty, str] | None:
    """A second quantity after a range separator; returns (high quantity, shared multiplier)."""
    if q.qual_span is not None:
        return None
    sep = _SEP_RE.match(t, q.end)
    if sep is None or sep.end() >= len(t):
        return None
    p = sep.end()
    if t[p] not in "0123456789" and t[p] not in _CN_CHARS:
        return None
    if (t[p] in "0123456789") == q.chinese:  # do not pair 3-五
        return None
    q2 = _scan_qty(t, p)
    if q2 is None or q2.qual_span is not None and t[q2.qual_span[0]] in "余多":
        return None
    if q2.unit:
        if q.unit and q.unit != q2.unit:
            return None
        if q.mult and q.mult != q2.mult:
            return None
        if q.unit and not q.mult and q2.mult:  # 3元-5万元: ambiguous, not a range
            return None
        mult = q2.mult if not q.unit and not q.mult else q.mult
    else:
        # unitless: only year spans like (2021—2025)
        if q.chinese or q.mult or q2.mult or q.unit:
            return None
        if not (len(q.num) == 4 and len(q2.num) == 4 and q.num.isdigit() and q2.num.isdigit()):
            return None
        if not (1900 <= int(q.num) <= 2100 and 1900 <= int(q2.num) <= 2100):
            return None
        mult = ""
    if not _scaled(q, mult) < _scaled(q2):
        return None
    return q2, mult
