"""The Python API: ``summarize(path_or_text)`` returns a verified :class:`~summarizer.models.Summary`."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Literal, Optional, Union

from .engines import resolve_engine
from .errors import InputError
from .ingest import DEFAULT_MAX_BYTES, LoadedDocument, load, load_text
from .models import Summary
from .pipeline import Prepared, prepare
from .verify import verify

EngineName = Literal["auto", "rules", "llm"]
_EXTENSIONS = {".txt", ".htm", ".html", ".shtml", ".pdf", ".docx", ".md", ".text"}


def _load(source: Union[str, os.PathLike, bytes], max_bytes: int) -> LoadedDocument:
    """A path, ``-`` for stdin, raw bytes, or the report's text itself."""
    if isinstance(source, (bytes, os.PathLike)):
        return load(source, max_bytes=max_bytes)
    if source == "-" or ("\n" not in source and len(source) < 512 and os.path.exists(source)):
        return load(source, max_bytes=max_bytes)
    if "\n" not in source and len(source) < 512 and Path(source).suffix.lower() in _EXTENSIONS:
        raise InputError(f"no such file: {source}")
    return load_text(source)


def prepare_source(source: Union[str, os.PathLike, bytes], *, keep_script: bool = False,
                   max_bytes: int = DEFAULT_MAX_BYTES, name: Optional[str] = None) -> Prepared:
    """Load and prepare one input: the front half every engine starts from (the batch calls it too)."""
    t0 = time.perf_counter()
    loaded = load(source, max_bytes=max_bytes, name=name) if isinstance(source, bytes) else _load(source, max_bytes)
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
    verify(summary, doc.index, text=doc.text)
    t3 = time.perf_counter()
    summary.provenance.timings_ms["verify"] = (t3 - t2) * 1000
    summary.provenance.timings_ms["total"] = (t3 - doc.started) * 1000
    if not summary.provenance.seconds:
        summary.provenance.seconds = round(t3 - doc.started, 4)
    return summary


def summarize(
    source: Union[str, os.PathLike, bytes],
    *,
    engine: EngineName = "auto",
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    **engine_options: object,
) -> Summary:
    """Summarise one report.

    ``source`` is a path (str or Path), ``"-"`` for standard input, the file's bytes, or the report's text.
    ``engine="auto"`` uses the LLM engine when a model is configured (``SUMMARIZER_MODEL``, ``model=...`` or
    config.toml) and the offline rules engine otherwise. Traditional-script reports are summarised in
    simplified Chinese unless ``keep_script=True``. The returned summary's ``verification`` block is
    always filled: check ``summary.verification.ok``.
    """
    doc = prepare_source(source, keep_script=keep_script, max_bytes=max_bytes)
    run = resolve_engine(engine, engine_options).run
    return finish(run(doc), doc)
