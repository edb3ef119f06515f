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


def test_a_two_paragraph_excerpt_that_lost_both_indents_reads_as_its_paragraphs() -> None:
    # both lines of a short excerpt start with ??: the opening sentence is the report's own retrospect again
    text = (
        "??2022年,省政府坚持以习近平法治思想为指导,认真贯彻落实《法治政府建设实施纲要(2021—2025年)》,"
        "在省委坚强领导下,扎实推进法治政府建设,为全省高质量发展提供法治保障。\n"
        "??一、切实加强组织领导。一是全面加强党的领导。定期组织省政府党组集体学法,及时报告法治政府建设情况。"
    )
    assert facts(text)[0] == "annual_report"


_BREADCRUMB_PAGE = (
    "您当前的位置 : 湖南省司法厅网 >> 法治工作 >> 法治调研\n"
    "湖南省2020年度法治政府建设情况报告\n"
    "日期: 2021-04-12 09:35:00\n"
    "【字号: 打印本页\n"
    "2020年,湖南省委、省政府坚持以习近平法治思想为指导,全面加强党对法治政府建设的领导,"
    "进一步巩固和拓展《法治政府建设实施纲要(2015-2020年)》落实成效,为经济社会发展提供有力法治保障。\n"
    "一、切实提高政治站位,把法治政府建设摆在全局的重要位置\n"
    "(一)坚持正确政治方向。省政府常务会议专题学法6次,审议地方性法规草案9件。\n"
)


def test_a_one_line_page_keeps_its_trail_title_date_field_and_buttons_apart() -> None:
    # …>> 法治调研湖南省2020年度…报告日期: 2021-04-12 09:35:00【字号: 打印本页2020年,…: the trail's last crumb, the
    # title, the page's date field and its buttons are lines of their own again
    for text in packaged(_BREADCRUMB_PAGE):
        summary, prepared = summarize_with_source(text=text, engine="rules")
        doc = summary.document
        assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "湖南省", 2020)
        assert doc.title == "湖南省2020年度法治政府建设情况报告"
        assert "\n日期: 2021-04-12 09:35:00\n" in prepared.text


_SENT_UP_IN_CELLS = (
    "关于报送《青禾新区人力资源和社会保障局2021年度法治政府建设情况报告》的报告\n"
    "索引号 | SY0024570000202200007 |\n"
    "文件编号 | 青人社〔2022〕5号 |\n"
    "发布机构 | 人社局 |\n"
    "公开类别 | 主动公开 |\n"
    "发布时间 | 2022-01-30 |\n"
    "青禾新区法治政府建设工作领导小组办公室:\n"
    "《青禾新区人力资源和社会保障局2021年度法治政府建设情况报告》已编制完成,请审阅。\n"
    "附件:青禾新区人力资源和社会保障局2021年度法治政府建设情况报告\n"
    "引言\n"
    "本年度报告根据《法治政府建设实施纲要(2021-2025年)》的要求编制,全文包括主要举措和成效、存在的不足、"
    "主要负责人履职情况以及2022年主要安排。\n"
)


def test_a_one_line_cover_letter_keeps_its_catalogue_cells_apart_from_its_title() -> None:
    # …的报告索引号 | SY… |文件编号 | …: each cell row a line of its own, so the cover letter's title is found
    for text in packaged(_SENT_UP_IN_CELLS):
        doc = summarize_with_source(text=text, engine="rules")[0].document
        assert (doc.doc_type, doc.report_year) == ("annual_report", 2021)


_CATALOGUE_THEN_SUMMARY = (
    "索引号: 1233042400003141XQ/2019-00068 成文日期: 2019-01-29\n"
    "文件编号: 组配分类: 规划总结\n"
    "发布机构: 县气象局 有效性:\n"
    "青禾县气象局2018年工作总结及2019年工作思路\n"
    "发布时间: 2019-01-29\n"
    "信息来源: 县气象局\n"
    "今年以来,县气象局紧密围绕县委县政府中心工作,着力提升气象预报预测、气象防灾减灾能力,各项工作进展良好,"
    "现将主要情况总结如下:\n"
    "一、加强党的建设,提升依法行政服务水平\n"
    "2018年,我局深入推进气象部门党风廉政建设和依法行政工作,全年开展法治培训4次。\n"
)


def test_a_one_line_catalogue_keeps_its_written_date_whole_and_its_title_after_the_validity_field() -> None:
    # the twin of the date field: 成文日期 is one field (never 成文 | 日期), and 有效性: ends its row, so the title of a
    # year's work summary after it is found and types the page (a summary, not a rule-of-law report)
    for text in packaged(_CATALOGUE_THEN_SUMMARY):
        doc = summarize_with_source(text=text, engine="rules")[0].document
        assert doc.doc_type == "other"
        assert doc.title == "青禾县气象局2018年工作总结及2019年工作思路"


_BUTTONS_THEN_HEADLINE = (
    "政府信息公开 规章库\n"
    "索引号: 11440000MB2D000000/2020-00071 分类: 综合政务\n"
    "发布机构: 青禾市人民政府办公室\n"
    "发布日期: 2020-05-26\n"
    "主题词:【打印】 【字体:\n"
    "青禾市人民政府办公室关于印发青禾市2020年依法行政工作要点的通知\n"
    "发布日期:2020-05-26\n"
    "各镇(街),市政府各部门:\n"
    "《青禾市2020年依法行政工作要点》已经市政府同意,现印发给你们,请认真组织实施。\n"
    "青禾市人民政府办公室\n"
    "2020年5月21日\n"
    "青禾市2020年依法行政工作要点\n"
    "2020年是法治政府建设实施纲要确立的实现法治政府建设目标的收官之年。全市依法行政工作的总体要求是:坚持以习近平"
    "法治思想为指导,全面推进严格规范公正文明执法。\n"
)


def test_a_one_line_page_keeps_its_headline_apart_from_the_buttons_whose_sizes_it_lost() -> None:
    # …主题词:【打印】 【字体:青禾市…的通知发布日期:…: the button row ends at 【字体:, the headline after it is the title
    for text in packaged(_BUTTONS_THEN_HEADLINE):
        doc = summarize_with_source(text=text, engine="rules")[0].document
        assert doc.title == "青禾市人民政府办公室关于印发青禾市2020年依法行政工作要点的通知"
        assert (doc.doc_type, doc.agency, doc.report_year) == ("work_points", "青禾市人民政府办公室", 2020)
