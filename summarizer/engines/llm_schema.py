"""What the model returns: a draft with verbatim quote strings instead of offsets.

The model cannot count characters, so it quotes and we align (``llm_ground``). Each item validates
itself against the source when a grounding check is at hand: the engine's call in progress
(:data:`GROUNDING`) or a validation context (``model_validate(…, context={"grounding": …})``). An
unalignable quote or a number the source does not contain raises a short Chinese message that instructor
sends back as the re-ask. Without either (a lenient re-parse of a failed answer) the same models parse
without checks.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..models import Area

#: the grounding check of the engine's call in progress, read by the validators below; a context variable, so
#: concurrent reports of a batch (each in its own task) never see each other's source
GROUNDING: ContextVar[Any] = ContextVar("summarizer_grounding", default=None)

_QUOTES = "从报告中逐字复制的原文片段（一个字、一个标点都不改，不省略、不拼接），每条不超过80字"
_SECTION = "所在最小章节的编号，取自提纲（如“一(二)”）；没有合适章节时为 null"


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore", use_enum_values=True)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Any:
        grounding = (info.context or {}).get("grounding") or GROUNDING.get()
        if grounding is not None:
            problems = grounding.problems(self)
            if problems:
                # one message per item; pydantic prefixes the item's path (achievements.2)
                raise PydanticCustomError("ungrounded", "；".join(problems))
        return self


class DraftMetric(_Draft):
    label: str = Field(description="指标指什么，如“罚没款”")
    value: float = Field(description="原文写的数值，不换算（105.2879万元 写 105.2879）")
    unit: str = Field(default="", description="原文单位，如“万元”“%”“人次”“件”")
    qualifier: Optional[str] = Field(default=None, description="原文的限定词：余/多/近/约/不足/以上/超过/不少于…，没有为 null")
    quote: str = Field(description="包含该数字的原文片段，逐字复制")

    @field_validator("qualifier", mode="before")
    @classmethod
    def _empty_is_none(cls, v: Any) -> Any:
        return v or None


class DraftMeasure(_Draft):
    title: str = Field(description="举措的小标题（原文）")
    summary: str = Field(default="", description="一句话概括；数字只能来自原文")
    area: Area = Field(default=Area.other, description="工作领域")
    section: Optional[str] = Field(default=None, description=_SECTION)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)


class DraftAchievement(_Draft):
    statement: str = Field(description="成效的陈述；数字只能来自原文")
    section: Optional[str] = Field(default=None, description=_SECTION)
    metrics: list[DraftMetric] = Field(default_factory=list)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)


class DraftShortfall(_Draft):
    issue: str = Field(description="存在的不足（按报告的列举逐条）")
    section: Optional[str] = Field(default=None, description=_SECTION)
    metrics: list[DraftMetric] = Field(default_factory=list)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)


class DraftCause(_Draft):
    cause: str = Field(description="问题产生的原因（报告单独写明时才填）")
    section: Optional[str] = Field(default=None, description=_SECTION)
    metrics: list[DraftMetric] = Field(default_factory=list)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)


class DraftDutyAction(_Draft):
    action: str = Field(description="主要负责人的一项履职举措")
    metrics: list[DraftMetric] = Field(default_factory=list)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)


class DraftDuty(_Draft):
    reported: bool = Field(default=False, description="报告是否写了党政主要负责人履行推进法治建设第一责任人职责情况")
    dedicated_section: bool = Field(default=False, description="是否有专门的章节")
    section: Optional[str] = Field(default=None, description="专门章节或所在章节的编号")
    actions: list[DraftDutyAction] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list, description=_QUOTES)


class DraftPlan(_Draft):
    action: str = Field(description="下一年度的一项工作安排（按报告的列举逐条）")
    target_year: Optional[int] = Field(default=None, description="安排针对的年份（原文写明的），没有为 null")
    section: Optional[str] = Field(default=None, description=_SECTION)
    metrics: list[DraftMetric] = Field(default_factory=list)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)


class ReportSummaryDraft(_Draft):
    """法治政府建设年度报告的结构化摘要：每一项都附逐字引文，数字只用原文中的数字。"""

    measures: list[DraftMeasure] = Field(default_factory=list, description="主要举措")
    achievements: list[DraftAchievement] = Field(default_factory=list, description="有数字的成效")
    shortfalls: list[DraftShortfall] = Field(default_factory=list, description="存在的不足")
    causes: list[DraftCause] = Field(default_factory=list, description="问题产生的原因")
    first_responsible_person: DraftDuty = Field(default_factory=DraftDuty,
                                                description="党政主要负责人履行推进法治建设第一责任人职责情况")
    plans: list[DraftPlan] = Field(default_factory=list, description="下一年度主要安排")
