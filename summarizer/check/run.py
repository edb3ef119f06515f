"""The check: a summary text's findings against a prepared report, and the entry points that load and prepare it."""

from __future__ import annotations

import bisect
import os
import re
from typing import Optional, Union, cast

from ..clean import detect_script, to_simplified
from ..ingest import DEFAULT_MAX_BYTES, load
from ..numbers import find_numbers
from ..pipeline import Prepared, prepare_source
from ..quotes import _LOOSE_SKIP
from .left_alone import _masked, _not_claims
from .model import CheckCounts, CheckResult, LeftAlone, NumberFinding, NumberStatus, QuoteFinding, TextInfo
from .numbers import _digits, _hint, _rounded, _span
from .quotes import _MIN_QUOTE, _QUOTE_RE, _check_quote, _Report


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
