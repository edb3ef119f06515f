"""What a plan's task table calls its columns (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限).

Read in two places: where a web page's table is laid out as rows before its main text is taken (ingest/html.py), and
where the rules engine reads a plan's tasks from the rows (engines/rules/parts.py). One header rule serves both, so a
table the loader keeps as rows is one the engine reads.
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


def markdown_rows(rows: list[list[str]]) -> Optional[list[str]]:
    """A task table's rows of cell texts as the lines of a Markdown table (the lines above its header joined as
    words, the header, its rule, one line a row, empty cells left out, a bar inside a cell written ／), as a web
    page's or a PDF's table is handed on, the cleaner reading them as rows of cells (clean._markdown_tables); None
    when no header among the first three rows names a work column and a lead unit, or fewer than two rows follow."""
    header = next((i for i, row in enumerate(rows[:3]) if task_columns(row) is not None), None)
    if header is None or len(rows) - header < 3:
        return None
    lines = []
    for i, row in enumerate(rows):
        cells = [c.replace("|", "／") for c in row if c]
        if not cells:
            continue
        lines.append("| " + " | ".join(cells) + " |" if i >= header else " ".join(cells))
        if i == header:
            lines.append("|" + "---|" * len(cells))
    return lines
