"""The issuing agency of news, session 7, round 3: a headline's place whose organs did the deed.

Found on the session's last blind news set: a headline names a place (某市开展…复核工作, 某市召开…联席会议) while its
lead's first sentence names several of that place's organs doing it together (市司法局、市民政局组成审核小组…,
市中院、市司法局联合在…召开…). The place did not act. Session 7 left such items with no agency; the labels of
session 30's blind texts (a careful reader's) name the first organ listed, who leads the joint deed, and so does
the engine since. Texts in our own words; places and bodies invented.
"""

from __future__ import annotations

from tests.support.facts import document, one_line, spaced_line

_LISTED = (
    "青禾市开展民主法治示范村实地复核工作\n"
    "为进一步巩固示范村创建质量，近日，市司法局、市民政局组成审核小组先后赴东湖镇、西岭街道开展实地复核。\n"
    "审核小组逐项检查了村级组织、基层民主等方面的工作情况，对薄弱环节提出了整改意见。\n"
)

_TOGETHER = (
    "青禾市召开府院联动联席会议\n"
    "为推动行政争议实质性化解，6月2日，市中院、市司法局联合在市中院三楼会议室召开府院联动联席会议，"
    "市政府副秘书长某某主持会议，市公安局、市人社局等单位负责同志参加会议。\n"
    "会上，市中院通报了行政审判工作情况，市司法局通报了行政复议工作情况。\n"
)


def test_a_headlines_place_whose_lead_lists_its_organs_names_the_first_organ() -> None:
    assert document(_LISTED).agency == "市司法局"


def test_a_headlines_place_whose_organs_act_together_names_the_first_organ() -> None:
    assert document(_TOGETHER).agency == "市中院"


def test_the_first_acting_organ_is_named_on_a_copy_that_lost_its_line_breaks() -> None:
    assert document(one_line(_TOGETHER)).agency == "市中院"  # the headline run into its lead opens the text
    assert document(spaced_line(_TOGETHER)).agency == "市中院"


# --- must not fire ----------------------------------------------------------------------------------------


def test_a_place_that_holds_a_meeting_its_organs_attend_is_still_the_agency() -> None:
    text = (
        "青禾市召开法治政府建设推进会\n"
        "6月2日，青禾市召开法治政府建设推进会，市司法局、市民政局等单位负责同志参加会议。\n"
        "会议总结了上半年工作，部署了下一阶段任务。\n"
    )
    assert document(text).agency == "青禾市"


def test_a_reports_title_keeps_its_place_whatever_its_opening_lists() -> None:
    text = (
        "青禾市2024年法治政府建设情况报告\n"
        "2024年，市司法局、市民政局联合开展民主法治示范村创建工作，全市法治政府建设取得新成效。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）健全依法决策机制。全年审查重大行政决策12件。\n"
    )
    assert document(text).agency == "青禾市"


# --- a transmittal that carries another's document whole ---------------------------------------------------
# (某市委、某市政府转发了《市委宣传部、市司法局关于…规划》。《…》全文如下: the page is the plan, whose joint authors
# wrote it; the bodies that pass it on did not)


def test_the_joint_authors_of_a_plan_a_page_carries_whole_are_its_agency() -> None:
    text = (
        "近日，中共青禾市委、青禾市人民政府转发了《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划》。\n"
        "《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划》全文如下。\n"
        "全民普法是全面依法治国的长期基础性工作。为深入开展法治宣传教育，制定本规划。\n"
        "一、指导思想\n"
        "（一）坚持以人民为中心，推动全社会尊法学法守法用法。\n"
    )
    doc = document(text)
    assert doc.agency == "市委宣传部、市司法局"
    assert doc.evidence.agency_source == "title"


def test_a_transmittal_notices_carried_document_is_its_authors_not_the_signer() -> None:
    text = (
        "各区委、区人民政府，市委各部门，市直各单位：\n"
        "现将《市委依法治市办、市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划》转发给你们，请认真组织实施。\n"
        "中共青禾市委全面依法治市委员会办公室\n"
        "2022年3月17日\n"
        "全民普法是全面依法治国的长期基础性工作。为深入开展法治宣传教育，制定本规划。\n"
    )
    assert document(text).agency == "市委依法治市办、市委宣传部、市司法局"


def test_news_of_a_transmittal_that_does_not_carry_the_document_keeps_its_forwarders() -> None:
    text = (
        "青禾省委、省政府转发法治宣传教育规划\n"
        "近日，省委、省政府转发了《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划》，并发出通知，"
        "要求各地各部门结合实际认真贯彻执行。\n"
        "通知指出，全民普法是依法治国的长期基础性工作。\n"
    )
    assert document(text).agency == "青禾省委、省政府"
