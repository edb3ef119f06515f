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

The Python API is :func:`run_batch`, which returns a :class:`~summarizer.batch.progress.BatchReport`.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from pathlib import Path
from typing import Callable, Optional, Sequence, Union

from ..engines.llm.config import load_config
from ..errors import ConfigError, InputError, one_line
from ..ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from ..models import Summary
from ..render.dashboard import write_dashboard, write_markdown
from ..render.review import html_name
from ..render.table import write_table
from .engines import BatchEngine, make_engine
from .inputs import EXTENSIONS, PathLike, _read, expand_inputs
from .pages import page_from_record, write_page
from .progress import BatchReport, ItemResult, _Progress
from .results import ResultsWriter, _done_index, iter_results


def _page_failed(item: ItemResult, err: BaseException) -> None:
    """A review page that could not be written (disk full…): the batch fails (exit 1) and says so; the report's
    summary is kept as done, so a rerun only writes the page."""
    text, code = one_line(err)
    item.status, item.error, item.exit_code = "failed", f"review page not written: {text}", code


async def _run(
    paths: list[Path],
    writer: ResultsWriter,
    engine: BatchEngine,
    *,
    done: dict[str, Optional[tuple[int, int]]],
    concurrency: int,
    html_dir: Optional[Path],
    max_bytes: int,
    timeout: Optional[float],
    progress: _Progress,
    report: BatchReport,
    on_item: Optional[Callable[[ItemResult], None]] = None,
) -> None:
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

    # each input claims its bytes in the inputs' order, whichever read ends first: of two copies the later one is
    # the duplicate, the same in every run
    claimed_in_turn = [asyncio.Event() for _ in paths]

    async def one(index: int, path: Path) -> None:
        file = str(path)
        if index:
            await claimed_in_turn[index - 1].wait()
        async with ahead:
            t0 = time.perf_counter()
            sha: Optional[str] = None
            try:
                try:
                    data = await asyncio.to_thread(_read, path, max_bytes)
                    sha = hashlib.sha256(data).hexdigest()
                    first = claimed.setdefault(sha, file) if sha not in done else None
                finally:
                    claimed_in_turn[index].set()
                if first is not None and first != file:  # the same bytes as another input of this run
                    await record(ItemResult(file, "duplicate", sha, error=f"same bytes as {first}"), None)
                    return
                if sha in done:  # done by an earlier run
                    item = ItemResult(file, "skipped", sha)
                    where = done[sha]
                    if html_dir is not None and where is not None and not (html_dir / html_name(file, sha)).exists():
                        try:
                            item.html = await asyncio.to_thread(
                                page_from_record, html_dir, file, sha, data, where, writer.path, max_bytes
                            )
                        except Exception as err:  # noqa: BLE001 - the report stays done; its page is a failure
                            _page_failed(item, err)
                    await record(item, None)
                    return
                coro = engine.summarize(data, path.name, sha, slot)
                outcome = await (asyncio.wait_for(coro, timeout) if timeout else coro)
                s = outcome.summary
                item = ItemResult(file, "done", sha, cached=outcome.cached, seconds=time.perf_counter() - t0)
                if not outcome.cached:
                    item.requests = s.provenance.requests
                    item.input_tokens = s.provenance.input_tokens
                    item.output_tokens = s.provenance.output_tokens
                rec = {
                    "file": file,
                    "sha256": sha,
                    "status": "done",
                    "engine": s.provenance.engine,
                    "cached": outcome.cached,
                    "seconds": round(item.seconds, 3),
                    "summary": s,
                }
                if html_dir is not None:
                    item.html = outcome.html
                    if item.html is None and isinstance(s, Summary):
                        try:  # the summary is recorded as done either way: a rerun rebuilds the page from it
                            item.html = await asyncio.to_thread(write_page, html_dir, file, sha, s, outcome.text)
                        except Exception as err:  # noqa: BLE001
                            _page_failed(item, err)
            except asyncio.CancelledError:
                raise
            except Exception as err:  # noqa: BLE001 - a failed report is recorded, the batch goes on
                text, code = one_line(err)
                if os.environ.get("SUMMARIZER_DEBUG"):
                    import traceback

                    traceback.print_exc()
                item = ItemResult(file, "failed", sha, error=text, exit_code=code, seconds=time.perf_counter() - t0)
                usage = getattr(err, "usage", None)  # engines may attach what a failed report cost
                if isinstance(usage, dict):
                    item.requests = int(usage.get("requests") or 0)
                    item.input_tokens = int(usage.get("input_tokens") or 0)
                    item.output_tokens = int(usage.get("output_tokens") or 0)
                rec = {
                    "file": file,
                    "sha256": sha,
                    "status": "failed",
                    "engine": engine.name,
                    "error": text,
                    "exit_code": code,
                    "seconds": round(item.seconds, 3),
                }
                if sha is not None:
                    claimed.pop(sha, None)
            await record(item, rec)

    tasks = [asyncio.ensure_future(one(i, p)) for i, p in enumerate(paths)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _prices(options: Optional[dict]) -> tuple[Optional[float], Optional[float]]:
    """The user's price_in/price_out (flags, environment, config file), for the cost in the summary line."""
    try:
        cfg = load_config(options or {}, require_model=False, require_key=False)
    except ConfigError:
        return None, None
    return cfg.price_in, cfg.price_out


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
    an ``index.html`` over all results (:mod:`summarizer.render.dashboard`; with review pages in ``dashboard/pages`` and
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
    exclude = (
        [output]
        + ([Path(table)] if table else [])
        + ([html_path] if html_path else [])
        + [Path(p) for p in (md_dir, dashboard) if p is not None]
    )
    paths = expand_inputs(inputs, exclude=exclude)
    if not paths:
        raise InputError("no reports found in the inputs (looked for " + " ".join(EXTENSIONS) + ")")
    report = BatchReport(output=output, table=Path(table) if table else None, html_dir=html_path)
    # the engine first: worker processes are forked before the results file is opened and locked, so they
    # never hold its lock (a killed batch's workers could otherwise keep a rerun out for a moment)
    eng, reason = make_engine(
        engine,
        options=engine_options,
        keep_script=keep_script,
        max_bytes=max_bytes,
        cache_dir=cache_dir,
        use_cache=use_cache,
        concurrency=concurrency,
        rpm=rpm,
        workers=workers,
        html_dir=html_path,
        reports=len(paths),
        max_chars=max_chars,
    )
    try:
        writer = ResultsWriter(output)
    except BaseException:
        asyncio.run(eng.aclose())
        raise
    with writer:
        done: dict[str, Optional[tuple[int, int]]] = dict(_done_index(output, report.warnings))
        report.engine = eng.name
        if eng.name == "llm":
            report.price_in, report.price_out = _prices(engine_options)
        if on_engine is not None:
            on_engine(reason)
        bar = _Progress(len(paths), progress)

        async def main() -> None:
            try:
                await _run(
                    paths,
                    writer,
                    eng,
                    done=done,
                    concurrency=concurrency,
                    html_dir=html_path,
                    max_bytes=max_bytes,
                    timeout=timeout,
                    progress=bar,
                    report=report,
                    on_item=on_item,
                )
            finally:
                await eng.aclose()

        try:
            asyncio.run(main())
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            bar.stop()
            report.seconds = time.perf_counter() - t0
    if table is not None:  # OutputError (exit 12) when it cannot be written: nothing half-written
        write_table(iter_results(output), table)
    if md_dir is not None:
        write_markdown(iter_results(output), md_dir)
    if dashboard is not None:
        report.dashboard = write_dashboard(iter_results(output), dashboard, html_dir=html_path, md_dir=md_dir)
    report.seconds = time.perf_counter() - t0
    return report
