"""Entry points: read a path, standard input or bytes within the limits, sniff the format, extract the text."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from ..errors import (
    DecodeError,
    EmptyInputError,
    InputError,
)
from .common import (
    _SNIFF_CHARS,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    LoadedDocument,
    _check_chars,
    _check_size,
    _reason,
    _short,
)
from .decode import _decode
from .sniff import _HTML_START_TEXT, _looks_like_html_bytes, _reject_binary

# Start-up (issue 15): each format's reader is imported when an input of that format arrives, so a plain-text report
# never loads the PDF, DOCX or HTML readers and their parsers and patterns.


def _html_text(text: str, label: str) -> tuple[str, tuple[str, ...]]:
    # start-up optimisation (measured 2026-11-30: ingest.html, .pdf and .docx cost ~20 ms of a 0.3 s rules run of a
    # .txt report, bench/bench_startup.py): loaded on the first HTML input
    from .html import html_text

    return html_text(text, label)


def _pdf_to_text(data: bytes, label: str, max_chars: int) -> str:
    # start-up optimisation (measured 2026-11-30, ~20 ms with the other readers): loaded on the first PDF input
    from .pdf import _pdf_to_text as pdf_to_text

    return pdf_to_text(data, label, max_chars)


def _docx_to_text(data: bytes, label: str, max_bytes: int, max_chars: int) -> str:
    # start-up optimisation (measured 2026-11-30, ~20 ms with the other readers): loaded on the first DOCX input
    from .docx import _docx_to_text as docx_to_text

    return docx_to_text(data, label, max_bytes, max_chars)


def load(
    source: str | os.PathLike[str] | bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> LoadedDocument:
    """Load a path, ``"-"`` (standard input) or raw bytes, sniff its format and return its text.

    A ``str`` is always a path (or ``"-"``): text that is already decoded goes through :func:`load_text`.
    ``max_bytes`` bounds the input, ``max_chars`` the extracted text (checked while a PDF or DOCX is read).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "<bytes>"
        _check_size(len(data), max_bytes, label)
    elif isinstance(source, str) and source == "-":
        label = name or "<stdin>"
        data = _read_stdin(max_bytes, label)
    elif isinstance(source, (str, os.PathLike)):
        if not os.fspath(source):
            raise InputError("empty path: pass a report file, or '-' for standard input")
        path = Path(source)
        label = name or path.name or str(path)
        data = read_file(path, max_bytes, label)
    else:
        raise InputError(f"cannot load a {type(source).__name__}: pass a path, '-' for standard input, or bytes")
    return _load_bytes(data, label, max_bytes=max_bytes, max_chars=max_chars)


def load_text(text: str, name: str = "<text>", *, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedDocument:
    """Wrap already-decoded text; an HTML string is reduced to its main content like an HTML file."""
    text = text.removeprefix("\ufeff")
    if _HTML_START_TEXT.search(text[:_SNIFF_CHARS]):
        main, notes = _html_text(text, name)
        return _finish(main, name, "html", None, max_chars=max_chars, warnings=notes)
    return _finish(text, name, "text", None, max_chars=max_chars)


def _report_text(path: Path) -> bool:
    """A "path" with a line break in it or longer than any real path: report text passed where a path goes."""
    return "\n" in str(path) or len(str(path)) > 1024


def _text_as_path(path: Path, reason: str) -> InputError:
    """The one-line error for report text passed as a path: how to pass text instead."""
    return InputError(
        f"'{_short(str(path), 40)}' is not a file path ({reason}): pass report text on standard input with '-' "
        "(in Python: summarize(text=...))"
    )


def read_file(path: str | os.PathLike[str], max_bytes: int, label: str | None = None) -> bytes:
    """The bytes of a regular file, at most ``max_bytes + 1`` read, so a growing or huge file cannot exhaust memory.

    The file is opened with ``O_NONBLOCK`` and checked with ``fstat`` before anything is read: a FIFO, socket or
    device would block or never end, so it is refused (its data can still come through standard input, ``-``).
    Whatever the path looks like (a newline in it, no extension), it is a path: a missing one is an error.
    """
    path = Path(path)
    shown = _short(str(path))
    label = label or path.name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        if _report_text(path):
            raise _text_as_path(path, "no such file") from None
        raise InputError(f"file not found: {shown}: check the path") from None
    except OSError as exc:
        if _report_text(path) or exc.errno == errno.ENAMETOOLONG:  # ENAMETOOLONG: a one-line report as the path
            raise _text_as_path(path, _reason(exc)) from None
        if isinstance(exc, IsADirectoryError):
            raise InputError(f"{shown} is a directory: pass one report file (batch mode takes directories)") from None
        if isinstance(exc, PermissionError):
            raise InputError(f"cannot read {shown}: permission denied; check the file's permissions") from None
        raise InputError(f"cannot read {shown}: {_reason(exc)}; check the path") from None
    except ValueError as exc:  # a NUL in the path
        raise InputError(f"cannot read {shown}: {_reason(exc)}; check the path") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{shown} is a directory: pass one report file (batch mode takes directories)")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"{shown} is {_file_kind(info.st_mode)}, not a regular file: to read it, redirect it "
                "to standard input and pass '-'"
            )
        _check_size(info.st_size, max_bytes, label)
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {shown}: {_reason(exc)}; check the path") from None
    finally:
        if fd >= 0:
            os.close(fd)
    _check_size(len(data), max_bytes, label)
    return data


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _read_stdin(max_bytes: int, label: str) -> bytes:
    """Read standard input as bytes: the encoding is sniffed like a file's, never taken from the locale."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is not readable as bytes: pass a file path instead of '-'")
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read standard input: {_reason(exc)}; pass a file path instead") from None
    if isinstance(data, str):  # a text-mode stand-in; be lenient
        data = data.encode("utf-8")
    _check_size(len(data), max_bytes, label)
    return data


def _load_bytes(data: bytes, label: str, *, max_bytes: int, max_chars: int = DEFAULT_MAX_CHARS) -> LoadedDocument:
    """Sniff the format of ``data`` and extract its text."""
    if not data.strip():
        raise EmptyInputError(f"{label} is empty: there is no report text to summarise")
    head = data[:1024]
    if b"%PDF-" in head:
        return _finish(_pdf_to_text(data, label, max_chars), label, "pdf", None, max_chars=max_chars)
    if data.startswith(b"PK\x03\x04"):
        return _finish(_docx_to_text(data, label, max_bytes, max_chars), label, "docx", None, max_chars=max_chars)
    _reject_binary(data, label)
    html = _looks_like_html_bytes(data, label)
    text, encoding, warning = _decode_or_explain(data, label, html=html)
    warnings = (warning,) if warning else ()
    if html or _HTML_START_TEXT.search(text[:_SNIFF_CHARS]):  # UTF-16 HTML is only visible once decoded
        main, notes = _html_text(text, label)
        return _finish(main, label, "html", encoding, max_chars=max_chars, warnings=warnings + notes)
    return _finish(text, label, "text", encoding, max_chars=max_chars, warnings=warnings)


def _finish(
    text: str,
    label: str,
    fmt: str,
    encoding: str | None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    warnings: tuple[str, ...] = (),
) -> LoadedDocument:
    if not text.strip():
        what = {"html": "no main text found in the HTML page", "docx": "the DOCX has no text"}.get(fmt, "empty")
        raise EmptyInputError(f"{label}: {what}: there is no report text to summarise")
    if not text.replace("\ufffd", "").replace("\x00", "").strip():
        # every character was one the decoder could not read (a BOM and a stray byte): nothing to summarise, and a
        # summary of replacement marks would pass for one
        raise EmptyInputError(
            f"{label}: no readable character in it ({encoding or fmt}): there is no report text to summarise"
        )
    _check_chars(len(text), max_chars, label)
    return LoadedDocument(text=text, source=label, format=fmt, encoding=encoding, warnings=warnings)


def _decode_or_explain(data: bytes, label: str, *, html: bool) -> tuple[str, str, str | None]:
    try:
        return _decode(data, html=html)
    except DecodeError as exc:
        raise DecodeError(f"{label}: {exc}") from None
