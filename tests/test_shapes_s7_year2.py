"""The year of near misses, session 7 round 2 (issue 10): kinds of document that state their year in a form the
usual readers (title, preamble formula, opening sentence, part-① heading) do not take for one.

- A yearly survey or white paper named by its edition (某评估报告(2023), 某白皮书(2023)) is of that year: in its
  title, on a line of its own under a page's title, or in a news lead on its release (发布《某评估报告2016》,
  《某评估报告(2016)》在京发布); an edition of several years ((2021-2022)) and a work report's "(2021)" are none.

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
