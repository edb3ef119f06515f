"""Tables: what a plan's task table calls its columns (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限), and how a table of
figures' rows, header and units are read (项目 | 2024年 | 2025年, then 受理复议案件（件） | 120 | 156).

Read in several places: where a web page's or a PDF's table is laid out as rows before its text is taken
(ingest/html.py, ingest/pdf.py), where the number finder gives a table cell's bare figure its unit
(numbers/finder.py), and where the rules engine reads a plan's tasks and a table's figures from the rows
(engines/rules/). One rule serves them all, so a table the loader keeps as rows is one the engine reads, and a figure
the engine gives in a unit is one the checker finds in it.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

# a column of the work itself: 工作任务, 重点工作, 主要任务, 具体措施, 工作内容, 任务名称, 改革事项…
_WORK = re.compile(r"任务|事项|措施|举措|工作|内容")
# …never a column of who, when, how far or how it went (工作目标, 完成时限, 责任单位, 工作进展, 备注)
_NOT_WORK = re.compile(
    r"单位|部门|科室|处室|股室|领导|主体|时限|时间|节点|目标|要求|标准|序号|类别|领域|备注|进展|成效|情况"
)
# the unit that leads the task (牵头单位, 责任单位, 责任科室, 责任主体); a 配合单位 helps, and a 责任领导 is a person
_LEAD_UNIT = re.compile(r"(?:牵头|责任|主责|承办)(?:单位|部门|科室|处室|股室|主体)")
# the task's deadline (完成时限, 时间节点): a column's header here, a field of the task's unit line in the engine
DEADLINE_WORDS = r"(?:(?:完成|办结)(?:时限|时间|期限)|时间节点|时限(?:要求)?)"
_DEADLINE = re.compile(DEADLINE_WORDS)
_HEADER_CELL = 12  # a header names its column in a few words; a longer cell is a row's


class TaskColumns(NamedTuple):
    task: int
    unit: int
    deadline: Optional[int]


def task_columns(cells: list[str]) -> Optional[TaskColumns]:
    """The columns of a task table's header row, or None when the row names no work column and no lead unit."""
    short = [c.strip() if len(c.strip()) <= _HEADER_CELL else "" for c in cells]
    task = next((i for i, c in enumerate(short) if _WORK.search(c) and not _NOT_WORK.search(c)), None)
    unit = next((i for i, c in enumerate(short) if _LEAD_UNIT.search(c)), None)
    if task is None or unit is None:
        return None
    deadline = next((i for i, c in enumerate(short) if _DEADLINE.search(c)), None)
    return TaskColumns(task, unit, deadline)


def markdown_rows(rows: list[list[str]], figures: bool = True) -> Optional[list[str]]:
    """A task table's or a table of figures' rows of cell texts as the lines of a Markdown table (the lines above its
    header joined as words, the header, its rule, one line a row, an empty cell kept in its place, a bar inside a
    cell written ／), as a web page's or a PDF's table is handed on, the cleaner reading them as rows of cells
    (clean._markdown_tables); None for any other table (a page's layout, a menu, a calendar), and for a table of
    figures unless ``figures``."""
    header = next((i for i, row in enumerate(rows[:3]) if task_columns(row) is not None), None)
    if (header is None or len(rows) - header < 3) and figures:
        header = _figures_header(rows)
    elif header is not None and len(rows) - header < 3:
        header = None
    if header is None:
        return None
    lines = []
    for i, row in enumerate(rows):
        cells = [c.replace("|", "／") for c in row]
        if not any(cells):
            continue
        lines.append("| " + " | ".join(cells) + " |" if i >= header else " ".join(c for c in cells if c))
        if i == header:
            lines.append("|" + "---|" * len(cells))
    return lines


_FIGURE_CELL = 40  # a table of figures names its rows and columns in a few words; a page laid out in a table does not


def _figures_header(rows: list[list[str]]) -> Optional[int]:
    """The header row of a table of figures (项目 | 2024年 | 2025年, then 受理复议案件（件） | 120 | 156): its first row of
    two or more cells, some row after it holding figures and every such row named by words before them (a
    calendar's rows are all figures); None for any other table."""
    filled = [[c for c in row if c] for row in rows]
    header = next((i for i, row in enumerate(filled[:3]) if len(row) >= 2), None)
    if header is None or len(filled) - header < 2:
        return None
    body = [row for row in filled[header + 1 :] if row]
    if any(len(c) > _FIGURE_CELL for row in filled for c in row):
        return None
    figured = [row for row in body if any(_VALUE.fullmatch(c) for c in row)]
    for row in figured:  # (a second header line or a category's line holds none)
        named = next((j for j, c in enumerate(row) if not _BARE_FIGURE.fullmatch(c)), None)
        if named is None or not any(_FIGURE.fullmatch(c) for c in row[named + 1 :]):
            return None
    return header if figured else None


# --- data tables ---------------------------------------------------------------------------------------------------
# A table of figures (项目 | 2024年 | 2025年 | 增幅, then 受理复议案件（件） | 120 | 156 | 30%) reaches the engine as lines
# of tab-separated cells, from whatever packaging held it (a web page's or a PDF's table written as a Markdown table and
# read back by the cleaner, a DOCX's rows, text pasted from a spreadsheet). A cell's bare figure has no unit of its
# own: the row's name or its column's header carries it (（件）, 金额（万元）), or a line above the table (单位：件). Read
# here once, for the number finder (a cell's figure is that many 件, also when a summary's claim is checked) and for
# the engine (a figure's label is its row's name and its column's).


# the columns one cell may span where a loader reads a table as a grid (a file's colspan="100000" or gridSpan costs no
# more than this)
MAX_ACROSS = 64


def cell_span(value: Optional[str], most: int = MAX_ACROSS) -> int:
    """How many rows or columns a cell spans by its markup's value (rowspan, colspan, gridSpan): at least one, at most
    ``most``; a value that is no number spans one."""
    try:
        return min(max(int((value or "1").strip()), 1), most)
    except ValueError:
        return 1


class Cell(NamedTuple):
    start: int  # offsets of the cell's words (spaces around them left out) in the text
    end: int
    text: str


class Row(NamedTuple):
    start: int  # the line's offsets
    end: int
    cells: list[Cell]
    header: Optional[list[Cell]]  # the table's header row (None when the table has none)
    caption_unit: str  # the unit a line above the table gives all its figures (单位：万元), else ""


# a unit in brackets at the end of a name (受理复议案件（件）, 金额(万元)): a few characters, no digit, no separator, no
# gloss of what is counted (受理复议（含调解）)
_BRACKET_UNIT = re.compile(
    r"[（(]\s*(?:单位\s*[:：]\s*)?(?!含|不含|其中|包括|注)([^\s（）()0-9，,、：:；;]{1,4})\s*[)）]\s*$"
)
# a line above the table naming the unit of its figures (单位：件, 计量单位：万元, （单位：人次）)
_CAPTION_UNIT = re.compile(r"[（(]?\s*(?:计量)?单位\s*[:：]\s*([^\s（）()0-9，,、：:；;]{1,4})\s*[)）]?\s*$")
# a bare figure filling its cell (1,200 / 37.5 / -3), as a table writes it
_BARE_FIGURE = re.compile(r"[+\-－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-－]?\d+(?:\.\d+)?")
_NUMBER = r"[+\-－]?\d[\d,]*(?:\.\d+)?"
# a figure filling its cell, bare or with its unit or per cent (156, 37.5%, 1.2万份)
_FIGURE = re.compile(_NUMBER + r"\s*(?:%|％|[\u4e00-\u9fff]{1,3})?")
# a bare figure or a share (120, 37.5%): a value of the table, never a row's name (2024年 may be one)
_VALUE = re.compile(_NUMBER + r"\s*[%％]?")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_ORDINAL_HEADER = re.compile(r"序号|编号|排名|名次|序")


def line_cells(text: str, start: int, end: int) -> list[Cell]:
    """A line's cells between its tabs, an empty one kept (at its place, with no words) so that each stays under its
    column."""
    out, at = [], start
    for piece in text[start:end].split("\t"):
        words = piece.strip()
        lead = at + piece.index(words[0]) if words else at
        out.append(Cell(lead, lead + len(words), words))
        at += len(piece) + 1
    return out


def data_rows(text: str) -> list[Row]:
    """Every row of figures of every table of the text (a run of lines of tab-separated cells, two or more of them
    with words), with its table's header row: the line before it that holds no figure (a second table's header may
    follow the first's rows directly: its rows are under it). Two header lines one under the other are one header,
    each column named by both (2024年 spanning 收案 and 结案: 2024年收案, 2024年结案); a line of one cell in the table
    (a category spanning the columns) leaves the header as it was."""
    if "\t" not in text:
        return []
    out: list[Row] = []
    header: Optional[list[Cell]] = None
    unit, at, previous, stacked = "", 0, "", False
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        cells = line_cells(text, start, start + len(line)) if "\t" in line else []
        filled = sum(1 for c in cells if c.text)
        if filled < 2:
            if filled == 0 or header is None:
                header, unit, stacked = None, "", False  # (no table here: the next run starts a table of its own)
            previous = line
            continue
        if header is None and not unit:
            caption = _CAPTION_UNIT.search(previous[-24:])
            unit = caption.group(1) if caption else ""
        if not any(_VALUE.fullmatch(c.text) for c in cells):
            header = _stacked(header, cells) if stacked and header is not None else cells
            stacked = True
        else:
            stacked = False
            while header is not None and len(cells) > len(header) and not cells[-1].text:
                cells.pop()  # (empty cells past the header's last column: a row's trailing tabs)
            out.append(Row(start, start + len(line), cells, header, unit))
        previous = line
    return out


def _stacked(upper: list[Cell], lower: list[Cell]) -> list[Cell]:
    """One header of two lines: each column named by the upper line's cell (carried right over the empty cells of a
    cell spanning columns) and the lower line's, once when one says the other; the lower line alone when the two
    do not line up."""
    if len(upper) != len(lower):
        return lower
    out, above = [], ""
    for u, c in zip(upper, lower):
        above = u.text or above
        words = c.text if not above or above in c.text else above if not c.text or c.text in above else above + c.text
        out.append(Cell(c.start, c.end, words))
    return out


def figure_cells(row: Row) -> list[tuple[Cell, str, str]]:
    """The cells of a row that may hold its figures (all but its name and an ordinal column, 序号), each with its
    column's name ("" when the header does not line up with the row) and the unit the table gives a bare figure
    there ("" when it gives none)."""
    named = _name_index(row)
    if named is None:
        return []
    # (a row of another width than its header's, a cell spanning rows or columns read away, has its figures named
    # by its row alone: which column each stands under is not known)
    header = row.header if row.header is not None and len(row.header) == len(row.cells) else None
    own = _BRACKET_UNIT.search(row.cells[named].text)
    out = []
    for j, cell in enumerate(row.cells):
        column = header[j].text if header else ""
        if j == named or not cell.text or _ORDINAL_HEADER.fullmatch(column) or (j < named and not column):
            continue  # 序号: which row, no figure (…nor a number before the row's name where no header says what)
        bracket = _BRACKET_UNIT.search(column)
        unit = own.group(1) if own else bracket.group(1) if bracket else row.caption_unit
        out.append((cell, column, unit))
    return out


def is_figure(words: str) -> bool:
    """A cell that holds a figure and nothing else (156, 37.5%, 1.2万份), not a sentence with figures in it."""
    return _FIGURE.fullmatch(words) is not None


def is_bare(words: str) -> bool:
    """A cell that holds a bare figure (120, 1,200, 37.5): its unit, if any, is the table's."""
    return _BARE_FIGURE.fullmatch(words) is not None


def bare_figures(row: Row) -> list[tuple[Cell, str, str]]:
    """:func:`figure_cells` that hold a bare figure (120, 1,200, 37.5)."""
    return [f for f in figure_cells(row) if is_bare(f[0].text)]


def column_name(column: str) -> str:
    """A column's name without the unit it gives in brackets (金额（万元） → 金额)."""
    return column[: b.start()].strip() if (b := _BRACKET_UNIT.search(column)) else column


def row_name(row: Row) -> str:
    """The row's name without the unit it gives in brackets (受理复议案件（件） → 受理复议案件); "" when it has none."""
    named = _name_index(row)
    if named is None:
        return ""
    return column_name(row.cells[named].text)


def _name_index(row: Row) -> Optional[int]:
    """The row's name, which says what its figures count: the last cell of words before its first bare figure or
    share (a category before it, 复议 | 受理（件） | 120, is the rows' group), else its first cell of words."""
    first = next((j for j, c in enumerate(row.cells) if _VALUE.fullmatch(c.text)), len(row.cells))
    return next(
        (j for j in range(first - 1, -1, -1) if _WORDS.search(row.cells[j].text)),
        next((j for j, c in enumerate(row.cells) if _WORDS.search(c.text)), None),
    )
