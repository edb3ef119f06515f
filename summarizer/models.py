"""The contract: what a summary of a 法治政府建设年度报告 contains.

Both engines fill these models, the JSON output is their dump, and ``schemas/summary.schema.json`` is
their exported JSON Schema (a test fails when it is stale). Every item carries evidence: verbatim
quotes whose offsets index the *cleaned* text (``document.sha256`` identifies it), so a reader or a
program can always go back to the words the claim rests on.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal, Optional

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
    section: Optional[str] = None
    metrics: list[Metric] = Field(default_factory=list)
    evidence: list[Quote] = Field(default_factory=list)


PartName = Literal["measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans"]

PART_LABELS: dict[str, str] = {
    "measures_achievements": "主要举措和成效",
    "shortfalls_causes": "存在的不足和原因",
    "first_responsible_person": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "next_year_plans": "下一年度主要安排",
}


class PartStatus(_Model):
    present: bool = False
    sections: list[str] = Field(default_factory=list, description="Section ids where the part was found.")


class Compliance(_Model):
    """Which of the parts mandated by 督察工作规定 art. 25 the document contains."""

    measures_achievements: PartStatus = Field(default_factory=PartStatus)
    shortfalls_causes: PartStatus = Field(default_factory=PartStatus)
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
    source_spans: list[tuple[int, int]] = Field(default_factory=list)


class QuoteVerification(_Model):
    path: str
    start: int
    end: int
    status: Literal["match", "mismatch"]


class Verification(_Model):
    ok: bool = True
    checked: bool = Field(default=False, description="False until the number checker has run over the summary.")
    numbers: list[NumberVerification] = Field(default_factory=list)
    quotes: list[QuoteVerification] = Field(default_factory=list)
    unsupported_numbers: int = 0
    quote_mismatches: int = 0

    def unsupported(self) -> list[NumberVerification]:
        """The numbers a reader must be shown: the source does not support them."""
        return [n for n in self.numbers if n.status == "unsupported"]

    def mismatched(self) -> list[QuoteVerification]:
        return [q for q in self.quotes if q.status == "mismatch"]


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
    dropped: int = Field(default=0, description="LLM engine: items, quotes and metrics of the model's answer left out "
                                                "because they were not in the source or not valid (--strict fails)")
    model_gaps: list[str] = Field(default_factory=list,
                                  description="LLM engine: mandated parts the report has but the model left empty")


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


def json_schema() -> dict:
    """The JSON Schema of :class:`Summary`, as exported to ``schemas/summary.schema.json``."""
    schema = Summary.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://summarizer.invalid/schemas/summary-{SCHEMA_VERSION}.json"
    return schema
