"""Genre and year, session 5 round 3 (issue 10): shapes of the news items and near misses of sets T and U — a
meeting that passed many items, an event dated only by the year's plan it follows, a yearly survey published
under its edition's year.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.models import DocType


def document(text: str):
    return summarize(text=text, engine="rules").document


NEWS_YEARS = [
    # (name, text, year)
    (
        "a standing committee's session that passed next year's points and heard the rule-of-law report",
        "4月2日，县人大常委会主任某某主持召开县十二届人大常委会第九次会议。\n"
        "会议审议通过了县人大常委会2024年工作要点、县人民政府关于2023年度法治政府建设情况的报告、"
        "关于2023年部门预算执行情况的报告；表决通过了人事任免事项。\n"
        "县人大常委会副主任某某、某某出席会议。(记者 某某)\n",
        2023,
    ),
    (
        "an inspection dated only by the year's work points it follows",
        "3月20日，县人大常委会召开座谈会，听取县卫健局、县医保局等单位贯彻实施某法情况的汇报。\n"
        "据了解，根据2025年县人大常委会工作要点安排，4月上旬，执法检查组将开展专项检查。\n"
        "县人大常委会副主任某某出席座谈会。(记者 某某)\n",
        2025,
    ),
    (
        "an inspection that pushes the year's work, with the programme's span and goal years around it",
        "市政府法制办开展法治政府建设中期督查\n"
        "近日，为了解各县贯彻落实《法治政府建设实施纲要(2015-2020年)》情况，督查组于6月3日至6月9日赴各县督查。\n"
        "督查组听取了各县推进法治政府建设情况的汇报。\n"
        "督查组要求各县要召开专题会议再次动员安排，在强力推进2019年法治政府重点工作的同时，认真查找问题，补齐短板，为到2020年建成法治政府打下基础。\n",
        2019,
    ),
    (
        "a yearly survey published under its edition's year",
        "《地方法治政府评估报告》发布 某市位列第五\n"
        "某某网讯 (记者 某某)10月12日，某大学发布《法治政府蓝皮书——地方法治政府评估报告(2021)》。"
        "在今年的评估报告中，某市总体排名第五。\n"
        "地方法治政府评估项目至今已有5年。\n",
        2021,
    ),
    (
        "another document's year named inside its cited title is not the item's",
        "近日，某市召开法治政府建设示范创建推进会。\n"
        "会议指出，根据《关于开展2021年法治政府建设示范创建活动的实施方案》，各县要抓紧准备申报材料。\n"
        "会议要求各部门加强协作。\n",
        None,
    ),
]


@pytest.mark.parametrize("name,text,year", NEWS_YEARS, ids=[n for n, _, _ in NEWS_YEARS])
def test_news_year(name, text, year):
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.report_year == year, name
