"""Shapes of session 64 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.claims import metric_claim
from summarizer.models import Metric, Quote
from summarizer.numbers import find_numbers, qualifier_group, written

_QUALIFIED = (
    "一、2024年度法治政府建设的主要举措和成效\n"
    "（一）深化普法宣传。全年开展送法下乡活动36场，参与群众超2万人次，发放宣传资料1万余份。\n"
    "（二）优化营商环境。落实减税降费政策，为企业减负超过10亿元，办件平均等候时间不超过10分钟，"
    "网上办理占比超70%，线下窗口接待3000多人次。\n"
)


def test_a_rules_summary_of_qualified_figures_passes_its_own_verification() -> None:
    # 超/超过/不超过 stand before a number and 余/多 after its magnitude: a metric read from them must be written
    # back the same way, or our own checker calls a figure the source states unsupported
    summary = summarize(_QUALIFIED)
    claims = {metric_claim(m) for a in summary.achievements for m in a.metrics}
    assert {"超2万人次", "1万余份", "超过10亿元", "不超过10分钟", "超70%", "3000多人次"} <= claims
    assert summary.verification.ok
    assert summary.verification.unsupported_numbers == 0


@pytest.mark.parametrize(
    "text",
    ["超2万人次", "1万余份", "1.5万余人次", "3000多人", "600多万条", "10余万元", "5亿余元", "不超过10分钟", "超过10亿元", "超70%",
     "近1500人次", "约58%", "2万人次以上", "不足5%", "不少于30学时", "逾百人", "六十余次", "至少3场", "200人左右"],
)  # fmt: skip
def test_a_quantity_written_back_reads_as_the_same_quantity(text: str) -> None:
    # a claim is checked by reading it again: value, unit and the qualifier's group survive the round trip
    (m,) = find_numbers(text)
    (again,) = find_numbers(written(format(m.raw_value, "f"), m.raw_unit, m.qualifier))
    assert (again.value, again.unit, qualifier_group(again.qualifier)) == (
        m.value,
        m.unit,
        qualifier_group(m.qualifier),
    )


def test_a_models_metric_qualified_before_its_number_is_checked_as_written() -> None:
    # the LLM path checks a model's metric through the same claim: 超 kept before the number, not dropped after it
    m = Metric(label="参与群众", value=2, unit="万人次", qualifier="超", quote=Quote(text="超2万人次", start=0, end=5))
    assert metric_claim(m) == "超2万人次"


def test_a_quoted_name_after_a_rate_is_not_what_the_rate_measures() -> None:
    # 处置率100%“三个目标”: the quotation names the goals the rates add up to; its 三个 is no figure of ours
    text = (
        "一、2023年度法治政府建设的主要举措和成效\n"
        "（一）严格生态环境执法。依法推进污染治理，实现河流水质达标率100%、固废无害化处置率100%“三个目标”。\n"
    )
    summary = summarize(text)
    labels = [m.label for a in summary.achievements for m in a.metrics]
    assert labels == ["河流水质达标率", "固废无害化处置率"]
    assert summary.verification.ok
