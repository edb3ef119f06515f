"""Check any summary against its report: every number and every quoted passage of free text.

``summarizer verify`` re-checks our own JSON; this module takes text a person or a chat model wrote (a bullet
list, a Markdown briefing, a DOCX) and checks it with the same number checker (:mod:`summarizer.numbers`) and
quote alignment (:mod:`summarizer.quotes`) against the cleaned report.

What it adds to those two, and why:

* **Numbers that are not claims about the report are left alone, and said so**: the summary's own date, list
  numbering (1. 2. / （1）), section numbers (一、 （二）), ordinals (第N) and fixed phrases (一网通办, 十四五,
  第一责任人). They are found first and masked (same length, so offsets hold) before numbers are read; each is
  listed with its reason, so nothing disappears silently.
* **Rounding that says so is faithful**: a chat model writes 约58% for the report's 58.4%. The number checker
  alone calls that unsupported (its contract: rounding without the report's words is not the report's number).
  Here a figure with an approximate word (约, 近, 左右…) is accepted as ``rounded`` when it is a figure the report
  states without a qualifier, rounded at the precision the summary wrote it and within 5% of it (约58% ← 58.4%,
  约1200万条 ← 1196万条, not 约1000万条 ← 1200万条). Without such a word (58% for 58.4%) it stays unsupported,
  with a note naming the report's figure; so do derived bounds (5000余人次 for 5213人次, see ``_rounded``).
* **Notes for unsupported numbers**: the report figure it most likely came from (the same digits at another
  magnitude, a digit changed or swapped, the sum of two report figures), so a reader can fix it at once.
* **Quotes** (「」 “” 『』 and ASCII "…", at least 5 characters) are ``verbatim`` (the report's characters; script
  conversion aside), ``near_verbatim`` (differences of whitespace/punctuation only, or ≥ 90% of the characters
  in order with no numeral among the differences; the note says which) or ``not_found``.

Traditional script on either side works: both texts are read in simplified script (OpenCC t2s, converted so
that no line changes length) while offsets index the texts as given.
"""

from __future__ import annotations

import bisect
import difflib
import os
import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Literal, Optional, Union, cast

from pydantic import BaseModel, ConfigDict, Field

from .clean import detect_script, to_simplified
from .ingest import DEFAULT_MAX_BYTES, load
from .numbers import (
    FIXED_PHRASES,
    NumberMention,
    SourceIndex,
    find_numbers,
    qualifier_group,
)
from .pipeline import Prepared, prepare_source
from .quotes import _LOOSE_SKIP, align

__all__ = [
    "CHECK_VERSION",
    "CheckResult",
    "LeftAlone",
    "NumberFinding",
    "QuoteFinding",
    "check",
    "check_files",
    "check_json_schema",
    "check_prepared",
    "prepare_report",
]

CHECK_VERSION = "1.0"

NumberStatus = Literal["exact", "equivalent", "rounded", "unsupported"]
QuoteStatus = Literal["verbatim", "near_verbatim", "not_found"]
LeftAloneReason = Literal["summary_date", "list_numbering", "section_number", "ordinal", "fixed_phrase"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A span of the cleaned report: ``report_text[start:end] == text``; ``context`` is the text around it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    context: str


class _Located(_Model):
    text: str = Field(description="as written in the summary: summary_text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1, description="1-based line of the summary text as read (a paragraph for DOCX/HTML)")
    column: int = Field(ge=1)


class NumberFinding(_Located):
    value: str = Field(description="normalised value (万/亿 applied, percent number for %)")
    high: Optional[str] = Field(None, description="upper end of a range")
    unit: str = Field(description="base unit, simplified, without the multiplier")
    qualifier: Optional[str] = None
    status: NumberStatus
    report_form: Optional[str] = Field(None, description="how the report writes the supporting figure")
    note: Optional[str] = None
    spans: list[Span] = Field(default_factory=list, description="the report's first supporting spans (at most 3)")
    places: int = Field(0, ge=0, description="how many places of the report support it")


class QuoteFinding(_Located):
    status: QuoteStatus
    similarity: float = Field(ge=0, le=1)
    note: Optional[str] = None
    span: Optional[Span] = Field(None, description="the report passage it matches (or comes closest to)")


class LeftAlone(_Located):
    reason: LeftAloneReason
    note: str


class TextInfo(_Model):
    source: str
    format: str
    script: str
    char_count: int
    sha256: Optional[str] = Field(default=None, description="of the cleaned report text the offsets index")
    title: Optional[str] = None
    agency: Optional[str] = None
    report_year: Optional[int] = None


class CheckCounts(_Model):
    numbers: int = 0
    exact: int = 0
    equivalent: int = 0
    rounded: int = 0
    unsupported: int = 0
    quotes: int = 0
    verbatim: int = 0
    near_verbatim: int = 0
    not_found: int = 0
    left_alone: int = 0


class CheckResult(_Model):
    """Every number and quoted passage of a summary, checked against one report.

    Summary offsets index the summary text as read; report offsets index the cleaned report text
    (``report.sha256``), as a summary's quotes do.
    """

    check_version: str = CHECK_VERSION
    ok: bool = Field(description="no unsupported number and no quote not found")
    summary: TextInfo
    report: TextInfo
    counts: CheckCounts
    numbers: list[NumberFinding] = Field(default_factory=list)
    quotes: list[QuoteFinding] = Field(default_factory=list)
    left_alone: list[LeftAlone] = Field(default_factory=list)

    def unsupported(self) -> list[NumberFinding]:
        return [n for n in self.numbers if n.status == "unsupported"]

    def not_found(self) -> list[QuoteFinding]:
        return [q for q in self.quotes if q.status == "not_found"]


def check_json_schema() -> dict:
    """The JSON Schema of :class:`CheckResult`, as exported to ``schemas/check.schema.json``."""
    schema = CheckResult.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://summarizer.invalid/schemas/check-{CHECK_VERSION}.json"
    return schema


# ---------------------------------------------------------------------------------------------------------------------
# What is not a claim about the report
# ---------------------------------------------------------------------------------------------------------------------

_MASK = "\u25a1"  # □: no number, unit, qualifier or separator pattern contains it
_CN_NUM = "零〇一二三四五六七八九十百两"
_MD_PREFIX = r"[ \t\u3000]*(?:(?:[-*+>]|#{1,6})[ \t]+)*(?:\*\*|__)?[ \t]*"
_LIST_NUMBER = re.compile(rf"(?m)^{_MD_PREFIX}(?P<n>[0-9]{{1,3}}[.．、)）](?![0-9])|[(（][0-9]{{1,3}}[)）])")
_SECTION_LINE = re.compile(rf"(?m)^{_MD_PREFIX}(?P<n>[{_CN_NUM}]{{1,3}}[、．.])")
_SECTION_PAREN = re.compile(rf"(?P<n>[(（][{_CN_NUM}]{{1,3}}[)）])")
_ENUM_SHI = re.compile(rf"(?<![{_CN_NUM}])(?P<n>[{_CN_NUM}]{{1,3}}是)(?![的否])")
_ORDINAL = re.compile(rf"(?P<n>第[0-9{_CN_NUM}千]+)")
# Words a numeral is part of by meaning, not by count: too common to list, and never read as numbers.
_PLAIN_WORDS = {"进一步", "统一", "唯一", "十分", "一体化", "一对一"}
_PHRASES = sorted(
    {p for p in FIXED_PHRASES if p not in _PLAIN_WORDS}
    | {
        "第一责任人",
        "第一议题",
        "一站式",
        "一次性告知",
        "最多跑一次",
        "一网统管",
        "一窗受理",
        "一码通",
        "一业一证",
        "一单两书",
    },
    key=len,
    reverse=True,
)
_PHRASE_RE = re.compile("|".join(map(re.escape, _PHRASES)))
# A line that says when the summary itself was written: the dates on it are not claims about the report.
_DATE_LABEL = re.compile(
    rf"(?im)^{_MD_PREFIX}(?:日期|时间|撰写|撰稿|整理|编写|编制|生成|制表|制作|报送|更新|修改|"
    r"完成|成文|落款|date|updated|generated)[^\n:：]{0,8}[:：]"
)
_ONLY_DATE_LINE = re.compile(r"^[\s*_#>|（()）\-—–]*$")


def _not_claims(analysis: str) -> list[tuple[int, int, LeftAloneReason, str]]:
    """(start, end, reason, note) of numerals that are structure, ordinals, names or the summary's own date."""
    found: list[tuple[int, int, LeftAloneReason, str]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, reason: LeftAloneReason, note: str) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append((s, e, reason, note))

    for m in _PHRASE_RE.finditer(analysis):
        add(m.start(), m.end(), "fixed_phrase", f"a fixed phrase ({m.group()}), not a count")
    structural: tuple[tuple[re.Pattern[str], LeftAloneReason, str], ...] = (
        (_LIST_NUMBER, "list_numbering", "list numbering"),
        (_SECTION_LINE, "section_number", "a section number"),
        (_SECTION_PAREN, "section_number", "a section number"),
        (_ENUM_SHI, "list_numbering", "an enumeration (一是, 二是…)"),
        (_ORDINAL, "ordinal", "an ordinal (第N), not a count"),
    )
    for rx, reason, note in structural:
        for m in rx.finditer(analysis):
            add(m.start("n"), m.end("n"), reason, note)
    lines = analysis.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:3] + filled[-3:])
    for i, line in enumerate(lines):
        labelled = _DATE_LABEL.match(line) is not None
        if not labelled and i not in edges:
            continue
        dates = [m for m in find_numbers(line) if m.kind == "date" and m.unit in ("年月日", "年月")]
        if not dates:
            continue
        rest = line
        for dm in reversed(dates):
            rest = rest[: dm.start] + rest[dm.end :]
        if labelled or _ONLY_DATE_LINE.match(rest):
            for dm in dates:
                add(
                    starts[i] + dm.start,
                    starts[i] + dm.end,
                    "summary_date",
                    "the date of the summary itself, not a claim about the report",
                )
    found.sort()
    return found


_MD_MARKUP = re.compile(r"\*\*|__|`+|^[ \t]*(?:#{1,6}|>)(?=[ \t])|^[ \t]*[-*+](?=[ \t])|https?://\S+", re.M)


def _masked(analysis: str, spans: list[tuple[int, int, LeftAloneReason, str]]) -> str:
    """The text numbers are read from: Markdown markup blanked, left-alone numerals masked; same length."""
    chars = list(_MD_MARKUP.sub(lambda m: " " * len(m.group()), analysis))
    for s, e, _, _ in spans:
        chars[s:e] = _MASK * (e - s)
    return "".join(chars)


# ---------------------------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------------------------

_ONE = Decimal(1)
_ROUND_TOLERANCE = Decimal("0.05")  # a rounding keeps within 5% of the report's figure


def _quantum(m: NumberMention) -> Optional[Decimal]:
    """The precision the summary wrote ``m`` at, in normalised units (约1200万 → 1000000; 58.4% → 0.1)."""
    raw = m.raw_value
    if not raw:
        return None
    _, digits, exp = raw.as_tuple()
    if not isinstance(exp, int):
        return None
    if exp >= 0:
        zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
        exp += zeros
    return Decimal(10) ** exp * (m.value / raw)


def _rounded(m: NumberMention, report: _Report) -> Optional[tuple[NumberMention, str]]:
    """The report figure ``m`` honestly rounds (约58% ← 58.4%), given a word that says so; with the note.

    Only the approximate words (约, 近, 左右…) license a rounding, and only of a figure the report states without
    a qualifier. Bounds (5000余人次 for 5213人次) are not derived: a claim of 40余条 would then pass on any 4x条 of
    the report, also when it is the report's 50余条 with a digit changed.
    """
    if qualifier_group(m.qualifier) != "approximate" or m.high is not None:
        return None
    if m.kind not in ("number", "percent") or not m.unit:
        return None
    q = _quantum(m)
    if not q:
        return None
    x = m.value
    for r in report.index.mentions:
        if r.high is not None or r.unit != m.unit or r.kind not in ("number", "percent") or r.qualifier:
            continue
        y = r.value
        if abs(x - y) <= _ROUND_TOLERANCE * abs(y) and any(
            (y / q).quantize(_ONE, rounding=mode) * q == x for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN)
        ):
            return r, f"rounded from the report's {report.shown(r)}"
    return None


def _digits(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _significant(d: Decimal) -> str:
    """The digits without the decimal point and the zeros that only say the magnitude (28900 → 289)."""
    return _digits(d).replace(".", "").strip("0")


def _near_miss(a: str, b: str) -> bool:
    """One digit changed, or two neighbouring digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _hint(m: NumberMention, report: _Report) -> Optional[str]:
    """What the report says instead, when it is clear which figure an unsupported number came from."""
    plain = [r for r in report.index.mentions if r.high is None and r.kind in ("number", "percent")]
    same_unit = [r for r in plain if r.unit == m.unit]
    for r in same_unit:  # the same digits at another magnitude: 2.89元 or 2890元 for 2.89万元
        if _significant(r.value) == _significant(m.value) and r.value != m.value:
            return f"the report writes {report.shown(r)}: another magnitude"
    mv = _digits(m.value)
    for r in same_unit:
        if _near_miss(mv, _digits(r.value)):
            return f"the report has {report.shown(r)}: a digit differs"
    for r in same_unit:
        if r.value and abs(r.value - m.value) <= _ROUND_TOLERANCE * abs(r.value) and r.value != m.value:
            advice = "; a rounded figure must say so (约…)" if qualifier_group(m.qualifier) is None else ""
            return f"the report has {report.shown(r)}{advice}"
    by_value: dict[Decimal, NumberMention] = {}
    for r in same_unit:
        if qualifier_group(r.qualifier) is None:
            by_value.setdefault(r.value, r)
    for r in same_unit:
        other = by_value.get(m.value - r.value)
        if other is not None and other is not r and other.start != r.start and qualifier_group(r.qualifier) is None:
            return f"not in the report; it is the sum of {report.shown(r)} and {report.shown(other)}"
    return None


def _context(text: str, start: int, end: int, width: int = 14) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    out = text[a:b].replace("\n", " ")
    return ("…" if a > 0 else "") + out + ("…" if b < len(text) else "")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end], context=_context(text, start, end))


# ---------------------------------------------------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------------------------------------------------

_QUOTE_RE = re.compile(r"「(?P<a>[^」\n]+)」|“(?P<b>[^”\n]+)”|『(?P<c>[^』\n]+)』|\"(?P<d>[^\"\n]+)\"")
_MIN_QUOTE = 5  # shorter quoted strings are terms or slogans (“放管服”), not passages
_NEAR = 0.9
_FUZZY_MAX = 600  # longer quotes are matched exactly or loosely only (SequenceMatcher is quadratic)
_NUMERALS = set("0123456789" + _CN_NUM + "千万亿")


def _fuzzy(fragment: str, stripped: str, positions: list[int]) -> Optional[tuple[int, int, float, bool]]:
    """Best near match of ``fragment`` (punctuation-free) in ``stripped``: (start, end, ratio, numerals_differ).

    Candidate places are voted for by the fragment's 4-grams, so the cost is bounded by the fragment's length
    times the grams' occurrences, not by the report's length squared.
    """
    n = len(fragment)
    if n < 4:
        return None
    votes: dict[int, int] = {}
    for i in range(n - 3):
        gram = fragment[i : i + 4]
        pos = stripped.find(gram)
        hits = 0
        while pos != -1 and hits < 50:
            votes[pos - i] = votes.get(pos - i, 0) + 1
            pos = stripped.find(gram, pos + 1)
            hits += 1
    if not votes:
        return None
    best = None
    for off, _ in sorted(votes.items(), key=lambda kv: -kv[1])[:5]:
        a = max(0, off - n // 10 - 2)
        window = stripped[a : off + n + n // 10 + 2]
        sm = difflib.SequenceMatcher(None, fragment, window, autojunk=False)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        if not blocks:
            continue
        ws, we = blocks[0].b, blocks[-1].b + blocks[-1].size
        matched = sum(b.size for b in blocks)
        ratio = 2 * matched / (n + we - ws)
        if best is None or ratio > best[2]:
            piece = window[ws:we]
            sm2 = difflib.SequenceMatcher(None, fragment, piece, autojunk=False)
            differ = any(
                c in _NUMERALS
                for tag, i1, i2, j1, j2 in sm2.get_opcodes()
                if tag != "equal"
                for c in fragment[i1:i2] + piece[j1:j2]
            )
            best = (a + ws, a + we, ratio, differ)
    if best is None:
        return None
    s, e, ratio, differ = best
    return positions[s], positions[e - 1] + 1, ratio, differ


class _Report:
    """The report side: cleaned text (offsets), analysis text (simplified) and its number index."""

    def __init__(self, text: str, analysis: str, index: SourceIndex):
        self.text, self.analysis, self.index = text, analysis, index
        self._stripped: Optional[tuple[str, list[int]]] = None

    def stripped(self) -> tuple[str, list[int]]:
        if self._stripped is None:
            positions = [i for i, c in enumerate(self.analysis) if c not in _LOOSE_SKIP]
            self._stripped = ("".join(self.analysis[i] for i in positions), positions)
        return self._stripped

    def shown(self, m: NumberMention) -> str:
        """A report figure as the report writes it (its own script)."""
        return self.text[m.start : m.end].strip()


def _check_quote(content: str, report: _Report) -> tuple[QuoteStatus, float, Optional[str], Optional[tuple[int, int]]]:
    hit = align(content, report.analysis)
    if hit is not None:
        s, e, how = hit
        if how == "exact":
            return "verbatim", 1.0, None, (s, e)
        return "near_verbatim", 1.0, "differs from the report in punctuation or spacing only", (s, e)
    key = "".join(c for c in content if c not in _LOOSE_SKIP)
    stripped, positions = report.stripped()
    found = _fuzzy(key, stripped, positions) if stripped and len(key) <= _FUZZY_MAX else None
    if found is None:
        return "not_found", 0.0, "no passage of the report resembles it", None
    s, e, ratio, numerals_differ = found
    ratio = round(ratio, 3)
    if ratio >= _NEAR and not numerals_differ:
        return "near_verbatim", ratio, f"{round(ratio * 100)}% of the characters match the report in order", (s, e)
    why = "a numeral differs from" if numerals_differ and ratio >= _NEAR else "not a quote of"
    return "not_found", ratio, f"{why} the closest report passage ({round(ratio * 100)}% alike)", (s, e)


# ---------------------------------------------------------------------------------------------------------------------
# The check
# ---------------------------------------------------------------------------------------------------------------------


def _line_col(starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    return i + 1, pos - starts[i] + 1


def check_texts(summary_text: str, report: _Report) -> tuple[list[NumberFinding], list[QuoteFinding], list[LeftAlone]]:
    """The findings for one summary text against a prepared report."""
    traditional = detect_script(summary_text).value == "traditional"
    analysis = to_simplified(summary_text) if traditional else summary_text
    starts = [0] + [m.end() for m in re.finditer("\n", summary_text)]

    def loc(s: int, e: int) -> dict:
        line, col = _line_col(starts, s)
        return dict(text=summary_text[s:e], start=s, end=e, line=line, column=col)

    skipped = _not_claims(analysis)
    left = [LeftAlone(**loc(s, e), reason=reason, note=note) for s, e, reason, note in skipped]
    numbers: list[NumberFinding] = []
    for m in find_numbers(_masked(analysis, skipped)):
        c = report.index.check(m)
        status = cast(NumberStatus, c.status)  # the index's exact / equivalent / unsupported
        spans, places = list(c.source_spans), c.source_count
        note = None
        if status == "unsupported":
            r = _rounded(m, report)
            if r is not None:
                status, spans, places, note = "rounded", [(r[0].start, r[0].end)], 1, r[1]
            else:
                note = _hint(m, report) or "not in the report"
        elif status == "equivalent":
            note = "the same quantity, written differently in the report"
        found = [_span(report.text, s, e) for s, e in spans]
        numbers.append(
            NumberFinding(
                **loc(m.start, m.end),
                value=_digits(m.value),
                high=None if m.high is None else _digits(m.high),
                unit=m.unit,
                qualifier=m.qualifier,
                status=status,
                report_form=found[0].text if found else None,
                note=note,
                spans=found,
                places=places,
            )
        )
    quotes: list[QuoteFinding] = []
    for qm in _QUOTE_RE.finditer(analysis):
        g = next(k for k in "abcd" if qm.group(k) is not None)
        s, e = qm.span(g)
        content = analysis[s:e]
        if sum(1 for ch in content if ch not in _LOOSE_SKIP) < _MIN_QUOTE:
            continue
        quote_status, ratio, note, where = _check_quote(content, report)
        quotes.append(
            QuoteFinding(
                **loc(s, e),
                status=quote_status,
                similarity=ratio,
                note=note,
                span=None if where is None else _span(report.text, *where),
            )
        )
    return numbers, quotes, left


def _counts(numbers: list[NumberFinding], quotes: list[QuoteFinding], left: list[LeftAlone]) -> CheckCounts:
    c = CheckCounts(numbers=len(numbers), quotes=len(quotes), left_alone=len(left))
    for n in numbers:
        setattr(c, n.status, getattr(c, n.status) + 1)
    for q in quotes:
        setattr(c, q.status, getattr(c, q.status) + 1)
    return c


def check(
    summary_text: str,
    report: Union[str, os.PathLike, bytes, None] = None,
    *,
    report_text: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    summary_source: str = "<text>",
    summary_format: str = "text",
) -> CheckResult:
    """Check every number and quoted passage of ``summary_text`` against ``report``.

    ``summary_text`` is the summary's text (load a file with :func:`summarizer.ingest.load`); ``report`` is
    what :func:`summarizer.summarize` takes (a path, ``"-"``, bytes, or a multi-line text), or pass the report's
    text as ``report_text=``. The report keeps its script: offsets index its cleaned text, read through t2s.
    """
    return check_prepared(
        summary_text,
        prepare_report(report, text=report_text, max_bytes=max_bytes),
        summary_source=summary_source,
        summary_format=summary_format,
    )


def prepare_report(
    report: Union[str, os.PathLike, bytes, None], *, text: Optional[str] = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Prepared:
    """Load and clean a report for checking; ``.text`` is the text a check's report offsets index."""
    return prepare_source(report, text=text, keep_script=True, max_bytes=max_bytes)


def check_prepared(
    summary_text: str, doc: Prepared, *, summary_source: str = "<text>", summary_format: str = "text"
) -> CheckResult:
    """:func:`check` against a report already prepared by :func:`prepare_report`."""
    rep = _Report(doc.text, doc.cleaned.analysis_text, doc.index)
    numbers, quotes, left = check_texts(summary_text, rep)
    counts = _counts(numbers, quotes, left)
    d = doc.document()
    return CheckResult(
        ok=counts.unsupported == 0 and counts.not_found == 0,
        summary=TextInfo(
            source=summary_source,
            format=summary_format,
            script=detect_script(summary_text).value,
            char_count=len(summary_text),
        ),
        report=TextInfo(
            source=d.source or "<text>",
            format=d.source_format or "text",
            script=str(d.script),
            char_count=d.char_count,
            sha256=d.sha256,
            title=d.title,
            agency=d.agency,
            report_year=d.report_year,
        ),
        counts=counts,
        numbers=numbers,
        quotes=quotes,
        left_alone=left,
    )


def check_files(
    summary: Union[str, os.PathLike], report: Union[str, os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[CheckResult, str, str]:
    """Load a summary file (text, Markdown, DOCX, HTML, ``-``) and check it against a report file:
    ``(result, summary_text, report_text)``, the two texts being what the result's offsets index."""
    loaded = load(summary, max_bytes=max_bytes)
    doc = prepare_report(report, max_bytes=max_bytes)
    result = check_prepared(loaded.text, doc, summary_source=loaded.source, summary_format=loaded.format)
    return result, loaded.text, doc.text
