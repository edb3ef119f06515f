"""The issuing agency on shapes of session 5, round 5: an addressee is never the writer (a group's report given
to the committee its speaker belongs to), the body that wrote the report the opening names (某局特编制《…报告》,
由某学会组织撰写的《…》正式发布), a society named by its place (某省法学会); and where this round's and earlier
rounds' finders must not fire (a report cited for a figure, a county that hosts another's meeting or is helped).

All texts in our own words; places, bodies and people invented.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

SHAPES = [
    # (id, text, agency)
    (
        "a bureau that compiled the report the opening names, under an addressee line",
        "青禾市气象部门2025年政府信息公开工作年度报告\n\n青禾省气象局：\n根据《中华人民共和国政府信息公开条例》的规定，"
        "青禾市气象局特编制《青禾市气象部门2025年政府信息公开工作年度报告》，现将工作开展情况汇报如下：\n"
        "一、总体情况\n（一）主动公开。市局及时公开各类信息。",
        "青禾市气象局",
    ),
    (
        "a news lead on a yearly report a national society wrote",
        "“法治建设年度报告”系列报道之一\n\n以良法促善治\n编者按\n"
        "2025年8月1日，由中国法学会组织撰写的《中国法治建设年度报告(2024)》正式发布。\n"
        "这一年，各地认真推进法治建设，取得新进展。",
        "中国法学会",
    ),
]


@pytest.mark.parametrize("name, text, agency", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_of_session5_round5_shapes(name, text, agency):
    assert summarize(text=text, engine="rules").document.agency == agency


NOT_THE_WRITER = [
    # a report cited for its figures (某局编制的《…报告》显示/中): its compiler is not the writer
    "一、总体情况\n今年以来，营商环境持续向好，青禾省统计局编制的《2024年全省营商环境评价报告》显示，全县排名第三。\n"
    "二、存在问题\n力量不足。",
    "一、总体情况\n营商环境持续向好。青禾市统计局编制的《2024年营商环境评价报告》中，全县排名第三。\n"
    "二、存在问题\n力量不足。",
    "一、总体情况\n营商环境持续向好，由青禾省统计局编制的《2024年营商环境评价报告》显示，全县排名第三。\n"
    "二、存在问题\n力量不足。",
    # a county that hosts another's meeting, or one the writer helps: whose text it is, the text does not say
    "2025年，我县坚持依法行政。\n一、主要做法\n（一）交流经验。在云溪县召开的全市法治政府建设推进会上，我县作典型发言。\n"
    "二、存在问题\n力量不足。",
    "2025年，我县坚持依法行政。\n一、主要做法\n（一）对口协作。对云溪县开展法治结对帮扶。\n二、存在问题\n力量不足。",
    # a society the writer works with is no writer; a bare 行业协会 and a seminar (研究会) are no names
    "2025年，我局坚持依法行政。\n一、主要做法\n（一）普法。联合青禾市律师协会开展普法活动。\n二、存在问题\n力量不足。",
    "一、主要做法\n，系重点企业和行业协会开展普法。\n二、存在问题\n力量不足。",
]


@pytest.mark.parametrize("text", NOT_THE_WRITER)
def test_no_agency_from_a_body_the_text_only_mentions(text):
    assert summarize(text=text, engine="rules").document.agency is None


def test_a_society_is_named_by_its_place_or_level_only():
    from summarizer.facts.names import org_name

    assert org_name("青禾省法学会") == "青禾省法学会"
    assert org_name("中国法学会") == "中国法学会"
    assert org_name("省法学会") == "省法学会"  # by its place's level, as its own news names it (session 37)
    for not_a_name in ("行业协会", "专题研究会", "司法厅和青禾省法学会", "全市律师协会"):
        assert org_name(not_a_name) is None
