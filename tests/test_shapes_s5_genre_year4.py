"""Genre and year, session 5 round 4 (issue 10): shapes of set S — a goal year in a news item, an event dated by day
under the page's date line, a news lead that hands over to the full report, a year-in-review with subheads.

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
        "a goal year (对标2035年…目标) in an inspection item dated by its page's date line",
        "某县人大常委会视察法治政府建设\n"
        "时间:2025-12-23 来源: 作者: [收藏] [打印] [关闭]12月17日,县人大常委会开展法治政府建设工作视察。县人大常委会主任"
        "某某,副主任某某、某某出席,县领导某某、某某,县检察院检察长某某应邀出席。\n"
        "会议指出,当前我县法治政府建设取得一定成效,下一步需持续对标2035年法治国家建设目标,补齐短板。\n"
        "会上,县政府负责人汇报了我县法治政府建设工作情况。\n",
        2025,
    ),
    (
        "a goal year with no date line: no year",
        "某县人大常委会视察法治政府建设\n"
        "12月17日,县人大常委会开展法治政府建设工作视察。\n"
        "会议指出,下一步需持续对标2035年法治国家建设目标,补齐短板。\n",
        None,
    ),
    (
        "the lead's day only (记者22日从…获悉) under the date line",
        "某办对6个省区开展实地法治督察\n"
        "2024/09/23 09:11 来源:某某网 阅读:1.2万\n"
        "记者22日从某办获悉:某办派出6个督察组,对6个省区开展为期7天的实地法治督察。\n"
        "督察组由有关部门负责同志带队。\n",
        2024,
    ),
    (
        "a meeting of late December on a page of early January is the year before's",
        "某区召开法治政府建设推进会\n"
        "编辑:宣传部 发布日期:2024-01-03 点击:[]\n"
        "12月28日,某区召开法治政府建设推进会,部署示范创建工作。\n"
        "会议要求各部门压实责任。\n",
        2023,
    ),
    (
        "an app's copy three months after the event: its date line is the copy's, not the item's",
        "某市召开法治政府建设示范创建动员会\n"
        "某某新闻客户端记者 某某 通讯员 某某\n"
        "2025-06-20 10:11 4857阅读\n"
        "3月6日,某市召开法治政府建设示范创建动员部署会议,部署示范创建工作。\n"
        "会议要求各部门压实责任。\n",
        None,
    ),
    (
        "a reprint months after the event: its date line dates nothing",
        "某区召开法治政府建设推进会\n"
        "编辑:宣传部 发布日期:2024-09-03 点击:[]\n"
        "5月28日,某区召开法治政府建设推进会,部署示范创建工作。\n"
        "会议要求各部门压实责任。\n",
        None,
    ),
]


@pytest.mark.parametrize("name,text,year", NEWS_YEARS, ids=[n for n, _, _ in NEWS_YEARS])
def test_news_year(name, text, year):
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.report_year == year, name


def test_reprint_is_not_dated():
    """The fixture above is a reprint only because its date line is months after the lead's day: the same page
    dated a few days after it gives the year."""
    text = NEWS_YEARS[-1][1].replace("2024-09-03", "2024-06-03")
    assert document(text).report_year == 2024


def test_lead_hands_over_to_the_report():
    """A news site's two-sentence lead, then 详情如下: and the report's own title and body: the report."""
    text = (
        "3月27日,某部发布2024年法治政府建设情况的报告。\n"
        "报告指出,依法加强固体废物治理,严查200余起非法拆解行为。\n"
        "详情如下:\n"
        "某部2024年法治政府建设情况的报告\n"
        "2024年,某部坚持以法治思想为指导,扎实推进法治政府建设工作取得实效。\n"
        "一、2024年推进法治政府建设情况\n"
        "(一)深入学习法治思想\n全年开展相关学习6次。\n"
        "二、存在的不足和原因\n三、2025年工作安排\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == (DocType.annual_report, 2024)
    assert doc.title == "某部2024年法治政府建设情况的报告"


def test_year_in_review_with_subheads_is_not_news():
    """A newspaper's year-in-review: background paragraphs, a subhead, then a dated event inside that section. The
    date is the section's story, not a news lead."""
    text = (
        "本版文章标题:\n某年法治政府建设新景象\n"
        "法治政府建设是全面依法治国的重点任务和主体工程,是推进治理现代化的重要支撑。\n"
        "多年来,法治政府建设率先突破,对法治国家建设产生示范带动作用。\n"
        "今年,各级政府深入推进法治政府建设,努力实现全面突破。\n"
        "某组织法首次修改\n"
        "进一步健全组织制度和工作制度\n"
        "为适应事业发展需要,某组织法的修改提上日程。\n"
        "2024年3月11日,修订后的某组织法公布,主要修改内容包括增加性质地位的规定、完善职权的表述。\n"
    )
    assert document(text).doc_type != DocType.news


def test_title_in_a_table_cell():
    """A transmittal notice whose title line keeps the border of the table cell it sat in (…的通知 |): the title and
    the year of the summary it carries."""
    text = (
        "某市卫生委关于印发2016年某市卫生工作总结和2017年某市卫生工作要点的通知 |\n"
        "各区、县卫生局、各处室:\n"
        "《2016年某市卫生工作总结》和《2017年某市卫生工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。\n"
        "某市卫生委\n2017年2月22日\n"
        "2016年某市卫生工作总结\n"
        "2016年全市卫生工作全面推进医药卫生体制改革,整体工作有序推进。\n"
        "一、深化医改促发展\n"
    )
    doc = document(text)
    assert doc.title == "某市卫生委关于印发2016年某市卫生工作总结和2017年某市卫生工作要点的通知"
    assert (doc.doc_type, doc.report_year) == (DocType.other, 2016)


def test_traditional_furniture_is_furniture():
    """A mirror's page in traditional script: its date-and-source row (發佈日期:…來源:…) is furniture as it is in
    simplified script, so a copy's script never decides which date lines the facts can read."""
    page = (
        "某局召開法治政府建設推進會\n發佈日期:2023-03-07來源:某某報作者:字體:[ ]\n3月5日,某局召開法治政府建設推進會。\n"
    )
    assert "發佈日期:2023-03-07來源:某某報作者:字體:[ ]" in clean(page).removed_lines
