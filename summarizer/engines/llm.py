"""The LLM engine: a model drafts the summary, we ground every quote and check every number.

Flow per report (all state lives in one :class:`_Job`, so a batch may run many reports concurrently):

1. ``plan_chunks``: the whole report in one request, or one request per group of top-level parts when
   it would not fit ``context_tokens`` (offsets stay offsets into the whole document).
2. ``build_messages`` renders the versioned prompts and fills in the report as a value (``llm_prompt``).
3. instructor (``from_openai`` on an explicitly built client) asks for a :class:`ReportSummaryDraft`;
   its validators (with the call's :class:`Grounding` in ``llm_schema.GROUNDING``) reject unalignable
   quotes and numbers the source does not contain, with Chinese messages the model is re-asked with.
4. ``Grounding.build`` aligns the quotes to offsets; document facts, outline and compliance come from the
   rules/facts layer (``Prepared``, ``rules.compliance``).

When re-asks are exhausted the last answer is grounded leniently and a warning says so; ``api.summarize``
then verifies the summary, so any unsupported number is flagged, and ``--strict`` fails.
"""

from __future__ import annotations


import json
import logging
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping, Optional

from .. import __version__
from ..errors import ModelError
from ..models import DocType, Provenance, Summary
from ..pipeline import Prepared
from .llm_client import build_client, is_transient, model_error, retrying, root_cause, wrap
from .llm_config import LLMConfig, load_config
from .llm_ground import Grounding, Items
from .llm_prompt import Chunk, build_messages, prompt_version
from .llm_schema import GROUNDING, ReportSummaryDraft
from .llm_tokens import count, count_messages, output_estimate
from .rules import compliance

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
    """Counts of one instructor call, filled by its hooks (a fresh object per call)."""

    def __init__(self) -> None:
        self.requests = 0
        self.reasks = 0
        self.raw_in = self.raw_out = 0
        self.usage: Any = None

    def hooks(self):
        from instructor.core.hooks import Hooks

        h = Hooks()
        h.on("completion:kwargs", self._on_kwargs)
        h.on("completion:response", self._on_response)
        h.on("completion:usage", self._on_usage)
        h.on("parse:error", self._on_parse_error)
        return h

    def _on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        self.requests += 1

    def _on_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)  # raw per-response usage (instructor totals it afterwards)
        self.raw_in += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.raw_out += int(getattr(usage, "completion_tokens", 0) or 0)

    def _on_usage(self, usage: Any, **kwargs: Any) -> None:
        self.usage = usage  # instructor's cumulative usage for this call

    def _on_parse_error(self, error: Exception, **kwargs: Any) -> None:
        if not kwargs.get("is_last_attempt", False):
            self.reasks += 1

    def tokens(self) -> tuple[int, int]:
        if self.usage is not None:
            return int(self.usage.prompt_tokens or 0), int(self.usage.completion_tokens or 0)
        return self.raw_in, self.raw_out


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

    original = getattr(async_validators.reject_async_validators, "__wrapped__",
                       async_validators.reject_async_validators)
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


class _Job:
    def __init__(self, doc: Prepared, config: LLMConfig):
        self.doc = doc
        self.config = config
        self.t0 = time.perf_counter()
        self.index = doc.index
        self.items = Items()
        self.warnings: list[str] = []
        self.requests = self.reasks = self.input_tokens = self.output_tokens = 0
        self.waits: list[float] = []
        self.messages: dict[Chunk, list[dict]] = {}  # built while planning, sent by the first request
        self.chunks = plan_chunks(doc, config, self.messages)
        if len(self.chunks) > 1:
            self.warnings.append(f"the report exceeds the model's context budget ({config.context_tokens} tokens): "
                                 f"summarised in {len(self.chunks)} parts")

    def request(self, chunk: Chunk) -> tuple[dict[str, Any], _CallStats, Grounding]:
        cfg = self.config
        messages = self.messages.pop(chunk, None) or build_messages(self.doc, cfg.prompt_version, chunk)
        grounding = Grounding(self.doc, (chunk.start, chunk.end), self.index)
        stats = _CallStats()
        kwargs: dict[str, Any] = dict(response_model=_response_model(), messages=messages,
                                      max_retries=cfg.max_retries, strict=False, hooks=stats.hooks(),
                                      model=cfg.model)
        kwargs[cfg.max_tokens_param] = cfg.max_tokens
        if cfg.temperature is not None:
            kwargs["temperature"] = cfg.temperature
        if cfg.token_budget:
            kwargs["token_budget"] = cfg.token_budget
        if cfg.extra_body:
            kwargs["extra_body"] = json.loads(json.dumps(dict(cfg.extra_body)))
        return kwargs, stats, grounding

    def on_wait(self, exc: BaseException, seconds: float) -> None:
        self.waits.append(seconds)

    def settle(self, chunk: Chunk, stats: _CallStats, grounding: Grounding, draft: Any = None,
               exc: Optional[BaseException] = None) -> None:
        self.requests += stats.requests
        self.reasks += stats.reasks
        tin, tout = stats.tokens()
        self.input_tokens += tin
        self.output_tokens += tout
        if exc is None:
            self.items.extend(grounding.build(draft))
            return
        if is_transient(exc):
            raise exc  # the outer tenacity policy decides
        if _validation_exhausted(exc):
            self.lenient(chunk, grounding, exc)
            return
        if _is_api_failure(exc):
            raise model_error(exc, self.config) from exc
        raise root_cause(exc)  # our own bug: an internal error, not the model's

    def lenient(self, chunk: Chunk, grounding: Grounding, exc: BaseException) -> None:
        from instructor.core import TokenBudgetError, TokenUsageUnavailableError

        where = f" for part {chunk.index}/{chunk.total}" if chunk.total > 1 else ""
        n = getattr(exc, "n_attempts", None) or stats_attempts(exc)
        if isinstance(exc, TokenUsageUnavailableError):
            why = ("without re-asking: the service reports no token usage, so the token budget cannot be enforced "
                   "(token_budget = 0 in the config disables it)")
        elif isinstance(exc, TokenBudgetError):
            why = f"when re-asking reached the token budget ({self.config.token_budget} tokens)"
        else:
            why = f"after {n} attempt(s)"
        completions = [fa.completion for fa in reversed(getattr(exc, "failed_attempts", None) or [])
                       if fa.completion is not None] or [getattr(exc, "last_completion", None)]
        draft = next((d for d in map(parse_lenient, completions) if d is not None), None)
        if draft is None:
            first = str(root_cause(exc)).splitlines()
            self.warnings.append(f"the model's answer{where} was unusable {why} "
                                 f"({' '.join(first[:2])[:120]}): its items are missing")
            return
        items = grounding.build(draft)
        self.items.extend(items)
        self.warnings.append(f"the model's answer{where} still failed the source checks {why}: kept the items "
                             f"whose quotes align ({items.dropped} quote(s)/metric(s) dropped); unsupported numbers "
                             "are flagged in verification")

    def fail(self, exc: BaseException, attempts: int) -> ModelError:
        if isinstance(exc, ModelError):
            return exc
        return model_error(exc, self.config, attempts)

    def finish(self) -> Summary:
        doc, cfg, items = self.doc, self.config, self.items
        document = doc.document()
        kind = DocType(document.doc_type).value
        if kind in _NOT_ANNUAL_TASKS:
            invented = len(items.achievements) + len(items.shortfalls) + len(items.causes) + len(items.duty.actions)
            items.achievements, items.shortfalls, items.causes = [], [], []
            items.duty = type(items.duty)()
            self.warnings.append(f"not an annual report ({kind}): its tasks are listed as plans; no achievements, "
                                 "shortfalls or duty report are extracted"
                                 + (f" ({invented} such item(s) from the model dropped)" if invented else ""))
        elif kind != DocType.annual_report.value:
            self.warnings.append(f"not an annual report ({kind}): the mandated parts may not apply")
        seconds = time.perf_counter() - self.t0
        summary = Summary(
            document=document, outline=doc.sections(), measures=items.measures, achievements=items.achievements,
            shortfalls=items.shortfalls, causes=items.causes, first_responsible_person=items.duty, plans=items.plans,
            provenance=Provenance(engine="llm", version=__version__, model=cfg.model,
                                  prompt_version=prompt_version(cfg.prompt_version), requests=self.requests,
                                  reasks=self.reasks, input_tokens=self.input_tokens,
                                  output_tokens=self.output_tokens, seconds=round(seconds, 3),
                                  timings_ms={**doc.timings_ms, "llm": seconds * 1000}),
        )
        summary.compliance = compliance(summary, doc)
        summary.warnings = self.warnings
        return summary


def stats_attempts(exc: BaseException) -> int:
    return len(getattr(exc, "failed_attempts", None) or []) or 1


def _validation_exhausted(exc: BaseException) -> bool:
    from instructor.core import InstructorRetryException, ResponseParsingError, TokenBudgetError
    from pydantic import ValidationError

    if isinstance(exc, TokenBudgetError):
        return True
    return isinstance(exc, InstructorRetryException) and isinstance(
        root_cause(exc), (ValidationError, json.JSONDecodeError, ResponseParsingError))


def _is_api_failure(exc: BaseException) -> bool:
    import openai
    from instructor.core import IncompleteOutputException

    cause = root_cause(exc)
    return isinstance(exc, IncompleteOutputException) or isinstance(cause, (openai.OpenAIError, AssertionError,
                                                                            IncompleteOutputException))


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def parse_lenient(completion: Any) -> Optional[ReportSummaryDraft]:
    """A failed answer parsed without the grounding checks (None if it is not even the right JSON)."""
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
        raw = raw[raw.index("{"):raw.rindex("}") + 1] if "}" in raw else raw
    try:
        return ReportSummaryDraft.model_validate_json(raw, strict=False)
    except ValidationError:
        return None


@contextmanager
def _checking(grounding: Grounding) -> Iterator[None]:
    """The validators' source for one call (set in this task's context, so concurrent reports keep their own;
    reset before the caller handles a failure, so a lenient re-parse runs without checks)."""
    token = GROUNDING.set(grounding)
    try:
        yield
    finally:
        GROUNDING.reset(token)


def _call_sync(job: _Job, client: Any, chunk: Chunk) -> None:
    kwargs, stats, grounding = job.request(chunk)
    try:
        with _checking(grounding):
            draft = client.chat.completions.create(**kwargs)
    except Exception as exc:  # noqa: BLE001 - classified in settle
        job.settle(chunk, stats, grounding, exc=exc)
        return
    job.settle(chunk, stats, grounding, draft=draft)


async def _call_async(job: _Job, client: Any, chunk: Chunk) -> None:
    kwargs, stats, grounding = job.request(chunk)
    try:
        with _checking(grounding):
            draft = await client.chat.completions.create(**kwargs)
    except Exception as exc:  # noqa: BLE001 - classified in settle
        job.settle(chunk, stats, grounding, exc=exc)
        return
    job.settle(chunk, stats, grounding, draft=draft)


def run(doc: Prepared, config: LLMConfig, client: Any = None) -> Summary:
    """Summarise one prepared report (synchronously). ``client``: an ``openai.OpenAI`` or instructor client."""
    job = _Job(doc, config)
    inst = wrap(client if client is not None else build_client(config, async_=False), config)
    for chunk in job.chunks:
        attempts = 0
        try:
            for attempt in retrying(config, async_=False, on_wait=job.on_wait):
                with attempt:
                    attempts += 1
                    _call_sync(job, inst, chunk)
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - transient errors that outlived the retries
            if not is_transient(exc):
                raise
            raise job.fail(exc, attempts) from exc
    return job.finish()


async def arun(doc: Prepared, config: LLMConfig, client: Any = None) -> Summary:
    """Summarise one prepared report; safe to run many concurrently (no shared mutable state).

    ``client``: an ``openai.AsyncOpenAI`` or async instructor client; share one across a batch so its
    connection pool is reused.
    """
    job = _Job(doc, config)
    inst = wrap(client if client is not None else build_client(config, async_=True), config)
    for chunk in job.chunks:
        attempts = 0
        try:
            async for attempt in retrying(config, async_=True, on_wait=job.on_wait):
                with attempt:
                    attempts += 1
                    await _call_async(job, inst, chunk)
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001
            if not is_transient(exc):
                raise
            raise job.fail(exc, attempts) from exc
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


def _prompt_tokens(doc: Prepared, config: LLMConfig, chunk: Chunk, *, bound: bool = False,
                   messages: Optional[list[dict]] = None) -> int:
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
    if (_prompt_tokens(doc, config, whole, bound=True, messages=messages) <= room
            or _prompt_tokens(doc, config, whole, messages=messages) <= room):
        if built is not None:
            built[whole] = messages
        return [whole]
    tops = list(doc.outline.top)
    if len(tops) < 2:
        return [whole]  # nothing to split along; the service will say if it is too long
    bounds = [(0 if i == 0 else n.start, tops[i + 1].start if i + 1 < len(tops) else len(text), n.id)
              for i, n in enumerate(tops)]
    empty = Chunk(1, 2, 0, 0)
    overhead = _prompt_tokens(doc, config, empty)
    cost = [count(text[s:e]) + count("\n".join(sec.id + sec.heading for sec in doc.sections()
                                                 if s <= sec.start < e)) for s, e, _ in bounds]
    groups: list[list[int]] = []
    used = 0
    for i, c in enumerate(cost):
        if groups and used + c + overhead <= room:
            groups[-1].append(i)
            used += c
        else:
            groups.append([i])
            used = c
    total = len(groups)
    return [Chunk(k + 1, total, bounds[g[0]][0], bounds[g[-1]][1], tuple(bounds[i][2] for i in g))
            for k, g in enumerate(groups)]


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

    def line(self) -> str:
        model = self.model or "(no model configured)"
        return (f"dry run: {self.chars} characters; {self.requests} request(s) to {model} ({self.provider}, "
                f"mode {self.mode}); estimated input ≈ {self.input_tokens} tokens (o200k: system + user prompt "
                f"with the report + schema), output ≈ {self.output_tokens} tokens (rough); re-asks would add more; "
                "nothing was sent")


def estimate(doc: Prepared, config: LLMConfig) -> Estimate:
    """Token estimate of summarising ``doc`` without calling anything (``--dry-run``)."""
    chunks = plan_chunks(doc, config)
    tokens_in = sum(_prompt_tokens(doc, config, c) for c in chunks)
    tokens_out = sum(output_estimate(count(doc.text[c.start:c.end]), config.max_tokens) for c in chunks)
    return Estimate(config.model, config.provider, config.mode, len(doc.text), len(chunks), tokens_in, tokens_out,
                    config.context_tokens)
