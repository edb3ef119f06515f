"""Chinese numerals: 一千二百三十四, 二〇二三, 十二点三 -> int or Decimal."""

from __future__ import annotations

from decimal import Decimal

from .fold import _fold

_CN_DIGIT: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
}  # fmt: skip
_CN_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG: dict[str, int] = {"万": 10**4, "亿": 10**8}
_CN_CHARS = "".join(_CN_DIGIT) + "".join(_CN_SMALL) + "".join(_CN_BIG)
_CN_PLAIN_DIGITS = "零〇一二三四五六七八九"


def _parse_cn_int(s: str) -> int | None:
    """Positional (两千零二十八) or digit-by-digit (二〇二三) integer; None if malformed."""
    if not s:
        return None
    if all(c in _CN_DIGIT for c in s):
        if len(s) == 1:
            return _CN_DIGIT[s]
        if "两" in s:  # 两 is never a digit in a digit-by-digit reading
            return None
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    total = 0
    section = 0
    pending: int | None = None
    zero = False
    last_small = 10**9
    last_big = 10**13
    for ch in s:
        if ch in _CN_DIGIT:
            if pending is not None:  # two digits in a row (七八个, 十四五): not one number
                return None
            d = _CN_DIGIT[ch]
            if d == 0:
                zero = True
            else:
                pending = d
        elif ch in _CN_SMALL:
            u = _CN_SMALL[ch]
            if u >= last_small:
                return None
            if pending is None:
                if u == 10 or (section == 0 and total == 0):  # 十二, 一百零十; 百分之百, 千余人
                    pending = 1
                else:
                    return None
            section += pending * u
            pending, zero, last_small = None, False, u
        else:  # 万 / 亿
            big = _CN_BIG[ch]
            if pending is not None:
                section += pending
                pending = None
            if section == 0 or big >= last_big:
                return None
            total += section * big
            section, zero, last_small, last_big = 0, False, 10**9, big
    if pending is not None:
        if not zero and last_small in (100, 1000) and section:  # 一百二 = 120, 两千五 = 2500
            section += pending * last_small // 10
        elif not zero and section == 0 and total and last_big < 10**13:  # 一万二 = 12000
            section += pending * last_big // 10
        else:
            section += pending
    return total + section


def parse_chinese_numeral(s: str) -> int | Decimal | None:
    """Convert an isolated Chinese numeral span; ``None`` when it is not a well-formed numeral.

    ``两千零二十八`` -> 2028, ``二〇二三`` -> 2023 (digit by digit), ``十二点三`` -> Decimal('12.3'),
    ``百`` -> 100 (as in 百分之百). Traditional (萬, 兩, 點) and financial (壹, 貳) forms are accepted.
    Only ever call it on a numeral span: running a converter over running text turns 进一步 into
    进1步, which is exactly the class of error this module exists to avoid.
    """
    s = _fold(s.strip())
    if not s or any(c not in _CN_CHARS and c != "点" for c in s):
        return None
    if "点" in s:
        ip, _, fp = s.partition("点")
        if not ip or not fp or any(c not in _CN_PLAIN_DIGITS for c in fp):
            return None
        iv = _parse_cn_int(ip)
        if iv is None:
            return None
        return Decimal(f"{iv}.{''.join(str(_CN_DIGIT[c]) for c in fp)}")
    return _parse_cn_int(s)
