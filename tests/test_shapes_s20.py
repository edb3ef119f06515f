"""Shapes of session 20 (issue 10), from the development texts and the blind sets HF–: news leads dated by a full
date before a court's hearing or an award.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document


def test_a_court_hearing_dated_in_the_lead_gives_its_year() -> None:
    # 2020年8月27日下午，某市人民法院开庭审理了…一案，…旁听庭审: the item is of the day of the hearing
    text = (
        "2021年5月12日下午，青川市人民法院开庭审理了原告王某诉青川市自然资源局行政处罚一案，"
        "来自市司法局、市住建局等单位的二十余名行政机关干部旁听庭审。\n"
        "庭审结束后，旁听人员结合案件交流了依法行政的体会。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2021


def test_an_award_dated_in_the_lead_gives_its_year() -> None:
    # 2015年3月31日，某县获全国法制建设先进县殊荣: the year of the award
    text = (
        "2016年4月8日，柳岸县获全省法治建设先进县殊荣，这项荣誉在全市仅有两个县获得。\n"
        "这份荣誉的背后，是柳岸县多年来坚持依法行政、推进普法宣传的持续努力。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2016


def test_a_law_in_force_from_a_dated_day_dates_no_item() -> None:
    # the twin: 2021年1月1日正式施行的《…法》: the day a law took effect is background, not the item's event
    text = (
        "2021年1月1日正式施行的《青川市退役军人服务条例》是本市第一部关于退役军人服务的地方性法规，"
        "为做好条例的学习宣传，各区县组织了多种形式的活动。\n"
        "记者了解到，条例施行以来，各项制度逐步落地。\n"
    )
    assert document(text).report_year is None
