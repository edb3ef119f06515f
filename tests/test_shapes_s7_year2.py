"""The year of near misses, session 7 round 2 (issue 10): kinds of document that state their year in a form the
usual readers (title, preamble formula, opening sentence, part-① heading) do not take for one.

- A yearly survey or white paper named by its edition (某评估报告(2023), 某白皮书(2023)) is of that year: in its
  title, on a line of its own under a page's title, or in a news lead on its release (发布《某评估报告2016》,
  《某评估报告(2016)》在京发布); an edition of several years ((2021-2022)) and a work report's "(2021)" are none.
- A work report delivered to a session is of the year its part one reviews (2024年工作回顾) also when its cover
  letter-spaces its title (工 作 报 告) or a wire's news packaging carries it (某社3月15日电 over 我代表某院向大会报告工作).
- A congress's resolution is of the year of its adoption line ((2019年2月20日某区人民代表大会第三次会议通过)) unless
  its title names the year it is about.
- News of a meeting is of its year also when its venue's name is long (在县某某中心四楼会议室召开); a news page's summary
  paragraph (摘要：…) above the lead is not the lead whose day date dates the item.
- A compilation's heading that counts its pieces (2024年某工作报告5篇, 汇编(35篇)) carries the site's year, not theirs.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

_SURVEY_BODY = (
    "为客观反映各地法治政府建设的进展，课题组连续第五年开展第三方评估，选取若干城市，"
    "围绕政府职能、行政决策、行政执法等方面设置指标，通过网络检索、实地调研等方式采集数据。\n"
    "评估显示，被评估城市的平均得分率较上一轮有所提高，行政执法指标的得分率仍然偏低。\n"
)


@pytest.mark.parametrize(
    "title, year",
    [
        ("青禾法治政府评估报告(2019)", 2019),
        ("行政复议工作白皮书（2022）", 2022),
        ("某省法治建设发展报告(2020年度)", 2020),
    ],
)
def test_a_survey_titled_by_its_edition_is_of_that_year(title, year):
    doc = document(f"{title}\n{_SURVEY_BODY}")
    assert doc.report_year == year
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text.startswith(str(year))


def test_a_survey_named_by_its_edition_on_a_line_of_its_own_under_a_page_title():
    page = (
        "法治政府建设调查报告\n\n"
        "2022-05-01 版权声明\n\n"
        "以下是本站整理的相关材料，仅供参考。\n\n"
        "第1篇：法治政府建设调查报告\n\n"
        "青禾法治政府评估报告(2014)\n\n" + _SURVEY_BODY
    )
    assert document(page).report_year == 2014


@pytest.mark.parametrize(
    "title",
    [
        "青禾法治政府评估报告(2021-2022)",  # an edition of several years
        "青禾市人民检察院工作报告(2021)",  # a work report to a new congress may review a whole term
    ],
)
def test_no_year_from_an_edition_of_several_years_or_a_work_reports_bracket(title):
    assert document(f"{title}\n{_SURVEY_BODY}").report_year is None


@pytest.mark.parametrize(
    "lead, year",
    [
        ("青禾大学法治研究院10月30日发布《法治政府评估报告2016》，报告显示，三个城市位列前三。", 2016),
        ("近日，《法治政府蓝皮书：法治政府评估报告2017》正式发布，青禾市位列前十。", 2017),
        ("近日，《法治政府评估报告(2015)》在北京发布，青禾市评估总分高于平均水平。", 2015),
    ],
)
def test_news_of_a_surveys_release_is_of_its_edition(lead, year):
    news = f"青禾市法治政府评估排名靠前\n{lead}\n据了解，评估指标体系包括8个客观指标和1个主观指标。\n"
    assert document(news).report_year == year


def test_a_headline_repeated_above_the_lead_is_no_release_sentence():
    news = (
        "热点：《法治政府评估报告2020》发布\n"
        "来源：网络转载 日期：2021-04-06\n"
        "本网讯 近日，某研究院在北京发布了《法治政府蓝皮书》，报告分析了六年来的评估数据。\n"
        "热点：《法治政府评估报告2020》发布\n"
        "报告指出，法治政府建设的整体水平持续进步。\n"
    )
    assert document(news).report_year is None


# a work report delivered to a congress or a CPPCC session, as a cover prints it or a wire carries it
_PLENARY_REPORT = (
    "{cover}"
    "各位代表：\n"
    "现在，我代表青禾市人民检察院，向大会报告工作，请予审议，并请市政协各位委员提出意见。\n"
    "{review}\n"
    "{year}年，全市检察机关坚持以人民为中心，依法履行法律监督职责，共受理各类案件1200件。\n"
    "一、服务大局，护航经济社会高质量发展\n"
    "坚持办案与治理并重，发出检察建议35份。\n"
)


def test_a_work_report_whose_cover_spaces_its_title_is_of_the_year_it_reviews():
    cover = (  # a site's page: its heading, then the cover's lines, the title's words letter-spaced
        "青禾市门户网\n"
        "当前页面: 首页 > 政务公开 > 两会专题 > 重要报告\n"
        "中国人民政治协商会议青禾市第八届委员会常务委员会工作报告\n"
        "来源:青禾市政协     时间:2025-03-05 10:02:28\n"
        "中国人民政治协商会议\n"
        "青禾市第八届委员会常务委员会\n"
        "工 作 报 告\n"
        "—在3月2日政协青禾市第八届委员会第五次会议上\n"
        "王  某\n"
    )
    text = _PLENARY_REPORT.format(cover=cover, review="2024年工作回顾", year=2024)
    assert document(text).report_year == 2024


@pytest.mark.parametrize("review, year", [("2024年工作回顾", 2024), ("过去五年工作回顾", None)])
def test_a_work_report_a_wire_carries_is_of_the_year_it_reviews_or_none_for_a_term(review, year):
    cover = (
        "两会受权发布丨青禾市人民检察院工作报告\n"
        "青禾日报社青禾3月15日电\n"
        "青禾市人民检察院工作报告\n"
        "——2025年3月8日在青禾市第八届人民代表大会第三次会议上\n"
    )
    assert document(_PLENARY_REPORT.format(cover=cover, review=review, year=2024)).report_year == year


_RESOLUTION = (
    "{title}"
    "（{adopted}青禾市明川区第九届人民代表大会第三次会议通过）\n"
    "明川区第九届人民代表大会第三次会议听取和审查了区人民法院院长所作的区人民法院工作报告。"
    "会议充分肯定区人民法院过去一年的工作，同意报告提出的{plans}年工作安排，决定批准这个报告。\n"
    "会议要求，区人民法院要忠实履行宪法和法律赋予的职责，为全区经济社会发展提供有力的司法保障。\n"
)


@pytest.mark.parametrize(
    "title", ["明川区第九届人民代表大会第三次会议关于区人民法院工作报告的决议\n", ""], ids=["titled", "title lost"]
)
def test_a_resolution_is_of_the_year_of_its_adoption_line(title):
    doc = document(_RESOLUTION.format(title=title, adopted="2019年2月20日", plans=2019))
    assert doc.report_year == 2019
    assert doc.evidence.report_year is not None and doc.evidence.report_year.text.startswith("2019")


def test_a_resolution_titled_with_the_year_it_is_about_keeps_that_year():
    title = "明川区第九届人民代表大会第三次会议关于2018年度法治政府建设情况报告的决议\n"
    assert document(_RESOLUTION.format(title=title, adopted="2019年2月20日", plans=2019)).report_year == 2018


def test_an_adoption_line_deep_in_a_text_or_without_a_resolution_dates_nothing():
    notice = (
        "青禾市明川区人民法院关于开展普法宣传周活动的通知\n"
        "各庭室：\n"
        "为做好普法宣传工作，现就有关事项通知如下。\n"
        "一、活动时间\n"
        "（2019年2月20日青禾市明川区第九届人民代表大会第三次会议通过）\n"
        "二、活动内容\n"
    )
    assert document(notice).report_year is None


def test_news_of_a_meeting_held_in_a_long_named_venue_is_of_the_meetings_year():
    news = (
        "9月29日，县人大常委会2020年工作评议大会在县文化艺术传播中心四楼会议室召开。县人大常委会主任出席会议。\n"
        "今年以来，县人大常委会组织对县司法局等十个部门开展工作评议。\n"
    )
    assert document(news).report_year == 2020


_SUMMARY_PAGE = (
    "首页 政经 正文\n\n"
    "青禾省法治政府建设成效如何？省司法厅回应\n\n"
    "2023-11-23 16:35 青禾发展网\n\n"
    "摘要：{summary}\n\n"
    "青禾发展网讯 {lead}\n\n"
    "他进一步指出，近年来，省司法厅先后组织开展了两批示范创建活动。\n"
)


def test_news_dated_by_its_leads_day_under_a_summary_paragraph():
    page = _SUMMARY_PAGE.format(
        summary="某某表示，目前，省司法厅正在组织开展第三批示范创建活动，积极性都非常高。",
        lead="11月23日，在省政府新闻办举行的新闻发布会上，省司法厅一处处长某某表示，法治政府建设取得了显著成效。",
    )
    assert document(page).report_year == 2023


def test_a_summary_paragraphs_date_is_not_the_leads():
    """The summary's day (11月23日) is not the lead's; the item names no year of its own, so its page's date line
    dates it, as it dates any such item (session 10)."""
    page = _SUMMARY_PAGE.format(
        summary="11月23日，省司法厅一处处长某某在新闻发布会上介绍了示范创建活动的情况。",
        lead="在省政府新闻办举行的新闻发布会上，省司法厅一处处长某某表示，法治政府建设取得了显著成效。",
    )
    doc = document(page)
    assert doc.report_year == 2023
    assert doc.evidence.report_year_source == "date line"


@pytest.mark.parametrize("count", ["5篇", "(精选3篇)", "汇编（12篇）"])
def test_a_compilations_heading_that_counts_its_pieces_gives_no_year_of_its_own(count):
    page = (
        f"2024年市中级人民法院工作报告{count}\n"
        "以下是网友整理分享的法院工作报告相关材料，供您参考。\n"
        "目录\n"
        "1.青禾市中级人民法院工作报告 2\n"
        "2.明川市中级人民法院工作报告 12\n"
        "青禾市中级人民法院工作报告\n"
        "各位代表：\n"
        "我代表市中级人民法院向大会报告工作，请予审议。\n"
        "2022年主要工作\n"
        "2022年，青禾市中级人民法院在市委的坚强领导下，共受理各类案件5万件。\n"
    )
    assert document(page).report_year != 2024


def test_a_title_that_names_a_count_not_at_its_end_keeps_its_year():
    report = (
        "青禾县2024年法治政府建设情况报告\n"
        "2024年，我县围绕5篇重点调研文章和3项改革任务，扎实推进法治政府建设。现将有关情况报告如下。\n"
        "一、主要举措和成效\n"
    )
    assert document(report).report_year == 2024
