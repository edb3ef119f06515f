"""Quality indicators of a report: the questions reviewing offices and third-party evaluators ask of every one.

``assess(summary, text, raw_text=None)`` returns a :class:`~summarizer.models.Quality`: five indicators, each with
a one-line Chinese explanation and the quotes it rests on. The rules are plain and documented here and in the
README, so a reader can redo any of them by hand; there is deliberately no combined score.

- **completeness**: the four mandated parts present; their order, judged on the parts that have a top-level
  section of their own (a part reported inside another, like a duty subsection 一(二), has no place of its own);
  the duty in a dedicated section, only in passing, or absent.
- **concreteness**: metrics per 1,000 characters of cleaned text; achievements that carry a number; measures whose
  quoted words hold a quantity.
- **problem analysis**: shortfalls and causes counted; a shortfall is *generic* when its words use a phrase of
  :data:`GENERIC_PHRASES` and it passes none of the specificity tests (:func:`specific`): a quantity, a named
  document 《…》, a case (N起/件 … 案件, 复议, 诉讼), or an example marker (例如, 比如, 具体表现为…).
- **plans**: a plan names a measurable target (a quantity, 全覆盖/全员/100%) and/or a deadline (a year, a month,
  a quarter, 年底前/上半年…); frequencies (每季度) are neither.
- **timeliness**: the publication date from the page's metadata (发布时间/发布日期/时间…, read before cleaning drops
  it), else the signature date (a date alone on one of the last lines); ``on_time`` when it is on or before
  1 April of the year after ``report_year`` (《法治政府建设与责任落实督察工作规定》 (2019) art. 25: the annual report
  is made public 每年4月1日之前), ``late`` after it, ``unknown`` without a date or a year, or for a document that is
  not an annual report.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Iterable, Literal, Optional, Union

from .labels import INDICATOR_LABELS, PART_LABELS, SHORT_LABELS
from .models import (
    Achievement,
    Cause,
    Completeness,
    Concreteness,
    DutyAction,
    GenericShortfall,
    PartName,
    Plan,
    PlanQuality,
    ProblemAnalysis,
    Quality,
    Quote,
    Shortfall,
    Summary,
    Timeliness,
)
from .numbers import find_numbers
from .render.escape import md

PARTS: tuple[PartName, ...] = (
    "measures_achievements",
    "shortfalls_causes",
    "first_responsible_person",
    "next_year_plans",
)

#: phrases of boilerplate shortfalls (they say something could be better without saying what is wrong)
GENERIC_PHRASES = (
    "有待进一步加强",
    "有待进一步提高",
    "有待进一步提升",
    "有待进一步",
    "有待加强",
    "有待提高",
    "有待提升",
    "有待完善",
    "有待创新",
    "有待深化",
    "有待改进",
    "仍需加强",
    "仍需提升",
    "仍需提高",
    "仍需进一步",
    "还需加强",
    "还需提升",
    "需进一步加强",
    "需进一步提升",
    "待深化",
    "待提升",
    "待加强",
    "待完善",
    "不够深入",
    "不够牢固",
    "不够到位",
    "不够完善",
    "不够健全",
    "不够规范",
    "不够紧密",
    "不够充分",
    "不够全面",
    "不够高",
    "不健全",
    "不完善",
    "不到位",
    "不平衡",
    "不充分",
    "存在差距",
    "存在短板",
    "短板",
    "薄弱",
    "不佳",
    "不强",
    "不足",
)
_GENERIC = re.compile("|".join(map(re.escape, GENERIC_PHRASES)))
_EXAMPLE = re.compile(r"例如|比如|譬如|具体表现[为在]|主要表现[为在]|表现为|如[“《]")
_CASE = re.compile(r"案件|案例|复议|诉讼|败诉|撤销|投诉|举报")
_FULL = re.compile(r"全覆盖|全员|全部完成|100\s*%|百分之百")
_DEADLINE = re.compile(
    r"(?:19|20)\d{2}\s*年(?!度)|(?:19|20)\d{2}\s*年度(?!工作|法治|推进)|[一二三四五六七八九十\d]{1,3}月(?:底|末|份)?(?:前|以前|之前)|"
    r"年底前|年内|年底|上半年|下半年|第[一二三四]季度|[一二三四]季度(?:末|前)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})个月内"
)
_META_DATE = re.compile(
    r"(?:发布时间|发布日期|成文日期|公开日期|发文日期|印发日期|时间|日期)\s*[:：]\s*"
    r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})"
)
_TRAILER = re.compile(r"(?:\n[^\n，。；,;：:]{1,24}){1,3}\s*$")
_NOT_QUANTITY = {"年", "月", "日", "号", "时", "分", "秒", "年度", "季度", ""}


def _quantities(text: str) -> list:
    """Numbers with a unit that are quantities (18%, 1起, 不少于2场), not years, dates or list numbers."""
    return [m for m in find_numbers(text) if m.kind not in ("year", "date") and m.unit not in _NOT_QUANTITY]


def _text(quotes: Iterable[Quote], fallback: str) -> str:
    joined = "".join(q.text for q in quotes)
    return joined or fallback


def specific(text: str) -> Optional[str]:
    """Why ``text`` (a shortfall's words) is specific, or None: a quantity, a named document, a case, an example."""
    if q := _quantities(text):
        return f"数字 {q[0].text}"
    if m := re.search(r"《[^》]{2,40}》", text):
        return f"文件 {m.group(0)}"
    if m := _CASE.search(text):
        return f"案件 {m.group(0)}"
    if m := _EXAMPLE.search(text):
        return f"举例 {m.group(0)}"
    return None


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


# --- the indicators -----------------------------------------------------------------------------------------------


def completeness(s: Summary, text: str) -> Completeness:
    starts = {sec.id: sec for sec in s.outline}
    positions: dict[PartName, int] = {}
    quotes: list[Quote] = []
    for part in PARTS:
        st = getattr(s.compliance, part)
        own = [starts[i] for i in dict.fromkeys(st.sections) if i in starts and "(" not in i]
        if st.present and own:
            positions[part] = min(sec.start for sec in own)
        for sec in [starts[i] for i in st.sections if i in starts][:1] if st.present else []:
            end = min(sec.start + len(sec.heading) + 8, sec.end, len(text))
            line_end = text.find("\n", sec.start, end)
            end = line_end if line_end > sec.start else end
            if 0 <= sec.start < end:
                quotes.append(Quote(text=text[sec.start : end], start=sec.start, end=end))
    order = sorted(positions, key=lambda p: (positions[p], PARTS.index(p)))
    in_order = None if len(order) < 2 else order == sorted(order, key=PARTS.index)
    frp = s.first_responsible_person
    duty: Literal["dedicated", "in_passing", "absent"] = (
        "dedicated" if frp.reported and frp.dedicated_section else ("in_passing" if frp.reported else "absent")
    )
    present = sum(1 for p in PARTS if getattr(s.compliance, p).present)
    bits = [f"法定四部分具备 {present} 部分"]
    if s.compliance.missing:
        bits.append("缺少" + "、".join(PART_LABELS[m] for m in s.compliance.missing))
    if in_order is True:
        bits.append("顺序符合规定")
    elif in_order is False:
        bits.append("顺序与规定不同（" + " → ".join(SHORT_LABELS[p] for p in order) + "）")
    bits.append(
        {
            "dedicated": "第一责任人职责有专门章节",
            "in_passing": "第一责任人职责仅顺带提及，无专门章节",
            "absent": "未报告第一责任人职责",
        }[duty]
    )
    return Completeness(
        parts_present=present,
        missing=list(s.compliance.missing),
        order=order,
        in_order=in_order,
        duty=duty,
        explanation="；".join(bits) + "。",
        quotes=quotes,
    )


def _metric_count(s: Summary) -> int:
    items: list[Union[Achievement, Shortfall, Cause, Plan, DutyAction]] = [
        *s.achievements,
        *s.shortfalls,
        *s.causes,
        *s.plans,
        *s.first_responsible_person.actions,
    ]
    return sum(len(i.metrics) for i in items)


def concreteness(s: Summary) -> Concreteness:
    n = _metric_count(s)
    chars = s.document.char_count or 1
    per = round(n * 1000 / chars, 2)
    ach = len(s.achievements)
    with_num = sum(1 for a in s.achievements if a.metrics or _quantities(a.statement))
    share = round(with_num / ach, 3) if ach else None
    plain = [m for m in s.measures if not _quantities(_text(m.evidence, m.title + m.summary))]
    measures_num = len(s.measures) - len(plain)
    text = f"数据 {n} 项，每千字 {per:g} 项"
    if share is not None:  # there are achievements
        text += f"；成效 {ach} 条，其中 {with_num} 条有数字（{_pct(share)}）"
    else:
        text += "；未列出成效"
    if s.measures:
        text += f"；举措 {len(s.measures)} 项，{measures_num} 项的原文有数字"
    quotes = [m.evidence[0] for m in plain if m.evidence][:3]
    return Concreteness(
        metrics=n,
        metrics_per_1000_chars=per,
        achievements=ach,
        achievements_with_number=with_num,
        achievement_number_share=share,
        measures=len(s.measures),
        measures_with_number=measures_num,
        explanation=text + "。",
        quotes=quotes,
    )


def problem_analysis(s: Summary) -> ProblemAnalysis:
    generic: list[GenericShortfall] = []
    for i, sf in enumerate(s.shortfalls):
        words = _text(sf.evidence, sf.issue)
        phrase = _GENERIC.search(sf.issue) or _GENERIC.search(words)
        if phrase and not sf.metrics and specific(words) is None and sf.evidence:
            generic.append(GenericShortfall(index=i, phrase=phrase.group(0), quote=sf.evidence[0]))
    n, c = len(s.shortfalls), len(s.causes)
    if not n:
        text = "未列出存在的不足"
    else:
        text = f"不足 {n} 条；" + (f"分析了原因 {c} 条" if c else "未分析原因")
        text += (
            f"；其中 {len(generic)} 条为套话式表述（未指明具体对象、数字或案例）"
            if generic
            else "；每条都指明了具体对象、数字或案例"
        )
    quotes = [q for cause in s.causes for q in cause.evidence[:1]] or [
        q for sf in s.shortfalls for q in sf.evidence[:1]
    ]
    return ProblemAnalysis(
        shortfalls=n,
        causes=c,
        causes_analysed=c > 0,
        generic_shortfalls=generic,
        explanation=text + "。",
        quotes=quotes,
    )


def plan_quality(s: Summary) -> PlanQuality:
    target = deadline = 0
    measurable: list[int] = []
    quotes: list[Quote] = []
    for i, p in enumerate(s.plans):
        words = _TRAILER.sub("", _text(p.evidence, p.action))  # the last plan's quote may run into the signature
        t = [m.text for m in _quantities(words)] or ([f.group(0)] if (f := _FULL.search(words)) else [])
        d = _DEADLINE.search(words)
        target += bool(t)
        deadline += bool(d)
        if t or d:
            measurable.append(i)
            for q in p.evidence[:1]:
                quotes.append(q)
    n = len(s.plans)
    text = (
        "未列出下一年度安排"
        if not n
        else f"安排 {n} 项，{target} 项有可衡量的目标，{deadline} 项写明了完成时限"
        + ("" if measurable else "；均只有方向，没有目标和时限")
    )
    return PlanQuality(
        plans=n,
        with_target=target,
        with_deadline=deadline,
        measurable=measurable,
        explanation=text + "。",
        quotes=quotes,
    )


def _date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _signature_date(text: str) -> Optional[tuple[_dt.date, Quote]]:
    """A date standing alone on one of the last five non-empty lines: the report's signature."""
    lines, pos = [], len(text)
    for line in reversed(text.split("\n")):
        pos -= len(line)
        if line.strip():
            lines.append((pos, line))
        pos -= 1
        if len(lines) >= 5:
            break
    for start, line in lines:
        found = [m for m in find_numbers(line) if m.kind == "date"]
        if len(found) == 1 and len(line.strip()) <= len(found[0].text) + 4:
            digits = str(int(found[0].value))
            if len(digits) != 8:
                continue  # a month without its day is no signature date
            day = _date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            if day:
                m = found[0]
                return day, Quote(text=text[start + m.start : start + m.end], start=start + m.start, end=start + m.end)
    return None


def timeliness(s: Summary, text: str, raw_text: Optional[str] = None) -> Timeliness:
    year = s.document.report_year
    deadline = _dt.date(year + 1, 4, 1) if year else None
    day: Optional[_dt.date] = None
    source: Optional[Literal["metadata", "signature"]] = None
    line: Optional[str] = None
    quotes: list[Quote] = []
    for raw in (raw_text or "").split("\n")[:15]:
        m = _META_DATE.search(raw)
        if m and (day := _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            source, line = "metadata", raw.strip()[:200]
            break
    if day is None and (sig := _signature_date(text)):
        day, quote = sig
        source, quotes = "signature", [quote]
    where = {"metadata": "网页发布信息", "signature": "落款日期"}.get(source or "", "")
    status: Literal["on_time", "late", "unknown"]
    if s.document.doc_type != "annual_report":
        status, why = "unknown", "不是年度报告，不适用公开时限"
    elif day is None:
        status, why = "unknown", "原文和网页信息中没有发布日期或落款日期，无法判断是否按时公开"
    elif deadline is None:
        status, why = "unknown", f"{where}为 {day.isoformat()}，但未识别出报告年度，无法判断"
    elif day <= deadline:
        status, why = (
            "on_time",
            f"{where}为 {day.isoformat()}，在 {deadline.isoformat()} 公开时限之内（督察工作规定第二十五条）",
        )
    else:
        status, why = (
            "late",
            f"{where}为 {day.isoformat()}，晚于 {deadline.isoformat()} 的公开时限（督察工作规定第二十五条）",
        )
    return Timeliness(
        publication_date=day.isoformat() if day else None,
        date_source=source,
        metadata_line=line,
        deadline=deadline.isoformat() if deadline else None,
        status=status,
        explanation=why + "。",
        quotes=quotes,
    )


def assess(summary: Summary, text: str, raw_text: Optional[str] = None) -> Quality:
    """All indicators of ``summary``; ``text`` is the cleaned text its offsets index, ``raw_text`` the loaded text
    before cleaning (for the page's metadata date; optional)."""
    return Quality(
        completeness=completeness(summary, text),
        concreteness=concreteness(summary),
        problem_analysis=problem_analysis(summary),
        plans=plan_quality(summary),
        timeliness=timeliness(summary, text, raw_text),
    )


# --- for people ---------------------------------------------------------------------------------------------------


def to_markdown(summary: Summary) -> list[str]:
    """The 质量指标 section of the Markdown: each indicator's line, then the generic shortfalls quoted."""
    q = summary.quality
    if q is None:
        return []
    lines = ["## 质量指标", "", "（按 README 所列的公开规则计算，不打总分）", ""]
    for key, label in INDICATOR_LABELS.items():
        lines.append(f"- **{label}**：{md(getattr(q, key).explanation)}")
        if key == "problem_analysis":
            for g in q.problem_analysis.generic_shortfalls:
                lines.append(f"  - ⚠ 套话式不足（“{md(g.phrase)}”）：“{md(g.quote.text)}”")
    lines.append("")
    return lines
