"""One report's state (:class:`_Job`): its chunks, counts, warnings, how one HTTP attempt's outcome is classified,
and the summary (or the failure) assembled at the end (see ``engine``'s docstring, steps 5–6)."""

from __future__ import annotations

import json
import re
import time
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from ...errors import ModelError
from ...models import DocType, Plan, Provenance, Summary
from ...pipeline import Prepared
from ...version import __version__
from .. import rules
from ..rules import compliance
from . import plan as llm_plan
from .budget import plan_chunks
from .client import NonJSONBody, is_transient, model_error, root_cause
from .config import LLMConfig
from .conversation import _Answer, _CallStats, _Conversation, _response_model
from .ground import Grounding, Items
from .prompt import PART_NAMES, Chunk, prompt_version
from .schema import GROUNDING, REJECTS, Reject, ReportSummaryDraft

_NOT_ANNUAL_TASKS = (DocType.implementation_plan.value, DocType.work_points.value)


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
        reading = rules.run(doc)  # the rules layer's reading: the report's parts, and a plan's units
        if kind in _NOT_ANNUAL_TASKS:
            invented = len(items.achievements) + len(items.shortfalls) + len(items.causes) + len(items.duty.actions)
            items.achievements, items.shortfalls, items.causes = [], [], []
            items.duty = type(items.duty)()
            items.plans = with_units(items.plans, reading.plans)
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
        summary.compliance, gaps = document_compliance(summary, doc, reading)
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


def with_units(plans: list[Plan], tasks: list[Plan]) -> list[Plan]:
    """A plan document's tasks as the model gave them, each with the unit responsible and the plan's period where
    the rules layer read them for the same passage (the task's quote overlaps the model's): the unit table or the
    （责任单位：…） line is the document's structure, read exactly, and its quote joins the task's evidence (and
    so does its deadline's, where the plan gives one)."""
    period = next((t.period for t in tasks if t.period), None)
    out = []
    for plan in plans:
        task = next(
            (
                t
                for t in tasks
                if t.responsible
                and t.evidence
                and any(q.start < t.evidence[0].end and t.evidence[0].start < q.end for q in plan.evidence)
            ),
            None,
        )
        if task is not None and not plan.responsible:
            more = [q for q in task.evidence[1:3] if all(q.text != e.text for e in plan.evidence)]  # (quoted once)
            plan = plan.model_copy(
                update={"responsible": task.responsible, "deadline": task.deadline, "evidence": [*plan.evidence, *more]}
            )
        out.append(plan.model_copy(update={"period": plan.period or period}))
    return out


def document_compliance(summary: Summary, doc: Prepared, reading: Optional[Summary] = None) -> tuple[Any, list[str]]:
    """Which mandated parts the *report* has, read from its outline and text by the rules layer (``reading``, run
    here when not given; never from the model's items), and the parts the report has but the model left empty (the
    model's gaps)."""
    found = compliance(reading if reading is not None else rules.run(doc), doc)
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
