"""The agency of news, session 8: a headline's place whose one organ the lead says acted.

A headline names a place doing something (某市开展2020年度行政执法案卷互查互评活动) and its lead, after a purpose
clause and a date, names the place's organ that did it (为规范…，9月8日，某市司法局组织开展了…): the organ is the
item's agency, as a careful reader names it. Texts in our own words; places invented.
"""

from __future__ import annotations

from tests.support.facts import document

HEADLINE = "青禾市开展2020年度行政执法案卷互查互评活动\n"


def test_the_one_organ_of_the_headlines_place_that_acted_is_the_agency() -> None:
    text = HEADLINE + (
        "为规范行政执法行为，提高行政执法水平，9月8日，青禾市司法局组织开展了全市行政执法案卷互查互评活动。\n"
        "活动抽取了各县区执法部门的案卷120卷，逐卷评查打分。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾市司法局"
    assert doc.evidence.agency_source == "news lead"


def test_two_organs_of_the_place_leave_the_headlines_place() -> None:
    text = HEADLINE + (
        "为规范行政执法行为，9月8日，青禾市司法局、青禾市市场监督管理局分别组织开展了案卷互查互评活动。\n"
        "活动抽取了各县区执法部门的案卷120卷，逐卷评查打分。\n"
    )
    assert document(text).agency != "青禾市司法局"


def test_an_organ_the_lead_only_mentions_does_not_stand_for_the_place() -> None:
    text = HEADLINE + (
        "9月8日，全市行政执法案卷互查互评活动在青禾市司法局会议室举行，各县区执法部门参加。\n"
        "活动抽取了案卷120卷，逐卷评查打分。\n"
    )
    assert document(text).agency != "青禾市司法局"


def test_an_event_the_places_organs_hosted_with_others_is_not_the_places() -> None:
    # 由省普法处、某市委宣传部、某市司法局…主办的: which host the item is about the text does not say
    text = (
        "青禾市开展法治文艺巡演\n"
        "本报青禾4月5日讯（记者 某某）近日，由省普法处、青禾市委宣传部、青禾市司法局、青禾市普法办主办的"
        "法治文艺巡演活动在某村举办。\n"
        "演员们将法治元素融入文艺节目，让群众零距离感受法治文化。\n"
    )
    assert document(text).agency is None


def test_an_event_one_organ_of_the_place_hosted_is_not_refused() -> None:
    text = (
        "青禾市开展法治文艺巡演\n"
        "本报青禾4月5日讯（记者 某某）近日，由省普法处、青禾市司法局主办的法治文艺巡演活动在某村举办。\n"
        "演员们将法治元素融入文艺节目，让群众零距离感受法治文化。\n"
    )
    assert document(text).agency is not None
