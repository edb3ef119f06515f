"""The rules engine's parts: measures, achievements, shortfalls, causes, the duty report and plans (or a plan's
tasks), each item a verbatim span of the report."""

from __future__ import annotations

import re
from typing import Optional

from ...areas import classify_area as _area
from ...facts import years
from ...models import (
    Achievement,
    Cause,
    DutyAction,
    FirstResponsiblePerson,
    Measure,
    Metric,
    Plan,
    Quote,
    Shortfall,
)
from ...outline import Node
from ...quotes import clauses, sentences
from ...sections import CAUSES, DUTY, DUTY_ITEM_TITLE, MEASURES, PLANS, SHORTFALLS, heading_parts
from ...tables import Cell, Row, is_bare, line_cells, row_name, task_columns
from .patterns import (
    _DEADLINE_FIELD,
    _DOCUMENT_HEADING,
    _DUTY_VERB,
    _ESTABLISHED,
    _PENDING,
    _PERIOD,
    _PLAN_FRAME,
    _PLAN_GOAL,
    _PRINCIPLES,
    _RESPONSIBLE,
    _RESULTS_ONLY,
    _REVIEW_HEADING,
    _RUN_IN_TITLE_MAX,
    _TASKS_HEADING,
    _TITLE_STOP,
)
from .reading import _Reading

# the targets a heading's opening text sets the year (今年经济社会发展的主要预期目标是：…, 主要目标和约束指标是：): a part a
# work report calls 2019年主要工作 reads as part ①, and the figures above its first sub-heading are goals
_GOALS = re.compile(r"(?:预期|主要)目标(?:和约束指标)?(?:任务)?(?:是|为)[:：]")


class _Extractor(_Reading):
    """Each part of the summary read from the outline (one method per part)."""

    # --- parts -------------------------------------------------------------------------------------
    def measure_nodes(self) -> list[Node]:
        """The sections of part ① that hold one measure each (and its achievements)."""
        out: list[Node] = []
        for top in self.leaf_nodes(MEASURES):
            for cand in top.children or [top]:
                if self._in_excluded(cand):
                    continue
                grand = [g for g in cand.children if not self._in_excluded(g)]
                out.extend(grand or [cand])
        return out

    def measures(self) -> list[Measure]:
        out = []
        for node in self.measure_nodes():
            if _RESULTS_ONLY.search(self.title(node)):
                continue  # 二、取得成效: achievements, not a measure
            if not node.children and not node.items and node.parent is self.o.root:
                paragraphs = self.run_in_paragraphs(node)
                if paragraphs:  # a part with no sub-headings left: 强化执法监督。全年… per paragraph
                    out += [self._measure(self.item_start(ts, te), te, be, pe, node) for ts, te, be, pe in paragraphs]
                    continue
                if heading_parts(self.o.title(node)) == [MEASURES] or _REVIEW_HEADING.search(self.o.title(node)):
                    # the part's own heading (主要举措和成效, 2024年工作回顾) names no measure: its numbers are
                    # achievements
                    continue
            title_quote = self.measure_title(node)
            title = title_quote.text
            if not title.strip():
                continue  # a heading with no words of its own (（一）。) names no measure, and an item needs a quote
            if node.items:
                summary = "；".join(self.item_title(i) for i in node.items)
            elif node.children:
                summary = "；".join(self.title(c) for c in node.children)
            else:
                first = next(sentences(self.text, node.body_start, node.own_end), None)
                summary = self.text[first[0] : first[1]].strip("，,。；; ") if first else ""
            out.append(
                Measure(
                    title=title,
                    summary=summary,
                    area=_area(title, self.text[node.start : node.end]),
                    section=node.id,
                    evidence=[title_quote],
                )
            )
        return out

    def _measure(self, ts: int, te: int, body_start: int, end: int, node: Node) -> Measure:
        first = next(sentences(self.text, body_start, end), None)
        summary = self.text[first[0] : first[1]].strip("，,。；; ") if first else ""
        title = self.text[ts:te]
        return Measure(
            title=title,
            summary=summary,
            area=_area(title, self.text[ts:end]),
            section=node.id,
            evidence=[self.q(ts, te)],
        )

    def run_in_paragraphs(self, node: Node) -> list[tuple[int, int, int, int]]:
        """(title start, title end, body start, paragraph end) for paragraphs that open with a short sentence,
        when every paragraph of the part does: a part whose sub-headings lost their numbers."""
        out = []
        pos = node.body_start + 1 if self.text[node.body_start : node.body_start + 1] == "\n" else node.body_start
        for line in self.text[pos : node.own_end].split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            m = _TITLE_STOP.search(line)
            if not m or m.start() < 2 or m.start() > _RUN_IN_TITLE_MAX:
                return []
            out.append((start, start + m.start(), start + m.end(), end))
        return out if len(out) >= 2 else []

    def achievements(self) -> list[Achievement]:
        """Each sentence (split at 。/；) of part ① that states a result: with a number, or establishing something
        (成立/设立/建立/出台, 实现…全覆盖). Pending work (拟…正在办理) is not a result, and a fact stated again
        (two or more of its figures all given before) is given once."""
        out = []
        seen: set[tuple[float, str]] = set()
        rows_done: set[int] = set()  # a table's row is one achievement, however many clauses its cells hold
        for node, start, end in self._result_spans():
            for cs, ce in clauses(self.text, start, end):
                if _PENDING.search(self.text, cs, ce):
                    continue
                row = self.table_row(cs, ce)
                if row and row.start in rows_done:
                    continue
                read = self.table_figures(row) if row else []
                if row and any(ms for _, _, ms in read):
                    rows_done.add(row.start)
                    out.extend(self._table_achievement(row, read, node))
                    continue
                metrics = self.metrics(cs, ce)
                if not metrics and not _ESTABLISHED.search(self.text[cs:ce]):
                    continue
                if not metrics and any(cs <= o.title_start < ce and ce - o.title_end <= 2 for o in node.walk()):
                    continue  # a heading is no statement: (1)建立健全行政执法相关制度
                owner = self._owner(cs, node)
                if self._in_excluded(owner):
                    continue
                figures = {
                    (m.value, m.unit)
                    for m in metrics
                    if m.value > 10 and not (m.unit == "%" and m.value == 100) or m.value != int(m.value)
                }
                if len(figures) >= 2 and figures <= seen:
                    continue  # 立案查处…32宗, 罚款1.77万元 again in another subsection: one fact once
                seen |= figures
                quote = self.item_q(cs, ce)
                out.append(Achievement(statement=quote.text, section=owner.id, metrics=metrics, evidence=[quote]))
        return out

    def _result_spans(self) -> list[tuple[Node, int, int]]:
        """Where part ① states its results, node by node: each measure's section, from its heading's title when the
        title is a sentence with figures of its own (32.新增监控探头103个、电子警察98套。, its line a result whatever its
        number), else from the title's end; and the text a heading of part ① holds above its first sub-heading (一、…
        / 2025年，全局办理复议案件56件。 / （一）…), which no measure's section holds."""
        out: list[tuple[Node, int, int]] = []
        seen: set[int] = set()
        for node in self.measure_nodes():
            start = node.title_start if self.metrics(node.title_start, node.title_end) else node.body_start
            out.append((node, start, node.end))
            ancestor = node.parent
            while ancestor is not None and ancestor is not self.o.root and id(ancestor) not in seen:
                seen.add(id(ancestor))
                if (
                    node.start >= ancestor.own_end
                    and not self._in_excluded(ancestor)
                    # (…unless it sets the year's targets: 今年…的主要预期目标是：…)
                    and not _GOALS.search(self.text, ancestor.body_start, ancestor.own_end)
                ):
                    out.append((ancestor, ancestor.body_start, ancestor.own_end))
                ancestor = ancestor.parent
        return sorted(out, key=lambda span: span[1])

    def _table_achievement(self, row: Row, read: list[tuple[Cell, str, list[Metric]]], node: Node) -> list[Achievement]:
        """A table's row of figures (``read``: its cells of figures, their columns and figures) as one achievement:
        its name and each figure under its column's name (受理复议案件：2024年 120件，2025年 156件，增幅 30%), the row
        quoted whole."""
        owner = self._owner(row.start, node)
        if self._in_excluded(owner):
            return []
        # (a bare figure written with the unit the number finder gave it, 120件; never a bracket's words it did not
        # take for a unit)
        figures = "，".join(
            " ".join(w for w in (column, cell.text + (ms[0].unit if ms and is_bare(cell.text) else "")) if w)
            for cell, column, ms in read
        )
        return [
            Achievement(
                statement=f"{row_name(row)}：{figures}",
                section=owner.id,
                metrics=[m for _, _, ms in read for m in ms],
                evidence=[self.q(row.start, row.end)],
            )
        ]

    def _all_nodes(self) -> list[Node]:
        return [n for top in self.o.top for n in top.walk()]

    def _owner(self, pos: int, node: Node) -> Node:
        for child in node.children:
            if child.start <= pos < child.end:
                return self._owner(pos, child)
        return node

    def shortfalls(self) -> list[Shortfall]:
        out = []
        for node in self.leaf_nodes(SHORTFALLS):
            intro = self.cause_intro(node)
            stop = intro.start() if intro else node.own_end
            if (turn := self.plans_from(node)) is not None:
                stop = min(stop, turn)  # (二、存在的问题及下一步打算: its problems end where its plans begin)
            found = self.entries(
                node, prefer_list_sentence=True, skip=self.pm.nodes(CAUSES), end=stop
            ) or self.problem_clauses(node, stop)
            for quote, s, e in found:
                out.append(
                    Shortfall(
                        issue=quote.text, section=node.id, metrics=self.metrics(s, e), evidence=[self.item_q(s, e)]
                    )
                )
        return out

    def causes(self) -> list[Cause]:
        """Causes under a heading of their own (二(二)问题产生的原因), or after a cause intro in a shortfall section."""
        found: list[tuple[Node, tuple[Quote, int, int]]] = []
        shortfall_nodes = self.leaf_nodes(SHORTFALLS)
        for node in self.leaf_nodes(CAUSES):
            if node not in shortfall_nodes:
                found += [
                    (node, e) for e in self.entries(node, prefer_list_sentence=True, skip=self.pm.nodes(SHORTFALLS))
                ]
        for node in shortfall_nodes:
            intro = self.cause_intro(node) if not node.children else None
            if intro:
                end = self.text.find("。", intro.end(), node.own_end)
                found += [
                    (node, (self.item_q(s, e), s, e))
                    for s, e in clauses(self.text, intro.end(), end if end > 0 else node.own_end)
                ]
        return [
            Cause(cause=quote.text, section=node.id, metrics=self.metrics(s, e), evidence=[self.item_q(s, e)])
            for node, (quote, s, e) in found
        ]

    def duty(self) -> FirstResponsiblePerson:
        nodes = self.leaf_nodes(DUTY)
        if nodes:
            node = nodes[0]
            found = self.entries(node)
            if not found:
                found = [
                    (self.item_q(s, e), s, e)
                    for s, e in clauses(self.text, node.body_start, node.own_end)
                    if _DUTY_VERB.search(self.text, s, e)
                ]
            actions = [
                DutyAction(action=q.text, metrics=self.metrics(s, e), evidence=[self.item_q(s, e)]) for q, s, e in found
            ]
            return FirstResponsiblePerson(
                reported=True,
                dedicated_section=True,
                section=node.id,
                actions=actions,
                evidence=[self.heading_quote(node)],
            )
        if self.pm.duty_sentence:
            pos = self.pm.duty_sentence[0]
            span = next(((s, e) for s, e in sentences(self.text, 0, len(self.text)) if s <= pos < e), None)
            if span:
                owner = self._owner(pos, self.o.root)
                actions = []
                for s, e in self._duty_spans(owner, pos, span):
                    words = self.item_q(s, e)  # (the action, without its 四是)
                    actions.append(DutyAction(action=words.text, metrics=self.metrics(s, e), evidence=[words]))
                return FirstResponsiblePerson(
                    reported=True,
                    dedicated_section=False,
                    section=owner.id or None,
                    actions=actions,
                    evidence=[self.q(*span)],
                )
        return FirstResponsiblePerson()

    def _duty_spans(self, owner: Node, pos: int, span: tuple[int, int]) -> list[tuple[int, int]]:
        """What reports the duty in passing at ``pos``, as spans of one action each. An inline item titled by the duty
        (三是严格履行第一责任人职责。局党委书记带头…。…) is the duty's report to the next item or its paragraph's end,
        each of its sentences one thing the leaders did (its title alone where nothing follows it). Otherwise the
        sentence that names it, kept to its own item (一是…切实履行第一责任人责任…；二是高位推动… is two items)."""
        text = self.text
        item = next((it for it in owner.items if it.start <= pos < it.end), None)
        if lead := DUTY_ITEM_TITLE.match(text, pos):
            # (an item of a run ends where the next begins; a lone 一是, a copy cut before its 二是, at its paragraph's end)
            line_end = text.find("\n", pos)
            end = item.end if item is not None else len(text) if line_end < 0 else line_end
            return list(sentences(text, lead.end(), end)) or [(pos, lead.end())]
        if item is not None:
            return [(max(span[0], item.start), min(span[1], item.end))]
        return [span]

    def plans(self) -> list[Plan]:
        out = []
        for node in self.leaf_nodes(PLANS):
            target = self._target_year(node)
            turn = self.plans_from(node)  # (a part that merges problems and plans: its plans, after its problems)
            found = (
                self.entries(node, start=turn) or self._run_in_plans(node, turn) or self._sentence_entries(node, turn)
            )
            for quote, s, e in found:
                out.append(
                    Plan(
                        action=quote.text,
                        target_year=target,
                        section=node.id,
                        metrics=self.metrics(s, e),
                        evidence=[self.item_q(s, e)],
                    )
                )
        return out

    def _run_in_plans(self, node: Node, start: Optional[int]) -> list[tuple[Quote, int, int]]:
        """A plan part whose every paragraph opens with a short sentence that names the task (深化执法改革。全年培训
        执法人员300人次。 / 加强普法宣传。…): one plan a paragraph, named by that sentence, its figures the paragraph's
        (as part ①'s measures are read when their headings lost their numbers)."""
        if start is not None or node.children or node.items:
            return []
        paragraphs = self.run_in_paragraphs(node)
        if any(re.search(r"(?:是|为|如下)$", self.text[ts:te]) for ts, te, _, _ in paragraphs):
            return []  # 今年政府工作的总体要求是：…: a lead-in to what follows, no task's name
        return [(self.q(ts, te), ts, pe) for ts, te, _, pe in paragraphs]

    def _sentence_entries(self, node: Node, start: Optional[int] = None) -> list[tuple[Quote, int, int]]:
        """A section's sentences as its entries, where it lists none: each its words (without a leading 一是) and its
        span (from ``start`` on, when given)."""
        begin = node.body_start if start is None else start
        return [(self.item_q(s, e), s, e) for s, e in sentences(self.text, begin, node.own_end)]

    def _task_table(self, period: Optional[str]) -> list[tuple[int, Plan]]:
        """The rows of the plan's task tables (a header row of tab-separated cells naming a task column and a unit
        column, as a web page's, a DOCX's or a Markdown table is read): (row start, its task). Each row's cells are
        read by the header's columns; a row short of cells is read from the right (a cell spanning rows above
        took its first ones), or from the left where that gives no task (its last ones were empty)."""
        out: list[tuple[int, Plan]] = []
        columns: Optional[tuple[int, int, Optional[int], int]] = None  # task, unit, deadline, cells in the header
        pos = 0
        for line in self.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            cells = line_cells(self.text, start, start + len(line)) if "\t" in line else []
            if len(cells) < 2:
                columns = None
                continue
            header = task_columns([c.text for c in cells])
            if header is not None:
                columns = (*header, len(cells))
                continue
            if columns is None:
                continue
            task, unit, deadline, width = columns
            while len(cells) > width and not cells[-1].text:
                cells.pop()  # (empty cells past the header's last column: a row's trailing tabs)
            if len(cells) > width:
                columns = None
                continue
            # a row short of cells lost its first ones to a cell spanning rows above it (类别 over several tasks),
            # so it is read from the right; or its last ones were empty (no deadline given), read from the left
            shift = next(
                (
                    k
                    for k in dict.fromkeys((width - len(cells), 0))
                    if _worded(cells, task - k) and _worded(cells, unit - k)
                ),
                None,
            )
            if shift is None:
                continue
            job, lead = cells[task - shift], cells[unit - shift]
            evidence = [self.q(job.start, job.end), self.q(lead.start, lead.end)]
            due = None
            if deadline is not None and 0 <= deadline - shift < len(cells) and (when := cells[deadline - shift]).text:
                evidence.append(self.q(when.start, when.end))
                due = when.text
            out.append(
                (
                    job.start,
                    Plan(
                        action=job.text,
                        target_year=None,
                        section=self._owner(job.start, self.o.root).id or None,
                        responsible=lead.text,
                        period=period,
                        deadline=due,
                        metrics=self.metrics(job.start, job.end),
                        evidence=evidence,
                    ),
                )
            )
        return out if len(out) >= 2 else []

    def _goals(
        self,
        period: Optional[str],
        blocks: list[tuple[int, int, int, re.Match[str]]],
        nodes: Optional[list[Node]] = None,
    ) -> list[tuple[Node, Plan]]:
        """A plan's goals, each under its own heading (（二）主要目标。到2025年，…): its first sentence, with its
        figures. Where tasks name their units (``blocks``), a goal heading that holds a unit's line is a task's."""
        out = []
        for node in self._all_nodes() if nodes is None else nodes:
            if node.children or not _PLAN_GOAL.fullmatch(self.title(node).strip()):
                continue
            if any(node.start <= unit_line < node.end for _, _, unit_line, _ in blocks):
                continue
            first = next(sentences(self.text, node.body_start, node.own_end), None)
            if first is None:
                continue
            quote = self.q(*first)
            out.append(
                (
                    node,
                    Plan(
                        action=quote.text,
                        target_year=None,
                        section=node.id,
                        period=period,
                        metrics=self.metrics(*first),
                        evidence=[quote],
                    ),
                )
            )
        return out

    def _target_year(self, node: Node) -> Optional[int]:
        """The year the plans are for, as the report states it: the heading's year, unless the text plans for the
        year after the one reported on (湖滨: heading 2023, text 2024). Unstated stays None: "next year" is an
        inference, and this engine writes no number the report does not contain."""
        report_year = self.doc.facts.report_year
        years_heading = years(self.o.title(node))
        years_body = [int(m.value) for m in self.doc.numbers_in(node.body_start, node.end) if m.kind == "year"]
        if report_year and report_year + 1 in years_heading + years_body:
            return report_year + 1
        return years_heading[0] if years_heading else None

    def tasks(self) -> list[Plan]:
        """实施方案 / 工作要点: the document's tasks, as planned actions without a target year, with the unit
        responsible for each (责任科室/责任单位) and the plan's own period (its title's 2021—2025).

        Where the plan names a responsible unit per task, each paragraph that names one is a task, whatever its
        numbering: a damaged or lost enumerator ((十 / )强化… / a paragraph with none) keeps its task."""
        title = self.doc.facts.title or ""
        period_m = _PERIOD.search(title)
        period = period_m.group(0) if period_m else None
        table = self._task_table(period)
        if table:
            # a task table (工作任务 | 责任单位 | 完成时限, a row a task): its rows, and the goals set out above it
            return _in_order([(node.start, goal) for node, goal in self._goals(period, [])] + table)
        # a task is the block of lines that ends with the line naming its unit: its title is the last heading
        # in the block, else the block's first line (a paragraph broken by a hard wrap stays one task)
        heads = {n.start: n for n in self._all_nodes()}
        blocks: list[tuple[int, int, int, re.Match[str]]] = []  # (title line start, its end, unit line start, found)
        pos, first, title_line = 0, None, None
        for line in self.text.split("\n"):
            end = pos + len(line)
            head = next((heads[p] for p in range(pos, min(end, pos + 8)) if p in heads), None)
            if head is not None and head.children:
                # a part heading over several tasks (二、健全政府机构职能体系) titles none of them: the task is
                # the paragraph that follows it, numbered or not
                first, title_line = None, None
            else:
                if first is None and line.strip():
                    first = (pos, end)
                if head is not None:
                    title_line = (pos, end)
            found = _RESPONSIBLE.search(line)
            if found:
                ts_line = title_line or first or (pos, end)  # the unit line itself is never blank
                blocks.append((ts_line[0], ts_line[1], pos, found))
                first, title_line = None, None
            pos = end + 1
        if len(blocks) >= 3:
            placed: list[tuple[int, Plan]] = [(node.start, goal) for node, goal in self._goals(period, blocks)]
            for ls, le, us, found in blocks:
                section: Optional[str]
                node = next((heads[p] for p in range(ls, min(le, ls + 8)) if p in heads), None)
                if node is not None:
                    ts, te = node.title_start, self.fused_end(node.title_start, node.title_end, True)
                    section = node.id
                else:
                    stop = re.compile(r"[。；;，,]").search(self.text, ls, le)
                    ts, te = ls, self.fused_end(ls, stop.start() if stop else le, True)
                    section = self._owner(ls, self.o.root).id or None
                unit = found.group(1).strip()
                line_end = self.text.find("\n", us)
                due = _DEADLINE_FIELD.search(self.text, us, len(self.text) if line_end < 0 else line_end)
                deadline = [self.q(*due.span(1))] if due else []
                placed.append(
                    (
                        ts,
                        Plan(
                            action=self.text[ts:te],
                            target_year=None,
                            section=section,
                            responsible=unit,
                            period=period,
                            deadline=due.group(1) if due else None,
                            metrics=self.metrics(te, us + found.start()),
                            evidence=[
                                self.q(ts, te),
                                self.q(us + found.start(1), us + found.start(1) + len(unit)),
                                *deadline,
                            ],
                        ),
                    )
                )
            return _in_order(placed)
        out = []
        for top in self.o.top:
            if _PRINCIPLES.fullmatch(self.title(top).strip()):
                continue  # 二、基本原则 over (一)坚持党的领导…: the plan's principles, no tasks
            for node in top.children or [top]:
                title = self.title(node).strip()
                if _PLAN_GOAL.fullmatch(title) and not node.children:
                    out += [goal for _, goal in self._goals(period, [], [node])]
                    continue
                if _PLAN_FRAME.fullmatch(title) or (node.kind == "unnumbered" and _DOCUMENT_HEADING.fullmatch(title)):
                    continue  # 一、指导思想 / 五、活动时间 / 【某区2016年工作计划】: the plan's frame or its title
                if _TASKS_HEADING.fullmatch(title):
                    # 二、主要任务 with its tasks written as sentences under it (or none, where a copy was cut): the
                    # sentences are the tasks, the heading none
                    out += [
                        Plan(
                            action=q.text,
                            target_year=None,
                            section=node.id,
                            period=period,
                            metrics=self.metrics(s, e),
                            evidence=[q],
                        )
                        for q, s, e in self._sentence_entries(node)
                    ]
                    continue
                out.append(
                    Plan(
                        action=self.title(node),
                        target_year=None,
                        section=node.id,
                        period=period,
                        metrics=self.metrics(node.body_start, node.own_end),
                        evidence=[self.heading_quote(node)],
                    )
                )
        return out


def _in_order(placed: list[tuple[int, Plan]]) -> list[Plan]:
    """Plans placed by where they stand in the text (a plan's goal above its tasks, a table's rows after it)."""
    return [plan for _, plan in sorted(placed, key=lambda p: p[0])]


def _worded(cells: list[Cell], i: int) -> bool:
    """Whether a row's cell ``i`` holds words (a task's, a unit's), not a number, a date or nothing."""
    return 0 <= i < len(cells) and re.search(r"[\u4e00-\u9fff]", cells[i].text) is not None
