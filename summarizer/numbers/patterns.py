"""The regexes and sets the scanner uses, compiled once at import."""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazyre import lazy
from .chinese import _CN_CHARS, _CN_PLAIN_DIGITS
from .vocab import _MULTIPLIERS, _POST_QUALIFIERS, _PRE_QUALIFIERS, _STOP_PHRASES, _UNIT_GUARDS, _UNITS


def _alt(words: tuple[str, ...] | list[str], guards: dict[str, str] | None = None) -> str:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        g = (guards or {}).get(w)
        parts.append(re.escape(w) + (f"(?![{g}])" if g else ""))
    return "(?:" + "|".join(parts) + ")"


# (…thousands grouped by a comma, or by a space before a magnitude: 6 100亿立方米, as a typeset page groups them)
_AR = (
    r"(?:[0-9]{1,3}(?:[,，][0-9]{3}(?![0-9]))+|[0-9]{1,3}(?:[ \u2009\u202f][0-9]{3})+(?=[ \u2009\u202f]?[万亿])|[0-9]+)"
    r"(?:\.[0-9]+)?"
)
_CN = f"[{_CN_CHARS}]+(?:点[{_CN_PLAIN_DIGITS}]+)?"
_SP = "[ \u3000\u00a0]"
_UNIT = _alt(_UNITS, _UNIT_GUARDS)
# the magnitudes the scaler knows, longest first (74.4万亿元 is 74.4 trillion yuan, never 74.4万); 千 before 克/米/瓦
# is a unit's first character (千克, 千米, 千瓦)
_MULT = _alt(tuple(_MULTIPLIERS), {"千": "克米瓦"})
_POST = _alt(_POST_QUALIFIERS)

_CORE_RE = re.compile(f"[0-9{_CN_CHARS}]")
# Cheap pre-filters: what may follow a numeral run for a date / a Chinese-numeral quantity to exist.
_UNIT_FIRST = frozenset(u[0] for u in _UNITS)
_AFTER_CN = _UNIT_FIRST | frozenset("余多万亿—–―-~至到 \u3000")
_AFTER_DATE = frozenset("年月-/.")
_DIGITS_RE = re.compile("[0-9]+")
_AR_QTY_RE = re.compile(
    # (a qualifier between two magnitudes, 4万多亿元 / 3千多万元, leaves the second for the unit: 40000多亿元)
    # (…and a converter's space before 万 or 亿 is no end of the figure: 74.4 万亿元, 1860 万元, nor before the
    # qualifier of a magnitude or a unit: 550 多万公里)
    rf"(?P<num>{_AR})(?:{_SP}{{1,2}}(?=[余多](?:万|亿|{_UNIT})))?(?P<mid1>[余多])?(?:(?:{_SP}{{1,2}}(?=万|亿))?(?P<mult>{_MULT})(?P<mid2>[余多])?"
    rf"(?P<mult2>(?<=[余多])(?:万|亿))?)?"
    rf"(?:{_SP}{{0,2}}(?P<unit>{_UNIT}))?(?P<post>{_POST})?"
)
_CN_QTY_RE = lazy(
    rf"(?P<num>{_CN})(?P<mid1>[余多])?(?:(?P<mult>万|亿)(?P<mid2>[余多])?)?"
    rf"(?:{_SP}?(?P<unit>{_UNIT}))?(?P<post>{_POST})?"
)
_PCT_CN_RE = lazy(rf"百分之(?P<num>{_AR}|{_CN})(?P<post>{_POST})?")
# a fraction in words (三分之一, 四分之三, 10分之1): its denominator is no count of 分
_FRACTION_RE = lazy(rf"(?:{_AR}|{_CN})分之(?:{_AR}|{_CN})")
_SEP_RE = re.compile(rf"{_SP}*(?:——|—|–|―|-|~|至|到){_SP}*")

_Y = f"[0-9]{{4}}|[{_CN_PLAIN_DIGITS}]{{4}}"
_M = "[0-9]{1,2}|十[一二]?|[一二三四五六七八九]"
_D = "[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_S0 = f"{_SP}?"
_DATE_YMD_RE = re.compile(rf"(?P<y>{_Y}){_S0}年{_S0}(?P<m>{_M}){_S0}月(?:{_S0}(?P<d>{_D}){_S0}[日号])?")
_DATE_MD_RE = re.compile(rf"(?P<m>{_M}){_S0}月{_S0}(?P<d>{_D}){_S0}[日号]")
_DATE_ISO_RE = re.compile(r"(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9.])")
_TAIL_M_RE = lazy(rf"(?P<m>{_M}){_S0}月(?![0-9{_CN_PLAIN_DIGITS}十]{{1,2}}[日号])")
_TAIL_D_RE = lazy(rf"(?P<d>{_D}){_S0}[日号]")

_PRE_QUAL_RE = re.compile(_alt(_PRE_QUALIFIERS) + "$")
_PRE_QUAL_MAXLEN = max(map(len, _PRE_QUALIFIERS))
_STOP_RE = lazy(_alt(_STOP_PHRASES))
_STOP_MAXLEN = max(map(len, _STOP_PHRASES))
_QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
_ENUM_CLOSE = ".、)）．"
_ENUM_BEFORE_YEAR = re.compile(r"\d{1,2}\s*[.．、]\s*(?=(?:19|20)\d{2}\s*年)")

_ONE = Decimal(1)
_PERCENT_UNITS = frozenset({"%", "‰", "个百分点", "百分点"})
_DATE_UNITS = frozenset({"年月日", "年月", "月日"})
# 个-compounds that are units of their own, not "个 + counted noun".
_NOT_COUNTED_GE = frozenset({"个", "个工作日", "个自然日", "个小时", "个月", "个季度", "个星期", "个百分点"})
