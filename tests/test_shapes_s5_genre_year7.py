"""Genre, session 5 round 7 (issue 10): confident wrong genres under the packagings real copies show (a copy pasted
as one line, line breaks become spaces) refused: a page's field (发布时间:, 发布单位:) and a speaker's 请予审议 after
the date a speech was delivered are no news lead's verb; a news agency's lead run into the page's source field
(来源: 某网 3月29日电 据…) is kept as the body's first line, so that its 具体内容如下 still wraps the report; a
news item's 详情如下: right before the report's title still hands over to the report when the line break after it
was lost.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.models import DocType


def document(text: str):
    return summarize(text=text, engine="rules").document


def one_line(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


def spaced_line(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


PACKAGINGS = [lambda t: t, one_line, spaced_line]

_BODY = (
    "一、加强党对法治政府建设的领导,持续推进水利法治建设\n"
    "(一)认真贯彻落实全面依法治国决策部署。局党组先后召开会议12次研究法治建设工作,全年审查规范性文件8件。\n"
    "(二)健全法治建设推进机制。制定年度工作要点,定期调度,认真抓好落实。\n"
    "二、深入推进简政放权,持续优化营商环境\n"
    "(一)持续推进简政放权。全面实行权责清单制度,累计取消调整行政许可事项15项。\n"
    "三、存在的不足和下一步工作安排\n"
    "(一)存在的不足。基层执法队伍力量仍显薄弱。\n"
    "(二)下一步工作安排。持续推进严格规范公正文明执法。\n"
)

# a news site's copy of a ministry's report: headline, date and source fields, an agency's lead that wraps the report
WRAPPED_REPORT = (
    "水利部发布2023年法治政府建设年度报告\n"
    "发布时间:2024-03-30 10:12:40 来源: web20240330 东方新闻网\n"
    "3月29日电 据水利部网站消息,水利部发布2023年法治政府建设年度报告。具体内容如下:\n" + _BODY
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_lead_run_into_the_source_field_still_wraps_the_report(pack):
    assert document(pack(WRAPPED_REPORT)).doc_type == DocType.annual_report


# a government page: its own date line and fields above a county's report
PAGE_REPORT = (
    "临河县人民政府 2021年5月6日星期四 无障碍 简体| 繁体\n"
    "临河县2023年度法治政府建设情况报告\n"
    "来源:临河县人民政府办公室 发布时间:2024-03-20 09:10\n"
    "临河县2023年度法治政府建设情况报告\n"
    "2023年,临河县坚持以习近平法治思想为指导,深入推进依法行政,全年办结行政复议案件23件。\n" + _BODY
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_page_date_and_its_publish_field_are_no_news_lead(pack):
    assert document(pack(PAGE_REPORT)).doc_type == DocType.annual_report


# a standing committee's report to a congress, dated the day it was delivered: no news item
DELIVERED = (
    "——2022年1月10日在北湖区第八届人民代表大会第一次会议上\n"
    "北湖区人大常委会主任 李 明\n"
    "各位代表:\n"
    "我受区七届人大常委会委托,向大会报告工作,请予审议。\n"
    "一、过去五年的主要工作\n"
    "五年来,区人大常委会依法履行监督职责,共听取审议专项工作报告40项,开展执法检查12次。\n"
    "二、今后五年的工作建议\n"
    "持续加强监督,推动依法治区。\n"
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_speakers_request_to_deliberate_is_no_news_lead(pack):
    assert document(pack(DELIVERED)).doc_type != DocType.news


# a news item that carries a ministry's report after 详情如下:
NEWS_CARRIES_REPORT = (
    "3月27日,水利部发布2024年法治政府建设情况的报告。报告指出,依法加强河湖管理,严查违法采砂行为200余起。详情如下:\n"
    "水利部2024年法治政府建设情况的报告\n"
    "2024年,水利部坚持以习近平法治思想为指导,深入推进依法行政,全年审查规范性文件30件。\n" + _BODY
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_details_follow_then_the_reports_title_wraps_the_report(pack):
    assert document(pack(NEWS_CARRIES_REPORT)).doc_type == DocType.annual_report


# must not fire: a news item whose 近日 lead tells a meeting, and one whose 详情如下: hands over to a list, stay news
NEWS = (
    "临河县召开法治政府建设推进会\n"
    "近日,临河县召开法治政府建设推进会,审议《临河县法治政府建设工作要点》。会议要求,各单位要压实责任。详情如下:\n"
    "会议指出,要持续推进依法行政。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])  # (the plain copy's 详情如下:\n wraps whatever follows)
def test_news_of_a_meeting_stays_news(pack):
    assert document(pack(NEWS)).doc_type == DocType.news
