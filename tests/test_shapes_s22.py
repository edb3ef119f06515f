"""Shapes of session 22 (issue 10), from the development texts and the blind sets IK–: a plan or an opinion that
names itself in a formula our first list did not know (特制定如下行动方案, 现提出以下意见, 编制本规划).

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document


@pytest.mark.parametrize(
    "formula",
    [
        "结合本县实际，特制定如下行动方案。",
        "现提出以下意见。",
        "结合我省实际，编制本规划。",
        "特制定本工作方案。",
        "现就做好有关工作提出如下指导意见。",
    ],
)
def test_a_plan_that_names_itself_in_its_purpose_clause_is_a_plan(formula: str) -> None:
    # 为…，根据《…》，特制定如下行动方案 / 为…，现提出以下意见 over 一、总体要求: a plan or an opinion setting tasks,
    # whose title the copy lost
    text = (
        "各乡镇人民政府，县政府各部门：\n"
        "为深入推进依法行政，加快建设法治政府，根据省、市有关部署要求，" + formula + "\n"
        "一、总体要求\n"
        "坚持以习近平法治思想为指导，全面提升行政机关依法履职能力。\n"
        "二、重点工作\n"
        "（一）规范行政决策程序。各单位要严格落实重大行政决策程序规定。\n"
    )
    assert document(text).doc_type == DocType.implementation_plan


def test_a_congress_committees_review_opinions_are_no_plan() -> None:
    # the twin: 现将…提出以下审议意见 is a standing committee's comment on a report it heard, no plan of its own
    text = (
        "区人大常委会第十五次会议听取和审议了区人民政府关于2022年度法治政府建设情况的报告。"
        "会议认为，区政府依法行政水平不断提高。现提出以下审议意见：\n"
        "一、进一步提高思想认识\n"
        "区政府要把法治政府建设摆在全局工作的重要位置。\n"
    )
    assert document(text).doc_type != DocType.implementation_plan
