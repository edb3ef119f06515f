"""Genres, session 13 (issue 10): shapes from the labelled sets A–ET, blind sets of session 13 among them.

- A title that names a line of work and no rule-of-law word, as a statistical analysis (某省行政复议和行政应诉案件
  统计分析报告) or a year-end summary (某局安全饮食发展年终总结), is that work's report, whatever report's formula
  (…情况报告如下) and parts it opens with; the same words about rule-of-law work still make the annual report.
- A news item without a headline may open on its purpose as a sentence of its own, then its lead (为进一步…。近日，
  某大队…开展…培训): a deed told as recent in the first paragraph makes the lead, as a meeting held there does.
- 法制 in a body's name (某常委会法制工作委员会关于…备案审查工作情况的报告) names no rule-of-law work: its report on
  another line of work is that work's; a public notice asking for comments (…公开征求意见的通告) is no report.
- A lead opening on its day, or on 近日, and telling a deed done (开展, 组织, 走进: 6月3日-4日，某局…开展检查) is news;
  a period running from a full date (2023年11月24日至2024年1月31日，省委巡视组对某市开展了巡视) dates no lead, nor does
  工作开展情况 (a noun) tell a deed.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

_STATISTICS = (
    "{title}\n"
    "我省2014年{work}统计分析情况报告如下：\n"
    "一、{work}情况\n"
    "（一）收案与受理情况\n"
    "2014年全省各级行政机关新收申请1375件，与上年相比增长28.75%；受理1205件，受理率为87.64%。\n"
    "二、存在的问题\n"
    "部分地方办案力量不足。\n"
    "三、下一步工作建议\n"
    "进一步加强办案队伍建设。\n"
)


def test_a_statistical_analysis_of_another_line_of_work_is_no_annual_report() -> None:
    work = "行政复议和行政应诉案件"
    doc = document(_STATISTICS.format(title=f"2014年南屿省{work}统计分析报告", work=work))
    assert doc.doc_type == "other"


def test_the_same_analysis_of_rule_of_law_work_stays_the_annual_report() -> None:
    work = "法治政府建设"
    doc = document(_STATISTICS.format(title=f"南屿省2014年{work}情况报告", work=work))
    assert doc.doc_type == "annual_report"


_YEAR_END = (
    "{title}\n"
    "为保障群众饮食消费安全，今年以来，青禾镇{work}委员会在镇党委、政府的正确领导下，积极履行职责，"
    "努力创新工作。现将2022年全年工作总结如下：\n"
    "一、领导重视，职责明晰\n"
    "全年召开专题会议6次，开展联合检查12次，办结案件15件。\n"
    "二、存在的问题\n"
    "基层监管力量仍显薄弱。\n"
    "三、下一步工作打算\n"
    "持续强化监管。\n"
)


@pytest.mark.parametrize("title", ["青禾镇食品安全发展年终总结", "青禾镇食品安全2022年度总结"])
def test_a_year_end_summary_of_another_line_of_work_is_no_annual_report(title: str) -> None:
    assert document(_YEAR_END.format(title=title, work="食品安全")).doc_type == "other"


def test_a_year_end_summary_of_rule_of_law_work_stays_the_annual_report() -> None:
    title = "青禾镇法治政府建设2022年度总结"
    assert document(_YEAR_END.format(title=title, work="法治政府建设")).doc_type == "annual_report"


_LEAD_AFTER_PURPOSE = (
    "为进一步提高乡镇消防安全意识，加强乡镇监管责任落实，形成消防事业发展合力。近日，青禾县消防救援大队深入"
    "柳岸镇政府，对乡镇领导干部、各村负责人开展消防安全培训。\n"
    "培训中，大队培训人员结合辖区火灾形势，讲解了消防法律法规和火灾隐患排查方法。\n"
)


def test_a_purpose_then_a_recent_deed_in_the_first_paragraph_is_a_news_lead() -> None:
    assert document(_LEAD_AFTER_PURPOSE).doc_type == "news"


def test_a_recent_deed_in_a_reports_first_paragraph_leaves_it_the_report() -> None:
    text = (
        "青禾县消防救援大队2023年法治政府建设年度报告\n"
        "2023年，我大队坚持以习近平法治思想为指导，扎实推进法治建设。近日，我大队组织开展了年度执法案卷评查。"
        "现将2023年度法治政府建设情况报告如下：\n"
        "一、主要举措和成效\n全年办结行政处罚案件42件。\n"
        "二、存在的不足和原因\n执法力量不足。\n"
        "三、下一年度工作安排\n持续规范执法。\n"
    )
    assert document(text).doc_type == "annual_report"


_FILING_REVIEW = (
    "{title}\n"
    "主任、各位副主任、秘书长、各位委员：\n"
    "现将2022年{work}情况报告如下，请审议。\n"
    "一、基本情况\n全年共接收报备的规范性文件126件，审查发现问题12件。\n"
    "二、存在的问题\n个别单位报备不及时。\n"
    "三、下一步工作\n进一步健全工作机制。\n"
)


def test_a_law_committees_report_on_another_line_of_work_is_no_annual_report() -> None:
    # (法制 in the committee's own name names no rule-of-law work of the report's)
    title = "南屿省人民代表大会常务委员会法制工作委员会关于2022年备案审查工作情况的报告"
    assert document(_FILING_REVIEW.format(title=title, work="备案审查工作")).doc_type == "other"


def test_a_notice_asking_for_comments_is_no_report() -> None:
    text = (
        "青禾市司法局关于《青禾市促进民营经济发展条例（草案送审稿）》公开征求意见的通告\n"
        "为增强立法的公开性和透明度，现将《青禾市促进民营经济发展条例（草案送审稿）》全文公布，向社会征求意见。"
        "现将《条例》有关情况说明如下：\n"
        "一、起草背景\n2020年，全市新增民营经济市场主体2.3万户。\n"
        "二、主要内容\n草案共六章四十条。\n"
    )
    assert document(text).doc_type == "other"


@pytest.mark.parametrize(
    "lead",
    [
        "为切实提高机关干部的法治素养，根据省普法办《关于举行2020年全省公民法律知识考核的通知》，青禾县文旅局于1月6日"
        "上午，组织全体机关干部开展2020年公民法律知识考试。",
        "6月3日-4日，青禾县档案局联合县委法规室、县司法局组成档案执法检查组，对28家县直单位开展档案执法检查。",
        "2023年2月21日，南屿省青禾市司法局联合柳岸市司法局开展送法进村活动，31名法律工作者走进乡村。",
    ],
)
def test_a_lead_that_tells_a_deed_on_its_day_is_news(lead: str) -> None:
    body = (
        "\n内容涉及宪法、民法典、行政处罚法、国家安全法等法律法规，以及依法行政、依法办事的基本要求。\n"
        "一是坚持学用结合，把法律知识学习与业务工作结合起来。二是坚持以考促学，推动干部职工自觉学法用法。\n"
    )
    assert document(lead + body).doc_type == "news"


def test_an_inspection_over_a_span_of_dates_is_no_news_lead() -> None:
    text = (
        "根据省委统一部署，2023年11月24日至2024年1月31日，省委第七巡视组对青禾市开展了巡视。2024年4月12日，省委"
        "巡视组向青禾市委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。\n"
        "一、强化政治担当，坚决有力推进整改工作\n（一）提高政治站位。市委坚持把抓好巡视整改作为重大政治任务。\n"
    )
    assert document(text).doc_type != "news"


def test_a_speech_dated_by_its_session_that_reports_how_work_went_is_no_news_lead() -> None:
    # (a copy pasted as one line: the date of the session runs on into 工作开展情况, a noun, no deed done)
    text = (
        "2018年11月22日在青禾市十七届人大常委会第十六次会议上市人民政府主任、各位副主任、各位委员：现在向市人大常委会"
        "报告我市“七五”普法规划实施以来工作开展情况，请予审议。一、“七五”普法规划实施以来的主要工作情况2016年，"
        "市委、市政府批转《青禾市第七个五年法治宣传教育规划》，全市深入开展“七五”普法教育。"
    )
    assert document(text).doc_type != "news"
