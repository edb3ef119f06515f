"""Shapes of session 40 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a news page pasted as one line: the headline runs straight into the page's time field (…活动时间:2020-01-07),
# then empty writer and source fields, then the lead, which names the bureau that did the work
_ONE_LINE_NEWS = (
    "青州市组织开展2023年度全市行政执法案卷评查活动时间:2024-01-09 作者: 来源:"
    "为落实全市行政执法监督工作安排,规范行政执法行为,近日,市司法局组织开展了全市行政执法案卷评查活动。"
    "此次评查共抽取市级执法部门和各县区2023年度行政处罚、行政许可案卷共计86份,"
    "由市司法局邀请相关执法部门的9名业务骨干组成评查组逐卷评查,并记录案卷中的好做法和问题。"
    "下一步,市司法局将汇总评查情况,形成年度行政执法案卷评查通报。"
)


def test_a_one_line_headline_run_into_its_time_field_is_still_the_title() -> None:
    d = summarize(text=_ONE_LINE_NEWS).document
    assert d.title == "青州市组织开展2023年度全市行政执法案卷评查活动"
    assert d.agency == "市司法局"
    assert d.report_year == 2023


# a duty report pasted as one line: its title, then who reports by post and name and the month, then the opening
_ONE_LINE_DUTY = (
    "东湖管理区关于履行推进法治建设第一责任人职责情况的报告东湖管理区党委副书记、管委会主任 林青山2026年2月"
    "2025年,我坚持以习近平法治思想为指导,认真履行推进法治建设第一责任人职责,全区法治政府建设稳步推进。"
    "现将本人2025年履职情况报告如下:一、履职情况1.坚持把学习贯彻习近平法治思想作为第一要务"
    "一是把牢政治方向。全年主持召开专题学法会议6次。二是带头尊法学法。组织领导干部旁听庭审2次。"
    "三是抓实队伍建设。全区行政执法人员参加专门法律知识培训,培训合格率达到百分之百。"
)


def test_a_one_line_duty_reports_title_ends_before_the_reporters_post_and_name() -> None:
    d = summarize(text=_ONE_LINE_DUTY).document
    assert d.title == "东湖管理区关于履行推进法治建设第一责任人职责情况的报告"
    assert d.agency == "东湖管理区"
    assert d.report_year == 2025


# a disclosure report pasted as one line: the title runs into the page's text-size buttons (…年度报告【 字体:), then
# the page's time and a source field holding the organ's code
_ONE_LINE_DISCLOSURE = (
    "某省粮食和物资储备局2024年政府信息公开工作年度报告【 字体:大 中 小】时间:2025-01-20 10:31"
    "来源:11320000MB1234567X本年度报告根据《中华人民共和国政府信息公开条例》编制,内容包括总体情况、"
    "主动公开政府信息情况、收到和处理政府信息公开申请情况等。一、总体情况2024年,省粮食和物资储备局"
    "深入推进政务公开,全年主动公开政府信息326条。(一)主动公开。全年制发规范性文件5件,"
    "全部在门户网站公开;更新机构职能、办事指南等基础信息共41条。"
)


def test_a_one_line_title_run_into_the_pages_text_size_buttons_is_still_the_title() -> None:
    d = summarize(text=_ONE_LINE_DISCLOSURE).document
    assert d.title == "某省粮食和物资储备局2024年政府信息公开工作年度报告"
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "某省粮食和物资储备局"
    assert d.report_year == 2024


# a catalogue's fields pasted as one line: the issuer's field runs straight into the keyword field (发布机构:某州司法局
# 主题词:), which leaves its value empty
_ONE_LINE_CATALOGUE = (
    "首页您当前所在的位置: 首页 >> 公开信息内容索引号:11530000015161234G-/2025-0301001 公开目录:通知公告 "
    "发布机构:大理州司法局主题词: 发布日期:2025-03-01 09:12:40 文 号:大司通(2025)3号标 题:"
    "大理州司法局关于印发《全州普法强基工作实施意见》的通知各县市司法局,局机关各科室:现将《全州普法强基工作实施意见》"
    "印发给你们,请结合实际认真抓好落实。"
)


def test_a_one_line_issuer_field_ends_where_the_keyword_field_begins() -> None:
    d = summarize(text=_ONE_LINE_CATALOGUE).document
    assert d.agency == "大理州司法局"
