"""Targeted repair: what a re-ask for failing items sends, and the answer shape it asks for.

The first request carries the whole system prompt (~2k tokens), the full draft schema (~2k) and the whole
report. A re-ask for one wrong digit needs none of that: the model gets a short repair prompt
(``prompts/repair_system.<version>.md.j2``: quotes verbatim, numbers as written, the report is data), the failing
items with their errors, and only the passages of the report those items point to (:func:`relevant_spans`: the
section where each quote aligns, else the section the item names, else the mandated part its field belongs
to, with a margin); the tool schema is :func:`repair_model` of the failing fields only. On the fixtures one
re-ask for one bad item costs ~20% of the first request's input tokens instead of ~105%
(``bench/bench_reask.py``). The answer has the draft's own field names, so the engine merges it like any answer
(``_Conversation._asked_for`` keeps only the items asked about).

``repair = "full"`` in the configuration re-asks the v2 way (system prompt, the whole part of the report, the
full schema): what the recorded real-model cassettes were made with.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import (
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    create_model,
    field_validator,
    model_validator,
)

from ...pipeline import Prepared
from .prompt import (
    PLACEHOLDERS,
    Chunk,
    _chunk_info,
    _template,
    check_rendered,
    failed_items_text,
    fill,
)
from .schema import (
    DraftAchievement,
    DraftCause,
    DraftDuty,
    DraftMeasure,
    DraftPlan,
    DraftShortfall,
    ReportSummaryDraft,
    _Draft,
    _each_item,
)

#: a section longer than this is cut to the lines around the quote (± ``MARGIN`` characters)
MAX_SECTION = 1500
MARGIN = 300
#: the mandated part an item of each field belongs to (where to look when none of its quotes is found)
FIELD_PARTS = {
    "measures": ("measures_achievements",),
    "achievements": ("measures_achievements",),
    "shortfalls": ("shortfalls", "shortfalls_causes"),
    "causes": ("causes", "shortfalls_causes"),
    "plans": ("next_year_plans",),
    "first_responsible_person": ("first_responsible_person",),
}
_ITEMS = {
    "measures": DraftMeasure,
    "achievements": DraftAchievement,
    "shortfalls": DraftShortfall,
    "causes": DraftCause,
    "plans": DraftPlan,
}


def _top(field_name: str) -> str:
    return field_name.split(".", 1)[0]


class _RepairBase(_Draft):
    """The failing fields only, validated like the draft's (item by item when the engine collects rejects)."""

    @field_validator("*", mode="wrap")
    @classmethod
    def _each(cls, value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        name = info.field_name or ""
        if name == "first_responsible_person":
            return handler(value)
        return _each_item(name, value, handler)

    @model_validator(mode="before")
    @classmethod
    def _salvage(cls, data: Any) -> Any:
        return ReportSummaryDraft._salvage(data)  # the same wrappers as a full answer

    def to_draft(self) -> ReportSummaryDraft:
        """The answer as a draft (the other fields empty), for the engine's merge."""
        out = ReportSummaryDraft()
        for name in type(self).model_fields:
            setattr(out, name, getattr(self, name))
        return out


@lru_cache(maxsize=64)
def repair_model(fields: tuple[str, ...]) -> type:
    """The response model of a re-ask for ``fields`` (top-level names), as instructor's ResponseSchema, made once
    per set of fields."""
    from instructor.v2.core.function_calls import response_schema
    from pydantic import Field

    spec: dict[str, Any] = {}
    for name in fields:
        if name == "first_responsible_person":
            about = "党政主要负责人履行推进法治建设第一责任人职责情况"
            spec[name] = (DraftDuty, Field(default_factory=DraftDuty, description=about))
        else:
            spec[name] = (list[_ITEMS[name]], Field(default_factory=list))
    model = create_model("ReportRepair", __base__=_RepairBase, __doc__="更正后的条目（只含要求更正的条目）。", **spec)
    return response_schema(model)


def _quotes_of(item: Any) -> list[str]:
    """Every quote string an item (as the model wrote it) carries: its quotes and its metrics' quotes."""
    if isinstance(item, list):  # first_responsible_person.quotes: the bad quotes themselves
        return [q for q in item if isinstance(q, str)]
    if not isinstance(item, dict):
        return []
    quotes = item.get("quotes")
    out = [quotes] if isinstance(quotes, str) else [q for q in quotes or [] if isinstance(q, str)]
    for m in item.get("metrics") or []:
        if isinstance(m, dict) and isinstance(m.get("quote"), str):
            out.append(m["quote"])
    for a in item.get("actions") or []:  # a whole duty block
        out += _quotes_of(a)
    return out


def _line_bounds(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """``[a, b)`` widened to whole lines, at most ``MARGIN`` characters further, inside ``[lo, hi)``."""
    start = text.rfind("\n", max(lo, a - MARGIN), a)
    end = text.find("\n", b, min(hi, b + MARGIN))
    return (start + 1 if start >= 0 else max(lo, a - MARGIN)), (end if end >= 0 else min(hi, b + MARGIN))


def relevant_spans(doc: Prepared, grounding: Any, chunk: Chunk, rejects: list) -> list[tuple[int, int, str]]:
    """The passages of ``text[chunk.start:chunk.end]`` the failing items point to, as (start, end, section id),
    merged and in text order; the whole part when nothing points anywhere."""
    text, lo, hi = doc.text, chunk.start, chunk.end
    nodes = [n for n in grounding.nodes if n.start < hi and n.end > lo]
    spans: list[tuple[int, int]] = []

    def section_span(node: Any, a: int, b: int) -> tuple[int, int]:
        s, e = max(lo, node.start), min(hi, node.end)
        if e - s <= MAX_SECTION:
            return s, e
        return _line_bounds(text, a, b, s, e)

    for r in rejects:
        item = r.item
        claimed = item.get("section") if isinstance(item, dict) and isinstance(item.get("section"), str) else None
        found = False
        for q in _quotes_of(item):
            for piece in [p for p in q.replace("……", "…").split("…") if p.strip()]:
                hit = grounding.locate(piece, claimed)
                if hit is None or not (lo <= hit[0] < hi):
                    continue
                found = True
                inner = [n for n in nodes if n.start <= hit[0] < n.end]
                node = max(inner, key=lambda n: (n.level, n.start)) if inner else None
                spans.append(section_span(node, *hit) if node is not None else _line_bounds(text, *hit, lo, hi))
        if found:
            continue
        sid = grounding.section_id(claimed)
        if sid in grounding.sections:
            a, b = grounding.sections[sid]
            if a < hi and b > lo:
                node = next(n for n in nodes if n.id == sid)
                spans.append(section_span(node, max(lo, a), max(lo, a)))
                continue
        part_nodes = [
            n for p in FIELD_PARTS.get(_top(r.field), ()) for n in doc.parts.nodes(p) if n.start < hi and n.end > lo
        ]
        if not part_nodes:
            return [(lo, hi, "")]
        spans += [(max(lo, n.start), min(hi, n.end)) for n in part_nodes]
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = []
    for a, b in merged:
        inner = [n for n in nodes if n.start <= a < n.end]
        out.append((a, b, max(inner, key=lambda n: (n.level, n.start)).id if inner else ""))
    return out


def excerpt_text(doc: Prepared, spans: list[tuple[int, int, str]]) -> str:
    if len(spans) == 1 and not spans[0][2]:
        return doc.text[spans[0][0] : spans[0][1]]
    return "\n\n".join(
        f"〔片段{i}{'，章节 ' + sid if sid else ''}〕\n{doc.text[a:b]}" for i, (a, b, sid) in enumerate(spans, 1)
    )


def repair_request(doc: Prepared, version: str, chunk: Chunk, grounding: Any, rejects: list) -> tuple[list[dict], type]:
    """The messages and response model of a targeted re-ask."""
    values = {
        "source_text": excerpt_text(doc, relevant_spans(doc, grounding, chunk, rejects)),
        "failed_items": failed_items_text(rejects),
        "outline_text": "",
    }
    system = _template(f"repair_system.{version}.md.j2").render()
    user = _template(f"repair_user.{version}.md.j2").render(chunk=_chunk_info(chunk), **PLACEHOLDERS)
    messages = [
        {"role": "system", "content": check_rendered(system)},
        {"role": "user", "content": fill(check_rendered(user), values)},
    ]
    fields = tuple(dict.fromkeys(_top(r.field) for r in rejects))
    return messages, repair_model(fields)
