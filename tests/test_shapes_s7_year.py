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

from summarizer.models import DocType

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


_DATED_NEWS = (
    "所在位置：首页 > 政务公开 > 工作动态\n"
    "青禾县召开法治建设示范创建推进会\n"
    "作者：本站编辑 来源：本站原创 发布时间：2019-06-18 16:57:00 字号：[ ]\n"
    "{lead}\n"
    "会上，各乡镇负责人汇报了创建工作进展。\n"
    "会议对下一步创建工作作了部署。\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        # the day date after a purpose clause longer than a few words
        "为切实增强各乡镇创建法治乡镇活动的责任感，提高创建工作的主动性和积极性，6月15日上午，我县召开法治建设示范创建推进会。",
        # an event over two days, dated by its last
        "为了解各乡镇法治建设工作落实情况，6月16日-17日，县委依法治县办组成督察组到各乡镇实地督察。",
        "6月12日至6月17日，县委依法治县办组成督察组到各乡镇实地督察。",
    ],
)
def test_a_news_lead_dated_by_day_in_its_first_sentence_takes_its_page_date_lines_year(lead):
    doc = document(_DATED_NEWS.format(lead=lead))
    assert doc.report_year == 2019
    assert doc.evidence.report_year_source == "date line"


def test_an_event_over_days_that_ended_weeks_before_the_page_date_is_not_dated_by_it():
    lead = "3月2日至3月6日，县委依法治县办组成督察组到各乡镇实地督察。"  # a repost three months later
    assert document(_DATED_NEWS.format(lead=lead)).report_year is None


_DATELINE_NEWS = (
    "{lead}\n"
    "会议邀请市委党校教授就习近平法治思想进行专题辅导。市政府党组成员结合分管工作作了发言。\n"
    "会议强调，要严格执行重大行政决策程序，不断提高依法行政能力和水平。\n"
)


def test_a_news_lead_opening_with_the_full_date_of_its_meeting_is_of_that_year():
    lead = "2021年12月3日，青禾市政府党组书记、市长主持召开市政府党组（扩大）会议，专题学习习近平法治思想。"
    doc = document(_DATELINE_NEWS.format(lead=lead))
    assert doc.report_year == 2021
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text == "2021年"


def test_a_lead_opening_with_the_date_of_a_background_event_gives_no_year():
    lead = "2016年3月9日，《青禾市法治政府建设实施意见》印发，明确了今后一个时期的目标任务。"
    assert document(_DATELINE_NEWS.format(lead=lead)).report_year is None


_MEETING_NEWS = (
    "青禾市政府召开常务会议\n"
    "11月1日上午，市长主持召开市政府常务会议，专题学习法治政府建设有关文件精神。\n"
    "会议传达学习了有关文件精神，研究我市贯彻落实意见。\n"
    "会议听取了{objects}。会议强调，要高度重视，狠抓落实。\n"
)


def test_a_lead_verb_with_objects_of_two_years_gives_no_year():
    objects = "2020年度全省政务公开第三方评估结果通报及2021年我市政务公开工作情况汇报"
    assert document(_MEETING_NEWS.format(objects=objects)).report_year is None


def test_a_lead_that_reviews_one_year_and_plans_the_next_is_of_the_year_reviewed():
    objects = "市司法局关于法治政府建设工作情况的汇报，总结2020年工作，部署2021年工作"
    assert document(_MEETING_NEWS.format(objects=objects)).report_year == 2020


def _news(lead: str, *rest: str) -> str:
    return "\n".join(("青禾区部署法治政府建设重点工作", lead, *rest)) + "\n"


_SESSION_NEWS = (
    "您的位置：首页 >> 新闻动态 >> 政法动态\n"
    "青禾县人民法院工作报告获高票通过\n"
    "[ 来源： | 作者：admin | 发布时间：2022-01-20 | 浏览：300次 ]\n"
    "1月19日上午，青禾县第九届人民代表大会第二次会议举行第三次全体会议，表决通过了县人民法院工作报告。\n"
    "会议充分肯定了县法院过去一年的工作，同意报告提出的2022年工作安排。全年共受理各类案件1300件，审执结1280件。\n"
    "2022年，县法院将在县委的坚强领导下，认真贯彻落实本次大会决议，忠诚履职尽责。\n"
)


def test_news_of_a_session_that_approved_a_reports_plans_is_of_the_year_before_them():
    doc = document(_SESSION_NEWS)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2021  # neither the session's 2022 nor the plans' 2022年，县法院将…


def test_news_of_a_session_takes_the_year_its_report_reviews_over_its_page_date():
    text = (
        "县十届人大三次会议开幕\n"
        "刊发日期：2021-01-22 作者：\n"
        "1月21日上午，青禾县第十届人民代表大会第三次会议在县会议中心开幕。\n"
        "县长代表县人民政府向大会作工作报告。报告共分三个部分：一、2020年工作回顾。二、2021年工作安排。\n"
        "报告指出，一年来，全县上下坚持稳中求进，经济社会持续健康发展。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2020


@pytest.mark.parametrize(
    "lead, year",
    [
        ("6月3日上午，2019年全区行政执法人员法律知识培训班在区委党校开班。", 2019),
        (
            "2月20日，区委依法治区办召开考核工作部署会。会上，区司法局负责同志详细解读了2020年度法治政府建设考核方案。",
            2020,
        ),
    ],
    ids=["a course under its edition's year", "a plan of the year explained"],
)
def test_a_news_lead_about_a_course_or_a_plan_of_a_year_is_of_that_year(lead, year):
    doc = document(_news(lead, "全区各部门共200余名行政执法人员参加。", "会议要求各部门提高站位，确保工作取得实效。"))
    assert doc.report_year == year


@pytest.mark.parametrize(
    "edition, year",
    [("（2019-2020）", None), ("（2020）", 2020)],
    ids=["an edition of two years", "an edition of one year"],
)
def test_news_of_a_report_published_under_an_edition_of_years_is_of_that_edition(edition, year):
    text = (
        "（数据图片）\n"
        f"4月23日，某大学法治政府研究院发布了《中国法治政府评估报告》{edition}。报告显示，被评估城市法治政府建设水平整体稳步提高。\n"
        "其中，青禾市总得分率最高，为84.99%。\n"
        "自2013年以来，该研究院已连续开展地方法治政府评估。今年选择100个城市作为评估对象。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == year  # never the background's 2013
