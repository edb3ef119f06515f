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
        "a town that calls itself 我镇 under its banner's requirements, its name once deep in the body",
        "2025年，我镇始终围绕全镇发展实际，根据青禾旗法治政府建设的有关要求，依法全面履行政府职能。"
        "现将本镇2025年度法治政府建设工作情况报告如下：\n一、2025年工作总结\n"
        "（一）加强统筹。成立法治建设领导小组，以网格化服务强化云溪镇法治建设。\n二、存在的不足\n队伍力量不足。",
        "云溪镇",
    ),
    (
        "a county's news that says 我县 and names the county once as the subject of a visit",
        "6月3日，县政协副主席李华一行就肥西县加强依法行政工作开展了专题调研。\n"
        "调研组详细了解了我县近年来推进依法行政工作情况，并提出了意见建议。",
        "肥西县",
    ),
    (
        "a first sentence that opens like a title (某县2025年法治政府建设工作坚持…)",
        "青禾县2025年法治政府建设工作坚持以习近平法治思想为指导，健全法治建设体系，现将法治政府建设工作总结如下：\n"
        "一、2025年法治政府建设主要举措和成效\n（一）强化组织领导。召开全面依法治县委员会会议2次。",
        "青禾县",
    ),
    (
        "a commended bureau named short in the lead's second sentence after 近年来",
        "近日，中共青禾市委、青禾市人民政府对2024-2025年度法治建设考核优秀单位进行通报表扬，市统计局位列其中。\n"
        "近年来，市统计局以习近平法治思想引领全市统计工作，不断提高全市统计系统依法统计的自觉。",
        "市统计局",
    ),
    (
        "a new town of a new area as a report's title subject",
        "云溪新城2025年度法治政府建设工作报告\n2025年，云溪新城深入贯彻落实全面依法治国部署。"
        "现将2025年法治政府建设工作报告如下：\n" + "一、主要举措\n健全决策机制。\n二、存在的不足\n队伍不足。",
        "云溪新城",
    ),
    (
        "a news headline whose office goes out to inspect (某办赴各县(区)进行…督查)",
        "市政府法制办赴各县(区)进行法治政府建设中期督查\n近日，市政府法制办主任李华带队赴8个县(区)进行督查。",
        "市政府法制办",
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


NOT_OWN_PLACE = [
    # a place it learns from (赴…学习考察) is not its own
    "2025年，我县坚持依法行政，组织干部赴青禾县学习考察法治政府建设经验。\n一、主要举措\n健全制度。",
    # two places of its level: its own is not told apart from the other
    "2025年，我县坚持依法行政，在云溪县召开现场会，就青禾县经验开展交流。\n一、主要举措\n健全制度。",
    # a level's word after a verb (完善建立市县乡三级…, 引导乡村两级…, 提升县域…): no place
    "2025年，我县坚持依法行政，完善建立市县乡三级协调机制，积极引导乡村两级干部学法，不断提升县域治理能力。",
]


@pytest.mark.parametrize("text", NOT_OWN_PLACE)
def test_no_own_place_when_not_told_apart(text):
    assert summarize(text=text, engine="rules").document.agency is None


def test_a_body_that_visits_us_is_no_headline_subject():
    text = "省司法厅赴我市调研法治政府建设工作\n3月5日，省司法厅调研组来我市调研，市司法局主要负责人陪同。"
    assert summarize(text=text, engine="rules").document.agency != "省司法厅"


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
