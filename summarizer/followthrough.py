"""Year-over-year follow-through: did an agency do what it planned last year, and do its shortfalls come back?

``compare(before, after)`` takes two summaries of the same agency for consecutive years and returns a
:class:`FollowThrough`. The matching is plain and documented, so a reader can redo it:

- **key terms** shared by two texts are their common runs of at least two Han characters (longest first), minus
  the words every report uses (:data:`STOP_TERMS`: 加强, 推进, 法治, 工作…); a run made only of such words is no key
  term;
- a **plan** of last year is *followed up* when one of this year's measures or achievements shares key terms of at
  least :data:`MIN_TERM_CHARS` characters in all with the plan, and is in the same area (依法决策, 行政执法… as the
  rules engine classifies them) or shares twice as much; the best such item is given with both quotes.
  Otherwise it is *not found* — which means not found in the report's words, not proven undone;
- a **shortfall recurs** when a shortfall of this year is worded like one of last year (difflib ratio of the two
  headlines ≥ :data:`RECUR_RATIO`, or shared key terms of at least :data:`MIN_TERM_CHARS` characters);
- a **metric** is reported both years when two metrics have the same normalised unit and labels that are equal or
  share a key term of at least four characters; the change is after − before, in the normalised unit.

``groups(summaries)`` finds the agencies with consecutive years in a batch (by ``document.agency`` and
``report_year``, annual reports only) and compares each pair.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from typing import Iterable, Iterator, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from .areas import classify_area
from .models import Achievement, Cause, DutyAction, Metric, Plan, Quote, Shortfall, Summary
from .render.escape import md

MIN_TERM_CHARS = 4
RECUR_RATIO = 0.6
STOP_TERMS = frozenset(
    """加强 推进 推动 深化 提升 提高 强化 完善 健全 落实 持续 不断 进一步 全面 深入 扎实 切实 积极 有效
工作 法治 建设 政府 依法 行政 开展 组织 实施 实现 建立 机制 制度 体系 能力 水平 质量 效能 实效 有待 仍需 不够 存在 问题
我局 我委 卫生 健康 卫生健康 全局 全系统 系统 部门 单位 人员 干部 职工 管理 服务 规范 推行 做好 抓好 坚持 重点 领域 相关
年度 全年 今年 明年 以上 以下 方面 情况 活动 形式 专项 深度 融合 各项 主要 具体 重要 进行 通过 结合 做到 确保""".split()
)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlanFollowUp(_Model):
    plan: str = Field(description="Last year's plan, as summarised.")
    plan_quote: Optional[Quote] = Field(default=None, description="Its words (offsets into last year's text).")
    area: str
    status: Literal["followed_up", "not_found"]
    matched: Optional[str] = Field(default=None, description="measures[i] or achievements[i] of this year.")
    matched_text: Optional[str] = None
    matched_quote: Optional[Quote] = Field(default=None, description="Offsets into this year's text.")
    shared_terms: list[str] = Field(default_factory=list)


class RecurringShortfall(_Model):
    before: str
    before_quote: Optional[Quote] = None
    after: str
    after_quote: Optional[Quote] = None
    similarity: float
    shared_terms: list[str] = Field(default_factory=list)


class MetricChange(_Model):
    label_before: str
    label_after: str
    before: str = Field(description="As written last year (quote).")
    after: str = Field(description="As written this year (quote).")
    unit: str = Field(description="Normalised unit of the change.")
    change: Optional[float] = Field(default=None, description="after − before, in the normalised unit.")
    before_quote: Quote
    after_quote: Quote


class FollowThrough(_Model):
    agency: Optional[str]
    before_year: Optional[int]
    after_year: Optional[int]
    before_source: Optional[str] = None
    after_source: Optional[str] = None
    plans: list[PlanFollowUp] = Field(default_factory=list)
    recurring_shortfalls: list[RecurringShortfall] = Field(default_factory=list)
    metrics: list[MetricChange] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def followed_up(self) -> int:
        return sum(1 for p in self.plans if p.status == "followed_up")

    def line(self) -> str:
        """One Chinese line: what was followed up, what recurs."""
        return (
            f"{self.agency or '未识别机关'} {self.before_year}→{self.after_year}：上年安排 {len(self.plans)} 项，"
            f"本年见落实 {self.followed_up} 项，未见 {len(self.plans) - self.followed_up} 项；"
            f"重复出现的不足 {len(self.recurring_shortfalls)} 条；两年均报告的数据 {len(self.metrics)} 项"
        )


def key_terms(a: str, b: str) -> list[str]:
    """Common runs of ≥ 2 Han characters of ``a`` and ``b`` (longest first, not overlapping in ``a``), without
    runs made only of :data:`STOP_TERMS`."""
    out: list[str] = []
    for run in _HAN_RUN.findall(a):
        i = 0
        while i < len(run) - 1:
            j = i + 2
            if run[i:j] not in b:
                i += 1
                continue
            while j < len(run) and run[i : j + 1] in b:
                j += 1
            term = run[i:j]
            if not _stop(term) and term not in out:
                out.append(term)
            i = j
    return out


def _stop(term: str) -> bool:
    """Is ``term`` made only of stop words (and single characters between them)?"""
    rest = term
    for w in sorted(STOP_TERMS, key=len, reverse=True):
        rest = rest.replace(w, "")
    return len(rest) < 2


def _chars(terms: Iterable[str]) -> int:
    return sum(len(t) for t in terms)


def _words(item: BaseModel, *fields: str) -> str:
    parts = [str(getattr(item, f) or "") for f in fields]
    parts += [q.text for q in getattr(item, "evidence", [])[:2]]
    return "\n".join(parts)


def _area(text: str) -> str:
    title, _, body = text.partition("\n")
    return classify_area(title, body).value  # the rules engine's area cues: one classifier for both


def _first(quotes: list[Quote]) -> Optional[Quote]:
    return quotes[0] if quotes else None


def _plans(before: Summary, after: Summary) -> list[PlanFollowUp]:
    candidates: list[tuple[str, str, str, Optional[Quote], str]] = []  # (path, shown, words, quote, area)
    for i, m in enumerate(after.measures):
        candidates.append((f"measures[{i}]", m.title, _words(m, "title", "summary"), _first(m.evidence), str(m.area)))
    for i, a in enumerate(after.achievements):
        words = _words(a, "statement")
        candidates.append((f"achievements[{i}]", a.statement, words, _first(a.evidence), _area(words)))
    out = []
    for p in before.plans:
        words = _words(p, "action")
        area = _area(words)
        best: Optional[tuple[int, tuple]] = None
        for cand in candidates:
            terms = key_terms(words, cand[2])
            n = _chars(terms)
            if n >= MIN_TERM_CHARS and (cand[4] == area or n >= 2 * MIN_TERM_CHARS):
                score = n + (MIN_TERM_CHARS if cand[4] == area else 0)
                if best is None or score > best[0]:
                    best = (score, (cand, terms))
        quote = _first(p.evidence)
        if best is None:
            out.append(PlanFollowUp(plan=p.action, plan_quote=quote, area=area, status="not_found"))
        else:
            (path, shown, _, mq, _), terms = best[1]
            out.append(
                PlanFollowUp(
                    plan=p.action,
                    plan_quote=quote,
                    area=area,
                    status="followed_up",
                    matched=path,
                    matched_text=shown,
                    matched_quote=mq,
                    shared_terms=terms,
                )
            )
    return out


def _recurring(before: Summary, after: Summary) -> list[RecurringShortfall]:
    out = []
    for a in after.shortfalls:
        best: Optional[RecurringShortfall] = None
        for b in before.shortfalls:
            ratio = difflib.SequenceMatcher(None, b.issue, a.issue, autojunk=False).ratio()
            terms = key_terms(b.issue, a.issue)
            if ratio >= RECUR_RATIO or _chars(terms) >= MIN_TERM_CHARS:
                if best is None or ratio > best.similarity:
                    best = RecurringShortfall(
                        before=b.issue,
                        before_quote=_first(b.evidence),
                        after=a.issue,
                        after_quote=_first(a.evidence),
                        similarity=round(ratio, 3),
                        shared_terms=terms,
                    )
        if best is not None:
            out.append(best)
    return out


def _all_metrics(s: Summary) -> Iterator[Metric]:
    items: list[Union[Achievement, Shortfall, Cause, Plan, DutyAction]] = [
        *s.achievements,
        *s.shortfalls,
        *s.causes,
        *s.plans,
        *s.first_responsible_person.actions,
    ]
    for item in items:
        yield from item.metrics


def _metrics(before: Summary, after: Summary) -> list[MetricChange]:
    out: list[MetricChange] = []
    used: set[int] = set()
    for b in _all_metrics(before):
        unit = b.normalized_unit or b.unit
        for k, a in enumerate(_all_metrics(after)):
            if k in used or (a.normalized_unit or a.unit) != unit:
                continue
            same = a.label == b.label or any(len(t) >= 4 for t in key_terms(b.label, a.label))
            if same:
                used.add(k)
                bv = b.normalized_value if b.normalized_value is not None else b.value
                av = a.normalized_value if a.normalized_value is not None else a.value
                out.append(
                    MetricChange(
                        label_before=b.label,
                        label_after=a.label,
                        before=b.quote.text,
                        after=a.quote.text,
                        unit=unit,
                        change=round(av - bv, 6),
                        before_quote=b.quote,
                        after_quote=a.quote,
                    )
                )
                break
    return out


def compare(before: Summary, after: Summary) -> FollowThrough:
    """Last year's plans against this year's report; ``before`` and ``after`` are put in year order."""
    if (before.document.report_year or 0) > (after.document.report_year or 0):
        before, after = after, before
    warnings = []
    if before.document.agency != after.document.agency:
        warnings.append(
            f"两份报告的机关不同（{before.document.agency or '未识别'} / {after.document.agency or '未识别'}）"
        )
    by, ay = before.document.report_year, after.document.report_year
    if by is None or ay is None:
        warnings.append("报告年度未识别，无法确认是否相邻年度")
    elif ay - by != 1:
        warnings.append(f"两份报告不是相邻年度（{by} / {ay}）")
    return FollowThrough(
        agency=after.document.agency or before.document.agency,
        before_year=by,
        after_year=ay,
        before_source=before.document.source,
        after_source=after.document.source,
        plans=_plans(before, after),
        recurring_shortfalls=_recurring(before, after),
        metrics=_metrics(before, after),
        warnings=warnings,
    )


def groups(summaries: Iterable[tuple[str, Summary]]) -> list[tuple[str, str, FollowThrough]]:
    """``(key_before, key_after, follow-through)`` for every agency with reports on consecutive years; ``key`` is
    whatever the caller uses to name a report (a file name). Annual reports only; the latest of a year wins."""
    by_agency: dict[str, dict[int, tuple[str, Summary]]] = defaultdict(dict)
    for key, s in summaries:
        d = s.document
        if d.agency and d.report_year and d.doc_type == "annual_report":
            by_agency[d.agency][d.report_year] = (key, s)
    out = []
    for agency in sorted(by_agency):
        years = by_agency[agency]
        for y in sorted(years):
            if y + 1 in years:
                (kb, b), (ka, a) = years[y], years[y + 1]
                out.append((kb, ka, compare(b, a)))
    return out


def to_markdown(ft: FollowThrough) -> str:
    """The follow-through for people: each plan with both quotes, recurring shortfalls, metrics of both years."""
    out = [f"# {md(ft.agency or '未识别机关')}：{ft.before_year}年安排的落实情况（对照{ft.after_year}年报告）", ""]
    for w in ft.warnings:
        out.append(f"> ⚠ {md(w)}\n")
    out += [f"- {md(ft.line())}", "", "## 上年安排的落实", ""]
    for i, p in enumerate(ft.plans, 1):
        said = md(p.plan_quote.text if p.plan_quote else p.plan)
        if p.status == "followed_up":
            shown = md(p.matched_quote.text if p.matched_quote else p.matched_text or "")
            out.append(f"{i}. ✅ **已见落实**：上年“{said}”")
            out.append(f"   - 本年（{md(p.matched or '')}）：“{shown}”")
            out.append(f"   - 共同关键词：{md('、'.join(p.shared_terms))}")
        else:
            out.append(f"{i}. ⚠ **本年报告中未见**：上年“{said}”")
    out += ["", "## 重复出现的不足", ""]
    if not ft.recurring_shortfalls:
        out.append("（无）")
    for r in ft.recurring_shortfalls:
        b = md(r.before_quote.text if r.before_quote else r.before)
        a = md(r.after_quote.text if r.after_quote else r.after)
        out.append(f"- ⚠ {ft.before_year}年：“{b}”")
        out.append(f"  {ft.after_year}年：“{a}”（相似度 {r.similarity:.2f}）")
    out += ["", "## 两年均报告的数据", ""]
    if not ft.metrics:
        out.append("（无）")
    for m in ft.metrics:
        change = "" if m.change is None else f"，变化 **{m.change:+g}{md(m.unit)}**"
        out.append(
            f"- {md(m.label_after)}：{ft.before_year}年 **{md(m.before)}** → {ft.after_year}年 **{md(m.after)}**"
            f"{change}"
        )
    return "\n".join(out).rstrip() + "\n"
