"""Document facts: title, agency, the year reported on, and the genre, each with the words it rests on.

Real documents arrive as a web page's opening, a mirror's copy, a news item wrapping a report, a report with no
title that opens with its addressee (新区党工委、管委会：), or a plan that looks like a report. The first regex that
fires is wrong a third of the time on such material, so each fact is read from the *weight of evidence*:

- genre: the title (with the titles of documents it cites, 《…》, taken out), the preamble formula
  (现将…情况报告如下), mandated-part headings, a closing 特此报告, against a plan's markers (指导思想, 工作目标,
  主要任务, 保障措施, a multi-year span), a news item's lead, a disclosure report's vocabulary;
- agency: the title's subject, the page's metadata (发布机构), the preamble's self-reference (XX局在…领导下),
  the signature; a candidate must be shaped like an organisation's name (ends in an organ suffix, no verb or
  preposition inside) or it is no agency at all — a wrong agency in a comparison table is worse than none;
- year: the title, the preamble formula, the opening sentence (2025年以来，…), the part-① heading.

Each fact keeps the span it was read from, so the summary can quote it like every other item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import DocType
from .agency import find_agency
from .genre import SURVEY, YEAR_SPAN, find_genre
from .names import Span, despace, org_name
from .title import find_title
from .year import (
    LONG_RANGE,
    PLENARY,
    accounts_year,
    body_year,
    called_year,
    dated_news_year,
    dated_over_body,
    dateline_year,
    delivered_year,
    early_lead,
    find_year,
    in_force_year,
    news_review_year,
    news_year,
    notice_year,
    number_year,
    occasion_year,
    page_date_below,
    page_date_year,
    period_year,
    plan_followed_year,
    plans_part_year,
    review_heading_year,
    reviewed_year,
    rewritten,
    session_plan_year,
    several_years,
    signature_year,
    term_review,
    themed_year,
    this_year_since,
    will_year,
    work_report,
    year_end_year,
    year_to_date,
    yearbook_year,
    years,
)

__all__ = [
    "Facts",
    "Span",
    "despace",
    "document_facts",
    "find_agency",
    "find_genre",
    "find_title",
    "find_year",
    "org_name",
    "years",
]


# the characters of a news item's lead (its first sentence or two) where an occasion's ordinal dates the item
_LEAD_SPAN = 200
# genres that are about one year: when title, preamble and opening are lost, the year the body names most
_ONE_YEAR = (
    DocType.annual_report,
    DocType.accountability_report,
    DocType.information_disclosure_report,
    DocType.work_points,
)


# a plan's or a year's points' preamble naming what it makes for which year (…，制定2024年某创建活动实施方案。)
_PLANS = (DocType.implementation_plan, DocType.work_points)
# a standing rule or opinion (某府关于…的实施意见, 某县人民政府工作规则, 转发…指导意见的通知): in force until replaced, of no year,
# whatever year its number was issued in
_STANDING = re.compile(r"意见|规则|办法|规定|条例|细则")
# …which a page with no title of its own shows by what it issues (现将《…实施意见》印发给你们, 现提出以下意见)
_ISSUES_STANDING = re.compile(
    r"现提出(?:以下|如下)意见|《[^《》\n]{2,60}(?:意见|规则|办法|规定|条例|细则)》[^。\n]{0,40}?印发"
)
_MADE_FOR_YEAR = re.compile(
    r"(?:制定|制订)(?:本|如下)?((?:19|20)\d{2})\s*年度?[^。\n《》]{0,40}?(?:实施方案|工作方案|行动方案|工作计划|工作要点)(?=[。：:\n])"
)


# a short line among the first four, the first that opens with a year (not a date) and goes on with words only (a
# file's name its only tail)
_YEAR_HEADING = re.compile(
    # (under a few short lines of a page's furniture cleaning kept: a site's name, a date row, an addressee)
    r"(?:[^\n。，,；;]{1,40}\n){0,3}[ \t]*((?:19|20)\d{2})\s*年度?(?!\d{1,2}\s*月)[\u4e00-\u9fff“”《》、]{4,40}"
    # (…and the next year's plans it bundles: 2025年某林场年终总结及2026年工作计划.docx)
    r"(?:(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff“”《》、]{2,20})?(?:\.docx?(?:VIP)?)?[ \t]*\n"
)


@dataclass
class Facts:
    title: Optional[str]
    title_span: Optional[Span]
    agency: Optional[str]
    report_year: Optional[int]
    doc_type: DocType
    agency_span: Optional[Span] = None
    agency_source: Optional[str] = None
    year_span: Optional[Span] = None
    year_source: Optional[str] = None
    genre_evidence: list[Span] = field(default_factory=list)


def document_facts(text: str, part_headings: list[Span]) -> Facts:
    span = find_title(text)
    title = text[span[0] : span[1]].replace("\n", "") if span else None
    agency, agency_span, agency_source = find_agency(text, span)
    year, year_span, year_source = find_year(text, span)
    genre = find_genre(text, title, span, part_headings)
    if genre.authorless:
        agency, agency_span, agency_source = None, None, None
    if agency is None and genre.title and (titled := find_agency(text, genre.title))[2] == "title":
        # 某局2015年工作总结暨2016年工作计划今年以来，我局…: the run-on title the genre was read from names its body
        agency, agency_span, agency_source = titled
    if year is None and genre.title:  # a title the genre was read from that the title finder missed
        in_title = find_year(text, genre.title)
        if in_title[2] == "title":
            year, year_span, year_source = in_title
        elif SURVEY.search(text[genre.title[0] : genre.title[1]]) and (named := body_year(text, genre.title[1])):
            year, year_span, year_source = named[0], named[1], "body"  # 某发展报告(2025): a yearly survey's year
    body_start = span[1] if span else 0
    news = genre.doc_type is DocType.news
    if news and year_span and year_source != "title" and text.startswith("以来", year_span[1]):
        # 日前，县召开…发布会。2021年以来，我县…: a news item's look back over a period dates the period, not the item;
        # the readers of a news item's year below ask its lead and its page's date line instead
        year, year_span, year_source = None, None, None
    # (news of a congress session that adopted the next year's budget or plan is of that year, whatever else it names)
    about = (
        (session_plan_year(text, body_start) or news_year(text, body_start))
        if news and year_source != "title"
        else None
    )
    if about:
        # news: the year of the meeting or report the lead is about, not of the plans its last lines quote
        year, year_span, year_source = about[0], about[1], "opening" if about[0] else None
    elif news and year_source != "title" and (reviewed := news_review_year(text, body_start)):
        # news of a session that heard a work report: the year the report reviews (报告…回顾了2021年…), not the
        # year of the session's date nor of the plans the item closes with (2024年，县法院将…)
        year, year_span, year_source = reviewed[0], reviewed[1], "body"
    if (
        news
        and not about
        and year is not None
        and year_source == "opening"
        and early_lead(text, body_start)
        and (ahead := will_year(text, body_start))
        and ahead[0] == year + 1
    ):
        # 3月22日，全市检察长会议召开。…2018年，全市检察机关涌现出…。2019年，全市检察机关将…: a meeting early in the
        # year it plans for, the year before only looked back on
        year, year_span, year_source = ahead[0], ahead[1], "body"
    if news and year_source == "opening" and year_span and (dated := dated_over_body(text, body_start, year_span[0])):
        # 9月13日，某会召开… under its page's 2024-09-19 line, 2023年，某市… two paragraphs down: the lead's year
        year, year_span, year_source = dated[0], dated[1], "date line"
    # the occasion the text gives an ordinal (第七个国家宪法日), read once: asked first of a news lead, last of the rest
    asked = news and year is None
    occasion = occasion_year(text, body_start) if asked else None
    if asked and occasion and occasion[1][0] < body_start + _LEAD_SPAN:
        # 在第十个国家宪法日到来之际，…: the lead's own occasion dates its events surely, whatever date a repost's
        # page line gives (the occasion's year further down the body is asked last, below)
        year, year_span, year_source = occasion[0], occasion[1], "opening"
    if news and year is None and (due := in_force_year(text, body_start)):
        # 12月4日，某局…宣传… under 新修订的《某法》将于2024年1月1日起施行: before that day, so in 2023, whatever later
        # date a copy's page gives it
        year, year_span, year_source = due[0], due[1], "body"
    if news and year is None and (dated := dated_news_year(text, body_start)):
        # news whose lead dates its event by day only (12月17日，…): the year of the page's date line above it
        year, year_span, year_source = dated[0], dated[1], "date line"
    if news and year is None and (dated := dateline_year(text, body_start)):
        # news whose lead opens with its event's full date (2020年11月27日，市长主持召开…): that date's year
        year, year_span, year_source = dated[0], dated[1], "opening"
    if news and year is None and (dated := page_date_year(text, body_start)):
        # news that names no year of its own: the year of the page's date line above its lead
        year, year_span, year_source = dated[0], dated[1], "date line"
    if news and year is None and (dated := page_date_below(text, body_start)):
        # …the same line set under the body (…作者：某支队⏎2018-05-17 09:02:57 来源：某网)
        year, year_span, year_source = dated[0], dated[1], "date line"
    if news and year is None and (since := this_year_since(text, body_start)):
        # 今年以来，某镇持续… ⏎ …2025年以来，某镇…: the lead's own year, named where the body sums it up
        year, year_span, year_source = since[0], since[1], "body"
    if news and year is None and (tally := year_to_date(text, body_start)):
        # 2025年1—7月，全区…出庭26次: the item's own year, tallied so far
        year, year_span, year_source = tally[0], tally[1], "body"
    if news and year is None and (followed := plan_followed_year(text, body_start)):
        # 5月14日，某办召开…汇报会。…按照《2020年法治督察工作计划》的安排: the year of the plan the work follows
        year, year_span, year_source = followed[0], followed[1], "body"
    if news and year is None and (themed := themed_year(text, body_start)):
        # 4月22日，某县开展…宣传周活动 … 活动围绕2022年“…”主题: the year of the campaign's theme
        year, year_span, year_source = themed[0], themed[1], "body"
    if news and year is None and (ahead := will_year(text, body_start)):
        # news dated by nothing but its day (3月3日上午，…发布会…) whose body tells what its place will do this year
        # (2023年，我省将…): that year, the item's own
        year, year_span, year_source = ahead[0], ahead[1], "body"
    if (
        year is not None
        and year_source == "title"
        and title
        and work_report(title)
        and (
            (review := reviewed_year(text, year, body_start))
            # (…or says only that it was delivered early in the title's year, 2026年1月27日在某省…人民代表大会…会议上,
            # its review part titled 一、工作回顾 or 一、“十四五”时期工作回顾)
            or ((review := delivered_year(text, body_start)) and review[0] == year - 1)
        )
    ):  # a work report given in 2025 reviews 2024: its facts are 2024's
        year, year_span, year_source = review[0], review[1], "heading"
    elif year_source == "title" and title and work_report(title) and term_review(text, body_start):
        # 2022年某县人民政府工作报告 whose part one reviews the past five years: the report of a term, no year's
        year, year_span, year_source = None, None, None
    if (
        year is None
        and (genre.doc_type in _ONE_YEAR or genre.one_year)
        and not several_years(text, body_start)  # 现将某院2008年以来的…情况报告如下: no one year to find
        # (…nor a school year's, 某大学2020-2021学年信息公开工作年度报告, which is no calendar year)
        and not (title and re.search(YEAR_SPAN.pattern + r"\s*学年", title))
        and (named := body_year(text, body_start))
    ):
        year, year_span, year_source = named[0], named[1], "body"
    if year is None and genre.doc_type is DocType.other and (accounts := accounts_year(text, body_start)):
        # 目录 / 第一部分 2021年度部门决算报表: the year of the accounts a page with no title lays out
        year, year_span, year_source = accounts[0], accounts[1], "body"
    if year is None and genre.doc_type is DocType.other and (volume := yearbook_year(text)):
        # Page 220 - 某市年鉴2017 over entries of 2016: the year the volume records
        year, year_span, year_source = volume[0], volume[1], "body"
    if year is None and genre.doc_type is DocType.other and (signed := signature_year(text, body_start)):
        # a reply or a notice dated only by its signature (某委员会 / 2020年9月27日): the year it was signed in
        year, year_span, year_source = signed[0], signed[1], "signature"
    if (
        year is None
        and (genre.doc_type is DocType.other or genre.doc_type in _PLANS)
        and not (_STANDING.search(title) if title else _ISSUES_STANDING.search(text, body_start, body_start + 800))
        # (a plan carrying out a plan for 2026-2030, a five-year plan or a three-year action: of no one year)
        and not (title and (YEAR_SPAN.search(title) or LONG_RANGE.search(title)))
        # (…nor a notice with no title passing on such a plan: 《某市依法行政五年规划(2009-2013)》…现印发给你们)
        and not (genre.doc_type in _PLANS and any(YEAR_SPAN.search(text[a:b]) for a, b in genre.evidence))
        and (numbered := number_year(text, body_start))
    ):
        # a notice whose number stands under its title (（渝林办〔2011〕52号）), or heads a page with no title of its
        # own (某府办字〔2005〕111号 / 各县（市、区）人民政府：): the year it was issued, as is a plan's it issues
        year, year_span, year_source = numbered[0], numbered[1], "title"
    if year is None and genre.doc_type is DocType.other and (notice := notice_year(text, body_start)):
        # a public notice dated only by the period it is open for (公示时间：2020年6月19日—…): that year
        year, year_span, year_source = notice[0], notice[1], "body"
    if (
        year is None
        and genre.doc_type is DocType.information_disclosure_report
        and (cutoff := year_end_year(text, body_start))
    ):
        # 截止2023年12月31日我局通过官方网站发布信息34条: a disclosure report's figures run to the end of its year
        year, year_span, year_source = cutoff[0], cutoff[1], "body"
    # a work report delivered to a congress or a CPPCC session, whoever delivers it (a government, a court, a
    # procuratorate, a standing committee): the year its part one reviews, or the year before its delivery in the
    # first half of a year; none when it reviews a whole term. A wire's or a site's news packaging around the report's
    # full text (新华社北京3月15日电 over 我代表某院向大会报告工作) is the report all the same
    plenary = genre.doc_type is DocType.government_work_report or (
        genre.doc_type in (DocType.other, DocType.news)
        and (title is None or work_report(title))
        and PLENARY.search(text, body_start, body_start + 600) is not None
    )
    if year is None and plenary and (reviewed := review_heading_year(text, body_start)):
        year, year_span, year_source = reviewed[0], reviewed[1], "heading"
    if genre.doc_type is DocType.government_work_report and (plans := plans_part_year(text, body_start)):
        # 二、2025年重点工作 opening the copy: a report given early in 2025 on 2024, whatever year its plans name
        year, year_span, year_source = plans[0], plans[1], "heading"
    if (
        year is None
        and plenary
        and not term_review(text, body_start)
        and (delivered := delivered_year(text, body_start))
    ):
        year, year_span, year_source = delivered[0], delivered[1], "heading"
    if (
        year is None
        and genre.doc_type in _PLANS
        and (made := _MADE_FOR_YEAR.search(text, body_start, body_start + 1500))
    ):
        # 结合我镇实际，制定2024年…实施方案: a plan that names the year it is made for in its own preamble
        year, year_span, year_source = int(made.group(1)), (made.start(1), made.end(1) + 1), "preamble"
    if year is None and not several_years(text, body_start) and (placed := period_year(text, body_start)):
        # 今年是“七五”普法收官之年: the text's year by its place in a five-year period, when it names none itself
        year, year_span, year_source = placed[0], placed[1], "body"
        if genre.doc_type is DocType.government_work_report and text.startswith("今年是", placed[1][0]):
            # (a work report given early in the year it calls 今年 reviews the year before, as a titled one does)
            year -= 1
    if year is None and not several_years(text, body_start) and (called := called_year(text, body_start)):
        # 2020年是决胜全面建成小康社会之年: the year the text says it is in
        year, year_span, year_source = called[0], called[1], "body"
    if year is None and (kept := occasion if asked else occasion_year(text, body_start)):
        # 第七个国家宪法日, 第二十三届“世界水日”: the year of the occasion the text gives an ordinal
        year, year_span, year_source = kept[0], kept[1], "body"
    if year is None and span is None and (heading := _YEAR_HEADING.match(text)):
        # 2022年某街道平安建设工作 / 2022年某中心上半年工作总结.doc: a first line that opens with its year and names its
        # subject, which the title finder passed over (no genre's word in it): the text's year
        year, year_span, year_source = int(heading.group(1)), heading.span(1), "title"
    if year is not None and rewritten(text):
        year, year_span, year_source = None, None, None  # the host rewrote the text's years: none can be trusted
    return Facts(
        title=title,
        title_span=span,
        agency=agency,
        report_year=year,
        doc_type=genre.doc_type,
        agency_span=agency_span,
        agency_source=agency_source,
        year_span=year_span,
        year_source=year_source,
        genre_evidence=genre.evidence,
    )
