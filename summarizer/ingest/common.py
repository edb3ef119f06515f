"""What every reader of an input shares: the limits, the loaded document, and the one-line size errors."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import (
    InputTooLargeError,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Characters of extracted text. Real reports run to 10–60 thousand; the limit bounds everything after loading (and
# PDF extraction, at ~16,000 characters a second in pdfplumber, is the slowest step): 200,000 stay under 30 s.
DEFAULT_MAX_CHARS = 200_000


@dataclass(frozen=True)
class LoadedDocument:
    """The raw text of one input and where it came from."""

    text: str  # decoded text; for HTML/PDF/DOCX the extracted main text, paragraphs separated by "\n"
    source: str  # file name, "<stdin>", "<bytes>" or "<text>"
    format: str  # "text" | "html" | "pdf" | "docx"
    encoding: str | None  # codec used for text/html ("utf-8", "gb18030", "big5hkscs", "utf-16"), None otherwise
    warnings: tuple[str, ...] = ()  # what loading had to repair (stray bytes replaced), for the summary's warnings


def _check_size(size: int, max_bytes: int, label: str) -> None:
    if size > max_bytes:
        raise InputTooLargeError(
            f"{label} is larger than the {_human(max_bytes)} limit: raise it with --max-bytes if the file is right"
        )


def _human(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / 1024 / 1024:.1f} MiB"


def _short(text: str, limit: int = 80) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(exc: BaseException) -> str:
    """A library error as one short clause (no traceback-like reprs)."""
    detail = (getattr(exc, "strerror", None) or str(exc)).strip()
    return _short(detail.splitlines()[0], 100) if detail else type(exc).__name__


_SNIFF_BYTES = 8192
_SNIFF_CHARS = 2048


def _check_chars(count: int, max_chars: int, label: str, where: str = "") -> None:
    if count > max_chars:
        raise InputTooLargeError(
            f"{label} has more than {max_chars:,} characters of text{where}: a report has tens of thousands; "
            "raise --max-chars if the file is right"
        )
