"""PDF: the text layer rebuilt into paragraphs from line geometry (pdfplumber)."""

from __future__ import annotations

import io
import itertools
import re
import statistics
from dataclasses import dataclass

from ..clean import HEADING_START, SENTENCE_END
from ..errors import (
    InputError,
    InputTooLargeError,
    NoTextLayerError,
)
from ..tables import markdown_rows
from .common import _ANY_SPACE, DEFAULT_MAX_CHARS, _check_chars
from .html import _is_wide

_MAX_STROKES = 2000  # a ruled table of a hundred rows draws a few hundred lines
_STROKE_BUDGET = 10_000  # the strokes searched for tables in one document (about 0.25 ms each)
# the lines and boxes a report's pages may draw in all: pdfminer reads each (about 0.15 ms), so a file of drawings
# (a thousand pages of ruled grids in 0.2 MB) would take minutes; a report of tens of pages with its tables and a few
# charts draws some thousands
MAX_PDF_STROKES = 100_000
MAX_PDF_PAGES = 2000  # a report has tens of pages; every page costs time even when it holds no text


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
    row: bool = False  # a table's row (see _table_rows): a paragraph of its own, whatever the geometry says


def _pdf_to_text(data: bytes, label: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Text of a PDF with paragraphs rebuilt from line geometry (indentation, short last lines, gaps)."""
    pages = [
        sorted(_drop_page_numbers(_chars_to_lines(chars, number)) + rows, key=lambda line: line.top)
        for number, (chars, rows) in enumerate(_pdf_chars(data, label, max_chars))
    ]
    if not any(line.text.strip() for page in pages for line in page):
        raise NoTextLayerError(f"{label} is a scanned PDF without a text layer: it needs OCR before it can be read")
    return "\n".join(_paragraphs(pages))


def _pdf_chars(data: bytes, label: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[tuple[list[dict], list[_Line]]]:
    """Upright characters of each page (rotated watermarks dropped, fake-bold duplicates merged), and the rows of
    its task tables and tables of figures as lines (their characters left out of the page's).

    Bounded: more than :data:`MAX_PDF_PAGES` pages is refused before any page is read, and reading stops as soon as
    the characters so far pass ``max_chars`` (a page of tiny text can hold tens of thousands)."""
    pages: list[tuple[list[dict], list[_Line]]] = []
    total = strokes = 0
    budget = _STROKE_BUDGET  # the strokes left to search for tables
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
                drawn = _strokes(page)
                strokes += drawn
                if strokes > MAX_PDF_STROKES:
                    raise InputTooLargeError(
                        f"{label} draws more than {MAX_PDF_STROKES:,} lines and boxes (by page {number} of {count}): "
                        "a report draws some thousands; pass its text, or the pages that are the report"
                    )
                rows: list[_Line] = []
                # (a page of thousands of strokes is a drawing, never searched, nor any page past the document's
                # budget: bounded time)
                if 0 < drawn <= min(_MAX_STROKES, budget):
                    budget -= drawn
                    chars, rows = _table_rows(page, chars, number - 1)
                page.close()  # drop pdfplumber's per-page caches: memory stays one page deep
                total += len(chars) + sum(len(row.text) for row in rows)
                _check_chars(total, max_chars, label, f" (by page {number} of {count})")
                pages.append((chars, rows))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many unrelated types
        raise _pdf_error(exc, label) from None
    total = sum(len(chars) for chars, _ in pages)
    unmapped = sum(1 for chars, _ in pages for char in chars if _CID.match(char["text"]))
    if total and unmapped > total * 0.5:
        raise NoTextLayerError(
            f"{label}: the PDF's fonts carry no Unicode mapping, so its text cannot be read: it needs OCR"
        )
    return [([char for char in chars if not _CID.match(char["text"])], rows) for chars, rows in pages]


def _strokes(page) -> int:  # noqa: ANN001 - a pdfplumber Page
    """The lines, boxes and curves a page draws (LTRect and LTLine are curves too)."""
    from pdfminer.layout import LTCurve

    return sum(1 for obj in page.layout._objs if isinstance(obj, LTCurve))


def _table_rows(page, chars: list[dict], number: int) -> tuple[list[dict], list[_Line]]:  # noqa: ANN001
    """A plan's task table (序号 | 工作任务 | 牵头单位 | 完成时限) or a table of figures (项目 | 2024年 | 2025年) drawn
    with ruled cells: its rows as lines of Markdown cells, as a web page's is given (ingest/html.py), and the page's
    characters without those inside the table. Read line by line, a cell that wraps would interleave with its
    neighbours' words. Asked only of a page that draws lines or boxes; only a table ``tables.markdown_rows`` takes for
    one of the two is read."""
    size = statistics.median(c["size"] for c in chars) if chars else 10.0
    rows: list[_Line] = []
    for table in page.find_tables():
        cells = [[re.sub(r"\s*\n\s*", "", cell or "").strip() for cell in row] for row in table.extract()]
        lines = markdown_rows(cells)
        if lines is None:
            continue
        x0, top, x1, bottom = table.bbox
        chars = [
            c
            for c in chars
            if not (x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1 and top - 1 <= c["top"] and c["bottom"] <= bottom + 1)
        ]
        step = (bottom - top) / (len(cells) + 1)
        rows += [
            _Line(
                text=text,
                x0=x0,
                x1=x1,
                top=top + k * step / 2,
                bottom=top + (k + 1) * step / 2,
                size=size,
                page=number,
                end=x1,
                head=0.0,
                row=True,
            )
            for k, text in enumerate(lines)
        ]
    return chars, rows


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
                out.append(
                    {
                        "text": obj.get_text(),
                        "x0": obj.x0 + mb_x0,
                        "x1": obj.x1 + mb_x0,
                        "top": top,
                        "bottom": bottom,
                        "doctop": doctop + top,
                        "size": obj.size,
                        "fontname": obj.fontname,
                        "upright": obj.upright,
                    }
                )
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
        return InputError(
            f"{label} is an encrypted PDF that opens only with a password: remove the password "
            "(print or export it to an unprotected PDF) and try again"
        )
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
        while (
            index + 1 < len(chars) and not _is_wide(chars[index + 1]["text"][:1]) and chars[index + 1]["text"].strip()
        ):
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
        if previous.row or line.row or _starts_paragraph(previous, line, margins, size, leading):
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
