"""DOCX: paragraphs and tables, with Word's automatic numbering (numbering.xml) written out as the reader sees it."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import (
    BinaryInputError,
    InputError,
    InputTooLargeError,
)
from ..tables import cell_span, markdown_rows, task_columns
from .common import DEFAULT_MAX_CHARS, _check_chars, _human

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP_IN_PARAGRAPH = frozenset(
    (
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}txbxContent",
        f"{_MC}Fallback",
        f"{_W}footnoteReference",
        f"{_W}endnoteReference",
        f"{_W}pPr",
        f"{_W}rPr",
        f"{_W}instrText",
    )
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
            if "OFD.xml" in names or "ofd.xml" in names:
                # the national standard's layout format (GB/T 33190), in which some offices publish their documents
                raise BinaryInputError(
                    f"{label} is an OFD document (GB/T 33190), not a DOCX: export it as PDF or text from an OFD "
                    "reader and pass that"
                )
            if "word/document.xml" not in names:
                raise BinaryInputError(
                    f"{label} is a zip archive but not a DOCX document: unpack it, or pass a text, HTML, PDF or "
                    "DOCX file"
                )
            if len(infos) > _MAX_ZIP_MEMBERS:
                raise InputTooLargeError(
                    f"{label} holds {len(infos):,} files, more than a DOCX ever has "
                    f"({_MAX_ZIP_MEMBERS:,}): it is not a report"
                )
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
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
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
            for box in _text_boxes(child):
                yield from _block_lines(box, numbering)
        elif child.tag == f"{_W}tbl":
            yield from _table_lines(child, numbering)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from _block_lines(content, numbering)


def _table_lines(table, numbering: _Numbering) -> Iterator[str]:  # noqa: ANN001
    """One line per row with tab-separated cells; cells holding several paragraphs (layout tables) stay lines, but
    in a plan's task table (a header naming the work and the lead unit) a cell's paragraphs are one cell's words."""
    rows = _grid(table, numbering)
    texts = [[" ".join(cell) for cell in row] for row in rows]
    tasks = any(task_columns(row) is not None for row in texts[:3])
    # a task table's or a table of figures' row of one cell (一、复议 across the table) is a row of the table, its
    # empty cells kept; in any other table (a frame around lines, a page laid out in columns) it is a line of words
    structured = tasks or markdown_rows(texts) is not None
    for cells in rows:
        if tasks:
            cells = [["".join(line.strip() for line in cell)] for cell in cells]
        if all(len(cell) <= 1 for cell in cells):
            words = [cell[0].strip() if cell else "" for cell in cells]
            if not structured and sum(1 for w in words if w) <= 1:
                yield from (w for w in words if w)
            elif any(words):
                yield "\t".join(words)
        else:
            for cell in cells:
                yield from cell


def _grid(table, numbering: _Numbering) -> list[list[list[str]]]:  # noqa: ANN001
    """A table's rows of cells (each its lines) as a reader sees them: a cell merged down from the row above stands
    in each row it spans (类别 over its tasks), a cell spanning columns in the first, the rest empty, an empty cell
    kept in its place: so each cell is under its column."""
    rows: list[list[list[str]]] = []
    for tr in table.iterchildren(f"{_W}tr"):
        row: list[list[str]] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = props.find(f"{_W}gridSpan") if props is not None else None
            merge = props.find(f"{_W}vMerge") if props is not None else None
            across = cell_span(span.get(f"{_W}val")) if span is not None else 1
            lines = list(_block_lines(tc, numbering))
            if merge is not None and merge.get(f"{_W}val", "continue") == "continue" and rows:
                above = rows[-1]
                lines = list(above[len(row)]) if len(row) < len(above) else lines
            row.append(lines)
            row.extend([] for _ in range(across - 1))
        rows.append(row)
    return rows


def _text_boxes(paragraph) -> Iterator:  # noqa: ANN001
    """The text boxes anchored in a paragraph (a cover's title, a report set in a box), their paragraphs read after
    it: the text box of each drawing once (Word writes it again as a fallback for old readers, skipped), never one
    inside another's (read with it)."""
    for box in paragraph.iter(f"{_W}txbxContent"):
        ancestor = box.getparent()
        inner = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (f"{_MC}Fallback", f"{_W}txbxContent"):
                inner = True
                break
            ancestor = ancestor.getparent()
        if not inner:
            yield box


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
        num_id: str | None = None
        ilvl: str | None = None
        style_id: str | None = None
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


def _paragraph_style_numbering(document) -> dict[str | None, list[tuple[str | None, str | None]]]:  # noqa: ANN001
    """For each paragraph style id (None for a style without one), the ``(numId, ilvl)`` pairs of its ``basedOn`` chain, nearest first."""
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
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


_MAX_LETTER_REPEAT = 30  # Word's letters stop at 780 (30 × "z"); past that, and past 3999 in roman, decimal


def format_number(value: int, fmt: str) -> str:
    """Render a list counter in a Word number format (``chineseCounting`` 11 → ``十一``, ``decimal`` → ``11``)."""
    if value < 0:
        return str(value)
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return _chinese_counting(value, thousand=fmt.endswith("Thousand") or fmt == "japaneseCounting")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(digit)] for digit in str(value))
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        digits = _CN_LEGAL_DIGITS if fmt == "chineseLegalSimplified" else _TW_LEGAL_DIGITS
        return _chinese_counting(value, thousand=True, digits=digits, units="拾佰仟", bare_ten=False)
    if fmt in ("ideographTraditional", "ideographZodiac") and value >= 1:
        cycle = _HEAVENLY_STEMS if fmt == "ideographTraditional" else _EARTHLY_BRANCHES
        return cycle[(value - 1) % len(cycle)]
    enclosed = {
        "decimalEnclosedCircle": _CIRCLED,
        "decimalEnclosedCircleChinese": _CIRCLED,
        "decimalEnclosedParen": _PARENTHESISED,
        "decimalEnclosedFullstop": _FULL_STOP,
    }.get(fmt)
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
    out: list[str] = []
    pending_zero = False
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
