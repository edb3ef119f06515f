"""The issuing agency, session 7: a legislature that heard a report quoted by its title, delivered by a standing
committee member.

Found on blind sets (AN, AO): 会议听取了区委常委、副区长某某作的《某区政府关于法制工作情况的报告》 gave 区委常委 (a
person's post, not a body), and a county's report signed by its 常委 gave 常委. The body whose report it heard is the
one its quoted title names. Texts in our own words; places and people invented.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import org_name
from tests.support.facts import document

_HEARING = (
    "青禾区第九届人大常委会召开第十一次主任会议\n"
    "2018年8月31日，区九届人大常委会召开第十一次主任会议。区人大常委会主任李明出席会议。\n"
    "会议听取了{speaker}作的《青禾区政府关于法制工作情况的报告》，主任会议成员在评议时充分肯定了区政府的法制工作。\n"
)


def test_a_hearing_gives_the_body_its_quoted_report_names() -> None:
    assert document(_HEARING.format(speaker="区委常委、副区长王强")).agency == "青禾区政府"


@pytest.mark.parametrize("post", ["常委", "区委常委", "青禾县委常委"])
def test_a_standing_committee_member_is_a_person_not_a_body(post: str) -> None:
    assert org_name(post) is None


@pytest.mark.parametrize("body", ["县人大常委会", "市委常委会办公室", "青禾区人大常委会"])
def test_standing_committees_stay_bodies(body: str) -> None:
    assert org_name(body) == body


def test_a_government_in_its_term_is_the_government() -> None:
    text = (
        "2021年04月08日\n"
        "十二届州人民政府召开第62次常务会议\n"
        "本报讯 4月7日，州委副书记、州长李明主持召开十二届州人民政府第62次常务会议，研究部署法治政府建设等工作。\n"
    )
    assert document(text).agency == "州人民政府"
    assert org_name("青禾县第十八届人民政府") == "青禾县人民政府"
    assert org_name("青禾县第十四届人民代表大会") is None  # a congress's session names no standing body
