"""Shapes of session 21 (issue 10), from the development texts and the blind sets HV–: a portal's title bar kept as a
page's first line, a page's text-size controls between its date line and its lead.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document


def test_a_portal_title_bar_hides_no_name() -> None:
    # 某市2018年法治政府建设情况报告_栏目_某市人民政府门户网站 over the title: the bar's underscores part the page's
    # title, column and site; they are no placeholder of an anonymised copy (__县教育局)
    text = (
        "青川市2019年法治政府建设情况报告_法治政府建设情况报告_青川市人民政府门户网站\n"
        "青川市2019年法治政府建设情况报告\n"
        "2020-01-20 15:36 来源: 青川市司法局\n"
        "2019年，我市各级行政机关深入贯彻法治政府建设实施纲要，依法行政水平进一步提高。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。市政府常务会议专题研究法治政府建设6次。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency == "青川市"
    assert doc.report_year == 2019


def test_an_anonymised_copy_still_names_no_one() -> None:
    # the twin: a template's blank before the name (__县司法局2019年…) is still a placeholder
    text = (
        "__县司法局2019年法治政府建设情况报告\n"
        "2019年，__县司法局在县委、县政府的坚强领导下，深入推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。局党组专题研究法治政府建设4次。\n"
    )
    assert document(text).agency is None
