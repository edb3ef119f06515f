"""The Python API: ``summarize(path_or_text)`` returns a verified :class:`~summarizer.models.Summary`.

A thin facade: the engine is chosen by :func:`summarizer.engines.resolve_engine` and the sequence is assembled by
:mod:`summarizer.pipeline`; :func:`summarize_with_source` also returns the prepared source (the cleaned text the
summary's offsets index), and :func:`summarize_html` the review page of it.
"""

from __future__ import annotations

import os
from typing import Literal, Mapping, Optional, Union

from .engines import resolve_engine
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from .models import Summary
from .pipeline import Prepared, finish, prepare_source, summarize_source

__all__ = ["EngineName", "finish", "prepare_source", "summarize", "summarize_html", "summarize_with_source"]

EngineName = Literal["auto", "rules", "llm"]


def summarize_with_source(
    source: Union[str, os.PathLike[str], bytes, None] = None,
    *,
    text: Optional[str] = None,
    engine: EngineName = "auto",
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    **engine_options: object,
) -> tuple[Summary, Prepared]:
    """:func:`summarize`, and the prepared source: ``.text`` is the cleaned text the summary's offsets index."""
    return _summarize(source, text, engine, keep_script, max_bytes, max_chars, engine_options)


def _summarize(
    source: Union[str, os.PathLike[str], bytes, None],
    text: Optional[str],
    engine: EngineName,
    keep_script: bool,
    max_bytes: int,
    max_chars: int,
    engine_options: Mapping[str, object],
) -> tuple[Summary, Prepared]:
    run = resolve_engine(engine, engine_options).run
    return summarize_source(source, run, text=text, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars)


def summarize(
    source: Union[str, os.PathLike[str], bytes, None] = None,
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
    return summarize_with_source(
        source,
        text=text,
        engine=engine,
        keep_script=keep_script,
        max_bytes=max_bytes,
        max_chars=max_chars,
        **engine_options,
    )[0]


def summarize_html(
    source: Union[str, os.PathLike[str], bytes],
    *,
    engine: EngineName = "auto",
    keep_script: bool = False,
    max_bytes: Optional[int] = None,
    **engine_options: object,
) -> tuple[Summary, str]:
    """Summarise ``source`` (a path or ``-``) and render its review page: ``(summary, html)``.

    The input is loaded and cleaned once; the page shows the very text the summary's offsets index.
    """
    summary, doc = _summarize(
        source,
        None,
        engine,
        keep_script,
        DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
        DEFAULT_MAX_CHARS,
        engine_options,
    )
    # start-up optimisation (measured 2026-11-30: the review page's modules cost ~12 ms of a 0.3 s rules run that
    # never renders one, bench/bench_startup.py): loaded by the one function here that renders it
    from .render.review import to_html

    return summary, to_html(summary, doc.text)
