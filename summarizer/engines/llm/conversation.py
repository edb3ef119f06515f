"""One chunk's conversation with the model (see ``engine``'s docstring, steps 3–4): the counts of each HTTP attempt
(instructor's hooks), the response model made once, one parsed answer, and :class:`_Conversation`, which merges
answers and builds the cheap re-asks for the items set aside."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional

from ...errors import ModelError
from .ground import Grounding, Items
from .prompt import Chunk, build_messages, repair_messages, whole_reask_messages
from .repair import repair_request
from .schema import Reject, ReportSummaryDraft

if TYPE_CHECKING:
    from .job import _Job


# --- per-call bookkeeping (instructor hooks) ---------------------------------------------------------------


class _CallStats:
    """Counts of one HTTP attempt, filled by instructor's hooks (a fresh object per attempt)."""

    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens
        self.requests = 0
        self.tokens_in = self.tokens_out = 0
        self.truncated = False

    def hooks(self):
        from instructor.core.hooks import Hooks

        h = Hooks()
        h.on("completion:kwargs", self._on_kwargs)
        h.on("completion:response", self._on_response)
        return h

    def _on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        self.requests += 1

    def _on_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        self.tokens_in += int(getattr(usage, "prompt_tokens", 0) or 0)
        out = int(getattr(usage, "completion_tokens", 0) or 0)
        self.tokens_out += out
        # llama.cpp's server says finish_reason "tool_calls" for an answer cut at max_tokens: trust the count
        if out >= self.max_tokens:
            self.truncated = True


# --- one report -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _response_model() -> type:
    """The draft model as instructor's ResponseSchema, made once: given a plain model, instructor wraps it in a
    new class on every call, so its schema cache never hits and each request rebuilds the JSON schema (~10 ms).
    The schema sent is the same either way."""
    from instructor.v2.core.function_calls import response_schema

    model = response_schema(ReportSummaryDraft)
    _check_once(ReportSummaryDraft, model)
    return model


def _check_once(*models: type) -> None:
    """instructor 1.17 (pinned) fails closed on async validators by walking the response model's class tree,
    up to seven times per call (~1.7 ms per report, more than the whole HTTP exchange costs us). Our draft
    models cannot change: they are checked here, once, with instructor's own check (so one that ever gained
    an async validator fails now), and later checks of exactly these classes return at once. Any other model
    is checked by instructor as before."""
    from instructor.v2.core import patch
    from instructor.v2.validation import async_validators

    original = getattr(
        async_validators.reject_async_validators, "__wrapped__", async_validators.reject_async_validators
    )
    for m in models:
        original(m)
    ours = set(getattr(async_validators.reject_async_validators, "checked", ())) | set(models)

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in ours:
            return
        original(response_model)

    reject_async_validators.__wrapped__ = original  # type: ignore[attr-defined]
    reject_async_validators.checked = frozenset(ours)  # type: ignore[attr-defined]
    # instructor calls it through its module (imported in each function) and through the name patch.py imported
    async_validators.reject_async_validators = reject_async_validators
    patch.reject_async_validators = reject_async_validators


@dataclass
class _Answer:
    """One answer of the model, parsed item by item: the items that passed, the ones that did not, or why
    nothing could be read."""

    draft: Optional[ReportSummaryDraft] = None
    rejects: list[Reject] = field(default_factory=list)
    unusable: Optional[str] = None  # why no draft could be read from the answer
    truncated: bool = False


def _empty_draft() -> ReportSummaryDraft:
    return ReportSummaryDraft()


class _Conversation:
    """The requests for one chunk: the first ask, then re-asks that cost little.

    A re-ask carries the source and only the items that failed (each with its error), never the earlier answers:
    a repaired item joins the answer, one still failing is asked about again or dropped with a note. An answer
    with nothing usable is asked again whole (without the broken answer). Whatever a re-ask brings, the best
    answer so far is kept: a re-ask cut off or ending in a service error ends the re-asks; an unreadable one
    counts as a re-ask spent.
    """

    def __init__(self, job: _Job, chunk: Chunk):
        self.job, self.chunk = job, chunk
        self.grounding = Grounding(job.doc, (chunk.start, chunk.end), job.index)
        self.kept: ReportSummaryDraft = _empty_draft()
        self.rejects: list[Reject] = []
        self.reasks = 0
        self.problems: list[str] = []  # why answers were unusable, for the failure message
        self.where = f" for part {chunk.index}/{chunk.total}" if chunk.total > 1 else ""
        self.first = True
        self.response_model: Optional[type] = None  # a targeted re-ask's own (None: the full draft)

    def first_messages(self) -> list[dict]:
        return self.job.messages.pop(self.chunk, None) or build_messages(
            self.job.doc, self.job.config.prompt_version, self.chunk
        )

    def failed_reask(self, err: ModelError) -> None:
        """A re-ask ended in a service error: keep what we have."""
        self.job.warnings.append(f"a re-ask{self.where} failed ({err}): kept the best answer so far")

    def take(self, answer: _Answer) -> Optional[list[dict]]:
        """Merge an answer; the next request's messages, or None when done."""
        cfg = self.job.config
        first, self.first = self.first, False
        if answer.truncated:
            if first and self.job.split_truncated(self.chunk):
                return None
            if first:
                raise ModelError(
                    f"the model's answer{self.where} was cut off at the output limit "
                    f"(max_tokens={cfg.max_tokens}): raise --max-tokens (or max_tokens in the config "
                    "file)"
                )
            self.job.warnings.append(
                f"a re-ask's answer{self.where} was cut off at max_tokens={cfg.max_tokens}: kept the best answer so far"
            )
            return None
        if answer.draft is None:
            self.problems.append(answer.unusable or "unreadable answer")
        else:
            draft = answer.draft
            if draft.item_count() == 0 and not answer.rejects:
                self.problems.append("the answer held no items (valid JSON, but none of the expected fields filled)")
            if not first and self.rejects:
                draft = self._asked_for(draft)
            self._merge(draft)
            self.rejects = answer.rejects
        if self.reasks >= cfg.max_retries:
            return None
        if cfg.token_budget and self.job.input_tokens + self.job.output_tokens >= cfg.token_budget:
            self.job.warnings.append(f"re-asks{self.where} stopped at the token budget ({cfg.token_budget} tokens)")
            return None
        if self.rejects:
            self.reasks += 1
            if cfg.repair == "full":
                return repair_messages(self.job.doc, cfg.prompt_version, self.chunk, self.rejects)
            messages, self.response_model = repair_request(
                self.job.doc, cfg.prompt_version, self.chunk, self.grounding, self.rejects
            )
            return messages
        self.response_model = None
        # one part of a long report may hold nothing to list; an unreadable answer is asked again in any case
        if self.kept.item_count() == 0 and (self.chunk.total == 1 or answer.draft is None):
            self.reasks += 1
            why = self.problems[-1] if self.problems else "no items"
            return whole_reask_messages(self.first_messages(), why)
        return None

    def _asked_for(self, draft: ReportSummaryDraft) -> ReportSummaryDraft:
        """From a targeted re-ask's answer, only the items asked about: as many per field as failed there. A small
        model answers a repair request with its whole summary again, often different from the first; those
        extra items were not checked against the first answer's and are left out, with a warning."""
        wanted: dict[str, int] = {}
        for r in self.rejects:
            wanted[r.field] = wanted.get(r.field, 0) + 1
        out = ReportSummaryDraft()
        extra = 0
        for name in ("measures", "achievements", "shortfalls", "causes", "plans"):
            got = getattr(draft, name)
            keep = got[: wanted.get(name, 0)]
            extra += len(got) - len(keep)
            setattr(out, name, keep)
        duty = draft.first_responsible_person
        keep_actions = duty.actions[: wanted.get("first_responsible_person.actions", 0)]
        extra += len(duty.actions) - len(keep_actions)
        out.first_responsible_person.actions = keep_actions
        if "first_responsible_person" in wanted or "first_responsible_person.quotes" in wanted:
            out.first_responsible_person = duty.model_copy(update={"actions": keep_actions})
        if extra:
            self.job.warnings.append(
                f"a re-ask's answer{self.where} also held {extra} item(s) not asked about: left out"
            )
        return out

    def _merge(self, draft: ReportSummaryDraft) -> None:
        """Add an answer's items; an item already kept (same quotes) is not added twice (a model asked to repair
        two items may return the whole summary again)."""
        k = self.kept

        def add(into: list, new: list) -> None:
            seen = {tuple(x.quotes) for x in into}  # what was kept before this answer, not its own repeats
            into.extend(x for x in new if tuple(x.quotes) not in seen)

        for name in ("measures", "achievements", "shortfalls", "causes", "plans"):
            add(getattr(k, name), getattr(draft, name))
        a, b = k.first_responsible_person, draft.first_responsible_person
        add(a.actions, b.actions)
        a.quotes.extend(q for q in b.quotes if q not in a.quotes)
        if b.reported and not a.reported:
            a.reported, a.dedicated_section, a.section = b.reported, b.dedicated_section, b.section

    def result(self) -> Items:
        items = self.grounding.build(self.kept)
        leftover = [r for r in self.rejects if r.field != "first_responsible_person.quotes"]
        items.dropped += sum(len(r.item) for r in self.rejects if r.field == "first_responsible_person.quotes")
        for r in leftover:
            salvaged = _lenient_item(r)
            if salvaged is None:
                items.dropped += 1
                items.notes.append(f"{r.field}: {'；'.join(r.errors)[:80]}")
                continue
            items.extend(self.grounding.build(salvaged))  # keeps what aligns; verify() flags a wrong number
        if leftover:
            self.job.warnings.append(
                f"{len(leftover)} item(s) of the model's answer{self.where} still failed the source checks after "
                f"{self.reasks} re-ask(s): kept those whose quotes align (numbers the source lacks are flagged in "
                "verification), dropped the rest"
            )
        return items


def _lenient_item(r: Reject) -> Optional[ReportSummaryDraft]:
    """A rejected item parsed without the source checks, as a one-item draft (None if it is not even valid)."""
    from pydantic import ValidationError

    name = r.field
    try:
        if name == "first_responsible_person.actions":
            return ReportSummaryDraft.model_validate({"first_responsible_person": {"actions": [r.item]}})
        if name == "first_responsible_person":
            return ReportSummaryDraft.model_validate({"first_responsible_person": r.item})
        return ReportSummaryDraft.model_validate({name: [r.item]})
    except (ValidationError, TypeError):
        return None
