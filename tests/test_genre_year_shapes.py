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
]


@pytest.mark.parametrize("name, text, doc_type, year", SHAPES, ids=[s[0] for s in SHAPES])
def test_genre_and_year_on_real_shapes(name, text, doc_type, year):
    got_type, got_year = facts(text)
    assert got_type == doc_type
    if year is not ...:
        assert got_year == year
