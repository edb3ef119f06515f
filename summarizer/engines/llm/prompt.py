"""Prompts: versioned Jinja templates, rendered so that a report can never alter them.

Two passes, and the report only ever enters the second as a *value*:

1. We render ``prompts/summary_{system,user,repair}.<version>.md.j2`` with Jinja and our own variables; the
   slots for report- or answer-derived text (``source_text``, ``outline_text``, ``failed_items``) are left as
   the literal placeholders ``{{ source_text }}`` / ``{{ outline_text }}`` / ``{{ failed_items }}``.
   ``check_rendered`` refuses any other Jinja syntax left in that output.
2. ``fill`` replaces each placeholder with its value in one scan of the first-pass text: a value is never
   scanned again, so ``{{ 7*7 }}`` or ``{%`` in a report reach the model verbatim (pasting the report into
   the template would evaluate them, or crash on ``{%``).

Instructor is asked with the finished messages and no ``context=``: given a context it would run every
message through Jinja once more on every call (compiling the template each time, ~4 ms per report, and
parsing the report as a template). The validators get the source through ``llm_schema.GROUNDING`` instead.

A re-ask never carries the earlier answers. The default one (``repair.repair_request``, issue 15) is a short
repair prompt, the failing items with their errors and only the passages they point to, ~22% of the first
request; ``repair_messages`` is the ``repair = "full"`` style: the system prompt, the whole part of the report
and the failing items (about what the first request cost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from ...errors import ConfigError
from ...models import DocType
from ...pipeline import Prepared

PLACEHOLDERS = {
    "source_text": "{{ source_text }}",
    "outline_text": "{{ outline_text }}",
    "failed_items": "{{ failed_items }}",
}
_PLACEHOLDER = re.compile("|".join(re.escape(v) for v in PLACEHOLDERS.values()))
_BY_PLACEHOLDER = {v: k for k, v in PLACEHOLDERS.items()}
_JINJA = re.compile(r"\{\{.*?\}\}|\{%|%\}|\{#|#\}", re.S)

#: the mandated parts (compliance fields) as the warnings name them
PART_NAMES = {
    "measures_achievements": "主要举措和成效",
    "shortfalls_causes": "存在的不足和原因",
    "first_responsible_person": "第一责任人职责",
    "next_year_plans": "下一年度安排",
}
PART_LABELS = {
    "measures_achievements": "举措和成效",
    "shortfalls": "存在的不足",
    "causes": "原因",
    "first_responsible_person": "第一责任人职责",
    "next_year_plans": "下一年度安排",
    "other": "其他",
}
DOC_KINDS = {
    DocType.annual_report.value: "法治政府建设年度报告",
    DocType.implementation_plan.value: "实施方案（不是年度报告：把任务列为 plans，其他部分留空）",
    DocType.work_points.value: "工作要点（不是年度报告：把任务列为 plans，其他部分留空）",
    DocType.accountability_report.value: "述法报告",
    DocType.information_disclosure_report.value: "政府信息公开工作年度报告（不是法治政府建设年度报告）",
    DocType.government_work_report.value: "政府工作报告（不是法治政府建设年度报告）",
    DocType.news.value: "新闻报道（不是报告原文）",
    DocType.assessment_form.value: "考核/评估表",
    DocType.other.value: "未能判断（按年度报告的要求摘要）",
}


@dataclass(frozen=True)
class Chunk:
    """The part of the report one request covers: ``text[start:end]`` (the whole text when total == 1)."""

    index: int
    total: int
    start: int
    end: int
    section_ids: tuple[str, ...] = ()


def prompt_version(version: str) -> str:
    return f"summary.{version}"


def _prompts_dir():
    """``summarizer.prompts`` in an installed wheel; the repository's top-level ``prompts/`` when the package is
    imported from a checkout (where setuptools' package-dir mapping does not exist)."""
    try:
        return resources.files("summarizer.prompts")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[3] / "prompts"  # summarizer/engines/llm/prompt.py → the checkout


@lru_cache(maxsize=8)
def _template(name: str):
    from jinja2 import Environment, StrictUndefined

    try:
        source = _prompts_dir().joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"prompt template {name} is missing: use a prompt_version that ships in summarizer/prompts (e.g. v2)"
        ) from None
    env = Environment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)
    return env.from_string(source)


def check_rendered(text: str) -> str:
    """Our own rendering may leave only the known placeholders for instructor's pass."""
    for m in _JINJA.finditer(text):
        if m.group() not in PLACEHOLDERS.values():
            raise ValueError(f"prompt template left Jinja syntax {m.group()!r} for the second pass")
    return text


def outline_text(doc: Prepared, chunk: Optional[Chunk] = None) -> str:
    """One line per heading: id, the mandated part(s) it carries (a heading may merge two), title."""
    lines = []
    for node in doc.outline.nodes():
        if chunk is not None and chunk.total > 1 and not (chunk.start <= node.start < chunk.end):
            continue
        parts = [PART_LABELS.get(p, p) for p, nodes in doc.parts.parts.items() if any(n is node for n in nodes)]
        tag = f"〔{'、'.join(parts)}〕" if parts else ""
        lines.append(f"{node.id}{tag} {doc.outline.title(node)}".strip())
    return "\n".join(lines) or "（未识别出章节标题）"


def template_messages(doc: Prepared, version: str, chunk: Optional[Chunk] = None) -> tuple[list[dict], dict[str, str]]:
    """The first pass: messages with the placeholders still in them, and the values that fill them."""
    chunk_info = _chunk_info(chunk)
    system = _template(f"summary_system.{version}.md.j2").render()
    user = _template(f"summary_user.{version}.md.j2").render(
        doc_kind=DOC_KINDS.get(DocType(doc.facts.doc_type).value, DOC_KINDS["other"]),
        report_year=doc.facts.report_year,
        chunk=chunk_info,
        **PLACEHOLDERS,
    )
    messages = [
        {"role": "system", "content": check_rendered(system)},
        {"role": "user", "content": check_rendered(user)},
    ]
    start, end = (chunk.start, chunk.end) if chunk is not None else (0, len(doc.text))
    values = {"source_text": doc.text[start:end], "outline_text": outline_text(doc, chunk)}
    return messages, values


def fill(text: str, values: dict[str, str]) -> str:
    """The second pass: every placeholder replaced by its value, in one scan (values are not scanned)."""
    return _PLACEHOLDER.sub(lambda m: values[_BY_PLACEHOLDER[m.group()]], text)


def build_messages(doc: Prepared, version: str, chunk: Optional[Chunk] = None) -> list[dict]:
    """The messages exactly as they are sent."""
    messages, values = template_messages(doc, version, chunk)
    return [{**m, "content": fill(m["content"], values)} for m in messages]


def _chunk_info(chunk: Optional[Chunk]) -> Optional[dict]:
    if chunk is None or chunk.total <= 1:
        return None
    return {"index": chunk.index, "total": chunk.total, "sections": "、".join(chunk.section_ids) or "（前言）"}


def failed_items_text(rejects: list) -> str:
    """One block per failing item: its field, the item as the model wrote it, and why it failed."""
    import json

    blocks = []
    for i, r in enumerate(rejects, 1):
        item = json.dumps(r.item, ensure_ascii=False)
        blocks.append(f"{i}. 字段 {r.field}：{item}\n   原因：{'；'.join(r.errors) or '格式不对'}")
    return "\n".join(blocks)


def repair_messages(doc: Prepared, version: str, chunk: Optional[Chunk], rejects: list) -> list[dict]:
    """A targeted re-ask: the instructions, the source and only the failing items with their errors; the earlier
    answers are not re-sent (they would make each re-ask cost more than the first request)."""
    system = _template(f"summary_system.{version}.md.j2").render()
    user = _template(f"summary_repair.{version}.md.j2").render(chunk=_chunk_info(chunk), **PLACEHOLDERS)
    start, end = (chunk.start, chunk.end) if chunk is not None else (0, len(doc.text))
    values = {
        "source_text": doc.text[start:end],
        "outline_text": outline_text(doc, chunk),
        "failed_items": failed_items_text(rejects),
    }
    return [
        {"role": "system", "content": fill(check_rendered(system), values)},
        {"role": "user", "content": fill(check_rendered(user), values)},
    ]


def whole_reask_messages(first: list[dict], why: str) -> list[dict]:
    """The first request again, with one line on what was wrong (not the broken answer itself)."""
    note = (
        f"\n\n注意：你上次的回答无法使用（{why[:120]}）。请严格按要求的 JSON 结构输出摘要，"
        "各字段用英文键名，条目放在对应的列表中。"
    )
    return first[:-1] + [{**first[-1], "content": first[-1]["content"] + note}]
