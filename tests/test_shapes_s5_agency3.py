"""The issuing agency on shapes of session 5, round 3: news of a legislature's hearing (the body whose report it
heard, or no one when it heard several), and the shapes where that must not fire (a legislature's own work, its
own report to the plenary).

All texts in our own words; places, bodies and people invented.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

SHAPES = [
    # (id, text, agency)
    (
        "a standing committee hears a government's report",
        "5月6日，区人大常委会在机关会议室专题听取了区人民政府关于2025年重点项目推进情况的报告。"
        "区人民政府副区长李华到会报告工作。\n常委会组成人员对区人民政府的工作给予肯定，提出建议12条。",
        "区人民政府",
    ),
    (
        "a standing committee's session with many items, one of them a rule-of-law report",
        "4月2日，县人大常委会主任王明主持召开青禾县五届人大常委会第八次会议。\n"
        "会议审议通过了县人大常委会2026年工作要点、县人大监察司法委关于2025年备案审查工作情况的报告、"
        "青禾县人民政府关于2025年度法治政府建设情况的报告、关于2025年度环境状况的报告；表决通过了人事任免事项。",
        "青禾县人民政府",
    ),
    (
        "a standing committee hears a bureau head's report given on the government's behalf",
        "6月3日，市人大常委会召开第十二次会议，听取了李华代表市人民政府所作的关于2025年度食品安全工作情况的报告。",
        "市人民政府",
    ),
]


@pytest.mark.parametrize("name, text, agency", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_of_session5_round3_shapes(name, text, agency):
    assert summarize(text=text, engine="rules").document.agency == agency


NO_ONE = [
    (
        "a standing committee hears several bureaus",
        "3月9日，县人大常委会召开座谈会，就《青禾条例》贯彻实施情况听取县卫健局、县医保局、县教育局等单位负责人汇报。\n"
        "会议要求各单位认真落实条例规定。",
    ),
    (
        "a CPPCC session hears two bodies",
        "7月1日，市政协召开专题协商会，听取市司法局关于法律援助工作情况的通报和市财政局关于预算执行情况的报告。",
    ),
]


@pytest.mark.parametrize("name, text", NO_ONE, ids=[s[0] for s in NO_ONE])
def test_no_agency_when_no_one_body_wrote(name, text):
    assert summarize(text=text, engine="rules").document.agency is None


KEPT = [
    (
        "a standing committee's own symposium, no report heard",
        "市人大常委会征求法治政府建设意见建议\n9月5日下午，市人大常委会副主任王明主持召开座谈会，"
        "邀请人大代表和市直部门负责人50多人座谈交流。会后将意见建议梳理后反馈给市政府。",
        "市人大常委会",
    ),
    (
        "a standing committee's work report to the plenary that names the reports it heard",
        "青禾市人民代表大会常务委员会副主任 李华\n各位代表：\n受市人大常委会委托，我向大会报告工作，请予审议。\n"
        "一年来，市人大常委会审议“一府一委两院”专项工作报告27个，开展执法检查5项。",
        "青禾市人民代表大会常务委员会",
    ),
]


@pytest.mark.parametrize("name, text, agency", KEPT, ids=[s[0] for s in KEPT])
def test_legislature_kept_for_its_own_work(name, text, agency):
    assert summarize(text=text, engine="rules").document.agency == agency
