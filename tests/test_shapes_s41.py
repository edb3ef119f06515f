"""Shapes of session 41 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a district's disclosure page: the site's name, its column's bare genre (政府信息公开年报), then the report's own
# title broken over two lines, naming a bureau of the district and the year
_COLUMN_OVER_TITLE = (
    "天津市河东区人民政府\n\n政府信息公开年报\n\n天津市河东区退役军人事务局2022\n\n政府信息公开工作年度报告\n\n"
    "发布时间:2023-01-20\n\n"
    "本报告是根据《中华人民共和国政府信息公开条例》要求,由河东区退役军人事务局编制的2022年度政府信息公开工作年度报告。\n\n"
    "一、总体情况\n\n2022年,区退役军人事务局主动公开政府信息46条,办理依申请公开3件。\n"
)


def test_a_columns_bare_genre_over_the_reports_own_title_is_not_its_title() -> None:
    d = summarize(text=_COLUMN_OVER_TITLE).document
    assert d.title == "天津市河东区退役军人事务局2022政府信息公开工作年度报告"
    assert d.agency == "天津市河东区退役军人事务局"
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2022


# a mirror of a county's news that wrote a betting site's name over the county's wherever it stood: the headline and
# the source field name no real body, so the page's agency is not said rather than the spam's
_SPAM_PLACE = (
    "新闻中心 > 本地要闻 > 正文\n"
    "皇冠体育比分召开2022年度安全生产工作会议\n"
    "时间:2022-03-01 09:10 来源:皇冠体育比分应急管理局 作者: 王立\n\n"
    "2月28日,皇冠体育比分召开2022年度安全生产工作会议,会议由副县长主持。"
    "会议分析了当前全县安全生产形势,安排部署了全国“两会”期间安全防范工作。\n"
)


def test_a_betting_sites_words_over_a_place_make_no_agency() -> None:
    d = summarize(text=_SPAM_PLACE).document
    assert d.agency is None
    assert d.report_year == 2022
