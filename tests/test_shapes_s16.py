"""Shapes of session 16 (issue 10), from the development texts collected again and the blind sets FM–FO: a news
item whose purpose is a sentence of its own before its dated lead, and a disclosure report that says who compiled it.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import assert_agency, document


def test_a_purpose_sentence_then_a_dated_visit_is_news() -> None:
    # 为…。7月1日至5日，某所副所长带领…前往…学习交流: the purpose ends its own sentence before the lead's day
    text = (
        "为进一步提升执法水平，树立良好执法形象。7月3日至6日，云溪县运输管理所副所长李明带领执法人员8名前往"
        "市交通执法支队学习交流。\n学习期间，执法人员跟班作业，观摩了夜间检查的做法。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_purpose_sentence_then_a_recent_inspection_is_news() -> None:
    # 为…。日前，区司法局…成立专项督察组，对…进行实地督察
    text = (
        "为全面推行行政执法三项制度，实现年底全区执法机关全覆盖的目标。日前，区司法局抽调人员组成督察组，"
        "对全区各执法机关推行三项制度的情况进行实地督察。\n督察采取查阅台账、座谈交流的方式进行。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_plan_that_opens_on_its_purpose_then_its_year_is_no_news() -> None:
    # the twin: a purpose sentence over the year a plan sets (2024年，某局将组织开展…), no day and no deed done
    text = (
        "为全面推进依法行政，加快建设法治政府。2024年，云溪县司法局将组织开展执法案卷评查，具体安排如下。\n"
        "一、评查范围\n县直各行政执法单位2023年办结的案件。\n二、时间安排\n6月底前完成自查。\n"
    )
    assert document(text).doc_type != DocType.news


def test_a_disclosure_report_compiled_by_a_township_names_that_township() -> None:
    # 本报告由某乡人民政府按照《条例》…要求编制: the report's standard first sentence names its body
    text = (
        "本报告由石坪乡人民政府按照《中华人民共和国政府信息公开条例》和年度报告格式的要求编制。\n"
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n2023年，我乡主动公开政府信息86条。\n"
    )
    assert_agency(text, "石坪乡人民政府", "preamble")


def test_a_disclosure_report_compiled_by_a_governments_office_that_names_its_government_names_it() -> None:
    # 由某县人民政府办公室编制, and the government's own year after it: the report is the government's
    text = (
        "本报告根据《中华人民共和国政府信息公开条例》要求，由青岚县人民政府办公室编制。\n"
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n2023年，青岚县人民政府坚持以人民为中心，主动公开政府信息1200条。\n"
    )
    assert document(text).agency == "青岚县人民政府"


def test_an_office_that_compiles_a_whole_citys_report_is_named_whole() -> None:
    # 由某市人民政府政务公开办公室综合…编制: an office whose name before 办公室 is no body keeps its whole name
    text = (
        "本年度报告依据《中华人民共和国政府信息公开条例》的规定，由青岚市人民政府政务公开办公室综合各区县和"
        "市政府各部门的政府信息公开工作情况编制而成。\n"
        "一、概述\n2015年，全市主动公开政府信息5万余条。\n"
    )
    assert_agency(text, "青岚市人民政府政务公开办公室", "preamble")
