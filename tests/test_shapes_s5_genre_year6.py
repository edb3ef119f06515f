"""Genre and year, session 5 round 6 (issue 10): guards that refuse a wrong year or genre under the packagings real
copies show (a copy pasted as one line, line breaks become spaces, a lost title): a goal year after 到 that a
one-line copy's splitter must not start a sentence at, a part heading run into its first sentence, a work report's
review heading whose line break became a space, a mirror's headline naming a published report, a review of five
years named before its formula, a speech's 下面，我讲三点意见.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType
from tests.support.facts import document, one_line, spaced_line

PLAN = (
    "关于推进全市水利系统法治建设的实施方案\n"
    "为加快推进全市水利系统法治建设,结合实际,制定本实施方案。\n"
    "一、总体要求\n"
    "(一)指导思想。坚持以新时代中国特色社会主义思想为指导,深入推进依法行政,为水利事业发展提供法治保障。"
    "各单位要统一思想,切实把法治建设摆在重要位置,确保各项任务落到实处,不断提高依法行政能力和水平。\n"
    "(二)总体目标力争到2020年,基本建成职能科学、权责法定、执法严明的法治水利部门。\n"
    "二、主要任务\n"
    "(一)依法履行职能。全面梳理权责清单,动态调整。\n"
    "三、保障措施\n"
    "(一)加强组织领导。各单位主要负责人切实履行第一责任人职责。\n"
)


def test_goal_year_after_dao_is_no_year_in_a_one_line_copy():
    assert document(PLAN).report_year is None
    doc = document(one_line(PLAN))
    assert doc.report_year is None  # 力争到 | 2020年，… was split into a sentence of its own


ESSAY = (
    "关于完善全县应急体系建设的思考及建议\n"
    "在经济社会高速发展的今天,各类风险隐患随之增多,突发事件的处置已成为政府履行职能的重要组成部分,"
    "加强应急管理、提高预防和处置突发事件的能力显得尤为重要,需要各方面共同努力。"
    "如今,自然灾害、事故灾难、公共卫生事件交织叠加,给基层应急管理工作带来新的挑战,应急体系建设的短板日益显现,"
    "完善应急体系、提升应急能力,是摆在各级政府面前的一项紧迫任务,也是保障人民群众生命财产安全的必然要求。\n"
    "一、我县应急管理工作现状\n"
    "2019年是我县应急管理体制改革的第一年,一年来,全县上下同心协力,实现了应急管理的良好开局。\n"
    "二、存在的问题\n"
    "基层应急力量薄弱,物资储备不足。\n"
)


def test_part_heading_run_into_its_first_sentence_reads_as_in_the_plain_copy():
    # 一、我县应急管理工作现状2019年是…: the heading ends where the year's sentence begins (session 73), so the one-line
    # copy reads the year the plain copy reads under its own heading line, and no heading's words with it
    plain = document(ESSAY)
    copied = document(one_line(ESSAY))
    assert (copied.report_year, copied.evidence.report_year.text) == (
        plain.report_year,
        plain.evidence.report_year.text,
    )


def test_an_opening_year_under_a_part_heading_of_its_own_still_counts():
    text = (
        "一、2017年交通运输工作总结\n"
        "2017年,全市交通运输系统认真贯彻市委、市政府的决策部署,各项工作取得新进展新成效。\n"
        "(一)基础设施建设取得新成就\n"
        "全市交通基础设施完成投资56亿元。\n"
    )
    assert document(text).report_year == 2017


WORK_REPORT = (
    "青山区2025年政府工作报告\n"
    "2025年3月2日在青山区第五届人民代表大会第四次会议上\n"
    "区长 王某\n"
    "各位代表:\n"
    "现在,我代表区人民政府向大会报告工作,请予审议。\n"
    "一、过去一年工作回顾\n"
    "2024年,我们坚持稳中求进,地区生产总值增长5.1%,固定资产投资增长6%,各项事业取得新成效。\n"
    "(一)项目建设持续发力。全年实施重点项目120个,完成投资150亿元。\n"
    "二、2025年工作安排\n"
    "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。\n"
)


def test_work_report_review_heading_whose_line_break_became_a_space():
    assert document(WORK_REPORT).report_year == 2024
    assert document(spaced_line(WORK_REPORT)).report_year == 2024


_MENU = ["开题报告", "实践报告", "申请报告", "研究报告", "可行性报告", "情况报告", "事迹材料", "申报材料", "调查报告"]
MIRROR = (
    # a news app's byline over an essay site's menu, its headline naming a report another body published; the
    # report's own opening lies below the furniture, past the lines an opening is looked for in
    "青山新闻客户端记者 王明 通讯员 李红\n2020-03-20 10:11 4857阅读\n"
    + "".join(f"  • {item}\n" for item in _MENU + ["实验报告", "整改措施", "整改报告", "考察报告", "结题报告"])
    + "  • [某省政府发布2018年度法治政府建设情况报告] 对法治政府建设的思考\n\n"
    "    时间:2018-07-23 22:54:17 来源:某某资源网\n\n    来源:某省信访\n\n"
    "    2016年,某省政府深入推进依法行政,加快完成法治政府建设各项任务。现将有关情况报告如下:\n\n"
    "    一、依法全面履行政府职能\n\n    (一)依法明确政府职能定位。2016年开展了三定规定修订工作。\n"
)


def test_a_mirrors_headline_naming_a_published_report_gives_no_part_one_year():
    assert document(MIRROR).report_year == 2016  # 2018 (the headline's) before the guard


FIVE_YEARS = (
    "下面是小编为大家整理的2023年区五年法治政府建设工作情况报告,供大家参考。\n"
    "区五年法治政府建设工作情况的报告\n"
    "五年来,我区全面推进依法行政,法治政府建设成效显著。我区认真梳理了近五年法治政府建设情况,现报告如下:\n"
    "一、统筹推进法治政府建设\n"
    "(一)全面加强党的领导。2023年区委依法治区委召开会议3次,2023年区政府常务会议学法4次。\n"
)


def test_five_years_named_before_the_formula_give_no_single_year():
    assert document(FIVE_YEARS).report_year is None


def test_one_year_named_before_the_formula_still_counts():
    # (the twin's own title names one year's work too: since the template site's word above it is furniture, the
    # title line is read, and a title of five years' work would make it a review of five years whatever its formula)
    text = (
        FIVE_YEARS.replace("近五年法治政府建设情况", "2023年法治政府建设情况")
        .replace("五年来", "一年来")
        .replace("区五年法治政府建设工作情况的报告", "区法治政府建设工作情况的报告")
    )
    assert document(text).report_year == 2023


SPEECH_UNTITLED = (
    "刚才,会议通报了全县法治政府建设工作情况,总结了取得的成绩,分析了存在的问题。\n"
    "一会儿,县长还要作重要讲话,大家要认真抓好贯彻落实。\n"
    "下面,我讲三点意见。\n"
    "一、提高认识,明确任务,增强推进法治政府建设的责任感\n"
    "各级各部门要把法治政府建设摆在更加突出的位置。指导思想要明确,工作目标要具体,主要任务要落实,"
    "保障措施要到位,确保各项工作取得实效。\n"
    "二、突出重点,狠抓落实\n"
    "要围绕工作目标,细化主要任务,完善保障措施,加强组织领导。\n"
)


def test_a_speech_without_title_is_no_plan():
    assert document(SPEECH_UNTITLED).doc_type == DocType.other
