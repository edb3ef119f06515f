"""Genre and year on more shapes real documents take (issue 10, session 4).

Each text is written in our own words (places and bodies invented) to reproduce a shape found in several documents
of the real-world development set (``bench/realworld/``, scored by ``bench/realworld.py``): a template site's page
around a report, a leader's 述职 account, a review of five years, a bureau's general summary bundled with next
year's points, an activity plan, an indicator system.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

REPORT_BODY = """一、2025年度法治政府建设的主要举措和成效
（一）健全依法决策机制。全年审查合同13份，组织执法人员培训6期。
二、存在的不足和原因
执法队伍力量仍然不足，原因是编制偏少。
三、2026年工作安排
（一）加强执法监督。"""


def facts(text: str):
    doc = summarize(text=text, engine="rules").document
    return doc.doc_type, doc.report_year


SHAPES = [
    # (name, text, doc_type, year); ... where the year is not what the shape is about
    (
        "template site around a real report",
        "青禾县水利局法治建设情况范文(精选3篇)\n更新时间:2026-05-02 来源:实用范文\n"
        "以下是为大家整理的文章3篇，欢迎品鉴！\n第一篇: 法治建设情况\n"
        "青禾县水利局坚持依法治水。现将青禾县水利局2025年法治政府建设情况报告如下。\n" + REPORT_BODY,
        "annual_report",
        2025,
    ),
    (
        "template site around a leader's 述职 account",
        "水务局副局长述职报告范文五篇-某某网\n2026-01-08 某某网\n"
        "今年以来，本人在局党组的领导下分管执法工作，现将本人一年来的述职、述法情况报告如下：\n"
        "一、述职情况\n本人认真履行分管职责。",
        "accountability_report",
        None,
    ),
    (
        "template site around a 普法 summary",
        "2026年七五普法工作总结范文通用5篇\n【导读预览】本文整理了普法工作总结。\n"
        "今年以来，我局认真落实普法责任制，开展法治宣传活动12场。",
        "other",
        ...,
    ),
    (
        "a review of five years, not of one",
        "2026年区五年法治政府建设工作情况报告\n五年来，青禾区严格落实第一责任人职责，"
        "全面推进依法行政。现报告如下：\n" + REPORT_BODY,
        "other",
        None,
    ),
    (
        "a general summary bundled with next year's points",
        "青禾县卫生健康局关于印发2025年卫生健康工作总结和2026年卫生健康工作要点的通知\n"
        "各乡镇卫生院：\n现将有关材料印发给你们。\n2025年卫生健康工作总结\n2025年全县卫生健康工作稳步推进。",
        "other",
        ...,
    ),
    (
        "an activity plan",
        "青禾乡2026年“法律进村”活动方案\n一、背景介绍。\n为加强农村法治建设，制定本活动方案。\n"
        "二、实施目标。\n1.提高村民法律意识。\n三、实施措施。\n成立普法工作小组。",
        "implementation_plan",
        2026,
    ),
    (
        "an indicator system with its title",
        "青禾省法治政府建设指标体系\n本指标体系共设8项一级指标，总分值为100分。\n"
        "一、依法决策(占总分值的15%)\n基本要求：重大行政决策程序完备。",
        "assessment_form",
        None,
    ),
    (
        "an indicator system under its promulgation note",
        "（2026年3月2日青禾省人民政府令第12号公布，自2026年5月1日起施行）\n"
        "为加快法治政府建设，结合本省实际，制定本指标体系。\n本指标体系共设6项一级指标，总分值为100分。\n"
        "一、制度建设（占总分值的15%）",
        "assessment_form",
        None,
    ),
    (
        "a notice carrying work points and their ledger",
        "各乡镇、县直各单位：\n现将《青禾县2026年政务公开工作要点》及工作台账印发给你们，请结合实际认真贯彻落实。\n"
        "青禾县人民政府办公室\n2026年4月1日\n一、深化政务公开\n（一）做好规划公开。",
        "work_points",
        ...,
    ),
    (
        "a notice carrying a five-year plan",
        "各区、县人民政府，市府各部门：\n现将《青禾市全面推进依法行政五年规划（2026-2030年）》印发你们，"
        "请认真贯彻执行。\n二〇二六年四月三十日\n为全面推进依法行政，结合我市实际，制定五年规划。\n一、指导思想",
        "implementation_plan",
        None,
    ),
    (
        "points opening with the year's overall requirement, placeholder year",
        "202x年全面依法治区工作的总体要求是：以习近平法治思想为指导，在法治轨道上推进治理现代化。\n"
        "一、深入学习贯彻习近平法治思想\n抓好学习培训。（责任单位：区委宣传部）\n"
        "2. 开展宣传阐释。（责任单位：区司法局）",
        "work_points",
        None,
    ),
    (
        "a speech titled as one at a promotion meeting",
        "在法治政府建设推进会议上的讲话\n【收藏】 作者: 佚名 来源: 原创\n刚才，会议通报了全县法治政府建设工作情况。\n"
        "下面，我讲三点意见。\n一、提高认识，明确任务",
        "other",
        None,
    ),
    (
        "news of a congress session opening",
        "5月11日上午，青禾县第十七届人民代表大会第四次会议隆重开幕。\n"
        "县长代表县人民政府向大会作《政府工作报告》。报告共分三个部分。",
        "news",
        ...,
    ),
    (
        "the standing committee's report to the congress",
        "青禾省人民代表大会常务委员会副主任 某某\n各位代表：\n受省人大常委会委托，我向大会报告工作，请予审议。\n"
        "过去一年的主要工作\n2025年是“十四五”规划收官之年。一年来，省人大常委会坚持依法治省，全年制定地方性法规7件。",
        "other",
        ...,
    ),
    (
        "a 普法 summary opening like a report, 依法治区办 named",
        "2025年是“八五”普法承上启下之年，一年来我镇全面落实区依法治区办关于法律七进的工作要求，营造了良好氛围。\n"
        "（一）加强组织领导。镇党委政府高度重视。\n（二）明确工作任务。制定工作计划。",
        "other",
        ...,
    ),
    (
        "a national overview with the country's government as subject",
        "2025年，中国政府坚持依法全面履行职能，深入推进法治政府建设，各项工作取得新成效。\n"
        "2025年，国务院提请全国人大常委会审议法律议案9件，制定行政法规4部。",
        "other",
        ...,
    ),
    (
        "a report behind an app banner whose line ends with 。",
        "青禾水务APP\n青禾县水务局是县政府主管全县水利工作的部门...\n使用手机扫描二维码，直接下载水务APP。\n"
        "当前位置:首页 > 通知公告\n青禾县水务局2025年依法行政工作情况报告\n发布时间:2025-12-11\n"
        "一、扎实推进法制基础工作\n（一）开展规章清理。全年清理规范性文件7份。",
        "annual_report",
        2025,
    ),
    (
        "a report copy starting at part 一",
        "一、深入学习习近平法治思想，全力推进法治政府建设\n县委、县政府把法治政府建设摆在全局突出位置，"
        "先后召开常委会会议研究法治政府建设重大事项，出台《青禾县法治政府建设实施方案》。\n"
        "二、严格规范执法\n全年开展执法检查120次。",
        "annual_report",
        ...,
    ),
    (
        "sector points opening with the year and a directive",
        "2026年是“十五五”开局之年。各级水利主管部门要以习近平新时代中国特色社会主义思想为指导，"
        "全面深化水利改革。全年计划完成治理面积10万亩。\n一、持续深化各项改革。推动出台河湖管理办法。",
        "work_points",
        2026,
    ),
    (
        "a report copy starting at a short part 一 heading, its words those of the duties",
        "一、关于履行政府职能\n（一）深入推进“放管服”改革。印发《青禾省厅关于推进职能转变的分工方案》，"
        "印发《行政审批事项清单》。2025年各级执法机构出动检查5.3万人次。\n（二）加强市场监管。清理妨碍公平竞争的规定。",
        "annual_report",
        2025,
    ),
    (
        "a leader's 述法 starting at 一、履职情况",
        "一、履职情况\n（一）深学笃行习近平法治思想\n全年参加理论中心组专题学习6次，主持召开专题会议4次。"
        "2025年共签批法治类文件3件。\n二、存在问题\n学法用法还不够系统。",
        "accountability_report",
        2025,
    ),
]


@pytest.mark.parametrize("name, text, doc_type, year", SHAPES, ids=[s[0] for s in SHAPES])
def test_genre_and_year_on_real_shapes(name, text, doc_type, year):
    got_type, got_year = facts(text)
    assert got_type == doc_type
    if year is not ...:
        assert got_year == year


YEAR_SHAPES = [
    # (name, text, doc_type, year, source)
    (
        "news whose lead cites the report, next year's plans further down",
        "2月16日，青禾区政府召开第3次常务会议，研究审议《青禾区人民政府2025年法治政府建设情况报告》等事项。\n"
        "会议指出，全区法治政府建设扎实推进。\n会议强调，2026年是全面布局的关键之年，要持续深化改革。",
        "news",
        2025,
        "opening",
    ),
    (
        "news lead under a publisher's banner lines",
        "青禾出版传媒集团\n青禾县水利局网站\n2026-04-14\n"
        "本站讯 近日，青禾县水利局发布2025年法治政府建设年度报告，全面总结全年工作进展及成效。\n"
        "2025年，青禾县水利局坚持依法治水，不断提升治理能力。",
        "news",
        2025,
        "opening",
    ),
    (
        "news of an inspection of a year's work",
        "青禾区开展乡镇街道法治建设专项督察\n为全面掌握依法治区工作推进情况，"
        "青禾区委依法治区办对2025年乡镇街道法治建设工作进行了专项督察。\n此次督察由2个督察组开展。",
        "news",
        2025,
        "opening",
    ),
    (
        "a report whose copy starts at 一、, the year only in its figures",
        "一、依法全面履行政府职能\n（一）深化放管服改革。对21项审批事项实行清单管理。"
        "2025年全系统出动执法检查536万余人次，2025年审查合同13份。\n"
        "二、存在的不足和原因\n执法力量仍然不足。\n三、下一步工作安排\n（一）加强执法监督。",
        "annual_report",
        2025,
        "body",
    ),
    (
        "a report whose copy starts at 一、, two years named as often",
        "一、依法全面履行政府职能\n（一）深化放管服改革。2024年审查合同13份，2025年审查合同15份。\n"
        "二、存在的不足和原因\n执法力量仍然不足。\n三、下一步工作安排\n（一）加强执法监督。",
        "annual_report",
        None,
        None,
    ),
    (
        "本年度 in the formula, the year named earlier in its paragraph",
        "为深入推进依法治理，青禾县水务局在2025年度积极推进依法行政，取得了显著成效。现将本年度法治政府建设"
        "工作情况报告如下：\n一、主要举措和成效\n全年审查合同13份。\n二、存在的不足和原因\n执法力量不足。",
        "annual_report",
        2025,
        "preamble",
    ),
]


@pytest.mark.parametrize("name, text, doc_type, year, source", YEAR_SHAPES, ids=[s[0] for s in YEAR_SHAPES])
def test_year_read_as_a_careful_reader_does(name, text, doc_type, year, source):
    doc = summarize(text=text, engine="rules").document
    assert (doc.doc_type, doc.report_year) == (doc_type, year)
    assert doc.evidence.report_year_source == source
    if year is not None:  # the year is quoted from the text, like every other item
        quote = doc.evidence.report_year
        assert quote is not None and quote.text.startswith(str(year))
