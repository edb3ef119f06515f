"""Near misses, session 6 (issue 10): the year of a news item dated by its page, and of a report delivered to a
congress's standing committee.

- A news item whose lead dates its event by month and day only (11月23日上午，县长主持召开…) under the page's date line
  (来源：某局 发布时间：2023-11-24 17:39) is of that line's year: cleaning keeps the page's date from the furniture
  line (its counters and controls go; a source naming an organ stays as a row of its own), so that the year can be read and quoted. A date line too far from the
  event, a date in the page's footer, or one over a body that is no day-dated lead (a report) stays furniture.
- A report delivered to a standing committee (我受区人民政府的委托，向区人大常委会报告2022年度…情况，请予审议) is on
  the year its delivering sentence names; a body's sentence on the report it made (按规定向人大常委会报告2022年
  法治政府建设情况) is no such formula and gives no year.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean
from summarizer.models import DocType

from .support.facts import document

_NEWS = (
    "当前位置：首页 > 专题专栏 > 示范创建 > 工作动态\n"
    "青禾县召开法治政府建设示范创建推进会\n"
    "{date_line}\n"
    "{event}上午，县委副书记、县长李青主持召开全县法治政府建设示范创建推进会，各乡镇、县直各单位主要负责人参加会议。\n"
    "会议通报了创建工作进度，对下一步工作作出安排部署。\n"
    "李青强调，要对照指标逐项查漏补缺，确保创建工作取得实效。\n"
)

DATE_LINES = [
    # (id, the page's furniture line, the lead's date, year)
    (
        "source before the date",
        "来源：县司法局 发布时间：2023-11-24 17:39:40 浏览次数：【字体：大 中 小】",
        "11月23日",
        2023,
    ),
    ("a date field alone", "发布日期：2018-09-06", "9月5日", 2018),
    ("run together with the editor", "来源：青禾日报编辑：admin时间：2022-10-10", "10月10日", 2022),
    ("in traditional script", "來源：縣司法局 發佈時間：2021-03-07 09:10", "3月5日", 2021),
]


@pytest.mark.parametrize("date_line, event, year", [s[1:] for s in DATE_LINES], ids=[s[0] for s in DATE_LINES])
def test_a_news_item_dated_by_day_takes_the_year_of_its_page_date_line(date_line, event, year):
    doc = document(_NEWS.format(date_line=date_line, event=event))
    assert doc.doc_type == DocType.news
    assert doc.report_year == year
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == str(year)
    assert doc.evidence.report_year_source == "date line"


def test_cleaning_keeps_the_page_date_alone_and_the_rest_of_its_line_goes():
    cleaned = clean(_NEWS.format(date_line=DATE_LINES[0][1], event="11月23日"))
    lines = cleaned.text.split("\n")
    assert "发布时间：2023-11-24 17:39:40" in lines
    # (the source naming an organ stays as a row of its own: the publisher, which may be named nowhere else)
    assert "来源：县司法局" in lines
    assert "浏览次数" not in cleaned.text and "字体" not in cleaned.text


def test_a_page_date_far_from_the_event_dates_nothing():
    # a repost months after the meeting: the date line is the copy's, not the event's
    doc = document(_NEWS.format(date_line="发布时间：2024-02-20 10:00", event="11月23日"))
    assert doc.doc_type == DocType.news
    assert doc.report_year is None


def test_a_date_in_the_footer_is_not_kept():
    footer = "\n".join(f"第{i}条相关链接标题" for i in range(14)) + "\n发布时间：2023-11-24 17:39:40\n"
    cleaned = clean(_NEWS.format(date_line="", event="11月23日") + footer)
    assert "2023-11-24" not in cleaned.text


def test_a_date_line_over_a_report_stays_furniture():
    text = "青禾县司法局2023年法治政府建设情况报告\n发布时间：2024-01-20 09:00\n2023年，县司法局坚持依法行政。\n"
    assert "2024-01-20" not in clean(text).text


def test_only_the_first_page_date_is_kept():
    text = _NEWS.format(date_line="发布时间：2023-11-24 17:39:40\n更新时间：2023-11-25 08:00", event="11月23日")
    assert "2023-11-25" not in clean(text).text


DELIVERED = (
    "青禾区审计局局长 王林\n"
    "2023年9月26日\n"
    "主任、各位副主任、各位委员：\n"
    "我受区人民政府的委托，向区人大常委会报告2022年度区本级预算执行和其他财政收支的审计情况，请予审议。\n"
    "根据审计法规定，区审计局依法审计了2022年度区级预算执行情况。共完成审计项目12个，提出审计建议30条。\n"
    "一、财政管理审计情况\n（一）区本级财政管理审计。审计发现问题21项。\n"
)


def test_a_report_delivered_to_a_standing_committee_is_on_the_year_it_names():
    doc = document(DELIVERED)
    assert doc.report_year == 2022
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == "2022年"
    assert doc.evidence.report_year_source == "preamble"


def test_a_body_telling_of_the_report_it_made_is_no_delivering_formula():
    text = (
        "2023年，全区各级人民政府坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"
        "一、坚持党的领导，扛起法治政府建设责任\n"
        "（一）落实报告制度。区人民政府按规定向区委、区人大常委会报告2022年法治政府建设情况，并依法向社会公开。\n"
        "（二）加强学习。全年组织学法8次，培训干部300人次。\n"
    )
    assert document(text).report_year == 2023


# a news item without its headline: the lead is the first line
MEETING_LEAD = (
    "6月12-13日，2021年全省市场监管法制工作会在青禾召开。会议总结2020年全省市场监管法制工作，"
    "部署2021年重点任务。省市场监管局副局长李禾出席会议并讲话。\n"
    "李禾充分肯定了2020年法制工作取得的成绩，要求各地进一步加强执法监督。\n"
)


def test_a_two_day_meeting_leads_news_of_its_edition_year():
    doc = document(MEETING_LEAD)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2021  # the meeting's edition, not the year its review looked back on
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == "2021年"


def test_a_meeting_dated_by_its_full_date_is_dated_by_its_name():
    text = (
        "为推动述法工作落地见效，2024年3月20日，2023年度青禾区述法现场会在区委会议室召开。"
        "区委常委、政法委书记主持会议，5名部门主要负责人现场述法。\n会议要求各单位认真整改。\n"
    )
    assert document(text).report_year == 2023


SURVEY_LEAD = (
    "近日，《2022年法治青禾建设群众满意度调查报告》出炉。报告显示，禾山市法治建设群众满意度为86.2分，位居全省第三。\n"
    "今年2月，省委依法治省办联合省统计局组织开展了满意度调查。\n"
)


def test_a_survey_that_came_out_leads_news_of_its_year():
    doc = document(SURVEY_LEAD)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2022


def test_a_lead_citing_a_titled_document_without_coming_out_gives_no_year_from_it():
    # 《…》 is cited, not what came out: no year from the title's year
    text = (
        "近日，《2021年青禾县依法行政工作要点》提出的各项任务均已完成，县司法局对照要点逐项开展了自查。\n"
        "下一步，县司法局将继续推进依法行政。\n"
    )
    assert document(text).report_year is None
