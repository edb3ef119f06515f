"""Genre, session 5 round 7 (issue 10): confident wrong genres under the packagings real copies show (a copy pasted
as one line, line breaks become spaces) refused: a page's field (发布时间:, 发布单位:) and a speaker's 请予审议 after
the date a speech was delivered are no news lead's verb; a news agency's lead run into the page's source field
(来源: 某网 3月29日电 据…) is kept as the body's first line, so that its 具体内容如下 still wraps the report; a
news item's 详情如下: right before the report's title still hands over to the report when the line break after it
was lost; a page's reading count glued to the opening's year (阅读:23162023年,) is cut off as furniture, so that a
court's own summary is still told by its opening; a copy that lost its title and opens on a year told by a person
(今年以来,我认真…) is a leader's own account.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType
from tests.support.facts import document, one_line, spaced_line

PACKAGINGS = [lambda t: t, one_line, spaced_line]

_BODY = (
    "一、加强党对法治政府建设的领导,持续推进水利法治建设\n"
    "(一)认真贯彻落实全面依法治国决策部署。局党组先后召开会议12次研究法治建设工作,全年审查规范性文件8件。\n"
    "(二)健全法治建设推进机制。制定年度工作要点,定期调度,认真抓好落实。\n"
    "二、深入推进简政放权,持续优化营商环境\n"
    "(一)持续推进简政放权。全面实行权责清单制度,累计取消调整行政许可事项15项。\n"
    "三、存在的不足和下一步工作安排\n"
    "(一)存在的不足。基层执法队伍力量仍显薄弱。\n"
    "(二)下一步工作安排。持续推进严格规范公正文明执法。\n"
)

# a news site's copy of a ministry's report: headline, date and source fields, an agency's lead that wraps the report
WRAPPED_REPORT = (
    "水利部发布2023年法治政府建设年度报告\n"
    "发布时间:2024-03-30 10:12:40 来源: web20240330 东方新闻网\n"
    "3月29日电 据水利部网站消息,水利部发布2023年法治政府建设年度报告。具体内容如下:\n" + _BODY
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_lead_run_into_the_source_field_still_wraps_the_report(pack):
    assert document(pack(WRAPPED_REPORT)).doc_type == DocType.annual_report


# a government page: its own date line and fields above a county's report
PAGE_REPORT = (
    "临河县人民政府 2021年5月6日星期四 无障碍 简体| 繁体\n"
    "临河县2023年度法治政府建设情况报告\n"
    "来源:临河县人民政府办公室 发布时间:2024-03-20 09:10\n"
    "临河县2023年度法治政府建设情况报告\n"
    "2023年,临河县坚持以习近平法治思想为指导,深入推进依法行政,全年办结行政复议案件23件。\n" + _BODY
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_page_date_and_its_publish_field_are_no_news_lead(pack):
    assert document(pack(PAGE_REPORT)).doc_type == DocType.annual_report


# a standing committee's report to a congress, dated the day it was delivered: no news item
DELIVERED = (
    "——2022年1月10日在北湖区第八届人民代表大会第一次会议上\n"
    "北湖区人大常委会主任 李 明\n"
    "各位代表:\n"
    "我受区七届人大常委会委托,向大会报告工作,请予审议。\n"
    "一、过去五年的主要工作\n"
    "五年来,区人大常委会依法履行监督职责,共听取审议专项工作报告40项,开展执法检查12次。\n"
    "二、今后五年的工作建议\n"
    "持续加强监督,推动依法治区。\n"
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_speakers_request_to_deliberate_is_no_news_lead(pack):
    assert document(pack(DELIVERED)).doc_type != DocType.news


# a news item that carries a ministry's report after 详情如下:
NEWS_CARRIES_REPORT = (
    "3月27日,水利部发布2024年法治政府建设情况的报告。报告指出,依法加强河湖管理,严查违法采砂行为200余起。详情如下:\n"
    "水利部2024年法治政府建设情况的报告\n"
    "2024年,水利部坚持以习近平法治思想为指导,深入推进依法行政,全年审查规范性文件30件。\n" + _BODY
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_details_follow_then_the_reports_title_wraps_the_report(pack):
    assert document(pack(NEWS_CARRIES_REPORT)).doc_type == DocType.annual_report


# must not fire: a news item whose 近日 lead tells a meeting, and one whose 详情如下: hands over to a list, stay news
NEWS = (
    "临河县召开法治政府建设推进会\n"
    "近日,临河县召开法治政府建设推进会,审议《临河县法治政府建设工作要点》。会议要求,各单位要压实责任。详情如下:\n"
    "会议指出,要持续推进依法行政。\n"
)


@pytest.mark.parametrize("pack", [one_line, spaced_line])  # (the plain copy's 详情如下:\n wraps whatever follows)
def test_news_of_a_meeting_stays_news(pack):
    assert document(pack(NEWS)).doc_type == DocType.news


# a court's own summary on a page whose reading count runs into the opening's year when the line breaks are lost
COURT = (
    "2023年法治建设工作总结\n"
    "时间:2024-01-20 阅读:2316\n"
    "2023年,东山区人民法院在区委的坚强领导下,紧紧围绕全面依法治国总目标,全年审结各类案件5120件,执结案件1860件。\n"
    "一、加强党对法治建设的领导\n"
    "院党组先后召开会议研究法治建设工作6次,组织干警开展宪法、民法典等专题学习12场,推动诉源治理和多元解纷。\n"
    "二、存在的不足\n"
    "审判力量仍显不足,案多人少的矛盾依然突出,法治宣传的覆盖面和针对性还需进一步提高。\n"
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_reading_count_run_into_the_year_leaves_the_opening_whole(pack):
    assert document(pack(COURT)).doc_type != DocType.annual_report


def no_title(text: str) -> str:
    return text.split("\n", 1)[1]


# a leader's own account whose title was lost: the year is told by a person
OWN_ACCOUNT = (
    "西湖镇镇长2023年述法报告\n"
    "今年以来,我认真贯彻落实上级关于法治建设的决策部署,自觉运用法治思维推动发展,"
    "现将我履行法治建设第一责任人职责情况报告如下:\n"
    "一、强化领导责任,认真履行第一责任人职责\n"
    "全年主持召开镇党委会专题研究法治工作4次,审签重大行政决策3件。\n"
    "二、存在的不足\n"
    "学习法律知识还不够系统。\n"
    "三、下一步工作打算\n"
    "持续推进法治建设。\n"
)
OWN_ACCOUNT_MOTTO = (
    "市委政研室主要负责人2024年履行推进法治建设第一责任人职责情况报告\n"
    "法治兴则百业兴。2024年以来,在市委的坚强领导下,我带领全室干部深入学习习近平法治思想,全面落实依法治市任务。\n"
    "一、2024年工作总结\n"
    "(一)组织法治专题学习20余次,全室人员依法履职的自觉性明显增强。\n"
    "二、存在的问题\n"
    "法治学习的深度还不够。\n"
)


@pytest.mark.parametrize("text", [OWN_ACCOUNT, OWN_ACCOUNT_MOTTO])
def test_a_year_told_by_a_person_without_its_title_is_a_leaders_account(text):
    assert document(text).doc_type == DocType.accountability_report  # (the title decides)
    assert document(no_title(text)).doc_type == DocType.accountability_report


# must not fire: a body's year told by the body (我局, 我县) stays the body's report
BODY_REPORT = (
    "东山县司法局2023年法治政府建设情况报告\n"
    "2023年,我局坚持以习近平法治思想为指导,深入推进依法行政,全年办理行政复议案件31件。现将有关情况报告如下:\n"
    "一、主要举措和成效\n"
    "(一)先后召开局党组会议6次研究法治政府建设。\n"
    "二、存在的不足和原因\n"
    "执法队伍专业化水平有待提高。\n"
    "三、下一步工作安排\n"
    "持续推进严格规范公正文明执法。\n"
)


def test_a_year_told_by_the_body_stays_its_report():
    assert document(BODY_REPORT).doc_type == DocType.annual_report
    assert document(no_title(BODY_REPORT)).doc_type == DocType.annual_report


# a standing committee's report to the congress in plenary, pasted as one line: its review heading runs into the
# opening's year, which then reads like a report's retrospective opening
STANDING_COMMITTEE = (
    "北湖省人民代表大会常务委员会工作报告\n"
    "北湖省人民代表大会常务委员会副主任 王 立\n"
    "各位代表:\n"
    "受省人大常委会委托,我向大会报告工作,请予审议。\n"
    "过去一年的主要工作\n"
    "2025年是规划收官之年。省人大常委会坚持党的领导,依法行使立法权、监督权、决定权,全年制定修改地方性法规16件,"
    "听取审议专项工作报告22项,开展执法检查6次,推进法治建设和依法行政。\n"
    "一、坚持党的全面领导\n"
    "常委会党组先后召开会议18次。\n"
    "二、今年的主要任务\n"
    "持续加强地方立法。\n"
)


@pytest.mark.parametrize("pack", PACKAGINGS)
def test_a_standing_committees_report_to_the_congress_is_no_annual_report(pack):
    assert document(pack(no_title(STANDING_COMMITTEE))).doc_type != DocType.annual_report


# a bureau's general half-year summary whose title was lost: the report's formula and parts, but no rule-of-law work
# named in them
GENERAL_SUMMARY = (
    "市民政局2018年上半年工作总结\n"
    "2018年,我市民政工作在市委市政府的正确领导下,着力抓好社会救助和养老服务,各项工作取得新进展。"
    "现将2018年上半年的工作情况总结如下:\n"
    "一、基本情况\n"
    "上半年共发放低保金3200万元,新建社区养老服务站12个。\n"
    "二、存在的问题\n"
    "基层民政力量薄弱。\n"
    "三、下半年工作打算\n"
    "继续做好社会救助工作。\n"
)


def test_a_general_summary_without_its_title_is_no_annual_report():
    assert document(no_title(GENERAL_SUMMARY)).doc_type != DocType.annual_report


# must not fire: a body's report on its rule-of-law work whose title was lost stays a report
LAW_REPORT = (
    "东山县2023年度法治政府建设情况报告\n"
    "今年以来,东山县坚持以习近平法治思想为指导,深入推进依法行政,全面加快法治政府建设。现将有关情况报告如下:\n"
    "一、主要举措和成效\n"
    "(一)全年审查规范性文件14件。\n"
    "二、存在的不足和原因\n"
    "执法队伍专业化水平有待提高。\n"
    "三、下一步工作安排\n"
    "持续推进法治政府建设。\n"
)


def test_a_law_report_without_its_title_stays_a_report():
    assert document(no_title(LAW_REPORT)).doc_type == DocType.annual_report
