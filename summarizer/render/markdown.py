"""Rendering for people: Markdown with Chinese headings, numbers bolded, problems called out.

A reader must see at a glance what is missing and which numbers the source does not support, so those
are marked where they stand (⚠) and listed again at the end, never left to a JSON field.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..claims import derived_year
from ..labels import AREA_LABELS, DOC_TYPE_LABELS, PART_LABELS
from ..models import FirstResponsiblePerson, Plan, Summary
from ..numbers import find_numbers
from ..quality import to_markdown as quality_markdown
from .escape import md


def duty_where(frp: FirstResponsiblePerson) -> str:
    """Where the duty is reported, as both renderers say it."""
    return f"专门章节 {frp.section}" if frp.dedicated_section else f"无专门章节，见于 {frp.section or '正文'}"


def plan_years(plans: list[Plan]) -> str:
    """（2025年） after the plans heading: the target years the plans name; a plan document's own period
    (（实施期：2021—2025）) where they name none."""
    years = sorted({p.target_year for p in plans if p.target_year})
    if years:
        return f"（{'、'.join(map(str, years))}年）"
    periods = sorted({p.period for p in plans if p.period})
    return f"（实施期：{'、'.join(periods)}）" if periods else ""


def task_note(plan: Plan) -> str:
    """（责任单位：政策法规科；完成时限：2024年12月） after a plan document's task: who carries it out and by when, as
    every renderer says it."""
    fields = [
        f"责任单位：{plan.responsible}" if plan.responsible else "",
        f"完成时限：{plan.deadline}" if plan.deadline else "",
    ]
    shown = "；".join(f for f in fields if f)
    return f"（{shown}）" if shown else ""


def evidence_text(item: Any) -> str:
    """An item's evidence as one text: quotes from different places joined by …… (never run together as if the
    source wrote them so), and a task's unit, its second quote, said as a unit."""
    if isinstance(item, Plan) and (note := task_note(item)):
        return "".join(q.text for q in item.evidence[:1]) + note
    return "……".join(q.text for q in item.evidence)


# English warnings of the pipeline, said in Chinese where the Markdown is read (the JSON keeps them as they are).
_WARNINGS_ZH: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^not an annual report \((\w+)\): its tasks are listed as plans"),
        "不是法治政府建设年度报告（{kind}）：其任务列为“下一年度主要安排”，不提取成效、不足和第一责任人履职情况",
    ),
    (re.compile(r"^not an annual report \((\w+)\)"), "不是法治政府建设年度报告（{kind}）：法定部分未必适用"),
    (
        re.compile(r"^agency not found"),
        "未识别出机关：标题、网页信息、开头和落款都没有写明机关名称（只有“我局”“我委”之类的自称）",
    ),
    (
        re.compile(r"^agency named by its level alone \((.*?)\):"),
        "机关只写了层级（{0}）：原文中没有找到是哪个地方的，比较各机关前请核对来源网页或文件",
    ),
    (re.compile(r"^report year not found"), "未识别出报告年度：标题、开头和导语都没有写明单一年份"),
    (
        re.compile(r"^the text may be cut off: it ends before its last sentence does \(…(.*)\)"),
        "原文可能不完整：结尾停在句子中间或标题之后（“…{0}”），最后一项可能不全",
    ),
    (
        re.compile(r"^the page may be one of (\d+) pages of the report \(its next page: (.*)\): this summary reads"),
        "网页可能只是报告的一页（共 {0} 页，下一页：{1}）：本摘要只读了这一页，其他页上的部分可能被列为缺少",
    ),
    (
        re.compile(r"^the page may be one of several pages of the report \(its next page: (.*)\): this summary reads"),
        "网页可能只是报告的一页（共若干页，下一页：{0}）：本摘要只读了这一页，其他页上的部分可能被列为缺少",
    ),
    (
        re.compile(r"^(\d+) byte\(s\) that are not (\S+) were replaced with U\+FFFD \(at byte offset\(s\) ([^)]*)\)"),
        "原文有 {0} 个字节不是 {1} 编码，已替换为 U+FFFD（字节位置 {2}）",
    ),
    (
        re.compile(r"^the report exceeds the model's context budget \((\d+) tokens\): summarised in (\d+) parts"),
        "报告超出模型的上下文预算（{0} 个 token），已分 {1} 部分摘要后合并",
    ),
    (re.compile(r"^the model's answer(.*?) was unusable"), "模型的回答{0}无法使用：相应条目缺失"),
    (
        re.compile(r"^the model's answer(.*?) still failed the source checks"),
        "模型的回答{0}多次重问后仍未通过原文核对：只保留引文能在原文中对齐的条目，无依据的数字已在核验中标出",
    ),
]


def warning_zh(warning: str) -> str:
    """A warning in Chinese for the Markdown; one we have no wording for keeps its text after a Chinese label."""
    for pattern, template in _WARNINGS_ZH:
        m = pattern.search(warning)
        if m:
            kind = DOC_TYPE_LABELS.get(m.group(1), m.group(1)) if "{kind}" in template else ""
            return template.format(*m.groups(), kind=kind)
    return f"提示：{warning}"


def _same(a: str, b: str) -> bool:
    keep = re.compile(r"[^\w%]")
    return keep.sub("", a) in keep.sub("", b)


class _Marker:
    """Bolds every number in a field's text and flags the ones verification found unsupported."""

    def __init__(self, summary: Summary):
        self.bad: dict[str, set[str]] = defaultdict(set)
        for n in summary.verification.unsupported():
            self.bad[n.path].add(n.text)

    def __call__(self, text: str, path: str) -> str:
        out, pos = [], 0
        bad = self.bad.get(path, ())
        for m in find_numbers(text):
            flagged = m.text in bad
            if not m.unit and not flagged:
                continue  # a bare number (〔2022〕7号, “12·4”) is not a quantity worth bolding
            out.append(md(text[pos : m.start]))
            out.append(f"**{md(m.text)}**" + (" ⚠原文无此数" if flagged else ""))
            pos = m.end
        out.append(md(text[pos:]))
        return "".join(out)

    def full(self, item, field_name: str, path: str) -> str:
        """An item in full: its quoted sentence(s) with the numbers bold, or, when the summary words it
        differently (the LLM engine), its own words and then the sentence it rests on."""
        own = getattr(item, field_name)
        quoted = evidence_text(item)
        if not quoted or own == quoted:
            return self(own, f"{path}.{field_name}")
        if _same(own, quoted):
            return self(quoted, f"{path}.evidence")
        return f"{self(own, f'{path}.{field_name}')}——原文：“{self(quoted, f'{path}.evidence')}”"


def year_basis(summary: Summary) -> str:
    """What a year the source does not write was reasoned from (（推算自原文“2017年”）), so a reader can judge it."""
    quote = derived_year(summary)
    return f"（推算自原文“{quote.text}”）" if quote else ""


def to_markdown(summary: Summary) -> str:
    mark = _Marker(summary)
    d = summary.document
    lines: list[str] = []
    title = d.title or (
        f"{d.agency or ''}{d.report_year or ''}年度法治政府建设情况" if d.agency else "法治政府建设报告"
    )
    lines.append(f"# {md(title)}")
    lines.append("")
    script = (
        "繁体（已转为简体输出）"
        if d.script == "traditional" and d.text_script == "simplified"
        else ("繁体" if d.script == "traditional" else "简体")
    )
    lines.append(f"- 机关：{md(d.agency or '未识别')}")
    lines.append(f"- 报告年度：{d.report_year or '未识别'}{year_basis(summary)}")
    lines.append(f"- 文件类型：{DOC_TYPE_LABELS.get(str(d.doc_type), d.doc_type)}")
    lines.append(f"- 原文：{script}，{d.char_count} 字" + (f"，来源 {md(d.source)}" if d.source else ""))
    lines.append(
        f"- 引擎：{summary.provenance.engine}"
        + (f"（{md(summary.provenance.model)}）" if summary.provenance.model else "")
    )
    for w in summary.warnings:
        lines.append(f"\n> ⚠ {md(warning_zh(w))}")
    if summary.compliance.missing:
        missing = "、".join(PART_LABELS[m] for m in summary.compliance.missing)
        lines.append(f"\n> ⚠ **缺少法定部分**：{missing}")
    v = summary.verification
    if v.checked and not v.ok:
        lines.append(
            f"\n> ⚠ **核验未通过**：{v.unsupported_numbers} 个数字在原文中找不到依据，"
            f"{v.quote_mismatches} 条引文与原文不一致"
            + (f"，{v.fact_mismatches} 项与原文重新推算的结果不同" if v.fact_mismatches else "")
            + "（见文末）"
        )

    lines += ["", "## 一、主要举措和成效", ""]
    if summary.measures:
        lines.append("### 主要举措")
        for i, m in enumerate(summary.measures):
            sec = f"〔{md(m.section)}〕" if m.section else ""
            body = f"：{mark(m.summary, f'measures[{i}].summary')}" if m.summary else ""
            lines.append(f"- **{md(m.title)}**（{AREA_LABELS.get(str(m.area), m.area)}）{body} {sec}".rstrip())
        lines.append("")
    if summary.achievements:
        lines.append("### 成效与数据")
        for i, a in enumerate(summary.achievements):
            sec = f"〔{md(a.section)}〕" if a.section else ""
            lines.append(f"- {mark(a.statement, f'achievements[{i}].statement')} {sec}".rstrip())
        lines.append("")
    if not summary.measures and not summary.achievements:
        lines += ["（未找到）", ""]

    lines += ["## 二、存在的不足和原因", ""]
    if summary.shortfalls:
        lines.append("### 不足")
        lines += [f"{i + 1}. {mark.full(s, 'issue', f'shortfalls[{i}]')}" for i, s in enumerate(summary.shortfalls)]
        lines.append("")
    if summary.causes:
        lines.append("### 原因")
        lines += [f"{i + 1}. {mark.full(c, 'cause', f'causes[{i}]')}" for i, c in enumerate(summary.causes)]
        lines.append("")
    if not summary.shortfalls and not summary.causes:
        lines += ["（未找到）", ""]

    frp = summary.first_responsible_person
    lines += ["## 三、党政主要负责人履行推进法治建设第一责任人职责情况", ""]
    if frp.reported:
        lines.append(f"- 已报告（{md(duty_where(frp))}）")
        lines += [
            f"{i + 1}. {mark(a.action, f'first_responsible_person.actions[{i}].action')}"
            for i, a in enumerate(frp.actions)
        ]
    else:
        lines.append("（未报告）")
    lines.append("")

    lines += ["## 四、下一年度主要安排" + plan_years(summary.plans), ""]
    if summary.plans:
        lines += [
            # a task's evidence is its title and its unit: the title, then the unit said as one
            f"{i + 1}. {mark(p.action, f'plans[{i}].action')}{md(note)}"
            if (note := task_note(p))
            else f"{i + 1}. {mark.full(p, 'action', f'plans[{i}]')}"
            for i, p in enumerate(summary.plans)
        ]
    else:
        lines.append("（未找到）")
    lines.append("")

    if summary.quality is not None:
        lines += quality_markdown(summary)
    lines += ["## 核验", ""]
    if not v.checked:
        lines.append("（未核验）")
    else:
        counts: defaultdict[str, int] = defaultdict(int)
        for n in v.numbers:
            counts[n.status] += 1
        lines.append(
            f"- 数字 {len(v.numbers)} 个：与原文一致 {counts['exact']}，等价 {counts['equivalent']}，"
            f"无依据 {counts['unsupported']}"
        )
        lines.append(
            f"- 引文 {len(v.quotes)} 条：与原文一致 {len(v.quotes) - v.quote_mismatches}，不一致 {v.quote_mismatches}"
        )
        for n in v.unsupported():
            lines.append(f"  - ⚠ {md(n.path)}：**{md(n.text)}** 在原文中找不到")
        for q in v.mismatched():
            lines.append(f"  - ⚠ {md(q.path)}：引文与原文第 {q.start}–{q.end} 字不一致")
        for f in v.mismatched_facts():
            lines.append(f"  - ⚠ {md(f.path)}：摘要为 {md(f.claimed)}，原文为 {md(f.expected)}")
    return "\n".join(lines).rstrip() + "\n"


def check_to_text(result) -> str:  # noqa: ANN001 - a summarizer.check.CheckResult (imported lazily by callers)
    """A check for the terminal: one verdict line, then every finding as ``SUMMARY:LINE:COL: status …``,
    unsupported numbers and quotes first, each supported one with the report span (offsets) it rests on."""
    c = result.counts
    name = result.summary.source
    verdict = "ok" if result.ok else "NOT SUPPORTED"
    out = [
        f"{name}: {verdict}: {c.numbers} numbers ({c.exact} exact, {c.equivalent} equivalent, {c.rounded} "
        f"rounded, {c.unsupported} unsupported); {c.quotes} quotes ({c.verbatim} verbatim, {c.near_verbatim} "
        f"near-verbatim, {c.not_found} not found); {c.left_alone} left alone"
    ]
    rank = {
        "unsupported": 0,
        "not_found": 0,
        "rounded": 1,
        "near_verbatim": 1,
        "equivalent": 2,
        "exact": 3,
        "verbatim": 3,
    }
    rows = []
    for n in result.numbers:
        where = (
            f" — report {n.report_form} [{n.spans[0].start}:{n.spans[0].end}] {n.spans[0].context}" if n.spans else ""
        )
        note = f" — {n.note}" if n.note and n.status != "equivalent" else ""
        rows.append((rank[n.status], n.line, n.column, f"{n.status.upper()} {n.text}{note}{where}"))
    for q in result.quotes:
        where = f" — report [{q.span.start}:{q.span.end}] {q.span.context}" if q.span else ""
        note = f" — {q.note}" if q.note else ""
        label = q.status.replace("_", "-").upper()
        rows.append((rank[q.status], q.line, q.column, f"QUOTE {label} “{q.text}”{note}{where}"))
    for a in result.left_alone:
        rows.append((4, a.line, a.column, f"LEFT ALONE {a.text} — {a.note}"))
    for _, line, col, text in sorted(rows, key=lambda r: r[:3]):
        out.append(f"{name}:{line}:{col}: {text}")
    return "\n".join(out) + "\n"
