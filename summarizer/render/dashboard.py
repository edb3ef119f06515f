"""The analyst's view across many reports: one self-contained ``index.html`` built from a batch's results.

``write_dashboard(results, out_dir, html_dir=None, md_dir=None)`` takes ``results.jsonl`` records and writes
``out_dir/index.html``: a sortable, filterable row per report (agency, year, genre, parts present, the quality
indicators, verification, links to its review page and Markdown), a compliance grid (reports × mandated parts),
every shortfall, cause and plan across the reports grouped by area (each linking to its report), the recurring
boilerplate (generic shortfall phrases and the reports using them), and the follow-through of agencies with
reports on consecutive years (:mod:`summarizer.followthrough`).

It is built like the review page (:func:`summarizer.review.page_shell`): inline CSS and script only, the same
Content-Security-Policy, every report string escaped with :func:`html.escape`. Sorting and filtering are done by a
small script on the rendered rows (no framework: the page must open offline, from a mail attachment).
"""

from __future__ import annotations

import os
import secrets
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

from ..followthrough import _area, groups
from ..labels import AREA_LABELS, DOC_TYPE_LABELS, PART_LABELS
from ..models import Summary
from ..output import write_output
from .markdown import evidence_text, to_markdown
from .page import _e, html_name, page_shell

PARTS = ("measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans")
PART_SHORT = {
    "measures_achievements": "举措成效",
    "shortfalls_causes": "不足原因",
    "first_responsible_person": "第一责任人",
    "next_year_plans": "下年安排",
}

_CSS = """
body{display:block}#summary{height:auto;overflow:visible;border:0;background:#fff;padding:16px 22px}
#source{display:none}
table{border-collapse:collapse;font-size:13px;margin:6px 0 14px}
th,td{border:1px solid #d0d7de;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f3f5f7;position:sticky;top:0}
th[data-sort]{cursor:pointer;white-space:nowrap}
th[data-sort]::after{content:" ↕";color:#8c959f}
th.asc::after{content:" ↑";color:#1f2328}th.desc::after{content:" ↓";color:#1f2328}
td.yes{background:#e8f5e9;text-align:center}td.no{background:#ffebee;text-align:center;color:#c62828}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.late{color:#c62828;font-weight:600}.on_time{color:#1b7f3b}.unknown{color:#6e7781}
.filters{display:flex;gap:10px;flex-wrap:wrap;align-items:center;margin:8px 0;font-size:13px}
.filters input[type=search]{width:260px;padding:3px 6px}
details{margin:6px 0}summary{cursor:pointer}
ul.quotes{margin:2px 0 8px;padding-left:20px;font-size:13px}
.area{font-weight:600}.muted{color:#6e7781;font-size:12px}
tr.hit{outline:2px solid #ff9800}
"""

_JS = r"""
(function(){
  "use strict";
  var table=document.getElementById('reports'); if(!table){return;}
  var body=table.tBodies[0];
  var q=document.getElementById('q'), type=document.getElementById('type'), time=document.getElementById('time'),
      miss=document.getElementById('missing'), shown=document.getElementById('shown');
  function val(tr,k){var td=tr.querySelector('td[data-k="'+k+'"]');return td?td.getAttribute('data-v'):'';}
  table.tHead.addEventListener('click',function(ev){
    var th=ev.target.closest('th[data-sort]'); if(!th){return;}
    var k=th.getAttribute('data-sort'), num=th.hasAttribute('data-num');
    var dir=th.classList.contains('asc')?-1:1;
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th'),function(h){h.classList.remove('asc','desc');});
    th.classList.add(dir===1?'asc':'desc');
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){
      var x=val(a,k), y=val(b,k);
      if(num){x=x===''?-Infinity:+x; y=y===''?-Infinity:+y; return (x-y)*dir;}
      return x.localeCompare(y,'zh-CN')*dir;
    });
    rows.forEach(function(r){body.appendChild(r);});
  });
  function filter(){
    var text=q.value.trim().toLowerCase(), n=0;
    Array.prototype.forEach.call(body.rows,function(tr){
      var ok=(!text||tr.textContent.toLowerCase().indexOf(text)>=0)&&
        (!type.value||tr.getAttribute('data-type')===type.value)&&
        (!time.value||tr.getAttribute('data-time')===time.value)&&
        (!miss.checked||tr.getAttribute('data-missing')==='1');
      tr.hidden=!ok; if(ok){n++;}
    });
    shown.textContent=n;
  }
  [q,type,time,miss].forEach(function(e){e.addEventListener('input',filter);e.addEventListener('change',filter);});
  document.addEventListener('click',function(ev){
    var a=ev.target.closest&&ev.target.closest('a[href^="#r-"]'); if(!a){return;}
    var tr=document.getElementById(a.getAttribute('href').slice(1)); if(!tr){return;}
    if(tr.hidden){q.value='';type.value='';time.value='';miss.checked=false;filter();}
    Array.prototype.forEach.call(document.querySelectorAll('tr.hit'),function(r){r.classList.remove('hit');});
    tr.classList.add('hit');
  });
  filter();
})();
"""


def _rel(target: Optional[Path], out_dir: Path) -> Optional[str]:
    if target is None:
        return None
    return Path(os.path.relpath(target, out_dir)).as_posix()


def _href(path: Optional[str]) -> str:
    from urllib.parse import quote

    return quote(path or "", safe="/._-~")


def md_name(file: str, sha256: str) -> str:
    """The Markdown file of one report in ``--md-dir`` (named like its review page)."""
    return html_name(file, sha256)[:-5] + ".md"


class _Report:
    def __init__(self, n: int, record: Mapping[str, Any], summary: Summary, review: Optional[str], md: Optional[str]):
        self.n, self.record, self.s, self.review, self.md = n, record, summary, review, md
        self.file = str(record.get("file") or "")
        self.anchor = f"r-{n}"

    @property
    def name(self) -> str:
        return Path(self.file).name or self.file

    def link(self) -> str:
        return (
            f'<a href="#{self.anchor}">{_e(self.s.document.agency or self.name)}'
            f"{_e(self.s.document.report_year or '')}</a>"
        )


def _cell(key: str, shown: str, value: Any = None, cls: str = "") -> str:
    v = shown if value is None else value
    return f'<td data-k="{key}" data-v="{_e(v)}"' + (f' class="{cls}"' if cls else "") + f">{shown}</td>"


def _row(r: _Report) -> str:
    s, d, q = r.s, r.s.document, r.s.quality
    comp = s.compliance
    parts = "".join(
        _cell(
            p,
            "✓" if getattr(comp, p).present else "✗",
            int(getattr(comp, p).present),
            "yes" if getattr(comp, p).present else "no",
        )
        for p in PARTS
    )
    v = s.verification
    ver = "未核验" if not v.checked else ("通过" if v.ok else f"未通过（{v.unsupported_numbers}）")
    links = []
    if r.review:
        links.append(f'<a class="review" href="{_href(r.review)}">审阅页</a>')
    if r.md:
        links.append(f'<a class="md" href="{_href(r.md)}">Markdown</a>')
    cells = [
        _cell("file", _e(r.name), r.name),
        _cell("agency", _e(d.agency or "未识别"), d.agency or ""),
        _cell("year", _e(d.report_year or ""), d.report_year if d.report_year is not None else ""),
        _cell("type", _e(DOC_TYPE_LABELS.get(str(d.doc_type), d.doc_type)), str(d.doc_type)),
        parts,
    ]
    if q is not None:
        share = q.concreteness.achievement_number_share
        order = {True: "是", False: "否", None: "—"}[q.completeness.in_order]
        cells += [
            _cell("order", order),
            _cell("duty", {"dedicated": "专章", "in_passing": "顺带", "absent": "无"}[q.completeness.duty]),
            _cell(
                "density", f"{q.concreteness.metrics_per_1000_chars:g}", q.concreteness.metrics_per_1000_chars, "num"
            ),
            _cell("share", "—" if share is None else f"{share * 100:.0f}%", "" if share is None else share, "num"),
            _cell("shortfalls", str(q.problem_analysis.shortfalls), q.problem_analysis.shortfalls, "num"),
            _cell("causes", str(q.problem_analysis.causes), q.problem_analysis.causes, "num"),
            _cell(
                "generic",
                str(len(q.problem_analysis.generic_shortfalls)),
                len(q.problem_analysis.generic_shortfalls),
                "num",
            ),
            _cell(
                "plans",
                f"{q.plans.with_target}/{q.plans.with_deadline}/{q.plans.plans}",
                q.plans.with_target + q.plans.with_deadline,
                "num",
            ),
            _cell("published", _e(q.timeliness.publication_date or "—"), q.timeliness.publication_date or ""),
            _cell(
                "timely",
                {"on_time": "按时", "late": "逾期", "unknown": "未知"}[q.timeliness.status],
                q.timeliness.status,
                q.timeliness.status,
            ),
        ]
    else:
        cells += [
            _cell(k, "—", "")
            for k in (
                "order",
                "duty",
                "density",
                "share",
                "shortfalls",
                "causes",
                "generic",
                "plans",
                "published",
                "timely",
            )
        ]
    cells += [_cell("verification", _e(ver)), f"<td>{' '.join(links)}</td>"]
    timely = q.timeliness.status if q is not None else "unknown"
    return (
        f'<tr id="{r.anchor}" data-type="{_e(d.doc_type)}" data-time="{timely}" '
        f'data-missing="{1 if comp.missing else 0}">' + "".join(cells) + "</tr>"
    )


_HEAD = [
    ("file", "文件", False),
    ("agency", "机关", False),
    ("year", "年度", True),
    ("type", "类型", False),
    *((p, PART_SHORT[p], True) for p in PARTS),
    ("order", "顺序合规", False),
    ("duty", "第一责任人", False),
    ("density", "数据/千字", True),
    ("share", "成效有数字", True),
    ("shortfalls", "不足", True),
    ("causes", "原因", True),
    ("generic", "套话式不足", True),
    ("plans", "安排 目标/时限/总数", True),
    ("published", "发布日期", False),
    ("timely", "按时公开", False),
    ("verification", "核验", False),
]


def _reports_table(reports: list[_Report]) -> str:
    types = sorted({str(r.s.document.doc_type) for r in reports})
    opts = "".join(f'<option value="{_e(t)}">{_e(DOC_TYPE_LABELS.get(t, t))}</option>' for t in types)
    head = (
        "".join(f'<th data-sort="{k}"' + (" data-num" if num else "") + f">{_e(label)}</th>" for k, label, num in _HEAD)
        + "<th>链接</th>"
    )
    return (
        f'<h2 id="reports-h">报告一览</h2><div class="filters"><input type="search" id="q" placeholder="筛选：机关、文件名、年度…">'
        f'<select id="type"><option value="">全部类型</option>{opts}</select>'
        '<select id="time"><option value="">按时公开：全部</option><option value="on_time">按时</option>'
        '<option value="late">逾期</option><option value="unknown">未知</option></select>'
        '<label><input type="checkbox" id="missing"> 只看缺少法定部分的</label>'
        f'<span class="muted">显示 <b id="shown">{len(reports)}</b> / {len(reports)}</span></div>'
        f'<table id="reports"><thead><tr>{head}</tr></thead><tbody>'
        + "".join(_row(r) for r in reports)
        + "</tbody></table>"
    )


def _grid(reports: list[_Report]) -> str:
    head = "".join(f"<th>{_e(PART_LABELS[p])}</th>" for p in PARTS)
    rows = []
    for r in reports:
        cells = []
        for p in PARTS:
            st = getattr(r.s.compliance, p)
            where = "、".join(st.sections)
            cells.append(
                f'<td class="{"yes" if st.present else "no"}" title="{_e(where)}">{"✓" if st.present else "✗"}</td>'
            )
        rows.append(f"<tr><td>{r.link()}</td>{''.join(cells)}</tr>")
    return (
        f'<h2 id="grid-h">法定部分对照（督察工作规定第二十五条）</h2><table id="grid"><thead><tr><th>报告</th>{head}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _by_area(reports: list[_Report]) -> str:
    kinds = (("shortfalls", "issue", "不足"), ("causes", "cause", "原因"), ("plans", "action", "安排"))
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in reports:
        for key, field_name, _ in kinds:
            for item in getattr(r.s, key):
                words = getattr(item, field_name)
                full = evidence_text(item) or words
                area = _area(words + "\n" + full)
                groups[area][key].append(f'<li>{_e(full)} <span class="muted">— {r.link()}</span></li>')
    out = ['<h2 id="areas-h">各报告的不足、原因和安排（按领域）</h2><div id="areas">']
    for area in sorted(groups, key=lambda a: -sum(len(v) for v in groups[a].values())):
        counts = "，".join(f"{label} {len(groups[area][key])}" for key, _, label in kinds if groups[area][key])
        out.append(
            f'<details data-area="{_e(area)}"><summary><span class="area">{_e(AREA_LABELS.get(area, area))}'
            f'</span> <span class="muted">{counts}</span></summary>'
        )
        for key, _, label in kinds:
            if groups[area][key]:
                out.append(f'<h3>{label}</h3><ul class="quotes">{"".join(groups[area][key])}</ul>')
        out.append("</details>")
    return "".join(out) + "</div>"


def _boilerplate(reports: list[_Report]) -> str:
    uses: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        if r.s.quality is None:
            continue
        for g in r.s.quality.problem_analysis.generic_shortfalls:
            uses[g.phrase].append(f'<li>“{_e(g.quote.text)}” <span class="muted">— {r.link()}</span></li>')
    if not uses:
        return '<h2 id="boilerplate-h">反复出现的套话式不足</h2><p class="muted">（无）</p>'
    count = Counter({p: len(v) for p, v in uses.items()})
    rows = "".join(
        f'<details><summary>“{_e(p)}” <b>{n}</b> 次</summary><ul class="quotes">{"".join(uses[p])}</ul></details>'
        for p, n in count.most_common()
    )
    return f'<h2 id="boilerplate-h">反复出现的套话式不足</h2><div id="boilerplate">{rows}</div>'


def _followthrough(reports: list[_Report]) -> str:
    by_key = {r.anchor: r for r in reports}
    pairs = groups((r.anchor, r.s) for r in reports)
    out = ['<h2 id="follow-h">多年度机关的落实情况</h2><div id="follow">']
    if not pairs:
        out.append('<p class="muted">（本批没有同一机关相邻年度的报告）</p>')
    for kb, ka, ft in pairs:
        b, a = by_key[kb], by_key[ka]
        out.append(
            f'<details class="ft" open><summary><b>{_e(ft.agency)}</b> {b.link()} → {a.link()}：'
            f'{_e(ft.line())}</summary><ul class="quotes">'
        )
        for p in ft.plans:
            said = _e(p.plan_quote.text if p.plan_quote else p.plan)
            if p.status == "followed_up":
                did = _e(p.matched_quote.text if p.matched_quote else p.matched_text or "")
                out.append(
                    f'<li class="followed">✅ 已见落实：{ft.before_year}年安排“{said}”<br>{ft.after_year}年：“{did}”'
                    f'<span class="muted">（共同关键词 {_e("、".join(p.shared_terms))}）</span></li>'
                )
            else:
                out.append(f'<li class="not-found">⚠ 未见：{ft.before_year}年安排“{said}”</li>')
        for rs in ft.recurring_shortfalls:
            out.append(
                f'<li class="recurring">⚠ 重复出现的不足：{ft.before_year}年“{_e(rs.before)}” → '
                f"{ft.after_year}年“{_e(rs.after)}”</li>"
            )
        for m in ft.metrics:
            change = "" if m.change is None else f"（{m.change:+g}{_e(m.unit)}）"
            out.append(f'<li class="metric">{_e(m.label_after)}：{_e(m.before)} → {_e(m.after)}{change}</li>')
        out.append("</ul></details>")
    return "".join(out) + "</div>"


def to_dashboard(
    records: Iterable[Mapping[str, Any]],
    out_dir: Union[str, os.PathLike],
    *,
    html_dir: Optional[Union[str, os.PathLike]] = None,
    md_dir: Optional[Union[str, os.PathLike]] = None,
    nonce: Optional[str] = None,
) -> str:
    """The dashboard page of ``records`` (results.jsonl records; the latest record of each input wins), with links
    relative to ``out_dir``, where it is meant to be written."""
    out = Path(out_dir)
    latest: dict[str, Mapping[str, Any]] = {}
    for rec in records:
        latest[rec.get("sha256") or f"file:{rec.get('file')}"] = rec
    reports: list[_Report] = []
    failed: list[Mapping[str, Any]] = []
    for rec in sorted(latest.values(), key=lambda r: (str(r.get("file")), str(r.get("sha256")))):
        if rec.get("status") != "done" or not isinstance(rec.get("summary"), Mapping):
            failed.append(rec)
            continue
        file, sha = str(rec.get("file") or ""), str(rec.get("sha256") or "")
        review = _rel(Path(html_dir) / html_name(file, sha), out) if html_dir is not None else None
        md = _rel(Path(md_dir) / md_name(file, sha), out) if md_dir is not None else None
        reports.append(_Report(len(reports) + 1, rec, Summary.model_validate(rec["summary"]), review, md))
    late = sum(1 for r in reports if r.s.quality and r.s.quality.timeliness.status == "late")
    missing = sum(1 for r in reports if r.s.compliance.missing)
    body = [
        "<h1>法治政府建设年度报告 · 批量总览</h1>",
        f'<p class="muted">报告 {len(reports)} 份（失败 {len(failed)} 份）；缺少法定部分 {missing} 份；逾期公开 {late} 份。'
        "指标规则见 README“质量指标”，不打总分。</p>",
        '<p><a href="#reports-h">报告一览</a> · <a href="#grid-h">法定部分对照</a> · <a href="#areas-h">按领域</a> · '
        '<a href="#boilerplate-h">套话式不足</a> · <a href="#follow-h">落实情况</a></p>',
        _reports_table(reports),
        _grid(reports),
        _by_area(reports),
        _boilerplate(reports),
        _followthrough(reports),
    ]
    if failed:
        body.append(
            '<h2 id="failed-h">失败的报告</h2><ul>'
            + "".join(f"<li>{_e(rec.get('file'))}：{_e(rec.get('error'))}</li>" for rec in failed)
            + "</ul>"
        )
    return page_shell("批量总览", "".join(body), "", nonce or secrets.token_urlsafe(16), css=_CSS, js=_JS)


def write_dashboard(
    records: Iterable[Mapping[str, Any]],
    out_dir: Union[str, os.PathLike],
    *,
    html_dir: Optional[Union[str, os.PathLike]] = None,
    md_dir: Optional[Union[str, os.PathLike]] = None,
) -> Path:
    """Write ``out_dir/index.html`` (atomically; a full disk raises OutputError) from results.jsonl records."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "index.html"
    write_output(path, to_dashboard(records, out, html_dir=html_dir, md_dir=md_dir), option="--dashboard")
    return path


def write_markdown(records: Iterable[Mapping[str, Any]], md_dir: Union[str, os.PathLike]) -> int:
    """One Markdown file per done report of ``results`` into ``md_dir`` (``--md-dir``); returns how many."""
    out = Path(md_dir)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for rec in records:
        if rec.get("status") == "done" and isinstance(rec.get("summary"), Mapping):
            summary = Summary.model_validate(rec["summary"])
            write_output(
                out / md_name(str(rec.get("file") or ""), str(rec.get("sha256") or "")),
                to_markdown(summary),
                option="--md-dir",
            )
            n += 1
    return n
