"""Shapes of session 53 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import assert_agency, document

_PART_ONE = "一、主要举措和成效\n（一）强化组织领导。全年召开专题会议4次。\n"


def test_a_title_naming_its_body_by_level_takes_the_place_the_opening_gives() -> None:
    # the title says 市交通运输局; the opening names the city: the body a reader can tell from the others
    text = (
        "市交通运输局法治政府建设年度报告\n发布日期：2025-02-20　来源：市交通运输局\n\n"
        "2024年，南平市交通运输局在市委、市政府的正确领导下，坚持依法行政，现将有关情况报告如下：\n" + _PART_ONE
    )
    assert_agency(text, "南平市交通运输局", "preamble")


def test_a_heads_duty_report_titled_by_his_post_is_the_bodys() -> None:
    # 某局局长2023年度述法报告 / 某局党组书记、局长某某述职(述法)报告: the head speaks for the body he heads
    text = (
        "沅陵县司法局局长2023年度述法报告\n\n2023年，本人认真履行推进法治建设第一责任人职责，"
        "现将有关情况报告如下：\n一、学法用法情况\n全年参加集中学法12次。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("accountability_report", "沅陵县司法局", 2023)
    text = "益阳市交通运输局党组书记、局长某某某述职（述法）报告\n\n2022年，本人认真履行职责，现将有关情况报告如下：\n"
    assert document(text).agency == "益阳市交通运输局"


def test_a_page_that_publishes_a_report_by_its_title_is_that_report() -> None:
    # 现将《某局2023年…报告》公布如下: the page carries the report, and the report's title names its body in full
    text = (
        "根据《法治政府建设与责任落实督察工作规定》，现将《寿宁县司法局2023年法治政府建设工作报告》公布如下：\n\n"
        "2023年，县司法局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想。\n\n" + _PART_ONE
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "寿宁县司法局", 2023)


def test_a_county_of_one_character_gives_its_name_to_a_level_named_body() -> None:
    # 宁县 is a county (its stem one character): 县司法局 in the headline is the lead's 宁县司法局
    text = (
        "县司法局联合县市场监管局开展“3·15”法治宣传活动\n\n"
        "3月15日，宁县司法局联合县市场监督管理局在县城中心广场开展消费者权益保护法治宣传活动，"
        "现场解答群众咨询50余人次。\n"
    )
    assert document(text).agency == "宁县司法局"


def test_a_title_that_opens_with_its_year_in_chinese_numerals_names_its_place() -> None:
    # 二〇二三年度某市…报告: the year written out, then the place whose report it is
    text = (
        "二〇二三年度兴化市法治政府建设情况报告\n\n二〇二三年，兴化市坚持以习近平法治思想为指导，"
        "现将有关情况报告如下：\n\n" + _PART_ONE
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("兴化市", 2023)


def test_a_bureaus_party_group_study_session_is_the_bureaus_news() -> None:
    # 某局召开党组理论学习中心组(扩大)学习会: the bureau at its study; a Party committee's own group stays itself
    text = (
        "为推进法治政府建设，10月9日下午，市文化广电旅游局召开党组理论学习中心组（扩大）学习会议，"
        "局机关全体人员及局属单位中层以上人员参加会议。\n会议邀请市委党校教授作专题宣讲。\n"
    )
    assert document(text).agency == "市文化广电旅游局"
    text = "12月14日，市委理论学习中心组召开学习会，专题学习习近平法治思想。\n会议邀请大学教授作辅导报告。\n"
    assert document(text).agency == "市委理论学习中心组"


def test_a_news_item_dated_only_by_its_tally_of_the_year_so_far_is_of_that_year() -> None:
    # no date line, no day: 2025年1—7月 tallies the year the item was written in
    text = (
        "为进一步提升依法行政能力，某市某区大力推进行政机关负责人出庭应诉，采取“三强化”举措推进工作。"
        "2025年1—7月，全区行政机关主要负责人出庭26次，出庭率达65%，比上年同期提升40%。\n"
        "强化责任意识。区司法局建立开庭信息通报制度。（通讯员 王某）\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("news", 2025)


def test_a_census_leading_groups_office_is_a_name() -> None:
    # 某市人民政府第五次全国经济普查领导小组办公室关于印发…的通知: the office named for its census round issues it
    text = (
        "某某市人民政府第五次全国经济普查领导小组办公室关于印发《某某市第五次全国经济普查实施办法》的通知\n\n"
        "发文日期\n2023年09月03日\n文号\n某经普办文〔2023〕9号\n\n各县（市、区）普查办：\n\n"
        "现将《某某市第五次全国经济普查实施办法》印发给你们，请结合实际认真贯彻落实。\n\n"
        "某某市人民政府第五次全国经济普查领导小组办公室\n2023年8月30日\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("某某市人民政府第五次全国经济普查领导小组办公室", 2023)


def test_a_copy_opening_on_its_first_part_about_a_years_line_of_work_is_of_that_year() -> None:
    # no title: 一、2024年行政执法基本情况 opens a bureau's report on one line of its work in that year
    text = (
        "一、2024年行政执法基本情况\n截至目前，我局仅有一人持有统计执法检查证，近三年均未开展统计执法工作，无执法案件。\n"
        "二、开展执法规范化建设有关情况\n（一）落实行政执法“三项制度”。通过门户网站公示《某区统计局行政权力事项清单》。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("other", 2024)


def test_a_feature_whose_lead_opens_on_a_voice_quoted_is_news() -> None:
    # “…！”近日，在某县政务服务中心…: a feature's lead, the bureau's work told below it
    text = (
        "政务服务“一窗通办”让群众少跑腿\n\n“现在办事方便多了！”近日，在兰坪县政务服务中心，前来办事的群众纷纷点赞。"
        "今年以来，兰坪县行政审批服务局深化“一窗通办”改革，群众办事平均时间缩短40%。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("news", "兰坪县行政审批服务局")


def test_a_bureaus_account_of_its_campaign_work_listing_a_meeting_is_no_news() -> None:
    # 某局创建…示范市工作开展情况 / 一是召开工作推进会，8月26日下午，…: the bureau's own account, its first item a meeting
    text = (
        "某区审计局创建全国法治政府建设示范市工作开展情况\n\n发布时间:2021-09-18 来源:区审计局\n\n"
        "一是召开工作推进会，8月26日下午，局长某某召开了审计局法治政府建设领导小组会议，各科室负责人参加。\n\n"
        "二是成立机构，成立法治政府建设工作领导小组，由局长任组长。\n"
    )
    assert document(text).doc_type == "other"


def test_a_banners_work_report_takes_its_place_from_the_congress_it_is_delivered_to() -> None:
    # 我代表旗人民政府 under ——…在某旗第十八届人民代表大会第四次会议上: a banner (旗) is a county-level place too
    text = (
        "——2025年1月16日在巴林右旗第十八届人民代表大会第四次会议上\n旗人民政府代旗长 某某\n各位代表：\n"
        "现在，我代表旗人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n过去的一年，旗人民政府坚持稳中求进。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("government_work_report", "巴林右旗人民政府", 2024)


def test_a_copy_opening_on_the_notice_that_issues_a_governments_rules_is_that_governments() -> None:
    # no title: 各县市人民政府…： / 《某州人民政府工作规则》已经自治州人民政府审议通过，现予印发
    text = (
        "各县市人民政府，州人民政府各部门、各直属机构：\n"
        "《博尔塔拉蒙古自治州人民政府工作规则》已经自治州人民政府审议通过，现予印发。\n2024年10月22日\n"
        "博尔塔拉蒙古自治州人民政府工作规则\n第一章 总则\n一、根据宪法和有关法律，结合自治州实际，制定本规则。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("other", "博尔塔拉蒙古自治州人民政府")
