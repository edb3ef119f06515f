"""What the model returns: a draft with verbatim quote strings instead of offsets.

The model cannot count characters, so it quotes and we align (``llm_ground``). Each item validates
itself against the source when a grounding check is at hand: the engine's call in progress
(:data:`GROUNDING`) or a validation context (``model_validate(…, context={"grounding": …})``). An
unalignable quote or a number the source does not contain raises a short Chinese message. In the engine's
call (:data:`REJECTS` set) each list is validated item by item: a failing item is set aside with its
messages (the engine re-asks for it alone) and the others are kept. Without either the same models parse
without checks. What models do to the shape is forgiven where the meaning is clear: an answer wrapped in
one key or written as a JSON string, Chinese top-level keys, Chinese area names (unknown ones are
``other``), ``"value": "223家"``, ``"quotes": "…"``.
"""

from __future__ import annotations

import json
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Optional

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ...models import Area

#: the grounding check of the engine's call in progress, read by the validators below; a context variable, so
#: concurrent reports of a batch (each in its own task) never see each other's source
GROUNDING: ContextVar[Any] = ContextVar("summarizer_grounding", default=None)


@dataclass
class Reject:
    """An item of the model's answer that failed (schema or source checks): re-asked alone, or dropped."""

    field: str  # "achievements", "first_responsible_person.actions", …
    item: Any  # the item as the model wrote it
    errors: list[str] = field(default_factory=list)


#: where the engine's call in progress collects rejected items. When set, a bad item is set aside and the rest
#: of the answer is kept (item-by-item validation); when unset (a plain ``model_validate``), a bad item fails the
#: whole draft as before.
REJECTS: ContextVar[Optional[list[Reject]]] = ContextVar("summarizer_rejects", default=None)

_QUOTES = (
    "从报告中逐字复制的一段连续原文（一个字、一个标点都不改，不加机构名等前缀，不省略、不拼接、不用……），"
    "每条不超过80字；引文由程序逐字核对"
)
_SECTION = "所在最小章节的编号，取自提纲（如“一(二)”）；没有合适章节时为 null"


_NUMBER_THEN_UNIT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*([^0-9.]{0,6})$")

#: the Chinese names models write for the work areas (the prompt gives them); anything else becomes ``other``
AREA_NAMES = {
    "依法决策": Area.decision_making,
    "重大行政决策": Area.decision_making,
    "决策": Area.decision_making,
    "规范性文件": Area.normative_documents,
    "行政执法": Area.law_enforcement,
    "执法": Area.law_enforcement,
    "普法": Area.legal_publicity,
    "法治宣传": Area.legal_publicity,
    "普法宣传": Area.legal_publicity,
    "监督": Area.supervision,
    "政务公开": Area.supervision,
    "行政监督": Area.supervision,
    "政务服务": Area.government_services,
    "放管服": Area.government_services,
    "营商环境": Area.government_services,
    "矛盾纠纷化解": Area.dispute_resolution,
    "矛盾纠纷": Area.dispute_resolution,
    "行政复议": Area.dispute_resolution,
    "复议应诉": Area.dispute_resolution,
    "信访": Area.dispute_resolution,
    "党的领导": Area.leadership,
    "组织保障": Area.leadership,
    "组织领导": Area.leadership,
    "其他": Area.other,
}
#: the prompt's list of areas, with their Chinese names
AREA_HELP = (
    "工作领域，取值之一：decision_making=依法决策，normative_documents=规范性文件，law_enforcement=行政执法，"
    "legal_publicity=普法，supervision=监督与政务公开，government_services=政务服务与放管服，"
    "dispute_resolution=矛盾纠纷化解、复议应诉、信访，leadership=党的领导与组织保障，other=其他"
)


def _rejected(name: str, raw: Any, err: ValidationError) -> Reject:
    errors = []
    for e in err.errors(include_url=False):
        loc = ".".join(str(x) for x in e["loc"][1:])  # [0] is the item's index in its one-element list
        errors.append(e["msg"] if e["type"] == "ungrounded" or not loc else f"{loc}: {e['msg']}")
    return Reject(name, raw, list(dict.fromkeys(errors)))


def _each_item(name: str, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Validate a list item by item when the engine collects rejects (see :data:`REJECTS`)."""
    rejects = REJECTS.get()
    if rejects is None:
        return handler(value)
    if value is None:
        return []
    if isinstance(value, dict):  # one item where a list was asked for
        value = [value]
    if not isinstance(value, list):
        rejects.append(Reject(name, value, ["应为条目列表"]))
        return []
    kept: list[Any] = []
    for raw in value:
        try:
            kept.extend(handler([raw]))
        except ValidationError as err:
            rejects.append(_rejected(name, raw, err))
    return kept


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore", use_enum_values=True)

    @model_validator(mode="before")
    @classmethod
    def _quotes_as_list(cls, data: Any) -> Any:
        """``"quotes": "…"`` (one string) is one quote."""
        if isinstance(data, dict) and isinstance(data.get("quotes"), str):
            data = {**data, "quotes": [data["quotes"]]}
        return data

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
    qualifier: Optional[str] = Field(
        default=None, description="原文的限定词：余/多/近/约/不足/以上/超过/不少于…，没有为 null"
    )
    quote: str = Field(description="包含该数字的原文片段，逐字复制")

    @field_validator("qualifier", mode="before")
    @classmethod
    def _empty_is_none(cls, v: Any) -> Any:
        return v or None

    @model_validator(mode="before")
    @classmethod
    def _value_as_written(cls, data: Any) -> Any:
        """``"value": "223家"``: models often write the number with its unit; split it when the unit is missing
        or the same (the number itself is still checked against the source)."""
        if isinstance(data, dict) and isinstance(data.get("value"), str):
            m = _NUMBER_THEN_UNIT.match(data["value"].strip())
            if m and (not data.get("unit") or data.get("unit") == m.group(2).strip()):
                data = {**data, "value": m.group(1), "unit": data.get("unit") or m.group(2).strip()}
        return data


class DraftMeasure(_Draft):
    title: str = Field(description="举措的小标题（原文）")
    summary: str = Field(default="", description="一句话概括；数字只能来自原文")
    area: Area = Field(default=Area.other, description=AREA_HELP)
    section: Optional[str] = Field(default=None, description=_SECTION)
    quotes: list[str] = Field(min_length=1, description=_QUOTES)

    @field_validator("area", mode="before")
    @classmethod
    def _area(cls, v: Any) -> Any:
        """A Chinese name maps to its area; an unknown value is ``other``, not a reason to drop the measure."""
        if isinstance(v, str):
            key = v.strip()
            if key in Area.__members__:
                return key
            return AREA_NAMES.get(key, Area.other)
        return Area.other


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

    @field_validator("actions", mode="wrap")
    @classmethod
    def _each(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        return _each_item("first_responsible_person.actions", value, handler)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Any:
        """The duty's own quotes are optional: one that does not align is dropped (and counted), so the actions
        stay; without the engine's collector a bad quote fails the draft as before."""
        grounding = (info.context or {}).get("grounding") or GROUNDING.get()
        if grounding is None:
            return self
        bad = [q for q in self.quotes if not grounding.aligns(q, self.section)]
        if bad:
            rejects = REJECTS.get()
            if rejects is None:
                raise PydanticCustomError("ungrounded", "；".join(grounding.problems(self)))
            rejects.append(
                Reject("first_responsible_person.quotes", bad, [f"引文“{q[:30]}”在原文中找不到" for q in bad])
            )
            self.quotes = [q for q in self.quotes if q not in bad]
        return self


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
    first_responsible_person: DraftDuty = Field(
        default_factory=DraftDuty, description="党政主要负责人履行推进法治建设第一责任人职责情况"
    )
    plans: list[DraftPlan] = Field(default_factory=list, description="下一年度主要安排")

    @field_validator("measures", "achievements", "shortfalls", "causes", "plans", mode="wrap")
    @classmethod
    def _each(cls, value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        return _each_item(info.field_name or "", value, handler)

    @field_validator("first_responsible_person", mode="wrap")
    @classmethod
    def _duty(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        rejects = REJECTS.get()
        if rejects is None:
            return handler(value)
        try:
            return handler(value)
        except ValidationError as err:  # e.g. "reported": "是的": keep the actions we can read
            rejects.append(_rejected("first_responsible_person", value, err))
            actions = value.get("actions") if isinstance(value, dict) else None
            return handler({"actions": actions}) if actions else DraftDuty()

    @model_validator(mode="before")
    @classmethod
    def _salvage(cls, data: Any) -> Any:
        """What models wrap around the answer: ``{"result": {...}}``, a JSON string inside JSON, Chinese keys."""
        for _ in range(3):
            if isinstance(data, str):
                try:
                    data = json.loads(data)
                except ValueError:
                    return data
            if isinstance(data, dict) and not (set(data) & _TOP_KEYS):
                renamed = {_CHINESE_KEYS[k]: v for k, v in data.items() if k in _CHINESE_KEYS}
                if renamed:
                    return renamed
                inner = [v for v in data.values() if isinstance(v, (dict, str))]
                if len(data) == 1 and inner:
                    data = inner[0]
                    continue
            break
        return data

    def item_count(self) -> int:
        return (
            len(self.measures)
            + len(self.achievements)
            + len(self.shortfalls)
            + len(self.causes)
            + len(self.plans)
            + len(self.first_responsible_person.actions)
        )


_TOP_KEYS = {"measures", "achievements", "shortfalls", "causes", "first_responsible_person", "plans"}
_CHINESE_KEYS = {
    "主要举措": "measures",
    "举措": "measures",
    "成效": "achievements",
    "主要成效": "achievements",
    "存在的不足": "shortfalls",
    "不足": "shortfalls",
    "存在的问题": "shortfalls",
    "原因": "causes",
    "问题产生的原因": "causes",
    "第一责任人职责": "first_responsible_person",
    "党政主要负责人履行推进法治建设第一责任人职责情况": "first_responsible_person",
    "下一年度主要安排": "plans",
    "下一年度安排": "plans",
    "工作计划": "plans",
    "计划": "plans",
}
