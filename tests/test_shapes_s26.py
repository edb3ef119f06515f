"""Shapes of session 26 (issue 10), found on real documents nobody here wrote (a public corpus of the State
Council's work reports): the premier's report names the body he speaks for without a hearer (我代表国务院，作政府工作
报告) or says first which year it reports (首先报告某年的工作).

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.api import summarize_with_source
from summarizer.clean import strip_lost_indent

from .support.facts import facts, packaged, spaced_line

_PREMIER_NO_HEARER = (
    "各位代表，现在，我代表国务院，作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n"
    "一、去年工作回顾\n"
    "2015年，经济运行总体平稳，全年新增就业人口1100万人。\n"
    "我们主要做了以下几方面工作：\n"
    "（一）深化行政审批制度改革。在国务院领导下，各部门取消和下放审批事项200余项，政府职能加快转变，"
    "放管结合的机制逐步完善，市场主体活力明显增强。\n"
    "二、今年主要任务\n"
    "今年要着力稳增长、调结构、惠民生，继续推进简政放权。\n"
)


def test_a_premier_speaking_for_the_state_council_without_naming_the_hearers_delivers_its_work_report() -> None:
    # 我代表国务院，作政府工作报告: the speaker's own word for whom he speaks, though the body says it worked 在国务院领导下
    for text in packaged(_PREMIER_NO_HEARER):
        assert facts(text) == ("government_work_report", "国务院", 2015)


_PREMIER_REPORTS_FIRST = (
    "各位代表：\n"
    "现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n"
    "首先报告2011年的工作\n"
    "过去一年，国民经济保持平稳较快发展，国内生产总值比上年增长9%，财政收入持续增加。\n"
    "根据党中央部署，今年工作的总体要求是：稳中求进，深化改革，保障和改善民生。\n"
    "按照这个总体要求，今年要着重做好以下六个方面工作。\n"
)


def test_a_work_report_that_first_reports_the_year_before_is_of_that_year_and_no_years_points() -> None:
    # 首先报告2011年的工作 dates the report; 今年工作的总体要求是 in a report delivered to the delegates sets no points
    for text in packaged(_PREMIER_REPORTS_FIRST):
        assert facts(text) == ("government_work_report", "国务院", 2011)


# a mirror that re-encoded the page turned each paragraph's full-width indent into ??, then the copy lost its line
# breaks: the ?? is all that is left of where each paragraph began
_LOST_INDENTS_RUN_ON = (
    "??根据《法治政府建设实施纲要(2015—2020年)》等要求,现将2019年青禾市法治政府建设情况的报告公开如下:"
    "??一、健全法治政府建设领导体制??(一)领导机制进一步完善"
    "??市法治政府建设工作领导小组统筹推进各项工作,全年召开专题会议4次,审议规范性文件12件。"
    "??(二)行政决策更加规范??全面落实重大行政决策程序规定,对18项重大决策事项开展合法性审查。"
    "??二、存在的不足??基层执法力量仍显薄弱,执法规范化水平有待提高。"
    "??三、2020年工作安排??继续推进严格规范公正文明执法。"
)


def test_a_one_line_copy_whose_paragraphs_kept_only_their_lost_indents_is_read_as_its_paragraphs() -> None:
    # without the breaks its first piece (??根据《纲要(2015—2020年)》…公开如下:??) read as a plan's title
    for text in packaged(_LOST_INDENTS_RUN_ON, spaced_line):
        summary, prepared = summarize_with_source(text=text, engine="rules")
        doc = summary.document
        assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "青禾市", 2019)
        assert "?" not in prepared.text
        assert any("18项" in q.text for a in summary.achievements for q in a.evidence)
        assert summary.shortfalls


def test_an_authors_question_marks_are_no_lost_indents() -> None:
    # the twin: two ?? in a line of prose say nothing of paragraphs (fewer than three)
    text = "青禾市司法局2019年法治政府建设情况报告??一、主要举措和成效。全年办理行政复议案件20件,难道还不够??我们继续努力。"
    assert strip_lost_indent(text) == text
