"""The issuing agency, session 6: a word run onto the front of a real place's name is never part of the agency.

Real copies run a verb (根据…的规定，编制某自治州2023年…年度报告) or a document number (某政发〔2021〕1号某县2020年度…)
onto the place that writes the report; no list of such words is ever complete, so the place is told by the
gazetteer of China's divisions (summarizer/facts/places.py). The texts are in our own words; the places are real
divisions (their names are facts), the bodies and their work invented.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import org_name
from summarizer.facts.places import first_place, place_at
from tests.support.facts import document


@pytest.mark.parametrize(
    ("name", "at", "length"),
    [
        ("楚雄彝族自治州人民政府", 0, 7),  # the full autonomous name
        ("楚雄州司法局", 0, 3),  # its short form
        ("海西蒙古族藏族自治州", 0, 10),  # two peoples
        ("察布查尔锡伯自治县", 0, 9),  # a people without 族
        ("广西壮族自治区司法厅", 0, 7),
        ("编制楚雄彝族自治州", 2, 7),  # a verb in front
        ("号岫岩满族自治县", 1, 7),  # a document number's last character in front
        ("岫岩县", 0, 3),  # the stem with another level word
    ],
)
def test_a_division_is_found_where_its_name_starts(name: str, at: int, length: int) -> None:
    assert first_place(name) == at
    assert place_at(name, at) == length


def test_words_that_are_no_place_are_not_found() -> None:
    assert first_place("市场监督管理局") == -1
    assert first_place("青禾县司法局") == -1  # an invented county: the patterns of names.py judge it


@pytest.mark.parametrize("name", ["编制楚雄彝族自治州", "号岫岩满族自治县", "印发楚雄州人民政府"])
def test_a_word_run_onto_a_place_makes_no_name(name: str) -> None:
    assert org_name(name, place=True) is None


@pytest.mark.parametrize(
    "name",
    [
        "楚雄彝族自治州人民政府",
        "云南省楚雄彝族自治州",  # a place before a place
        "菏泽牡丹区",  # a city's stem before its district
        "国家税务总局岫岩满族自治县税务局",  # a national body's prefix
        "中共岫岩满族自治县委员会",
        "岫岩满族自治县司法局",
    ],
)
def test_what_may_stand_before_a_place_keeps_the_name(name: str) -> None:
    assert org_name(name, place=True) == name


def test_a_verb_before_the_place_in_a_disclosure_reports_opening_is_not_its_agency() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》的规定，编制楚雄彝族自治州2023年政府信息公开工作年度报告。"
        "本报告数据统计期限为2023年1月1日至12月31日。\n一、总体情况\n全州主动公开政府信息一千余条。"
    )
    doc = document(text)
    assert doc.agency is None or doc.agency == "楚雄彝族自治州"


def test_a_document_number_glued_to_the_title_is_not_the_county_the_preamble_names() -> None:
    text = (
        "#\n昌政发〔2021〕1号昌图县2020年度法治政府建设情况报告\n\n政府办秘书科\n\n2021-01-06\n\n"
        "    根据市依法治市办要求，现将昌图县2020年法治政府建设情况报告如下：\n"
        "    2020年在市委、市政府的领导下，我县坚持依法行政，法治政府建设取得新进展。\n一、主要举措和成效\n"
        "（一）完善依法决策机制。"
    )
    assert document(text).agency == "昌图县"
