"""Provider batch jobs (``summarizer batch … --engine llm --provider-batch``): the first requests go out as one JSONL
job through the OpenAI-compatible files + batches API, at the provider's batch price (about half, 24 h window).

Run 1 (no job yet): every report not done in results.jsonl (and not in the LLM cache) is read and prepared, its
first request(s) built exactly as the direct path builds them (:func:`first_requests`: the engine's own plan and
kwargs, serialised by the same SDK, caught before they leave), and written as JSONL lines
``{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}``. The file is uploaded (``POST /v1/files``,
``purpose=batch``), the job created (``POST /v1/batches``) and its id saved next to the results file
(``results.jsonl.batch.json``, written atomically); the command exits 75 telling the user to rerun later.

Run 2+ (a job saved): ``GET /v1/batches/{id}``; while it runs, exit 75 again. Once it has ended (completed,
expired, failed or cancelled) its output and error files are downloaded (``GET /v1/files/{id}/content``) and the
batch runs as an ordinary one (:func:`~summarizer.batch.runner.run_batch`) with :class:`ProviderBatchEngine`: each
report runs through the very same engine code (``arun``: grounding, re-asks, splitting, verification) over a
transport that answers the job's requests from the downloaded output. Everything else the engine sends — re-asks
for failing items, smaller parts after a cut-off answer — goes out as direct calls (a follow-up job would add
another 24 h round trip for a few small requests). A report whose request failed or expired in the job is recorded
as failed with the provider's reason; the saved job is then removed, so the next rerun submits what is not done
(failed, expired, new inputs) as a new job. A run killed while collecting leaves the job saved: the rerun downloads
the output again and skips the reports already written (0 lost, 0 duplicated: ``bench/bench_provider_batch.py``).

Requests are matched to answers by ``custom_id``, the hash of the request body, so a report's requests are found
again from its bytes and the configuration; a report whose requests changed (another model, prompt or
``max_tokens`` since submitting) finds no answer and is recorded as failed, to be submitted again.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from ..engines.llm.config import load_config
from ..errors import ConfigError, ModelError, SummarizerError
from ..ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from ..models import SCHEMA_VERSION
from .cache import ResultCache, default_cache_dir
from .engines import LLMEngine, _prepare
from .inputs import PathLike, _read, expand_inputs
from .progress import BatchReport, ItemResult
from .results import ResultsWriter, _done_index
from .runner import run_batch

ENDPOINT = "/v1/chat/completions"
#: states after which a job changes no more (OpenAI's batch statuses)
TERMINAL = ("completed", "expired", "failed", "cancelled")
EXIT_PENDING = 75  # EX_TEMPFAIL: try again later


def state_path(output: PathLike) -> Path:
    return Path(str(output) + ".batch.json")


def custom_id(body: bytes) -> str:
    """A request's id in the job: the hash of its body as parsed JSON (key order does not matter)."""
    canonical = json.dumps(json.loads(body), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "req-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:40]


@dataclass
class JobState:
    """What ``results.jsonl.batch.json`` keeps of a submitted job."""

    input_file_id: str
    job_id: Optional[str] = None
    model: str = ""
    requests: dict[str, str] = field(default_factory=dict)  # custom_id -> the report's SHA-256
    reports: dict[str, str] = field(default_factory=dict)  # SHA-256 -> file

    def save(self, path: Path) -> None:
        """Atomically (a temporary file, fsync, rename): a kill leaves the old state or the new one."""
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(asdict(self), f, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> Optional[JobState]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**data)
        except FileNotFoundError:
            return None
        except (ValueError, TypeError) as err:
            raise ConfigError(f"{path} is not a provider batch job file ({err}): delete it to submit again") from None


class _Captured(BaseException):
    """Raised by :class:`_Capture` to stop a request after it is built (a BaseException, so that no retry layer
    takes it for a fault to retry)."""


def _capture_transport(bodies: list[bytes]) -> Any:
    import httpx

    class _Capture(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            bodies.append(request.read())
            raise _Captured()

    return _Capture()


def first_requests(doc: Any, config: Any) -> list[bytes]:
    """The body of each first request the engine would send for ``doc`` (one per planned part), built by the
    engine's own code and serialised by the SDK, then stopped before it leaves."""
    import httpx

    # start-up optimisation (measured: the LLM engine's imports cost 0.10–0.12 s): only when a job is built
    from ..engines.llm import engine as llm

    # start-up optimisation (measured: the LLM engine's imports cost 0.10–0.12 s): only when a job is built
    from ..engines.llm.client import build_client, wrap

    # start-up optimisation (measured: the LLM engine's imports cost 0.10–0.12 s): only when a job is built
    from ..engines.llm.prompt import build_messages

    bodies: list[bytes] = []
    with httpx.Client(transport=_capture_transport(bodies)) as http:
        inst = wrap(build_client(config, async_=False, http_client=http), config)
        job = llm._Job(doc, config)
        for chunk in job.chunks:
            messages = job.messages.pop(chunk, None) or build_messages(doc, config.prompt_version, chunk)
            before = len(bodies)
            try:
                inst.chat.completions.create(**job.kwargs(messages, llm._CallStats(config.max_tokens)))
            except BaseException:
                if len(bodies) == before:  # not our stop: a real error
                    raise
    return bodies


class _ReplayTransport:
    """Answers the job's requests from its downloaded output; any other request goes to the network."""

    def __init__(self, network: Any, answers: dict[str, dict]):
        self.network, self.answers = network, answers

    async def handle_async_request(self, request: Any) -> Any:
        import httpx

        body = await request.aread()
        try:
            answer = self.answers.get(custom_id(body))
        except ValueError:
            answer = None
        if answer is None:
            return await self.network.handle_async_request(request)
        return httpx.Response(200, json=answer, request=request)

    async def aclose(self) -> None:
        await self.network.aclose()


class ProviderBatchEngine(LLMEngine):
    """The LLM engine over a finished job's output: first requests answered from it, the rest sent directly."""

    def __init__(
        self,
        options: Optional[dict],
        state: Optional[JobState],
        answers: dict[str, dict],
        failures: dict[str, str],
        status: str,
        **kw: Any,
    ):
        self.answers, self.failures, self.state, self.status = answers, failures, state, status
        super().__init__(options, **kw)

    def _transport(self, network: Any) -> Any:
        return _ReplayTransport(network, self.answers)

    async def _ask(self, doc: Any) -> Any:
        bodies = await asyncio.to_thread(first_requests, doc, self.config)
        job = self.state.job_id if self.state else None
        for body in bodies:
            cid = custom_id(body)
            if cid in self.answers:
                continue
            if self.state is None or cid not in self.state.requests:
                why = "not in the provider batch job (new, or its requests changed since it was submitted)"
            else:
                why = self.failures.get(cid) or f"no answer in the job's output (job {self.status})"
            raise ModelError(f"provider batch job {job}: {why}; rerun the same command to submit it again")
        return await super()._ask(doc)


def _client(config: Any) -> Any:
    """A synchronous client for the files and batches endpoints, with the SDK's retries (these calls are few)."""
    # start-up optimisation (measured: the LLM engine's imports cost 0.10–0.12 s): only when a job is built
    from ..engines.llm.client import build_client

    return build_client(config, async_=False).with_options(max_retries=3)


def _service(config: Any, what: str, call: Callable[[], Any]) -> Any:
    """A files/batches API call; its failure is one line (exit 10) naming the step, never a traceback."""
    import openai

    # start-up optimisation (measured: the LLM engine's imports cost 0.10–0.12 s): only when a job is built
    from ..engines.llm.client import model_error

    try:
        return call()
    except openai.OpenAIError as err:
        raise ModelError(f"provider batch: {what} failed: {model_error(err, config)}") from err


def _describe(line: dict) -> str:
    err = line.get("error") or {}
    resp = line.get("response") or {}
    if isinstance(err, dict) and (err.get("message") or err.get("code")):
        return f"{err.get('code') or 'error'}: {err.get('message') or ''}".strip(": ")
    body = resp.get("body") if isinstance(resp, dict) else None
    inner = body.get("error") if isinstance(body, dict) else None
    msg = inner.get("message") if isinstance(inner, dict) else None
    return f"HTTP {resp.get('status_code')}" + (f": {msg}" if msg else "")


def download(config: Any, job: Any) -> tuple[dict[str, dict], dict[str, str]]:
    """The answers (custom_id -> chat completion) and the failures (custom_id -> why) of an ended job."""
    client = _client(config)
    answers: dict[str, dict] = {}
    failures: dict[str, str] = {}
    for file_id in (getattr(job, "output_file_id", None), getattr(job, "error_file_id", None)):
        if not file_id:
            continue
        text = _service(config, f"downloading {file_id}", lambda fid=file_id: client.files.content(fid).text)
        for raw in text.splitlines():
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
                cid = line["custom_id"]
            except (ValueError, KeyError, TypeError):
                continue
            resp = line.get("response") or {}
            if isinstance(resp, dict) and resp.get("status_code") == 200 and not line.get("error"):
                answers[cid] = resp.get("body") or {}
            else:
                failures[cid] = " ".join(_describe(line).split())[:200]
    return answers, failures


def submit(
    paths: Sequence[Path], output: Path, config: Any, *, cache: Any, keep_script: bool, max_bytes: int, max_chars: int
) -> Optional[JobState]:
    """Build and submit the job for the reports not done; None when there is nothing to send."""
    done = _done_index(output)
    lines: list[bytes] = []
    state = JobState(input_file_id="", model=config.model)
    for path in paths:
        try:
            data = _read(path, max_bytes)
        except (SummarizerError, OSError):
            continue  # recorded as failed, with its reason, when the job's results are collected
        sha = hashlib.sha256(data).hexdigest()
        if sha in done or sha in state.reports:
            continue
        key = ResultCache.key(
            sha, config.model, config.prompt_version, SCHEMA_VERSION, extra="keep_script" if keep_script else ""
        )
        if cache is not None and cache.get(key) is not None:
            continue
        try:
            doc = _prepare(data, path.name, keep_script, max_bytes, max_chars)
        except SummarizerError:
            continue
        for body in first_requests(doc, config):
            cid = custom_id(body)
            state.requests[cid] = sha
            lines.append(
                json.dumps(
                    {"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": json.loads(body)}, ensure_ascii=False
                ).encode("utf-8")
                + b"\n"
            )
        state.reports[sha] = str(path)
    if not lines:
        return None
    client = _client(config)
    uploaded = _service(
        config,
        "uploading the requests (POST /v1/files)",
        lambda: client.files.create(
            file=("summarizer-batch.jsonl", b"".join(lines), "application/jsonl"), purpose="batch"
        ),
    )
    state.input_file_id = uploaded.id
    where = state_path(output)
    state.save(where)  # the uploaded file is known before the job exists
    job = _create(config, uploaded.id)
    state.job_id = job.id
    state.save(where)
    return state


def _create(config: Any, file_id: str) -> Any:
    client = _client(config)
    return _service(
        config,
        "creating the job (POST /v1/batches)",
        lambda: client.batches.create(
            input_file_id=file_id, endpoint=ENDPOINT, completion_window="24h", metadata={"created_by": "summarizer"}
        ),
    )


def _pending(state: JobState, job: Any, output: Path) -> str:
    counts = getattr(job, "request_counts", None)
    done = f" ({counts.completed}/{counts.total} requests done)" if counts is not None and counts.total else ""
    return (
        f"provider batch job {state.job_id} is {job.status}{done}: {len(state.reports)} report(s) → {output}; "
        "rerun the same command later to collect the results"
    )


def run_provider_batch(
    inputs: Sequence[PathLike],
    output: PathLike,
    *,
    engine_options: Optional[dict] = None,
    concurrency: int = 8,
    cache_dir: Optional[PathLike] = None,
    use_cache: bool = True,
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_item: Optional[Callable[[ItemResult], None]] = None,
    **batch_kw: Any,
) -> BatchReport:
    """Submit, poll or collect (see the module docstring); ``batch_kw`` go to ``run_batch`` when collecting."""
    output = Path(output)
    config = load_config(engine_options or {})
    cache = ResultCache(cache_dir or default_cache_dir()) if use_cache else None
    where = state_path(output)
    state = JobState.load(where)
    if state is None:
        exclude = [output, where] + [
            Path(p)
            for p in (
                batch_kw.get("table"),
                batch_kw.get("html_dir"),
                batch_kw.get("md_dir"),
                batch_kw.get("dashboard"),
            )
            if p
        ]
        paths = expand_inputs(inputs, exclude=exclude)
        with ResultsWriter(output):  # one batch per results file, as always
            if JobState.load(where) is not None:  # another run submitted while this one was starting
                raise ConfigError(f"a provider batch job for {output} was just submitted by another run: rerun later")
            state = submit(
                paths, output, config, cache=cache, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars
            )
        if state is not None:
            report = BatchReport(output=output, engine="llm")
            report.pending = (
                f"submitted provider batch job {state.job_id}: {len(state.requests)} request(s) for "
                f"{len(state.reports)} report(s) → {output}; rerun the same command later (within "
                "the 24 h window) to collect the results"
            )
            return report
        answers: dict[str, dict] = {}
        failures: dict[str, str] = {}
        status = "none"
    else:
        if not state.job_id:  # killed between the upload and the job: submit the uploaded file now
            state.job_id = _create(config, state.input_file_id).id
            state.save(where)
        client = _client(config)
        job = _service(config, f"polling job {state.job_id}", lambda: client.batches.retrieve(state.job_id))
        if job.status not in TERMINAL:
            report = BatchReport(output=output, engine="llm")
            report.pending = _pending(state, job, output)
            return report
        answers, failures = download(config, job)
        status = job.status
        if status in ("failed", "cancelled") and not answers:
            errors = getattr(getattr(job, "errors", None), "data", None) or []
            why = "; ".join(str(getattr(e, "message", e)) for e in errors[:2]) or status
            failures = {cid: f"the job {status}: {why}" for cid in state.requests}
    engine = ProviderBatchEngine(
        engine_options,
        state,
        answers,
        failures,
        status,
        keep_script=keep_script,
        max_bytes=max_bytes,
        cache=cache,
        concurrency=concurrency,
        max_chars=max_chars,
    )
    report = run_batch(
        inputs,
        output,
        engine=engine,
        concurrency=concurrency,
        keep_script=keep_script,
        max_bytes=max_bytes,
        max_chars=max_chars,
        on_item=on_item,
        engine_options=engine_options,
        cache_dir=cache_dir,
        use_cache=use_cache,
        **batch_kw,
    )
    if not report.interrupted:
        where.unlink(missing_ok=True)  # collected: the next rerun submits what is still not done
    return report
