"""The year of news, session 8: a lead dated in full whose deed the dated-lead rule did not know.

A news lead that opens with the full date of what it reports gives that date's year: a visit to report work
(2020年6月22日上午，某局到省司法厅汇报…), a hearing after the lead's purpose clause (为深化…，2025年10月27日，某局…
召开听证会). A date before a document's issue (…《某意见》印发) stays the background it is. Texts in our own words.
"""

from __future__ import annotations

from tests.support.facts import document


def test_a_lead_dated_in_full_for_a_visit_to_report_gives_its_year() -> None:
    text = (
        "2020年6月22日上午，青禾市司法局到省司法厅汇报公共法律服务中心建设工作情况。省司法厅有关负责人出席汇报会。\n"
        "会上，有关负责人指出，要加快工作推进力度。\n"
    )
    doc = document(text)
    assert doc.doc_type == "news"
    assert doc.report_year == 2020


def test_a_lead_dated_in_full_after_its_purpose_clause_gives_its_year() -> None:
    text = (
        "为深化行政复议公开透明机制，提升复议公信力，2025年10月27日，青禾市司法局针对一起涉企行政复议案件召开听证会，"
        "邀请人大代表、政协委员现场观摩。\n"
        "听证会流程严谨有序，充分保障了当事人的合法权益。\n"
    )
    assert document(text).report_year == 2025


def test_a_date_the_lead_gives_to_a_documents_issue_gives_no_year() -> None:
    text = (
        "2015年1月14日，《青禾市关于加强法治政府建设的意见》印发，此后全市各部门陆续出台配套措施。\n"
        "近日，记者走访了多个部门，了解到相关工作进展顺利。\n"
    )
    assert document(text).report_year != 2015


def test_a_lead_dated_in_full_for_an_activity_carried_out_gives_its_year() -> None:
    text = (
        "为进一步提升全县国家机关工作人员依法行政能力，2025年9月4日上午，青禾县司法局联合县人民法院组织开展庭审观摩活动。\n"
        "15个行政执法部门的分管负责同志全程参与本次活动。\n"
    )
    assert document(text).report_year == 2025


def test_a_period_a_lead_opens_with_is_no_day_of_an_event() -> None:
    # 2022年11月2日至2023年1月6日，某巡察组对…开展了常规巡察: a period over two years, not the day of one event
    text = (
        "根据区委巡察工作统一部署，2022年11月2日至2023年1月6日，区委第一巡察组对青禾区司法局党组开展了常规巡察。\n"
        "按照巡察工作有关要求，现将集中整改进展情况予以公布。\n"
    )
    assert document(text).report_year != 2022
