"""Genre and year, session 5 round 3 (issue 10): shapes of the news items and near misses of sets T and U — a
meeting that passed many items, an event dated only by the year's plan it follows, a yearly survey published
under its edition's year.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean
from summarizer.models import DocType

from .support.facts import document

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


GENRES = [
    # (name, text, genre)
    (
        "a yearbook entry under its catalogue headers and a section tag",
        "书名:\n一级目:政 治 建 设\n二级目:法 治\n三级目:政法委\n"
        "【概况】 2022年,在县委、县政府的坚强领导下,全县政法各部门守平安、促发展,全力打造平安某县、法治某县。"
        "2022年,某县公众安全感测评排全省第12位。\n",
        DocType.other,
    ),
    (
        "a short item whose lead verb is none of a meeting's, signed by its correspondent",
        "近日,某市首次组织开展党政主要负责人专题述法评议活动,3名县区主要负责同志在市委依法治市委员会会议上述法。\n"
        "为贯彻落实有关规定,今年3月,市委依法治市委员会印发专题述法评议工作方案,明确述法对象和程序。\n"
        "(通讯员 某某)\n",
        DocType.news,
    ),
    (
        "a site's correction button above a short item is no lead; the reporters' credit is",
        "由某省依法治省办牵头、10个部门参与的督察组,12日启程前往5个市,开展为期一周的法治政府建设督察。"
        "(记者某某、某某)\n【纠错】\n【责任编辑:某某】\n",
        DocType.news,
    ),
    (
        "a report a newspaper carries under a reporter's credit stays a report",
        "某县司法局2023年法治政府建设年度报告\n(记者 某某)\n"
        "2023年,县司法局坚持以法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措和成效\n全年审查规范性文件12件。\n二、存在的不足\n三、下一步工作打算\n",
        DocType.annual_report,
    ),
]


@pytest.mark.parametrize("name,text,genre", GENRES, ids=[n for n, _, _ in GENRES])
def test_genre(name, text, genre):
    assert document(text).doc_type == genre, name


def test_lost_xian_put_back():
    """A mirror that read 。現 through the wrong code page (?,F將, ?,F(xiàn)将) keeps the report's preamble formula:
    its genre and year when the title is lost."""
    body = (
        "某鎮黨委、政府認真貫徹上級部署,大力推進依法行政工作,各項工作取得積極成效?,F將2022年我鎮開展法治政府建設工作情況"
        "報告如下:\n一、健全依法決策機制\n審查合同15份,開展法治講座3場。\n"
    )
    doc = document(body)
    assert (doc.doc_type, doc.report_year) == (DocType.annual_report, 2022)
    assert "。现将" in clean(body).text
    assert "。现将" in clean(body.replace("將", "将").replace("?,F", "?,F(xiàn)")).text
