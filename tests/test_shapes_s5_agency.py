"""The issuing agency on shapes of session 5: central bodies as the subject of news leads, documents whose kind
the title finder does not know, a township called 苏木, a government's work report, a disclosure report that
names its body in its compiling sentence, a headline that names the place where its lead names the organ; and
the shapes where those readings must not fire (a report that opens by citing the central plan it applies, a
news lead that carries the plan whole, a body the text acts on the deployment of, a report titled by its place).

All texts in our own words; places and bodies invented.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

from .support.facts import assert_agency

REPORT_BODY = (
    "一、2025年度法治政府建设的主要举措和成效\n（一）健全依法决策机制。全年审查合同13份，组织执法人员培训6期。\n"
    "二、存在的不足和原因\n执法队伍力量仍然不足，原因是编制偏少。\n"
    "三、2026年工作安排\n（一）加强执法监督。"
)

SHAPES = [
    # (id, text, agency, source)
    (
        "the Party's and the State's central organs issuing jointly, in a newspaper's lead",
        "本报讯（记者 王青）近日，中共中央、国务院印发了《青禾治理纲要（2026—2030年）》，并发出通知，"
        "要求各地区各部门结合实际认真贯彻落实。\n《纲要》指出，治理能力建设是一项重点任务。",
        "中共中央、国务院",
        "preamble",
    ),
    (
        "their general offices issuing jointly",
        "近日，中共中央办公厅、国务院办公厅印发了《青禾督察工作规定》，并发出通知，要求各地区各部门认真遵照执行。"
        "《规定》共有五章30条，自印发之日起施行。",
        "中共中央办公厅、国务院办公厅",
        "preamble",
    ),
    (
        "a wire item's second clause, its day between subject and verb",
        "新华社北京3月2日电（记者 李禾）记者2日从中央全面依法治国委员会办公室获悉，中央依法治国办于日前启动"
        "第四批示范创建活动，计划于明年底前评出名单。\n根据方案安排，评选分为三个阶段。",
        "中央依法治国办",
        "preamble",
    ),
    (
        "a bulleted news card, its date between subject and verb",
        "第四批示范地区名单公布\n新华社·2026-01-05 10:00\n活动概况 - 中央全面依法治国委员会办公室于1月5日公布了"
        "第四批示范地区和项目名单 [1] - 名单包括60个示范市(县、区) [1] - 活动每两年组织一批 [1]",
        "中央全面依法治国委员会办公室",
        "preamble",
    ),
    (
        "a notice of candidates whose title the page gives as its first line",
        "中央依法治国办关于第四批示范地区和项目名单的公示\n党中央高度重视示范创建工作。活动开展以来，各地区积极申报。"
        "现将名单公示，接受社会监督。",
        "中央依法治国办",
        "title",
    ),
    (
        "a decision a repost prefixes with its issuer and a colon",
        "中央依法治国办:关于第四批示范地区和项目命名的决定\n• 发布日期:2026-08-21\n"
        "关于第四批示范地区和项目命名的决定\n为了树立先进标杆，决定对第四批示范地区和项目予以命名。",
        "中央依法治国办",
        "title",
    ),
    (
        "a township called 苏木 in its disclosure report's title",
        "青格尔旗巴音塔拉苏木2025年政府信息公开工作年度报告\n根据《条例》的规定，结合我苏木实际，对2025年度政府信息"
        "公开工作进行了梳理和总结。",
        "青格尔旗巴音塔拉苏木",
        "title",
    ),
    (
        "a city government's work report by its title",
        "2026年青禾市政府工作报告(全文)\n各位代表！过去一年，我们坚持依法行政，稳步推进法治政府建设。",
        "青禾市政府",
        "title",
    ),
    (
        "a disclosure report naming its body in the sentence it was compiled by",
        "本报告依据《中华人民共和国政府信息公开条例》要求，结合国家税务总局青禾市云溪区税务局(以下简称“云溪区税务局”)"
        "政府信息公开工作有关统计数据撰写。本报告包括总体情况等部分。\n一、总体情况\n2025年，云溪区税务局认真贯彻《条例》。",
        "国家税务总局青禾市云溪区税务局",
        "preamble",
    ),
    (
        "a headline naming the place, its lead the place's organ that acted",
        "云溪区开展乡镇法治建设专项督察\n为了全面掌握工作推进情况，云溪区委依法治区办对2025年乡镇法治建设工作进行了"
        "专项督察。此次督察由2个督察组开展。",
        "云溪区委依法治区办",
        "preamble",
    ),
]


@pytest.mark.parametrize("name, text, agency, source", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_from_session5_shapes(name, text, agency, source):
    assert_agency(text, agency, source)


NOT_THEIRS = [
    # (id, text, the agency that must not be given)
    (
        "a report that opens with the central plan it applies",
        "2021年，中共中央、国务院印发了《青禾治理纲要（2021—2025年）》，对法治政府建设作出全面部署。"
        "全区上下认真贯彻落实。\n" + REPORT_BODY,
        "中共中央、国务院",
    ),
    (
        "a news lead that carries the plan whole wraps it, the plan names no writer",
        "近日，中共中央、国务院印发了《青禾治理纲要（2026—2030年）》，并发出通知。\n《纲要》全文如下。\n"
        "治理能力建设是一项重点任务。为持续推进依法行政，制定本纲要。",
        "中共中央、国务院",
    ),
    (
        "a ministry whose deployment the nationwide system follows is no writer",
        "2025年，全国公安机关按照公安部部署要求，坚持严格规范公正文明执法，法治公安建设取得积极成效。\n"
        "一年来，公安部贯彻落实宽严相济刑事政策，会同有关部门联合印发工作规定。",
        "公安部",
    ),
]


@pytest.mark.parametrize("name, text, wrong", NOT_THEIRS, ids=[s[0] for s in NOT_THEIRS])
def test_agency_never_the_other_body(name, text, wrong):
    assert summarize(text=text, engine="rules").document.agency != wrong


def test_report_titled_by_its_place_keeps_the_place():
    """A report's title (not a headline) names its place: the bureau its opening names is not its writer."""
    text = (
        "云溪区2025年法治政府建设年度报告\n2025年，云溪区司法局在区委的领导下，认真推进法治政府建设。\n" + REPORT_BODY
    )
    assert summarize(text=text, engine="rules").document.agency == "云溪区"


def test_headline_place_keeps_the_place_when_the_lead_names_another_places_organ():
    """Only the headline place's own organ refines it; a body of another place acting on it (青禾市司法局对云溪区…)
    is neither the place's organ nor, with 对 inside it, a name at all."""
    text = (
        "云溪区开展乡镇法治建设专项督察\n为了全面掌握工作推进情况，青禾市司法局对云溪区2025年法治建设工作进行了"
        "专项督察。此次督察由2个督察组开展。"
    )
    assert summarize(text=text, engine="rules").document.agency == "云溪区"


@pytest.mark.parametrize(
    "candidate, name",
    [
        ("共审查区", None),  # 共审查区直各部门…: a count's adverb and a verb, no place
        ("青禾市司法局对云溪区", None),  # a body acting on a place, no one name
        ("共青城市", "共青城市"),  # a city whose name starts with 共
        ("共和县", "共和县"),
        ("青禾市对口支援办公室", "青禾市对口支援办公室"),  # 对 inside a name's word
        ("青禾市法治政府建设领导小组办公室", "青禾市法治政府建设领导小组办公室"),  # a standing body named for its task
        ("青禾市法治政府", None),  # the work, no body
        ("青禾市法治政府建设办公室", None),  # no standing body's word (领导小组, 委员会) after the task
    ],
)
def test_count_adverbs_and_objects_are_no_names(candidate, name):
    from summarizer.facts.names import org_name

    assert org_name(candidate, place=True) == name
