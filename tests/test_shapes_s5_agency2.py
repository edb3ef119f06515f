"""The issuing agency on shapes of session 5, round 2: a supreme court's name whose tail is a court's kind, the
Party's centre alone on its line under a decision's title, the issuer field of a metadata row in its many names,
a standing committee's work report (我代表…常务委员会，向大会报告工作), a text that calls itself 我厅 and names
its head (某省公安厅党委书记、厅长某某), a news lead whose subject is a company's head, a university's 我校; and the
shapes where those readings must not fire (a head on a visit, two bodies' heads, a head of another kind of body,
a report that opens by citing the Party centre's plan, an outlet in the source field, two bodies joined by 及其).

All texts in our own words; places, bodies and people invented.
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
PLAN_BODY = (
    "为进一步加强青禾领域治理工作，现提出如下意见。\n一、总体要求\n坚持依法治理，健全工作机制。\n"
    "二、主要任务\n（一）完善制度体系。（二）加强队伍建设。\n三、组织保障\n各地区各部门要认真贯彻落实。"
)

SHAPES = [
    # (id, text, agency, source)
    (
        "a supreme court's name keeps its head where the text also writes the court's kind alone",
        "最高人民检察院关于深化检察工作改革的意见——人民检察院第三个五年改革纲要（2026—2030）\n"
        "最高人民检察院关于深化检察工作改革的意见——人民检察院第三个五年改革纲要（2026—2030）\n" + PLAN_BODY,
        "最高人民检察院",
        "title",
    ),
    (
        "the Party's centre alone on its line between the repeated title lines",
        "中共中央关于加强青禾领域治理工作的意见\n中共中央关于加强青禾领域治理工作的意见\n中共中央\n"
        "中共中央关于加强青禾领域治理工作的意见\n新华社北京3月2日电\n（2026年2月15日）\n" + PLAN_BODY,
        "中共中央",
        "byline",
    ),
    (
        "a law database's 发布机关 row",
        "关于印发《关于进一步深化青禾企业治理的意见》的通知\n青资发法规〔2026〕12号\n2026年3月1日\n"
        "发布机关:青禾国资委\n各所属企业:\n我们制定了《关于进一步深化青禾企业治理的意见》，现印发给你们。\n"
        + PLAN_BODY,
        "青禾国资委",
        "metadata",
    ),
    (
        "a 制发机关 field between the bars of a row",
        "关于印发青禾市教育系统依法治校工作要点的通知\n文号: 青教发〔2026〕3号 | 制发机关: 青禾市教育局 | 有效性: 有效\n"
        + PLAN_BODY,
        "青禾市教育局",
        "metadata",
    ),
    (
        "a standing committee reports on its own work to the plenary",
        "青禾市政协常务委员会工作报告\n——在政协青禾市第五届委员会第三次会议上\n各位委员：\n"
        "我代表中国人民政治协商会议青禾市第五届委员会常务委员会，向大会报告工作，请予审议。\n"
        "一、2025年工作回顾\n一年来，市政协及其常务委员会坚持团结和民主两大主题，扎实履行职能。",
        "中国人民政治协商会议青禾市第五届委员会常务委员会",
        "speech",
    ),
    (
        "a department that calls itself 我厅 names its head in the duty section",
        "2025年，在省委、省政府的坚强领导下，我厅深入推进法治政府建设，取得明显成效。\n"
        "一、党政主要负责人履行推进法治建设第一责任人职责的情况\n"
        "副省长、青禾省公安厅党委书记、厅长王明同志认真履行第一责任人职责，研究解决全省公安系统法治建设重大问题。\n"
        "二、存在的不足\n全厅执法队伍力量仍然不足。",
        "青禾省公安厅",
        "head",
    ),
    (
        "a company's head chairing its party group's meeting, as a news lead's subject",
        "3月5日，青禾建设集团有限公司党组书记、董事长赵强主持召开集团党组会议，审议所属企业主要负责人履行推进"
        "法治建设第一责任人职责情况的报告。\n会议强调，要持续推进依法治企。",
        "青禾建设集团有限公司",
        "head",
    ),
    (
        "a university's 我校 and the charter it drafted, named in the passive",
        "关于《青禾农业大学章程（草案）》制定情况的报告\n副校长 李明\n"
        "一、《青禾农业大学章程（草案）》制定的背景\n依照上级部署，我校应于年底前完成章程的制定工作。\n"
        "二、《青禾农业大学章程（草案）》制定过程\n学校成立了章程起草工作组。",
        "青禾农业大学",
        "own document",
    ),
    (
        "a bureau that calls itself 我局 publishes its own list of powers",
        "一、2025年行政执法基本情况\n我局仅有一人持有统计执法检查证，我局不具备独立执法条件。\n"
        "二、执法规范化建设情况\n通过门户网站公示《云溪区统计局行政权力事项清单》，接受社会监督。我局严格执行裁量基准。",
        "云溪区统计局",
        "own document",
    ),
]


@pytest.mark.parametrize("name, text, agency, source", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_from_session5_round2_shapes(name, text, agency, source):
    assert_agency(text, agency, source)


NOT_THEIRS = [
    # (id, text, the agency that must not be given)
    (
        "a superior's head on a visit to the bureau that writes",
        "2025年，我局坚持依法行政。\n青禾市司法局党组书记、局长李华一行来我局调研法治建设工作，对我局工作给予肯定。\n"
        + REPORT_BODY,
        "青禾市司法局",
    ),
    (
        "a head of another kind of body than the text calls itself",
        "2025年，我委坚持依法行政。\n青禾市司法局党组书记、局长李华同志出席会议并讲话。\n" + REPORT_BODY,
        "青禾市司法局",
    ),
    (
        "a superior's deputy head leading an inspection is no writer of the news",
        "近日，青禾市人大常委会副主任李永带队调研云溪区2025年度法治政府建设情况，区政府有关负责人陪同调研。\n"
        "调研组听取了区政府关于法治政府建设情况的汇报。",
        "青禾市人大常委会",
    ),
    (
        "a report that opens with the Party centre's plan it applies",
        "2021年，中共中央印发了《青禾治理规划（2021—2025年）》，对法治建设作出全面部署。\n" + REPORT_BODY,
        "中共中央",
    ),
    (
        "the site's publisher in a row of page furniture over a copy without its title",
        "泽禾县司法局\n搜索位置\n匹配度\n发布日期: 2026-02-28 发布机构: 县司法局\n"
        "2025年，县交通运输局深入贯彻落实法治政府建设部署，取得积极成效。\n" + REPORT_BODY,
        "县司法局",
    ),
    (
        "a news outlet in a 来源单位 field",
        "云溪区召开法治政府建设推进会\n来源单位:青禾日报\n会议总结了2025年法治政府建设工作。",
        "青禾日报",
    ),
]


@pytest.mark.parametrize("name, text, wrong", NOT_THEIRS, ids=[s[0] for s in NOT_THEIRS])
def test_agency_never_the_other_body(name, text, wrong):
    assert summarize(text=text, engine="rules").document.agency != wrong


@pytest.mark.parametrize(
    "candidate, name",
    [
        ("最高人民法院", "最高人民法院"),
        ("人民法院", None),  # a court's kind with no owner
        ("人民检察院", None),
        ("中共中央", "中共中央"),
        ("全国人民代表大会常务委员会", "全国人民代表大会常务委员会"),
        ("中国人民政治协商会议青禾市委员会", "中国人民政治协商会议青禾市委员会"),
        ("青禾市工作会议", None),  # a meeting, no body
        ("全国法院", None),  # a scope, no body
        ("市政协及其常务委员会", None),  # two bodies joined
        ("青禾大学", "青禾大学"),
        ("青禾职业技术学院", "青禾职业技术学院"),
    ],
)
def test_names_of_session5_round2(candidate, name):
    from summarizer.facts.names import org_name

    assert org_name(candidate) == name


@pytest.mark.parametrize(
    "text",
    [
        # two bodies' heads: the writer's is not told apart from the other's
        "我局坚持依法行政。云溪区司法局党组书记、局长李华同志认真履行第一责任人职责。"
        "云溪区财政局党组书记、局长张强同志出席会议并讲话。",
        # a head on a visit
        "我局坚持依法行政。青禾市司法局党组书记、局长李华一行来我局调研法治建设工作。",
        # a head of another kind of body than the text calls itself
        "我委坚持依法行政。青禾市司法局党组书记、局长李华同志出席会议并讲话。",
        # a head's office meeting, no person
        "我局坚持依法行政。青禾市司法局局长办公会议审议了执法清单。",
        # a news lead about the head as a person (an award), not the head acting for the body
        "3月5日，青禾市司法局党组书记、局长李华荣获全省优秀公务员称号。",
        # a news lead whose head visits a place rather than chairing at home
        "3月5日，青禾市司法局党组书记、局长李华带队到云溪区调研法治建设工作。",
    ],
)
def test_no_body_from_heads_that_do_not_name_the_writer(text):
    from summarizer.facts.mentions import head_of

    assert head_of(text) is None
