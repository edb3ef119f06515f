"""The year of near misses, session 7 (issue 10): how a careful reader dates a document that states its year
in none of the usual places (title, preamble formula, opening sentence, part-① heading).

- A text that names its year only by its place in a five-year period (今年是“七五”普法收官之年 = 2020,
  今年是“五五”普法的第三年 = 2008, 今年是“十四五”开局之年 = 2021) is of that year; only when it states no year of its
  own (a meeting early in 2026 that heard the report on 2025 may say 今年是“十五五”开局之年).
- A summary of part of a year (2025年上半年，我局…) is of that year.
- A speaker who reports on a period since a year (我代表某院报告2012年以来…工作情况，请审议) reports on no one year.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

_NOTICE = (
    "青禾市司法局关于报送普法工作中期总结的通知\n"
    "各县（区）司法局，局机关各科室：\n"
    "{sentence}为掌握全市普法工作的进展，请各单位对照规划要求开展中期自查，形成书面总结报送我局。\n"
    "总结应包括组织领导、制度建设、重点对象学法用法等情况。\n"
)

PERIOD_PLACES = [
    # (id, the sentence naming the year's place, year)
    ("last year of a 普法 period", "今年是“七五”普法收官之年。", 2020),
    ("third year of a 普法 period", "今年是“五五”普法的第三年，是承上启下的一年。", 2008),
    ("first year of a national plan", "今年是“十四五”规划开局之年。", 2021),
    ("second year, unquoted", "今年是实施十三五规划的第二年。", 2017),
    ("last year, in other words", "本年度是“八五”普法规划实施的最后一年。", 2025),
]


@pytest.mark.parametrize("sentence, year", [s[1:] for s in PERIOD_PLACES], ids=[s[0] for s in PERIOD_PLACES])
def test_a_text_dated_only_by_its_place_in_a_five_year_period_is_of_that_year(sentence, year):
    doc = document(_NOTICE.format(sentence=sentence))
    assert doc.report_year == year
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text.startswith(sentence[:3])


@pytest.mark.parametrize(
    "sentence",
    [
        "今年是我市撤县设区的第一年。",  # a place in no five-year period
        "今年是“九五”收官之年。",  # 九五 without 普法: the 1996–2000 plan or the 普法 period of 2026–2030
        "2021年底，“八五”普法规划开局之年的各项任务已经完成。",  # no 今年是
    ],
)
def test_no_year_from_a_place_that_names_no_known_period(sentence):
    assert document(_NOTICE.format(sentence=sentence)).report_year is None


def test_a_year_the_text_states_beats_its_place_in_a_period():
    news = (
        "青禾县召开县委全面依法治县委员会会议\n"
        "3月3日，青禾县召开县委全面依法治县委员会第五次会议，县委书记主持会议并讲话。\n"
        "会议听取2025年度法治政府建设工作情况汇报，研究部署今年工作。\n"
        "会议指出，今年是“十五五”规划开局之年，要把法治建设摆在更加突出的位置。\n"
    )
    assert document(news).report_year == 2025


def test_a_summary_of_half_a_year_is_of_its_year():
    text = (
        "2023年上半年，青禾市司法局在市委、市政府的坚强领导下，扎实推进司法行政各项工作。现将上半年工作情况总结如下。\n"
        "一、工作开展情况\n"
        "（一）深化法治宣传。组织法治讲座12场，培训干部800余人次。\n"
    )
    doc = document(text)
    assert doc.report_year == 2023
    assert doc.evidence.report_year_source == "opening"


_SPEECH = (
    "——2016年10月21日在青禾市第五届人民代表大会常务委员会第九次会议上\n"
    "青禾市中级人民法院院长 李青\n"
    "主任、各位副主任、秘书长、各位委员：\n"
    "根据本次会议安排，我代表市中级人民法院报告{since}行政审判工作情况，请审议。\n"
    "一、{since}的行政审判工作\n"
    "全市法院共受理一审行政案件3200件，2015年受理量较2012年增长40%。\n"
)


def test_a_speaker_reporting_on_the_years_since_one_reports_on_no_one_year():
    assert document(_SPEECH.format(since="2012年以来")).report_year is None


def test_a_report_on_its_year_since_the_year_began_keeps_its_year():
    text = (
        "现将青禾市人力资源和社会保障局2019年度法治政府建设工作报告如下：\n"
        "一、2019年度法治政府建设主要举措和成效\n"
        "2019年以来，我局全面贯彻落实法治政府建设的部署，完成规范性文件合法性审核15件。\n"
        "二、2020年工作打算\n"
        "2020年，我局将继续推进严格规范公正文明执法。\n"
    )
    assert document(text).report_year == 2019
