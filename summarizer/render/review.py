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

import bisect
import hashlib
import html
import re
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

from pydantic import BaseModel

from ..claims import metric_claim, source_text
from ..clean import to_simplified
from ..labels import AREA_LABELS, DOC_TYPE_LABELS, PART_LABELS
from ..models import Metric, Quote, Summary
from ..numbers import find_numbers
from .markdown import duty_where, plan_years

__all__ = ["to_html", "html_name", "collect_quotes", "segments", "page_shell"]

_ITEM_LABELS = {
    "measures": "举措",
    "achievements": "成效",
    "shortfalls": "不足",
    "causes": "原因",
    "plans": "安排",
    "first_responsible_person.actions": "履职",
}


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


@dataclass
class QuoteRef:
    id: str
    path: str
    item: str  # id of the summary item (DOM id) it supports
    label: str  # human label of that item ("举措 3")
    start: int
    end: int
    text: str
    valid: bool  # offsets inside the text and non-empty
    match: bool  # cleaned_text[start:end] == text


@dataclass
class Segment:
    start: int
    end: int
    quotes: list[str] = field(default_factory=list)  # innermost (shortest) first
    number: Optional[str] = None  # exact | equivalent, when inside a verified number's source span


def _walk_quotes(obj: Any, path: str) -> Iterator[tuple[str, Quote]]:
    if isinstance(obj, Quote):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _walk_quotes(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk_quotes(v, f"{path}[{i}]")


def _item_id(path: str) -> str:
    return "it-" + path.replace("[", "-").replace("]", "").replace(".", "-").replace("_", "-")


def _items(summary: Summary) -> Iterator[tuple[str, str, BaseModel]]:
    """(path, label, model) of every summary item that carries quotes."""
    for key in ("measures", "achievements", "shortfalls", "causes"):
        for i, item in enumerate(getattr(summary, key)):
            yield f"{key}[{i}]", f"{_ITEM_LABELS[key]} {i + 1}", item
    frp = summary.first_responsible_person
    yield "first_responsible_person", "第一责任人", frp.model_copy(update={"actions": []})
    for i, a in enumerate(frp.actions):
        yield f"first_responsible_person.actions[{i}]", f"履职 {i + 1}", a
    for i, p in enumerate(summary.plans):
        yield f"plans[{i}]", f"安排 {i + 1}", p


def collect_quotes(summary: Summary, text: str) -> list[QuoteRef]:
    """Every quote of every item, numbered q1… in reading order of the summary."""
    out: list[QuoteRef] = []
    for path, label, item in _items(summary):
        for qpath, q in _walk_quotes(item, path):
            valid = 0 <= q.start < q.end <= len(text)
            out.append(
                QuoteRef(
                    id=f"q{len(out) + 1}",
                    path=qpath,
                    item=_item_id(path),
                    label=label,
                    start=q.start,
                    end=q.end,
                    text=q.text,
                    valid=valid,
                    match=valid and text[q.start : q.end] == q.text,
                )
            )
    return out


def _number_spans(summary: Summary, length: int) -> list[tuple[int, int, str]]:
    best: dict[tuple[int, int], str] = {}
    for n in summary.verification.numbers:
        if n.status == "unsupported":
            continue
        for s, e in n.source_spans:
            if 0 <= s < e <= length and best.get((s, e)) != "exact":
                best[(s, e)] = n.status
    return [(s, e, st) for (s, e), st in best.items()]


def segments(length: int, quotes: list[QuoteRef], numbers: Sequence[tuple[int, int, str]] = ()) -> list[Segment]:
    """Split ``[0, length)`` at every quote and number boundary; each piece knows what covers it."""
    live = [q for q in quotes if q.valid]
    bounds = sorted(
        {
            0,
            length,
            *(q.start for q in live),
            *(q.end for q in live),
            *(s for s, _, _ in numbers),
            *(e for _, e, _ in numbers),
        }
    )
    segs = [Segment(a, b) for a, b in zip(bounds, bounds[1:])]
    for q in sorted(live, key=lambda q: (q.end - q.start, q.start)):  # innermost first in every segment
        for k in range(bisect.bisect_left(bounds, q.start), bisect.bisect_left(bounds, q.end)):
            segs[k].quotes.append(q.id)
    for s, e, status in numbers:
        for k in range(bisect.bisect_left(bounds, s), bisect.bisect_left(bounds, e)):
            if segs[k].number != "exact":
                segs[k].number = status
    return segs


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


#: in every page's head: a batch run over a folder skips the review pages an earlier run wrote there
GENERATOR = '<meta name="generator" content="summarizer review page">'

_CSS = """
:root{--hl:rgba(255,206,84,.38);--hl2:rgba(255,170,0,.42);--act:#ff9800;--ok:#1b7f3b;--eq:#1558b0;--bad:#c62828}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:15px/1.7 system-ui,"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
 color:#1f2328;display:grid;grid-template-columns:minmax(340px,42%) 1fr}
#summary,#source{height:100vh;overflow:auto;padding:16px 22px}
#summary{border-right:1px solid #d0d7de;background:#fafbfc}
h1{font-size:20px;margin:0 0 8px}
h2{font-size:16px;margin:22px 0 6px;padding-bottom:3px;border-bottom:1px solid #d0d7de}
h3{font-size:14px;margin:12px 0 4px;color:#57606a}
.facts{margin:0;padding:0;list-style:none;font-size:13px;color:#57606a}
.banner{margin:10px 0;padding:8px 12px;border-radius:6px;border:1px solid}
.banner.missing{background:#fff4e5;border-color:#f0b35b}
.banner.bad{background:#ffebee;border-color:#e57373}
.banner.good{background:#e8f5e9;border-color:#81c784}
.banner.warn{background:#fffbe6;border-color:#e6cf6e}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:9px;margin-left:6px;vertical-align:1px}
.badge.missing{background:#f57c00;color:#fff}
.badge.present{background:#e0e0e0;color:#333}
ol.items{padding-left:22px;margin:4px 0}
.item{padding:4px 6px;margin:2px 0;border-radius:6px;cursor:pointer;border:1px solid transparent}
.item:hover{background:#eef4ff}
.item.current{border-color:var(--act);background:#fff3e0}
.item .sec,.item .area{font-size:12px;color:#6e7781;margin-left:6px}
.item ul.metrics{margin:2px 0;padding-left:18px;font-size:13px}
a.ev{font-size:12px;margin-right:6px;color:#0969da;text-decoration:none;white-space:nowrap}
a.ev:hover{text-decoration:underline}
a.ev.bad{color:var(--bad)}
.num{font-weight:600;border-radius:3px;padding:0 1px}
.n-exact{color:var(--ok)}
.n-equivalent{color:var(--eq);text-decoration:underline dotted}
.n-unsupported{color:#fff;background:var(--bad)}
.n-unchecked{color:#6e7781}
.legend{font-size:12px;color:#57606a}
.legend span{margin-right:10px}
#source .meta{font-size:12px;color:#6e7781;margin-bottom:8px}
#text{white-space:pre-wrap;word-break:break-word;line-height:1.9;font-size:15px}
mark{background:var(--hl);color:inherit;border-radius:2px;cursor:pointer}
mark.d2{background:var(--hl2)}
mark.d3{background:rgba(255,140,0,.5)}
mark.bad{background:rgba(229,57,53,.25);text-decoration:underline wavy var(--bad)}
mark.active{background:var(--act);color:#000;outline:1px solid #e65100}
#text .n-exact,#text .n-equivalent{font-weight:600}
@media (max-width:760px){body{display:block}#summary,#source{height:auto;overflow:visible}}
@media print{body{display:block}#summary,#source{height:auto;overflow:visible}}
"""

_JS = r"""
(function(){
  "use strict";
  var active=[], current=null, cursor={};
  function marks(id){return Array.prototype.slice.call(document.querySelectorAll('mark[data-q~="'+id+'"]'));}
  function showQuote(id,scroll){
    active.forEach(function(e){e.classList.remove('active');});
    active=marks(id);
    active.forEach(function(e){e.classList.add('active');});
    if(scroll!==false && active.length){active[0].scrollIntoView({block:'center',inline:'nearest',behavior:'auto'});}
    return active.length>0;
  }
  function setItem(el,scroll){
    if(current){current.classList.remove('current');}
    current=el;
    if(el){el.classList.add('current');
      if(scroll){el.scrollIntoView({block:'center',inline:'nearest',behavior:'auto'});}}
  }
  function next(key,ids){var i=(cursor[key]===undefined)?0:(cursor[key]+1)%ids.length;cursor[key]=i;return ids[i];}
  function fromItem(it){
    var ids=(it.getAttribute('data-quotes')||'').split(' ').filter(Boolean);
    if(!ids.length){return;}
    var id=(current===it)?next(it.id,ids):(cursor[it.id]=0,ids[0]);
    setItem(it,false);showQuote(id,true);
  }
  document.addEventListener('click',function(ev){
    var t=ev.target;
    var link=t.closest&&t.closest('a.ev');
    if(link){ev.preventDefault();setItem(link.closest('.item'),false);showQuote(link.getAttribute('data-q'),true);return;}
    var m=t.closest&&t.closest('mark[data-q]');
    if(m){
      var ids=m.getAttribute('data-q').split(' ').filter(Boolean);
      var key='m'+m.getAttribute('data-start');
      var id=next(key,ids);
      var l=document.querySelector('a.ev[data-q="'+id+'"]');
      showQuote(id,false);
      if(l){setItem(l.closest('.item'),true);}
      return;
    }
    var it=t.closest&&t.closest('.item[data-quotes]');
    if(it&&!(t.closest&&t.closest('a'))){fromItem(it);}
  });
  document.addEventListener('keydown',function(ev){
    if(ev.key==='Enter'&&ev.target.classList&&ev.target.classList.contains('item')){fromItem(ev.target);}
  });
})();
"""


def _source_html(text: str, quotes: list[QuoteRef], numbers: list[tuple[int, int, str]]) -> str:
    by_id = {q.id: q for q in quotes}
    first_of: dict[int, list[str]] = defaultdict(list)  # segment start -> quotes that begin there
    for q in quotes:
        if q.valid:
            first_of[q.start].append(q.id)
    out: list[str] = []
    for seg in segments(len(text), quotes, numbers):
        piece = _e(text[seg.start : seg.end])
        for qid in first_of.pop(seg.start, ()):
            out.append(f'<a class="qa" id="{qid}"></a>')
        if not seg.quotes and not seg.number:
            out.append(piece)
            continue
        cls = []
        if seg.number:
            cls.append(f"n-{seg.number}")
        if seg.quotes:
            depth = len(seg.quotes)
            if depth > 1:
                cls.append(f"d{min(depth, 3)}")
            if any(not by_id[q].match for q in seg.quotes):
                cls.append("bad")
            title = "；".join(dict.fromkeys(by_id[q].label for q in seg.quotes))
            out.append(
                f'<mark class="{" ".join(cls)}" data-start="{seg.start}" data-end="{seg.end}" '
                f'data-q="{" ".join(seg.quotes)}" title="{_e(title)}">{piece}</mark>'
            )
        else:
            out.append(f'<span class="{" ".join(cls)}" data-start="{seg.start}" data-end="{seg.end}">{piece}</span>')
    return "".join(out)


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

    def listed(self, path: str, items: list, field_name: str, heading: str = "") -> list[str]:
        """The lines of a numbered list of items told by one text field, each with its metrics and section."""
        lines = [f'{heading}<ol class="items">']
        for i, it in enumerate(items):
            p = f"{path}[{i}]"
            lines.append(
                self.item(
                    p,
                    self.num(getattr(it, field_name), f"{p}.{field_name}"),
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
        out = [
            f"<h1>{_e(title)}</h1>",
            '<ul class="facts">',
            f"<li>机关：{_e(d.agency or '未识别')}</li>",
            f"<li>报告年度：{num(f'{d.report_year}年', 'document.report_year') if d.report_year else '未识别'}</li>",
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
            out.append(f'<div class="banner warn">⚠ {_e(w)}</div>')
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
            out += self.listed("plans", s.plans, "action")
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


def page_shell(title: str, left: str, right: str, nonce: str, css: str = "", js: str = "") -> str:
    """A page of two panes (``left`` beside the report ``right``), self-contained: inline CSS and the page's
    own script only (a CSP with a nonce forbids anything else), so it can be mailed or archived as one file.
    ``title`` is escaped here; ``left``/``right``/``css`` are markup the caller escaped; ``js`` runs after the
    page's own script, under the same nonce. The check page and the batch dashboard use it too.
    """
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="referrer" content="no-referrer">'
        + GENERATOR
        + '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}{css}</style></head>\n"
        f'<body><section id="summary">{left}</section>\n'
        f'<section id="source">{right}</section>\n'
        f'<script nonce="{nonce}">{_JS}{js}</script></body></html>\n'
    )


def to_html(summary: Summary, cleaned_text: str, *, nonce: Optional[str] = None) -> str:
    """The review page of ``summary``; ``cleaned_text`` is the text its offsets index.

    Raw report text is accepted too: when its SHA-256 is not ``summary.document.sha256`` it is cleaned first
    (as :func:`summarizer.claims.source_text` does), and the page says so if it still does not match.
    """
    text = source_text(summary, cleaned_text) if summary.document.sha256 else cleaned_text
    return _Page(summary, text).page(nonce or secrets.token_urlsafe(16))


_SAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def html_name(file: str, sha256: str) -> str:
    stem = _SAFE.sub("_", Path(file).stem).strip("._")[:80] or "report"
    return f"{stem}-{sha256[:10]}.html"
