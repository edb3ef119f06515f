"""The issuing agency, session 6: a committee's standing group is its own body, and a visitor is never the visited.

Found on the last blind set (AG): news of a meeting of 某县委全面依法治县委员会守法普法协调小组 was given to the
county's party committee (its name cut where the group's began), and 市人大评议组赴某局召开座谈会 gave the fragment
``…评议组赴某局``. Texts in our own words; places, bodies and people invented.
"""

from __future__ import annotations

from summarizer.facts.names import org_name
from tests.support.facts import document


def test_a_committees_standing_group_meeting_is_the_groups() -> None:
    text = (
        "青禾法治网讯（记者 王明）3月8日上午，青禾县委全面依法治县委员会守法普法协调小组2024年第一次会议召开，"
        "协调小组全体成员参加。会议总结了2023年普法工作，部署了本年度任务。"
    )
    assert document(text).agency == "青禾县委全面依法治县委员会守法普法协调小组"


def test_a_group_word_alone_names_no_body() -> None:
    assert org_name("协调小组") is None
    assert org_name("青禾县推进依法行政工作领导小组") == "青禾县推进依法行政工作领导小组"


def test_a_visitor_going_to_a_bureau_is_no_name() -> None:
    assert org_name("市人大第二评议组赴司法局") is None
    text = (
        "9月3日，市人大第一评议组赴市场监管局召开座谈会，就该局主要负责人履职情况听取意见。评议组与局班子成员逐一谈话。"
    )
    assert document(text).agency != "市人大第一评议组赴市场监管局"


def test_a_party_committees_group_keeps_its_party_prefix() -> None:
    text = (
        "11月5日上午，中共青禾县委全面依法治县委员会守法普法协调小组会议召开，协调小组成员单位参加会议。"
        "会议通报了全县普法工作进展。"
    )
    assert document(text).agency == "中共青禾县委全面依法治县委员会守法普法协调小组"


def test_a_joint_meetings_office_is_a_name() -> None:
    # 联席会议办公室: the standing office of a joint meeting, an organ as a 领导小组办公室 is; a meeting alone is none
    assert org_name("青禾市法治宣传教育联席会议办公室") == "青禾市法治宣传教育联席会议办公室"
    assert org_name("青禾市法治宣传教育工作会议") is None


def test_a_notices_issuing_office_in_its_metadata_is_the_writer_not_the_place_its_title_names() -> None:
    text = (
        "关于印发《2025年青禾市守法普法工作要点》的通知\n"
        "发布日期:2025-04-10 | 发布机构:青禾市法治宣传教育联席会议办公室\n"
        "青禾市法治宣传教育联席会议办公室\n"
        "青法宣办〔2025〕3号\n"
        "各区法宣办、各相关单位:\n"
        "《2025年青禾市守法普法工作要点》已经审议通过，现印发给你们，请认真抓好落实。"
    )
    assert document(text).agency == "青禾市法治宣传教育联席会议办公室"
