"""Shapes of session 22 (issue 10), from the development texts and the sets IK–IZ: plans and points that name
themselves in more words, reports on another line of work, a special region's 施政报告, events told as ended, page
date lines behind a bullet or a committee's name, a news lead on its basis, an event's one host, two-clause
headlines, a disclosure report's 请联系, and fragments no body is named by.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document


@pytest.mark.parametrize(
    "formula",
    [
        "结合本县实际，特制定如下行动方案。",
        "现提出以下意见。",
        "结合我省实际，编制本规划。",
        "特制定本工作方案。",
        "现就做好有关工作提出如下指导意见。",
    ],
)
def test_a_plan_that_names_itself_in_its_purpose_clause_is_a_plan(formula: str) -> None:
    # 为…，根据《…》，特制定如下行动方案 / 为…，现提出以下意见 over 一、总体要求: a plan or an opinion setting tasks,
    # whose title the copy lost
    text = (
        "各乡镇人民政府，县政府各部门：\n"
        "为深入推进依法行政，加快建设法治政府，根据省、市有关部署要求，" + formula + "\n"
        "一、总体要求\n"
        "坚持以习近平法治思想为指导，全面提升行政机关依法履职能力。\n"
        "二、重点工作\n"
        "（一）规范行政决策程序。各单位要严格落实重大行政决策程序规定。\n"
    )
    assert document(text).doc_type == DocType.implementation_plan


def test_a_years_plan_that_names_itself_in_its_purpose_clause_is_a_work_points() -> None:
    # 为…，按照…要求，结合我区实际，制定本计划。 over the year's tasks: a body's plan for its year
    text = (
        "为巩固提升我区国家生态文明建设示范区创建成果，按照有关管理规程要求，结合我区实际，制定本计划。\n"
        "一、主要任务\n"
        "（一）2023年底前完成示范区建设规划修编。\n"
        "（二）全年开展生态环境执法检查不少于12次。\n"
    )
    assert document(text).doc_type == DocType.work_points


def test_a_congress_committees_review_opinions_are_no_plan() -> None:
    # the twin: 现将…提出以下审议意见 is a standing committee's comment on a report it heard, no plan of its own
    text = (
        "区人大常委会第十五次会议听取和审议了区人民政府关于2022年度法治政府建设情况的报告。"
        "会议认为，区政府依法行政水平不断提高。现提出以下审议意见：\n"
        "一、进一步提高思想认识\n"
        "区政府要把法治政府建设摆在全局工作的重要位置。\n"
    )
    assert document(text).doc_type != DocType.implementation_plan


def test_a_report_on_another_campaign_under_a_title_without_law_words_is_no_rule_of_law_report() -> None:
    # 某局关于争创全国文明典范城市工作情况的汇报 over 现将…创建工作情况报告如下 and numbered parts: a report on another
    # line of work, whatever report's shape it has (a 行政执法 item in passing names no rule-of-law report)
    text = (
        "林溪市水务局关于创建全国卫生城市工作情况的汇报\n"
        "根据会议安排，现将市水务局2023年以来创建全国卫生城市工作情况报告如下：\n"
        "一、提高思想认识，认真谋划部署\n"
        "局党组多次研究部署创卫工作，明确牵头科室和分管领导，落实行政执法“三项制度”。\n"
        "二、存在的问题\n"
        "部分河道保洁不到位。\n"
        "三、下一步工作打算\n"
        "持续巩固创卫成果。\n"
    )
    assert document(text).doc_type == DocType.other


def test_the_same_shape_on_the_years_rule_of_law_work_stays_a_report() -> None:
    # the twin: a title that names the work (…法治政府建设工作情况的汇报) makes the same shape a report
    text = (
        "林溪市水务局关于2023年法治政府建设工作情况的汇报\n"
        "根据会议安排，现将市水务局2023年法治政府建设工作情况报告如下：\n"
        "一、主要举措和成效\n"
        "局党组专题研究法治政府建设4次，落实行政执法“三项制度”。\n"
        "二、存在的问题\n"
        "执法人员法治素养有待提高。\n"
        "三、下一步工作打算\n"
        "持续推进依法行政。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2023


def test_a_report_that_publishes_its_year_with_a_notices_verb_is_a_report() -> None:
    # 现将我局2017年度法治政府建设情况公告如下: a bureau publishing its report calls it a 公告; the formula reports
    # the year's rule-of-law work all the same (its citations name the report it is, none of them votes)
    text = (
        "按照《某省法治政府建设情况定期报告规定》(某府法治办〔2016〕7号)，以及《某省人民政府法制办公室关于做好法治"
        "政府建设情况报告的通知》(某府法函〔2017〕1624号)要求，现将我局2017年度法治政府建设情况公告如下：\n"
        "一、推进依法履行监管职能。\n"
        "及时调整完善目录清单。根据法律法规调整情况，及时调整权责清单和行政许可事项目录并公布实施，取消审批事项3项。\n"
        "优化服务提升审批效能。推进行政审批“一网通办”，全年办结许可事项1200件。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2017


def test_a_metadata_rows_field_and_short_value_is_no_title() -> None:
    # 组配分类 计划总结 (a flattened metadata table's row of one field and its value, no colon) over the page's title:
    # the row names a genre but is furniture; the title below is the document's, a bureau's year on its own work
    text = (
        "当前位置: 首页 > 政务公开 > 计划总结\n"
        "发布日期 2022-02-25 发布机构 县林业局\n"
        "组配分类 计划总结\n"
        "临川县林业局2021年工作总结和2022年工作计划\n"
        "2021年，我局坚持依法行政，全力抓好森林防火和林政执法工作。全年查处林业行政案件15起。\n"
        "一、2021年工作总结\n"
        "（一）森林防火形势平稳。\n"
    )
    doc = document(text)
    assert doc.title == "临川县林业局2021年工作总结和2022年工作计划"
    assert doc.doc_type == DocType.other
    assert doc.report_year == 2021


@pytest.mark.parametrize(
    "date_line",
    ["- 发布日期: 2020-11-26 09:12", "2020-11-26 09:12:00 来源: 市民族宗教事务委员会"],
)
def test_a_bulleted_or_committee_sourced_date_line_dates_the_news_item(date_line: str) -> None:
    # - 发布日期: … (a bullet before the page's own date line) and 来源: 某委员会 (a committee is no meeting): both are
    # the page's date line over a lead that names no year
    text = (
        "青川市司法局“网格律师”服务企业零距离\n"
        + date_line
        + "\n青川市司法局聚焦市场主体法治需求，全力推进企业法律顾问服务网格化全覆盖试点工作，"
        "为全市企业提供法律体检服务1200余次。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2020


def test_a_dated_subtitle_of_a_meeting_still_dates_no_news_item() -> None:
    # the twin: ——2020年11月26日在全市法治政府建设推进会上 under a headline is the day of a speech at a meeting, no
    # page's date line; an item that names no year of its own keeps none
    text = (
        "全市法治政府建设推进会召开\n"
        "——2020年11月26日在全市法治政府建设推进会上\n"
        "近日，全市上下深入推进依法行政，法治政府建设取得明显成效。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year is None


HEADLINE_IN_TWO_CLAUSES = (
    "青溪镇精心开展《中华人民共和国民法典》宣传进乡村活动，用群众听得懂的语言讲好法律故事——\n"
    "用心“典”亮乡村法治\n"
    "来源：某某日报 发布时间：2020-12-08\n"
    "（全媒体记者 李某）12月4日上午，冬日的暖阳普照大地。镇文化广场上人头攒动，普法志愿者向村民发放宣传资料500余份。\n"
)


def test_a_headline_in_two_clauses_names_its_subject() -> None:
    # 某镇精心开展…活动，用…讲述…—— over its subtitle: a headline of two clauses parted by a comma, longer than a
    # one-clause headline; its subject is the item's
    doc = document(HEADLINE_IN_TWO_CLAUSES)
    assert doc.doc_type == DocType.news
    assert doc.agency == "青溪镇"


def test_the_one_host_of_an_event_is_the_news_items_body() -> None:
    # 5月9日，某市司法局主办，某区司法局、某镇人民政府承办的…活动…启动: the event is its host's, not those who carry
    # it out
    text = (
        "本报讯（通讯员 李某）5月9日，青川市司法局主办，东岭区司法局、石桥镇人民政府承办的农村法治宣传月主场活动"
        "在荷塘社区正式启动。活动现场发放宣传资料3000余份。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.agency == "青川市司法局"


@pytest.mark.parametrize(
    "lead",
    [
        # several hosts: whose event it is the text does not say
        "12月2日，由东岭边境管理大队、东岭县普法办、东岭县司法局主办的法治宣传文艺汇演在龙门古寨举行。",
        # a press conference: its host publishes what others did
        "3月3日上午，由省委宣传部主办的“奋力推进全面依法治省”主题新闻发布会第二场在省行政中心召开。",
    ],
)
def test_no_host_is_taken_for_the_items_body_where_the_host_does_not_own_the_event(lead: str) -> None:
    doc = document(lead + "\n活动现场发放宣传资料3000余份。\n")
    assert doc.agency not in ("东岭边境管理大队", "省委宣传部")


def test_a_special_regions_policy_address_is_a_government_work_report() -> None:
    # 二○二四年财政年度施政报告—二〇二三年施政工作回顾与总结: the chief executive's yearly account of the government's
    # work and plans, a government work report in all but name
    text = (
        "二○二一年财政年度施政报告—二○二○年施政工作回顾和总结\n"
        "下面，我先就特区政府2020年的施政作简要回顾和总结。\n"
        "（一）疫情防控工作取得阶段性成效\n"
        "特区政府坚持严防严控的防疫政策，全年完成核酸检测30万人次。\n"
    )
    assert document(text).doc_type == DocType.government_work_report


def test_news_that_the_address_is_delivered_stays_news() -> None:
    # the twin: 特首明发表2019施政报告 is a headline on the address to come, no address
    text = (
        "特首明发表2019施政报告\n"
        "本报讯 行政长官将于明日上午在立法会发表任内第二份施政报告，施政方针以“坚守初心”为主题。"
        "记者昨日从特区政府新闻局获悉，施政报告共分六个部分。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_disclosure_report_names_its_body_only_where_it_asks_readers_to_call() -> None:
    # 如对本报告有疑问，请联系：某区退役军人事务局(地址…): the report's boilerplate names no one else; the body to call is
    # its writer
    text = (
        "根据《中华人民共和国政府信息公开条例》第五十条规定，编制本年度报告。本报告中所列数据的统计期限自2025年1月1日"
        "起至2025年12月31日止。如对本报告有疑问，请联系：东岭区退役军人事务局(地址：东岭区建设路8号，电话：0000-1234567)。\n"
        "一、总体情况\n"
        "2025年，我局主动公开政府信息56条。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.information_disclosure_report
    assert doc.agency == "东岭区退役军人事务局"


def test_an_event_told_as_ended_on_a_dated_day_is_news_of_that_year() -> None:
    # 2017年12月4日，某厅“12·4”法治宣传大讲堂在…圆满结束: a lead that reports its event ended, dated in full
    text = (
        "2019年12月4日，青川省林业厅“12·4”法治宣传大讲堂在厅二楼会议室圆满结束，厅机关近两百名工作人员参加。\n"
        "讲堂由厅党组成员、副厅长致辞，特邀律师围绕森林法作专题辅导。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2019


def test_a_person_speaking_for_a_body_is_no_part_of_its_name() -> None:
    # (摘自…某某同志代表市人民政府在…会议上向大会作的工作报告。): the speaker and the body run together are no name
    text = (
        "干得漂亮！五年奋力拼搏，结果令人振奋！\n"
        "（摘自2016年11月1日上午李明德同志代表市人民政府在青川市七届人大一次会议上向大会作的工作报告。）\n"
        "一、市六届政府工作回顾\n"
        "五年来，在省委、省政府和市委的正确领导下，全市生产总值年均增长8%。\n"
    )
    assert "同志" not in (document(text).agency or "")


@pytest.mark.parametrize(
    "text",
    [
        # a template site's collection named by level: 省市级政府 is no government
        "某某范文网 —— 专注行政公文写作范文\n2024年省市级政府工作报告汇编65篇\nadmin 分享 时间: 加入收藏\n"
        "一、过去一年工作回顾\n全年地区生产总值增长5%。\n",
        # a template site's invitation to read under its copy: 阅读镇 is no town
        "今年以来，我镇在县委、县政府的正确领导下，经济社会各项事业稳步发展。\n"
        "《镇年度工作总结》来源于某某网，欢迎阅读镇年度工作总结。\n",
    ],
)
def test_a_template_sites_words_name_no_body(text: str) -> None:
    assert document(text).agency not in ("省市级政府", "阅读镇")


def test_a_lead_on_its_basis_then_its_full_date_gives_the_year() -> None:
    # 根据…安排，2023年2月24日，某巡察组向某街道党工委反馈巡察情况: the basis clause before the lead's full date
    text = (
        "根据区委巡察工作领导小组安排，2023年2月24日，区委第二巡察组向东岭街道党工委及所辖5个社区党委反馈巡察情况。"
        "巡察组组长主持召开反馈会议。\n"
        "会议指出，街道党工委要切实扛起整改主体责任。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2023


def test_a_committee_that_entrusts_is_not_cut_inside_its_verb() -> None:
    # 市人大常委会委托执法检查指导小组表示…: 委托 is the committee's verb, 常委会委 no name
    text = (
        "今年市人大常委会委托5个区县对5件法规开展了执法检查工作\n"
        "某某日报2018-12-04 10:00:59\n"
        "近日，市人大常委会通报了委托部分区县人大常委会开展执法检查工作的情况。今年，市人大常委会委托5个区县对5件"
        "法规开展了执法检查工作。\n"
        "市人大常委会委托执法检查指导小组表示，委托执法检查是发挥区县人大作用的有效方式。\n"
    )
    assert document(text).agency != "市人大常委会委"


def test_a_bodys_definition_is_no_name() -> None:
    # 某委员会(简称某委)是某省人民政府组成部门: the short form and what the body is, no name of one body
    text = (
        "一、单位简介\n"
        "青川省卫生健康委员会(简称青川卫健委)是青川省人民政府组成部门，负责全省卫生健康事业发展与管理工作。\n"
        "二、部门预算情况\n"
        "2023年收入预算合计12.5亿元。\n"
    )
    assert "简称" not in (document(text).agency or "")


def test_a_year_opened_on_what_the_work_is_to_follow_is_a_work_points() -> None:
    # 2025年，全省交通运输要以…为指导，…: the year's points, told as what is to be done, under a metadata table that
    # names no genre
    text = (
        "索引号: | 000000/2025-00238 | 公开方式: | 主动公开 |\n"
        "发布机构: | 青川省交通运输厅 | 组配分类: | 年度计划 |\n"
        "2025年，全省交通运输要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设交通强省。\n"
        "一、着力扩大有效投资\n"
        "全年完成交通固定资产投资1000亿元以上。\n"
    )
    assert document(text).doc_type == DocType.work_points


def test_a_reading_counter_between_date_line_and_lead_keeps_the_page_date() -> None:
    # 发布时间:2019-12-31 / 阅读次数: / 12月27日，…: the counter row is furniture, the date line dates the item
    text = (
        "来源:青川普法\n"
        "发布时间:2019-12-31\n"
        "阅读次数:\n"
        "12月27日，数九严寒，惠风送暖。由市委宣传部主办的“三下乡”集中示范活动在东岭镇举行，发放普法资料2000余份。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2019
