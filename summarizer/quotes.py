"""Quotes: verbatim spans of the cleaned text, and finding a model's quote in it.

Why our own alignment: general tools tokenise on spaces and misalign Chinese. We align on characters:
exact first, then ignoring whitespace and punctuation differences (full-width vs ASCII commas, dropped
spaces), then (:func:`align_span`) the longest verbatim run of the quote when it covers most of it, which
forgives what models add around a quote (an agency's name before it, a closing remark after it). The match
is mapped back to offsets of the original text so ``text[start:end]`` is the source. No step may change a
number: a loose or partial match whose digits differ from the source span's (12.5 vs 125, 560 inside 1560)
is refused.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
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
    return (
        bool(quote.text) and 0 <= quote.start <= quote.end <= len(text) and text[quote.start : quote.end] == quote.text
    )


_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: splices models make inside one quote ("A……B"): each side is aligned on its own
_SPLICE = re.compile(r"…+|\.{3,}|⋯+")
_MIN_SPAN = 8  # a partial match shorter than this proves nothing


def digits_equal(a: str, b: str) -> bool:
    """The same numbers, in the same order (a loose match ignores '.', so 12.5 would otherwise match 125)."""
    return _DIGITS.findall(a) == _DIGITS.findall(b)


def pieces(fragment: str) -> list[str]:
    """A quote split at ……-style splices into the continuous spans it was made of (one piece when there are none)."""
    parts = [p.strip(_STRIP) for p in _SPLICE.split(fragment)]
    return [p for p in parts if len(p) >= 2] or ([fragment.strip()] if fragment.strip() else [])


@lru_cache(maxsize=8)
def _stripped(text: str) -> tuple[list[int], str, SequenceMatcher]:
    """The text without whitespace/punctuation, where each kept character was, and a matcher over it (its index
    of the text is built once per text: the same report is searched for every quote)."""
    positions = [i for i, c in enumerate(text) if c not in _LOOSE_SKIP]
    stripped = "".join(text[i] for i in positions)
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(stripped)
    return positions, stripped, matcher


def align_span(fragment: str, text: str, min_share: float = 0.8) -> Optional[tuple[int, int, str]]:
    """The longest verbatim (loose) run of ``fragment`` in ``text`` when it covers at least ``min_share`` of the
    quote: (start, end, "partial"). Refused when the run cuts a number at either edge or its digits differ."""
    fpos = [i for i, c in enumerate(fragment) if c not in _LOOSE_SKIP]
    key = "".join(fragment[i] for i in fpos)
    if len(key) < _MIN_SPAN:
        return None
    positions, stripped, matcher = _stripped(text)
    matcher.set_seq1(key)
    m = matcher.find_longest_match(0, len(key), 0, len(stripped))
    if m.size < max(_MIN_SPAN, min_share * len(key)):
        return None

    def cuts(s: str, i: int) -> bool:  # a number continues across position i
        return 0 < i < len(s) and s[i - 1].isdigit() and s[i].isdigit()

    if cuts(key, m.a) or cuts(key, m.a + m.size) or cuts(stripped, m.b) or cuts(stripped, m.b + m.size):
        return None
    start, end = positions[m.b], positions[m.b + m.size - 1] + 1
    if not digits_equal(fragment[fpos[m.a] : fpos[m.a + m.size - 1] + 1], text[start:end]):
        return None
    return start, end, "partial"


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
    for i in sorted(found, key=lambda f: abs(positions[f] - hint)):
        start, end = positions[i], positions[i + len(target) - 1] + 1
        if digits_equal(fragment, text[start:end]):
            return start, end, "loose"
    return None
