"""The Python API: ``summarize(path_or_text)`` returns a verified :class:`~summarizer.models.Summary`."""

from __future__ import annotations

import os
import time
from typing import Literal, Optional, Union

from .engines import resolve_engine
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, LoadedDocument, load, load_text
from .models import Summary
from .pipeline import Prepared, prepare
from .verify import verify

EngineName = Literal["auto", "rules", "llm"]


def _load(source: Union[str, os.PathLike, bytes, None], max_bytes: int, *, text: Optional[str] = None,
          name: Optional[str] = None, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedDocument:
    """A path (``str`` or ``Path``), ``-`` for stdin, raw bytes, or ``text=`` the report's text itself.

    A ``str`` holding a line break is taken as report text too (what the API always accepted: no file name has
    one in practice); any other ``str`` is a path, so a mistyped file name is "file not found", never summarised
    as if it were the report. The command line only ever passes paths (``Path``) and ``-``."""
    if text is not None:
        return load_text(text, name or "<text>", max_chars=max_chars)
    if source is None:
        raise TypeError("pass a path, '-', bytes, or text=")
    if isinstance(source, str) and "\n" in source:
        return load_text(source, name or "<text>", max_chars=max_chars)
    return load(source, max_bytes=max_bytes, name=name, max_chars=max_chars)


def prepare_source(source: Union[str, os.PathLike, bytes, None] = None, *, text: Optional[str] = None,
                   keep_script: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                   max_chars: int = DEFAULT_MAX_CHARS, name: Optional[str] = None) -> Prepared:
    """Load and prepare one input: the front half every engine starts from (the batch calls it too)."""
    t0 = time.perf_counter()
    loaded = _load(source, max_bytes, text=text, name=name, max_chars=max_chars)
    t1 = time.perf_counter()
    doc = prepare(loaded, keep_script=keep_script)
    doc.started = t0
    doc.timings_ms["load"] = (t1 - t0) * 1000
    return doc


def finish(summary: Summary, doc: Prepared) -> Summary:
    """Verify a summary against its document and record the timings: how every summary leaves an engine."""
    t2 = time.perf_counter()
    for warning in doc.fact_warnings():
        if warning not in summary.warnings:
            summary.warnings.append(warning)
    from .quality import assess

    summary.quality = assess(summary, doc.text, doc.loaded.text)  # before verify: its quotes are checked too
    verify(summary, doc.index, text=doc.text)
    t3 = time.perf_counter()
    for warning in doc.loaded.warnings:  # what loading repaired (stray bytes) is said where the summary is read
        if warning not in summary.warnings:
            summary.warnings.append(warning)
    summary.provenance.timings_ms["verify"] = (t3 - t2) * 1000
    summary.provenance.timings_ms["total"] = (t3 - doc.started) * 1000
    if not summary.provenance.seconds:
        summary.provenance.seconds = round(t3 - doc.started, 4)
    return summary


def summarize(
    source: Union[str, os.PathLike, bytes, None] = None,
    *,
    text: Optional[str] = None,
    engine: EngineName = "auto",
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    **engine_options: object,
) -> Summary:
    """Summarise one report.

    ``source`` is a path (str or Path), ``"-"`` for standard input or the file's bytes; or pass the report's text
    as ``text=`` (a multi-line ``str`` source is also taken as text; a one-line ``str`` is always a path).
    ``engine="auto"`` uses the LLM engine when a model is configured (``SUMMARIZER_MODEL``, ``model=...`` or
    config.toml) and the offline rules engine otherwise. Traditional-script reports are summarised in
    simplified Chinese unless ``keep_script=True``. The returned summary's ``verification`` block is
    always filled: check ``summary.verification.ok``.
    """
    doc = prepare_source(source, text=text, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars)
    run = resolve_engine(engine, engine_options).run
    return finish(run(doc), doc)
