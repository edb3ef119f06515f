"""What a check returns: the findings (numbers, quotes, left-alone numerals) and their counts, and its JSON Schema."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

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
