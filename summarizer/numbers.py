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

import heapq
import re
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from typing import NamedTuple

__all__ = [
    "NumberMention",
    "NumberCheck",
    "SourceIndex",
    "find_numbers",
    "check_numbers",
    "parse_chinese_numeral",
    "qualifier_group",
]

# ---------------------------------------------------------------------------------------------
# Public data types
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMention:
    """One number as written in a text; ``text == searched_text[start:end]`` always holds."""

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    raw_value: Decimal
    raw_unit: str
    qualifier: str | None
    kind: str  # "number" | "percent" | "date" | "range" | "year"
    high: Decimal | None = None


@dataclass(frozen=True)
class NumberCheck:
    """The verdict on one claimed number: ``exact`` | ``equivalent`` | ``unsupported``."""

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    status: str
    source_spans: list[tuple[int, int]] = field(default_factory=list)  # the first MAX_SPANS places, in text order
    source_count: int = 0  # how many places of the source support the claim


#: places of the source a number check lists (the count says how many there are). Listing all of them made
#: verification superlinear and a 1M-character source's summary 26× its size: 「1」 stands in thousands of places.
MAX_SPANS = 3


# ---------------------------------------------------------------------------------------------
# Character folding (one-to-one, so offsets survive)
# ---------------------------------------------------------------------------------------------

# Traditional -> simplified, only for characters that occur in units, qualifiers, numerals and the
# fixed phrases below. A full converter is neither needed nor safe here (OpenCC converts phrases,
# which may change lengths); a one-to-one table keeps offsets valid by construction.
_TRAD = (
    "萬億兩個項間條場臺戶車學時點餘約過於屆歲輛張處棟週門統體對網辦崗雙責開隨機進議題規劃會識護"
    "維專單級類種輪組隊節課冊畝噸鐘號鄉鎮區縣領業貳陸將內確計則頁層筆長務價"
)
_SIMP = (
    "万亿两个项间条场台户车学时点余约过于届岁辆张处栋周门统体对网办岗双责开随机进议题规划会识护"
    "维专单级类种轮组队节课册亩吨钟号乡镇区县领业贰陆将内确计则页层笔长务价"
)
_FULL = "０１２３４５６７８９％．－～○"
_HALF = "0123456789%.-~〇"
assert len(_TRAD) == len(_SIMP) and len(_FULL) == len(_HALF)
_FOLD_MAP = dict(zip(_TRAD + _FULL, _SIMP + _HALF))
_FOLD_RE = re.compile("[" + re.escape(_TRAD + _FULL) + "]")


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_MAP[m.group()]


def _fold(s: str) -> str:
    """One-to-one fold (a regex sub: ~8x faster than str.translate on mostly unmapped text)."""
    return _FOLD_RE.sub(_fold_char, s)


# ---------------------------------------------------------------------------------------------
# Chinese numerals
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Vocabulary: units, multipliers, qualifiers, fixed phrases
# ---------------------------------------------------------------------------------------------

# Measure words / units accepted after a number (simplified; the text is folded first). Longer
# units are tried first, so 个工作日 wins over 个 and 人次 over 人. 个 + noun compounds are listed
# explicitly: an open "个 + anything" rule would read 四个意识 as a count.
_UNITS: tuple[str, ...] = (
    # time and calendar
    "个工作日", "工作日", "个自然日", "自然日", "个小时", "小时", "个月", "个季度", "个星期",
    "分钟", "周岁", "年", "月", "日", "天", "周", "岁",
    # ratios
    "%", "‰", "个百分点", "百分点", "倍",
    # money
    "元",
    # counts
    "件次", "件", "人次", "人", "名", "位", "次", "家次", "家", "宗", "间次", "间", "条", "篇",
    "大项", "项", "份", "起", "户次", "户", "车次", "辆", "学分", "学时", "课时", "期", "台次",
    "台", "场次", "场", "例", "批次", "批", "个", "所", "座", "张", "册", "套", "处", "栋", "床",
    "支", "队", "组", "类", "种", "轮", "节", "笔", "页", "层", "分", "卷", "宗卷", "人员",
    # 个 + noun
    "个专业", "个部门", "个单位", "个科室", "个乡镇", "个街道", "个社区", "个村", "个县", "个区",
    "个领域", "个行业", "个批次", "个专班", "个工作组",
    # physical measures
    "平方米", "立方米", "公里", "千米", "米", "公斤", "千克", "吨", "亩",
)  # fmt: skip

# A unit character followed by these letters starts a different word (6分别, 3所有, 十一期间).
_UNIT_GUARDS: dict[str, str] = {
    "分": "别析类局管级布工院站担散",
    "所": "有属在以谓",
    "名": "单称录义额",
    "期": "间限末望待",
    "家": "庭属长",
    "位": "于置列",
    "场": "所景地",
    "人": "民",
    "台": "账",
    "年": "轻",
    "日": "常",
    "户": "籍口",
    "元": "素旦",
    "组": "织建成",
    "支": "持付部",
    "节": "日点约",
    "类": "似型别",
    "种": "类植",
    "层": "级面次",
    "队": "伍员",
    "周": "边期",
    "起": "草",
}

_MULTIPLIERS: dict[str, int] = {"百万": 10**6, "千万": 10**7, "万": 10**4, "亿": 10**8, "千": 10**3}

# Qualifier groups: a claim must keep the source's group. Dropping 近 overstates precision; adding
# 余 invents one. Within a group the wording may change (近 -> 约).
_QUALIFIER_GROUPS: dict[str, str] = {
    **dict.fromkeys(["近", "约", "大约", "约为", "接近", "将近", "左右", "大概"], "approximate"),
    **dict.fromkeys(["余", "多", "以上", "超过", "逾", "超", "多于", "高于"], "more_than"),
    **dict.fromkeys(["不少于", "至少", "不低于"], "at_least"),
    **dict.fromkeys(["不足", "不到", "以下", "少于", "低于"], "less_than"),
    **dict.fromkeys(["不超过", "最多", "以内", "不高于"], "at_most"),
}
_PRE_QUALIFIERS = ("不少于", "不低于", "不超过", "不高于", "多于", "少于", "低于", "高于", "超过",
                   "大约", "约为", "接近", "将近", "大概", "至少", "最多", "不足", "不到",
                   "近", "约", "逾", "超")  # fmt: skip
_POST_QUALIFIERS = ("以上", "以下", "左右", "以内")
# A one-letter qualifier preceded by these letters is part of a word: 最近/附近/就近, 节约/制约, 赶超.
_PRE_EXCLUDE: dict[str, str] = {
    "近": "最附就邻远亲靠贴",
    "约": "节制签合预契公条简履违守邀相",
    "超": "赶高追",
}


def qualifier_group(qualifier: str | None) -> str | None:
    """The comparison group of a qualifier as written (traditional accepted); None for none."""
    if qualifier is None:
        return None
    return _QUALIFIER_GROUPS.get(_fold(qualifier), "other:" + _fold(qualifier))


# Fixed phrases in which a Chinese numeral + measure word is a name, slogan or idiom, not a count.
# Most idioms never reach this list because of the structural rules in ``_chinese_ok`` (a lone 一
# is an article: 一把手, 一件事, 进一步, 统一; a numeral must be followed by a unit: 二十大, 十四五,
# 三重一大; 第 + numeral is an ordinal: 第一责任人, 第二十次). The list holds the ones that *do*
# look like numeral + measure word: 三项制度 (the three enforcement systems), 四个意识, 三位一体 ...
_STOP_PHRASES: tuple[str, ...] = (
    "三项制度", "四个意识", "四个自信", "四个全面", "两个维护", "两个确立", "三个代表",
    "两个一百年", "四个最严", "两个责任", "三位一体", "四位一体", "五位一体", "四项基本原则",
    "八项规定", "三支一扶", "十分", "五年规划", "五年计划", "百日", "千家万户", "三统一",
    "三重一大", "二十大", "二十届", "十九大", "十九届", "十八大", "十八届", "八五", "七五",
    "十三五", "十四五", "十五五", "一中全会", "二中全会", "三中全会", "四中全会", "五中全会",
    "六中全会", "七中全会", "进一步", "统一", "唯一", "一体化", "一门式", "一对一", "一网通办",
    "一件事", "一次办", "一岗双责", "一把手", "一公开",
)  # fmt: skip
#: the fixed phrases above, for callers that say which numerals they left alone (summarizer.check)
FIXED_PHRASES = _STOP_PHRASES

# ---------------------------------------------------------------------------------------------
# Regexes (compiled once at import)
# ---------------------------------------------------------------------------------------------


def _alt(words: tuple[str, ...] | list[str], guards: dict[str, str] | None = None) -> str:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        g = (guards or {}).get(w)
        parts.append(re.escape(w) + (f"(?![{g}])" if g else ""))
    return "(?:" + "|".join(parts) + ")"


_AR = r"(?:[0-9]{1,3}(?:[,，][0-9]{3}(?![0-9]))+|[0-9]+)(?:\.[0-9]+)?"
_CN = f"[{_CN_CHARS}]+(?:点[{_CN_PLAIN_DIGITS}]+)?"
_SP = "[ \u3000\u00a0]"
_UNIT = _alt(_UNITS, _UNIT_GUARDS)
_MULT = r"(?:百万|千万|万|亿|千(?![克米瓦]))"
_POST = _alt(_POST_QUALIFIERS)

_CORE_RE = re.compile(f"[0-9{_CN_CHARS}]")
# Cheap pre-filters: what may follow a numeral run for a date / a Chinese-numeral quantity to exist.
_UNIT_FIRST = frozenset(u[0] for u in _UNITS)
_AFTER_CN = _UNIT_FIRST | frozenset("余多万亿—–―-~至到 \u3000")
_AFTER_DATE = frozenset("年月-/.")
_DIGITS_RE = re.compile("[0-9]+")
_AR_QTY_RE = re.compile(
    rf"(?P<num>{_AR})(?P<mid1>[余多])?(?:(?P<mult>{_MULT})(?P<mid2>[余多])?)?"
    rf"(?:{_SP}{{0,2}}(?P<unit>{_UNIT}))?(?P<post>{_POST})?"
)
_CN_QTY_RE = re.compile(
    rf"(?P<num>{_CN})(?P<mid1>[余多])?(?:(?P<mult>万|亿)(?P<mid2>[余多])?)?"
    rf"(?:{_SP}?(?P<unit>{_UNIT}))?(?P<post>{_POST})?"
)
_PCT_CN_RE = re.compile(rf"百分之(?P<num>{_AR}|{_CN})(?P<post>{_POST})?")
_SEP_RE = re.compile(rf"{_SP}*(?:——|—|–|―|-|~|至|到){_SP}*")

_Y = f"[0-9]{{4}}|[{_CN_PLAIN_DIGITS}]{{4}}"
_M = "[0-9]{1,2}|十[一二]?|[一二三四五六七八九]"
_D = "[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_S0 = f"{_SP}?"
_DATE_YMD_RE = re.compile(rf"(?P<y>{_Y}){_S0}年{_S0}(?P<m>{_M}){_S0}月(?:{_S0}(?P<d>{_D}){_S0}[日号])?")
_DATE_MD_RE = re.compile(rf"(?P<m>{_M}){_S0}月{_S0}(?P<d>{_D}){_S0}[日号]")
_DATE_ISO_RE = re.compile(r"(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9.])")
_TAIL_M_RE = re.compile(rf"(?P<m>{_M}){_S0}月(?![0-9{_CN_PLAIN_DIGITS}十]{{1,2}}[日号])")
_TAIL_D_RE = re.compile(rf"(?P<d>{_D}){_S0}[日号]")

_PRE_QUAL_RE = re.compile(_alt(_PRE_QUALIFIERS) + "$")
_PRE_QUAL_MAXLEN = max(map(len, _PRE_QUALIFIERS))
_STOP_RE = re.compile(_alt(_STOP_PHRASES))
_STOP_MAXLEN = max(map(len, _STOP_PHRASES))
_QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
_ENUM_CLOSE = ".、)）．"
_ENUM_BEFORE_YEAR = re.compile(r"\d{1,2}\s*[.．、]\s*(?=(?:19|20)\d{2}\s*年)")

_ONE = Decimal(1)
_PERCENT_UNITS = frozenset({"%", "‰", "个百分点", "百分点"})
_DATE_UNITS = frozenset({"年月日", "年月", "月日"})
# 个-compounds that are units of their own, not "个 + counted noun".
_NOT_COUNTED_GE = frozenset({"个", "个工作日", "个自然日", "个小时", "个月", "个季度", "个星期", "个百分点"})

# ---------------------------------------------------------------------------------------------
# Scanning
# ---------------------------------------------------------------------------------------------


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
        num = num.replace(",", "").replace("，", "")
        raw = Decimal(num)
    unit = m.group("unit") or ""
    unit_span = m.span("unit") if unit else None
    end = m.end("num")
    qual_span: tuple[int, int] | None = None
    mid = "mid2" if m.group("mid2") else "mid1" if m.group("mid1") else None
    if mult or unit:
        if mid:
            qual_span = m.span(mid)
        end = m.end("unit") if unit else m.end("mult")
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


def _date_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    v = parse_chinese_numeral(s)
    return v if isinstance(v, int) else None


def _valid_date(y: int | None, mo: int | None, d: int | None) -> bool:
    return (y is None or 1900 <= y <= 2100) and (mo is None or 1 <= mo <= 12) and (d is None or 1 <= d <= 31)


def _date_value(y: int | None, mo: int, d: int | None) -> tuple[Decimal, str]:
    if y is not None and d is not None:
        return Decimal(y * 10000 + mo * 100 + d), "年月日"
    if y is not None:
        return Decimal(y * 100 + mo), "年月"
    if d is not None:
        return Decimal(mo * 100 + d), "月日"
    return Decimal(mo), "月"


def _scan_date(t: str, s: int) -> tuple[int, Decimal, str, Decimal | None] | None:
    """Dates and date ranges at s: (end, value, unit, high) or None."""
    m = _DATE_ISO_RE.match(t, s)
    if m is not None:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid_date(year, month, day):
            v, unit = _date_value(year, month, day)
            return m.end(), v, unit, None
    m = _DATE_YMD_RE.match(t, s)
    y: int | None
    if m is not None:
        y, mo = _date_int(m["y"]), _date_int(m["m"])
        d = _date_int(m["d"]) if m["d"] else None
    else:
        m = _DATE_MD_RE.match(t, s)
        if m is None:
            return None
        y, mo, d = None, _date_int(m["m"]), _date_int(m["d"])
    if mo is None or (m["d"] and d is None) or ("y" in m.re.groupindex and y is None):
        return None
    if not _valid_date(y, mo, d):
        return None
    value, unit = _date_value(y, mo, d)
    end = m.end()
    high: Decimal | None = None
    sep = _SEP_RE.match(t, end)
    if sep is not None:
        p = sep.end()
        tails = [_DATE_YMD_RE, _DATE_MD_RE, _TAIL_D_RE] if d is not None else [_DATE_YMD_RE, _TAIL_M_RE]
        for rx in tails:
            tm = rx.match(t, p)
            if tm is None:
                continue
            gi = rx.groupindex
            ty = _date_int(tm["y"]) if "y" in gi else y
            tmo = _date_int(tm["m"]) if "m" in gi else mo
            td = _date_int(tm["d"]) if "d" in gi and tm["d"] else None
            if (d is None) != (td is None) or tmo is None or not _valid_date(ty, tmo, td):
                continue
            hv, hunit = _date_value(ty, tmo, td)
            if hunit == unit and hv > value:
                high, end = hv, tm.end()
            break
    return end, value, unit, high


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
    return out


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


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


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
