"""Quotes: verbatim spans of the cleaned text, and finding a model's quote in it.

Why our own alignment: general tools tokenise on spaces and misalign Chinese. We align on characters:
exact first, then ignoring whitespace and punctuation differences (full-width vs ASCII commas, dropped
spaces), mapping the match back to offsets of the original text so ``text[start:end]`` is the source.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from .models import Quote

_STRIP = " \t\n，,。；;：:、"
_SENTENCE_END = re.compile(r"[。！？!?]|\n")
_CLAUSE_END = re.compile(r"[。！？!?；;]|\n")
# Characters ignored when aligning loosely: whitespace and punctuation of either width.
_LOOSE_SKIP = set(" \t\n\u3000\u00a0，,。.；;：:、！!？?“”\"‘’'（）()《》<>【】[]—-…·")


def make_quote(text: str, start: int, end: int) -> Quote:
    """A quote of ``text[start:end]`` with separators trimmed from both ends."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return Quote(text=text[start:end], start=start, end=end)


def _split(text: str, start: int, end: int, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of sentences (split at 。！？ and line ends), without the terminator."""
    for s, e in _split(text, start, end, _SENTENCE_END):
        if text[s:e].strip(_STRIP):
            yield s, e


def clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Like :func:`sentences` but also split at ；, where reports list several items in one sentence."""
    for s, e in _split(text, start, end, _CLAUSE_END):
        if text[s:e].strip(_STRIP):
            yield s, e


def check_quote(quote: Quote, text: str) -> bool:
    return 0 <= quote.start <= quote.end <= len(text) and text[quote.start:quote.end] == quote.text


def align(fragment: str, text: str, hint: int = 0) -> Optional[tuple[int, int, str]]:
    """Find ``fragment`` in ``text``: (start, end, status) with status ``exact`` or ``loose``; None if absent.

    ``hint`` prefers the occurrence nearest to an expected position (a section's start).
    """
    fragment = fragment.strip()
    if not fragment:
        return None
    hits = [m.start() for m in re.finditer(re.escape(fragment), text)]
    if hits:
        best = min(hits, key=lambda h: abs(h - hint))
        return best, best + len(fragment), "exact"
    key = [c for c in fragment if c not in _LOOSE_SKIP]
    if len(key) < 2:
        return None
    positions = [i for i, c in enumerate(text) if c not in _LOOSE_SKIP]
    stripped = "".join(text[i] for i in positions)
    target = "".join(key)
    found = [m.start() for m in re.finditer(re.escape(target), stripped)]
    if not found:
        return None
    i = min(found, key=lambda f: abs(positions[f] - hint))
    return positions[i], positions[i + len(target) - 1] + 1, "loose"
