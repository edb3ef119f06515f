"""Format sniffing from the content (magic bytes, markup near the start), never from the extension alone."""

from __future__ import annotations

import re

from ..errors import (
    BinaryInputError,
)
from .common import _SNIFF_BYTES, _SNIFF_CHARS
from .decode import _decode_utf16_without_bom, _has_bom

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
