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

import logging
from typing import Any, Callable, Mapping, Optional

from ...errors import ModelError
from ...models import Summary
from ...pipeline import Prepared
from .budget import Estimate, estimate, plan_chunks
from .client import build_client, is_transient, retrying, wrap
from .config import LLMConfig, load_config
from .conversation import _Answer, _CallStats, _Conversation
from .job import _checking, _Job
from .job import document_compliance as document_compliance  # public names of this module before the split
from .job import parse_lenient as parse_lenient

__all__ = ["LLMConfig", "load_config", "make_runner", "run", "arun", "estimate", "Estimate", "plan_chunks"]

# instructor logs every failed attempt at ERROR; without a handler Python would print those to stderr, and
# the CLI promises one line per error. A NullHandler keeps them for applications that configure logging.
logging.getLogger("instructor").addHandler(logging.NullHandler())


def make_runner(options: Mapping[str, Any]) -> Callable[[Prepared], Summary]:
    """What ``resolve_engine('llm', options)`` runs: configuration is read (and checked) now."""
    config = load_config(options)

    def runner(doc: Prepared) -> Summary:
        return run(doc, config)

    return runner


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
                _give_up(job, conv, exc, attempts)
                break
            messages = conv.take(answer)
        job.done(conv)
    return job.finish()


def _give_up(job: _Job, conv: _Conversation, exc: Exception, attempts: int) -> None:
    """A request that failed for good (run and arun share this): anything but a model or transient error is a bug
    and propagates; the first request's failure fails the report; a failed re-ask keeps the answer so far."""
    if not isinstance(exc, ModelError) and not is_transient(exc):
        raise exc
    err = job.fail(exc, attempts)
    if conv.first:
        raise err from exc
    conv.failed_reask(err)


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
            except Exception as exc:  # noqa: BLE001 - fatal, or transient errors that outlived the retries
                _give_up(job, conv, exc, attempts)
                break
            messages = conv.take(answer)
        job.done(conv)
    return job.finish()
