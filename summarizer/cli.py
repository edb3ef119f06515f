"""The ``summarizer`` command line.

Errors are one line on stderr with a distinct exit code (see :mod:`summarizer.errors`), never a traceback
(set ``SUMMARIZER_DEBUG=1`` to see one).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

import click
from pydantic import ValidationError

from .api import EngineName
from .api import summarize as summarize_api
from .engines import EngineOptions, resolve_engine
from .errors import InputError, InputTooLargeError, ReportTimeout, SummarizerError, VerificationFailed
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, load, read_file
from .jsonout import dumps
from .models import Summary, json_schema
from .output import check_output, write_output
from .pipeline import prepare_source, summarize_source
from .render.markdown import check_to_text, to_markdown
from .verify import verify
from .version import __version__

# Start-up (issue 15): the batch machinery (asyncio, the runner, the dashboard: ~60 ms), ``check``, ``compare`` and
# the table writer and the review page are imported by the commands that use them, not by every command.
if TYPE_CHECKING:
    # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
    from .check import CheckResult


def examples(*lines: str) -> str:
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


PROVIDERS = ["openai", "deepseek", "qwen", "dashscope", "ollama", "vllm", "llamacpp"]


def engine_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--engine`` as every command that summarises a report takes it (the help says what it is for there)."""
    return click.option(
        "--engine", type=click.Choice(["auto", "rules", "llm"]), default="auto", show_default=True, help=help_text
    )


output_option = click.option("-o", "--output", help="Write here instead of standard output.")


def input_limits(*, bytes_help: str, chars_help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--max-bytes`` and ``--max-chars``, shared by every command that reads a report (the help says what each
    command does with an input over the limit)."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        command = click.option(
            "--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True, help=chars_help
        )(command)
        return click.option(
            "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help=bytes_help
        )(command)

    return decorate


def llm_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The LLM engine's options, shared by ``summarize`` and ``batch``: the command receives them as one
    :class:`~summarizer.engines.EngineOptions` named ``options``."""
    flags = [
        click.option("--model", help="LLM engine: model name (env SUMMARIZER_MODEL)."),
        click.option("--base-url", help="LLM engine: OpenAI-compatible endpoint (env OPENAI_BASE_URL)."),
        click.option(
            "--provider",
            type=click.Choice(PROVIDERS),
            help="LLM engine: preset for base URL, mode and thinking (guessed from --base-url).",
        ),
        click.option(
            "--mode",
            type=click.Choice(["tools", "json", "md_json", "json_schema"]),
            help="LLM engine: structured-output mode (env SUMMARIZER_MODE; default from the provider).",
        ),
        click.option("--max-tokens", type=int, help="LLM engine: output token limit per request (default 8192)."),
        click.option("--max-retries", type=int, help="LLM engine: re-asks after a failed check (default 2)."),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            help="LLM engine: TOML config file (default ~/.config/summarizer/config.toml).",
        ),
    ]

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        model: Optional[str],
        base_url: Optional[str],
        provider: Optional[str],
        mode: Optional[str],
        max_tokens: Optional[int],
        max_retries: Optional[int],
        config_path: Optional[str],
        **kwargs: Any,
    ) -> Any:
        options = EngineOptions(
            model=model,
            base_url=base_url,
            provider=provider,
            mode=mode,
            max_tokens=max_tokens,
            max_retries=max_retries,
            config=config_path,
        )
        return command(*args, options=options, **kwargs)

    for flag in reversed(flags):
        wrapper = flag(wrapper)
    return wrapper


def _fail(err: BaseException) -> None:
    if os.environ.get("SUMMARIZER_DEBUG"):
        raise err
    if isinstance(err, SummarizerError):
        click.echo(f"summarizer: error: {err}", err=True)
        sys.exit(err.exit_code)
    msg = str(err).splitlines()[0] if str(err) else type(err).__name__
    click.echo(f"summarizer: internal error: {type(err).__name__}: {msg} (SUMMARIZER_DEBUG=1 shows details)", err=True)
    sys.exit(11)


def _write(text: str, output: Optional[str], inputs: tuple[str, ...] = ()) -> None:
    """Standard output, or ``-o`` written safely (:mod:`summarizer.output`)."""
    write_output(output, text if text.endswith("\n") else text + "\n", inputs=inputs)


def _as_path(path: str) -> str | Path:
    """What the user typed is a path (``-`` is standard input), whatever it looks like: never report text."""
    return path if path == "-" else Path(path)


@contextlib.contextmanager
def _deadline(seconds: Optional[float]) -> Iterator[None]:
    """``--timeout``: raise :class:`ReportTimeout` in the main thread after ``seconds`` (SIGALRM; pure-Python work
    such as PDF parsing is interrupted at once, a C call when it returns). Elsewhere a no-op."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):  # noqa: ANN001, ARG001
        raise ReportTimeout(f"the report took longer than --timeout {seconds:g} s: raise it, or check the input")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render(summary, fmt: str) -> str:
    if fmt == "json":
        return dumps(summary)
    return to_markdown(summary)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarizer")
def cli() -> None:
    """Grounded structured summaries of 法治政府建设年度报告.

    Every item quotes the report with character offsets, and every number is checked against the source.
    """


@cli.command(
    epilog=examples(
        "summarizer summarize examples/jinpu-2025.txt",
        "summarizer summarize report.pdf --format html -o review.html",
        "summarizer summarize report.docx --format json --strict -o summary.json",
    )
)
@click.argument("path")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "html"]),
    default="md",
    show_default=True,
    help="md for people, json for programs (validates against schemas/), html: a self-contained review "
    "page with every quote highlighted in the source.",
)
@engine_option("auto = llm when a model is configured, else the offline rules engine.")
@output_option
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 when any number or quote is not supported by the source, or "
    "(LLM engine) any part of the model's answer was dropped as ungrounded.",
)
@click.option("--keep-script", is_flag=True, help="Keep a traditional-script report in traditional characters.")
@input_limits(
    bytes_help="Refuse inputs larger than this.",
    chars_help="Refuse inputs whose text (extracted from PDF, DOCX, HTML) is longer than this.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Give up after N seconds (exit 10), as batch --timeout does per report.",
)
@llm_options
@click.option("--dry-run", is_flag=True, help="Print the LLM token estimate for PATH and call nothing.")
def summarize(
    path: str,
    fmt: str,
    engine: str,
    output: Optional[str],
    strict: bool,
    keep_script: bool,
    max_bytes: int,
    max_chars: int,
    timeout: Optional[float],
    options: EngineOptions,
    dry_run: bool,
) -> None:
    """Summarise the report at PATH (txt, html, pdf, docx; - for standard input)."""
    llm_options = options.as_dict()
    try:
        check_output(output, [path])  # before any work: -o DIR, or -o the report itself
        source = _as_path(path)
        if dry_run:
            # Start-up optimisation (measured 2026-11-30: the LLM engine costs 0.10-0.12 s to import on top of the
            # rest of the package): only --dry-run needs it here.
            # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
            from .engines.llm.engine import estimate, load_config

            config = load_config(llm_options, require_model=False, require_key=False)
            with _deadline(timeout):
                doc = prepare_source(source, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars)
            click.echo(estimate(doc, config).line())
            return
        choice = resolve_engine(engine, llm_options)  # once: the LLM engine reads its configuration here
        if engine == "auto":
            click.echo(f"summarizer: {choice.reason}", err=True)
        with _deadline(timeout):
            summary, doc = summarize_source(
                source, choice.run, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars
            )
            if fmt == "html":
                # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
                from .render.review import to_html

                text = to_html(summary, doc.text)
            else:
                text = render(summary, fmt)
        for warning in summary.warnings:
            click.echo(f"summarizer: warning: {warning}", err=True)
        _write(text, output, (path,))
        dropped = summary.provenance.dropped
        if strict and (not summary.verification.ok or dropped):
            v = summary.verification
            raise VerificationFailed(
                f"{v.unsupported_numbers} unsupported number(s), {v.quote_mismatches} "
                f"quote mismatch(es), {dropped} item(s)/quote(s) of the model's answer dropped "
                "as not in the source: see the verification block and the warnings"
            )
    except Exception as err:  # noqa: BLE001 - the CLI turns every failure into one line
        _fail(err)


@cli.command(
    epilog=examples(
        "summarizer schema > schemas/summary.schema.json", "summarizer schema check > schemas/check.schema.json"
    )
)
@click.argument("which", type=click.Choice(["summary", "check"]), default="summary")
def schema(which: str) -> None:
    """Print the JSON Schema of a summary (or, with `check`, of a check's result)."""

    # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
    from .check import check_json_schema

    click.echo(json.dumps(check_json_schema() if which == "check" else json_schema(), ensure_ascii=False, indent=2))


@cli.command(
    "check",
    epilog=examples(
        "summarizer check briefing.md report.pdf",
        "summarizer check chat-answer.txt report.html --format html -o check.html",
        "cat answer.txt | summarizer check - report.txt --strict",
    ),
)
@click.argument("summary_path", metavar="SUMMARY")
@click.argument("report")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="text for the terminal (unsupported first), json (schemas/check.schema.json), html: a page with "
    "the summary beside the report.",
)
@output_option
@click.option("--strict", is_flag=True, help="Exit 1 when any number or quote is not supported by the report.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger inputs.")
def check_cmd(summary_path: str, report: str, fmt: str, output: Optional[str], strict: bool, max_bytes: int) -> None:
    """Check every number and quoted passage of SUMMARY (text, Markdown, DOCX, HTML; - for standard input),
    written by a person or a chat model, against REPORT.
    """

    if summary_path == "-" and report == "-":
        raise click.UsageError("SUMMARY and REPORT cannot both be standard input")
    try:
        # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
        from .check import check_files

        result, summary_text, report_text = check_files(summary_path, report, max_bytes=max_bytes)
        _write(render_check(result, fmt, summary_text, report_text), output)
        if strict and not result.ok:
            raise VerificationFailed(
                f"{result.counts.unsupported} unsupported number(s), "
                f"{result.counts.not_found} quote(s) not found in the report"
            )
    except Exception as err:  # noqa: BLE001
        _fail(err)


@cli.command(
    "verify",
    epilog=examples(
        "summarizer verify summary.json report.pdf", "summarizer verify summary.json report.txt --format json"
    ),
)
@click.argument("summary_json")
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@input_limits(
    bytes_help="Refuse a summary or a source larger than this.",
    chars_help="Refuse a source whose text is longer than this.",
)
def verify_cmd(summary_json: str, source: str, fmt: str, max_bytes: int, max_chars: int) -> None:
    """Re-check a saved summary against its source; exit 1 when anything is unsupported.

    Every number and quote is checked, non-finite numbers and wrong normalised values are unsupported, and the
    document facts, compliance and (rules engine) item counts are recomputed from SOURCE and compared.
    """
    try:
        text = load(_as_path(source), max_bytes=max_bytes, max_chars=max_chars).text
        # A summary quotes its source, so it is some 4–25 bytes per source character; checking costs time and
        # memory in proportion to its size, so one far larger than its source is refused before it is parsed.
        limit = min(max_bytes, _SUMMARY_BASE + _SUMMARY_PER_CHAR * len(text))
        try:
            data = read_file(summary_json, limit)
        except InputTooLargeError:
            if limit == max_bytes:
                raise
            raise InputTooLargeError(
                f"{summary_json} is larger than {limit:,} bytes (1 MiB + {_SUMMARY_PER_CHAR} bytes per character of "
                "its source): it cannot be a summary of SOURCE; check the two files"
            ) from None
        try:
            summary = Summary.model_validate_json(data)
        except ValidationError as err:
            raise InputError(
                f"{summary_json} is not a summary: {_first_error(err)}; produce one with "
                "`summarizer summarize --format json`"
            ) from None
        result = verify(summary, text)
        if fmt == "json":
            click.echo(result.model_dump_json(indent=2))
        else:
            n_bad = result.unsupported_numbers
            click.echo(
                f"numbers: {len(result.numbers)} checked, {n_bad} unsupported; quotes: {len(result.quotes)} "
                f"checked, {result.quote_mismatches} mismatched; facts: {len(result.facts)} recomputed, "
                f"{result.fact_mismatches} differ"
            )
            for n in result.unsupported():
                click.echo(f"UNSUPPORTED {n.path}: {n.text}")
            for q in result.mismatched():
                click.echo(f"MISMATCH {q.path}: [{q.start}:{q.end}]")
            for f in result.mismatched_facts():
                click.echo(f"DIFFERS {f.path}: summary {f.claimed}, source {f.expected}")
        if not result.ok:
            sys.exit(1)
    except Exception as err:  # noqa: BLE001
        _fail(err)


_SUMMARY_BASE, _SUMMARY_PER_CHAR = 1 << 20, 32


def _first_error(err: ValidationError) -> str:
    """The first schema error as ``field.path: message`` (and how many more), on one line."""
    first = err.errors()[0]
    path = ""
    for part in first.get("loc", ()):
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    more = err.error_count() - 1
    message = " ".join(str(first.get("msg", "invalid")).split())[:120]
    return f"{path or 'document'}: {message}" + (f" (and {more} more error(s))" if more else "")


@cli.command(
    "compare",
    epilog=examples(
        "summarizer compare report-2024.pdf report-2025.pdf",
        "summarizer compare summary-2024.json summary-2025.json --format json -o follow.json",
    ),
)
@click.argument("before")
@click.argument("after")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@engine_option("For inputs that are reports (a summary .json is used as it is).")
@output_option
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this.",
)
def compare_cmd(before: str, after: str, fmt: str, engine: EngineName, output: Optional[str], max_bytes: int) -> None:
    """Year-over-year follow-through of one agency: last year's plans followed up or not found in this year's
    report, shortfalls that recur, metrics reported both years.

    BEFORE and AFTER are reports (any supported input) or summaries made with `--format json`; they are put in
    year order. A warning says when the agencies differ or the years are not consecutive.
    """

    try:
        check_output(output, [before, after])
        first, second = (_summary_of(p, engine, max_bytes) for p in (before, after))
        # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
        from .followthrough import compare
        from .followthrough import to_markdown as followthrough_markdown

        result = compare(first, second)
        for warning in result.warnings:
            click.echo(f"summarizer: warning: {warning}", err=True)
        _write(
            result.model_dump_json(indent=2) if fmt == "json" else followthrough_markdown(result),
            output,
            (before, after),
        )
    except Exception as err:  # noqa: BLE001
        _fail(err)


def _summary_of(path: str, engine: EngineName, max_bytes: int) -> Summary:
    """A saved summary (JSON that validates) is used as it is; anything else is summarised."""
    if path != "-" and path.lower().endswith(".json"):
        try:
            return Summary.model_validate_json(read_file(path, max_bytes))
        except ValidationError as err:
            raise InputError(
                f"{path} is not a summary: {_first_error(err)}; produce one with `summarizer summarize --format json`"
            ) from None
    return summarize_api(_as_path(path), engine=engine, max_bytes=max_bytes)


@cli.command(
    "table",
    epilog=examples("summarizer table results.jsonl -o compare.xlsx", "summarizer table results.jsonl -o compare.csv"),
)
@click.argument("results")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="FILE.csv or FILE.xlsx.")
def table_cmd(results: str, output: str) -> None:
    """Rebuild the comparison table from a batch's RESULTS file alone (no inputs needed)."""
    if Path(output).suffix.lower() not in (".csv", ".xlsx"):
        raise click.BadParameter("use a .csv or .xlsx file name", param_hint="-o")
    try:
        if not Path(results).is_file():
            raise InputError(f"{results}: no such results file (make one with `summarizer batch … -o {results}`)")
        errors: list[str] = []
        # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
        from .batch.results import iter_results
        from .render.table import write_table

        path = write_table(iter_results(results, errors=errors), output)
        for e in errors:
            click.echo(f"summarizer: warning: {e}", err=True)
        click.echo(f"summarizer: table → {path}", err=True)
    except Exception as err:  # noqa: BLE001
        _fail(err)


def render_check(result: CheckResult, fmt: str, summary_text: str, report_text: str) -> str:
    """``text`` | ``json`` | ``html`` output of a check."""
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
        from .render.check_page import check_to_html

        return check_to_html(result, summary_text, report_text)
    return check_to_text(result)


@click.command(
    "batch",
    epilog=examples(
        "summarizer batch reports/ -o results.jsonl --table compare.xlsx --dashboard dash/",
        "summarizer batch 'downloads/*.pdf' -o results.jsonl --html-dir review/ --md-dir md/",
        "summarizer batch reports/ -o results.jsonl --engine llm --model deepseek-chat --provider deepseek -j 16",
    ),
)
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Results file (JSON lines); appended to, and read to skip reports already done.",
)
@click.option(
    "--table",
    type=click.Path(dir_okay=False),
    help="Also write a comparison table of all results (.csv UTF-8 with BOM, or .xlsx).",
)
@click.option("--html-dir", type=click.Path(file_okay=False), help="Write a review page per report here.")
@click.option("--md-dir", type=click.Path(file_okay=False), help="Write a Markdown summary per report here.")
@click.option(
    "--dashboard",
    type=click.Path(file_okay=False),
    help="Write DIR/index.html: every report with its quality indicators, the compliance grid, all "
    "shortfalls, causes and plans by area, recurring boilerplate, year-over-year follow-through "
    "(review pages in DIR/pages and Markdown in DIR/md unless --html-dir/--md-dir are given).",
)
@click.option(
    "--concurrency", "-j", type=click.IntRange(1, 256), default=8, show_default=True, help="Reports in flight at once."
)
@engine_option("auto = llm when a model is configured, else the offline rules engine.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="LLM result cache [default: $SUMMARIZER_CACHE_DIR or ~/.cache/summarizer].",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the LLM result cache.")
@click.option(
    "--rpm",
    type=click.FloatRange(min=0, min_open=True),
    help="At most this many model requests per minute (429 Retry-After is always honoured).",
)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Give up on one report after N seconds.")
@click.option("--keep-script", is_flag=True, help="Keep traditional-script reports in traditional characters.")
@input_limits(
    bytes_help="Record inputs larger than this as failed.",
    chars_help="Record inputs whose text is longer than this as failed.",
)
@llm_options
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes, each running its share of the reports and of --concurrency "
    "(0 or 1 = all in this process). Default: one per core for the rules engine, one per 8 "
    "requests in flight for the LLM engine, on Linux.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (the final summary line is always printed).")
@click.option(
    "--provider-batch",
    is_flag=True,
    help="LLM engine: submit the requests as one provider batch job (OpenAI-compatible files + batches "
    "API, about half price, 24 h window) and exit 75; rerun the same command to collect the results.",
)
def batch_command(
    inputs: tuple[str, ...],
    output: str,
    table: Optional[str],
    html_dir: Optional[str],
    md_dir: Optional[str],
    dashboard: Optional[str],
    concurrency: int,
    engine: str,
    cache_dir: Optional[str],
    no_cache: bool,
    rpm: Optional[float],
    timeout: Optional[float],
    keep_script: bool,
    max_bytes: int,
    max_chars: int,
    options: EngineOptions,
    workers: Optional[int],
    quiet: bool,
    provider_batch: bool = False,
) -> None:
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

    if provider_batch and engine == "rules":
        raise click.BadParameter(
            "a provider batch job needs the LLM engine (--engine llm)", param_hint="--provider-batch"
        )
    try:
        if provider_batch:
            # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
            from .batch.provider import run_provider_batch

            report = run_provider_batch(
                list(inputs),
                output,
                engine_options=options.as_dict(),
                concurrency=concurrency,
                cache_dir=cache_dir,
                use_cache=not no_cache,
                keep_script=keep_script,
                max_bytes=max_bytes,
                max_chars=max_chars,
                table=table,
                html_dir=html_dir,
                md_dir=md_dir,
                dashboard=dashboard,
                timeout=timeout,
                rpm=rpm,
                workers=0,
                progress=tty and not quiet,
            )
        else:
            # start-up optimisation (measured, bench/bench_startup.py): only the command that needs it loads it
            from .batch.runner import run_batch

            report = run_batch(
                list(inputs),
                output,
                engine=engine,
                concurrency=concurrency,
                table=table,
                html_dir=html_dir,
                md_dir=md_dir,
                dashboard=dashboard,
                cache_dir=cache_dir,
                use_cache=not no_cache,
                keep_script=keep_script,
                max_bytes=max_bytes,
                max_chars=max_chars,
                timeout=timeout,
                rpm=rpm,
                workers=workers,
                progress=tty and not quiet,
                on_engine=said,
                engine_options=options.as_dict(),
            )
    except Exception as err:  # noqa: BLE001 - one line, never a traceback
        _fail(err)
        return
    for warning in report.warnings:
        click.echo(f"summarizer: warning: {warning}", err=True)
    click.echo(report.line(), err=True)
    sys.exit(130 if report.interrupted else report.exit_code)


cli.add_command(batch_command)


def main() -> None:
    cli(prog_name="summarizer")


if __name__ == "__main__":  # pragma: no cover
    main()
