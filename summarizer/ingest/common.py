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


# the files a page links or a text names in place of the report (the HTML loader's links, a text copy's file names)
FILE_EXTENSIONS = r"pdf|docx?|wps|ofd|xlsx?|et|zip|rar|7z"
_LITTLE_TEXT = 200  # characters of a page's own words, past its title and its date, source and file lines
_NO_TEXT = 60  # …and of a page of pictures: a caption or two at most
_NO_LINE = 30  # …and of a text copy naming a file: not one line of its own (a sharing site's excerpt is the report's)
_PAGE_FIELD = re.compile(
    r"^\s*(?:发布时间|发布日期|时间|日期|来源|信息来源|作者|浏览|点击|附件|相关附件|附件下载|"
    # (…and a portal's metadata rows: 索引号：…, 发布机构：…, 名称：…)
    r"索引号|发布机构|成文日期|文号|发文字号|名称|主题分类|组配分类)\s*[:：]"
)
_ANY_SPACE = re.compile(r"\s+")


def dense(text: str) -> str:
    """``text`` without any space: how a page's words are counted and compared."""
    return _ANY_SPACE.sub("", text)


def report_elsewhere(
    lines: list[str], title: str, files: list[tuple[str, str]], pictures: int, label: str, little: int = _LITTLE_TEXT
) -> None:
    """Refuse a page whose own words are a few (``little``, past its title, date, source and file lines) while it
    links a file, or next to none while it shows pictures: the report is there, not in the page."""
    if not files and not pictures:
        return
    names = {dense(name) for name, _ in files}
    heading = dense(title)
    own = [
        line
        for line in lines
        if dense(line) != heading
        and not _PAGE_FIELD.search(line)
        and not any(name and name in dense(line) for name in names)
    ]
    words = len(dense("".join(own)))
    if words >= little or (not files and words >= _NO_TEXT):
        return  # (a news item of a few lines with its photos is a news item, read as one)
    if files:
        name, href = next(
            (f for f in files if "报告" in f[0]), files[0]
        )  # (the report's, before a form's or a guide's)
        more = f" (and {len(files) - 1} more)" if len(files) > 1 else ""
        where = f"a link to its file: {name} ({href})" if href else f"the name of its file: {name}"
        raise ReportElsewhereError(f"{label} holds no report text, only {where}{more}; download that file and pass it")
    raise ReportElsewhereError(
        f"{label} holds no report text, only {pictures} picture(s) of it: the report needs OCR first, or its text "
        "from another copy"
    )


# a file's name as a copied page's text shows it (附件：2023年度法治政府建设情况报告.pdf, 相关附件 某报告.docx)
_EXTENSION = re.compile(rf"\.(?:{FILE_EXTENSIONS})(?![A-Za-z])", re.IGNORECASE)
_FILE_NAME = re.compile(r"[^\s:：/\\|｜]{2,80}?" + _EXTENSION.pattern, re.IGNORECASE)

# …or the words of a download link that names no file (下载文字版, 附件下载), a line of its own
_DOWNLOAD = re.compile(
    r"(?:点击)?(?:下载(?:文字版|全文|附件|原文|PDF版?|WORD版?)|(?:文字版|全文|附件|原文|PDF|WORD)下载)", re.I
)


def text_report_elsewhere(raw: str, cleaned: str, label: str) -> None:
    """Refuse a text copy of a page whose report is only a download (名称：… / 附件：某报告.pdf, or a portal's menus and
    its 下载文字版), as :func:`report_elsewhere` refuses the page itself: the files named in the ``raw`` text (cleaning
    may drop a download link's words with the menus around them) stand for the page's links, and the ``cleaned`` text's
    lines for its words, its first line for its title. A text is held to not one line of its own words (a page's few
    lines may be a news item's; a text's, the report run on after a sharing site's blurb naming its file, or the
    excerpt such a site shows under its pictures of the file's pages)."""
    raw_lines = raw.split("\n")
    # (the names looked for only in a text that has a file's extension at all: every text passes here)
    named = [m.group() for line in raw_lines for m in _FILE_NAME.finditer(line)] if _EXTENSION.search(raw) else []
    files = [(name, "") for name in named]
    files += [(line.strip(), "") for line in raw_lines if _DOWNLOAD.fullmatch(line.strip())]
    lines = [line for line in cleaned.split("\n") if line.strip()]
    if files and lines:
        report_elsewhere(lines, lines[0], files, 0, label, little=_NO_LINE)
