"""Engines as the batch sees them: one input's bytes in, a verified summary out (rules in a thread, LLM with one shared client), in this process or in worker processes."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Protocol, Union

from ..engines import choose, rules
from ..errors import ConfigError, one_line
from ..ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from ..models import SCHEMA_VERSION, Summary
from ..pipeline import finish, prepare_source, summarize_source
from .cache import ResultCache, default_cache_dir
from .inputs import PathLike
from .pages import write_page
from .results import EncodedSummary
from .shards import ShardedEngine, can_fork, split


@dataclass
class Outcome:
    summary: Union[Summary, EncodedSummary]
    text: str  # the cleaned text the summary's offsets index ("" when the page was written already)
    cached: bool = False
    html: Optional[str] = None  # the review page, when the engine wrote it itself


class BatchEngine(Protocol):
    """What the batch needs from an engine: summarise one input's bytes (loading and verification included).

    ``slot`` is the batch's ``--concurrency`` limit: hold it (``async with slot:``) only around the scarce
    step, a model request or a CPU job, so that the reports on either side of it are read, prepared and
    verified while the requests are in flight (the service sees ``--concurrency`` requests at all times)."""

    name: str

    async def summarize(self, data: bytes, name: str, sha256: str, slot: asyncio.Semaphore) -> Outcome: ...

    async def aclose(self) -> None: ...


def _prepare(data: bytes, name: str, keep_script: bool, max_bytes: int, max_chars: int = DEFAULT_MAX_CHARS) -> Any:
    return prepare_source(data, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars, name=name)


def _rules_job(
    data: bytes, name: str, keep_script: bool, max_bytes: int, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[Summary, str]:
    summary, doc = summarize_source(
        data, rules.run, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars, name=name
    )
    return summary, doc.text


def default_workers(engine: str, concurrency: int, reports: Optional[int] = None) -> int:
    """Worker processes when ``--workers`` is not given (measured on 2 cores, bench/RESULTS.md).

    The LLM path costs ~13 ms of CPU per report in one process; at 8 requests in flight per process it stays
    well below a core even with a fast service, so one process per 8 requests in flight, up to the cores.
    The rules engine is CPU work alone: one process per core. Either way a worker gets at least 16 reports
    (forking and warming a worker costs about as much as 5 rules reports). Forking is only automatic where it
    is safe: on Linux (macOS system libraries may crash in a forked child), with no other thread running in this
    process (a fork copies only the calling thread); ``--workers N`` asks for it anyway where ``fork`` exists."""
    if not (can_fork() and sys.platform.startswith("linux")) or threading.active_count() > 1:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    n = min(cores, concurrency // 8) if engine == "llm" else min(cores, concurrency)
    if reports is not None:
        n = min(n, reports // 16)
    return n if n >= 2 else 0


class RulesEngine:
    """The offline engine in a thread, so the event loop keeps writing results and the bar."""

    name = "rules"

    def __init__(
        self, *, keep_script: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
    ):
        self.keep_script = keep_script
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-rules")

    async def summarize(self, data: bytes, name: str, sha256: str, slot: asyncio.Semaphore) -> Outcome:
        loop = asyncio.get_running_loop()
        async with slot:
            summary, text = await loop.run_in_executor(
                self.executor, _rules_job, data, name, self.keep_script, self.max_bytes, self.max_chars
            )
        return Outcome(summary, text)

    async def aclose(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


class RateGate:
    """Shared by every request of a batch: an optional requests-per-minute pace, and a pause for all workers
    when the service answers 429 with Retry-After (one rate-limited request slows the whole batch down instead
    of every worker hammering the service in turn). ``shared``: a ``multiprocessing.Value("d")`` holding the end
    of the pause for all worker processes of the batch (monotonic clock time, which is system-wide on Linux)."""

    def __init__(self, rpm: Optional[float] = None, max_pause: float = 60.0, shared: Any = None):
        self.interval = 60.0 / rpm if rpm else 0.0
        self.max_pause = max_pause
        self._next = 0.0
        self._paused_until = 0.0
        self._shared = shared
        self.rate_limited = 0
        self._lock: Optional[asyncio.Lock] = None

    @property
    def paused_until(self) -> float:
        shared = self._shared.value if self._shared is not None else 0.0
        return max(self._paused_until, shared)

    def pause(self, seconds: float) -> None:
        until = time.monotonic() + min(max(seconds, 0.0), self.max_pause)
        self._paused_until = max(self._paused_until, until)
        if self._shared is not None:
            with self._shared.get_lock():
                self._shared.value = max(self._shared.value, until)

    async def before_request(self, request: Any = None) -> None:
        if self._lock is None:
            self._lock = asyncio.Lock()
        while (wait := self.paused_until - time.monotonic()) > 0:
            await asyncio.sleep(wait)
        if self.interval:
            async with self._lock:
                now = time.monotonic()
                slot = max(now, self._next)
                self._next = slot + self.interval
            if slot > now:
                await asyncio.sleep(slot - now)

    async def after_response(self, response: Any) -> None:
        if getattr(response, "status_code", 0) != 429:
            return
        self.rate_limited += 1
        headers = getattr(response, "headers", {}) or {}
        wait = None
        with contextlib.suppress(TypeError, ValueError):
            if headers.get("retry-after-ms"):
                wait = float(headers["retry-after-ms"]) / 1000
            elif headers.get("retry-after"):
                wait = float(headers["retry-after"])
        self.pause(1.0 if wait is None else wait)


class LLMEngine:
    """The LLM engine with one shared async client (connection pool, rate gate) and the result cache."""

    name = "llm"

    def __init__(
        self,
        options: Optional[dict] = None,
        *,
        keep_script: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        cache: Optional[ResultCache] = None,
        rate: Optional[RateGate] = None,
        concurrency: int = 8,
        max_chars: int = DEFAULT_MAX_CHARS,
    ):
        try:
            # Start-up optimisation (measured 2026-11-30: the LLM engine costs 0.10-0.12 s to import on top of the
            # rest of the package): only a batch that runs the LLM engine imports it.
            from ..engines.llm import client as llm_client
            from ..engines.llm import engine as llm
        except ImportError as err:
            raise ConfigError(f"the LLM engine is unavailable: {err}") from None
        self.llm = llm
        self.llm_client = llm_client
        self.config = llm.load_config(options or {})
        self.keep_script = keep_script
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.cache = cache
        self.rate = rate or RateGate()
        self.concurrency = concurrency
        self.client = self._make_client()

    def _make_client(self) -> Any:
        """One async client for the whole batch: a connection pool sized for the concurrency, and the rate gate
        on every HTTP request (the SDK's own retries included), wrapped once by instructor."""
        import httpx

        SlotTransport, build_client, wrap = (
            self.llm_client.SlotTransport,
            self.llm_client.build_client,
            self.llm_client.wrap,
        )
        limits = httpx.Limits(
            max_connections=max(self.concurrency * 2, 10), max_keepalive_connections=max(self.concurrency, 5)
        )
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(self.config.timeout, connect=min(30.0, self.config.timeout)),
            transport=SlotTransport(self._transport(httpx.AsyncHTTPTransport(limits=limits))),
            event_hooks={"request": [self.rate.before_request], "response": [self.rate.after_response]},
        )
        self._openai = build_client(self.config, async_=True, http_client=self._http)
        return wrap(self._openai, self.config)

    def _transport(self, network: Any) -> Any:
        """The transport under the request slot (a provider batch job answers first requests from its output)."""
        return network

    async def _ask(self, doc: Any) -> Summary:
        """The model's summary of a prepared report (not yet verified)."""
        return await self.llm.arun(doc, self.config, client=self.client)

    def cache_key(self, sha256: str) -> str:
        c = self.config
        return ResultCache.key(
            sha256, c.model, c.prompt_version, SCHEMA_VERSION, extra="keep_script" if self.keep_script else ""
        )

    async def summarize(self, data: bytes, name: str, sha256: str, slot: asyncio.Semaphore) -> Outcome:
        doc = await asyncio.to_thread(_prepare, data, name, self.keep_script, self.max_bytes, self.max_chars)
        key = self.cache_key(sha256)
        if self.cache is not None and (hit := await asyncio.to_thread(self.cache.get, key)) is not None:
            hit.document.source = doc.document().source
            return Outcome(await asyncio.to_thread(finish, hit, doc), doc.text, cached=True)
        token = self.llm_client.REQUEST_SLOT.set(slot)  # held by SlotTransport around each HTTP request of this report
        try:
            summary = await self._ask(doc)
        finally:
            self.llm_client.REQUEST_SLOT.reset(token)
        summary = await asyncio.to_thread(finish, summary, doc)
        if self.cache is not None:
            await asyncio.to_thread(self.cache.put, key, summary)
        return Outcome(summary, doc.text)

    async def aclose(self) -> None:
        with contextlib.suppress(Exception):
            await self._openai.close()
        with contextlib.suppress(Exception):
            await self._http.aclose()


def make_engine(
    engine: Union[str, BatchEngine],
    *,
    options: Optional[dict] = None,
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache_dir: Optional[PathLike] = None,
    use_cache: bool = True,
    concurrency: int = 8,
    rpm: Optional[float] = None,
    workers: Optional[int] = None,
    html_dir: Optional[PathLike] = None,
    reports: Optional[int] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> tuple[BatchEngine, str]:
    """The engine object and the one-line reason it was chosen.

    With ``workers`` ≥ 2 (or :func:`default_workers`) the engine runs in that many forked processes, each with
    its share of ``concurrency`` (and of ``rpm``); they write the review pages into ``html_dir`` themselves."""
    if not isinstance(engine, str):
        return engine, f"engine {getattr(engine, 'name', type(engine).__name__)}"
    name, reason = choose(engine, options or {})
    n = default_workers(name, concurrency, reports) if workers is None else workers
    n = min(n, concurrency) if can_fork() else 0

    def build(share: int, rpm_share: Optional[float], pause: Any = None) -> BatchEngine:
        if name == "rules":
            return RulesEngine(keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars)
        cache = ResultCache(cache_dir or default_cache_dir()) if use_cache else None
        return LLMEngine(
            options,
            keep_script=keep_script,
            max_bytes=max_bytes,
            cache=cache,
            rate=RateGate(rpm_share, shared=pause),
            concurrency=share,
            max_chars=max_chars,
        )

    if n < 2:
        return build(concurrency, rpm), reason
    import multiprocessing

    pause = None
    if name == "llm":
        build(concurrency, rpm)  # here, before forking: the configuration is checked and the imports are done once
        pause = multiprocessing.get_context("fork").Value("d", 0.0)  # one 429 pauses every worker process
    else:
        importlib.import_module("summarizer.engines.rules")  # once, before forking
    slots = split(concurrency, n)
    pages = Path(html_dir) if html_dir is not None else None
    sharded = ShardedEngine(
        name,
        lambda i: build(slots[i], rpm / n if rpm else None, pause),
        slots,
        functools.partial(_encode_outcome, pages),
        one_line,
    )
    return sharded, f"{reason}, {n} worker processes"


def _encode_outcome(html_dir: Optional[Path], outcome: Outcome, name: str, sha256: str) -> Outcome:
    """In a worker process: the summary as JSON for the parent, and the review page written here."""
    s = outcome.summary
    assert isinstance(s, Summary), "a worker's engine returns the summary itself"
    html = write_page(html_dir, name, sha256, s, outcome.text) if html_dir is not None else None
    return Outcome(EncodedSummary(s.model_dump_json(), s.provenance), "", outcome.cached, html)
