"""Output-aware planning: how long the model's answer will be, and how to split a report so that each answer fits.

Splitting by input size alone sent a 16.8k-character report as one request whose answer (≈ 2× the report's
tokens: every item carries verbatim quotes) was cut at ``max_tokens``, and everything was lost. Here:

* **Estimate** (:func:`expected_output`): what a faithful answer would list is what the rules engine reads in the
  report (its items, their quotes and metrics) — an offline reading of ~5 ms. Each item's draft JSON is weighed in
  tokens at its place in the text, so any part of the report has an expected answer size. Calibrated on the
  cassettes (scripted answers = that draft exactly) and the recorded real-model answer for fixture 004 (Qwen2.5
  1.5B wrote 0.70× the draft in o200k tokens): the estimate is ``OUTPUT_FACTOR`` × the draft, which lands at
  0.72–0.91× of the scripted answers and 1.16× of the recorded one (bench/bench_plan.py prints the table).
* **Plan** (:func:`plan`): one request when the prompt fits ``context_tokens`` and the expected answer fits
  ``max_tokens`` ÷ ``MARGIN``; otherwise top-level parts grouped greedily under both limits, a part too large
  on its own split at its sub-headings, and a section without any at paragraph breaks.
* **Truncated anyway** (:func:`split_chunk`): a part whose answer is still cut off is split in two (at headings,
  else paragraphs) and each half asked alone; parts already answered are kept.

Token weights use a character model (``_tokens``: 0.75 per CJK character, 0.3 per other character; about 0.9×
o200k's count on draft JSON, which the factor absorbs), not the tokeniser: loading it costs ~0.5 s before a batch's first request.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Any, Optional

from .. import rules
from .prompt import Chunk

#: expected answer = OUTPUT_FACTOR × the rules reading's draft tokens + REQUEST_OVERHEAD
OUTPUT_FACTOR = 0.85
REQUEST_OVERHEAD = 60  # an empty draft's keys and braces
#: an expected answer must fit max_tokens ÷ MARGIN (the estimate is ±30%; a real model wrote up to 1.2× of it)
MARGIN = 1.35


def _tokens(text: str) -> int:
    """A cheap token bound for Chinese report text and JSON (see the module docstring)."""
    cjk = sum(1 for ch in text if ch >= "\u2e80")
    return int(0.75 * cjk + 0.3 * (len(text) - cjk)) + 1


def _draft_items(summary: Any) -> list[tuple[int, dict]]:
    """(offset, draft JSON of the item) for every item the rules engine found: what a faithful model would write."""

    def q(item: Any) -> list[str]:
        return [e.text for e in item.evidence]

    def m(item: Any) -> list[dict]:
        return [
            {"label": x.label, "value": x.value, "unit": x.unit, "qualifier": x.qualifier, "quote": x.quote.text}
            for x in item.metrics
        ]

    out: list[tuple[int, dict]] = []

    def add(item: Any, draft: dict) -> None:
        if item.evidence:
            out.append((item.evidence[0].start, draft))

    for x in summary.measures:
        add(x, {"title": x.title, "summary": x.summary, "area": x.area, "section": x.section, "quotes": q(x)})
    for x in summary.achievements:
        add(x, {"statement": x.statement, "section": x.section, "metrics": m(x), "quotes": q(x)})
    for x in summary.shortfalls:
        add(x, {"issue": x.issue, "section": x.section, "metrics": m(x), "quotes": q(x)})
    for x in summary.causes:
        add(x, {"cause": x.cause, "section": x.section, "metrics": m(x), "quotes": q(x)})
    for x in summary.plans:
        add(
            x, {"action": x.action, "target_year": x.target_year, "section": x.section, "metrics": m(x), "quotes": q(x)}
        )
    frp = summary.first_responsible_person
    for x in frp.actions:
        add(x, {"action": x.action, "metrics": m(x), "quotes": q(x)})
    for e in frp.evidence:
        out.append((e.start, {"q": e.text}))
    return sorted(out, key=lambda p: p[0])


@dataclass
class OutputModel:
    """Expected answer tokens of any span of one report."""

    offsets: list[int]
    cumulative: list[int]  # cumulative[i] = weight of items 0..i-1

    @classmethod
    def of(cls, doc: Any) -> OutputModel:
        cached = getattr(doc, "_output_model", None)
        if cached is not None:
            return cached
        items = _draft_items(rules.run(doc))
        offsets, cumulative = [], [0]
        for off, draft in items:
            offsets.append(off)
            cumulative.append(cumulative[-1] + _tokens(json.dumps(draft, ensure_ascii=False)))
        model = cls(offsets, cumulative)
        try:
            object.__setattr__(doc, "_output_model", model)
        except (AttributeError, TypeError):  # a slotted or frozen document: computed again next time
            pass
        return model

    def draft_tokens(self, start: int, end: int) -> int:
        i, j = bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, end)
        return self.cumulative[j] - self.cumulative[i]

    def expected(self, start: int, end: int) -> int:
        return int(OUTPUT_FACTOR * self.draft_tokens(start, end)) + REQUEST_OVERHEAD


def expected_output(doc: Any, start: int = 0, end: Optional[int] = None) -> int:
    """Expected answer tokens (o200k) for ``doc.text[start:end]``."""
    return OutputModel.of(doc).expected(start, len(doc.text) if end is None else end)


def output_budget(max_tokens: int) -> int:
    return int(max_tokens / MARGIN)


# --- splitting --------------------------------------------------------------------------------------------


def _pieces(doc: Any, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """``[start, end)`` cut at the shallowest outline level that gives two or more pieces inside it, else at
    paragraph breaks into two halves (by characters); [] when it cannot be cut."""
    nodes = [n for n in doc.outline.nodes() if start < n.start < end]
    if nodes:
        level = min(n.level for n in nodes)
        cuts = [n for n in nodes if n.level == level]
        bounds = [start] + [n.start for n in cuts] + [end]
        ids = [_id_at(doc, start)] + [n.id for n in cuts]
        return [(a, b, (i,) if i else ()) for a, b, i in zip(bounds, bounds[1:], ids) if b > a]
    text = doc.text
    mid = (start + end) // 2
    left, right = text.rfind("\n", start + 1, mid + 1), text.find("\n", mid, end - 1)
    cut = max((c for c in (left, right) if c > start), key=lambda c: -abs(c - mid), default=-1)
    if cut <= start or cut >= end:
        return []
    ident = _id_at(doc, start)
    return [(start, cut + 1, (ident,) if ident else ()), (cut + 1, end, (ident,) if ident else ())]


def _id_at(doc: Any, pos: int) -> str:
    """The id of the deepest heading whose section contains ``pos`` ('' before the first heading)."""
    best = ""
    for n in doc.outline.nodes():
        if n.start <= pos < (n.end or len(doc.text)):
            best = n.id
    return best


def split_chunk(doc: Any, chunk: Chunk) -> list[Chunk]:
    """A part whose answer was cut off, in smaller parts (at headings, else paragraphs); [] if it cannot be cut."""
    pieces = _pieces(doc, chunk.start, chunk.end)
    if len(pieces) < 2:
        return []
    model = OutputModel.of(doc)
    groups = _group(
        pieces, lambda a, b: model.expected(a, b), max(1, model.expected(chunk.start, chunk.end) // 2), None
    )
    if len(groups) < 2:  # halve by count when the estimate sees one heavy piece
        half = len(pieces) // 2
        groups = [pieces[:half], pieces[half:]]
    total = chunk.total + len(groups) - 1 if chunk.total > 1 else len(groups)
    first = chunk.index if chunk.total > 1 else 1
    return [
        Chunk(first + k, max(total, 2), g[0][0], g[-1][1], tuple(i for p in g for i in p[2]))
        for k, g in enumerate(groups)
    ]


def _group(pieces: list, out_cost, out_budget: int, in_fits) -> list[list]:
    groups: list[list] = []
    for p in pieces:
        if groups:
            cand = groups[-1] + [p]
            a, b = cand[0][0], cand[-1][1]
            if out_cost(a, b) <= out_budget and (in_fits is None or in_fits(a, b)):
                groups[-1] = cand
                continue
        groups.append([p])
    return groups


def plan(doc: Any, config: Any, in_tokens, room: int) -> list[Chunk]:
    """The parts to ask about: each prompt within ``room`` input tokens (``in_tokens(start, end)``) and each
    expected answer within ``max_tokens ÷ MARGIN``. Top-level parts are grouped in order; a part too large on its
    own is cut at its sub-headings, then at paragraphs (at most 6 rounds)."""
    model = OutputModel.of(doc)
    budget = output_budget(config.max_tokens)
    text = doc.text
    tops = list(doc.outline.top)
    if len(tops) >= 2:
        bounds = [0] + [n.start for n in tops[1:]] + [len(text)]
        pieces = [(a, b, (n.id,)) for a, b, n in zip(bounds, bounds[1:], tops)]
    else:
        pieces = _pieces(doc, 0, len(text)) or [(0, len(text), ())]
    for _ in range(6):
        refined, changed = [], False
        for p in pieces:
            if (model.expected(p[0], p[1]) > budget or not in_tokens.fits(p[0], p[1])) and len(
                sub := _pieces(doc, p[0], p[1])
            ) >= 2:
                refined += sub
                changed = True
            else:
                refined.append(p)
        pieces = refined
        if not changed:
            break
    groups = _group(pieces, model.expected, budget, in_tokens.fits)
    total = len(groups)
    return [
        Chunk(
            k + 1,
            total,
            g[0][0] if k else 0,
            g[-1][1] if k + 1 < total else len(text),
            tuple(dict.fromkeys(i for p in g for i in p[2])),
        )
        for k, g in enumerate(groups)
    ]
