"""The report side of a review page: every quote of a summary collected (q1… in reading order), the cleaned text
split at every quote and verified-number boundary into flat segments, and those segments as highlighted HTML
(the check page highlights its report with them too)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional, Sequence

from pydantic import BaseModel

from ..models import Quote, Summary
from .page import _e

__all__ = ["QuoteRef", "Segment", "collect_quotes", "segments"]

_ITEM_LABELS = {
    "measures": "举措",
    "achievements": "成效",
    "shortfalls": "不足",
    "causes": "原因",
    "plans": "安排",
    "first_responsible_person.actions": "履职",
}


@dataclass
class QuoteRef:
    id: str
    path: str
    item: str  # id of the summary item (DOM id) it supports
    label: str  # human label of that item ("举措 3")
    start: int
    end: int
    text: str
    valid: bool  # offsets inside the text and non-empty
    match: bool  # cleaned_text[start:end] == text


@dataclass
class Segment:
    start: int
    end: int
    quotes: list[str] = field(default_factory=list)  # innermost (shortest) first
    number: Optional[str] = None  # exact | equivalent, when inside a verified number's source span


def _walk_quotes(obj: Any, path: str) -> Iterator[tuple[str, Quote]]:
    if isinstance(obj, Quote):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _walk_quotes(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk_quotes(v, f"{path}[{i}]")


def _item_id(path: str) -> str:
    return "it-" + path.replace("[", "-").replace("]", "").replace(".", "-").replace("_", "-")


def _items(summary: Summary) -> Iterator[tuple[str, str, BaseModel]]:
    """(path, label, model) of every summary item that carries quotes."""
    for key in ("measures", "achievements", "shortfalls", "causes"):
        for i, item in enumerate(getattr(summary, key)):
            yield f"{key}[{i}]", f"{_ITEM_LABELS[key]} {i + 1}", item
    frp = summary.first_responsible_person
    yield "first_responsible_person", "第一责任人", frp.model_copy(update={"actions": []})
    for i, a in enumerate(frp.actions):
        yield f"first_responsible_person.actions[{i}]", f"履职 {i + 1}", a
    for i, p in enumerate(summary.plans):
        yield f"plans[{i}]", f"安排 {i + 1}", p


def collect_quotes(summary: Summary, text: str) -> list[QuoteRef]:
    """Every quote of every item, numbered q1… in reading order of the summary."""
    out: list[QuoteRef] = []
    for path, label, item in _items(summary):
        for qpath, q in _walk_quotes(item, path):
            valid = 0 <= q.start < q.end <= len(text)
            out.append(
                QuoteRef(
                    id=f"q{len(out) + 1}",
                    path=qpath,
                    item=_item_id(path),
                    label=label,
                    start=q.start,
                    end=q.end,
                    text=q.text,
                    valid=valid,
                    match=valid and text[q.start : q.end] == q.text,
                )
            )
    return out


def _number_spans(summary: Summary, length: int) -> list[tuple[int, int, str]]:
    best: dict[tuple[int, int], str] = {}
    for n in summary.verification.numbers:
        if n.status == "unsupported":
            continue
        for s, e in n.source_spans:
            if 0 <= s < e <= length and best.get((s, e)) != "exact":
                best[(s, e)] = n.status
    return [(s, e, st) for (s, e), st in best.items()]


def segments(length: int, quotes: list[QuoteRef], numbers: Sequence[tuple[int, int, str]] = ()) -> list[Segment]:
    """Split ``[0, length)`` at every quote and number boundary; each piece knows what covers it."""
    live = [q for q in quotes if q.valid]
    bounds = sorted(
        {
            0,
            length,
            *(q.start for q in live),
            *(q.end for q in live),
            *(s for s, _, _ in numbers),
            *(e for _, e, _ in numbers),
        }
    )
    segs = [Segment(a, b) for a, b in zip(bounds, bounds[1:])]
    for q in sorted(live, key=lambda q: (q.end - q.start, q.start)):  # innermost first in every segment
        for k in range(bisect.bisect_left(bounds, q.start), bisect.bisect_left(bounds, q.end)):
            segs[k].quotes.append(q.id)
    for s, e, status in numbers:
        for k in range(bisect.bisect_left(bounds, s), bisect.bisect_left(bounds, e)):
            if segs[k].number != "exact":
                segs[k].number = status
    return segs


def _source_html(text: str, quotes: list[QuoteRef], numbers: list[tuple[int, int, str]]) -> str:
    by_id = {q.id: q for q in quotes}
    first_of: dict[int, list[str]] = defaultdict(list)  # segment start -> quotes that begin there
    for q in quotes:
        if q.valid:
            first_of[q.start].append(q.id)
    out: list[str] = []
    for seg in segments(len(text), quotes, numbers):
        piece = _e(text[seg.start : seg.end])
        for qid in first_of.pop(seg.start, ()):
            out.append(f'<a class="qa" id="{qid}"></a>')
        if not seg.quotes and not seg.number:
            out.append(piece)
            continue
        cls = []
        if seg.number:
            cls.append(f"n-{seg.number}")
        if seg.quotes:
            depth = len(seg.quotes)
            if depth > 1:
                cls.append(f"d{min(depth, 3)}")
            if any(not by_id[q].match for q in seg.quotes):
                cls.append("bad")
            title = "；".join(dict.fromkeys(by_id[q].label for q in seg.quotes))
            out.append(
                f'<mark class="{" ".join(cls)}" data-start="{seg.start}" data-end="{seg.end}" '
                f'data-q="{" ".join(seg.quotes)}" title="{_e(title)}">{piece}</mark>'
            )
        else:
            out.append(f'<span class="{" ".join(cls)}" data-start="{seg.start}" data-end="{seg.end}">{piece}</span>')
    return "".join(out)
