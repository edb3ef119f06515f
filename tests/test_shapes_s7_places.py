"""The issuing agency, session 7: a bare place is a real division, a town, a street or a zone, never a sentence's
words that end in a level word.

Found on blind sets (AO, AM): a congress's resolution (会议充分肯定区人民法院过去一年的工作) gave the "place" 充分肯定区,
and a news item's 就业社区建设 gave 业社区. The gazetteer of county-level and higher divisions tells the real ones;
towns, streets and zones are not in it and keep their patterns. Texts in our own words; places invented or real
divisions named only as names.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import org_name
from tests.support.facts import document


def test_a_resolutions_praise_names_no_place() -> None:
    text = (
        "关于区人民法院工作报告的决议\n"
        "青禾区第九届人民代表大会第三次会议听取和审查了院长所作的区人民法院工作报告。会议充分肯定区人民法院过去一年的"
        "工作，同意这个报告。会议要求，区人民法院要坚持公正司法，为我区高质量发展提供有力司法服务。\n"
    )
    assert document(text).agency != "充分肯定区"
    assert org_name("充分肯定区", place=True) is None
    assert org_name("就业社区", place=True) is None


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
