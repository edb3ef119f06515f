"""Load any input (path, bytes, text, stdin) into the raw text of one report.

This is the *load* step of load → clean → outline → extract → verify → render. It returns the document's text as
faithfully as it can: cleaning (pinyin debris, boilerplate lines, NBSP, CRLF…) is ``summarizer.clean``'s job. Two
exceptions, because nobody downstream can undo them: for HTML we already keep only the main content (site furniture
such as navigation, breadcrumbs, footers and tool links is dropped), and for PDF/DOCX we rebuild what the reader sees
(paragraphs from line geometry, Word's automatic numbering ``一、``/``（一）`` that lives only in ``numbering.xml``).

The format is chosen from the content (magic bytes, then markup near the start), never from the file extension alone,
because government sites serve ``.htm`` files that are PDFs and ``.doc`` files that are HTML.

Every failure is one of the ``summarizer.errors`` input errors with a one-line message saying what to do; no exception
from a parsing library escapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, LoadedDocument
from .decode import decode_bytes
from .read import load, load_text, read_file

if TYPE_CHECKING:
    from .docx import format_number
    from .pdf import MAX_PDF_PAGES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "MAX_PDF_PAGES",
    "LoadedDocument",
    "decode_bytes",
    "format_number",
    "load",
    "load_text",
    "read_file",
]


def __getattr__(name: str) -> Any:
    """``format_number`` and ``MAX_PDF_PAGES`` load their reader on first use (PEP 562)."""
    if name == "format_number":
        # start-up optimisation (measured 2026-11-30: the PDF, DOCX and HTML readers cost ~20 ms of a 0.3 s rules
        # run of a .txt report, bench/bench_startup.py): the DOCX reader loads when asked for
        from .docx import format_number

        return format_number
    if name == "MAX_PDF_PAGES":
        # start-up optimisation (measured 2026-11-30, ~20 ms with the other readers): the PDF reader loads when asked
        from .pdf import MAX_PDF_PAGES

        return MAX_PDF_PAGES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
