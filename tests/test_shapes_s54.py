"""Shapes of session 54 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import assert_agency, document

_PART_ONE = "一、主要举措和成效\n（一）强化组织领导。全年召开专题会议4次。\n"


def test_a_casinos_name_a_mirror_runs_onto_the_body_is_not_the_bodys() -> None:
    # a mirror prints its casino's name as its banner and again after the body's name in the title
    text = (
        "澳门某某城中心\n\n图片\n首页/ 政务公开 / 法定主动公开内容 / 正文\n\n"
        "宝鸡市人民政府澳门某某城中心:2023年度法治政府建设工作情况的报告\n\n"
        "2023年，市政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。"
        "现将有关情况报告如下：\n" + _PART_ONE
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "宝鸡市人民政府", 2023)


def test_a_district_named_for_where_it_lies_in_its_city_is_a_district() -> None:
    # 市中区 opens with 市 but is a district: not a city above a text that speaks of 全区
    text = (
        "12月4日，市中区举办国家宪法日集中宣传活动。区委副书记王某出席活动并致辞。\n"
        "王某要求，全区各级各部门要积极履职尽责，推动在全区形成办事依法、遇事找法的良好环境。\n"
    )
    assert document(text).agency == "市中区"


def test_a_headline_naming_a_county_after_its_citys_stem_is_the_countys() -> None:
    # 宜昌枝江: the city's stem, then the county's; the story writes the county out
    text = (
        "荆州松滋:打造调解“行家里手” 赋能基层解纷力量\n"
        "近年来，荆州松滋市深刻把握基层治理需求，把人民调解员队伍建设摆在突出位置，全市调解员达到860名。\n"
    )
    assert_agency(text, "荆州松滋市", "title")


def test_a_departments_guide_to_what_it_discloses_is_its_own() -> None:
    text = (
        "某县人民政府-交通运输局\n\n政府信息公开\n\n应城市交通运输局信息公开指南\n\n发布日期:2024-02-01\n\n"
        "根据《中华人民共和国政府信息公开条例》规定，特编制本指南，并将根据情况变化及时更新。\n一、主动公开\n"
    )
    assert_agency(text, "应城市交通运输局", "title")


def test_a_lead_after_a_passage_quoted_from_the_document_it_tells_of_is_news() -> None:
    # the item opens on a long passage of the document, then the day it was issued and by whom
    text = (
        "“到2025年，覆盖全系统的行政执法制度体系基本建成，执法人员的法治意识和依法办事能力显著提升，"
        "权责清晰、执法严明、公开公正的监管队伍基本建立，群众对执法工作的满意度明显提高。”"
        "9月3日，国家某某监督管理总局印发《关于全面加强监管系统法治建设的实施意见》。\n"
        "《意见》明确了总体目标和主要任务。\n"
    )
    assert document(text).doc_type == "news"


def test_a_lead_after_a_carriers_credit_and_the_times_it_is_told_in_names_its_body() -> None:
    # 某网讯(通讯员 …)战“疫”当前，某局…: the times, then the body doing the deed
    text = (
        "某某网讯(通讯员 张某 李某)防汛当前,秦淮区司法局充分发挥法治宣传作用,统筹线上线下,"
        "织密防汛法治宣传网。\n以新媒体为支点，扩大覆盖面。\n"
    )
    assert_agency(text, "秦淮区司法局", "preamble")


def test_a_copy_opening_on_its_first_parts_heading_is_of_the_year_it_sums_up() -> None:
    # 一、2024年工作总结 opening a copy, the body citing next year's plan twice: the year summed up
    text = (
        "一、2024年工作总结\n（一）以立法服务发展\n"
        "条例立法工作取得进展，草案纳入《某市2025年度立法工作计划》，并列入2025年拟提请审议项目。\n"
        "（二）以执法护航民生\n全年办理案件120件。\n"
    )
    assert document(text).report_year == 2024


def test_a_programmes_self_check_is_not_a_rule_of_law_report() -> None:
    # a check of one programme's tasks (司法所规范化建设) reported under the formula is a report on that programme
    text = (
        "某区司法所规范化建设自查自评报告\n"
        "2024年是司法所规范化建设提升年，区司法局指导14家司法所推动规范化建设提档升级。\n"
        "一、整体落实情况\n各司法所组织机构进一步健全。\n"
        "二、各项任务落实情况\n经过对照问题清单积极整改后，现将某区司法所规范化建设任务落实情况汇报如下：\n"
        "（一）政治建设\n1、强化理论武装。\n"
    )
    assert document(text).doc_type == "other"


def test_a_report_that_calls_itself_by_its_bureaus_party_group_names_its_own_document() -> None:
    # no title, no 我局: 局党组 opening a clause is the bureau's, and the list it issues for the year bears its name
    text = (
        "一、2023年法治政府建设基本情况\n"
        "（一）加强依法行政能力建设。2023年，局党组共组织“第一议题”学习18次、理论学习中心组学习6次。"
        "在全市林业系统开展学法用法活动。\n"
        "（二）推进科学民主依法决策。印发年度《佛山市林业局重大行政决策事项目录》，全年作出重大行政决策3项。\n"
    )
    assert_agency(text, "佛山市林业局", "own document")


def test_a_plans_title_that_names_the_work_it_carries_out_is_a_plan() -> None:
    # the standard title of a 普法 plan opens with 在…中开展: a plan, not a headline of something done
    text = (
        "在全镇公民中开展法治宣传教育的第八个五年规划(2021-2025)\n\n更新时间:2023-02 来源:网友投稿\n\n"
        "为做好八五普法工作，某镇根据县委、县政府的部署，从本镇实际出发，特制定本规划。\n\n"
        "一、指导思想和主要目标\n（一）指导思想\n"
    )
    assert document(text).doc_type == "implementation_plan"


def test_a_centres_office_with_no_centre_named_is_no_ones() -> None:
    text = (
        "政务服务中心办公室工作总结\n\n篇一:上半年政务服务中心办公室工作总结范文\n\n"
        "今年以来，中心牢固树立服务意识，按照中心的学习制度，定期组织学习。"
        "一是保证学习。中心办公室在做好自身各项工作的同时，合理安排学习时间。\n"
    )
    assert document(text).agency is None
