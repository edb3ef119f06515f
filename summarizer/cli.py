"""The ``summarizer`` command line.

Errors are one line on stderr with a distinct exit code (see :mod:`summarizer.errors`), never a traceback
(set ``SUMMARIZER_DEBUG=1`` to see one).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import click

from . import __version__
from .errors import SummarizerError, VerificationFailed
from .ingest import DEFAULT_MAX_BYTES


def _fail(err: BaseException) -> None:
    if os.environ.get("SUMMARIZER_DEBUG"):
        raise err
    if isinstance(err, SummarizerError):
        click.echo(f"summarizer: error: {err}", err=True)
        sys.exit(err.exit_code)
    msg = str(err).splitlines()[0] if str(err) else type(err).__name__
    click.echo(f"summarizer: internal error: {type(err).__name__}: {msg} (SUMMARIZER_DEBUG=1 shows details)",
               err=True)
    sys.exit(11)


def _write(text: str, output: Optional[str]) -> None:
    if output and output != "-":
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def render(summary, fmt: str) -> str:
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    from .render import to_markdown

    return to_markdown(summary)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarizer")
def cli() -> None:
    """Grounded structured summaries of 法治政府建设年度报告.

    Every item quotes the report with character offsets, and every number is checked against the source.
    """


@cli.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md", show_default=True,
              help="md for people, json for programs (validates against schemas/), html: a self-contained review "
                   "page with every quote highlighted in the source.")
@click.option("--engine", type=click.Choice(["auto", "rules", "llm"]), default="auto", show_default=True,
              help="auto = llm when a model is configured, else the offline rules engine.")
@click.option("-o", "--output", help="Write here instead of standard output.")
@click.option("--strict", is_flag=True, help="Exit 1 when any number or quote is not supported by the source, or "
                                           "(LLM engine) any part of the model's answer was dropped as ungrounded.")
@click.option("--keep-script", is_flag=True, help="Keep a traditional-script report in traditional characters.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--model", help="LLM engine: model name (env SUMMARIZER_MODEL).")
@click.option("--base-url", help="LLM engine: OpenAI-compatible endpoint (env OPENAI_BASE_URL).")
@click.option("--provider", type=click.Choice(["openai", "deepseek", "qwen", "dashscope", "ollama", "vllm",
                                              "llamacpp"]),
              help="LLM engine: preset for base URL, mode and thinking (guessed from --base-url).")
@click.option("--mode", type=click.Choice(["tools", "json", "md_json", "json_schema"]),
              help="LLM engine: structured-output mode (env SUMMARIZER_MODE; default from the provider).")
@click.option("--max-tokens", type=int, help="LLM engine: output token limit per request (default 8192).")
@click.option("--max-retries", type=int, help="LLM engine: re-asks after a failed check (default 2).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="LLM engine: TOML config file (default ~/.config/summarizer/config.toml).")
@click.option("--dry-run", is_flag=True, help="Print the LLM token estimate for PATH and call nothing.")
def summarize(path: str, fmt: str, engine: str, output: Optional[str], strict: bool, keep_script: bool,
              max_bytes: int, model: Optional[str], base_url: Optional[str], provider: Optional[str],
              mode: Optional[str], max_tokens: Optional[int], max_retries: Optional[int], config_path: Optional[str],
              dry_run: bool) -> None:
    """Summarise the report at PATH (txt, html, pdf, docx; - for standard input)."""
    from .api import finish, prepare_source
    from .engines import resolve_engine

    llm_options = {k: v for k, v in dict(model=model, base_url=base_url, provider=provider, mode=mode,
                                         max_tokens=max_tokens, max_retries=max_retries,
                                         config=config_path).items() if v is not None}
    try:
        if dry_run:
            from .engines.llm import estimate, load_config

            config = load_config(llm_options, require_model=False, require_key=False)
            click.echo(estimate(prepare_source(path, keep_script=keep_script, max_bytes=max_bytes), config).line())
            return
        choice = resolve_engine(engine, llm_options)  # once: the LLM engine reads its configuration here
        if engine == "auto":
            click.echo(f"summarizer: {choice.reason}", err=True)
        doc = prepare_source(path, keep_script=keep_script, max_bytes=max_bytes)
        summary = finish(choice.run(doc), doc)
        if fmt == "html":
            from .review import to_html

            text = to_html(summary, doc.text)
        else:
            text = render(summary, fmt)
        for warning in summary.warnings:
            click.echo(f"summarizer: warning: {warning}", err=True)
        _write(text, output)
        dropped = summary.provenance.dropped
        if strict and (not summary.verification.ok or dropped):
            v = summary.verification
            raise VerificationFailed(f"{v.unsupported_numbers} unsupported number(s), {v.quote_mismatches} "
                                     f"quote mismatch(es), {dropped} item(s)/quote(s) of the model's answer dropped "
                                     "as not in the source: see the verification block and the warnings")
    except Exception as err:  # noqa: BLE001 - the CLI turns every failure into one line
        _fail(err)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a summary."""
    from .models import json_schema

    click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@cli.command("verify")
@click.argument("summary_json", type=click.Path(dir_okay=False))
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def verify_cmd(summary_json: str, source: str, fmt: str) -> None:
    """Re-check a saved summary against its source; exit 1 when anything is unsupported."""
    from pydantic import ValidationError

    from .api import _load
    from .errors import InputError
    from .models import Summary
    from .verify import verify

    try:
        try:
            summary = Summary.model_validate_json(Path(summary_json).read_bytes())
        except OSError as err:
            raise InputError(f"cannot read {summary_json}: {err.strerror}") from None
        except ValidationError as err:
            raise InputError(f"{summary_json} is not a summary (schema {err.error_count()} error(s)); "
                             "produce one with `summarizer summarize --format json`") from None
        result = verify(summary, _load(source, DEFAULT_MAX_BYTES).text)
        if fmt == "json":
            click.echo(result.model_dump_json(indent=2))
        else:
            n_bad = result.unsupported_numbers
            click.echo(f"numbers: {len(result.numbers)} checked, {n_bad} unsupported; quotes: {len(result.quotes)} "
                       f"checked, {result.quote_mismatches} mismatched")
            for n in result.unsupported():
                click.echo(f"UNSUPPORTED {n.path}: {n.text}")
            for q in result.mismatched():
                click.echo(f"MISMATCH {q.path}: [{q.start}:{q.end}]")
        if not result.ok:
            sys.exit(1)
    except Exception as err:  # noqa: BLE001
        _fail(err)


from .batch import batch_command  # noqa: E402  (registered after the group exists)

cli.add_command(batch_command)


def main() -> None:
    cli(prog_name="summarizer")


if __name__ == "__main__":  # pragma: no cover
    main()
