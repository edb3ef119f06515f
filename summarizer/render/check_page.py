"""The HTML page of a check: the summary (line by line) beside the report, every number linked to its source.

Built from the review page's parts (:mod:`summarizer.review`): the same shell (inline CSS, CSP with a nonce, no
external resource), the same escaping, the same segmentation and highlighting of the report and the same script
(click a number: its report span scrolls into view; click a highlight: its summary line does). Left, every line
of the summary with each number coloured by status (exact, equivalent, rounded, unsupported ⚠, left alone) and
each quoted passage by how it matched; right, the cleaned report with every span a finding rests on highlighted.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from typing import Optional

from ..check import CheckResult, NumberFinding, QuoteFinding, Span
from .page import _e, page_shell
from .source import QuoteRef, _source_html

__all__ = ["check_to_html"]

_NUM_TITLES = {
    "exact": "与原文一致",
    "equivalent": "与原文等价（写法不同）",
    "rounded": "原文数字的约数（写明了约、余等）",
    "unsupported": "原文中找不到此数",
}
_QUOTE_TITLES = {"verbatim": "逐字引文", "near_verbatim": "近似引文", "not_found": "原文中找不到此引文"}
_REASONS = {
    "summary_date": "摘要自身的日期",
    "list_numbering": "列表编号",
    "section_number": "章节序号",
    "ordinal": "序数（第N）",
    "fixed_phrase": "固定说法",
}

_CSS = """
#sumtext{font-size:15px}
.line{display:grid;grid-template-columns:2.6em 1fr;padding:1px 6px 1px 0;margin:0;border-radius:4px}
.line .ln{color:#8c959f;font-size:12px;text-align:right;padding-right:8px;user-select:none;line-height:2}
.line .lt{white-space:pre-wrap;word-break:break-word}
a.ev.cn{font-size:inherit;margin:0;white-space:normal;text-decoration:none}
a.cn.n-exact{color:var(--ok)}
a.cn.n-equivalent,a.cn.n-rounded{color:var(--eq);text-decoration:underline dotted}
.n-rounded{color:var(--eq);text-decoration:underline dotted}
#text .n-rounded{font-weight:600}
.n-left{color:#6e7781;border-bottom:1px dashed #afb8c1}
.cq{border-radius:2px}
.cq-verbatim{background:rgba(27,127,59,.10)}
.cq-near_verbatim{background:rgba(21,88,176,.10)}
.cq-not_found{background:rgba(198,40,40,.12);text-decoration:underline wavy var(--bad)}
"""


def _ids(k: int, n: int) -> list[str]:
    return [f"f{k}" if j == 0 else f"f{k}-{j + 1}" for j in range(n)]


def _number(f: NumberFinding, fid: str) -> str:
    title = _NUM_TITLES[f.status]
    if f.status == "unsupported":
        return (
            f'<span class="num n-unsupported" data-start="{f.start}" data-end="{f.end}" '
            f'title="{_e(title + "：" + (f.note or ""))}">{_e(f.text)}</span>⚠'
        )
    where = f"原文 {f.report_form}（第{f.spans[0].start}–{f.spans[0].end}字）" if f.spans else ""
    note = f"；{f.note}" if f.note and f.status != "equivalent" else ""
    return (
        f'<a class="ev cn num n-{f.status}" href="#{fid}" data-q="{fid}" data-start="{f.start}" '
        f'data-end="{f.end}" title="{_e(f"{title}：{where}{note}")}">{_e(f.text)}</a>'
    )


def _quote_link(f: QuoteFinding, fid: str) -> str:
    if f.span is None:
        return '<span class="num n-unsupported">⚠引文无据</span>'
    label = {"verbatim": "原文", "near_verbatim": "近似原文", "not_found": "⚠最接近处"}[f.status]
    cls = "ev bad" if f.status == "not_found" else "ev"
    return f'<a class="{cls}" href="#{fid}" data-q="{fid}" title="{_e(f.note or _QUOTE_TITLES[f.status])}">{label}</a>'


# (start, end, rank, (open html, inner html, html after the close))
_Event = tuple[int, int, int, tuple[str, str, str]]


def _line_html(text: str, offset: int, events: list[_Event]) -> str:
    """One summary line; ``events`` are (start, end, rank, html-open) with rank 0 for quotes (outer), 1 inner.

    Inner elements (numbers, left-alone numerals) sit inside or outside a quote, never across its edge.
    """
    out: list[str] = []
    pos = offset
    close_at: Optional[int] = None
    close_html = ""
    for s, e, rank, (open_html, inner, after) in sorted(events, key=lambda x: (x[0], x[2])):
        if s < pos:
            continue  # overlaps what is already open: shown as plain text
        if close_at is not None and s >= close_at:
            out.append(_e(text[pos - offset : close_at - offset]) + close_html)
            pos, close_at = close_at, None
        if close_at is not None and e > close_at:
            continue
        out.append(_e(text[pos - offset : s - offset]))
        if rank == 0:
            out.append(open_html)
            close_at, close_html = e, "</span>" + after
            pos = s
        else:
            out.append(inner)
            pos = e
    if close_at is not None:
        out.append(_e(text[pos - offset : close_at - offset]) + close_html)
        pos = close_at
    out.append(_e(text[pos - offset :]))
    return "".join(out)


def _ref(fid: str, line: int, label: str, sp: Span, report_text: str, *, found: bool = True) -> QuoteRef:
    """The report span a finding on summary line ``line`` points to, as the review page's source pane takes it."""
    valid = 0 <= sp.start < sp.end <= len(report_text)
    return QuoteRef(
        id=fid,
        path=f"L{line}",
        item=f"L{line}",
        label=label,
        start=sp.start,
        end=sp.end,
        text=sp.text,
        valid=valid,
        match=found and valid and report_text[sp.start : sp.end] == sp.text,
    )


def check_to_html(result: CheckResult, summary_text: str, report_text: str, *, nonce: Optional[str] = None) -> str:
    """The check page. ``summary_text`` and ``report_text`` are the texts the result's offsets index."""
    refs: list[QuoteRef] = []
    numbers: list[tuple[int, int, str]] = []
    per_line: dict[int, list[_Event]] = defaultdict(list)
    line_ids: dict[int, list[str]] = defaultdict(list)
    k = 0
    for f in result.numbers:
        k += 1
        ids = _ids(k, len(f.spans))
        for fid, sp in zip(ids, f.spans):
            ref = _ref(fid, f.line, f"第{f.line}行 {f.text}", sp, report_text)
            refs.append(ref)
            if ref.valid:
                numbers.append((sp.start, sp.end, f.status))
        line_ids[f.line] += ids
        per_line[f.line].append((f.start, f.end, 1, ("", _number(f, f"f{k}"), "")))
    for qf in result.quotes:
        k += 1
        fid = f"f{k}"
        if qf.span is not None:
            # a quote not found shows the closest passage, which is not the quote
            refs.append(_ref(fid, qf.line, f"第{qf.line}行 引文", qf.span, report_text, found=qf.status != "not_found"))
            line_ids[qf.line].append(fid)
        open_html = (
            f'<span class="cq cq-{qf.status}" data-start="{qf.start}" data-end="{qf.end}" '
            f'title="{_e(_QUOTE_TITLES[qf.status] + ("：" + qf.note if qf.note else ""))}">'
        )
        per_line[qf.line].append((qf.start, qf.end, 0, (open_html, "", _quote_link(qf, fid))))
    for la in result.left_alone:
        inner = (
            f'<span class="num n-left" data-start="{la.start}" data-end="{la.end}" '
            f'title="未核对：{_e(_REASONS[la.reason])}">{_e(la.text)}</span>'
        )
        per_line[la.line].append((la.start, la.end, 1, ("", inner, "")))

    lines_html = []
    offset = 0
    for n, line in enumerate(summary_text.split("\n"), 1):
        body = _line_html(line, offset, per_line.get(n, []))
        lines_html.append(
            f'<div class="item line" id="L{n}" data-quotes="{" ".join(line_ids.get(n, []))}" '
            f'tabindex="0"><span class="ln">{n}</span><span class="lt">{body or " "}</span></div>'
        )
        offset += len(line) + 1

    c = result.counts
    rep = result.report
    title = rep.title or rep.source
    good = result.ok
    bad_items = [(f.line, f.text, f.note or "") for f in result.unsupported()] + [
        (f.line, f"“{f.text}”", f.note or "") for f in result.not_found()
    ]
    left = [
        "<h1>摘要核对</h1>",
        '<ul class="facts">',
        f"<li>摘要：{_e(result.summary.source)} · {result.summary.char_count} 字</li>",
        f"<li>原文：{_e(title)}"
        + (f"（{_e(rep.agency)}）" if rep.agency and rep.agency not in title else "")
        + f" · {rep.char_count} 字</li></ul>",
        f'<div class="banner {"good" if good else "bad"}" id="verdict"><b>核对{"通过" if good else "未通过"}</b>：'
        f"数字 {c.numbers} 个（一致 {c.exact}，等价 {c.equivalent}，约数 {c.rounded}，无依据 {c.unsupported}）；"
        f"引文 {c.quotes} 条（逐字 {c.verbatim}，近似 {c.near_verbatim}，找不到 {c.not_found}）；"
        f"未核对 {c.left_alone} 处（编号、序数、固定说法、摘要日期）",
    ]
    if bad_items:
        left.append(
            "<ul>"
            + "".join(
                f'<li>⚠ <a href="#L{ln}">第{ln}行</a>：{_e(t)}　{_e(note)}</li>' for ln, t, note in sorted(bad_items)
            )
            + "</ul>"
        )
    left.append("</div>")
    left.append(
        '<div class="legend">数字：<span class="num n-exact">一致</span><span class="num n-equivalent">等价</span>'
        '<span class="num n-rounded">约数</span><span class="num n-unsupported">无依据⚠</span>'
        '<span class="num n-left">未核对</span>　点击数字定位原文，点击原文高亮回到摘要</div>'
    )
    left.append(f'<div id="sumtext">{"".join(lines_html)}</div>')
    sha = rep.sha256 or ""
    right = (
        f'<div class="meta">清洗后原文 · {len(report_text)} 字 · SHA-256 {sha[:16]}… · 偏移以此文本为准</div>'
        f'<div id="text">{_source_html(report_text, refs, numbers)}</div>'
    )
    return page_shell(f"{title} · 摘要核对", "\n".join(left), right, nonce or secrets.token_urlsafe(16), _CSS)
