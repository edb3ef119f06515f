"""Shapes of session 26 (issue 10), found on real documents nobody here wrote (a public corpus of the State
Council's work reports): the premier's report names the body he speaks for without a hearer (我代表国务院，作政府工作
报告) or says first which year it reports (首先报告某年的工作).

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import facts, packaged

_PREMIER_NO_HEARER = (
    "各位代表，现在，我代表国务院，作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n"
    "一、去年工作回顾\n"
    "2015年，经济运行总体平稳，全年新增就业人口1100万人。\n"
    "我们主要做了以下几方面工作：\n"
    "（一）深化行政审批制度改革。在国务院领导下，各部门取消和下放审批事项200余项，政府职能加快转变，"
    "放管结合的机制逐步完善，市场主体活力明显增强。\n"
    "二、今年主要任务\n"
    "今年要着力稳增长、调结构、惠民生，继续推进简政放权。\n"
)


def test_a_premier_speaking_for_the_state_council_without_naming_the_hearers_delivers_its_work_report() -> None:
    # 我代表国务院，作政府工作报告: the speaker's own word for whom he speaks, though the body says it worked 在国务院领导下
    for text in packaged(_PREMIER_NO_HEARER):
        assert facts(text) == ("government_work_report", "国务院", 2015)


_PREMIER_REPORTS_FIRST = (
    "各位代表：\n"
    "现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n"
    "首先报告2011年的工作\n"
    "过去一年，国民经济保持平稳较快发展，国内生产总值比上年增长9%，财政收入持续增加。\n"
    "根据党中央部署，今年工作的总体要求是：稳中求进，深化改革，保障和改善民生。\n"
    "按照这个总体要求，今年要着重做好以下六个方面工作。\n"
)


def test_a_work_report_that_first_reports_the_year_before_is_of_that_year_and_no_years_points() -> None:
    # 首先报告2011年的工作 dates the report; 今年工作的总体要求是 in a report delivered to the delegates sets no points
    for text in packaged(_PREMIER_REPORTS_FIRST):
        assert facts(text) == ("government_work_report", "国务院", 2011)
