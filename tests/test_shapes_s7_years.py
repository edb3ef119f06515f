"""The year of news about a session that heard a work report, session 7.

Found on a blind set (AK): items on a county's or a township's people's congress opening (1月4日上午，某县第十三届
人民代表大会第四次会议开幕) named no year of their own, only what the government's report reviewed (报告共分三个部分：
一、2023年工作回顾 / 《报告》全面回顾了2021年…): the item is about that year, and we gave none. Texts in our own words;
places and people invented.
"""

from __future__ import annotations

from tests.support.facts import document

_SESSION = (
    "2月20日上午，青禾乡召开第九届人民代表大会第二次会议，乡党委书记李明主持会议。大会应到代表62名，实到56名。\n"
    "会议听取和审议了乡长王强作的《政府工作报告》。\n"
    "《报告》全面回顾了{year}年青禾乡经济社会发展情况和政府工作，谋划了下一年的发展蓝图。\n"
    "会议还票决产生了6项民生实事项目。\n"
)


def test_news_of_a_session_gives_the_year_its_report_reviews() -> None:
    doc = document(_SESSION.format(year=2021))
    assert doc.doc_type == "news"
    assert doc.report_year == 2021
    quote = doc.evidence.report_year
    assert quote is not None and quote.text == "2021年"


def test_a_reports_parts_listed_in_the_news_give_the_reviewed_year() -> None:
    text = (
        "1月21日上午，青禾县第十六届人民代表大会第四次会议在县会展中心开幕。来自全县各条战线的人大代表齐聚一堂。\n"
        "县长代表县人民政府向大会作政府工作报告。报告共分三个部分：一、2023年工作回顾；二、2024年工作总体思路；"
        "三、2024年重点工作。\n"
    )
    doc = document(text)
    assert doc.doc_type == "news"
    assert doc.report_year == 2023


def test_a_report_reviewing_five_years_gives_no_year() -> None:
    text = _SESSION.format(year=2021).replace("全面回顾了2021年", "全面回顾了过去五年")
    assert document(text).report_year is None
