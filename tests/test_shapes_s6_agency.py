"""Wrong and near-miss agencies of session 6's second round (issue 10): the body that met, not the place hosting
its meeting; a place's organ that does what the headline says the place does. Fixtures in our own words."""

from __future__ import annotations

import pytest

from tests.support.facts import assert_agency, document

# a headline: a place convenes its committee's meeting; the lead repeats it
HELD_IN_TITLE = (
    "青禾市召开市委全面依法治市委员会第六次会议\n"
    "近日，青禾市召开市委全面依法治市委员会第六次会议，会议审议了年度工作要点，部署下一阶段重点任务。\n"
    "会议强调，要压紧压实法治建设第一责任人职责。\n"
)
# a lead whose place convenes a joint meeting: the first part a standing committee, the second the rule-of-law
# committee's session named for its business (专题述法评议会)
HELD_JOINTLY = (
    "近日，青禾县召开县委常委会会议暨县委全面依法治县委员会专题述法评议会。会议听取了六个部门主要负责人的述法报告，"
    "并进行现场评议。\n会议要求，各部门要把述法评议发现的问题逐项整改到位。\n"
)
# a lead: a work conference and, after 暨, the committee office's enlarged meeting
HELD_AFTER_JI = (
    "3月8日上午，青禾区组织召开区委全面依法治区工作推进会暨区委依法治区办(扩大)会议，总结去年工作，部署今年任务。\n"
    "会议指出，全区法治建设取得新进展。\n"
)
# a headline with the place as subject, and the lead naming the province's office that does it from today
ORGAN_FROM_TODAY = (
    "青禾省开展法治政府建设专项督察\n2024-05-06 来源：青禾日报\n"
    "5月5日，全省法治政府建设推进电视电话会议召开。记者从会上获悉，即日起，省法治政府建设领导小组办公室将组织督察组，"
    "分赴各地开展专项督察。\n督察组将采取听取汇报、实地查看等方式了解情况。\n"
)


# must not fire: a government's own meeting (the place's government is the body that met), a department's own
# meeting named for its business with no body in it, and another level's committee meeting hosted by a county
GOVERNMENT_MEETING = "青禾县政府召开常务会议\n近日，县政府召开常务会议，研究部署法治政府建设重点工作。\n"
OWN_MEETING = "青禾区司法局召开法治建设专题述法会\n近日，青禾区司法局召开法治建设专题述法会，局长作述法报告。\n"
OTHER_LEVELS = "青禾县召开市委巡察组巡察反馈会议\n近日，青禾县召开市委巡察组巡察反馈会议，通报巡察发现的问题。\n"


@pytest.mark.parametrize(
    ("text", "agency"),
    [(GOVERNMENT_MEETING, "青禾县政府"), (OWN_MEETING, "青禾区司法局")],
    ids=["government", "own-meeting"],
)
def test_a_body_meeting_itself_stays(text: str, agency: str) -> None:
    assert document(text).agency == agency


def test_another_levels_meeting_is_not_the_hosts() -> None:
    assert document(OTHER_LEVELS).agency == "青禾县"  # the host, as the headline names it


# a disclosure report with no title: the office that compiled it first, its principal the subject of part one
COMPILED_BY_OFFICE = (
    "本报告根据《中华人民共和国政府信息公开条例》要求，由青禾县气象局办公室编制。本报告所列数据的统计期限自"
    "2023年1月1日起至12月31日止。\n一、总体情况\n2023年，青禾县气象局坚持以人民为中心，扎实推进政务公开工作。\n"
)
# an opening whose subject owns the year's work by 的 (某委的法治政府建设工作紧紧围绕…)
WORK_OF_THE_BODY = (
    "2024年，青禾市卫生健康委的法治政府建设工作紧紧围绕年度工作要点抓落实，各项工作取得积极成效。现将情况报告如下：\n"
    "一、主要举措和成效\n(一)完善制度。委党组坚持把法治建设摆在重要位置，修订《青禾市医疗纠纷预防办法(草案)》。\n"
)


# must not fire: an office that compiles a report and never names its principal on its own is the office
OFFICE_ONLY = (
    "本报告根据《中华人民共和国政府信息公开条例》要求，由青禾新区管理委员会办公室编制完成。\n"
    "报告全文包括总体情况、主动公开政府信息情况等六个部分。\n一、总体情况\n全年主动公开政府信息320条。\n"
)


def test_an_office_that_names_no_principal_is_itself() -> None:
    assert document(OFFICE_ONLY).agency == "青禾新区管理委员会办公室"


# a city's report (我市), its text cut before its year: past its closing formula, a paragraph's later sentence
# names the city's committee office doing a task; the city names itself only in the documents it makes
BODY_PAST_FORMULA = (
    "年，我市坚持以法治思维推动各项工作，法治政府建设取得新成效。现将工作情况报告如下。\n一、主要举措和成效\n"
    "一是精心谋划年度工作。市委依法治市办印发《重要举措分工方案》，细化分解工作任务。我市制定了《青禾市2022年"
    "法治政府建设工作要点》，压实工作责任。\n"
)
# must not fire: a part's opening sentence past the formula names the writer
WRITER_IN_PART_ONE = (
    "区政府：\n根据上级要求，现将本镇2023年度法治政府建设工作的主要情况报告如下：\n一、基本情况\n"
    "2023年，青禾镇在区委、区政府的坚强领导下，扎实推进基层法治建设。\n"
)


def test_a_body_past_the_formula_is_not_the_writer() -> None:
    assert document(BODY_PAST_FORMULA).agency == "青禾市"  # by the documents it makes, not the office


# past the formula, behind a heading ending in 。 on its paragraph's line: the place's own party committee and
# government, as a text that says 我镇 speaks
GOVERNMENT_PAST_FORMULA = (
    "2024年，我镇在上级党委、政府的正确领导下扎实推进法治建设。现将我镇2024年法治政府建设工作情况报告如下：\n"
    "一、主要举措\n(一)加强组织领导，落实法治建设责任。青禾镇党委、政府高度重视法治政府建设工作，"
    "多次召开专题会议研究部署。\n"
)


# a work report's title that runs the congress, the head's post and the report together: no body's name; the
# speech names the government it speaks for
POST_IN_TITLE = (
    "人民代表大会镇长政府工作报告\n青禾镇第八届人民代表大会第三次会议\n各位代表：\n"
    "现在，我代表青禾镇人民政府向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n全镇经济平稳增长。\n"
)


def test_a_heads_post_is_no_part_of_a_name() -> None:
    assert_agency(POST_IN_TITLE, "青禾镇人民政府", "speech")


# must not fire: a place whose name has 长 after its level (青禾市长宁区) is still a place
def test_a_place_named_with_chang_after_its_level() -> None:
    assert_agency(
        "青禾市长宁区人民政府2023年法治政府建设情况报告\n全区法治建设稳步推进。\n", "青禾市长宁区人民政府", "title"
    )


# a disclosure report whose opening names the report it compiles or publishes, the body's name first
DISCLOSURE_COMPILED = (
    "根据《中华人民共和国政府信息公开条例》规定，编制青禾县农业农村局2023年政府信息公开工作年度报告。"
    "所列数据统计期限为2023年1月1日至12月31日。\n一、总体情况\n全年主动公开信息210条。\n"
)
DISCLOSURE_PUBLISHED = (
    "根据《中华人民共和国政府信息公开条例》规定，现向社会公开《青禾区水利局2024年政府信息公开工作年度报告》。"
    "本报告包括总体情况等六个部分。\n一、总体情况\n全年主动公开信息95条。\n"
)
# a report to a legislature's standing committee, its speaker on behalf of the court
SPEECH_TO_COMMITTEE = (
    "青禾省人民代表大会常务委员会：\n根据本次会议安排，我代表青禾省高级人民法院报告全省法院行政审判工作情况，"
    "请审议。\n一、基本情况\n全省法院共审结行政案件3200件。\n"
)
# news of a work report made by an acting head
ACTING_HEAD = (
    "1月6日，青禾县第九届人民代表大会第三次会议开幕。青禾县人民政府代理县长张某作政府工作报告。\n"
    "报告指出，过去一年全县经济稳中有进。\n"
)
# an opening subject with a verb of a report's first sentence (坚决, 紧抓)
REPORT_VERB = (
    "2023年以来，在市委、市政府的坚强领导下，青禾区政府坚决贯彻落实中央决策部署，深入推进依法行政，"
    "现将有关情况报告如下：\n一、主要做法\n全区法治建设取得新进展。\n"
)
SEIZE_VERB = "近年来，青禾区人民检察院紧抓示范创建契机，推动出台府检联动工作机制，办理行政检察案件56件。\n"
# a body that names itself only in the documents it makes, the year first in their titles
OWN_DOCUMENT_YEAR_FIRST = (
    "按照有关要求，现将我局法治政府建设工作开展情况总结如下：\n一、主要举措\n"
    "认真学习相关法律法规，研究制定了《2024年度青禾县水务局学法计划》，组织集中学法6次。\n"
)


# must not fire: a legislature inspecting the government's work is not the news's writer
INSPECTION = (
    "青禾县人大常委会视察法治政府建设\n12月10日，县人大常委会开展法治政府建设工作视察。县人大常委会主任出席，"
    "县领导陪同。\n视察组一行实地查看了县政务服务中心。\n"
)


def test_a_legislature_inspecting_is_not_the_subject() -> None:
    assert document(INSPECTION).agency is None  # the government inspected is never named as writer


# a power-grid company's news of its own rule-of-law work (a state enterprise writes as a body does)
GRID_COMPANY = (
    "今年以来，青禾电网公司紧密围绕法治央企建设要求，完善合规管理体系，开展送法进社区活动36场。\n"
    "公司法律顾问全程参与重大决策合法性审查。\n"
)


# every shape above, with the finder that reads it
@pytest.mark.parametrize(
    ("text", "agency", "source"),
    [
        (HELD_IN_TITLE, "市委全面依法治市委员会", "news lead"),
        (HELD_JOINTLY, "县委全面依法治县委员会", "news lead"),
        (HELD_AFTER_JI, "区委依法治区办", "news lead"),
        (ORGAN_FROM_TODAY, "省法治政府建设领导小组办公室", "preamble"),
        (DISCLOSURE_COMPILED, "青禾县农业农村局", "preamble"),
        (DISCLOSURE_PUBLISHED, "青禾区水利局", "preamble"),
        (SPEECH_TO_COMMITTEE, "青禾省高级人民法院", "speech"),
        (ACTING_HEAD, "青禾县人民政府", "speech"),
        (REPORT_VERB, "青禾区政府", "preamble"),
        (SEIZE_VERB, "青禾区人民检察院", "preamble"),
        (OWN_DOCUMENT_YEAR_FIRST, "青禾县水务局", "own document"),
        (GRID_COMPANY, "青禾电网公司", "preamble"),
        (COMPILED_BY_OFFICE, "青禾县气象局", "preamble"),
        (WORK_OF_THE_BODY, "青禾市卫生健康委", "preamble"),
        (WRITER_IN_PART_ONE, "青禾镇", "preamble"),
        (GOVERNMENT_PAST_FORMULA, "青禾镇党委、政府", "preamble"),
    ],
    ids=[
        "held-in-title",
        "held-jointly",
        "held-after-ji",
        "organ-from-today",
        "disclosure-compiled",
        "disclosure-published",
        "speech-to-committee",
        "acting-head",
        "report-verb",
        "seize-verb",
        "own-document-year-first",
        "grid-company",
        "compiled-by-office",
        "work-of-the-body",
        "part-one-past-formula",
        "own-government-past-formula",
    ],
)
def test_the_writer_in_a_shape_of_its_own(text: str, agency: str, source: str) -> None:
    assert_agency(text, agency, source)


# must not fire: a government's report that names a grid company it oversees deep in its body stays the
# government's
def test_a_company_the_report_oversees_is_not_its_writer() -> None:
    text = (
        "青禾县人民政府2023年法治政府建设情况报告\n2023年，青禾县人民政府坚持依法行政，法治政府建设取得新成效。"
        "现将有关情况报告如下：\n一、主要举措\n一是优化营商环境。青禾供电公司开展办电服务提升行动。\n"
    )
    assert document(text).agency == "青禾县人民政府"


# must not fire: a one-line copy runs its headline (某区开展…督察) into the lead that names the organ doing it
# (某区委依法治区办对…进行了督察): the place opening the line is no subject of 开展
def test_a_headline_run_into_its_lead_does_not_name_the_place() -> None:
    text = (
        "青禾区开展乡镇街道法治建设专项督察为了全面掌握依法治区工作推进情况，青禾区委依法治区办对2023年度"
        "乡镇街道法治建设情况进行了专项督察。督察组听取了汇报。"
    )
    assert document(text).agency != "青禾区"
