"""Years of news, session 10 (issue 10): the page's own date line dates a news item that names no year of its own.

The blind sets' news items are mostly dated by nothing but their page's date line (发布时间：2021-03-01, a bare
2015-11-25 07:28:27, a template's 29.12.2015 11:53) above a lead told as just past (近日，…), as a feature (某局多措
并举…) or by its day (12月13日下午，…). A careful reader takes the page's year; the engine left them none. It now
takes the date line's year when the line stands between the headline and the lead, unless the lead tells of a period
or of the year before (近年来, “七五”普法以来, 去年), the body names a later year than the line's, the lead's day is not
in the month before the line (a reprint), or the line is an event's subtitle (——2025年3月8日在…会议上).

A lead's own verb dates the work it names (开展2022年度…评查, 传达…2015年度…的通知), never inside a cited title
(《关于开展2021年…的方案》) nor over a period looked back on (2011年以来); a text's place in a five-year period may be
said at length (今年是决胜…、完成“十三五”规划的收官之年).

A yearly occasion's ordinal names its year as surely as digits do (第七个国家宪法日 → 2020, 第二十三届“世界水日” →
2015, 第九个全民国家安全教育日 → 2024): read for a text that names no year of its own, from the occasion's first year.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

DATED = [
    # (name, text, year)
    (
        "a 近日 lead under the page's date field",
        "青禾县司法局开展法律顾问进村活动\n"
        "发布时间：2021-03-01 16:03 来源：县司法局\n"
        "近日，青禾县司法局组织12名律师深入各村开展法律咨询，为群众解答婚姻、土地等方面问题80余个。\n"
        "活动现场发放宣传资料600余份。\n",
        2021,
    ),
    (
        "a feature lead under a bare date and time",
        "普法宣传促进法治乡村建设\n"
        "2015-11-25 07:28:27\n"
        "本报讯 青禾县坚持把法治宣传教育作为基础工作来抓，组织法律明白人深入村组开展宣讲，群众法律知识知晓率明显提高。\n"
        "该县还组建了8支普法志愿服务队。\n",
        2015,
    ),
    (
        "a template's date written day first, over an undated purpose-clause lead",
        "青禾县交通运输局开展法治政府建设宣传日活动\n"
        "22.10.2016  03:06\n"
        "为深入学习宣传法律法规，青禾县交通运输局在县城广场开展法治宣传活动，悬挂横幅5条，发放资料300余份。\n",
        2016,
    ),
    (
        "a lead dated by day under a day-first date line of the next day",
        "两县政府法制办开展交流\n"
        "14.12.2016  18:15\n"
        "12月13日下午，青禾县政府法制办一行四人赴白石县政府法制办开展交流，双方就政府立法工作进行了座谈。\n",
        2016,
    ),
    (
        "a lead dated by day, posted twelve days later",
        "青禾区劳动人事争议仲裁院举行庭审开放日活动\n"
        "日期:2023-06-05来源:区人社局\n"
        "为加强劳动仲裁规范化建设，青禾区劳动人事争议仲裁院于5月24日举行“庭审开放日”活动，邀请辖区企业代表旁听。\n",
        2023,
    ),
]

NOT_DATED = [
    (
        "a lead told over recent years",
        "青禾市多举措加强民族宗教法律宣传\n"
        "09.05.2016  10:43\n"
        "近年来，青禾市广泛开展民族宗教法律法规学习宣传活动，普法宣传教育氛围进一步浓厚。\n"
        "一是开展学习宣传教育活动。\n",
    ),
    (
        "a lead told as the year before the page's",
        "青禾省晒出政府部门依法行政成绩单\n"
        "发布时间：2016-04-11 08:18\n"
        "去年，青禾省77家政府部门参加了依法行政考核，昨日考核结果首次向社会公开发布。\n",
    ),
    (
        "a body that names a year later than the page's date line (the line is not the page's own)",
        "青禾县召开法治建设推进会\n"
        "发布时间：2019-05-06 09:00\n"
        "近日，青禾县召开法治建设推进会，部署法治政府建设示范创建工作。\n"
        "据介绍，该县计划于2021年底前建成全省法治政府建设示范县。\n",
    ),
    (
        "a lead dated by day three months before the date line: a reprint",
        "青禾区召开法治政府建设推进会\n"
        "编辑:宣传部 发布日期:2024-09-03 点击:[]\n"
        "5月28日，青禾区召开法治政府建设推进会，部署示范创建工作。\n"
        "会议要求各部门压实责任。\n",
    ),
]


@pytest.mark.parametrize("name,text,year", DATED, ids=[n for n, _, _ in DATED])
def test_news_dated_by_its_page(name: str, text: str, year: int) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.report_year == year, name
    assert doc.evidence.report_year_source == "date line"
    quote = doc.evidence.report_year
    assert quote is not None and quote.text == str(year)


@pytest.mark.parametrize("name,text", NOT_DATED, ids=[n for n, _ in NOT_DATED])
def test_news_the_page_date_does_not_date(name: str, text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.report_year is None, name


def test_a_subtitles_date_is_the_sessions_not_the_pages() -> None:
    """A work report printed under a wire's headline, its subtitle dated by the session (——2025年3月8日在…会议上):
    the year is the one the report reviews, not the subtitle's."""
    text = (
        "两会受权发布丨青禾省人民检察院工作报告\n"
        "新华社青禾3月15日电\n"
        "青禾省人民检察院工作报告\n"
        "——2025年3月8日在青禾省第十四届人民代表大会第三次会议上\n"
        "各位代表：\n"
        "现在，我代表省人民检察院，向大会报告工作，请予审议。\n"
        "2024年工作回顾\n"
        "2024年，全省检察机关共办理各类案件3.2万件。\n"
    )
    assert document(text).report_year == 2024


def test_a_date_field_row_does_not_hide_the_leads_subject() -> None:
    """The page's date row kept between headline and lead is the carrier's: the lead's subject is still the body
    whose work the item tells (the row was dropped before, and the subject read). (A headline naming its own
    subject, 青禾省委依法治省办在白石调研…, names the item's body first: test_shapes_s41.)"""
    text = (
        "镇（街道）法治政府建设工作调研在白石开展\n"
        "发布时间:2021-03-01 16:03\n"
        "为推动镇（街道）法治政府建设，近日，青禾省司法厅法治调研处带领调研组一行在白石市开展镇（街道）法治政府建设"
        "工作调研。调研采取召开座谈会、实地看点等方式。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾省司法厅"
    assert doc.report_year == 2021


def test_an_annual_report_under_a_page_date_keeps_its_own_year() -> None:
    """A report posted the next spring: the page's date line is the posting's, the report's year its own."""
    text = (
        "青禾县2023年法治政府建设情况报告\n"
        "发布时间：2024-03-20 10:11 来源：县司法局\n"
        "2023年，青禾县坚持以习近平法治思想为指导，深入推进依法行政，现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年审查规范性文件18件。\n"
        "二、存在的不足和原因\n三、2024年工作安排\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == (DocType.annual_report, 2023)


LEAD_YEARS = [
    # (name, text, year)
    (
        "the year of the work the lead says the body carried out (开展2022年度…评查)",
        "青禾县司法局开展行政执法案卷评查\n"
        "12月6日，青禾县司法局组织开展2022年度行政执法案卷评查活动，共抽查执法案卷120卷。\n"
        "评查组对发现的问题逐一反馈。\n",
        2022,
    ),
    (
        "the year of the notice a meeting passed on (传达…2015年度…的通知)",
        "青禾县召开政务公开工作会议\n"
        "6月10日，青禾县召开政务公开工作会议，会议传达了关于开展2015年度全县政务公开考评工作的通知。\n",
        2015,
    ),
    (
        "the year a text calls its own by its place in a five-year period, said at length",
        "青禾县召开依法治县工作会议\n"
        "会议指出，今年是决胜全面建成小康社会、决战脱贫攻坚、完成“十三五”规划的收官之年，各部门要依法履职。\n",
        2020,
    ),
]

LEAD_NOT_YEARS = [
    (
        "a cited plan's title (《关于开展2021年…的实施方案》) dates the plan, not the item",
        "青禾县入选法治政府建设示范地区\n"
        "根据《关于开展2021年全国法治政府建设示范创建活动的实施方案》，经评估，青禾县被命名为示范地区。\n",
    ),
    (
        "a period looked back on (查阅了2011年以来的资料) is no year",
        "省卫生计生委督导青禾县普法工作\n"
        "督导组听取了县卫生计生系统“六五”普法工作开展情况汇报，查阅了2011年以来的普法宣传资料。\n",
    ),
]


@pytest.mark.parametrize("name,text,year", LEAD_YEARS, ids=[n for n, _, _ in LEAD_YEARS])
def test_news_year_from_its_lead(name: str, text: str, year: int) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.report_year == year, name


@pytest.mark.parametrize("name,text", LEAD_NOT_YEARS, ids=[n for n, _ in LEAD_NOT_YEARS])
def test_news_lead_years_that_are_not_the_items(name: str, text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.report_year is None, name


OCCASIONS = [
    ("为迎接第七个国家宪法日,青禾县司法局在县城广场开展宪法宣传活动,发放资料600余份。\n", 2020),
    ("近日,青禾县水利局围绕第二十三届“世界水日”和第二十八届“中国水周”开展水法宣传活动。\n", 2015),
    ("4月15日是第九个全民国家安全教育日,青禾县司法局组织干部职工参加国家安全知识竞答。\n", 2024),
    ("在第32个全国税收宣传月期间,青禾县税务局走进企业开展税法宣讲。\n", 2023),
]


@pytest.mark.parametrize("text,year", OCCASIONS, ids=[str(y) for _, y in OCCASIONS])
def test_the_year_of_an_occasion_by_its_ordinal(text: str, year: int) -> None:
    doc = document(text)
    assert doc.report_year == year
    quote = doc.evidence.report_year
    assert quote is not None and quote.text.startswith("第")


def test_an_occasions_ordinal_does_not_override_a_stated_year() -> None:
    text = "2024年12月4日,青禾县召开第十一个国家宪法日座谈会,县司法局负责同志出席。\n"
    assert document(text).report_year == 2024


def test_an_ordinal_of_an_occasion_with_no_known_first_year_dates_nothing() -> None:
    text = "近日,青禾县文旅局围绕第十个中国旅游日开展文明旅游宣传活动,发放资料300余份。\n"
    assert document(text).report_year is None
