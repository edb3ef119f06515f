"""A self-contained HTML review page: the summary beside the cleaned source, every claim linked to its words.

``to_html(summary, cleaned_text)`` returns one page with inline CSS and JS and no external resource (a
Content-Security-Policy forbids any, and only the page's own script, by nonce, may run). Left, the summary:
every item, its numbers coloured by verification status (exact / equivalent / unsupported ⚠), its quote
links, the mandated parts the report lacks. Right, the cleaned source with every quote highlighted.
Clicking an item scrolls its quote into view (repeated clicks walk through its quotes); clicking a
highlight scrolls to the item it supports (repeated clicks walk through overlapping quotes).

Overlapping and nested quotes: the text is split at every quote (and verified-number) boundary into flat
segments, each carrying ``data-start``/``data-end`` (offsets into the cleaned text, so
``cleaned_text[start:end]`` is the segment's text) and ``data-q``, the ids of every quote covering it.
All source and summary text is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import defaultdict
from typing import Any, Callable, Optional

from ..claims import metric_claim, source_text
from ..clean import to_simplified
from ..labels import AREA_LABELS, DOC_TYPE_LABELS, PART_LABELS
from ..models import Metric, Summary
from ..numbers import find_numbers
from .markdown import duty_where, plan_years, task_note, warning_zh, year_basis

# GENERATOR and Segment stay importable from here, as before render/page and render/source were split out
from .page import GENERATOR as GENERATOR
from .page import _e, html_name, page_shell
from .source import QuoteRef, _item_id, _number_spans, _source_html, collect_quotes, segments
from .source import Segment as Segment

__all__ = ["to_html", "html_name", "collect_quotes", "segments", "page_shell"]


class _Numbers:
    """Colours the numbers of a summary field by the verification status recorded for that field."""

    def __init__(self, summary: Summary):
        self.status: dict[tuple[str, str], list[str]] = defaultdict(list)
        for n in summary.verification.numbers:
            self.status[(n.path, n.text)].append(n.status)
        self.checked = summary.verification.checked
        self.traditional = summary.document.text_script == "traditional"

    def _lookup(self, path: str, text: str) -> Optional[str]:
        st = self.status.get((path, text))
        if not st:
            return None
        return "unsupported" if "unsupported" in st else st[0]

    def __call__(self, text: str, path: str) -> str:
        if not text:
            return ""
        probe = text
        if self.traditional:
            probe = to_simplified(text)  # same length: offsets hold
        out, pos = [], 0
        for m in find_numbers(probe):
            out.append(_e(text[pos : m.start]))
            out.append(self.number(text[m.start : m.end], self._lookup(path, m.text)))
            pos = m.end
        out.append(_e(text[pos:]))
        return "".join(out)

    def number(self, shown: str, status: Optional[str]) -> str:
        if status is None:
            status = "unchecked"
        title = {
            "exact": "与原文一致",
            "equivalent": "与原文等价（写法不同）",
            "unsupported": "原文中找不到此数",
            "unchecked": "未核验",
        }[status]
        flag = "⚠" if status == "unsupported" else ""
        return f'<span class="num n-{status}" title="{title}">{_e(shown)}{flag}</span>'

    def metric(self, m: Metric, path: str) -> str:
        claim = metric_claim(m)
        statuses = self.status.get((f"{path}.value", claim)) or [
            n for (p, _), sts in self.status.items() if p == f"{path}.value" for n in sts
        ]
        status = None if not statuses else ("unsupported" if "unsupported" in statuses else statuses[0])
        return self.number(claim, status)


class _Page:
    def __init__(self, summary: Summary, text: str):
        self.s = summary
        self.text = text
        self.quotes = collect_quotes(summary, text)
        self.by_path: dict[str, list[QuoteRef]] = defaultdict(list)
        for q in self.quotes:
            self.by_path[q.item].append(q)
        self.num = _Numbers(summary)

    def ev_links(self, refs: list[QuoteRef]) -> str:
        out = []
        for i, q in enumerate(refs, 1):
            if not q.valid:
                out.append(f'<a class="ev bad" data-q="{q.id}" title="引文位置超出原文">⚠引文{i}无效</a>')
            elif not q.match:
                out.append(
                    f'<a class="ev bad" href="#{q.id}" data-q="{q.id}" '
                    f'title="引文与原文第{q.start}–{q.end}字不一致">⚠引文{i}</a>'
                )
            else:
                out.append(
                    f'<a class="ev" href="#{q.id}" data-q="{q.id}" title="原文第{q.start}–{q.end}字">原文{i}</a>'
                )
        return "".join(out)

    def item(
        self,
        path: str,
        head: str,
        body: str = "",
        metrics: Optional[list[Metric]] = None,
        section: Optional[str] = None,
        extra: str = "",
    ) -> str:
        iid = _item_id(path)
        refs = self.by_path.get(iid, [])
        qids = " ".join(q.id for q in refs if q.valid)
        sec = f'<span class="sec">〔{_e(section)}〕</span>' if section else ""
        parts = [
            f'<li class="item" id="{iid}" data-quotes="{qids}" tabindex="0">',
            f'<div class="it-head">{head}{extra}{sec}</div>',
        ]
        if body:
            parts.append(f'<div class="it-body">{body}</div>')
        if metrics:
            parts.append('<ul class="metrics">')
            for k, m in enumerate(metrics):
                mp = f"{path}.metrics[{k}]"
                mq = [q for q in refs if q.path == f"{mp}.quote"]
                parts.append(
                    f"<li>{self.num(m.label, f'{mp}.label')}：{self.num.metric(m, mp)} {self.ev_links(mq)}</li>"
                )
            parts.append("</ul>")
        own = [q for q in refs if ".metrics[" not in q.path]
        parts.append(f'<div class="evs">{self.ev_links(own)}</div></li>')
        return "".join(parts)

    def part_heading(self, title: str, part: str) -> str:
        st = getattr(self.s.compliance, part)
        badge = (
            '<span class="badge missing">缺失</span>'
            if not st.present
            else (f'<span class="badge present">见 {_e("、".join(st.sections))}</span>' if st.sections else "")
        )
        return f'<h2 id="part-{part.replace("_", "-")}">{_e(title)}{badge}</h2>'

    def listed(
        self, path: str, items: list, field_name: str, heading: str = "", note: Callable[[Any], str] = lambda _: ""
    ) -> list[str]:
        """The lines of a numbered list of items told by one text field, each with its metrics and section (and a
        ``note`` after the text: a task's unit)."""
        lines = [f'{heading}<ol class="items">']
        for i, it in enumerate(items):
            p = f"{path}[{i}]"
            lines.append(
                self.item(
                    p,
                    self.num(getattr(it, field_name), f"{p}.{field_name}") + _e(note(it)),
                    metrics=it.metrics,
                    section=getattr(it, "section", None),
                )
            )
        return lines + ["</ol>"]

    def summary_html(self) -> str:
        s, num = self.s, self.num
        d = s.document
        title = d.title or (
            f"{d.agency or ''}{d.report_year or ''}年度法治政府建设情况" if d.agency else "法治政府建设报告"
        )
        basis = year_basis(s)  # a year reasoned from words that do not write it is shown with them, not as a number
        if not d.report_year:
            year = "未识别"
        elif basis:
            year = _e(f"{d.report_year}年{basis}")
        else:
            year = num(f"{d.report_year}年", "document.report_year")
        out = [
            f"<h1>{_e(title)}</h1>",
            '<ul class="facts">',
            f"<li>机关：{_e(d.agency or '未识别')}</li>",
            f"<li>报告年度：{year}</li>",
            f"<li>文件类型：{_e(DOC_TYPE_LABELS.get(str(d.doc_type), d.doc_type))}</li>",
            f"<li>原文：{d.char_count} 字" + (f"，来源 {_e(d.source)}" if d.source else "") + "</li>",
            f"<li>引擎：{_e(s.provenance.engine)}"
            + (f"（{_e(s.provenance.model)}）" if s.provenance.model else "")
            + "</li></ul>",
        ]
        if s.compliance.missing:
            links = "、".join(
                f'<a href="#part-{m.replace("_", "-")}">{_e(PART_LABELS.get(m, m))}</a>' for m in s.compliance.missing
            )
            out.append(f'<div class="banner missing" id="missing"><b>缺少法定部分</b>：{links}</div>')
        v = s.verification
        counts: dict[str, int] = defaultdict(int)
        for n in v.numbers:
            counts[n.status] += 1
        invalid = sum(1 for q in self.quotes if not q.match)
        if not v.checked:
            out.append('<div class="banner warn">未核验：数字与引文尚未与原文核对</div>')
        else:
            cls = "good" if v.ok and not invalid else "bad"
            out.append(
                f'<div class="banner {cls}" id="verification"><b>核验{"通过" if cls == "good" else "未通过"}</b>：'
                f"数字 {len(v.numbers)} 个（一致 {counts['exact']}，等价 {counts['equivalent']}，"
                f"无依据 {counts['unsupported']}）；引文 {len(self.quotes)} 条（与原文不一致 {invalid}）"
            )
            bad = v.unsupported()
            if bad:
                out.append(
                    "<ul>"
                    + "".join(f"<li>⚠ <code>{_e(n.path)}</code>：{_e(n.text)} 原文中找不到</li>" for n in bad)
                    + "</ul>"
                )
            out.append("</div>")
        for w in s.warnings:
            # (in Chinese, as the Markdown says it; the words the JSON keeps are the banner's title)
            out.append(f'<div class="banner warn" title="{_e(w)}">⚠ {_e(warning_zh(w))}</div>')
        out.append(
            '<div class="legend">数字：<span class="num n-exact">一致</span><span class="num n-equivalent">'
            '等价</span><span class="num n-unsupported">无依据⚠</span>　点击条目定位原文，点击原文高亮回到条目</div>'
        )

        out.append(self.part_heading("一、主要举措和成效", "measures_achievements"))
        if s.measures:
            out.append('<h3>主要举措</h3><ol class="items">')
            for i, m in enumerate(s.measures):
                p = f"measures[{i}]"
                area = f'<span class="area">{_e(AREA_LABELS.get(str(m.area), m.area))}</span>'
                out.append(
                    self.item(
                        p,
                        f"<b>{num(m.title, f'{p}.title')}</b>",
                        num(m.summary, f"{p}.summary"),
                        section=m.section,
                        extra=area,
                    )
                )
            out.append("</ol>")
        if s.achievements:
            out += self.listed("achievements", s.achievements, "statement", "<h3>成效与数据</h3>")
        if not s.measures and not s.achievements:
            out.append('<p class="none">（未找到）</p>')

        out.append(self.part_heading("二、存在的不足和原因", "shortfalls_causes"))
        for key, label, field_name in (("shortfalls", "不足", "issue"), ("causes", "原因", "cause")):
            items = getattr(s, key)
            if items:
                out += self.listed(key, items, field_name, f"<h3>{label}</h3>")
        if not s.shortfalls and not s.causes:
            out.append('<p class="none">（未找到）</p>')

        frp = s.first_responsible_person
        out.append(self.part_heading("三、" + PART_LABELS["first_responsible_person"], "first_responsible_person"))
        if frp.reported:
            where = duty_where(frp)
            out.append('<ol class="items" style="list-style:none;padding-left:0">')
            out.append(self.item("first_responsible_person", f"已报告（{_e(where)}）"))
            out.append("</ol>")
            if frp.actions:
                out += self.listed("first_responsible_person.actions", frp.actions, "action")
        else:
            out.append('<p class="none">（未报告）</p>')

        out.append(self.part_heading("四、下一年度主要安排" + plan_years(s.plans), "next_year_plans"))
        if s.plans:
            out += self.listed("plans", s.plans, "action", note=task_note)
        else:
            out.append('<p class="none">（未找到）</p>')
        return "\n".join(out)

    def page(self, nonce: str) -> str:
        d = self.s.document
        title = d.title or d.source or "法治政府建设报告"
        sha = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        stale = (
            ""
            if not d.sha256 or sha == d.sha256
            else '<div class="banner bad">⚠ 此原文与摘要所依据的原文不一致（SHA-256 不同），高亮位置可能错误</div>'
        )
        numbers = _number_spans(self.s, len(self.text))
        source = (
            f'<div class="meta">清洗后原文 · {len(self.text)} 字 · SHA-256 {sha[:16]}… · '
            f"引文偏移以此文本为准</div>{stale}"
            f'<div id="text">{_source_html(self.text, self.quotes, numbers)}</div>'
        )
        return page_shell(f"{title} · 审阅", self.summary_html(), source, nonce)


def to_html(summary: Summary, cleaned_text: str, *, nonce: Optional[str] = None) -> str:
    """The review page of ``summary``; ``cleaned_text`` is the text its offsets index.

    Raw report text is accepted too: when its SHA-256 is not ``summary.document.sha256`` it is cleaned first
    (as :func:`summarizer.claims.source_text` does), and the page says so if it still does not match.
    """
    text = source_text(summary, cleaned_text) if summary.document.sha256 else cleaned_text
    return _Page(summary, text).page(nonce or secrets.token_urlsafe(16))
