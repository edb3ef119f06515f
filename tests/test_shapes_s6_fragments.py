"""The issuing agency, session 6: a sentence's words that end where a level word does are never a place's name.

Found under perturbed copies of real reports: in a 我县 text, ``…。某市司法局多措并举推动各县落实…`` gave the
"place" ``某市司法局多措并举推动各县``, and ``我镇不断提高某镇…`` gave ``提高某镇``. A place's name never holds an
organ word, never ends in a pointer and its level (各县), and never starts with a verb of the work. Texts in our own
words; places and bodies invented.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import org_name
from tests.support.facts import document


@pytest.mark.parametrize(
    "words",
    [
        "青禾市司法局多措并举推动各县",
        "提高小陶镇",
        "推动青山区",
        "青禾县政府所在各镇",
        "王明一行来到小陶镇",  # a visit's sentence: a stem of eight characters before the level word
        "白水区举办",  # a verb ending in 办, not an office
    ],
)
def test_a_sentences_words_ending_in_a_level_are_no_place(words: str) -> None:
    assert org_name(words, place=True) is None


@pytest.mark.parametrize(
    "name",
    [
        "小陶镇",
        "青禾市青山区",
        "青禾省白水自治州",
        "青山县开发区街道",
        "达尔罕茂明安联合旗",
        "云南省楚雄彝族自治州楚雄市",
    ],
)
def test_real_shapes_of_place_names_stay_names(name: str) -> None:
    assert org_name(name, place=True) == name


def test_a_superiors_sentence_in_a_county_report_names_no_writer() -> None:
    text = (
        "2024年，我县坚持依法行政，法治政府建设取得新成效。青禾市司法局多措并举推动各县落实法治督察整改。"
        "现将有关情况报告如下。\n一、主要举措\n（一）健全制度。"
    )
    assert document(text).agency is None


def test_a_verb_before_the_towns_name_is_not_the_town() -> None:
    text = "2024年，在县委县政府领导下，我镇不断提高小陶镇依法行政水平，各项工作取得新成效。\n一、主要举措\n（一）健全制度。"
    assert document(text).agency in (None, "小陶镇")
