"""The offline rules engine: fills the schema from the document's own outline, in milliseconds.

It never writes a word the report does not contain: titles, statements and issues are verbatim spans,
so every number in its output is found in the source by construction (the verifier still checks).
What it cannot do is paraphrase; the LLM engine does that, against the same schema and checks.

``patterns`` holds what marks a list, a cause or a label; ``reading`` the spans, metrics and enumerations read from
the text; ``parts`` the extractor of each part; here, ``run`` and ``compliance``.
"""

from __future__ import annotations

import time

from ...models import Compliance, DocType, PartStatus, Provenance, ShortfallsStatus, Summary
from ...pipeline import Prepared
from ...sections import CAUSES, DUTY, MEASURES, PLANS, SHORTFALLS
from ...version import __version__
from .parts import _Extractor


def run(doc: Prepared) -> Summary:
    t0 = time.perf_counter()
    ex = _Extractor(doc)
    document = doc.document()
    warnings: list[str] = []
    if document.doc_type in (DocType.implementation_plan, DocType.work_points):
        summary = Summary(
            document=document,
            outline=doc.sections(),
            plans=ex.tasks(),
            provenance=Provenance(engine="rules", version=__version__),
        )
        warnings.append(
            f"not an annual report ({document.doc_type}): its tasks are listed as plans; "
            "no achievements, shortfalls or duty report are extracted"
        )
    else:
        summary = Summary(
            document=document,
            outline=doc.sections(),
            measures=ex.measures(),
            achievements=ex.achievements(),
            shortfalls=ex.shortfalls(),
            causes=ex.causes(),
            first_responsible_person=ex.duty(),
            plans=ex.plans(),
            provenance=Provenance(engine="rules", version=__version__),
        )
        if document.doc_type != DocType.annual_report:
            warnings.append(f"not an annual report ({document.doc_type}): the mandated parts may not apply")
    summary.compliance = compliance(summary, doc)
    summary.warnings = warnings
    summary.provenance.timings_ms = {**doc.timings_ms, "extract": (time.perf_counter() - t0) * 1000}
    return summary


def compliance(summary: Summary, doc: Prepared) -> Compliance:
    """Which mandated parts are present. A document that is not an annual report has none of them."""
    annual = summary.document.doc_type in (DocType.annual_report, DocType.other)
    pm = doc.parts

    def status(present: bool, parts: tuple[str, ...]) -> PartStatus:
        ids = list(dict.fromkeys(n.id for p in parts for n in pm.nodes(p)))  # one heading can be 不足 and 原因
        return PartStatus(present=annual and present, sections=ids if annual and present else [])

    shortfalls = status(bool(summary.shortfalls or summary.causes), (SHORTFALLS, CAUSES))
    c = Compliance(
        measures_achievements=status(bool(summary.measures or summary.achievements), (MEASURES,)),
        # a report that names shortfalls but no cause says so: the mandated part is 不足 *and* 原因
        shortfalls_causes=ShortfallsStatus(
            **shortfalls.model_dump(), causes_stated=bool(summary.causes) if shortfalls.present else None
        ),
        first_responsible_person=status(summary.first_responsible_person.reported, (DUTY,)),
        next_year_plans=status(bool(summary.plans), (PLANS,)),
    )
    c.missing = [
        name
        for name in ("measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans")
        if not getattr(c, name).present
    ]
    return c
