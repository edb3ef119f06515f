"""Document facts on the shapes real published reports and near-miss documents take.

Each text below is written in our own words (the places and bodies are invented) to reproduce one shape found in
the real-world development set (``bench/realworld/labels.jsonl``, scored by ``bench/realworld.py``): how a page
opens, where the agency and year stand, which words could fool a reader into the wrong genre.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

BODY = """一、2025年度法治政府建设的主要举措和成效
（一）健全依法决策机制。全年审查合同13份，组织执法人员培训6期。
二、存在的不足和原因
执法队伍力量仍然不足，原因是编制偏少。
三、党政主要负责人履行推进法治建设第一责任人职责情况
局主要负责人带头履行第一责任人职责，主持专题会议4次。
四、2026年工作安排
（一）加强执法监督。
特此报告。"""

SHAPES = [
    # (id, text, doc_type, agency, year)
    (
        "preamble formula, no title",
        "2025年，青禾县水利局在县委、县政府的坚强领导下，深入推进依法行政。现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "青禾县水利局",
        2025,
    ),
    (
        "cites the 实施纲要 in its preamble",
        "云溪区民政局关于2025年度法治政府建设情况的报告\n云溪区民政局认真贯彻《法治政府建设实施纲要（2021—2025年）》，"
        "全面落实工作要点，现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "云溪区民政局",
        2025,
    ),
    (
        "titled 工作总结",
        "澄江市审计局2025年法治政府建设工作总结\n2025年，澄江市审计局坚持依法审计。现总结如下：\n" + BODY,
        "annual_report",
        "澄江市审计局",
        2025,
    ),
    (
        "wrapped in a news lead",
        "近日，澄江市应急管理局发布2025年法治政府建设年度报告，全文如下：\n" + BODY,
        "annual_report",
        "澄江市应急管理局",
        2025,
    ),
    (
        "addressee line first",
        "新区党工委、管委会：\n2025年，新区住房和城乡建设局在党工委、管委会的领导下，扎实推进法治建设，"
        "现将2025年度法治政府建设情况报告如下：\n" + BODY,
        "annual_report",
        "新区住房和城乡建设局",
        2025,
    ),
    (
        "title split over two lines",
        "关于2025年度法治政府建设\n情况的报告\n我局坚持依法行政，现将有关情况报告如下：\n" + BODY,
        "annual_report",
        None,
        2025,
    ),
    (
        "agency above a 关于 line",
        "青禾县商务局\n关于2025年法治政府建设情况的报告\n现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "青禾县商务局",
        2025,
    ),
    (
        "metadata block with another year",
        "索引号：QH-2026-00031\n发布机构：青禾县林业局\n成文日期：2026-01-20\n"
        "关于2025年法治政府建设情况的报告\n2025年以来，我局坚持依法治林。现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "青禾县林业局",
        2025,
    ),
    (
        "a sector, not a body, as subject",
        "2025年，全市司法行政系统在市委的领导下，坚持依法行政，现将有关情况报告如下：\n" + BODY,
        "annual_report",
        None,
        2025,
    ),
    (
        "a bare place as the government",
        "青禾县2025年法治政府建设工作报告\n2025年，青禾县坚持以习近平法治思想为指导。\n" + BODY,
        "annual_report",
        "青禾县",
        2025,
    ),
    (
        "joint issuers",
        "中共云溪镇委员会云溪镇人民政府关于2025年度法治政府建设情况的报告\n现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "云溪镇人民政府",
        2025,
    ),
    (
        "the year only as 2025年以来, text from 一、",
        "2025年以来，澄江市统计局深入推进统计领域法治建设，取得积极成效。\n" + BODY,
        "annual_report",
        "澄江市统计局",
        2025,
    ),
    (
        "an explanation of a report",
        "【政策解读】《青禾县人民政府关于2025年度法治政府建设情况的报告》解读\n一、背景依据\n"
        "按照上级要求，我县总结了全年法治政府建设工作。",
        "other",
        "青禾县人民政府",
        None,
    ),
    (
        "news about a disclosure report",
        "青禾县发布2025年政府信息公开工作年度报告\n3月20日，青禾县人民政府向社会发布2025年"
        "政府信息公开工作年度报告，报告分为六个部分。",
        "news",
        "青禾县",
        2025,
    ),
    (
        "a notice carrying work points",
        "各乡镇人民政府，县直各单位：\n为深入推进依法行政，现将《青禾县2026年法治政府建设"
        "工作要点》印发给你们，请认真贯彻落实。\n青禾县人民政府办公室\n2026年3月2日\n一、加强党的领导\n（一）落实第一责任人职责。",
        "work_points",
        "青禾县人民政府办公室",
        None,
    ),
    (
        "a plan without a title",
        "为深入贯彻《法治政府建设实施纲要（2021—2025年）》，结合本市实际，制定本方案。\n"
        "一、指导思想\n二、主要任务\n（一）健全政府机构职能体系。\n三、保障措施",
        "implementation_plan",
        None,
        None,
    ),
    (
        "a leader's own account titled like a report",
        "2025年度镇党委书记履行推进法治建设第一责任人职责情况的报告\n"
        "本年度，我始终把法治建设摆在突出位置。我带头学法，我主持召开专题会议3次，我坚持重大事项集体决策。",
        "accountability_report",
        None,
        2025,
    ),
    (
        "name on its own line under the title",
        "2025年法治政府建设情况报告\n青禾县水务局\n（2026年2月20日）\n"
        "2025年，我局坚持依法行政，现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "青禾县水务局",
        2025,
    ),
    (
        "issuer only in a bracketed metadata row",
        "[ 索引号 ] QH-2026-0012 [ 发文字号 ] 青水发〔2026〕3号\n"
        "[ 发布机构 ] 青禾县水务局 [ 发布日期 ] 2026-02-01\n2025年，我局坚持依法行政，现将有关情况报告如下：\n" + BODY,
        "annual_report",
        "青禾县水务局",
        2025,
    ),
    (
        "issuer only as the page's source",
        "日期:2026-03-02来源:青禾县卫健委\n现将我委2025年度法治政府建设工作开展情况总结如下：\n" + BODY,
        "annual_report",
        "青禾县卫健委",
        2025,
    ),
    (
        "a disclosure report with a report's formula",
        "根据《中华人民共和国政府信息公开条例》的要求，现将青禾县住建局2025年"
        "政府信息公开主要工作报告如下：\n一、总体情况\n（一）主动公开情况。全年发布政务信息439条。",
        "information_disclosure_report",
        "青禾县住建局",
        2025,
    ),
    (
        "a speech at a rule-of-law meeting",
        "同志们：\n今天我们召开全县法治政府建设工作会议，总结2025年工作，部署2026年任务。\n"
        "一、肯定成绩\n二、存在的不足和原因\n三、2026年工作安排",
        "other",
        None,
        None,
    ),
    (
        "a survey of the whole country",
        "2018年，我国依法行政和法治政府建设稳步推进，行政立法持续加强，行政决策法治化进程"
        "明显加快。\n一、行政立法\n各地完善立法程序。\n二、行政执法\n执法体制改革深入推进。",
        "other",
        None,
        None,
    ),
    (
        "news item about a meeting",
        "9月12日，青禾县召开2025年法治政府建设推进会，县长出席会议并讲话。会议强调，要压实第一责任人职责。",
        "news",
        "青禾县",
        None,
    ),
]


@pytest.mark.parametrize("name, text, doc_type, agency, year", SHAPES, ids=[s[0] for s in SHAPES])
def test_document_facts_on_real_shapes(name, text, doc_type, agency, year):
    doc = summarize(text=text, engine="rules").document
    assert (doc.doc_type, doc.agency) == (doc_type, agency)
    if doc_type == "annual_report" or year is not None:
        assert doc.report_year == year
    # every fact is quoted from the cleaned text, like every other item
    for quote in (doc.evidence.agency, doc.evidence.report_year):
        if quote is not None:
            assert quote.text and quote.end - quote.start == len(quote.text)
    if agency:
        assert doc.evidence.agency is not None and doc.evidence.agency.text == agency
        assert doc.evidence.agency_source in ("title", "byline", "metadata", "preamble", "signature")


def test_fragments_are_never_agencies():
    """Phrases real reports open with that a first-match regex took for the agency."""
    for opening in (
        "2025年，市卫生健康委在市委、市政府的坚强领导下，",
        "2025年，在区政府的坚强领导和区委依法治区办的有力指导下，我局",
        "根据省全面推进依法行政工作领导小组办公室要求，",
        "浙江省法治政府建设示范创建工作中，",
    ):
        doc = summarize(text=opening + "现将有关情况报告如下：\n" + BODY, engine="rules").document
        assert doc.agency in (None, "市卫生健康委"), doc.agency


def test_annual_report_without_agency_says_so():
    summary = summarize("2025年，我局坚持依法行政，现将有关情况报告如下：\n" + BODY, engine="rules")
    assert summary.document.agency is None
    assert any(w.startswith("agency not found") for w in summary.warnings)


def test_one_line_report_still_yields_its_parts():
    """A copy whose line breaks were all lost (document-sharing sites): title, parts and items come back."""
    report = (
        "青禾县水利局2025年法治政府建设情况报告"
        + "2025年，青禾县水利局坚持依法治水，现将有关情况报告如下："
        + BODY.replace("\n", "")
        + "全年办理行政许可"
        + "、".join(f"第{i}批事项{i}件" for i in range(1, 60))
        + "。"
    )
    summary = summarize(text=report, engine="rules")
    doc = summary.document
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "青禾县水利局", 2025)
    assert doc.title == "青禾县水利局2025年法治政府建设情况报告"
    assert summary.compliance.missing == []
    assert summary.shortfalls and summary.plans
