"""What every reader of an input shares: the limits, the loaded document, and the one-line size errors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import (
    InputTooLargeError,
    ReportElsewhereError,
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


_LITTLE_TEXT = 200  # characters of a page's own words, past its title and its date, source and file lines
_NO_TEXT = 60  # …and of a page of pictures: a caption or two at most
_PAGE_FIELD = re.compile(
    r"^\s*(?:发布时间|发布日期|时间|日期|来源|信息来源|作者|浏览|点击|附件|相关附件|附件下载)\s*[:：]"
)
_ANY_SPACE = re.compile(r"\s+")


def dense(text: str) -> str:
    """``text`` without any space: how a page's words are counted and compared."""
    return _ANY_SPACE.sub("", text)


def report_elsewhere(lines: list[str], title: str, files: list[tuple[str, str]], pictures: int, label: str) -> None:
    """Refuse a page whose own words are a few (past its title, date, source and file lines) while it links a file,
    or next to none while it shows pictures: the report is there, not in the page."""
    if not files and not pictures:
        return
    names = {dense(name) for name, _ in files}
    own = [
        line
        for line in lines
        if dense(line) != dense(title)
        and not _PAGE_FIELD.search(line)
        and not any(name and name in dense(line) for name in names)
    ]
    words = len(dense("".join(own)))
    if words >= _LITTLE_TEXT or (not files and words >= _NO_TEXT):
        return  # (a news item of a few lines with its photos is a news item, read as one)
    if files:
        name, href = next(
            (f for f in files if "报告" in f[0]), files[0]
        )  # (the report's, before a form's or a guide's)
        more = f" (and {len(files) - 1} more)" if len(files) > 1 else ""
        raise ReportElsewhereError(
            f"{label} holds no report text, only a link to its file: {name} ({href}){more}; download that file and "
            "pass it"
        )
    raise ReportElsewhereError(
        f"{label} holds no report text, only {pictures} picture(s) of it: the report needs OCR first, or its text "
        "from another copy"
    )
