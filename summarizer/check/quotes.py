"""Quotes: every quoted passage of a summary aligned to the report (verbatim, near-verbatim or not found), and the
report side a check reads (cleaned text, analysis text, number index)."""

from __future__ import annotations

import difflib
import re
from typing import Optional

from ..numbers import NumberMention, SourceIndex
from ..quotes import _LOOSE_SKIP, align
from .left_alone import _CN_NUM
from .model import QuoteStatus

_QUOTE_RE = re.compile(r"「(?P<a>[^」\n]+)」|“(?P<b>[^”\n]+)”|『(?P<c>[^』\n]+)』|\"(?P<d>[^\"\n]+)\"")
_MIN_QUOTE = 5  # shorter quoted strings are terms or slogans (“放管服”), not passages
_NEAR = 0.9
_FUZZY_MAX = 600  # longer quotes are matched exactly or loosely only (SequenceMatcher is quadratic)
_NUMERALS = set("0123456789" + _CN_NUM + "千万亿")


def _fuzzy(fragment: str, stripped: str, positions: list[int]) -> Optional[tuple[int, int, float, bool]]:
    """Best near match of ``fragment`` (punctuation-free) in ``stripped``: (start, end, ratio, numerals_differ).

    Candidate places are voted for by the fragment's 4-grams, so the cost is bounded by the fragment's length
    times the grams' occurrences, not by the report's length squared.
    """
    n = len(fragment)
    if n < 4:
        return None
    votes: dict[int, int] = {}
    for i in range(n - 3):
        gram = fragment[i : i + 4]
        pos = stripped.find(gram)
        hits = 0
        while pos != -1 and hits < 50:
            votes[pos - i] = votes.get(pos - i, 0) + 1
            pos = stripped.find(gram, pos + 1)
            hits += 1
    if not votes:
        return None
    best = None
    for off, _ in sorted(votes.items(), key=lambda kv: -kv[1])[:5]:
        a = max(0, off - n // 10 - 2)
        window = stripped[a : off + n + n // 10 + 2]
        sm = difflib.SequenceMatcher(None, fragment, window, autojunk=False)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        if not blocks:
            continue
        ws, we = blocks[0].b, blocks[-1].b + blocks[-1].size
        matched = sum(b.size for b in blocks)
        ratio = 2 * matched / (n + we - ws)
        if best is None or ratio > best[2]:
            piece = window[ws:we]
            sm2 = difflib.SequenceMatcher(None, fragment, piece, autojunk=False)
            differ = any(
                c in _NUMERALS
                for tag, i1, i2, j1, j2 in sm2.get_opcodes()
                if tag != "equal"
                for c in fragment[i1:i2] + piece[j1:j2]
            )
            best = (a + ws, a + we, ratio, differ)
    if best is None:
        return None
    s, e, ratio, differ = best
    return positions[s], positions[e - 1] + 1, ratio, differ


class _Report:
    """The report side: cleaned text (offsets), analysis text (simplified) and its number index."""

    def __init__(self, text: str, analysis: str, index: SourceIndex):
        self.text, self.analysis, self.index = text, analysis, index
        self._stripped: Optional[tuple[str, list[int]]] = None

    def stripped(self) -> tuple[str, list[int]]:
        if self._stripped is None:
            positions = [i for i, c in enumerate(self.analysis) if c not in _LOOSE_SKIP]
            self._stripped = ("".join(self.analysis[i] for i in positions), positions)
        return self._stripped

    def shown(self, m: NumberMention) -> str:
        """A report figure as the report writes it (its own script)."""
        return self.text[m.start : m.end].strip()


def _check_quote(content: str, report: _Report) -> tuple[QuoteStatus, float, Optional[str], Optional[tuple[int, int]]]:
    hit = align(content, report.analysis)
    if hit is not None:
        s, e, how = hit
        if how == "exact":
            return "verbatim", 1.0, None, (s, e)
        return "near_verbatim", 1.0, "differs from the report in punctuation or spacing only", (s, e)
    key = "".join(c for c in content if c not in _LOOSE_SKIP)
    stripped, positions = report.stripped()
    found = _fuzzy(key, stripped, positions) if stripped and len(key) <= _FUZZY_MAX else None
    if found is None:
        return "not_found", 0.0, "no passage of the report resembles it", None
    s, e, ratio, numerals_differ = found
    ratio = round(ratio, 3)
    if ratio >= _NEAR and not numerals_differ:
        return "near_verbatim", ratio, f"{round(ratio * 100)}% of the characters match the report in order", (s, e)
    why = "a numeral differs from" if numerals_differ and ratio >= _NEAR else "not a quote of"
    return "not_found", ratio, f"{why} the closest report passage ({round(ratio * 100)}% alike)", (s, e)
