"""What is not a claim about the report: the summary's own date, list and section numbers, ordinals and fixed
phrases, found first and masked (same length, so offsets hold) before numbers are read."""

from __future__ import annotations

import re

from ..numbers import FIXED_PHRASES, find_numbers
from .model import LeftAloneReason

_MASK = "\u25a1"  # □: no number, unit, qualifier or separator pattern contains it
_CN_NUM = "零〇一二三四五六七八九十百两"
_MD_PREFIX = r"[ \t\u3000]*(?:(?:[-*+>]|#{1,6})[ \t]+)*(?:\*\*|__)?[ \t]*"
_LIST_NUMBER = re.compile(rf"(?m)^{_MD_PREFIX}(?P<n>[0-9]{{1,3}}[.．、)）](?![0-9])|[(（][0-9]{{1,3}}[)）])")
_SECTION_LINE = re.compile(rf"(?m)^{_MD_PREFIX}(?P<n>[{_CN_NUM}]{{1,3}}[、．.])")
_SECTION_PAREN = re.compile(rf"(?P<n>[(（][{_CN_NUM}]{{1,3}}[)）])")
_ENUM_SHI = re.compile(rf"(?<![{_CN_NUM}])(?P<n>[{_CN_NUM}]{{1,3}}是)(?![的否])")
_ORDINAL = re.compile(rf"(?P<n>第[0-9{_CN_NUM}千]+)")
# Words a numeral is part of by meaning, not by count: too common to list, and never read as numbers.
_PLAIN_WORDS = {"进一步", "统一", "唯一", "十分", "一体化", "一对一"}
_PHRASES = sorted(
    {p for p in FIXED_PHRASES if p not in _PLAIN_WORDS}
    | {
        "第一责任人",
        "第一议题",
        "一站式",
        "一次性告知",
        "最多跑一次",
        "一网统管",
        "一窗受理",
        "一码通",
        "一业一证",
        "一单两书",
    },
    key=len,
    reverse=True,
)
_PHRASE_RE = re.compile("|".join(map(re.escape, _PHRASES)))
# A line that says when the summary itself was written: the dates on it are not claims about the report.
_DATE_LABEL = re.compile(
    rf"(?im)^{_MD_PREFIX}(?:日期|时间|撰写|撰稿|整理|编写|编制|生成|制表|制作|报送|更新|修改|"
    r"完成|成文|落款|date|updated|generated)[^\n:：]{0,8}[:：]"
)
_ONLY_DATE_LINE = re.compile(r"^[\s*_#>|（()）\-—–]*$")


def _not_claims(analysis: str) -> list[tuple[int, int, LeftAloneReason, str]]:
    """(start, end, reason, note) of numerals that are structure, ordinals, names or the summary's own date."""
    found: list[tuple[int, int, LeftAloneReason, str]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, reason: LeftAloneReason, note: str) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append((s, e, reason, note))

    for m in _PHRASE_RE.finditer(analysis):
        add(m.start(), m.end(), "fixed_phrase", f"a fixed phrase ({m.group()}), not a count")
    structural: tuple[tuple[re.Pattern[str], LeftAloneReason, str], ...] = (
        (_LIST_NUMBER, "list_numbering", "list numbering"),
        (_SECTION_LINE, "section_number", "a section number"),
        (_SECTION_PAREN, "section_number", "a section number"),
        (_ENUM_SHI, "list_numbering", "an enumeration (一是, 二是…)"),
        (_ORDINAL, "ordinal", "an ordinal (第N), not a count"),
    )
    for rx, reason, note in structural:
        for m in rx.finditer(analysis):
            add(m.start("n"), m.end("n"), reason, note)
    lines = analysis.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:3] + filled[-3:])
    for i, line in enumerate(lines):
        labelled = _DATE_LABEL.match(line) is not None
        if not labelled and i not in edges:
            continue
        dates = [m for m in find_numbers(line) if m.kind == "date" and m.unit in ("年月日", "年月")]
        if not dates:
            continue
        rest = line
        for dm in reversed(dates):
            rest = rest[: dm.start] + rest[dm.end :]
        if labelled or _ONLY_DATE_LINE.match(rest):
            for dm in dates:
                add(
                    starts[i] + dm.start,
                    starts[i] + dm.end,
                    "summary_date",
                    "the date of the summary itself, not a claim about the report",
                )
    found.sort()
    return found


_MD_MARKUP = re.compile(r"\*\*|__|`+|^[ \t]*(?:#{1,6}|>)(?=[ \t])|^[ \t]*[-*+](?=[ \t])|https?://\S+", re.M)


def _masked(analysis: str, spans: list[tuple[int, int, LeftAloneReason, str]]) -> str:
    """The text numbers are read from: Markdown markup blanked, left-alone numerals masked; same length."""
    chars = list(_MD_MARKUP.sub(lambda m: " " * len(m.group()), analysis))
    for s, e, _, _ in spans:
        chars[s:e] = _MASK * (e - s)
    return "".join(chars)
