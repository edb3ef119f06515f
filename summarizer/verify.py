"""Re-check a summary against its source: every quote and number (:mod:`summarizer.claims`) and, when the source
text itself is given, the document facts (agency, year, genre), the compliance block and, for a rules-engine
summary, the number of items of each kind, recomputed from it and compared (``verification.facts``).

A saved summary can be edited by anyone, so nothing in it is trusted. Recomputing the facts runs the pipeline
again (:func:`summarizer.pipeline.prepare` and the rules engine), so this module sits above them; the pipeline itself
verifies through :func:`summarizer.claims.check_claims`.
"""

from __future__ import annotations

import json
from typing import Any, Optional, Union

from .claims import check_claims
from .engines import rules
from .ingest import load_text
from .models import FactVerification, Script, Summary, Verification
from .numbers import SourceIndex
from .pipeline import prepare
from .version import __version__


def verify(
    summary: Summary, source: Union[str, SourceIndex], *, text: Optional[str] = None, facts: Optional[bool] = None
) -> Verification:
    """Check ``summary`` against ``source`` and store the result in ``summary.verification``.

    ``source`` is the report's text (raw or cleaned) or a prebuilt :class:`SourceIndex` with ``text`` the
    cleaned text it indexes. ``facts`` (default: when ``source`` is text) also recomputes the document facts,
    compliance and item counts from the source (:func:`check_facts`).
    """
    fact_checks: list[FactVerification] = []
    if facts is None:
        facts = isinstance(source, str)
    if facts:
        if not isinstance(source, str):
            raise TypeError("verify(..., facts=True) needs the source text")
        fact_checks = check_facts(summary, source)
    return check_claims(summary, source, text=text, fact_checks=fact_checks)


def check_facts(summary: Summary, source: str) -> list[FactVerification]:
    """Recompute from ``source`` what the pipeline derives (agency, year, genre, compliance; for a rules-engine
    summary of this version, how many items of each kind) and compare it with the summary's claims.

    Item counts catch deleted or invented items, which no quote or number check can see: the rules engine is
    deterministic, so the same source gives the same items. An LLM summary's items are its own; its compliance
    block is still recomputed from its items and the source's outline."""
    keep = summary.document.text_script == Script.traditional
    doc = prepare(load_text(source, max_chars=max(len(source), 1)), keep_script=keep)
    expected = doc.document()
    out: list[FactVerification] = []

    def compare(path: str, claimed: Any, wanted: Any) -> None:
        out.append(
            FactVerification(
                path=path,
                claimed=json.dumps(claimed, ensure_ascii=False),
                expected=json.dumps(wanted, ensure_ascii=False),
                status="match" if claimed == wanted else "mismatch",
            )
        )

    d = summary.document
    compare("document.agency", d.agency, expected.agency)
    compare("document.report_year", d.report_year, expected.report_year)
    compare("document.doc_type", str(d.doc_type), str(expected.doc_type))
    if summary.provenance.engine == "rules" and summary.provenance.version == __version__:
        redone = rules.run(doc)
        for name in ("measures", "achievements", "shortfalls", "causes", "plans"):
            compare(f"len({name})", len(getattr(summary, name)), len(getattr(redone, name)))
        compare(
            "len(first_responsible_person.actions)",
            len(summary.first_responsible_person.actions),
            len(redone.first_responsible_person.actions),
        )
    wanted = rules.compliance(summary.model_copy(update={"document": expected}), doc)
    for part in ("measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans"):
        mine, theirs = getattr(summary.compliance, part), getattr(wanted, part)
        compare(f"compliance.{part}.present", mine.present, theirs.present)
        compare(f"compliance.{part}.sections", mine.sections, theirs.sections)
    compare("compliance.missing", list(summary.compliance.missing), list(wanted.missing))
    return out
