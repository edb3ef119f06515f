"""Budgeting: whether a report fits one request or is planned in chunks, and the token estimate of a dry run
(``--dry-run``), nothing sent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...pipeline import Prepared
from . import plan as llm_plan
from .config import LLMConfig, cost_text
from .prompt import Chunk, build_messages
from .schema import ReportSummaryDraft
from .tokens import count, count_messages


@lru_cache(maxsize=1)
def _schema_json() -> str:
    return json.dumps(ReportSummaryDraft.model_json_schema(), ensure_ascii=False)


@lru_cache(maxsize=1)
def _schema_tokens() -> int:
    return count(_schema_json())


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def _prompt_tokens(
    doc: Prepared, config: LLMConfig, chunk: Chunk, *, bound: bool = False, messages: Optional[list[dict]] = None
) -> int:
    """Tokens of the prompt; with ``bound``, a cheap upper bound instead: every BPE token covers at least one
    UTF-8 byte, so the byte count never undercounts. Tokenising in pure Python costs ~10 ms per report, and
    loading the tokeniser ~0.5 s, which a batch would otherwise pay before its first request."""
    shown = messages if messages is not None else build_messages(doc, config.prompt_version, chunk)
    if bound:
        return 3 + sum(4 + _utf8_len(str(m.get("content") or "")) for m in shown) + _utf8_len(_schema_json())
    return count_messages(shown) + _schema_tokens()


def plan_chunks(doc: Prepared, config: LLMConfig, built: Optional[dict[Chunk, list[dict]]] = None) -> list[Chunk]:
    """One chunk if the report fits ``context_tokens`` with room for the answer, else groups of top-level parts.
    ``built`` receives the whole report's messages when they are built here, so the request reuses them."""
    text = doc.text
    whole = Chunk(1, 1, 0, len(text))
    room = config.context_tokens - config.max_tokens
    messages = build_messages(doc, config.prompt_version, whole)
    if (
        _prompt_tokens(doc, config, whole, bound=True, messages=messages) <= room
        or _prompt_tokens(doc, config, whole, messages=messages) <= room
    ):
        if llm_plan.expected_output(doc) <= llm_plan.output_budget(config.max_tokens):
            if built is not None:
                built[whole] = messages
            return [whole]
    # parts sized by the expected answer as well as the prompt (issue 15: llm_plan)
    return llm_plan.plan(doc, config, _InputFit(doc, config, room), room)


class _InputFit:
    """Whether the prompt for ``text[a:b]`` fits ``room`` tokens (the planner's input limit)."""

    def __init__(self, doc: Prepared, config: LLMConfig, room: int):
        self.doc, self.room = doc, room
        self.overhead = _prompt_tokens(doc, config, Chunk(1, 2, 0, 0))

    def fits(self, a: int, b: int) -> bool:
        piece = self.doc.text[a:b]
        if self.overhead + 3 * len(piece) + 3 * len(piece) // 4 <= self.room:  # ≥ the piece's and its headings' tokens
            return True
        heads = "\n".join(sec.id + sec.heading for sec in self.doc.sections() if a <= sec.start < b)
        return self.overhead + count(piece) + count(heads) <= self.room


@dataclass(frozen=True)
class Estimate:
    model: str
    provider: str
    mode: str
    chars: int
    requests: int
    input_tokens: int
    output_tokens: int
    context_tokens: int
    price_in: Optional[float] = None
    price_out: Optional[float] = None

    def line(self) -> str:
        model = self.model or "(no model configured)"
        return (
            f"dry run: {self.chars} characters; {self.requests} request(s) to {model} ({self.provider}, "
            f"mode {self.mode}); estimated input ≈ {self.input_tokens} tokens (o200k: system + user prompt "
            f"with the report + schema), output ≈ {self.output_tokens} tokens (expected answer, ±30%)"
            f"{cost_text(self.input_tokens, self.output_tokens, self.price_in, self.price_out, '≈ ')}; "
            "re-asks would add more; nothing was sent"
        )


def estimate(doc: Prepared, config: LLMConfig) -> Estimate:
    """Token estimate of summarising ``doc`` without calling anything (``--dry-run``)."""
    chunks = plan_chunks(doc, config)
    tokens_in = sum(_prompt_tokens(doc, config, c) for c in chunks)
    # the expected answer of each part (llm_plan: the rules reading's draft, calibrated on the cassettes)
    tokens_out = sum(min(config.max_tokens, llm_plan.expected_output(doc, c.start, c.end)) for c in chunks)
    return Estimate(
        config.model,
        config.provider,
        config.mode,
        len(doc.text),
        len(chunks),
        tokens_in,
        tokens_out,
        config.context_tokens,
        config.price_in,
        config.price_out,
    )
