"""Shapes of session 23 (issue 10), from the development texts and the sets JE, JF, JH, JJ and JN (and one from
blind set JQ, mended after its figures were taken): news leads after an app's or a site's credit, disclosure reports'
compiling sentences, page dates among other fields, speeches' date lines, notices' titles cut short, years' plans
whose titles run into the copy, plans that name themselves, journal articles, reports that open on their place's bare
name.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.api import summarize_with_source

from .support.facts import assert_agency, document


def test_a_lead_after_an_apps_credit_names_its_subject() -> None:
    # 某日报·某客户端11月11日讯(记者 某某)11月8日，县人大常委会组织…: the credit runs into the lead with no mark
    # between them; the lead's subject, doing its deed on the lead's day, is the item's body
    text = (
        "两级代表联组开展集中视察活动\n"
        "来源：湖东日报客户端\n"
        "湖东日报·湖东客户端3月12日讯(记者 田禾)3月9日，青禾县人大常委会组织城南、城北街道的30多名代表开展集中视察，"
        "县人大常委会主任李明参加。\n"
        "本次视察围绕重点项目建设和安全生产执法检查展开。\n"
    )
    assert_agency(text, "青禾县人大常委会", "self-reference")


def test_a_place_after_a_credit_that_the_item_keeps_naming_is_its_subject() -> None:
    # 某网讯 2022年，某市各级行政机关着力…: no deed right after the place, but the item is the place's throughout
    text = (
        "青禾长安网讯 2023年，青禾市各级行政机关着力建设职能科学、权责法定的法治政府，全力护航全市五大攻坚行动。"
        "全市先后出台规范性文件管理办法等制度12项。\n"
        "全年全市办理行政复议案件186件，青禾市行政机关负责人出庭应诉率保持100%。\n"
    )
    assert_agency(text, "青禾市", "self-reference")


def test_a_scene_after_a_credit_is_no_subject() -> None:
    # the twin: 某日报讯(记者 某某)漫步市法治文化公园… opens on a scene; 漫步市 reads as a place and is no one
    text = (
        "湖东日报讯(记者 田禾 通讯员 石青)漫步市法治文化公园，宪法广场、法治长廊等主题区把法治教育融入景观。"
        "市司法局有关负责人介绍，公园第二期建设已于日前完成。据了解，市司法局还将在各区建设法治主题公园。\n"
    )
    assert document(text).agency == "市司法局"


def test_a_press_conferences_host_after_a_credit_is_not_the_story() -> None:
    # the twin: 某网9月8日讯 9月8日，国务院新闻办公室举行…新闻发布会。司法部部长某某表示…: the host of the
    # conference publishes what its speaker says; the speaker's ministry is the item's body
    text = (
        "青禾网9月8日讯 9月8日，国务院新闻办公室举行系列主题新闻发布会。司法部部长李明表示，五年来共选树"
        "90个法治政府建设示范地区。\n"
        "他介绍，司法部将会同有关部门继续推进示范创建。\n"
    )
    assert document(text).agency == "司法部"


def test_a_bureau_that_plans_its_work_with_care_is_the_subject() -> None:
    # 为…，…，某局精心部署、明确分工: 精心部 is no ministry; the bureau before it is the item's body
    text = (
        "为确保按时完成2024年度青禾县林草行政案件统计填报工作，提高数据的及时性和准确性，"
        "青禾县自然资源和规划局精心部署、明确分工，扎实推进全县统计填报工作。\n"
        "经核实，统计时段内全县共查处林草行政案件12起。今后，青禾县自然资源和规划局将与有关部门做好对接。\n"
    )
    assert_agency(text, "青禾县自然资源和规划局", "self-reference")


def test_the_body_that_issues_a_commendation_is_not_the_story() -> None:
    # 近日，某办对各县…创建工作进行通报，某局创建工作受到通报表扬: the news is of the body commended
    text = (
        "本报讯(通讯员 王青)近日，市推进依法行政领导小组办公室对各县市区人民政府及市直各部门创建工作进行通报，"
        "青禾县税务局创建工作受到通报表扬。\n"
        "今年以来，该局大力开展法治机关创建活动，成立了依法行政领导小组。\n"
    )
    assert document(text).agency != "市推进依法行政领导小组办公室"


def test_a_disclosure_report_that_names_its_year_before_its_body_names_its_body() -> None:
    # 结合2025年某局政府信息公开工作实际，编制发布本报告: the standard sentence with the year before the body
    text = (
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》要求，"
        "结合2025年青禾市退役军人事务局政府信息公开工作实际，编制发布本报告。\n"
        "本报告内容包括：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。\n"
        "一、总体情况\n"
        "2025年，我局认真贯彻落实《条例》，主动公开政府信息46条。\n"
    )
    assert_agency(text, "青禾市退役军人事务局", "preamble")


def test_a_lead_that_dates_its_event_after_two_clauses_is_of_that_year() -> None:
    # 在…来临之际，某局联合某街道办事处，于2026年3月13日在…开展…: the lead's event, dated in full after its setting
    text = (
        "在国际消费者权益日来临之际，青禾区市场监督管理局联合城南街道办事处，于2026年3月13日在城南广场开展主题宣传活动，"
        "把消费维权知识送到群众家门口。\n"
        "活动现场，工作人员通过设立咨询台、发放普法手册等形式，向群众普及消费者权益保护法。\n"
    )
    doc = document(text)
    assert doc.doc_type == "news"
    assert doc.report_year == 2026


@pytest.mark.parametrize(
    "date_row",
    [
        "来源: 青禾日报  浏览字号: 2019年06月11日 09:09",
        "来源:青禾网 | 2019-06-11 18:00:42",
        "作者:田禾 来源:青禾日报 浏览次数:7137 发布时间:[2019-6-11] |",
    ],
)
def test_a_page_date_among_other_fields_dates_news_of_no_year(date_row: str) -> None:
    # the page's date after its source and another field, behind a bar or inside a bracket: the row is furniture,
    # its date is kept, and news whose lead names no year is of that date's year
    text = (
        "青禾市人大常委会开展体育法执法检查\n"
        + date_row
        + "\n本报讯 近日，市人大常委会副主任李明带领调研组，对我市贯彻实施《体育法》的情况开展了执法检查。\n"
        "检查组先后深入4个县，实地查看了社区健身工程建设情况。\n"
    )
    summary, prepared = summarize_with_source(text=text, engine="rules")
    assert summary.document.doc_type == "news"
    assert summary.document.report_year == 2019
    assert "来源" not in prepared.text  # the row's source is furniture still


def test_news_of_lately_is_of_its_pages_year_whatever_older_years_it_names() -> None:
    # 发布时间:2021-04-15 over 日前，某镇… whose body tells of a system set up in 2018: the page's year
    text = (
        "青禾镇：调解加普法化解基层矛盾\n"
        "发布时间:2021-04-15 20:19\n"
        "日前，记者走进青禾镇，看到该镇各村调解室运转有序。\n"
        "该镇自2018年起推行“调解+普法”工作法，累计化解矛盾纠纷300余件。\n"
    )
    doc = document(text)
    assert doc.doc_type == "news"
    assert doc.report_year == 2021


def test_a_feature_that_looks_back_over_older_years_takes_no_page_year() -> None:
    # the twin: a feature with no 近日 whose body names only older years is a look back, no news of the page's year
    text = (
        "青禾县法治乡村建设纪实\n"
        "发布时间:2019-06-14 17:28\n"
        "“七五”普法规划实施以来，青禾县不断加强基层法治宣传，2016年以来共建成民主法治示范村12个。\n"
        "全县村(社区)法律顾问实现全覆盖。\n"
    )
    assert document(text).report_year is None


def test_a_speech_is_of_the_year_it_was_given() -> None:
    # 在…会上的讲话 / 某某 / (2019年4月17日) / 各位同志：: the date line under a speech's title dates it
    text = (
        "在全县行政复议应诉工作推进会上的讲话\n"
        "李明\n"
        "(2019年4月17日)\n"
        "各位同志：\n"
        "今天召开这次会议，主要任务是总结行政复议应诉工作，部署下一阶段任务。\n"
        "一、充分肯定成绩\n"
        "全县行政机关负责人出庭应诉率稳步提高。\n"
    )
    assert document(text).report_year == 2019


def test_a_work_report_given_to_a_session_is_no_speech_of_that_year() -> None:
    # the twin: 常务委员会工作报告 / (2020年1月13日) / 各位委员、同志们：: a report delivered early in 2020 reviews 2019
    text = (
        "青禾市政协常务委员会工作报告\n"
        "(2020年1月13日)\n"
        "各位委员、同志们：\n"
        "现在，我代表政协第十届青禾市委员会常务委员会，向大会报告工作，请予审议。\n"
        "一、过去一年的主要工作\n"
        "一年来，常委会坚持团结和民主两大主题，认真履行各项职能。\n"
    )
    assert document(text).report_year != 2020


def test_a_notices_title_cut_short_by_the_page_is_no_headline() -> None:
    # 某厅关于印发某省2017年 (the rest of the title lost) over 《某省2017年依法行政工作要点》已经省政府同意，现印发给
    # 你们: the notice carries the year's points; 印发 in its cut title is no news verb
    text = (
        "青禾省人民政府办公厅关于印发青禾省2017年\n"
        "青政办发〔2017〕103号\n"
        "各市、自治州人民政府，省政府各部门：\n"
        "《青禾省2017年依法行政工作要点》已经省政府同意，现印发给你们，请结合实际，认真贯彻执行。\n"
        "一、加强政府立法工作\n"
        "（一）完善立法工作机制。\n"
    )
    assert document(text).doc_type == "work_points"


def test_a_years_plan_whose_title_runs_into_its_text_is_a_work_points() -> None:
    # 县林业局2017年工作计划2017年，全县林业工作要…: a copy that lost its line breaks, the title opening it
    text = (
        "县林业局2019年工作计划2019年，全县林业工作要深入实施生态建设为主的发展战略，加速绿化美化，严管林业资源，"
        "提升森林质量，改善人居环境，筑牢生态安全屏障，为建设山区生态经济强县贡献林业力量。一、指导思想以生态文明"
        "思想为指导，准确把握新使命。二、主要目标全年完成人工造林1.2万亩，森林抚育3万亩。"
    )
    assert document(text).doc_type == "work_points"


def test_a_report_citing_a_years_points_in_its_first_sentence_stays_a_report() -> None:
    # the twin: 2024年，某区法治政府建设各项工作…对标…2024年某区法治政府建设工作要点各项目标: a report that cites the
    # year's points it worked to, no plan
    text = (
        "2024年，青禾区法治政府建设各项工作坚持以习近平法治思想为指导，对标对表《法治政府建设实施纲要(2021—2025年)》、"
        "2024年青禾市、青禾区法治政府建设工作要点各项目标任务，扎实推进依法行政，各项工作取得明显成效。"
        "一、主要举措和成效（一）加强党的领导。区政府常务会议专题研究法治政府建设4次。"
        "二、存在的不足和原因部分执法人员能力有待提升。三、下一步工作安排持续深化行政执法改革。"
    )
    assert document(text).doc_type == "annual_report"


def test_a_years_points_that_open_on_the_year_and_its_work_is_a_work_points() -> None:
    # 2023年是…之年，是…关键之年，做好2023年群众体育工作要以…: a year's points whose title the copy lost
    text = (
        "2023年是全面贯彻落实党的二十大精神的开局之年，是实施“十四五”规划承前启后的关键之年，"
        "做好2023年群众体育工作要以新时代中国特色社会主义思想为指导，坚持以人民为中心。\n"
        "一、完善全民健身公共服务体系\n"
        "（一）新建社区健身中心10个。\n"
    )
    assert document(text).doc_type == "work_points"


def test_a_plan_approved_and_issued_by_its_notice_is_a_plan() -> None:
    # 《某部2016年政务公开工作实施方案》已经部领导同意，现予印发: the notice carries the plan
    text = (
        "部机关各司局，各直属单位：\n"
        "《青禾部2016年政务公开工作实施方案》已经部领导同意，现予印发，请认真贯彻落实。\n"
        "各单位要高度重视政务公开工作，加强组织领导，健全完善工作机制。\n"
    )
    assert document(text).doc_type == "implementation_plan"


def test_a_plan_that_names_itself_in_full_after_its_basis_is_a_plan() -> None:
    # 结合我镇实际，制定2024年“民主法治示范村”创建活动实施方案。: the text's own plan, named without 本
    text = (
        "为深入贯彻习近平法治思想，推进乡村治理体系和治理能力现代化，结合我镇实际，"
        "制定2024年“民主法治示范村”创建活动实施方案。\n"
        "一、指导思想\n"
        "“民主法治示范村”创建活动是法治宣传教育与法治实践相结合的有效载体。\n"
    )
    assert document(text).doc_type == "implementation_plan"


def test_a_journal_article_on_the_report_system_is_no_report() -> None:
    # a study of the annual-report system on a journal site (…年度报告制度：… / 理论与改革 2021年6期 / 关键词:…): an
    # article on the work, whatever its title says
    text = (
        "法治政府建设年度报告制度：生成逻辑与实践图景\n"
        "2021-12-28 田禾\n"
        "理论与改革 2021年6期 关键词:年度报告 行政法治\n"
        "法治政府建设年度报告制度是推进法治政府建设的重要抓手。本研究基于300余个地方政府年度报告样本，"
        "考察其主要举措和成效、存在的不足和原因、下一年度工作安排等内容的呈现方式。\n"
    )
    assert document(text).doc_type == "other"


def test_a_reports_page_with_an_empty_keywords_field_stays_a_report() -> None:
    # the twin: a portal's metadata block whose 关键词: field is empty above the report itself
    text = (
        "索引号: 2022-00056 发布机构: 青禾市司法局\n"
        "关键词:\n"
        "青禾市2022年法治政府建设情况报告\n"
        "2022年，青禾市坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强党的领导。市政府常务会议专题研究法治政府建设4次。\n"
    )
    assert document(text).doc_type == "annual_report"


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度报告根据《条例》要求，汇总2021年度青禾市商务局的政务公开工作开展情况编制而成。",
        "本报告根据《条例》要求，在青禾市东城区人民政府东四街道办事处2017年度政府信息公开工作的基础上编制。",
        "根据《条例》规定，现对青禾市商务局政府信息公开工作进行汇总报告。",
    ],
)
def test_a_disclosure_reports_compiling_sentence_names_its_body(sentence: str) -> None:
    # the standard sentences that say whose year of disclosure work the report was compiled from
    text = (
        sentence + "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分。\n"
        "一、总体情况\n"
        "本年度主动公开政府信息120条。\n"
    )
    name = "青禾市东城区人民政府东四街道办事处" if "东四" in sentence else "青禾市商务局"
    assert_agency(text, name, "preamble")


def test_a_metadata_row_whose_value_stands_in_its_own_cell_names_the_issuer() -> None:
    # 发布机构: | 青禾镇人民政府 | (a table converted with bars between the field and its value)
    text = (
        "索引号: | 113306/2015-28256 | 公开方式: | 主动公开 |\n"
        "发布机构: | 青禾镇人民政府 |\n"
        "2009年度青禾镇政府信息公开年度报告\n"
        "根据《中华人民共和国政府信息公开条例》有关规定，现将2009年我镇政府信息公开年度报告如下。\n"
        "一、概述\n"
        "本年度主动公开政府信息86条。\n"
    )
    assert document(text).agency == "青禾镇人民政府"


def test_a_report_that_opens_on_its_place_by_its_bare_name_names_it() -> None:
    # 2024年，淮安坚持…: a city's report that never writes its name in full opens on the city by its bare name
    text = (
        "2024年，淮安坚持以习近平法治思想为指导，持续深入推进依法行政，加快建设法治政府，各项工作取得新成效。\n"
        "一、坚持和加强党的领导，健全法治政府建设推进机制\n"
        "市政府常务会议专题研究法治政府建设工作6次。\n"
        "二、存在的不足和原因\n"
        "基层执法力量仍然薄弱。\n"
    )
    assert_agency(text, "淮安", "preamble")


def test_a_plan_carrying_out_a_years_points_whose_title_runs_into_its_text_is_a_plan() -> None:
    # 某县2018年政务公开工作要点实施方案为深入贯彻…: the run-on title is the plan's, not the points it carries out
    text = (
        "青禾县2018年政务公开工作要点实施方案为深入贯彻落实省人民政府办公厅关于印发2018年全省政务公开工作要点的通知"
        "精神，不断提升政务公开的质量和实效，助力全县营商环境优化，结合本县实际，制定本实施方案。一、工作目标全面"
        "推进决策、执行、管理、服务、结果公开。二、主要任务（一）深化重点领域信息公开。各乡镇、各部门要及时公开"
        "财政预决算信息。"
    )
    assert document(text).doc_type == "implementation_plan"
