"""Summarise many reports: bounded concurrency, one JSON line per report, resumable, cached.

    summarizer batch INPUTS... -o results.jsonl [--table FILE.csv|.xlsx] [--html-dir DIR] [--md-dir DIR]
                               [--dashboard DIR]
                               [--concurrency N] [--engine auto|rules|llm] [--cache-dir DIR] [--quiet]

``INPUTS`` are files, folders (searched recursively for .txt .htm .html .pdf .docx) and glob patterns
(``reports/**/*.pdf``; quote them so the shell leaves them to us).

**results.jsonl.** Each finished report is appended as one JSON object as soon as it is done::

    {"file": …, "sha256": <SHA-256 of the input bytes>, "status": "done", "engine": "rules", "summary": {…}}
    {"file": …, "sha256": …, "status": "failed", "engine": …, "error": "<one line>", "exit_code": N}

Each line is written with a single ``os.write`` on an ``O_APPEND`` descriptor and fsync'ed, so a crash or
SIGKILL leaves whole lines (and the reader, :func:`read_results`, ignores a truncated last line anyway; the
next run cuts it off before appending). One batch at a time may write a results file (``flock``).

**Resume.** A rerun of the same command skips every report whose input bytes (by SHA-256) already have a
``done`` line: an interrupted batch resumes where it stopped and a finished one costs nothing. Failed reports
are retried. Identical files in one batch are summarised once.

**Cache.** LLM results are also cached by (input SHA-256, model, prompt version, schema version) in
``--cache-dir`` (default ``$SUMMARIZER_CACHE_DIR`` or ``~/.cache/summarizer``), so a new results file or a
lost one does not pay for the same report twice. Cached summaries are re-verified against the source.

**Exit code.** 0 when every report is done, 1 when any failed (each failure is in results.jsonl with its
reason and the exit code ``summarizer summarize`` would have given), 2 for usage errors, 9 for a
configuration error that stops the whole batch (no model for ``--engine llm``, results file in use).

The Python API is :func:`run_batch`, which returns a :class:`BatchReport`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import glob
import hashlib
import importlib
import json
import os
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol, Sequence, Union

import click

from .api import finish, prepare_source
from .errors import ConfigError, InputError, SummarizerError
from .helptext import examples
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, read_file
from .models import SCHEMA_VERSION, Provenance, Summary

__all__ = ["EXTENSIONS", "BatchReport", "ItemResult", "ResultCache", "ResultsWriter", "batch_command",
           "expand_inputs", "iter_results", "read_results", "run_batch"]

EXTENSIONS = (".txt", ".htm", ".html", ".pdf", ".docx")
PathLike = Union[str, os.PathLike]


# ---------------------------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------------------------


def _walk(folder: Path) -> list[Path]:
    """Report files under ``folder``, hidden files and folders excluded, sorted by path."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / n for n in files if not n.startswith(".") and Path(n).suffix.lower() in EXTENSIONS]
    return sorted(p for p in found if not _review_page(p))


def _review_page(path: Path) -> bool:
    """A review page an earlier batch wrote (``--html-dir`` inside the input folder): not a report. Pages are
    only skipped when found in a folder or by a pattern; a page named on the command line is read."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    from .review import GENERATOR

    try:
        with open(path, "rb") as f:
            return GENERATOR.encode() in f.read(2048)
    except OSError:
        return False


def expand_inputs(inputs: Iterable[PathLike], *, exclude: Iterable[PathLike] = ()) -> list[Path]:
    """Files as given, folders recursively (report extensions only), glob patterns expanded; in order, once.

    A path that does not exist and is not a pattern is kept, so that the batch records it as failed.
    ``exclude`` removes files and everything under folders (the batch's own outputs).
    """
    excluded = [Path(p).resolve() for p in exclude]

    def skip(p: Path) -> bool:
        r = p.resolve()
        return any(r == e or e in r.parents for e in excluded)

    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen and not skip(p):
            seen.add(key)
            out.append(p)

    for item in inputs:
        raw = os.fspath(item)
        p = Path(raw).expanduser()
        if p.is_dir():
            for f in _walk(p):
                add(f)
        elif p.exists() or not glob.has_magic(raw):
            add(p)
        else:
            for match in sorted(glob.glob(os.path.expanduser(raw), recursive=True)):
                m = Path(match)
                if m.is_dir():
                    for f in _walk(m):
                        add(f)
                elif m.suffix.lower() in EXTENSIONS and not _review_page(m):
                    add(m)
    return out


def _read(path: Path, max_bytes: int) -> bytes:
    """The input's bytes, read as ``summarize`` reads them (a FIFO or device is refused, never waited on)."""
    return read_file(path, max_bytes, str(path))


# ---------------------------------------------------------------------------------------------------------------------
# results.jsonl
# ---------------------------------------------------------------------------------------------------------------------


_SHA256 = re.compile(r"[0-9a-f]{64}")


def record_problem(rec: Any) -> Optional[str]:
    """Why a parsed line is not a usable batch record, or ``None``: the shape every reader relies on.

    A ``done`` record needs a file, the input's SHA-256 and a summary that validates (else the report would count
    as done forever without one); a ``failed`` record needs a file and its error. Anything else is ignored, so
    that report is simply done again."""
    if not isinstance(rec, dict):
        return "not a JSON object"
    status = rec.get("status")
    if status not in ("done", "failed"):
        return f"status {json.dumps(status)[:40]} is neither \"done\" nor \"failed\""
    if not isinstance(rec.get("file"), str):
        return "file is not a string"
    sha = rec.get("sha256")
    if status == "done" or sha is not None:
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            return "sha256 is not a SHA-256 hex digest"
    if status == "failed":
        if not isinstance(rec.get("error"), str):
            return "error is not a string"
        if rec.get("exit_code") is not None and not (isinstance(rec["exit_code"], int)
                                                     and not isinstance(rec["exit_code"], bool)):
            return "exit_code is not an integer"
        return None
    summary = rec.get("summary")
    if not isinstance(summary, dict):
        return "a done record without a summary object"
    try:
        Summary.model_validate(summary)
    except ValueError as err:
        first = err.errors()[0] if hasattr(err, "errors") else {}  # type: ignore[attr-defined]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return f"summary.{where}: {first.get('msg', 'invalid')}" if where else "the summary does not validate"
    return None


def iter_results(path: PathLike, *, errors: Optional[list[str]] = None,
                 offsets: bool = False) -> Iterator[Any]:
    """The records of a results file, in order, read line by line (a missing file has none).

    A truncated last line (a write cut short by a crash) is ignored; any other line that is not JSON, or is JSON
    of the wrong shape (:func:`record_problem`), is skipped and described with its line number in ``errors`` when
    a list is given; its report is then redone. With ``offsets=True`` yields ``(record, offset, length)`` so a
    caller can keep an index instead of the records.
    """
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return
    with f:
        pos = 0
        for i, line in enumerate(f, 1):
            start, pos = pos, pos + len(line)
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                if line.endswith(b"\n") and errors is not None:  # without "\n": an unfinished last line
                    errors.append(f"{path}:{i}: not JSON, skipped")
                continue
            problem = record_problem(rec)
            if problem is not None:
                if errors is not None:
                    errors.append(f"{path}:{i}: not a batch record ({problem}), skipped: that report is redone")
                continue
            yield (rec, start, len(line)) if offsets else rec


def read_results(path: PathLike, *, errors: Optional[list[str]] = None) -> list[dict]:
    """All records of a results file (see :func:`iter_results`, which streams them)."""
    return list(iter_results(path, errors=errors))


def _done_index(path: PathLike, errors: Optional[list[str]] = None) -> dict[str, tuple[int, int]]:
    """SHA-256 of every report with a ``done`` line -> where that line is (the summaries stay on disk)."""
    index = {}
    for rec, start, length in iter_results(path, errors=errors, offsets=True):
        if rec.get("status") == "done" and rec.get("sha256"):
            index[rec["sha256"]] = (start, length)
    return index


def _read_record(path: PathLike, where: tuple[int, int]) -> dict:
    with open(path, "rb") as f:
        f.seek(where[0])
        return json.loads(f.read(where[1]))


class ResultsWriter:
    """Appends one record per call: a single ``os.write`` of a whole line on an O_APPEND fd, then ``fsync``.

    Opening takes an exclusive ``flock`` (one batch per results file) and cuts off a partial last line left
    by a killed writer, so the next line starts on a line of its own.
    """

    def __init__(self, path: PathLike, *, fsync: bool = True):
        self.path = Path(path)
        self.fsync = fsync
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            self._lock()
            self.repaired = self._repair_tail()
        except BaseException:
            os.close(self.fd)
            raise

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(f"{self.path} is being written by another batch: wait for it or use another -o") \
                from None

    def _repair_tail(self) -> int:
        """Truncate an unfinished last line; returns how many bytes were cut."""
        size = os.fstat(self.fd).st_size
        if size == 0 or os.pread(self.fd, 1, size - 1) == b"\n":
            return 0
        pos, chunk = size, 65536
        while pos > 0:
            start = max(0, pos - chunk)
            buf = os.pread(self.fd, pos - start, start)
            nl = buf.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        else:
            keep = 0
        os.ftruncate(self.fd, keep)
        if self.fsync:
            os.fsync(self.fd)
        return size - keep

    @staticmethod
    def encode(record: dict) -> bytes:
        """One line; :class:`Summary` values are serialised by pydantic (fast) and appended as the last keys."""
        models = (Summary, EncodedSummary)
        plain = {k: v for k, v in record.items() if not isinstance(v, models)}
        text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
        extra = "".join(f",{json.dumps(k)}:{v.json if isinstance(v, EncodedSummary) else v.model_dump_json()}"
                        for k, v in record.items() if isinstance(v, models))
        if extra:
            text = (text[:-1] + extra + "}") if plain else "{" + extra[1:] + "}"
        if "\n" in text:  # cannot happen with json.dumps / model_dump_json; a line must stay one line
            raise ValueError("a results record would span lines")
        return (text + "\n").encode("utf-8")

    def append(self, record: dict) -> None:
        line = self.encode(record)
        before = os.fstat(self.fd).st_size
        written = os.write(self.fd, line)
        if written != len(line):  # a short write (disk full): take it back so the file stays whole lines
            os.ftruncate(self.fd, before)
            raise OSError(f"short write to {self.path} ({written} of {len(line)} bytes)")
        if self.fsync:
            os.fsync(self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # releases the flock
            self.fd = -1

    def __enter__(self) -> "ResultsWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------------------------------------------------
# Cache of LLM results
# ---------------------------------------------------------------------------------------------------------------------


def default_cache_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_CACHE_DIR") or "~/.cache/summarizer").expanduser()


class ResultCache:
    """Summaries by (input SHA-256, model, prompt version, schema version), one JSON file each."""

    def __init__(self, directory: PathLike):
        self.dir = Path(directory).expanduser()

    @staticmethod
    def key(sha256: str, model: str, prompt_version: str, schema_version: str = SCHEMA_VERSION,
            extra: str = "") -> str:
        raw = json.dumps([sha256, model, prompt_version, schema_version, extra], ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / "llm" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[Summary]:
        try:
            return Summary.model_validate_json(self._path(key).read_bytes())
        except (OSError, ValueError):  # missing, unreadable or from an older schema: a miss
            return None

    def put(self, key: str, summary: Summary) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{id(summary)}.tmp")
            tmp.write_text(summary.model_dump_json(), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:  # a cache that cannot be written is not a reason to fail a report
            pass


# ---------------------------------------------------------------------------------------------------------------------
# Engines as the batch sees them
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class EncodedSummary:
    """A summary a worker process has already serialised: the parent writes the JSON out as it is and reads
    only the provenance (requests, tokens), instead of rebuilding and re-serialising the whole model."""

    json: str
    provenance: Provenance


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


def _rules_job(data: bytes, name: str, keep_script: bool, max_bytes: int,
               max_chars: int = DEFAULT_MAX_CHARS) -> tuple[Summary, str]:
    from .engines import rules

    doc = _prepare(data, name, keep_script, max_bytes, max_chars)
    return finish(rules.run(doc), doc), doc.text


def default_workers(engine: str, concurrency: int, reports: Optional[int] = None) -> int:
    """Worker processes when ``--workers`` is not given (measured on 2 cores, bench/RESULTS.md).

    The LLM path costs ~13 ms of CPU per report in one process; at 8 requests in flight per process it stays
    well below a core even with a fast service, so one process per 8 requests in flight, up to the cores.
    The rules engine is CPU work alone: one process per core. Either way a worker gets at least 16 reports
    (forking and warming a worker costs about as much as 5 rules reports). Forking is only automatic where it
    is safe: on Linux (macOS system libraries may crash in a forked child), with no other thread running in this
    process (a fork copies only the calling thread); ``--workers N`` asks for it anyway where ``fork`` exists."""
    from .shards import can_fork

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

    def __init__(self, *, keep_script: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_chars: int = DEFAULT_MAX_CHARS):
        self.keep_script = keep_script
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-rules")

    async def summarize(self, data: bytes, name: str, sha256: str, slot: asyncio.Semaphore) -> Outcome:
        loop = asyncio.get_running_loop()
        async with slot:
            summary, text = await loop.run_in_executor(self.executor, _rules_job, data, name, self.keep_script,
                                                       self.max_bytes, self.max_chars)
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

    def __init__(self, options: Optional[dict] = None, *, keep_script: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES, cache: Optional[ResultCache] = None,
                 rate: Optional[RateGate] = None, concurrency: int = 8, max_chars: int = DEFAULT_MAX_CHARS):
        from .engines.llm_config import load_config

        try:
            from .engines import llm
        except ImportError as err:
            raise ConfigError(f"the LLM engine is unavailable: {err}") from None
        self.llm = llm
        self.config = load_config(options or {})
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

        from .engines.llm_client import SlotTransport, build_client, wrap

        limits = httpx.Limits(max_connections=max(self.concurrency * 2, 10),
                              max_keepalive_connections=max(self.concurrency, 5))
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(self.config.timeout, connect=min(30.0, self.config.timeout)),
            transport=SlotTransport(httpx.AsyncHTTPTransport(limits=limits)),
            event_hooks={"request": [self.rate.before_request], "response": [self.rate.after_response]},
        )
        self._openai = build_client(self.config, async_=True, http_client=self._http)
        return wrap(self._openai, self.config)

    def cache_key(self, sha256: str) -> str:
        c = self.config
        return ResultCache.key(sha256, c.model, c.prompt_version, SCHEMA_VERSION,
                               extra="keep_script" if self.keep_script else "")

    async def summarize(self, data: bytes, name: str, sha256: str, slot: asyncio.Semaphore) -> Outcome:
        doc = await asyncio.to_thread(_prepare, data, name, self.keep_script, self.max_bytes, self.max_chars)
        key = self.cache_key(sha256)
        if self.cache is not None and (hit := await asyncio.to_thread(self.cache.get, key)) is not None:
            hit.document.source = doc.document().source
            return Outcome(await asyncio.to_thread(finish, hit, doc), doc.text, cached=True)
        from .engines.llm_client import REQUEST_SLOT

        token = REQUEST_SLOT.set(slot)  # held by SlotTransport around each HTTP request of this report
        try:
            summary = await self.llm.arun(doc, self.config, client=self.client)
        finally:
            REQUEST_SLOT.reset(token)
        summary = await asyncio.to_thread(finish, summary, doc)
        if self.cache is not None:
            await asyncio.to_thread(self.cache.put, key, summary)
        return Outcome(summary, doc.text)

    async def aclose(self) -> None:
        with contextlib.suppress(Exception):
            await self._openai.close()
        with contextlib.suppress(Exception):
            await self._http.aclose()


def make_engine(engine: Union[str, BatchEngine], *, options: Optional[dict] = None, keep_script: bool = False,
                max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: Optional[PathLike] = None, use_cache: bool = True,
                concurrency: int = 8, rpm: Optional[float] = None, workers: Optional[int] = None,
                html_dir: Optional[PathLike] = None, reports: Optional[int] = None,
                max_chars: int = DEFAULT_MAX_CHARS) -> tuple[BatchEngine, str]:
    """The engine object and the one-line reason it was chosen.

    With ``workers`` ≥ 2 (or :func:`default_workers`) the engine runs in that many forked processes, each with
    its share of ``concurrency`` (and of ``rpm``); they write the review pages into ``html_dir`` themselves."""
    if not isinstance(engine, str):
        return engine, f"engine {getattr(engine, 'name', type(engine).__name__)}"
    from .engines import resolve_engine

    if engine not in ("auto", "rules", "llm"):
        raise ConfigError(f"unknown engine {engine!r}: use auto, rules or llm")
    name, reason = engine, f"{engine} engine"
    if engine == "auto":
        from .engines import model_configured

        if model_configured(options or {}):
            name, reason = "llm", "LLM engine (a model is configured)"
        else:
            name = "rules"
            reason = resolve_engine("auto", options or {}).reason
    n = default_workers(name, concurrency, reports) if workers is None else workers
    from .shards import can_fork

    n = min(n, concurrency) if can_fork() else 0

    def build(share: int, rpm_share: Optional[float], pause: Any = None) -> BatchEngine:
        if name == "rules":
            return RulesEngine(keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars)
        cache = ResultCache(cache_dir or default_cache_dir()) if use_cache else None
        return LLMEngine(options, keep_script=keep_script, max_bytes=max_bytes, cache=cache,
                         rate=RateGate(rpm_share, shared=pause), concurrency=share, max_chars=max_chars)

    if n < 2:
        return build(concurrency, rpm), reason
    import multiprocessing

    from .shards import ShardedEngine, split

    pause = None
    if name == "llm":
        build(concurrency, rpm)  # here, before forking: the configuration is checked and the imports are done once
        pause = multiprocessing.get_context("fork").Value("d", 0.0)  # one 429 pauses every worker process
    else:
        importlib.import_module("summarizer.engines.rules")  # once, before forking
    slots = split(concurrency, n)
    pages = Path(html_dir) if html_dir is not None else None
    sharded = ShardedEngine(name, lambda i: build(slots[i], rpm / n if rpm else None, pause), slots,
                            functools.partial(_encode_outcome, pages), _one_line)
    return sharded, f"{reason}, {n} worker processes"


def _encode_outcome(html_dir: Optional[Path], outcome: Outcome, name: str, sha256: str) -> Outcome:
    """In a worker process: the summary as JSON for the parent, and the review page written here."""
    s = outcome.summary
    assert isinstance(s, Summary), "a worker's engine returns the summary itself"
    html = _write_html(html_dir, name, sha256, s, outcome.text) if html_dir is not None else None
    return Outcome(EncodedSummary(s.model_dump_json(), s.provenance), "", outcome.cached, html)


# ---------------------------------------------------------------------------------------------------------------------
# The batch
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class ItemResult:
    file: str
    status: str  # done | failed | skipped (already done) | duplicate (same bytes as another input)
    sha256: Optional[str] = None
    error: Optional[str] = None
    exit_code: Optional[int] = None
    cached: bool = False
    seconds: float = 0.0
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    html: Optional[str] = None


@dataclass
class BatchReport:
    output: Path
    engine: str = ""
    items: list[ItemResult] = field(default_factory=list)
    seconds: float = 0.0
    table: Optional[Path] = None
    html_dir: Optional[Path] = None
    dashboard: Optional[Path] = None
    interrupted: bool = False
    warnings: list[str] = field(default_factory=list)  # bad lines of the results file (skipped, their reports redone)

    def _count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        """Reports summarised by this run."""
        return self._count("done")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def skipped(self) -> int:
        """Reports already done in the results file (not summarised again)."""
        return self._count("skipped")

    @property
    def duplicates(self) -> int:
        return self._count("duplicate")

    @property
    def cached(self) -> int:
        return sum(1 for i in self.items if i.cached)

    @property
    def requests(self) -> int:
        return sum(i.requests for i in self.items)

    @property
    def input_tokens(self) -> int:
        return sum(i.input_tokens for i in self.items)

    @property
    def output_tokens(self) -> int:
        return sum(i.output_tokens for i in self.items)

    @property
    def exit_code(self) -> int:
        """0 when every report is done (now or before), 1 when any failed."""
        return 1 if self.failed else 0

    def line(self) -> str:
        parts = [f"{self.total} report(s): {self.done + self.skipped} done"]
        extra = []
        if self.skipped:
            extra.append(f"{self.skipped} already done")
        if self.cached:
            extra.append(f"{self.cached} from cache")
        if extra:
            parts[0] += f" ({', '.join(extra)})"
        parts.append(f"{self.failed} failed")
        if self.duplicates:
            dups = [i for i in self.items if i.status == "duplicate"]
            named = "; ".join(f"{i.file} ({i.error})" for i in dups[:5]) + ("; …" if len(dups) > 5 else "")
            parts.append(f"{self.duplicates} duplicate(s) skipped: {named}")
        if self.requests or self.input_tokens:
            parts.append(f"{self.requests} request(s), {self.input_tokens + self.output_tokens} tokens "
                         f"({self.input_tokens} in, {self.output_tokens} out)")
        parts.append(f"{self.seconds:.1f} s")
        msg = "summarizer: batch " + ("interrupted: " if self.interrupted else "") + ", ".join(parts)
        msg += f" → {self.output}" + (f", dashboard {self.dashboard}" if self.dashboard else "")
        if self.interrupted:
            msg += " (rerun the same command to resume)"
        elif self.failed:
            msg += " (reasons in the results file; rerun to retry the failed ones)"
        return msg


def _page_failed(item: ItemResult, err: BaseException) -> None:
    """A review page that could not be written (disk full…): the batch fails (exit 1) and says so; the report's
    summary is kept as done, so a rerun only writes the page."""
    text, code = _one_line(err)
    item.status, item.error, item.exit_code = "failed", f"review page not written: {text}", code


def _one_line(err: BaseException) -> tuple[str, int]:
    if isinstance(err, SummarizerError):
        text, code = str(err), err.exit_code
    elif isinstance(err, (asyncio.TimeoutError, TimeoutError)):
        text, code = "timed out", 10
    else:
        msg = str(err).strip()
        text, code = f"internal error: {type(err).__name__}" + (f": {msg}" if msg else ""), 11
    text = " ".join(text.split()) or type(err).__name__
    return text[:500], code


_SAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def html_name(file: str, sha256: str) -> str:
    stem = _SAFE.sub("_", Path(file).stem).strip("._")[:80] or "report"
    return f"{stem}-{sha256[:10]}.html"


def _write_html(html_dir: Path, file: str, sha256: str, summary: Summary, text: str) -> str:
    """Write a review page (atomically; a full disk raises OutputError and leaves no temporary file)."""
    from .output import write_output
    from .review import to_html

    path = html_dir / html_name(file, sha256)
    write_output(path, to_html(summary, text), option="--html-dir")
    return str(path)


def _html_from_record(html_dir: Path, file: str, sha256: str, data: bytes, where: tuple[int, int],
                      results: Path, max_bytes: int) -> str:
    """A review page for a report done by an earlier run: its saved summary and its re-cleaned text."""
    from .ingest import load
    from .verify import source_text

    summary = Summary.model_validate(_read_record(results, where)["summary"])
    text = source_text(summary, load(data, max_bytes=max_bytes, name=Path(file).name).text)
    return _write_html(html_dir, file, sha256, summary, text)


class _Progress:
    """A rich progress bar on stderr (done / failed / remaining / tokens), or nothing."""

    def __init__(self, total: int, enabled: bool):
        self.enabled = enabled
        self.progress = None
        self.done = self.failed = self.tokens = 0
        self.total = total
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
                TextColumn("done {task.fields[done]} · [red]failed {task.fields[failed]}[/] · "
                           "left {task.fields[left]} · tokens {task.fields[tokens]}"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self.task = self.progress.add_task("batch", total=total, done=0, failed=0, left=total, tokens=0)
            self.progress.start()

    def update(self, item: ItemResult) -> None:
        if item.status == "failed":
            self.failed += 1
        else:
            self.done += 1
        self.tokens += item.input_tokens + item.output_tokens
        if self.progress is not None:
            self.progress.update(self.task, advance=1, done=self.done, failed=self.failed,
                                 left=self.total - self.done - self.failed, tokens=f"{self.tokens:,}")

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


async def _run(paths: list[Path], writer: ResultsWriter, engine: BatchEngine, *,
               done: dict[str, Optional[tuple[int, int]]],
               concurrency: int, html_dir: Optional[Path], max_bytes: int, timeout: Optional[float],
               progress: _Progress, report: BatchReport,
               on_item: Optional[Callable[[ItemResult], None]] = None) -> None:
    slot = asyncio.Semaphore(concurrency)  # requests in flight (LLM) or CPU jobs (rules): held by the engine
    # reports in progress: read and prepared ahead of their request, verified and written after it
    ahead = asyncio.Semaphore(concurrency + max(2, concurrency))
    claimed: dict[str, str] = {}  # sha256 -> file: inputs of this run, so identical files are summarised once
    write_lock = asyncio.Lock()

    async def record(item: ItemResult, rec: Optional[dict]) -> None:
        if rec is not None:
            async with write_lock:
                await asyncio.to_thread(writer.append, rec)
        report.items.append(item)
        progress.update(item)
        if on_item is not None:
            on_item(item)

    async def one(path: Path) -> None:
        file = str(path)
        async with ahead:
            t0 = time.perf_counter()
            sha: Optional[str] = None
            try:
                data = await asyncio.to_thread(_read, path, max_bytes)
                sha = hashlib.sha256(data).hexdigest()
                if sha in claimed:  # the same bytes as another input of this run (done, or in flight)
                    await record(ItemResult(file, "duplicate", sha, error=f"same bytes as {claimed[sha]}"), None)
                    return
                if sha in done:  # done by an earlier run
                    item = ItemResult(file, "skipped", sha)
                    where = done[sha]
                    if html_dir is not None and where is not None and not (html_dir / html_name(file, sha)).exists():
                        try:
                            item.html = await asyncio.to_thread(_html_from_record, html_dir, file, sha, data,
                                                                where, writer.path, max_bytes)
                        except Exception as err:  # noqa: BLE001 - the report stays done; its page is a failure
                            _page_failed(item, err)
                    await record(item, None)
                    return
                claimed[sha] = file
                coro = engine.summarize(data, path.name, sha, slot)
                outcome = await (asyncio.wait_for(coro, timeout) if timeout else coro)
                s = outcome.summary
                item = ItemResult(file, "done", sha, cached=outcome.cached, seconds=time.perf_counter() - t0)
                if not outcome.cached:
                    item.requests = s.provenance.requests
                    item.input_tokens = s.provenance.input_tokens
                    item.output_tokens = s.provenance.output_tokens
                rec = {"file": file, "sha256": sha, "status": "done", "engine": s.provenance.engine,
                       "cached": outcome.cached, "seconds": round(item.seconds, 3), "summary": s}
                if html_dir is not None:
                    item.html = outcome.html
                    if item.html is None and isinstance(s, Summary):
                        try:  # the summary is recorded as done either way: a rerun rebuilds the page from it
                            item.html = await asyncio.to_thread(_write_html, html_dir, file, sha, s, outcome.text)
                        except Exception as err:  # noqa: BLE001
                            _page_failed(item, err)
            except asyncio.CancelledError:
                raise
            except Exception as err:  # noqa: BLE001 - a failed report is recorded, the batch goes on
                text, code = _one_line(err)
                if os.environ.get("SUMMARIZER_DEBUG"):
                    import traceback

                    traceback.print_exc()
                item = ItemResult(file, "failed", sha, error=text, exit_code=code, seconds=time.perf_counter() - t0)
                usage = getattr(err, "usage", None)  # engines may attach what a failed report cost
                if isinstance(usage, dict):
                    item.requests = int(usage.get("requests") or 0)
                    item.input_tokens = int(usage.get("input_tokens") or 0)
                    item.output_tokens = int(usage.get("output_tokens") or 0)
                rec = {"file": file, "sha256": sha, "status": "failed", "engine": engine.name, "error": text,
                       "exit_code": code, "seconds": round(item.seconds, 3)}
                if sha is not None:
                    claimed.pop(sha, None)
            await record(item, rec)

    tasks = [asyncio.ensure_future(one(p)) for p in paths]
    try:
        await asyncio.gather(*tasks)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def run_batch(
    inputs: Sequence[PathLike],
    output: PathLike,
    *,
    engine: Union[str, BatchEngine] = "auto",
    concurrency: int = 8,
    table: Optional[PathLike] = None,
    html_dir: Optional[PathLike] = None,
    md_dir: Optional[PathLike] = None,
    dashboard: Optional[PathLike] = None,
    cache_dir: Optional[PathLike] = None,
    use_cache: bool = True,
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout: Optional[float] = None,
    rpm: Optional[float] = None,
    workers: Optional[int] = None,
    progress: bool = False,
    engine_options: Optional[dict] = None,
    on_item: Optional[Callable[[ItemResult], None]] = None,
    on_engine: Optional[Callable[[str], None]] = None,
) -> BatchReport:
    """Summarise every report in ``inputs`` into ``output`` (JSON lines); see the module docstring.

    ``engine`` is ``"auto"``, ``"rules"``, ``"llm"`` or an object with ``name``, ``async summarize(data, name,
    sha256) -> Outcome`` and ``async aclose()``. ``table`` (.csv/.xlsx) is rebuilt from the whole results file at
    the end; ``html_dir`` gets a review page per report; ``md_dir`` a Markdown file per report and ``dashboard``
    an ``index.html`` over all results (:mod:`summarizer.dashboard`; with review pages in ``dashboard/pages`` and
    Markdown in ``dashboard/md`` unless ``html_dir``/``md_dir`` say where), both rebuilt from the whole results
    file at the end. ``progress`` shows a bar on stderr when it is a TTY.
    ``workers``: worker processes, each running the engine on its share of the reports and of ``concurrency``
    (None: :func:`default_workers`; 0 or 1: all in this process).
    """
    if concurrency < 1:
        raise ConfigError("--concurrency must be 1 or more")
    if table is not None and Path(table).suffix.lower() not in (".csv", ".xlsx"):
        raise ConfigError(f"--table {table}: use a .csv or .xlsx file name")
    t0 = time.perf_counter()
    output = Path(output)
    if dashboard is not None:  # the dashboard links to a review page and a Markdown file per report
        html_dir = Path(dashboard) / "pages" if html_dir is None else html_dir
        md_dir = Path(dashboard) / "md" if md_dir is None else md_dir
    html_path = Path(html_dir) if html_dir is not None else None
    exclude = [output] + ([Path(table)] if table else []) + ([html_path] if html_path else []) + \
        [Path(p) for p in (md_dir, dashboard) if p is not None]
    paths = expand_inputs(inputs, exclude=exclude)
    if not paths:
        raise InputError("no reports found in the inputs (looked for " + " ".join(EXTENSIONS) + ")")
    report = BatchReport(output=output, table=Path(table) if table else None, html_dir=html_path)
    # the engine first: worker processes are forked before the results file is opened and locked, so they
    # never hold its lock (a killed batch's workers could otherwise keep a rerun out for a moment)
    eng, reason = make_engine(engine, options=engine_options, keep_script=keep_script, max_bytes=max_bytes,
                              cache_dir=cache_dir, use_cache=use_cache, concurrency=concurrency, rpm=rpm,
                              workers=workers, html_dir=html_path, reports=len(paths), max_chars=max_chars)
    try:
        writer = ResultsWriter(output)
    except BaseException:
        asyncio.run(eng.aclose())
        raise
    with writer:
        done: dict[str, Optional[tuple[int, int]]] = dict(_done_index(output, report.warnings))
        report.engine = eng.name
        if on_engine is not None:
            on_engine(reason)
        bar = _Progress(len(paths), progress)

        async def main() -> None:
            try:
                await _run(paths, writer, eng, done=done, concurrency=concurrency, html_dir=html_path,
                           max_bytes=max_bytes, timeout=timeout, progress=bar, report=report, on_item=on_item)
            finally:
                await eng.aclose()

        try:
            asyncio.run(main())
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            bar.stop()
            report.seconds = time.perf_counter() - t0
    if table is not None:
        from .table import write_table

        write_table(output, table)  # OutputError (exit 12) when it cannot be written: nothing half-written
    if md_dir is not None or dashboard is not None:
        from .dashboard import write_dashboard, write_markdown

        if md_dir is not None:
            write_markdown(output, md_dir)
        if dashboard is not None:
            report.dashboard = write_dashboard(output, dashboard, html_dir=html_path, md_dir=md_dir)
    report.seconds = time.perf_counter() - t0
    return report


# ---------------------------------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------------------------------


@click.command("batch", epilog=examples('summarizer batch reports/ -o results.jsonl --table compare.xlsx --dashboard dash/', "summarizer batch 'downloads/*.pdf' -o results.jsonl --html-dir review/ --md-dir md/", 'summarizer batch reports/ -o results.jsonl --engine llm --model deepseek-chat --provider deepseek -j 16'))
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Results file (JSON lines); appended to, and read to skip reports already done.")
@click.option("--table", type=click.Path(dir_okay=False),
              help="Also write a comparison table of all results (.csv UTF-8 with BOM, or .xlsx).")
@click.option("--html-dir", type=click.Path(file_okay=False), help="Write a review page per report here.")
@click.option("--md-dir", type=click.Path(file_okay=False), help="Write a Markdown summary per report here.")
@click.option("--dashboard", type=click.Path(file_okay=False),
              help="Write DIR/index.html: every report with its quality indicators, the compliance grid, all "
                   "shortfalls, causes and plans by area, recurring boilerplate, year-over-year follow-through "
                   "(review pages in DIR/pages and Markdown in DIR/md unless --html-dir/--md-dir are given).")
@click.option("--concurrency", "-j", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Reports in flight at once.")
@click.option("--engine", type=click.Choice(["auto", "rules", "llm"]), default="auto", show_default=True,
              help="auto = llm when a model is configured, else the offline rules engine.")
@click.option("--model", help="Model for the LLM engine (else SUMMARIZER_MODEL).")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="LLM result cache [default: $SUMMARIZER_CACHE_DIR or ~/.cache/summarizer].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the LLM result cache.")
@click.option("--rpm", type=click.FloatRange(min=0, min_open=True),
              help="At most this many model requests per minute (429 Retry-After is always honoured).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Give up on one report after N seconds.")
@click.option("--keep-script", is_flag=True, help="Keep traditional-script reports in traditional characters.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Record inputs larger than this as failed.")
@click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Record inputs whose text is longer than this as failed.")
@click.option("--provider", type=click.Choice(["openai", "deepseek", "qwen", "dashscope", "ollama", "vllm",
                                              "llamacpp"]),
              help="LLM engine: preset for base URL, mode and thinking (guessed from --base-url).")
@click.option("--base-url", help="LLM engine: OpenAI-compatible endpoint (env OPENAI_BASE_URL).")
@click.option("--mode", type=click.Choice(["tools", "json", "md_json", "json_schema"]),
              help="LLM engine: structured-output mode (default from the provider).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="LLM engine: TOML config file (default ~/.config/summarizer/config.toml).")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Worker processes, each running its share of the reports and of --concurrency "
                   "(0 or 1 = all in this process). Default: one per core for the rules engine, one per 8 "
                   "requests in flight for the LLM engine, on Linux.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (the final summary line is always printed).")
def batch_command(inputs: tuple[str, ...], output: str, table: Optional[str], html_dir: Optional[str],
                  md_dir: Optional[str], dashboard: Optional[str], concurrency: int, engine: str, model: Optional[str], cache_dir: Optional[str], no_cache: bool,
                  rpm: Optional[float], timeout: Optional[float], keep_script: bool, max_bytes: int, max_chars: int,
                  provider: Optional[str], base_url: Optional[str], mode: Optional[str], config_path: Optional[str],
                  workers: Optional[int], quiet: bool) -> None:
    """Summarise many reports into a JSON-lines file, resuming where an earlier run stopped.

    INPUTS are files, folders (recursive: .txt .htm .html .pdf .docx) and glob patterns. Exit code 0 when every
    report is done, 1 when any failed (the reasons are in the results file; rerun to retry them).
    """
    if table and Path(table).suffix.lower() not in (".csv", ".xlsx"):
        raise click.BadParameter("use a .csv or .xlsx file name", param_hint="--table")
    tty = sys.stderr.isatty()

    def said(reason: str) -> None:
        if engine == "auto":
            click.echo(f"summarizer: {reason}", err=True)

    try:
        report = run_batch(list(inputs), output, engine=engine, concurrency=concurrency, table=table,
                           html_dir=html_dir, md_dir=md_dir, dashboard=dashboard, cache_dir=cache_dir, use_cache=not no_cache, keep_script=keep_script,
                           max_bytes=max_bytes, max_chars=max_chars, timeout=timeout, rpm=rpm, workers=workers,
                           progress=tty and not quiet, on_engine=said,
                           engine_options={k: v for k, v in dict(model=model, provider=provider, base_url=base_url,
                                                                 mode=mode, config=config_path).items() if v})
    except Exception as err:  # noqa: BLE001 - one line, never a traceback
        from .cli import _fail

        _fail(err)
        return
    for warning in report.warnings:
        click.echo(f"summarizer: warning: {warning}", err=True)
    click.echo(report.line(), err=True)
    sys.exit(130 if report.interrupted else report.exit_code)


def main() -> None:  # ``python -m summarizer.batch`` works before the command is registered in the CLI
    batch_command(prog_name="summarizer batch")


if __name__ == "__main__":  # pragma: no cover
    main()
