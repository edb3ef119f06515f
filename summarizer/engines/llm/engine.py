"""The LLM engine: a model drafts the summary, we ground every quote and check every number.

Flow per report (all state lives in one :class:`_Job`, so a batch may run many reports concurrently):

1. ``plan_chunks``: the whole report in one request, or one request per group of top-level parts when
   it would not fit ``context_tokens`` (offsets stay offsets into the whole document).
2. ``build_messages`` renders the versioned prompts and fills in the report as a value (``llm_prompt``).
3. instructor (``from_openai`` on an explicitly built client, one HTTP request per call) asks for a
   :class:`ReportSummaryDraft`. Its items are validated one by one (``llm_schema.REJECTS``): an item whose
   quote is not in the source, whose number the source lacks, or whose fields are invalid is set aside and
   the rest of the answer is kept; wrappers models put around the answer are salvaged.
4. :class:`_Conversation` re-asks only for the items set aside (a short repair prompt, each item and its
   error, the passages they point to and a schema of their fields only: ``repair``; never the earlier
   answers), up to ``max_retries`` times within ``token_budget``; an answer with nothing
   usable is asked again whole. A re-ask that fails keeps the best answer so far.
5. ``Grounding.build`` aligns the quotes to offsets; items still failing are kept only where their quotes
   align (a wrong number is then flagged by ``verify``), the rest dropped and counted (``provenance.dropped``,
   ``--strict`` fails). No usable item at all is a :class:`ModelError` (exit 10), never an empty summary.
6. Document facts, outline and compliance come from the rules/facts layer: the mandated parts present are
   the *report's*; a part the report has but the model left empty is the model's gap (``model_gaps``).

Transient service faults are retried by one policy (``llm_client.retrying``); an answer cut at
``max_tokens`` is a failure whatever ``finish_reason`` says (llama.cpp says ``tool_calls``).
"""

from __future__ import annotations

import json
import logging
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping, Optional

from ...errors import ModelError
from ...models import DocType, Provenance, Summary
from ...pipeline import Prepared
from ...version import __version__
from .. import rules
from ..rules import compliance
from . import plan as llm_plan
from .client import NonJSONBody, build_client, is_transient, model_error, retrying, root_cause, wrap
from .config import LLMConfig, cost_text, load_config
from .ground import Grounding, Items
from .prompt import PART_NAMES, Chunk, build_messages, prompt_version, repair_messages, whole_reask_messages
from .repair import repair_request
from .schema import GROUNDING, REJECTS, Reject, ReportSummaryDraft
from .tokens import count, count_messages

__all__ = ["LLMConfig", "load_config", "make_runner", "run", "arun", "estimate", "Estimate", "plan_chunks"]

# instructor logs every failed attempt at ERROR; without a handler Python would print those to stderr, and
# the CLI promises one line per error. A NullHandler keeps them for applications that configure logging.
logging.getLogger("instructor").addHandler(logging.NullHandler())

_NOT_ANNUAL_TASKS = (DocType.implementation_plan.value, DocType.work_points.value)


def make_runner(options: Mapping[str, Any]) -> Callable[[Prepared], Summary]:
    """What ``resolve_engine('llm', options)`` runs: configuration is read (and checked) now."""
    config = load_config(options)

    def runner(doc: Prepared) -> Summary:
        return run(doc, config)

    return runner


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


class _Job:
    def __init__(self, doc: Prepared, config: LLMConfig):
        self.doc = doc
        self.config = config
        self.t0 = time.perf_counter()
        self.index = doc.index
        self.items = Items()
        self.warnings: list[str] = []
        self.problems: list[str] = []
        self.requests = self.reasks = self.input_tokens = self.output_tokens = 0
        self.waits: list[float] = []
        self.messages: dict[Chunk, list[dict]] = {}  # built while planning, sent by the first request
        self.chunks = plan_chunks(doc, config, self.messages)
        self.pending: list[Chunk] = []
        self.truncated_parts = 0
        if len(self.chunks) > 1:
            self.warnings.append(
                f"the report exceeds the model's context budget ({config.context_tokens} tokens): "
                f"summarised in {len(self.chunks)} parts"
            )

    def split_truncated(self, chunk: Chunk) -> bool:
        """A first answer cut at max_tokens: the part is asked again as smaller parts (queued after the current
        one); what other parts answered is kept. False when it cannot be cut (then the report fails)."""
        subs = llm_plan.split_chunk(self.doc, chunk)
        if not subs:
            return False
        self.truncated_parts += 1
        self.pending[:0] = subs
        self.warnings.append(
            f"the answer for {'the report' if chunk.total == 1 else f'part {chunk.index}'} was cut "
            f"off at max_tokens={self.config.max_tokens}: asked again in {len(subs)} smaller parts"
        )
        return True

    def queue(self) -> Iterator[Chunk]:
        """The planned parts, then any part split after a truncated answer (in text order)."""
        self.pending = list(self.chunks)
        while self.pending:
            yield self.pending.pop(0)

    def kwargs(self, messages: list[dict], stats: _CallStats, model: Optional[type] = None) -> dict[str, Any]:
        cfg = self.config
        # max_retries=0: one HTTP request per call; re-asks are ours (targeted), transient faults the outer policy's
        kwargs: dict[str, Any] = dict(
            response_model=model or _response_model(),
            messages=messages,
            max_retries=0,
            strict=False,
            hooks=stats.hooks(),
            model=cfg.model,
        )
        kwargs[cfg.max_tokens_param] = cfg.max_tokens
        if cfg.temperature is not None:
            kwargs["temperature"] = cfg.temperature
        if cfg.extra_body:
            kwargs["extra_body"] = json.loads(json.dumps(dict(cfg.extra_body)))
        return kwargs

    def on_wait(self, exc: BaseException, seconds: float) -> None:
        self.waits.append(seconds)

    def count(self, stats: _CallStats) -> None:
        self.requests += stats.requests
        self.input_tokens += stats.tokens_in
        self.output_tokens += stats.tokens_out

    def outcome(
        self,
        stats: _CallStats,
        grounding: Grounding,
        rejects: list[Reject],
        draft: Any = None,
        exc: Optional[BaseException] = None,
    ) -> _Answer:
        """What one HTTP attempt gave; transient faults are raised for the outer policy, fatal ones as ModelError."""
        self.count(stats)
        if exc is None:
            if hasattr(draft, "to_draft"):  # a targeted re-ask's answer (repair.repair_model)
                draft = draft.to_draft()
            return _Answer(draft, rejects, truncated=stats.truncated)
        from instructor.core import IncompleteOutputException

        cause = root_cause(exc)
        if is_transient(exc):
            raise exc
        if isinstance(exc, IncompleteOutputException) or isinstance(cause, IncompleteOutputException):
            return _Answer(truncated=True)
        completion = _completion_of(exc)
        if _unreadable(exc) and (completion is None or isinstance(completion, (str, bytes))):
            # the HTTP body itself was no chat completion (the SDK could not parse it, or handed back the text of
            # an HTML page): the service failed, not the model
            raise NonJSONBody(cause, completion) from exc
        if _is_api_failure(exc):
            raise model_error(exc, self.config) from exc
        if _unreadable(exc):
            if stats.truncated:
                return _Answer(truncated=True)
            rejects.clear()
            with _checking(grounding, rejects):
                draft = parse_lenient(completion)
            if draft is not None:
                return _Answer(draft, rejects)
            first = " ".join(str(cause).split())[:100]
            return _Answer(unusable=f"the answer was not the expected JSON ({first})")
        raise cause  # our own bug: an internal error, not the model's

    def finish(self) -> Summary:
        doc, cfg, items = self.doc, self.config, self.items
        document = doc.document()
        kind = DocType(document.doc_type).value
        if items.count() == 0:
            if items.dropped:
                self.problems.append(f"all {items.dropped} item(s)/quote(s) failed the source checks")
            raise self.failure()
        if kind in _NOT_ANNUAL_TASKS:
            invented = len(items.achievements) + len(items.shortfalls) + len(items.causes) + len(items.duty.actions)
            items.achievements, items.shortfalls, items.causes = [], [], []
            items.duty = type(items.duty)()
            self.warnings.append(
                f"not an annual report ({kind}): its tasks are listed as plans; no achievements, "
                "shortfalls or duty report are extracted"
                + (f" ({invented} such item(s) from the model dropped)" if invented else "")
            )
        elif kind != DocType.annual_report.value:
            self.warnings.append(f"not an annual report ({kind}): the mandated parts may not apply")
        shared = _shared_evidence(items)
        if shared:
            self.warnings.append(
                f"{shared} item(s) cite the very passage another item of the same kind cites: "
                "the model may have attached one passage to unrelated items (check them)"
            )
        if items.dropped:
            shown = "; ".join(items.notes[:3]) + ("; …" if len(items.notes) > 3 else "")
            self.warnings.append(
                f"{items.dropped} quote(s)/item(s)/metric(s) of the model's answer were dropped "
                f"(not found in the source or not valid): {shown}"
            )
        seconds = time.perf_counter() - self.t0
        summary = Summary(
            document=document,
            outline=doc.sections(),
            measures=items.measures,
            achievements=items.achievements,
            shortfalls=items.shortfalls,
            causes=items.causes,
            first_responsible_person=items.duty,
            plans=items.plans,
            provenance=Provenance(
                engine="llm",
                version=__version__,
                model=cfg.model,
                prompt_version=prompt_version(cfg.prompt_version),
                requests=self.requests,
                reasks=self.reasks,
                input_tokens=self.input_tokens,
                output_tokens=self.output_tokens,
                seconds=round(seconds, 3),
                timings_ms={**doc.timings_ms, "llm": seconds * 1000},
                dropped=items.dropped,
            ),
        )
        summary.compliance, gaps = document_compliance(summary, doc)
        summary.provenance.model_gaps = gaps
        if gaps:
            self.warnings.append(
                "the report has " + "、".join(PART_NAMES[g] for g in gaps) + " but the model gave no "
                "items for it: the model's gap, not the report's"
            )
        summary.warnings = self.warnings
        return summary

    def failure(self) -> ModelError:
        """No usable item in any answer: a model failure, never an empty summary."""
        why = "; ".join(dict.fromkeys(self.problems)) or "no items"
        err = ModelError(
            f"the model's answers held no usable item after {self.requests} request(s) ({why[:200]}): "
            "try another model or --mode"
        )
        err.usage = self.usage()  # type: ignore[attr-defined]
        return err

    def usage(self) -> dict:
        return {"requests": self.requests, "input_tokens": self.input_tokens, "output_tokens": self.output_tokens}

    def fail(self, exc: BaseException, attempts: int) -> ModelError:
        err = exc if isinstance(exc, ModelError) else model_error(exc, self.config, attempts)
        if getattr(err, "usage", None) is None:
            err.usage = self.usage()  # type: ignore[attr-defined]
        return err

    def done(self, conv: _Conversation) -> None:
        self.items.extend(conv.result())
        self.reasks += conv.reasks
        self.problems += conv.problems


def _shared_evidence(items: Items) -> int:
    """Items whose evidence repeats an earlier item's of the same kind (a small model pastes one paragraph
    under every item): kept, since the quote is in the source, but worth a warning."""
    repeats = 0
    for group in (items.measures, items.achievements, items.shortfalls, items.causes, items.plans, items.duty.actions):
        seen: set = set()
        for item in group:
            key = tuple((q.start, q.end) for q in item.evidence)
            repeats += key in seen
            seen.add(key)
    return repeats


def document_compliance(summary: Summary, doc: Prepared) -> tuple[Any, list[str]]:
    """Which mandated parts the *report* has, read from its outline and text by the rules layer (never from the
    model's items), and the parts the report has but the model left empty (the model's gaps)."""
    found = compliance(rules.run(doc), doc)
    mine = {
        "measures_achievements": bool(summary.measures or summary.achievements),
        "shortfalls_causes": bool(summary.shortfalls or summary.causes),
        "first_responsible_person": summary.first_responsible_person.reported,
        "next_year_plans": bool(summary.plans),
    }
    gaps = [name for name, has in mine.items() if getattr(found, name).present and not has]
    return found, gaps


def _completion_of(exc: BaseException) -> Any:
    for fa in reversed(getattr(exc, "failed_attempts", None) or []):
        if getattr(fa, "completion", None) is not None:
            return fa.completion
    return getattr(exc, "last_completion", None)


def _unreadable(exc: BaseException) -> bool:
    from instructor.core import InstructorRetryException, ResponseParsingError
    from pydantic import ValidationError

    return isinstance(exc, InstructorRetryException) and isinstance(
        root_cause(exc), (ValidationError, json.JSONDecodeError, ResponseParsingError)
    )


def _is_api_failure(exc: BaseException) -> bool:
    import openai

    cause = root_cause(exc)
    return isinstance(cause, (openai.OpenAIError, AssertionError))


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def parse_lenient(completion: Any) -> Optional[ReportSummaryDraft]:
    """An answer instructor could not parse, read the forgiving way: the JSON inside a fence or between the first
    ``{`` and the last ``}`` (None if even that is not JSON of the draft's shape). Under :func:`_checking` the
    items are checked one by one like any answer."""
    from pydantic import ValidationError

    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    raw = calls[0].function.arguments if calls else (message.content or "")
    if (m := _FENCE.search(raw)) is not None:
        raw = m.group(1)
    elif "{" in raw:
        raw = raw[raw.index("{") : raw.rindex("}") + 1] if "}" in raw else raw
    try:
        return ReportSummaryDraft.model_validate_json(raw, strict=False)
    except ValidationError:
        return None


@contextmanager
def _checking(grounding: Grounding, rejects: Optional[list[Reject]] = None) -> Iterator[None]:
    """The validators' source for one call, and where its rejected items go (set in this task's context, so
    concurrent reports keep their own; reset before the caller handles a failure)."""
    token = GROUNDING.set(grounding)
    token2 = REJECTS.set(rejects)
    try:
        yield
    finally:
        REJECTS.reset(token2)
        GROUNDING.reset(token)


def _ask_sync(job: _Job, client: Any, conv: _Conversation, messages: list[dict]) -> _Answer:
    stats, rejects = _CallStats(job.config.max_tokens), []
    try:
        with _checking(conv.grounding, rejects):
            draft = client.chat.completions.create(**job.kwargs(messages, stats, conv.response_model))
    except Exception as exc:  # noqa: BLE001 - classified in outcome
        return job.outcome(stats, conv.grounding, rejects, exc=exc)
    return job.outcome(stats, conv.grounding, rejects, draft=draft)


async def _ask_async(job: _Job, client: Any, conv: _Conversation, messages: list[dict]) -> _Answer:
    stats, rejects = _CallStats(job.config.max_tokens), []
    try:
        with _checking(conv.grounding, rejects):
            draft = await client.chat.completions.create(**job.kwargs(messages, stats, conv.response_model))
    except Exception as exc:  # noqa: BLE001 - classified in outcome
        return job.outcome(stats, conv.grounding, rejects, exc=exc)
    return job.outcome(stats, conv.grounding, rejects, draft=draft)


def run(doc: Prepared, config: LLMConfig, client: Any = None) -> Summary:
    """Summarise one prepared report (synchronously). ``client``: an ``openai.OpenAI`` or instructor client."""
    job = _Job(doc, config)
    inst = wrap(client if client is not None else build_client(config, async_=False), config)
    for chunk in job.queue():
        conv = _Conversation(job, chunk)
        messages: Optional[list[dict]] = conv.first_messages()
        while messages is not None:
            attempts = 0
            try:
                for attempt in retrying(config, async_=False, on_wait=job.on_wait):
                    with attempt:
                        attempts += 1
                        answer = _ask_sync(job, inst, conv, messages)
            except Exception as exc:  # noqa: BLE001 - fatal, or transient errors that outlived the retries
                if not isinstance(exc, ModelError) and not is_transient(exc):
                    raise
                err = job.fail(exc, attempts)
                if conv.first:
                    raise err from exc
                conv.failed_reask(err)
                break
            messages = conv.take(answer)
        job.done(conv)
    return job.finish()


async def arun(doc: Prepared, config: LLMConfig, client: Any = None) -> Summary:
    """Summarise one prepared report; safe to run many concurrently (no shared mutable state).

    ``client``: an ``openai.AsyncOpenAI`` or async instructor client; share one across a batch so its
    connection pool is reused.
    """
    job = _Job(doc, config)
    inst = wrap(client if client is not None else build_client(config, async_=True), config)
    for chunk in job.queue():
        conv = _Conversation(job, chunk)
        messages: Optional[list[dict]] = conv.first_messages()
        while messages is not None:
            attempts = 0
            try:
                async for attempt in retrying(config, async_=True, on_wait=job.on_wait):
                    with attempt:
                        attempts += 1
                        answer = await _ask_async(job, inst, conv, messages)
            except Exception as exc:  # noqa: BLE001
                if not isinstance(exc, ModelError) and not is_transient(exc):
                    raise
                err = job.fail(exc, attempts)
                if conv.first:
                    raise err from exc
                conv.failed_reask(err)
                break
            messages = conv.take(answer)
        job.done(conv)
    return job.finish()


# --- budgeting: chunks and estimates -------------------------------------------------------------------


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
