"""The issuing agency of near misses, session 7: news of a body's meeting or work, other bodies' documents.

Found on four sets collected blind (news, government near misses, other bodies' documents): a meeting's body
named without its place (某县召开依法治县领导小组工作会议 gave 依法治县领导小组, a body every county has), the lead
under an author's name row never read, a university for its institute (某大学 for 某大学法治政府研究院), a
place made of a word's last character (就业社区 read as a district 业社区), an inspector for the news of the body it
inspected. Texts in our own words; places and bodies invented (real place names only where the gazetteer must know
them).
"""

from __future__ import annotations

from tests.support.facts import document

# --- a meeting's body named without its place -------------------------------------------------------------


def test_a_meetings_body_without_its_place_is_named_with_the_place_that_holds_it() -> None:
    text = (
        "11月3日，青禾县召开依法治县领导小组工作会议，县委常委、副县长某某出席会议。各乡镇负责人参加了会议。\n"
        "会议传达学习了上级有关文件精神，部署了下一阶段依法治县工作。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾县依法治县领导小组"
    assert doc.evidence.agency_source == "news lead"


def test_a_meetings_body_with_its_place_is_left_as_written() -> None:
    text = (
        "11月3日，青禾县委全面依法治县委员会第三次会议召开，县委书记某某主持会议并讲话。\n"
        "会议审议通过了有关文件，部署了下一阶段工作。\n"
    )
    assert document(text).agency == "青禾县委全面依法治县委员会"


def test_the_lead_under_an_authors_name_row_is_read() -> None:
    text = (
        "把法治青禾打造成亮丽名片 青禾区召开全面依法治区委员会第二次会议\n"
        "小林\n"
        "5月20日，中共青禾市青禾区委全面依法治区委员会第二次会议召开，区委副书记某某主持会议并讲话。\n"
        "会议审议通过了有关文件，听取了三个部门主要负责人的述法报告。\n"
    )
    doc = document(text)
    assert doc.agency == "中共青禾市青禾区委全面依法治区委员会"
    assert doc.evidence.agency_source == "news lead"
