"""Grounding: a model's draft becomes summary items whose quotes index the cleaned source.

Each quote string is aligned with :func:`summarizer.quotes.align` (exact, then ignoring whitespace and
punctuation), inside the section the model named first, then inside the part of the report it was shown,
then anywhere; failing that, in simplified script (a model may answer a simplified report in traditional
characters), and then by its longest verbatim run covering >= 80% of it (:func:`summarizer.quotes.align_span`:
models prepend the agency's name or append a remark). A quote spliced with …… is aligned piece by piece,
each piece becoming a quote of its own. None of these steps may change a number.
Numbers are checked strictly with :class:`SourceIndex` (13.2% never passes for 12.3%).
The same object serves the validators (``problems``: what to tell the model) and the builder (``build``:
what goes into the summary). After a successful answer everything aligns; after exhausted re-asks the
builder is lenient: it keeps the items that align, drops the rest and says how many it dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ...claims import metric_claim
from ...clean import to_simplified
from ...models import Achievement, Cause, DutyAction, FirstResponsiblePerson, Measure, Metric, Plan, Quote, Shortfall
from ...numbers import SourceIndex, find_numbers, qualifier_group
from ...pipeline import Prepared
from ...quotes import align, align_span, pieces
from .schema import (
    DraftAchievement,
    DraftCause,
    DraftDuty,
    DraftDutyAction,
    DraftMeasure,
    DraftMetric,
    DraftPlan,
    DraftShortfall,
    ReportSummaryDraft,
)

_MAX_PROBLEMS = 5
_TEXT_FIELDS = {
    DraftMeasure: ("title", "summary"),
    DraftAchievement: ("statement",),
    DraftShortfall: ("issue",),
    DraftCause: ("cause",),
    DraftDutyAction: ("action",),
    DraftPlan: ("action",),
    DraftDuty: (),
}


def _number_piece(quote: str) -> str:
    """The piece of a spliced metric quote that holds a digit (the whole quote when it is not spliced)."""
    parts = pieces(quote)
    return next((p for p in parts if any(c.isdigit() for c in p)), parts[0] if parts else quote)


def _short(s: str, n: int = 30) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


@dataclass
class Items:
    """Summary items from one draft (one chunk of a report)."""

    measures: list[Measure] = field(default_factory=list)
    achievements: list[Achievement] = field(default_factory=list)
    shortfalls: list[Shortfall] = field(default_factory=list)
    causes: list[Cause] = field(default_factory=list)
    duty: FirstResponsiblePerson = field(default_factory=FirstResponsiblePerson)
    plans: list[Plan] = field(default_factory=list)
    dropped: int = 0  # items or metrics left out because a quote did not align (lenient only)
    notes: list[str] = field(default_factory=list)  # what was dropped, for the warning

    def extend(self, other: Items) -> None:
        for name in ("measures", "achievements", "shortfalls", "causes", "plans"):
            getattr(self, name).extend(getattr(other, name))
        a, b = self.duty, other.duty
        self.duty = FirstResponsiblePerson(
            reported=a.reported or b.reported,
            dedicated_section=a.dedicated_section or b.dedicated_section,
            section=a.section if a.section and (a.dedicated_section or not b.dedicated_section) else b.section,
            actions=a.actions + b.actions,
            evidence=a.evidence + b.evidence,
        )
        self.dropped += other.dropped
        self.notes += other.notes

    def count(self) -> int:
        return (
            len(self.measures)
            + len(self.achievements)
            + len(self.shortfalls)
            + len(self.causes)
            + len(self.plans)
            + len(self.duty.actions)
        )


class Grounding:
    """Checks and aligns a draft against one prepared report (optionally a chunk ``span`` of it)."""

    def __init__(self, doc: Prepared, span: Optional[tuple[int, int]] = None, index: Optional[SourceIndex] = None):
        self.doc = doc
        self.text = doc.text
        self.traditional = doc.cleaned.text_script == "traditional"
        self.index = index or doc.index
        self.span = span or (0, len(self.text))
        self.nodes = list(doc.outline.nodes())
        self.sections = {n.id: (n.start, n.end) for n in self.nodes}
        # the validators and then the builder ask the same questions of the same strings: answer each once
        self._located: dict[tuple[str, Optional[str]], Optional[tuple[int, int]]] = {}
        self._unsupported: dict[str, list[str]] = {}
        self._claims: dict[str, list] = {}
        self._anchors: dict[tuple, Any] = {}
        self.how: dict[str, int] = {}  # how the quotes aligned: exact / loose / partial (for the figures)

    # --- alignment -------------------------------------------------------------------------------
    def _simp(self, s: str) -> str:
        return to_simplified(s) if self.traditional else s

    def section_id(self, claimed: Optional[str]) -> Optional[str]:
        """The outline id a model meant: ``一(一)强化政治引领…`` (id and heading, as the prompt's outline shows
        them) is ``一(一)``; an id we do not know is None."""
        if not claimed or claimed in self.sections:
            return claimed
        prefix = max((i for i in self.sections if claimed.startswith(i)), key=len, default=None)
        return prefix

    def _scopes(self, section: Optional[str]) -> list[tuple[int, int]]:
        section = self.section_id(section)
        scopes = [self.sections[section]] if section in self.sections else []
        return list(dict.fromkeys(scopes + [self.span, (0, len(self.text))]))

    def locate(self, fragment: str, section: Optional[str] = None) -> Optional[tuple[int, int]]:
        """Where a quote is: the claimed section first, then the part shown to the model, then anywhere."""
        key = (fragment, section)
        if key not in self._located:
            self._located[key] = self._locate(fragment, section)
        return self._located[key]

    def _locate(self, fragment: str, section: Optional[str]) -> Optional[tuple[int, int]]:
        tries = [fragment]
        if not self.traditional:
            simplified = to_simplified(fragment)
            if simplified != fragment:
                tries.append(simplified)
        for how in (align, align_span):
            for f in tries:
                for a, b in self._scopes(section):
                    hit = how(f, self.text[a:b])
                    if hit:
                        self.how[hit[2]] = self.how.get(hit[2], 0) + 1
                        return a + hit[0], a + hit[1]
        return None

    def aligns(self, fragment: str, section: Optional[str] = None) -> bool:
        """Every ……-separated piece of the quote is found."""
        return all(self.locate(p, section) is not None for p in pieces(fragment))

    def quotes_of(self, fragment: str, section: Optional[str] = None) -> Optional[list[Quote]]:
        """The quote's pieces as source quotes; None when any piece is not found."""
        found = [self.quote(p, section) for p in pieces(fragment)]
        return None if not found or any(q is None for q in found) else found  # type: ignore[return-value]

    def candidates(self, fragment: str, section: Optional[str] = None) -> Iterator[tuple[int, int]]:
        """Every exact occurrence in scope order, then the loose match: "25人" is also inside "225人次"."""
        fragment = fragment.strip()
        if fragment:
            for a, b in self._scopes(section):
                pos = self.text.find(fragment, a, b)
                while pos >= 0 and pos + len(fragment) <= b:
                    yield pos, pos + len(fragment)
                    pos = self.text.find(fragment, pos + 1, b)
        hit = self.locate(fragment, section)
        if hit:
            yield hit

    def quote(self, fragment: str, section: Optional[str] = None) -> Optional[Quote]:
        hit = self.locate(fragment, section)
        if hit is None:
            return None
        return Quote(text=self.text[hit[0] : hit[1]], start=hit[0], end=hit[1])

    def section_of(self, claimed: Optional[str], evidence: list[Quote]) -> Optional[str]:
        """The claimed section if the evidence lies in it, else the innermost section holding the evidence."""
        claimed = self.section_id(claimed)
        if not evidence:
            return claimed if claimed in self.sections else None
        pos = evidence[0].start
        if claimed in self.sections:
            a, b = self.sections[claimed]
            if a <= pos < b:
                return claimed
        inner = [n for n in self.nodes if n.start <= pos < n.end]
        if inner:
            return max(inner, key=lambda n: (n.level, n.start)).id
        return claimed if claimed in self.sections else None

    # --- checks (validators) ---------------------------------------------------------------------
    def unsupported(self, text: str) -> list[str]:
        if text not in self._unsupported:
            self._unsupported[text] = [
                c.text for c in self.index.check_text(self._simp(text)) if c.status == "unsupported"
            ]
        return self._unsupported[text]

    def claims(self, m: DraftMetric) -> list:
        """The numbers of a metric's value + unit + qualifier, as the number finder reads them."""
        claim = metric_claim(m)
        if claim not in self._claims:
            self._claims[claim] = find_numbers(self._simp(claim))
        return self._claims[claim]

    def problems(self, item: Any) -> list[str]:
        """Short Chinese messages for the model; empty when the item is grounded."""
        fields = _TEXT_FIELDS.get(type(item))
        if fields is None:  # the draft itself, or a metric (checked with its item)
            return []
        out: list[str] = []
        section = getattr(item, "section", None)
        for q in item.quotes:
            if not self.aligns(q, section):
                out.append(
                    f"引文“{_short(q)}”在原文中找不到：请从报告中逐字复制一段连续的原文（不改字、不加前缀、"
                    "不省略、不拼接）"
                )
        for name in fields:
            for n in self.unsupported(getattr(item, name) or ""):
                out.append(f"数字“{n}”在原文中不存在，请只使用原文中的数字，并逐字引用原文")
        for m in getattr(item, "metrics", []):
            out += self.metric_problems(m, section)
        year = getattr(item, "target_year", None)
        if year is not None and self.unsupported(f"{year}年"):
            out.append(f"目标年度“{year}年”在原文中不存在：原文没有写明年份时 target_year 填 null")
        unique = list(dict.fromkeys(out))
        return unique[:_MAX_PROBLEMS]

    def metric_problems(self, m: DraftMetric, section: Optional[str]) -> list[str]:
        out = [f"数字“{n}”在原文中不存在，请只使用原文中的数字，并逐字引用原文" for n in self.unsupported(m.label)]
        claim = metric_claim(m)
        if not self.claims(m) or self.unsupported(claim):
            out.append(
                f"指标“{_short(m.label, 16)}”的数值“{claim}”在原文中不存在：value、unit、qualifier 须按原文写法填写，"
                "只使用原文中的数字"
            )
            return out
        hit = self.locate(_number_piece(m.quote), section)
        if hit is None:
            out.append(
                f"指标“{_short(m.label, 16)}”的引文“{_short(m.quote)}”在原文中找不到：请逐字复制包含该数字的原文"
            )
        elif self._anchor(m, section) is None:
            out.append(
                f"指标“{_short(m.label, 16)}”的数值“{claim}”不在它的引文“{_short(m.quote)}”中："
                "quote 须是包含该数字的原文片段"
            )
        return out

    def _mention(self, m: DraftMetric, span: tuple[int, int]):
        claims = self.claims(m)
        if not claims:
            return None
        want = claims[0]
        for mention in self.doc.numbers_in(*span):
            if (
                mention.value == want.value
                and mention.unit == want.unit
                and mention.high == want.high
                and qualifier_group(mention.qualifier) == qualifier_group(want.qualifier)
            ):
                return mention
        return None

    # --- building ----------------------------------------------------------------------------------
    def _anchor(self, m: DraftMetric, section: Optional[str]):
        """The source mention of the metric's number inside an occurrence of its quote."""
        key = (_number_piece(m.quote), metric_claim(m), section)
        if key not in self._anchors:
            self._anchors[key] = self._find_anchor(m, section)
        return self._anchors[key]

    def _find_anchor(self, m: DraftMetric, section: Optional[str]):
        seen = set()
        for span in self.candidates(_number_piece(m.quote), section):
            if span not in seen:
                seen.add(span)
                if (mention := self._mention(m, span)) is not None:
                    return mention
        return None

    def metric(self, m: DraftMetric, section: Optional[str]) -> Optional[Metric]:
        hit = self.locate(_number_piece(m.quote), section)
        if hit is None:
            return None
        mention = self._anchor(m, section)
        if mention is not None:  # the number as the source writes it, quoted exactly
            return Metric(
                label=m.label,
                value=float(mention.raw_value),
                unit=mention.raw_unit,
                qualifier=mention.qualifier,
                normalized_value=float(mention.value),
                normalized_unit=mention.unit,
                quote=Quote(text=self.text[mention.start : mention.end], start=mention.start, end=mention.end),
            )
        claims = self.claims(m)  # lenient: keep the claim; verify() flags it
        return Metric(
            label=m.label,
            value=m.value,
            unit=m.unit,
            qualifier=m.qualifier,
            normalized_value=float(claims[0].value) if claims else None,
            normalized_unit=claims[0].unit if claims else None,
            quote=Quote(text=self.text[hit[0] : hit[1]], start=hit[0], end=hit[1]),
        )

    def build(self, draft: ReportSummaryDraft) -> Items:
        out = Items()

        def evidence(item: Any) -> list[Quote]:
            found: list[Quote] = []
            for q in item.quotes:
                hits = self.quotes_of(q, getattr(item, "section", None))
                if hits is None:
                    out.dropped += 1
                    out.notes.append(f"quote not in the source: {_short(q)}")
                    continue
                found.extend(h for h in hits if h not in found)
            return found

        def metrics(item: Any) -> list[Metric]:
            got = [self.metric(m, getattr(item, "section", None)) for m in item.metrics]
            for m, g in zip(item.metrics, got):
                if g is None:
                    out.dropped += 1
                    out.notes.append(f"metric quote not in the source: {_short(m.quote)}")
            return [g for g in got if g is not None]

        for d in draft.measures:
            if ev := evidence(d):
                out.measures.append(
                    Measure(
                        title=d.title,
                        summary=d.summary,
                        area=d.area,
                        section=self.section_of(d.section, ev),
                        evidence=ev,
                    )
                )
        for d in draft.achievements:
            if ev := evidence(d):
                out.achievements.append(
                    Achievement(
                        statement=d.statement, section=self.section_of(d.section, ev), metrics=metrics(d), evidence=ev
                    )
                )
        for d in draft.shortfalls:
            if ev := evidence(d):
                out.shortfalls.append(
                    Shortfall(issue=d.issue, section=self.section_of(d.section, ev), metrics=metrics(d), evidence=ev)
                )
        for d in draft.causes:
            if ev := evidence(d):
                out.causes.append(
                    Cause(cause=d.cause, section=self.section_of(d.section, ev), metrics=metrics(d), evidence=ev)
                )
        for d in draft.plans:
            if ev := evidence(d):
                out.plans.append(
                    Plan(
                        action=d.action,
                        target_year=d.target_year,
                        section=self.section_of(d.section, ev),
                        metrics=metrics(d),
                        evidence=ev,
                    )
                )
        duty = draft.first_responsible_person
        actions = [
            DutyAction(action=a.action, metrics=metrics(a), evidence=ev) for a in duty.actions if (ev := evidence(a))
        ]
        own = evidence(duty)
        anchor = own or [q for a in actions for q in a.evidence[:1]]
        section = (
            duty.section
            if duty.dedicated_section and duty.section in self.sections
            else self.section_of(duty.section, anchor)
            if (duty.reported or actions)
            else None
        )
        out.duty = FirstResponsiblePerson(
            reported=duty.reported or bool(actions),
            dedicated_section=duty.dedicated_section and section is not None,
            section=section,
            actions=actions,
            evidence=own,
        )
        return out
