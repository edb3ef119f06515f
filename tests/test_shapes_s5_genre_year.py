"""Genre and year on the near misses session 5 looked at (issue 10): shapes whose year or genre a careless
reader takes from the wrong words.

Each text is written in our own words (places and bodies invented) and reproduces a shape, not a document: a
span's closing year next to 法治政府建设情况, a goal year (到2026年), a host that rewrote every year of a text, a
template site's heading with its own year, a report on a five-year 普法 plan, news of a meeting that sums up one
year and plans the next.
"""

from __future__ import annotations

import pytest

from .support.facts import document

YEARS = [
    # (name, text, year)
    (
        "the closing year of a cited plan's span beside 法治政府建设情况",
        "法治政府建设报告制度观察\n——以各省年度报告文本为样本\n青禾大学 法学院\n"
        "《法治政府建设实施纲要(2015—2020年)》要求各级政府及时报告法治政府建设情况。纵览各省报告，质量参差。\n"
        "一、报告的公布\n多数省份按时公布。",
        None,
    ),
    (
        "a goal year in news about a plan",
        "本报讯 近日，青禾省人民政府印发《青禾省法治政府建设规划》，要求各地结合实际贯彻落实。\n"
        "《规划》的总体目标是：到2027年，政府行为全面纳入法治轨道。\n《规划》共分十个部分。",
        None,
    ),
    (
        "a host that rewrote every year of the text",
        "2023年度乡镇法治政府建设情况报告\n区政府：\n根据法治政府建设实施纲要(2023-2023)的规定，我镇依法全面履行政府职能。"
        "现将本镇2023年度法治政府建设工作的主要情况报告如下：\n一、基本情况\n2023年，我镇在区委、区政府领导下推进依法行政。",
        None,
    ),
    (
        "a template site's heading with the year it serves pages in",
        "2026年普法工作总结范文通用5篇\n普法工作总结【第一篇】\n"
        "(一)健全组织机构。2019年5月，我局调整了普法工作领导小组，局主要领导任组长。\n"
        "(二)制定年度计划。我局制定了普法工作方案。",
        None,
    ),
    (
        "a report on a five-year 普法 plan since it started",
        "2019年10月20日在青禾市人大常委会第九次会议上\n市人民政府\n主任、各位副主任、各位委员：\n"
        "现在向市人大常委会报告我市“七五”普法规划实施以来工作开展情况，请予审议。\n"
        "一、“七五”普法规划实施以来的主要工作情况\n2016年，市委、市政府批转普法规划，全市深入开展普法教育。",
        None,
    ),
    (
        "news of a meeting that sums up one year and plans the next",
        "3月12日上午，青禾省卫生健康委召开全省卫生健康法治建设工作会议。会议全面总结2025年全省卫生健康法治建设工作，"
        "研究部署2026年重点工作。\n会上，委法规处负责人作工作报告。",
        2025,
    ),
    (
        "a government work report dated only by the session it was delivered at",
        "关于青禾市政府工作报告\n——2026年1月8日在青禾市第十五届人民代表大会第三次会议上\n市长 某某\n各位代表：\n"
        "现在，我代表市人民政府向大会作政府工作报告，请予审议。\n一、过去一年的工作\n全市地区生产总值增长6%。",
        2025,
    ),
    (
        "news of a court sending its year's review to the government",
        "本报讯 近日，青禾市中级人民法院召开行政审判白皮书通报会，向市司法局通报发送《2025年度青禾法院行政案件司法审查报告》。\n"
        "白皮书介绍了全市法院行政案件情况。",
        2025,
    ),
    (
        "news of a review whose lead names a plan's span",
        "集团公司高分通过法治企业建设总结验收\n近期，省国资委向省属企业通报法治企业建设(2021-2025年)总结验收情况，"
        "集团公司以总得分92分通过验收。\n集团公司坚持依法治企。",
        None,
    ),
]


@pytest.mark.parametrize("name,text,year", YEARS, ids=[s[0] for s in YEARS])
def test_year_on_near_miss_shapes(name, text, year):
    assert document(text).report_year == year


def test_a_span_in_a_report_that_states_its_own_year_keeps_that_year():
    """The guards above take no year from a real report: its own year is still read from the opening."""
    doc = document(
        "青禾县司法局2025年法治政府建设情况报告\n根据《法治政府建设实施纲要(2021—2025年)》要求，"
        "现将我局2025年法治政府建设情况报告如下：\n一、主要举措和成效\n全年审查规范性文件8件。"
    )
    assert (doc.doc_type, doc.report_year) == ("annual_report", 2025)


PARTS = """一、主要工作情况
（一）健全依法决策机制。全年审查合同13份，组织执法人员培训6期。
二、存在的不足
执法队伍力量仍然不足。
三、下一步工作安排
加强执法监督。"""

GENRES = [
    # (name, text, doc_type)
    (
        "a government's report on handling a congress's opinions on another subject",
        "青禾市人民政府关于《市人大常委会对〈青禾市人民政府关于2025年度环境保护工作情况的报告〉的审议意见》研究处理情况的报告\n"
        "市人大常委会：\n市人大常委会听取和审议了环境保护工作情况的报告。市政府高度重视，逐条落实，推进严格规范公正文明执法。"
        "现将有关情况报告如下：\n" + PARTS,
        "other",
    ),
    (
        "a notice carrying an assessment's plan",
        "青禾市法治政府建设领导小组办公室\n关于印发《2025年度青禾市依法行政考核实施方案》的通知\n各县（区）人民政府：\n"
        "现将《2025年度青禾市依法行政考核实施方案》印发给你们，请认真贯彻落实。\n一、考核对象\n各县区政府。\n"
        "二、考核方式\n书面审查与实地核查相结合。",
        "other",
    ),
    (
        "a research institute's national survey under a pipe-separated title",
        "青禾法治政府发展报告(2025) | 新时代法治政府建设的任务\n2025年，各级政府深入推进法治政府建设，"
        "依法行政水平不断提升。本报告对2025年度热点问题进行了梳理。\n一、主要工作情况\n各地出台规章。",
        "other",
    ),
    (
        "a leaders' duty list",
        "青禾市党政主要负责人履行推进法治建设第一责任人职责清单\n为推动党政主要负责人切实履行推进法治建设第一责任人职责，"
        "结合本市实际，制定本清单。\n一、基本原则\n坚持党的领导。\n二、主要职责\n（一）带头学法。",
        "other",
    ),
    (
        "a report whose section on disclosure names 政府信息公开 again and again",
        "区政府：\n根据法治政府建设实施纲要的规定，我镇依法全面履行政府职能。现将本镇2025年度法治政府建设工作的主要情况报告如下：\n"
        "一、基本情况\n2025年，我镇坚持依法行政。\n二、主要做法\n（一）加强政务公开和政府信息公开\n"
        "完善政府信息公开制度，主动公开信息120条，办理依申请公开3件，政府信息公开栏更新12次，政府信息公开指南及时修订，"
        "政府信息公开目录完善，政府信息公开年报按时发布，政府信息公开保密审查严格。",
        "annual_report",
    ),
    (
        "a report below a browser's upgrade notices",
        "当前浏览器版本过低，可能会有安全风险。建议您升级浏览器。\n若仍出现该提示，请切换至极速模式。\n"
        "2025年，青禾新区坚持以习近平法治思想为指导，全面推进新区法治政府建设各项任务。\n一、主要工作情况\n"
        "（一）做好制度建设。全年审查规范性文件13件，组织执法人员培训6期。",
        "annual_report",
    ),
    (
        "news whose lead follows a motto and a purpose",
        "“法者，治之端也”。为压实党政主要负责人履行推进法治建设第一责任人职责，加强基层法治建设。"
        "近日，青禾县东湖镇组织召开镇村主要负责人述法评议会议。\n会议由镇党委书记主持，评议团现场评分。",
        "news",
    ),
    (
        "news whose lead opens with 近期",
        "集团公司高分通过法治企业建设总结验收\n近期，省国资委向省属企业通报法治企业建设总结验收情况，"
        "集团公司以总得分92分的成绩通过验收。\n集团公司坚持以习近平法治思想为指导，推进依法治企。",
        "news",
    ),
    (
        "an essay behind an editor's note",
        "【编者按】本公号许久未更新。应约在论坛作“法治政府建设与行政审判”的发言，本文根据发言提纲整理而成。\n"
        "【正文】之所以选择这个主题，与自身的工作有关。法治政府建设有了明确的时间表和路线图，行政诉讼制度也经历了变革。",
        "other",
    ),
    (
        "a newspaper's feature on a bureau's 普法 work",
        "——市烟草专卖局“八五”普法工作综述\n本报通讯员 某某\n“八五”普法规划实施以来，市烟草局不断落实普法责任。\n"
        "坚持思想引领 筑牢法治根基\n市烟草局累计开展集中学法22次。",
        "news",
    ),
]


@pytest.mark.parametrize("name,text,doc_type", GENRES, ids=[s[0] for s in GENRES])
def test_genre_on_near_miss_shapes(name, text, doc_type):
    assert document(text).doc_type == doc_type


def test_a_one_line_copy_of_a_bureaus_general_summary_keeps_its_titles_genre_and_year():
    """A copy without line breaks runs its title into the page's furniture and the body; the title still names a
    bureau's general summary (工作总结及…工作计划), not a rule-of-law report, and its year."""
    doc = document(
        "投稿人：佚名 发布时间：2025/12/9 会员申请 全文9296字内容预览：青禾区林业局2025年林业建设工作总结及2026年工作计划"
        "2025年，我局坚持依法行政，严格执法，推进法治林业建设，现就2025年林业建设工作汇报如下：一、基本情况全年造林3万亩。"
        "二、存在问题执法力量不足。三、2026年工作计划加强执法监督。"
    )
    assert (doc.doc_type, doc.report_year) == ("other", 2025)


def test_a_one_line_annual_report_is_still_an_annual_report():
    doc = document(
        "首页 > 政务公开 > 法治政府建设 青禾县司法局2025年法治政府建设情况报告 发布时间：2026-01-20 "
        "2025年，青禾县司法局坚持依法行政，全面推进法治政府建设。现将有关情况报告如下：一、主要举措和成效全年审查规范性文件8件。"
        "二、存在的不足执法力量不足。三、2026年工作安排加强执法监督。"
    )
    assert (doc.doc_type, doc.report_year) == ("annual_report", 2025)


GUARDS = [
    # (name, text, doc_type): shapes the rules above must leave alone
    (
        "a disclosure report titled 关于…政府信息公开工作情况的报告",
        "青禾市水务局关于2025年政府信息公开工作情况的报告\n根据《中华人民共和国政府信息公开条例》，现将我局2025年政府信息公开工作情况"
        "报告如下：\n一、总体情况\n全年主动公开政府信息120条，收到依申请公开3件，均按时答复。\n二、主动公开政府信息情况\n"
        "主动公开规范性文件2件。\n三、收到和处理政府信息公开申请情况\n依申请公开3件。",
        "information_disclosure_report",
    ),
    (
        "a report whose second paragraph tells of a meeting held 近日",
        "青禾县司法局2025年法治政府建设工作总结\n2025年，我局坚持依法行政，推进法治政府建设，取得新成效。\n"
        "全年审查规范性文件8件。近日，县政府召开常务会议，听取了本报告的起草情况。\n一、主要举措和成效\n全年办理行政复议案件3件。",
        "annual_report",
    ),
    (
        "a leader's own duty report without a title",
        "现将本人2025年度履行推进法治建设第一责任人职责情况报告如下：\n一、履职情况\n我始终把法治建设摆在重要位置，"
        "我主持召开专题会议3次，我带头学法6次。\n二、存在的不足\n我对基层指导还不够。\n三、下一步打算\n我将继续带头学法。",
        "accountability_report",
    ),
]


@pytest.mark.parametrize("name,text,doc_type", GUARDS, ids=[s[0] for s in GUARDS])
def test_genre_rules_leave_these_shapes_alone(name, text, doc_type):
    assert document(text).doc_type == doc_type


def test_a_yearly_survey_whose_title_the_finder_missed_keeps_the_year_it_surveys():
    doc = document(
        "青禾法治政府发展报告(2025) | 新时代法治政府建设的任务\n此报告是青禾大学法治政府研究院2025年青禾法治政府发展报告的总报告，"
        "对2025年度热点问题、重要立法进行了梳理。\n一、总体情况\n各地出台规章。"
    )
    assert (doc.doc_type, doc.report_year) == ("other", 2025)
