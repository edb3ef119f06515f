"""What a careful reader finds in each seed document (tests/fixtures/GOLD.md), asserted on the rules engine.

The LLM engine's tests reuse ``GOLD`` and ``assert_gold`` so that both engines meet the same bar.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from summarizer import summarize
from summarizer.models import Metric, Quote, Summary

from .conftest import FIXTURES, cleaned_text

GOLD_FILE = FIXTURES / "gold.json"


def _load_gold() -> dict[str, dict[str, Any]]:
    """The gold facts of each seed (tests/fixtures/gold.json, written down from GOLD.md): facts, item counts or the
    words each item must contain, ``numbers`` as (value as written, unit as written, qualifier), ``written`` (the
    same numbers as the source writes them) and ``boilerplate`` (markers in the raw text that cleaning removes)."""
    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
    for facts in gold.values():
        facts["numbers"] = [tuple(n) for n in facts["numbers"]]
    return gold


GOLD: dict[str, dict[str, Any]] = _load_gold()


def all_metrics(summary: Summary) -> list[Metric]:
    items = [
        *summary.achievements,
        *summary.shortfalls,
        *summary.causes,
        *summary.plans,
        *summary.first_responsible_person.actions,
    ]
    return [m for item in items for m in item.metrics]


def all_quotes(obj: Any) -> list[Quote]:
    """Every Quote anywhere in a summary, found by walking it (not by trusting the verifier)."""
    if isinstance(obj, Quote):
        return [obj]
    if isinstance(obj, list):
        return [q for v in obj for q in all_quotes(v)]
    if isinstance(obj, BaseModel):
        return [q for name in type(obj).model_fields for q in all_quotes(getattr(obj, name))]
    return []


def _count_or_texts(expected: Any, actual: list[str], name: str) -> None:
    if expected is None:
        return
    if isinstance(expected, int):
        assert len(actual) == expected, f"{name}: {actual}"
        return
    assert len(actual) == len(expected), f"{name}: expected {expected}, got {actual}"
    for want, got in zip(expected, actual):
        assert want in got, f"{name}: expected an item with {want!r}, got {got!r}"


def assert_gold(summary: Summary, gold: dict[str, Any]) -> None:
    d = summary.document
    assert d.doc_type == gold["doc_type"]
    assert d.agency == gold["agency"]
    assert d.report_year == gold["year"]
    assert d.script == gold["script"]
    if gold["measures"] is not None:
        assert len(summary.measures) == gold["measures"], [m.title for m in summary.measures]
    _count_or_texts(gold["shortfalls"], [s.issue for s in summary.shortfalls], "shortfalls")
    _count_or_texts(gold["causes"], [c.cause for c in summary.causes], "causes")
    frp = summary.first_responsible_person
    assert frp.reported is gold["duty_reported"]
    assert frp.dedicated_section is gold["duty_dedicated"]
    if gold.get("duty_section"):
        assert frp.section == gold["duty_section"]
    _count_or_texts(gold["duty_actions"], [a.action for a in frp.actions], "duty actions")
    _count_or_texts(gold["plans"], [p.action for p in summary.plans], "plans")
    assert {p.target_year for p in summary.plans} == {gold["target_year"]}
    metrics = all_metrics(summary)
    for value, unit, qualifier in gold["numbers"]:
        assert any(m.value == value and m.unit == unit and m.qualifier == qualifier for m in metrics), (
            f"no metric {qualifier or ''}{value}{unit}; have {[(m.value, m.unit, m.qualifier) for m in metrics]}"
        )
    assert summary.compliance.missing == []


@pytest.fixture(scope="module", params=sorted(GOLD))
def case(request):
    name = request.param
    return name, summarize(FIXTURES / name, engine="rules")


def test_gold_facts(case):
    name, summary = case
    assert_gold(summary, GOLD[name])


def test_every_quote_equals_the_cleaned_source(case):
    name, summary = case
    text = cleaned_text(name)
    quotes = all_quotes(summary)
    assert len(quotes) > 20
    for q in quotes:
        assert text[q.start : q.end] == q.text


def test_summary_verifies_and_sha_identifies_the_cleaned_text(case):
    name, summary = case
    import hashlib

    text = cleaned_text(name)
    assert summary.document.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert summary.document.char_count == len(text)
    v = summary.verification
    assert v.checked and v.ok, [n for n in v.numbers if n.status == "unsupported"]
    assert v.quote_mismatches == 0 and len(v.quotes) == len(all_quotes(summary))


def test_boilerplate_is_not_content(case):
    name, summary = case
    text = cleaned_text(name)
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    markers = GOLD[name]["boilerplate"]
    assert markers, "every seed names the debris its cleaning removes"
    for marker in markers:
        assert marker in raw and marker not in text, marker


def test_traditional_report_is_output_in_simplified_with_pinyin_removed():
    summary = summarize(FIXTURES / "000_aacb369b95bbd567.txt", engine="rules")
    text = cleaned_text("000_aacb369b95bbd567.txt")
    assert summary.document.text_script == "simplified"
    assert "卫生" in text and "(wèi)" not in text and "衛" not in text
    assert "委(党组)" in text and "照(批文)" in text  # real parentheses stay
    assert summary.plans[0].action == "法治建设深化工程"


def test_traditional_report_can_keep_its_script():
    summary = summarize(FIXTURES / "000_aacb369b95bbd567.txt", engine="rules", keep_script=True)
    assert summary.document.text_script == "traditional"
    assert summary.plans[0].action == "法治建設深化工程"
    assert summary.verification.ok


def test_implementation_plan_is_typed_and_gets_no_invented_parts():
    summary = summarize(FIXTURES / "003_3719d567a220afbd.txt", engine="rules")
    assert summary.document.doc_type == "implementation_plan"
    assert summary.document.agency == "荥阳市卫生健康委"
    assert summary.document.report_year is None
    assert summary.shortfalls == [] and summary.causes == [] and summary.achievements == []
    assert summary.first_responsible_person.reported is False
    assert set(summary.compliance.missing) == {
        "measures_achievements",
        "shortfalls_causes",
        "first_responsible_person",
        "next_year_plans",
    }
    assert any("not an annual report" in w for w in summary.warnings)
    # its tasks are still listed, without a target year it does not state
    assert len(summary.plans) >= 25 and all(p.target_year is None for p in summary.plans)
    assert summary.verification.ok


@pytest.mark.parametrize(
    "name, value, unit, label",
    [
        ("004_85fd514af7da5818.txt", 223.0, "家", "医疗机构"),  # 对全区223家医疗机构开展…: the noun follows
        ("004_85fd514af7da5818.txt", 87.0, "件", "受领国家、省随机监督抽查任务"),  # 共受领…任务5个专业共87件: no 共
        ("004_85fd514af7da5818.txt", 26.0, "件次", "受理各类信访件"),  # 2023年截至12月20日受理…: date dropped
        ("000_aacb369b95bbd567.txt", 84.0, "项", "政务服务事项"),  # 在84项政务服务事项中
        ("000_aacb369b95bbd567.txt", 312.0, "起", "查处医疗卫生机构违法违规行为"),  # 行为 keeps its 为
        ("000_aacb369b95bbd567.txt", 89.74, "%", "压缩比例"),  # 压缩比例高达89.74%
        ("002_69ba15540b3f8e73.txt", 105.2879, "万元", "罚没款"),
    ],
)
def test_metric_labels_name_what_is_counted(name, value, unit, label):
    metrics = all_metrics(summarize(FIXTURES / name, engine="rules"))
    assert label in [m.label for m in metrics if m.value == value and m.unit == unit]
