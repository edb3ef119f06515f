"""The verify step: every quote against the cleaned source, every number in every field against its numbers.

This is the promise users buy the tool for, so it walks the whole summary generically (a new field is
checked without anyone remembering to add it): string fields are searched for numbers, numeric fields
that state a fact of the source (a metric's value, a year) are rendered as the claim they make and
checked the same way, and every Quote must equal the cleaned text at its offsets.

A saved summary can be edited by anyone, so nothing in it is trusted: a number that is not finite (``NaN``,
``Infinity``, ``1e400``) is unsupported and a metric's ``normalized_value``/``normalized_unit`` must be what its value
and unit give (105.2879 万元 → 1052879 元). The document facts recomputed from the source are
:mod:`summarizer.verify`'s, which runs the pipeline again and so sits above it.
"""

from __future__ import annotations

import bisect
import math
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator, Optional, Sequence, Union

from pydantic import BaseModel

from .clean import clean, to_simplified
from .models import (
    FactVerification,
    Metric,
    NumberVerification,
    Quote,
    QuoteVerification,
    Script,
    Summary,
    Verification,
)
from .numbers import SourceIndex, find_numbers, written
from .quotes import check_quote

# Fields that are identifiers or bookkeeping, not claims about the report.
_SKIP = {
    "schema_version",
    "sha256",
    "source",
    "source_format",
    "encoding",
    "provenance",
    "verification",
    "doc_type",
    "script",
    "text_script",
    "area",
    "char_count",
    "section",
    "sections",
    "id",
    "part",
    "start",
    "end",
    "level",
    "missing",
    "warnings",
    "normalized_value",
    "normalized_unit",
    # quality indicators (summarizer.quality): our own counts and dates, not claims about the report
    "explanation",
    "publication_date",
    "deadline",
    "metadata_line",
}
_SEP = "\n。\n"  # sentence break: no number, range or unit crosses it


def _decimal_str(x: float) -> str:
    d = Decimal(repr(x)).normalize()
    return format(d, "f")


def metric_claim(m: Metric) -> str:
    """The claim a metric makes, written the way a report would write it (近1500人次, 60余次, 超2万人次)."""
    return written(_decimal_str(m.value), m.unit, m.qualifier)


def derived_year(summary: Summary) -> Optional[Quote]:
    """The words a report year was reasoned from when they do not write it: 2016 from a work report titled 2017年,
    2025 from 今年是“八五”普法收官之年. Such a year is no number of the source, so it is not checked as one; its
    evidence is, like every quote, and ``summarizer verify`` recomputes it. None when the year is written there."""
    d = summary.document
    quote = d.evidence.report_year
    if d.report_year is None or quote is None:
        return None
    written_there = any(m.unit == "年" and m.value == d.report_year for m in find_numbers(to_simplified(quote.text)))
    return None if written_there else quote


def source_text(summary: Summary, source: str) -> str:
    """The cleaned text a summary's offsets index: ``source`` itself if it already is, else cleaned."""
    from hashlib import sha256

    if sha256(source.encode("utf-8")).hexdigest() == summary.document.sha256:
        return source
    keep = summary.document.text_script == Script.traditional
    return clean(source, keep_script=keep).text


def check_claims(
    summary: Summary,
    source: Union[str, SourceIndex],
    *,
    text: Optional[str] = None,
    fact_checks: Sequence[FactVerification] = (),
) -> Verification:
    """Check every quote and number of ``summary`` against ``source`` and store the result (with ``fact_checks``,
    the facts :func:`summarizer.verify.check_facts` recomputed, if any) in ``summary.verification``.

    ``source`` is the report's text (raw or cleaned) or a prebuilt :class:`SourceIndex` with ``text`` the
    cleaned text it indexes. This is the *verify* step every summary leaves the pipeline through
    (:func:`summarizer.pipeline.finish`); :func:`summarizer.verify.verify` adds the facts recomputed from the source.
    """
    if isinstance(source, SourceIndex):
        if text is None:
            raise TypeError("verify(summary, SourceIndex, text=cleaned_text): the cleaned text is needed for quotes")
        index, cleaned = source, text
    else:
        cleaned = source_text(summary, source)
        traditional = summary.document.text_script == Script.traditional
        # numbers are read in simplified script (萬→万, 個→个); t2s keeps offsets, so spans still hold
        index = SourceIndex(to_simplified(cleaned) if traditional else cleaned)
    numbers: list[NumberVerification] = []
    quotes: list[QuoteVerification] = []

    simplify = summary.document.text_script == Script.traditional
    # All claims are checked in one pass: joined with a separator no number can cross, then mapped back.
    claims: list[tuple[str, str]] = []
    for path, value, name in _iter_checks(summary):
        if isinstance(value, Quote):
            ok = check_quote(value, cleaned)
            quotes.append(
                QuoteVerification.model_construct(
                    path=path, start=value.start, end=value.end, status="match" if ok else "mismatch"
                )
            )
        elif isinstance(value, Metric):
            bad = _metric_problems(value, path)
            numbers.extend(bad)
            if not any(n.path == f"{path}.value" for n in bad):
                claims.append((f"{path}.value", metric_claim(value)))
        elif name in ("report_year", "target_year") and isinstance(value, int):
            if path == "document.report_year" and derived_year(summary) is not None:
                continue  # read from words that do not write it: its evidence quote is checked, and verify recomputes it
            claims.append((path, f"{value}年"))
        elif isinstance(value, str) and value:
            claims.append((path, value))
    joined, starts, pos = [], [], 0
    for _, claim in claims:
        starts.append(pos)
        joined.append(claim)
        pos += len(claim) + len(_SEP)
    big = _SEP.join(joined)
    for c in index.check_text(to_simplified(big) if simplify else big):
        i = bisect.bisect_right(starts, c.start) - 1
        # model_construct: these records are built here from checked values; validating each costs more than
        # the check itself on a long report
        numbers.append(
            NumberVerification.model_construct(
                path=claims[i][0],
                text=c.text,
                value=format(c.value.normalize(), "f"),
                unit=c.unit,
                status=c.status,
                source_spans=list(c.source_spans),
                source_count=c.source_count,
            )
        )
    unsupported = sum(1 for n in numbers if n.status == "unsupported")
    mismatches = sum(1 for q in quotes if q.status == "mismatch")
    wrong_facts = sum(1 for f in fact_checks if f.status == "mismatch")
    result = Verification(
        ok=unsupported == 0 and mismatches == 0 and wrong_facts == 0,
        checked=True,
        numbers=numbers,
        quotes=quotes,
        facts=list(fact_checks),
        unsupported_numbers=unsupported,
        quote_mismatches=mismatches,
        fact_mismatches=wrong_facts,
    )
    summary.verification = result
    return result


def _unsupported(path: str, text: str, value: str = "", unit: str = "") -> NumberVerification:
    return NumberVerification.model_construct(
        path=path, text=text, value=value or text, unit=unit, status="unsupported", source_spans=[]
    )


def _metric_problems(m: Metric, path: str) -> list[NumberVerification]:
    """A metric's numbers that cannot be right whatever the source says: not finite, or a ``normalized_value`` /
    ``normalized_unit`` other than what ``value`` and ``unit`` give (checked by the same number parser)."""
    out = []
    if not math.isfinite(m.value):
        out.append(_unsupported(f"{path}.value", f"{m.value}{m.unit}", str(m.value), m.unit))
    if m.normalized_value is not None and not math.isfinite(m.normalized_value):
        out.append(
            _unsupported(
                f"{path}.normalized_value",
                f"{m.normalized_value}{m.normalized_unit or ''}",
                str(m.normalized_value),
                m.normalized_unit or "",
            )
        )
    if out or m.normalized_value is None:
        return out
    mentions = find_numbers(to_simplified(metric_claim(m)))
    if not mentions:
        return out
    expected, unit = mentions[0].value, mentions[0].unit
    try:
        same = Decimal(repr(m.normalized_value)) == expected or math.isclose(
            m.normalized_value, float(expected), rel_tol=1e-9
        )
    except (InvalidOperation, ValueError):
        same = False
    if not same or (m.normalized_unit or "") != unit:
        out.append(
            _unsupported(
                f"{path}.normalized_value",
                f"{_decimal_str(m.normalized_value)}{m.normalized_unit or ''}",
                _decimal_str(m.normalized_value),
                m.normalized_unit or "",
            )
        )
    return out


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(n for n in cls.model_fields if n not in _SKIP)  # type: ignore[attr-defined]
    return names


def _iter_checks(summary: Summary) -> Iterator[tuple[str, Any, Optional[str]]]:
    """Leaves, except that Quotes and Metrics are yielded whole (their label and quote are walked too)."""

    def walk(obj: Any, path: str, name: Optional[str]) -> Iterator[tuple[str, Any, Optional[str]]]:
        if isinstance(obj, (str, int, float)) or obj is None:
            yield path, obj, name
        elif isinstance(obj, Quote):
            yield path, obj, None
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                yield from walk(v, f"{path}[{i}]", name)
        elif isinstance(obj, BaseModel):
            if isinstance(obj, Metric):
                yield path, obj, None
                fields: tuple[str, ...] = ("label", "quote")
            else:
                fields = _fields(type(obj))
            for field_name in fields:
                yield from walk(getattr(obj, field_name), f"{path}.{field_name}" if path else field_name, field_name)
        else:
            yield path, obj, name

    yield from walk(summary, "", None)
