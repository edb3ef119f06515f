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

import codecs
import io
import itertools
import os
import re
import stat
import statistics
import sys
import threading
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .clean import HEADING_START, SENTENCE_END
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NoTextLayerError,
)

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "MAX_PDF_PAGES", "LoadedDocument", "decode_bytes", "load",
           "load_text", "read_file"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Characters of extracted text. Real reports run to 10–60 thousand; the limit bounds everything after loading (and
# PDF extraction, at ~16,000 characters a second in pdfplumber, is the slowest step): 200,000 stay under 30 s.
DEFAULT_MAX_CHARS = 200_000
MAX_PDF_PAGES = 2000  # a report has tens of pages; every page costs time even when it holds no text


@dataclass(frozen=True)
class LoadedDocument:
    """The raw text of one input and where it came from."""

    text: str  # decoded text; for HTML/PDF/DOCX the extracted main text, paragraphs separated by "\n"
    source: str  # file name, "<stdin>", "<bytes>" or "<text>"
    format: str  # "text" | "html" | "pdf" | "docx"
    encoding: str | None  # codec used for text/html ("utf-8", "gb18030", "big5hkscs", "utf-16"), None otherwise
    warnings: tuple[str, ...] = ()  # what loading had to repair (stray bytes replaced), for the summary's warnings


# ---------------------------------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------------------------------


def load(
    source: str | os.PathLike[str] | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None,
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
        return _finish(_html_to_text(text), name, "html", None, max_chars=max_chars)
    return _finish(text, name, "text", None, max_chars=max_chars)


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode bytes of a Chinese document: ``(text, codec)``.

    Order: BOM → UTF-16 without BOM (NUL pattern) → strict UTF-8 → (HTML) declared charset → GB18030 or
    Big5-HKSCS, whichever decodes (GB18030 on a tie) → ``charset-normalizer`` restricted to
    gb18030/big5hkscs/utf_16 (UTF-16 without ASCII, hence without NULs).

    GB labels decode as gb18030 (the ``gb2312`` codec fails on 镕, 喆 and turns — into ―) and Big5 as big5hkscs.
    Big5 bytes nearly always decode as GB18030 too (and short GB text as Big5), so when both codecs succeed the
    one whose characters are common in its own script wins (:func:`_hanzi_score`); charset-normalizer only breaks
    ties: restricted, it still misread 79 of 1023 short seed lines, unrestricted it called short GBK UTF-16-BE.

    "Undecodable" means: no candidate decodes strictly into plausible text (:func:`_plausible`). GB18030 rejects
    bytes such as ``\x80`` and ``\xff`` as lead bytes; byte runs it does decode but only into private-use or
    unassigned code points, and UTF-16 noise, are undecodable too. NUL-heavy data is rejected earlier as binary.

    A few stray bytes (a damaged download, one byte of another encoding pasted in) do not make a report
    undecodable: when no codec decodes strictly, the one that fails on the fewest bytes is used with those bytes
    replaced by U+FFFD, provided they are at most 1% of the input (:func:`_decode_lenient`; the warning naming them
    is dropped here, :func:`load` puts it in the summary's warnings).
    """
    text, codec, _warning = _decode(data, html=html)
    return text, codec


def _decode(data: bytes, *, html: bool) -> tuple[str, str, str | None]:
    """:func:`decode_bytes` plus the warning to show when stray bytes had to be replaced."""
    if not data:
        return "", "utf-8", None
    decoded = _decode_bom(data) or _decode_utf16_without_bom(data)
    if decoded is not None:
        return decoded
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes: valid multi-byte sequences are a far stronger sign than GB18030 decoding
    # (which accepts most byte pairs, and would turn the rest of a UTF-8 report into plausible-looking mojibake)
    lenient = _decode_lenient(data, ("utf-8",))
    if lenient is not None and sum(1 for char in lenient[0][:20000] if ord(char) > 0x7F) >= 20:
        return lenient
    if html:
        declared = _declared_charset(data)
        if declared and declared != "utf-8":
            text = _try_decode(data, declared)
            if text is not None:
                return text, declared, None
    decoded = _decode_chinese(data) or _decode_detected(data)
    if decoded is not None:
        return (*decoded, None)
    lenient = _decode_lenient(data, ("gb18030", "big5hkscs", "utf-8"))
    if lenient is not None:
        return lenient
    raise DecodeError(
        "cannot decode the input as UTF-8, GB18030, Big5-HKSCS or UTF-16: "
        "convert it to UTF-8 text, or check it is a text document at all"
    )


# ---------------------------------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------------------------------


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
    except (FileNotFoundError, NotADirectoryError) as exc:
        if "\n" in str(path) or len(str(path)) > 1024:
            raise InputError(f"'{_short(str(path), 40)}' is not a file path (no such file): pass report text on "
                             "standard input with '-'") from None
        raise InputError(f"file not found: {shown}: check the path") from None
    except OSError as exc:
        if "\n" in str(path) or len(str(path)) > 1024:  # ENAMETOOLONG: report text passed as the path
            raise InputError(f"'{_short(str(path), 40)}' is not a file path ({_reason(exc)}): pass report text "
                             "on standard input with '-'") from None
        if isinstance(exc, IsADirectoryError):
            raise InputError(f"{shown} is a directory: pass one report file (batch mode takes directories)") \
                from None
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
            raise InputError(f"{shown} is {_file_kind(info.st_mode)}, not a regular file: to read it, redirect it "
                             "to standard input and pass '-'")
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


# ---------------------------------------------------------------------------------------------------------------------
# Format sniffing
# ---------------------------------------------------------------------------------------------------------------------

_SNIFF_BYTES = 8192
_SNIFF_CHARS = 2048

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt): save it as .docx"),
    (b"{\\rtf", "an RTF document: save it as .docx or plain text"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"PK\x07\x08", "a split zip archive"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive: unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive: unpack it first"),
    (b"\xfd7zXZ\x00", "an xz archive: unpack it first"),
    (b"BZh", "a bzip2 archive: unpack it first"),
    (b"\x7fELF", "an executable"),
    (b"%!PS", "a PostScript file: convert it to PDF"),
    (b"SQLite format 3\x00", "a database"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio/video file"),
    (b"fLaC", "an audio file"),
)

_HTML_START_BYTES = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|p|span|center|font|"
    rb"h[1-6]|section|article|link|style|script)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ROOT_BYTES = re.compile(rb"<(?:!doctype\s+html|html|body)[\s>]", re.IGNORECASE)
_HTML_START_TEXT = re.compile(
    r"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|p|span|center|font|"
    r"h[1-6]|section|article|link|style|script)[\s>/]|<(?:!doctype\s+html|html|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_HTML_EXTENSIONS = (".htm", ".html", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
_HTML_ANY_TAG = re.compile(rb"<(?:p|div|br|table|span|font)[\s>/]", re.IGNORECASE)


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
        return _finish(_html_to_text(text), label, "html", encoding, max_chars=max_chars, warnings=warnings)
    return _finish(text, label, "text", encoding, max_chars=max_chars, warnings=warnings)


def _finish(text: str, label: str, fmt: str, encoding: str | None, *, max_chars: int = DEFAULT_MAX_CHARS,
            warnings: tuple[str, ...] = ()) -> LoadedDocument:
    if not text.strip():
        what = {"html": "no main text found in the HTML page", "docx": "the DOCX has no text"}.get(fmt, "empty")
        raise EmptyInputError(f"{label}: {what}: there is no report text to summarise")
    _check_chars(len(text), max_chars, label)
    return LoadedDocument(text=text, source=label, format=fmt, encoding=encoding, warnings=warnings)


def _check_chars(count: int, max_chars: int, label: str, where: str = "") -> None:
    if count > max_chars:
        raise InputTooLargeError(
            f"{label} has more than {max_chars:,} characters of text{where}: a report has tens of thousands; "
            "raise --max-chars if the file is right"
        )


def _decode_or_explain(data: bytes, label: str, *, html: bool) -> tuple[str, str, str | None]:
    try:
        return _decode(data, html=html)
    except DecodeError as exc:
        raise DecodeError(f"{label}: {exc}") from None


def _reject_binary(data: bytes, label: str) -> None:
    """Raise for images, archives and other binary data before anyone tries to decode them as text."""
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"{label} is {what}, not a report: pass a text, HTML, PDF or DOCX file")
    if data[:4] == b"RIFF" or data[4:8] == b"ftyp":
        raise BinaryInputError(f"{label} is a media file, not a report: pass a text, HTML, PDF or DOCX file")
    if _has_bom(data) or _decode_utf16_without_bom(data) is not None:
        return  # UTF-16 text legitimately has NUL bytes
    sample = data[:_SNIFF_BYTES]
    nul = sample.count(0)
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    if nul > len(sample) * 0.01 or controls > len(sample) * 0.05:
        raise BinaryInputError(
            f"{label} looks like binary data (control bytes), not a report: pass a text, HTML, PDF or DOCX file"
        )


_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")


def _looks_like_html_bytes(data: bytes, label: str) -> bool:
    """Markup near the start, or an HTML file name and some block tags anywhere in the head of the file."""
    head = data[:_SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START_BYTES.search(head[:_SNIFF_CHARS]) or _HTML_ROOT_BYTES.search(head[:1024]):
        return True
    return label.lower().endswith(_HTML_EXTENSIONS) and bool(_HTML_ANY_TAG.search(data[:65536]))


# ---------------------------------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (  # UTF-32 first: its LE BOM starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)

_CHARSET_LABELS = {
    **dict.fromkeys(
        ("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "csgb2312",
         "gb_2312", "gb_2312-80", "chinese", "iso-ir-58", "csgbk", "csiso58gb231280"),
        "gb18030",
    ),
    **dict.fromkeys(
        ("big5", "big5-hkscs", "big5hkscs", "x-x-big5", "cp950", "ms950", "csbig5", "x-big5", "big5_hkscs"),
        "big5hkscs",
    ),
    **dict.fromkeys(("utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"), "utf-8"),
}
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""",
    re.IGNORECASE,
)
# charset-normalizer names → our codec names
_DETECTABLE = {"gb18030": "gb18030", "big5hkscs": "big5hkscs", "utf_16": "utf-16"}


def _has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _codec, _name in _BOMS)


def _decode_bom(data: bytes) -> tuple[str, str, str | None] | None:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom) :], codec)
            if text is not None and _plausible(text):
                return text, name, None
            lenient = _decode_lenient(data[len(bom) :], (codec,), offset=len(bom))
            if lenient is None:
                raise DecodeError(
                    f"the input starts with a {name.upper()} byte-order mark but is not valid {name.upper()}: "
                    "re-save it as UTF-8"
                )
            return lenient[0], name, lenient[2]
    return None


def _declared_charset(data: bytes) -> str | None:
    """The codec named by ``<meta charset>``, ``http-equiv`` or an XML declaration, if it is one we trust."""
    match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "replace").lower()
    return _CHARSET_LABELS.get(label)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_byte_order(data: bytes) -> str | None:
    """Guess UTF-16 without BOM from NUL bytes: ASCII in UTF-16 puts a NUL in every other byte.

    Chinese reports always carry some ASCII (digits, newlines), so NULs cluster on one parity; the other parity
    has a few too (一 is U+4E00), hence a ratio rather than zero.
    """
    sample = data[: _SNIFF_BYTES & ~1]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    minimum = max(2, len(sample) // 2 * 0.02)
    if odd >= minimum and odd > even * 3:
        return "utf-16-le"
    if even >= minimum and even > odd * 3:
        return "utf-16-be"
    return None


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str, str | None] | None:
    codec = _utf16_byte_order(data)
    text = _try_decode(data, codec) if codec else None
    return (text, "utf-16", None) if text is not None and _plausible(text) else None


_STRAY_SHARE = 0.01  # stray bytes replaced; more than this and the input is not text in that codec
_STRAY_ERRORS = threading.local()


def _record_stray(error: UnicodeDecodeError) -> tuple[str, int]:
    """A codec error handler: replace like ``"replace"``, and note where (per thread)."""
    spans = _STRAY_ERRORS.spans
    spans.append((error.start, error.end))
    if len(spans) > _STRAY_ERRORS.limit:
        raise error  # mostly undecodable: stop early instead of replacing a whole file byte by byte
    return "\ufffd", error.end


codecs.register_error("summarizer-stray", _record_stray)


def _decode_lenient(data: bytes, codecs_: tuple[str, ...], offset: int = 0) -> tuple[str, str, str] | None:
    """Decode with the codec that fails on the fewest bytes, those replaced by U+FFFD: ``(text, codec, warning)``.

    ``None`` when every codec fails on more than 1% of the bytes or gives implausible text: then the input is not
    a report in a Chinese encoding with a few stray bytes but something else. ``offset`` shifts reported positions
    (past a BOM)."""
    best: tuple[int, str, str, list[tuple[int, int]]] | None = None
    for codec in codecs_:
        _STRAY_ERRORS.spans, _STRAY_ERRORS.limit = [], max(1, int(len(data) * _STRAY_SHARE))
        try:
            text = data.decode(codec, errors="summarizer-stray")
        except (UnicodeDecodeError, LookupError):
            continue
        spans = _STRAY_ERRORS.spans
        bad = sum(end - start for start, end in spans)
        if (best is None or bad < best[0]) and _plausible(text.replace("\ufffd", "")):
            best = (bad, codec, text, spans)
    if best is None:
        return None
    bad, codec, text, spans = best
    shown = ", ".join(str(start + offset) for start, _ in spans[:5]) + (", …" if len(spans) > 5 else "")
    name = "utf-16" if codec.startswith("utf-16") else "utf-32" if codec.startswith("utf-32") else codec
    warning = (f"{bad} byte(s) that are not {name.upper()} were replaced with U+FFFD (at byte offset(s) {shown}): "
               "check those places in the source")
    return text, name, warning


def _decode_detected(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer, but only to choose among gb18030, big5hkscs and utf_16."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(_DETECTABLE)).best()
    except Exception:  # noqa: BLE001 - a detector failure only means "no opinion"
        return None
    if best is None:
        return None
    name = _DETECTABLE.get(best.encoding)
    if name is None:
        return None
    codec = name if name != "utf-16" else (_utf16_byte_order(data) or "utf-16")
    text = _try_decode(data, codec)
    return (text, name) if text is not None and _plausible(text) else None


def _decode_chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5-HKSCS: the only one that decodes, else the one with more common characters of its script."""
    candidates = {}
    for codec in ("gb18030", "big5hkscs"):
        text = _try_decode(data, codec)
        if text is not None and _plausible(text):
            candidates[codec] = text
    if len(candidates) < 2:
        return next(((text, codec) for codec, text in candidates.items()), None)
    simplified, traditional = _common_hanzi()
    gb_score = _hanzi_score(candidates["gb18030"], simplified | traditional)  # GBK also carries traditional text
    big5_score = _hanzi_score(candidates["big5hkscs"], traditional)
    if gb_score != big5_score:
        codec = "gb18030" if gb_score > big5_score else "big5hkscs"
        return candidates[codec], codec
    detected = _decode_detected(data)
    if detected is not None and detected[1] in candidates:
        return detected
    return candidates["gb18030"], "gb18030"


@lru_cache(maxsize=1)
def _common_hanzi() -> tuple[frozenset[str], frozenset[str]]:
    """The frequent characters of each script, read off the codecs' own tables.

    GB2312 level 1 (rows 0xB0–0xD7) holds the 3755 most frequent simplified characters; Big5 0xA440–0xC67E holds
    the 5401 frequent traditional ones. A wrong codec produces kana, Greek, box drawing or rare characters instead.
    """
    def table(codec: str, leads: range, trails: list[int], stop: bytes) -> frozenset[str]:
        chars = set()
        for lead in leads:
            for trail in trails:
                pair = bytes((lead, trail))
                if pair < stop:
                    char = _try_decode(pair, codec)
                    if char and len(char) == 1 and unicodedata.category(char) == "Lo":
                        chars.add(char)
        return frozenset(chars)

    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    return (
        table("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)), b"\xd8"),
        table("big5", range(0xA4, 0xC7), big5_trails, b"\xc6\x7f"),
    )


def _hanzi_score(text: str, common: frozenset[str]) -> float:
    """Share of letters (ideographs, kana, Greek…) in ``common``; ASCII, digits, punctuation and spaces are neutral."""
    good = total = 0
    for char in text[:20000]:
        if char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        total += 1
        good += char in common
    return good / total if total else 0.0


def _plausible(text: str) -> bool:
    """Does a non-UTF-8 decoding look like a Chinese report rather than noise?

    Wrong codecs produce control, private-use or unassigned code points, or characters from unrelated scripts
    (UTF-16 garbage lands all over the BMP). At most 5% of the former and 80% of the visible characters from the
    scripts a report uses (ASCII, Latin-1, CJK, CJK and general punctuation, full-width forms, enclosed numbers).
    """
    sample = text[:20000]
    bad = visible = expected = 0
    for char in sample:
        category = unicodedata.category(char)
        if category in ("Co", "Cn", "Cs") or (category == "Cc" and char not in "\t\n\r\f\v\x1b"):
            bad += 1
        elif not char.isspace():
            visible += 1
            expected += _expected_script(ord(char))
    return bad <= len(sample) * 0.05 and expected >= visible * 0.8


_EXPECTED_RANGES = (
    (0x0020, 0x024F),  # ASCII, Latin-1, Latin Extended (pinyin tone marks)
    (0x0370, 0x052F),  # Greek and Cyrillic (both in GB2312 and Big5)
    (0x2000, 0x2BFF),  # punctuation, letterlike, number forms, arrows, math, box drawing, enclosed numbers
    (0x2E80, 0x9FFF),  # CJK radicals, symbols and punctuation, kana, bopomofo, enclosed CJK, ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)


def _expected_script(code: int) -> bool:
    return any(low <= code <= high for low, high in _EXPECTED_RANGES)


# ---------------------------------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------------------------------

# Main-content containers of Chinese government CMSs (TRS, Hanweb, Kaipu UCAP, gov.cn …), most specific first.
_CONTAINERS: tuple[tuple[str, str], ...] = (
    ("class", "TRS_Editor"),
    ("id", "UCAP-CONTENT"),
    ("id", "zoom"),
    ("id", "Zoom"),
    ("id", "fontzoom"),
    ("class", "pages_content"),
    ("class", "article-content"),
    ("class", "article_content"),
    ("id", "article-content"),
    ("class", "TRS_UEDITOR"),
    ("class", "zwnr"),
    ("id", "zwnr"),
    ("class", "view"),
    ("class", "content"),
    ("id", "content"),
    ("tag", "article"),
)
_MIN_CONTAINER_CHARS = 100
# Site-footer markers; 主办单位/技术支持 only with a colon, since reports say "活动主办单位" or "提供技术支持".
_FOOTER_MARKER = re.compile(
    r"(?:主办单位|主辦單位|承办单位|技术支持|技術支持)\s*[:：]|网站标识码|網站標識碼|ICP\s*备|ICP\s*證|版权所有|版權所有"
)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul caption".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "button", "select",
              "input", "textarea", "head")
_FURNITURE_TAGS = ("nav", "header", "footer", "aside")
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|dqwz|location|position|footer|foot|copyright|share|"
    r"toolbar|sidebar|topbar|top-bar|header|bottom)(?:$|[\s_\d-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_ANY_SPACE = re.compile(r"\s+")
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|\s[-–—－]\s)\s*")  # "报告_某某市人民政府", not "2021－2025"

# Whole lines that are page tools, share widgets or breadcrumbs, not report text.
_TOOL_TOKEN = re.compile(
    r"打印本页|打印|关闭窗口|关闭本页|关闭|字体[:：]?(?:\s*[大中小](?:号)?)*|字号[:：]?(?:\s*[大中小])*|[大中小](?=\s|$|】|\])|"
    r"分享到[:：]?|分享|收藏本页|收藏|返回顶部|返回|扫一扫(?:在手机打开当前页)?|在手机打开当前页|"
    r"微信|微博|新浪微博|腾讯微博|QQ空间|人人网|豆瓣|【|】|\[|\]|[|｜/:：·•]"
)
_BREADCRUMB = re.compile(r"^\s*(?:当前位置|您当前的位置|您现在的位置|當前位置)\s*[:：]|^\s*(?:网站)?首页\s*[>＞»›]")


def _html_to_text(html: str) -> str:
    """Main text of an HTML page: a known CMS container, else trafilatura, else readability.

    Readability is used when trafilatura's result still carries footer markers (it returns whole old ``<table>``
    pages, footer included). The page title is put first when the chosen text lacks it: agency and year are read
    from it.
    """
    root = _parse_html(html)
    if root is None:
        return ""
    title = _page_title(root)
    _drop_invisible(root)
    body_text = _element_text(root)
    text = _from_container(root)
    if text is None:
        _drop_furniture(root, len(_dense(body_text)))
        text = _from_trafilatura(root)
        if text is None or _footer_hits(text):
            alternative = _from_readability(root)
            if alternative and (text is None or _footer_hits(alternative) < _footer_hits(text)):
                text = alternative
        if text is None:
            text = _element_text(root)
    lines = [line for line in text.split("\n") if line.strip() and not _is_tool_line(line)]
    if title and not _contains_title(lines, title):
        lines.insert(0, title)
    return "\n".join(lines)


# One attribute of a start tag as libxml2 reads it (separators may be missing after a quoted value). Each is
# matched atomically (lookahead + backreference: Python 3.10 has no atomic groups), so the scan is linear.
_ATTRIBUTE = r"""[\s/]*[^\s"'>/=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?"""
_MAX_ATTRIBUTES = 64
_MANY_ATTRIBUTES = re.compile(
    rf"(?P<keep><[A-Za-z][^\s/>]*(?:(?=(?P<a>{_ATTRIBUTE}))(?P=a)){{{_MAX_ATTRIBUTES}}})"
    rf"(?:(?=(?P<b>{_ATTRIBUTE}))(?P=b))+"
)
# Any tag but the few whose content matters for extraction: flattened to <br> when nesting is too deep to parse.
_NESTING_TAG = re.compile(r"<(?!/?(?:html|head|title|body|script|style|meta|br)\b)/?[A-Za-z][^<>]*>", re.IGNORECASE)


def _parse_html(html: str):  # noqa: ANN202 - lxml element
    """Parse with lxml, bounded: attributes past the 64th of a tag are dropped first (libxml2 checks each new
    attribute against all earlier ones, so 300,000 attributes cost hours), and a page nested deeper than libxml2's
    limit (it stops there and drops the rest, text included) is parsed again with its tags flattened to lines."""
    import lxml.html
    from lxml import etree

    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    html = _MANY_ATTRIBUTES.sub(r"\g<keep>", html)
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        root = lxml.html.document_fromstring(html, parser=parser)
        if any("depth" in error.message.lower() for error in parser.error_log):
            parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
            root = lxml.html.document_fromstring(_NESTING_TAG.sub("<br>", html), parser=parser)
        return root
    except (etree.ParserError, ValueError, TypeError):
        return None


def _page_title(root) -> str:  # noqa: ANN001
    """The report's title: an ``<h1>``/title-classed heading agreeing with ``<title>``, else ``<title>``'s first part."""
    title_parts = [part for part in _TITLE_SPLIT.split(_flat(root.findtext(".//title") or "")) if part]
    page_title = title_parts[0] if title_parts else ""
    headings = [
        _flat(element.text_content())
        for element in root.xpath(
            "//h1 | //h2 | //*[contains(translate(@class, 'TITLE', 'title'), 'title')]"
            " | //*[contains(translate(@id, 'TITLE', 'title'), 'title')]"
        )
    ]
    headings = [text for text in headings if 4 <= len(text) <= 150]
    for heading in headings:
        if page_title and (heading in page_title or page_title in heading):
            return heading if len(heading) >= len(page_title) else page_title
    if len(page_title) >= 6:
        return page_title
    return headings[0] if headings else page_title


def _flat(text: str) -> str:
    return _HTML_SPACE.sub(" ", text).strip()


def _dense(text: str) -> str:
    return _ANY_SPACE.sub("", text)


def _contains_title(lines: list[str], title: str) -> bool:
    head = _dense("".join(lines[:5]))[: len(_dense(title)) * 3 + 200]
    return _dense(title) in head


def _drop_invisible(root) -> None:  # noqa: ANN001
    """Script, style and hidden elements never contribute text."""
    from lxml import etree

    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, with_tail=False)
    for element in root.xpath("//*[@style]"):
        if _HIDDEN_STYLE.search(element.get("style", "")) and element.getparent() is not None:
            _remove(element)
    for element in root.xpath("//*[@hidden]"):
        if element.getparent() is not None:
            _remove(element)


def _drop_furniture(root, body_chars: int) -> None:  # noqa: ANN001
    """Remove navigation, breadcrumbs, headers and footers that are small next to the page (never the article)."""
    candidates = list(root.iter(*_FURNITURE_TAGS))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = f"{element.get('class', '')} {element.get('id', '')}"
        if name.strip() and _FURNITURE_NAME.search(name):
            candidates.append(element)
    for element in candidates:
        if element.getparent() is None or element.tag in ("body", "html"):
            continue
        if len(_dense(element.text_content())) < max(body_chars * 0.3, 1):
            _remove(element)


def _remove(element) -> None:  # noqa: ANN001
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _from_container(root) -> str | None:  # noqa: ANN001
    """Text of the first known CMS container that is long enough and carries no footer."""
    for kind, value in _CONTAINERS:
        if kind == "tag":
            elements = root.xpath(f"//{value}")
        elif kind == "id":
            elements = root.xpath(f"//*[@id='{value}']")
        else:
            elements = root.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {value} ')]")
        texts = [_element_text(element) for element in elements]
        texts = [text for text in texts if len(_dense(text)) >= _MIN_CONTAINER_CHARS and not _footer_hits(text)]
        if texts:
            return max(texts, key=len)
    return None


def _from_trafilatura(root) -> str | None:  # noqa: ANN001
    import lxml.html

    try:
        import trafilatura

        html = lxml.html.tostring(root, encoding="unicode")
        text = trafilatura.extract(
            html, favor_recall=True, include_tables=True, include_comments=False, include_formatting=False,
            deduplicate=False, output_format="txt",
        )
    except Exception:  # noqa: BLE001 - any failure means "try the next extractor"
        return None
    return text if text and len(_dense(text)) >= 20 else None


def _from_readability(root) -> str | None:  # noqa: ANN001
    import lxml.html

    try:
        from readability import Document

        html = lxml.html.tostring(root, encoding="unicode")
        summary = Document(html).summary(html_partial=True)
    except Exception:  # noqa: BLE001 - any failure means "no alternative"
        return None
    partial = _parse_html(summary)
    return _element_text(partial) if partial is not None else None


def _footer_hits(text: str) -> int:
    return len(_FOOTER_MARKER.findall(text))


def _is_tool_line(line: str) -> bool:
    if _BREADCRUMB.search(line):
        return True
    if len(line) > 60:
        return False
    rest = _TOOL_TOKEN.sub("", line)
    return not rest.strip() and bool(_TOOL_TOKEN.search(line))


def _element_text(element) -> str:  # noqa: ANN001
    """Render an element as a browser would lay out text: blocks and ``<br>`` start lines, cells are tab-separated.

    ASCII whitespace collapses to one space, except a line break between two wide (CJK) characters, which
    disappears (CSS Text 3 segment-break rule): ``我局\\n加强`` is ``我局加强``, not ``我局 加强``.
    """
    lines: list[str] = []
    cells: list[str] = []
    current: list[str] = []

    def end_cell() -> None:
        cells.append(_collapse("".join(current)))
        current.clear()

    def end_line() -> None:
        end_cell()
        line = "\t".join(cell for cell in cells if cell)
        cells.clear()
        if line:
            lines.append(line)

    # An explicit stack, not recursion: scraped pages can nest deeper than Python's recursion limit.
    stack: list[tuple[object, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""  # type: ignore[attr-defined]
        if closing:
            if tag in _CELL_TAGS:
                end_cell()
            elif tag in _BLOCK_TAGS:
                end_line()
            if node is not element and node.tail:  # type: ignore[attr-defined]
                current.append(node.tail)  # type: ignore[attr-defined]
            continue
        if tag == "br" or tag in _BLOCK_TAGS:
            end_line()
        if node.text and tag:  # type: ignore[attr-defined]
            current.append(node.text)  # type: ignore[attr-defined]
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))  # type: ignore[call-overload]
    end_line()
    return "\n".join(lines)


def _collapse(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if "\n" in match.group() and 0 < start and end < len(text):
            if _is_wide(text[start - 1]) and _is_wide(text[end]):
                return ""
        return " "

    return _HTML_SPACE.sub(replace, text).strip(" \t\n\r\f")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


# ---------------------------------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－−]\s*\d{1,4}\s*[-—–－−]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|"
    r"\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
_CID = re.compile(r"^\(cid:\d+\)$")


@dataclass
class _Line:
    """One text line of a PDF page; coordinates in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    end: float = 0.0  # where the line's content stops, trailing space glyphs included (a space the text holds)
    head: float = 0.0  # width of the line's first unbreakable piece: what could not fit at the end of the line above


def _pdf_to_text(data: bytes, label: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Text of a PDF with paragraphs rebuilt from line geometry (indentation, short last lines, gaps)."""
    pages = [
        _drop_page_numbers(_chars_to_lines(chars, number))
        for number, chars in enumerate(_pdf_chars(data, label, max_chars))
    ]
    if not any(line.text.strip() for page in pages for line in page):
        raise NoTextLayerError(f"{label} is a scanned PDF without a text layer: it needs OCR before it can be read")
    return "\n".join(_paragraphs(pages))


def _pdf_chars(data: bytes, label: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[list[dict]]:
    """Upright characters of each page (rotated watermarks dropped, fake-bold duplicates merged).

    Bounded: more than :data:`MAX_PDF_PAGES` pages is refused before any page is read, and reading stops as soon as
    the characters so far pass ``max_chars`` (a page of tiny text can hold tens of thousands)."""
    pages: list[list[dict]] = []
    total = 0
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            count = len(pdf.pages)
            if count > MAX_PDF_PAGES:
                raise InputTooLargeError(
                    f"{label} has {count:,} pages, more than the {MAX_PDF_PAGES:,}-page limit for a report: "
                    "split it, or summarise the part that is the report"
                )
            for number, page in enumerate(pdf.pages, 1):
                chars = [char for char in _dedupe_chars(_page_chars(page)) if char["upright"]]
                page.close()  # drop pdfplumber's per-page caches: memory stays one page deep
                total += len(chars)
                _check_chars(total, max_chars, label, f" (by page {number} of {count})")
                pages.append(chars)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many unrelated types
        raise _pdf_error(exc, label) from None
    total = sum(len(chars) for chars in pages)
    unmapped = sum(1 for chars in pages for char in chars if _CID.match(char["text"]))
    if total and unmapped > total * 0.5:
        raise NoTextLayerError(
            f"{label}: the PDF's fonts carry no Unicode mapping, so its text cannot be read: it needs OCR"
        )
    return [[char for char in chars if not _CID.match(char["text"])] for chars in pages]


def _page_chars(page) -> list[dict]:  # noqa: ANN001 - a pdfplumber Page
    """The characters of a page with the fields we use, placed exactly as ``page.chars`` places them.

    ``page.chars`` turns every layout object into a dict of some twenty resolved attributes (colours, matrices…),
    which is three quarters of the time on a text-heavy page; only text, box, size, font and uprightness are used.
    """
    from pdfminer.layout import LTChar, LTContainer

    height, (mb_x0, mb_top), doctop = page.height, page.mediabox[:2], page.initial_doctop
    out: list[dict] = []
    stack = [iter(page.layout._objs)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                top, bottom = height - obj.y1 + mb_top, height - obj.y0 + mb_top
                out.append({"text": obj.get_text(), "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0, "top": top,
                            "bottom": bottom, "doctop": doctop + top, "size": obj.size, "fontname": obj.fontname,
                            "upright": obj.upright})
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj._objs))
                break
        else:
            stack.pop()
    return out


def _dedupe_chars(chars: list[dict]) -> list[dict]:
    """pdfplumber's ``dedupe_chars`` (fake bold: the same glyph drawn twice within 1 pt), in linear time.

    pdfplumber restores the original order with ``sorted(..., key=chars.index)``, quadratic in the characters of a
    page: 10,000 characters of tiny text cost it 7 s a page. Same groups, same survivor, same order here."""
    from pdfplumber.utils.clustering import cluster_objects

    key = lambda char: (char.get("upright"), char.get("text"), char.get("fontname"), char.get("size"))  # noqa: E731
    order = {id(char): index for index, char in enumerate(chars)}
    keep = []
    for _group_key, group in itertools.groupby(sorted(chars, key=key), key=key):
        for row in cluster_objects(list(group), lambda char: char["doctop"], 1):
            for cluster in cluster_objects(row, lambda char: char["x0"], 1):
                keep.append(min(cluster, key=lambda char: (char["doctop"], char["x0"])))
    keep.sort(key=lambda char: order[id(char)])
    return keep


def _pdf_error(exc: Exception, label: str) -> InputError:
    inner = [exc, *getattr(exc, "args", ())[:1], exc.__context__]  # pdfplumber wraps pdfminer's errors
    description = " ".join(f"{type(e).__name__} {e}" for e in inner if isinstance(e, BaseException)).lower()
    if "password" in description or "encrypt" in description or "decrypt" in description:
        return InputError(f"{label} is an encrypted PDF that opens only with a password: remove the password "
                          "(print or export it to an unprotected PDF) and try again")
    return InputError(f"{label} is a damaged or unsupported PDF ({type(exc).__name__}): re-export or re-save it")


def _chars_to_lines(chars: list[dict], page: int) -> list[_Line]:
    """Group characters into lines by vertical centre, then order each line left to right."""
    rows: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        centre = (char["top"] + char["bottom"]) / 2
        if rows:
            row = rows[-1]
            row_centre = statistics.median((c["top"] + c["bottom"]) / 2 for c in row[-8:])
            if abs(centre - row_centre) <= max(char["size"], row[-1]["size"]) * 0.45:
                row.append(char)
                continue
        rows.append([char])
    lines = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        visible = [c for c in row if c["text"].strip()]
        if not visible:
            continue
        lines.append(
            _Line(
                text=_line_text(row),
                x0=visible[0]["x0"],
                x1=visible[-1]["x1"],
                top=min(c["top"] for c in visible),
                bottom=max(c["bottom"] for c in visible),
                size=statistics.median(c["size"] for c in visible),
                page=page,
                end=max(visible[-1]["x1"], row[-1]["x1"]),
                head=_head_width(visible),
            )
        )
    return lines


# What a line may not start with (closing punctuation travels with the character before it) and may not end with
# (opening punctuation travels with the character after it): the line-breaking rules of Chinese typesetting.
_NO_LINE_START = frozenset("，。、；：？！）》」』”’】〕…—%％·,.;:?!)]}")
_NO_LINE_END = frozenset("（《「『“‘【〔([{")


def _head_width(chars: list[dict]) -> float:
    """Width of a line's first unbreakable piece: a run of digits or Latin letters (a number is never broken by a
    word processor), or one Chinese character, with any opening punctuation before it and closing punctuation
    after it. When the line above ends short of the margin by less than this, the piece did not fit there: the
    shortness is wrapping, not a paragraph's end."""
    index = 0
    while index < len(chars) - 1 and chars[index]["text"] in _NO_LINE_END:
        index += 1
    if not _is_wide(chars[index]["text"][:1]):  # a Latin word, a number, a pinyin reading: up to a wide character
        while index + 1 < len(chars) and not _is_wide(chars[index + 1]["text"][:1]) and chars[index + 1]["text"].strip():
            index += 1
    while index + 1 < len(chars) and chars[index + 1]["text"] in _NO_LINE_START:
        index += 1
    return chars[index]["x1"] - chars[0]["x0"]


def _line_text(chars: list[dict]) -> str:
    """Join a line's characters, keeping spaces only where a reader would see a word gap between Latin words.

    Letter-spaced Chinese (``6 0 余 次``) comes out as ``60余次``: a gap, or an explicit space glyph, next to a CJK
    character or between two digits is layout, not text. Very wide gaps (table columns) become one space.
    """
    out: list[str] = []
    previous: dict | None = None
    explicit_space = False
    for char in chars:
        text = char["text"]
        if not text.strip():
            explicit_space = previous is not None
            continue
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            size = max(char["size"], previous["size"], 1.0)
            if _keep_space(out[-1][-1], text[0], explicit=explicit_space, gap=gap / size):
                out.append(" ")
        out.append(text)
        previous, explicit_space = char, False
    return "".join(out)


def _keep_space(before: str, after: str, *, explicit: bool, gap: float) -> bool:
    if gap > 3.0:
        return True  # a table column gap
    if _is_wide(before) or _is_wide(after):
        return False
    if before.isdigit() and after.isdigit():
        return False
    if explicit:
        return True
    return gap > 0.25 and before.isascii() and after.isascii() and (before.isalpha() or after.isalpha())


def _drop_page_numbers(lines: list[_Line]) -> list[_Line]:
    """Drop page-number lines (``- 3 -``, ``第3页``) among the two top-most and two bottom-most lines of a page."""
    if not lines:
        return lines
    by_position = sorted(range(len(lines)), key=lambda index: lines[index].top)
    edges = set(by_position[:2] + by_position[-2:])
    return [
        line
        for index, line in enumerate(lines)
        if not (index in edges and _PAGE_NUMBER.match(_ANY_SPACE.sub("", line.text)))
    ]


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Join wrapped lines into paragraphs.

    A line starts a new paragraph when it is indented, when the previous line ends short of the right margin by
    more than the next line's first piece needs, after a larger vertical gap, when the font size changes
    (headings), or when it opens with a heading number (``一、``, ``（二）``) after a line that ends a sentence.
    Wrapped lines join without a space, since Chinese has none between words, except between two Latin letters.
    Generators differ in which cues they give (reportlab's CJK justification leaves lines a character or two short,
    a narrow column is ragged, a document grid ends every full line at the same point), so no single cue decides.
    """
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    size = statistics.median(line.size for line in lines)
    margins = _margins(pages, lines)
    leading = _typical_leading(lines)
    paragraphs: list[str] = []
    current = lines[0].text
    for previous, line in zip(lines, lines[1:]):
        if _starts_paragraph(previous, line, margins, size, leading):
            paragraphs.append(current)
            current = line.text
        else:
            current += (" " if _latin(current[-1:]) and _latin(line.text[:1]) else "") + line.text
    paragraphs.append(current)
    return [paragraph.strip() for paragraph in paragraphs if paragraph.strip()]


def _margins(pages: list[list[_Line]], lines: list[_Line]) -> dict[int, tuple[float, float]]:
    """Left and right text margins per page (mirrored margins move them), falling back to the whole document's.

    The right margin is where most full lines end (the upper quartile of line ends), not the furthest end: one
    line with hanging punctuation or a long Latin word must not make every other line look short."""
    def measure(candidates: list[_Line]) -> tuple[float, float] | None:
        long_lines = [line for line in candidates if len(line.text) >= 8] or candidates
        if not long_lines:
            return None
        ends = sorted(line.end or line.x1 for line in long_lines)
        return min(line.x0 for line in long_lines), ends[(len(ends) * 3) // 4]

    overall = measure(lines) or (0.0, 0.0)
    return {page[0].page: (measure(page) if len(page) >= 4 else None) or overall for page in pages if page}


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _typical_leading(lines: list[_Line]) -> float:
    steps = [
        line.top - previous.top
        for previous, line in zip(lines, lines[1:])
        if line.page == previous.page and line.top > previous.top
    ]
    return statistics.median(steps) if steps else 0.0


def _starts_paragraph(
    previous: _Line, line: _Line, margins: dict[int, tuple[float, float]], size: float, leading: float
) -> bool:
    left, _ = margins.get(line.page, (line.x0, line.x1))
    _, right = margins.get(previous.page, (previous.x0, previous.x1))
    indent = line.x0 - left
    # ``%，满意度…`` after ``100``: a space the grid kept before it is not a first-line indent
    if indent > size * 0.8 and not (line.text[:1] in _NO_LINE_START and indent < size * 1.5):
        return True
    if right - (previous.end or previous.x1) > max(size * 1.5, line.head + size * 0.5):
        return True
    if abs(line.size - previous.size) > size * 0.15:
        return True
    if previous.text.rstrip().endswith((*SENTENCE_END, "：", ":", "；")) and HEADING_START.match(line.text.lstrip()):
        return True
    same_page = line.page == previous.page
    return same_page and leading > 0 and line.top - previous.top > leading * 1.3


# ---------------------------------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP_IN_PARAGRAPH = frozenset(
    (f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}footnoteReference",
     f"{_W}endnoteReference", f"{_W}pPr", f"{_W}rPr", f"{_W}instrText")
)
_LEVEL_TEXT = re.compile(r"%([1-9])")


def _docx_to_text(data: bytes, label: str, max_bytes: int, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Paragraphs and table cells of a DOCX body in order, with automatic numbering rendered as text."""
    _check_docx_archive(data, label, max_bytes)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines, total = [], 0
        for line in _block_lines(document.element.body, numbering):
            total += len(line) + 1
            _check_chars(total, max_chars, label)
            lines.append(line)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml raise many types
        raise InputError(
            f"{label} is a damaged or unsupported DOCX ({type(exc).__name__}): open and re-save it in Word"
        ) from None
    return "\n".join(lines)


_MAX_ZIP_MEMBERS = 5000


def _check_docx_archive(data: bytes, label: str, max_bytes: int) -> None:
    """A zip is a DOCX only if it has ``word/document.xml``; refuse zip bombs before python-docx inflates them.

    The sizes a zip declares are not trusted: every member is inflated here in 1 MiB steps, counting, and reading
    stops once the XML passes ``max_bytes`` or everything passes ``4 × max_bytes`` (python-docx holds every part
    in memory and parses the XML ones with lxml, which needs up to 17 times the XML's size: bench/RESULTS.md)."""
    xml_limit, total_limit = max(max_bytes, 1), max(max_bytes, 1) * 4
    xml = total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise BinaryInputError(
                    f"{label} is a zip archive but not a DOCX document: unpack it, or pass a text, HTML, PDF or "
                    "DOCX file"
                )
            if len(infos) > _MAX_ZIP_MEMBERS:
                raise InputTooLargeError(f"{label} holds {len(infos):,} files, more than a DOCX ever has "
                                         f"({_MAX_ZIP_MEMBERS:,}): it is not a report")
            for info in infos:
                is_xml = info.filename.lower().endswith((".xml", ".rels"))
                with archive.open(info) as member:
                    while chunk := member.read(1 << 20):
                        total += len(chunk)
                        xml += len(chunk) if is_xml else 0
                        if xml > xml_limit or total > total_limit:
                            what = "its XML" if xml > xml_limit else "it"
                            limit = xml_limit if xml > xml_limit else total_limit
                            raise InputTooLargeError(
                                f"{label} inflates to more than {_human(limit)} ({what}; a zip bomb?): raise "
                                "--max-bytes if the file is right"
                            )
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError,
            NotImplementedError):
        raise BinaryInputError(
            f"{label} is a damaged zip archive, not a report: pass a text, HTML, PDF or DOCX file"
        ) from None


def _block_lines(container, numbering: _Numbering) -> Iterator[str]:  # noqa: ANN001
    """Lines of paragraphs and tables in body order, descending into content controls (``w:sdt``)."""
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            line = numbering.prefix(child) + _paragraph_text(child)
            if line.strip():
                yield line
        elif child.tag == f"{_W}tbl":
            yield from _table_lines(child, numbering)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from _block_lines(content, numbering)


def _table_lines(table, numbering: _Numbering) -> Iterator[str]:  # noqa: ANN001
    """One line per row with tab-separated cells; cells holding several paragraphs (layout tables) stay lines."""
    for row in table.iterchildren(f"{_W}tr"):
        cells = [list(_block_lines(cell, numbering)) for cell in row.iterchildren(f"{_W}tc")]
        cells = [cell for cell in cells if cell]
        if all(len(cell) == 1 for cell in cells):
            line = "\t".join(cell[0] for cell in cells)
            if line.strip():
                yield line
        else:
            for cell in cells:
                yield from cell


def _paragraph_text(paragraph) -> str:  # noqa: ANN001
    """Visible text of a ``w:p``: runs, hyperlinks, insertions and field results, not deletions or field codes."""
    out: list[str] = []

    def walk(element) -> None:  # noqa: ANN001
        for child in element.iterchildren():
            tag = child.tag
            if tag in _SKIP_IN_PARAGRAPH or tag == f"{_W}p":
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(out)


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    legal: bool  # w:isLgl: show all levels as decimal
    restart: int | None  # w:lvlRestart (1-based level after which to restart), None = after any higher level
    style: str | None  # w:pStyle linking this level to a paragraph style
    suffix: str  # w:suff: "tab" (default), "space" or "nothing"


class _Numbering:
    """Word's automatic list numbering rebuilt from ``numbering.xml``.

    Counters are kept per (numId, level); a number at one level resets the deeper levels of the same list.
    A ``w:startOverride`` in the ``w:num`` restarts that instance at the given value.
    """

    def __init__(self, document) -> None:  # noqa: ANN001
        self._levels: dict[str, dict[int, _Level]] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._styles = _paragraph_style_numbering(document)
        self._default_style = _default_paragraph_style(document)
        root = _numbering_root(document)
        if root is not None:
            self._read(root)

    def _read(self, root) -> None:  # noqa: ANN001
        abstracts = {
            element.get(f"{_W}abstractNumId"): self._read_levels(element)
            for element in root.iterchildren(f"{_W}abstractNum")
        }
        for num in root.iterchildren(f"{_W}num"):
            num_id = num.get(f"{_W}numId")
            abstract = num.find(f"{_W}abstractNumId")
            if num_id is None or abstract is None:
                continue
            levels = dict(abstracts.get(abstract.get(f"{_W}val"), {}))
            overrides: dict[int, int] = {}
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), 0)
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    overrides[ilvl] = _start_value(start.get(f"{_W}val"), 1)
                level = override.find(f"{_W}lvl")
                if level is not None:
                    levels[ilvl] = self._read_level(level)
            self._levels[num_id] = levels
            self._overrides[num_id] = overrides

    @staticmethod
    def _read_levels(abstract) -> dict[int, _Level]:  # noqa: ANN001
        return {
            _int(level.get(f"{_W}ilvl"), 0): _Numbering._read_level(level)
            for level in abstract.iterchildren(f"{_W}lvl")
        }

    @staticmethod
    def _read_level(level) -> _Level:  # noqa: ANN001
        def value(tag: str) -> str | None:
            element = level.find(f"{_W}{tag}")
            return None if element is None else element.get(f"{_W}val")

        restart = value("lvlRestart")
        legal = level.find(f"{_W}isLgl")
        return _Level(
            start=_start_value(value("start"), 1),
            fmt=value("numFmt") or "decimal",
            text=value("lvlText") or "",
            legal=legal is not None and legal.get(f"{_W}val", "1") not in ("0", "false", "off"),
            restart=None if restart is None else _int(restart, 0),
            style=value("pStyle"),
            suffix=value("suff") or "tab",
        )

    def prefix(self, paragraph) -> str:  # noqa: ANN001
        """The rendered number of a ``w:p`` (``一、``, ``（二）``…), or ``""``; advances the counters."""
        num_id, ilvl = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self._levels:
            return ""
        levels = self._levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        level = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self._start(num_id, ilvl)
        for deeper in [key for key in counters if key > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt in ("none", "bullet"):
            return ""  # bullets are glyphs in symbol fonts, not text worth keeping
        rendered = _LEVEL_TEXT.sub(lambda match: self._render(num_id, int(match.group(1)) - 1, level.legal), level.text)
        if not rendered or level.suffix == "nothing" or unicodedata.category(rendered[-1]).startswith("P"):
            return rendered  # "一、", "（一）", "1." are followed directly by the text, as the seeds show
        return rendered + " "  # Word's tab or space after "第一章" or a bare "1"

    def _start(self, num_id: str, ilvl: int) -> int:
        override = self._overrides.get(num_id, {}).get(ilvl)
        return override if override is not None else self._levels[num_id][ilvl].start

    def _render(self, num_id: str, ilvl: int, legal: bool) -> str:
        level = self._levels[num_id].get(ilvl)
        if level is None:
            return ""
        value = self._counters.get(num_id, {}).get(ilvl, self._start(num_id, ilvl))
        return format_number(value, "decimal" if legal else level.fmt)

    def _num_pr(self, paragraph) -> tuple[str | None, int]:  # noqa: ANN001
        """numId and level from the paragraph, else from its style chain; a level may come from ``w:pStyle``."""
        num_id = ilvl = None
        style_id = None
        ppr = paragraph.find(f"{_W}pPr")
        if ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            style_id = style.get(f"{_W}val") if style is not None else None
            num_pr = ppr.find(f"{_W}numPr")
            if num_pr is not None:
                num_id = _child_val(num_pr, "numId")
                ilvl = _child_val(num_pr, "ilvl")
        style_id = style_id or self._default_style
        for style_num_id, style_ilvl in self._styles.get(style_id, ()):
            num_id = num_id if num_id is not None else style_num_id
            ilvl = ilvl if ilvl is not None else style_ilvl
        if ilvl is None and num_id in self._levels:
            linked = [key for key, level in self._levels[num_id].items() if level.style and level.style == style_id]
            ilvl = str(linked[0]) if linked else None
        return num_id, _int(ilvl, 0)


def _numbering_root(document):  # noqa: ANN001, ANN202
    """The ``w:numbering`` element, without python-docx creating an empty part when there is none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = document.part.part_related_by(RT.NUMBERING)
    except KeyError:
        return None
    return getattr(part, "element", None)


def _paragraph_style_numbering(document) -> dict[str, list[tuple[str | None, str | None]]]:  # noqa: ANN001
    """For each paragraph style id, the ``(numId, ilvl)`` pairs of its ``basedOn`` chain, nearest first."""
    styles = {}
    for style in document.styles.element.iterchildren(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        based_on = style.find(f"{_W}basedOn")
        styles[style_id] = (
            (_child_val(num_pr, "numId"), _child_val(num_pr, "ilvl")) if num_pr is not None else None,
            based_on.get(f"{_W}val") if based_on is not None else None,
        )
    # Only the nearest numId and the nearest ilvl of a chain are ever used, so each style keeps that one pair,
    # resolved once (memoised): listing every chain in full is quadratic, and a styles.xml of 40,000 styles each
    # based on the previous one took gigabytes.
    resolved: dict[str, tuple[str | None, str | None]] = {}
    for style_id in styles:
        path, seen, current = [], set(), style_id
        while current in styles and current not in resolved and current not in seen:
            seen.add(current)
            path.append(current)
            current = styles[current][1]
        inherited = resolved.get(current, (None, None)) if current is not None else (None, None)
        for name in reversed(path):
            own = styles[name][0] or (None, None)
            inherited = (own[0] if own[0] is not None else inherited[0], own[1] if own[1] is not None else inherited[1])
            resolved[name] = inherited
    return {style_id: [pair] if pair != (None, None) else [] for style_id, pair in resolved.items()}


def _default_paragraph_style(document) -> str | None:  # noqa: ANN001
    for style in document.styles.element.iterchildren(f"{_W}style"):
        if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true", "on"):
            return style.get(f"{_W}styleId")
    return None


def _child_val(element, tag: str) -> str | None:  # noqa: ANN001
    child = element.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None and len(value) <= 12 else default
    except ValueError:
        return default


_MAX_START = 32767  # Word's own limit for a list's start value


def _start_value(value: str | None, default: int) -> int:
    """A list's start value, clamped to what Word allows: ``10**11`` would make a numeral billions of letters long."""
    return min(max(_int(value, default), 0), _MAX_START)


# Number formats (ECMA-376 ST_NumberFormat) as Word renders them for Chinese documents.
_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_TW_LEGAL_DIGITS = "零壹貳參肆伍陸柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


_MAX_LETTER_REPEAT = 30  # Word's letters stop at 780 (30 × "z"); past that, and past 3999 in roman, decimal


def format_number(value: int, fmt: str) -> str:
    """Render a list counter in a Word number format (``chineseCounting`` 11 → ``十一``, ``decimal`` → ``11``)."""
    if value < 0:
        return str(value)
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        return _chinese_counting(value, thousand=fmt.endswith("Thousand") or fmt == "japaneseCounting")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(digit)] for digit in str(value))
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        digits = _CN_LEGAL_DIGITS if fmt == "chineseLegalSimplified" else _TW_LEGAL_DIGITS
        return _chinese_counting(value, thousand=True, digits=digits, units="拾佰仟", bare_ten=False)
    if fmt in ("ideographTraditional", "ideographZodiac") and value >= 1:
        cycle = _HEAVENLY_STEMS if fmt == "ideographTraditional" else _EARTHLY_BRANCHES
        return cycle[(value - 1) % len(cycle)]
    enclosed = {"decimalEnclosedCircle": _CIRCLED, "decimalEnclosedCircleChinese": _CIRCLED,
                "decimalEnclosedParen": _PARENTHESISED, "decimalEnclosedFullstop": _FULL_STOP}.get(fmt)
    if enclosed and 1 <= value <= len(enclosed):
        return enclosed[value - 1]
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(digit) + 0xFEE0) for digit in str(value))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter") and 1 <= value <= 26 * _MAX_LETTER_REPEAT:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= value < 4000:
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _chinese_counting(
    value: int, *, thousand: bool, digits: str = _CN_DIGITS, units: str = "十百千", bare_ten: bool = True
) -> str:
    """一 … 十, 十一, 二十一 … 九十九; above that 一百〇一 (counting-thousand) or digit by digit (counting)."""
    if value == 0:
        return digits[0]
    if value < 100:
        tens, ones = divmod(value, 10)
        head = "" if tens == 0 else (units[0] if tens == 1 and bare_ten else digits[tens] + units[0])
        return head + (digits[ones] if ones else "")
    if not thousand or value >= 10000:
        return "".join(digits[int(digit)] for digit in str(value))
    out, pending_zero = [], False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = value // power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        out.append(digits[digit] + unit)
    return "".join(out)


def _roman(value: int) -> str:
    out = []
    for number, numeral in _ROMAN:
        count, value = divmod(value, number)
        out.append(numeral * count)
    return "".join(out)
