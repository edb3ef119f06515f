"""The issuing agency on shapes of session 5, round 4: a party committee and a government reporting jointly as the
opening sentence's subject, a town's name after a verb's particle (纳入了某镇…), and the shapes where that must
not fire (the joint body a text works under, a superior's joint body, a place gone to).

All texts in our own words; places, bodies and people invented.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

SHAPES = [
    # (id, text, agency)
    (
        "a county's party committee and government, each named in full, as the opening's subject",
        "2025年，中共青禾县委、青禾县人民政府坚持以习近平法治思想为指导，深入推进依法行政，"
        "现将工作开展情况报告如下：\n一、主要举措\n（一）依法履职。梳理政务服务事项。",
        "青禾县人民政府",
    ),
    (
        "a prefecture's short name with 党委、政府 as the opening's subject",
        "2025年，青州党委、政府坚持以习近平法治思想为指导，加快建设法治政府。现就法治政府建设工作报告如下：\n"
        "一、主要做法\n州党委、政府始终将法治政府建设摆在突出位置。",
        "青州党委、政府",
    ),
    (
        "a town's party committee and government as the opening's subject",
        "2025年，云溪镇党委、政府坚持依法行政，推进法治乡镇建设。现将有关情况报告如下：\n一、主要做法\n健全制度。",
        "云溪镇党委、政府",
    ),
    (
        "a town that calls itself 我镇 to its district, named once after a verb's particle",
        "\n区委、区政府：\n2025年，在区委、区政府的坚强领导下，我镇坚持依法行政。"
        "现将我镇2025年推进法治建设工作情况汇报如下：\n一、工作总结\n"
        "（一）完善机制。将法治政府建设纳入了云溪镇发展总体规划和年度工作计划。\n二、存在问题\n力量不足。",
        "云溪镇",
    ),
    (
        "a news lead that has the reporter learn from a body, a date between 记者 and 从, a colon after 获悉",
        "青禾省依法治省办对8个市开展法治督察\n2025/06/04 09:30 来源：青禾日报\n"
        "记者3日从青禾省依法治省办获悉：青禾省依法治省办派出4个督察组，对8个市开展为期5天的实地督察。\n"
        "督察组由省直有关部门负责同志带队。",
        "青禾省依法治省办",
    ),
    (
        "an explanation headed by its explainer before a colon (a bureau explaining the government's plan)",
        "市司法局：《青禾市人民政府2025年法治政府建设重点工作安排》解读\n"
        "《青禾市人民政府2025年法治政府建设重点工作安排》已经市政府同意印发，现作政策解读。\n"
        "一、制定背景\n法治政府建设是全面依法治国的重点任务。",
        "市司法局",
    ),
    (
        "an explanation headed by its explainer, the explained report's title recognised as a title",
        "青禾县司法局：《青禾县人民政府关于2025年度法治政府建设情况的报告》解读\n一、背景\n法治政府建设是重点任务。",
        "青禾县司法局",
    ),
    (
        "an explanation headed by its explainer in a copy that lost its line breaks",
        "市司法局：《青禾市人民政府2025年法治政府建设重点工作安排》解读《青禾市人民政府2025年法治政府建设重点工作安排》"
        "已经市政府同意印发，现作政策解读。一、制定背景法治政府建设是全面依法治国的重点任务。",
        "市司法局",
    ),
]


@pytest.mark.parametrize("name, text, agency", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_of_session5_round4_shapes(name, text, agency):
    assert summarize(text=text, engine="rules").document.agency == agency


NOT_THE_WRITER = [
    # the joint body the writer works under
    "2025年，在中共青禾县委、青禾县人民政府的正确领导下，我局坚持依法行政。现将有关情况报告如下：\n一、主要做法",
    # a prefecture's joint body in a county's text: a superior it mentions
    "青州党委、政府高度重视法治建设，我县认真贯彻落实。\n一、主要做法\n我县健全制度。",
    # a level's bodies with no place (区委、区政府) are the reader a town addresses
    "区委、区政府：\n2025年，在区委、区政府的坚强领导下，我镇坚持依法行政。现将有关情况汇报如下：\n一、主要做法",
    # a superior's news lead in a city's text (记者从省司法厅获悉…对我市): a body it mentions
    "记者3日从省司法厅获悉：省司法厅派出4个督察组，对我市开展法治督察。\n我市高度重视，认真配合。",
    # a central office a city's news recalls in a later sentence (据悉，…中央某办启动了…): not the news's subject
    "喜报！我市入选第三批全国法治政府建设示范市名单\n10月9日，青禾日报公布了第三批名单，我市成功入选！\n"
    "据悉，2024年8月，中央依法治国办启动了第三批全国法治政府建设示范创建活动。我市高度重视。",
    # a phrase of the work run into the level's organ after a particle (坚持了逢集日镇党委…): no place
    "2025年，我镇坚持依法行政，在矛盾纠纷化解上，一是坚持了逢集赶场镇党委书记接访制度。\n一、主要做法\n健全制度。",
    # a place it went to learn from (考察了某镇) is not its own
    "2025年，我镇坚持依法行政，组织干部考察了云溪镇法治建设经验。\n一、主要做法\n健全制度。",
]


@pytest.mark.parametrize("text", NOT_THE_WRITER)
def test_no_agency_from_a_body_the_text_only_mentions(text):
    assert summarize(text=text, engine="rules").document.agency is None
