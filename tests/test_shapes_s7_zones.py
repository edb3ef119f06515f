"""The issuing agency, session 7: a zone's party working committee and management committee reporting jointly.

Found on a blind set (AP): a resort zone's report opened 2025年，某度假区党工委、管委会坚持…现将全年工作情况报告如下, and
we named no one: the joint name of a place's Party committee and government was known (某县委、县政府), a zone's
(党工委、管委会) was not. Texts in our own words; places invented.
"""

from __future__ import annotations

from summarizer.facts.names import org_name
from tests.support.facts import document


def test_a_zones_two_committees_reporting_jointly_are_its_name() -> None:
    text = (
        "2024年，青禾湾旅游度假区党工委、管委会坚持以习近平法治思想为指导，紧紧围绕市委、市政府法治政府建设部署，"
        "扎实推进依法行政。现将全年工作情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强党的领导。全年召开党工委会议专题研究法治建设4次。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾湾旅游度假区党工委、管委会"
    assert doc.evidence.agency_source == "preamble"


def test_the_committees_a_department_works_under_are_not_its_name() -> None:
    text = (
        "2024年，在新区党工委、管委会的坚强领导下，新区卫生健康局深入推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
    )
    assert document(text).agency == "新区卫生健康局"


def test_two_committees_with_no_place_name_no_body() -> None:
    assert org_name("区党工委、管委会") is None
    assert org_name("青禾高新区党工委、管委会") == "青禾高新区党工委、管委会"


def test_a_party_committee_and_another_bodys_office_are_two_bodies() -> None:
    assert org_name("青禾街道党工委、县司法局") is None
    assert org_name("中共青禾镇委员会、青禾镇人民政府") == "青禾镇人民政府"


def test_a_zone_named_for_two_linked_places_is_its_writer() -> None:
    text = (
        "2024年，广西-东盟经济技术开发区（以下简称“开发区”）深入贯彻习近平法治思想，全力抓好法治政府建设各项工作任务"
        "落实。现将2024年度开展法治政府建设情况报告如下：\n"
        "一、主要举措和成效\n"
    )
    assert document(text).agency == "广西-东盟经济技术开发区"
    assert org_name("政务公开-青禾县司法局") is None  # a menu's path links no places
