"""The contract: what a summary of a 法治政府建设年度报告 contains.

Both engines fill these models, the JSON output is their dump, and ``schemas/summary.schema.json`` is
their exported JSON Schema (a test fails when it is stale). Every item carries evidence: verbatim
quotes whose offsets index the *cleaned* text (``document.sha256`` identifies it), so a reader or a
program can always go back to the words the claim rests on.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Quote(_Model):
    """A verbatim span of the cleaned source: ``cleaned_text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DocType(str, Enum):
    annual_report = "annual_report"  # 法治政府建设年度报告
    implementation_plan = "implementation_plan"  # 实施方案 / 实施纲要
    work_points = "work_points"  # 工作要点
    accountability_report = "accountability_report"  # 述法报告
    information_disclosure_report = "information_disclosure_report"  # 政府信息公开工作年度报告
    government_work_report = "government_work_report"  # 政府工作报告
    news = "news"  # a news item about a report
    assessment_form = "assessment_form"  # 考核/评估表
    other = "other"


class Script(str, Enum):
    simplified = "simplified"
    traditional = "traditional"


class Area(str, Enum):
    """A small fixed vocabulary of rule-of-law work areas, so measures can be compared across reports."""

    decision_making = "decision_making"  # 依法决策
    normative_documents = "normative_documents"  # 规范性文件
    law_enforcement = "law_enforcement"  # 行政执法
    legal_publicity = "legal_publicity"  # 普法
    supervision = "supervision"  # 监督（含政务公开）
    government_services = "government_services"  # 政务服务 / 放管服
    dispute_resolution = "dispute_resolution"  # 矛盾纠纷化解、复议应诉、信访
    leadership = "leadership"  # 党的领导、组织保障
    other = "other"


class FactEvidence(_Model):
    """The words each document fact was read from, and where they stand (title, metadata, preamble, signature,
    opening, heading), so a reader can check the agency and year as they check any item."""

    title: Optional[Quote] = None
    agency: Optional[Quote] = None
    agency_source: Optional[str] = Field(
        default=None,
        description=(
            "title, byline, metadata, preamble, signature, own document, speech, cited report, news lead, passed "
            "report, contact, head or self-reference"
        ),
    )
    report_year: Optional[Quote] = None
    report_year_source: Optional[str] = Field(
        default=None, description="title, preamble, opening, heading, body, date line or signature"
    )
    genre: list[Quote] = Field(default_factory=list, description="title, preamble formula, part headings…")


class Document(_Model):
    title: Optional[str] = None
    agency: Optional[str] = None
    report_year: Optional[int] = Field(default=None, description="The year reported on, not the year of publication.")
    doc_type: DocType = DocType.other
    script: Script = Field(default=Script.simplified, description="Script of the source document.")
    text_script: Script = Field(
        default=Script.simplified,
        description="Script of the cleaned text that quotes and offsets refer to (simplified unless --keep-script).",
    )
    char_count: int = 0
    sha256: str = Field(default="", description="SHA-256 of the cleaned text (UTF-8) that offsets index.")
    source: Optional[str] = Field(default=None, description="File name or '<text>'.")
    source_format: Optional[str] = None
    encoding: Optional[str] = None
    evidence: FactEvidence = Field(default_factory=FactEvidence)


class Section(_Model):
    """A heading of the document's own outline, as the engines used it."""

    id: str = Field(description="Path of enumerators, e.g. '一' or '一(二)'.")
    heading: str
    level: int
    part: Optional[str] = Field(default=None, description="Mandated part this section was classified as, if any.")
    start: int
    end: int


class Measure(_Model):
    title: str
    summary: str = ""
    area: Area = Area.other
    section: Optional[str] = None
    evidence: list[Quote] = Field(default_factory=list)


class Metric(_Model):
    label: str
    value: float = Field(description="The number as written, before unit scaling (105.2879 in 105.2879万元).")
    unit: str = Field(default="", description="The unit as written (万元, %, 个工作日).")
    qualifier: Optional[str] = Field(default=None, description="近 / 约 / 余 / 多 / 以上 / 不少于 / 超过 …")
    normalized_value: Optional[float] = Field(default=None, description="Value after 万/亿/千 scaling (1052879).")
    normalized_unit: Optional[str] = None
    quote: Quote


class Achievement(_Model):
    statement: str
    section: Optional[str] = None
    metrics: list[Metric] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


class Shortfall(_Model):
    issue: str
    section: Optional[str] = None
    metrics: list[Metric] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


class Cause(_Model):
    cause: str
    section: Optional[str] = None
    metrics: list[Metric] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


class DutyAction(_Model):
    action: str
    metrics: list[Metric] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


class FirstResponsiblePerson(_Model):
    """党政主要负责人履行推进法治建设第一责任人职责情况."""

    reported: bool = False
    dedicated_section: bool = False
    section: Optional[str] = None
    actions: list[DutyAction] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


class Plan(_Model):
    action: str
    target_year: Optional[int] = None
    responsible: Optional[str] = Field(
        default=None, description="责任单位/责任科室 as a plan document (实施方案, 工作要点) names it for the task."
    )
    period: Optional[str] = Field(default=None, description="A plan document's own period as written (2021—2025).")
    deadline: Optional[str] = Field(
        default=None, description="完成时限 as a plan document writes it for the task (2024年12月底前, 全年)."
    )
    section: Optional[str] = None
    metrics: list[Metric] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


PartName = Literal["measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans"]


class PartStatus(_Model):
    present: bool = False
    sections: list[str] = Field(default_factory=list, description="Section ids where the part was found.")


class ShortfallsStatus(PartStatus):
    causes_stated: Optional[bool] = Field(
        default=None,
        description="False when the report names shortfalls but states no cause for them; "
        "None when it has no shortfalls part.",
    )


class Compliance(_Model):
    """Which of the parts mandated by 督察工作规定 art. 25 the document contains."""

    measures_achievements: PartStatus = Field(default_factory=PartStatus)
    shortfalls_causes: ShortfallsStatus = Field(default_factory=ShortfallsStatus)
    first_responsible_person: PartStatus = Field(default_factory=PartStatus)
    next_year_plans: PartStatus = Field(default_factory=PartStatus)
    missing: list[PartName] = Field(default_factory=list)


NumberStatus = Literal["exact", "equivalent", "unsupported"]


class NumberVerification(_Model):
    path: str = Field(description="Field path in the summary, e.g. 'achievements[2].statement'.")
    text: str = Field(description="The number as it stands in that field.")
    value: str = Field(description="Normalised value (decimal string).")
    unit: str = ""
    status: NumberStatus
    source_spans: list[tuple[int, int]] = Field(
        default_factory=list, description="The first places (at most 3, in text order) of the source that support it."
    )
    source_count: int = Field(default=0, ge=0, description="How many places of the source support it.")


class QuoteVerification(_Model):
    path: str
    start: int
    end: int
    status: Literal["match", "mismatch"]


class FactVerification(_Model):
    """A field recomputed from the source (agency, year, genre, compliance, item counts) and compared."""

    path: str = Field(description="Field path, e.g. 'document.report_year' or 'compliance.next_year_plans.present'.")
    claimed: str = Field(description="What the summary says (JSON).")
    expected: str = Field(description="What the source gives (JSON).")
    status: Literal["match", "mismatch"]


class Verification(_Model):
    ok: bool = True
    checked: bool = Field(default=False, description="False until the number checker has run over the summary.")
    numbers: list[NumberVerification] = Field(default_factory=list)
    quotes: list[QuoteVerification] = Field(default_factory=list)
    facts: list[FactVerification] = Field(
        default_factory=list, description="Only when verified against the source text (summarizer verify)."
    )
    unsupported_numbers: int = 0
    quote_mismatches: int = 0
    fact_mismatches: int = 0

    def unsupported(self) -> list[NumberVerification]:
        """The numbers a reader must be shown: the source does not support them."""
        return [n for n in self.numbers if n.status == "unsupported"]

    def mismatched(self) -> list[QuoteVerification]:
        return [q for q in self.quotes if q.status == "mismatch"]

    def mismatched_facts(self) -> list[FactVerification]:
        return [f for f in self.facts if f.status == "mismatch"]


class Provenance(_Model):
    engine: Literal["rules", "llm"]
    version: str
    model: Optional[str] = None
    prompt_version: Optional[str] = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    requests: int = 0
    reasks: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    seconds: float = 0.0
    dropped: int = Field(
        default=0,
        description="LLM engine: items, quotes and metrics of the model's answer left out "
        "because they were not in the source or not valid (--strict fails)",
    )
    model_gaps: list[str] = Field(
        default_factory=list, description="LLM engine: mandated parts the report has but the model left empty"
    )


class Completeness(_Model):
    """Are the mandated parts there, in the mandated order, with a section of their own for the duty?"""

    parts_present: int = Field(default=0, description="How many of the four mandated parts the report has.")
    missing: list[PartName] = Field(default_factory=list)
    order: list[PartName] = Field(
        default_factory=list, description="Parts with a top-level section of their own, in the report's order."
    )
    in_order: Optional[bool] = Field(default=None, description="null when fewer than two parts can be placed.")
    duty: Literal["dedicated", "in_passing", "absent"] = "absent"
    explanation: str = ""
    quotes: list[Quote] = Field(default_factory=list, description="The headings each part was found under.")


class Concreteness(_Model):
    """Numbers and cases, or slogans?"""

    metrics: int = 0
    metrics_per_1000_chars: float = 0.0
    achievements: int = 0
    achievements_with_number: int = 0
    achievement_number_share: Optional[float] = Field(default=None, description="null when there are no achievements.")
    measures: int = 0
    measures_with_number: int = Field(default=0, description="Measures whose quoted words hold a quantity.")
    explanation: str = ""
    quotes: list[Quote] = Field(default_factory=list, description="Up to three measures quoted without a number.")


class GenericShortfall(_Model):
    index: int = Field(description="Index into summary.shortfalls.")
    phrase: str = Field(description="The boilerplate phrase it uses (有待加强, 仍需提升…).")
    quote: Quote


class ProblemAnalysis(_Model):
    """Real problems with causes, or boilerplate?"""

    shortfalls: int = 0
    causes: int = 0
    causes_analysed: bool = False
    generic_shortfalls: list[GenericShortfall] = Field(default_factory=list)
    explanation: str = ""
    quotes: list[Quote] = Field(default_factory=list, description="The causes, or the shortfalls when none.")


class PlanQuality(_Model):
    """Do the plans say what and by when?"""

    plans: int = 0
    with_target: int = Field(default=0, description="Plans naming a measurable target (a quantity, full coverage).")
    with_deadline: int = Field(default=0, description="Plans naming a year, a month or a quarter to be done by.")
    measurable: list[int] = Field(default_factory=list, description="Indices of plans with a target or a deadline.")
    explanation: str = ""
    quotes: list[Quote] = Field(default_factory=list, description="The words of the target or deadline.")


class Timeliness(_Model):
    """Published by the deadline of 《法治政府建设与责任落实督察工作规定》 art. 25 (1 April of the next year)?"""

    publication_date: Optional[str] = Field(default=None, description="ISO date, from the page or the signature.")
    date_source: Optional[Literal["metadata", "signature"]] = None
    metadata_line: Optional[str] = Field(
        default=None,
        description="The page's metadata line the date was read from (cleaning drops it from the text quotes index).",
    )
    deadline: Optional[str] = Field(default=None, description="ISO date: 1 April of the year after report_year.")
    status: Literal["on_time", "late", "unknown"] = "unknown"
    explanation: str = ""
    quotes: list[Quote] = Field(default_factory=list, description="The signature date, when it gave the date.")


class Quality(_Model):
    """Transparent indicators of how a report reports (rules in README, no hidden score): each with a Chinese
    one-line explanation and the quotes it rests on. Computed from the summary and the cleaned text."""

    completeness: Completeness = Field(default_factory=Completeness)
    concreteness: Concreteness = Field(default_factory=Concreteness)
    problem_analysis: ProblemAnalysis = Field(default_factory=ProblemAnalysis)
    plans: PlanQuality = Field(default_factory=PlanQuality)
    timeliness: Timeliness = Field(default_factory=Timeliness)


class Summary(_Model):
    schema_version: str = SCHEMA_VERSION
    document: Document
    outline: list[Section] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    achievements: list[Achievement] = Field(default_factory=list)
    shortfalls: list[Shortfall] = Field(default_factory=list)
    causes: list[Cause] = Field(default_factory=list)
    first_responsible_person: FirstResponsiblePerson = Field(default_factory=FirstResponsiblePerson)
    plans: list[Plan] = Field(default_factory=list)
    compliance: Compliance = Field(default_factory=Compliance)
    verification: Verification = Field(default_factory=Verification)
    provenance: Provenance
    warnings: list[str] = Field(default_factory=list)
    quality: Optional[Quality] = Field(
        default=None,
        description="Indicators of how the report reports "
        "(summarizer.quality); null in summaries made before they existed.",
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Summary`, as exported to ``schemas/summary.schema.json``."""
    schema = Summary.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://summarizer.invalid/schemas/summary-{SCHEMA_VERSION}.json"
    return schema
