"""The issuing agency, session 7: what a place's name may start with, and what a name between two bodies is.

Found on a blind set (AO): 市委第五巡察组向市司法局党组反馈 gave the fragment 市委第五巡察组向市司法局. And a real place may
start with a character no name starts with (从化区, 和平区, 将乐县): the gazetteer says when. Texts in our own words;
places invented, or real divisions named only as names.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import org_name
from tests.support.facts import document


@pytest.mark.parametrize(
    "place",
    [
        "黑龙江省哈尔滨市方正县大罗密镇",
        "榆林市定边县",
        "陇县",
        "晋城市城区",
        "张家港经开区",
        "深圳市深汕特别合作区",
        "大理白族自治州",
    ],
)
def test_real_divisions_towns_and_zones_stay_places(place: str) -> None:
    assert org_name(place, place=True) == place


def test_a_body_acting_towards_another_is_no_one_name() -> None:
    text = (
        "根据市委统一部署，2024年4月至6月，市委第五巡察组对市司法局党组开展了常规巡察。8月12日，市委第五巡察组向市司法局"
        "党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert document(text).agency != "市委第五巡察组向市司法局"
    assert org_name("市委第五巡察组向市司法局") is None


@pytest.mark.parametrize("name", ["向阳区人民政府", "从化区人民政府", "和平区司法局", "将乐县人民政府"])
def test_a_real_place_may_start_with_a_word_a_name_never_does(name: str) -> None:
    assert org_name(name) == name


@pytest.mark.parametrize("words", ["从市司法局", "对县委", "向区人民政府", "和市政府"])
def test_a_preposition_before_a_level_word_starts_no_name(words: str) -> None:
    assert org_name(words) is None


@pytest.mark.parametrize("words", ["业社区", "青禾社区", "辖区", "老旧小区"])
def test_a_community_or_a_jurisdiction_is_no_issuing_place(words: str) -> None:
    assert org_name(words, place=True) is None


def test_a_news_items_community_building_names_no_place() -> None:
    text = (
        "青禾经开区：多措并举推进法治政府建设\n"
        "近日，记者走进青禾经开区，了解到该区重点推进了法律顾问聘用、涉企收费清单、就业社区建设等亮点工作。\n"
    )
    assert document(text).agency != "业社区"


@pytest.mark.parametrize("words", ["青禾法院联合县司法局", "首批州", "第二批县"])
def test_two_bodies_acting_together_or_a_batchs_rank_name_no_body(words: str) -> None:
    assert org_name(words, place=True) is None


@pytest.mark.parametrize("body", ["达尔罕茂明安联合旗", "青禾州"])
def test_a_united_banner_and_places_stay_names(body: str) -> None:
    assert org_name(body, place=True) == body
