"""Shapes of session 59 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_the_day_against_drugs_is_counted_from_its_first_observance() -> None:
    # the International Day against Drug Abuse was first kept in 1988: its 37th fell in 2024, its 38th in 2025
    tail = "，宁川市在市民广场举办禁毒宣传活动，发放宣传资料3000余份。\n"
    assert document("6月26日是第37个国际禁毒日" + tail).report_year == 2024
    assert document("在第38个国际禁毒日到来之际" + tail).report_year == 2025


def test_the_school_an_event_is_held_at_is_not_the_events_writer() -> None:
    # the venue's Party secretary attends the city's event: the school is neither the subject nor the writer
    text = (
        "我市开展禁毒日主题宣传活动\n\n"
        "本报讯 (记者某某)6月26日，宁川市禁毒日主题宣传活动在宁川师范学院举行。副市长某某出席并宣布活动启动。"
        "宁川师范学院党委书记某某出席，市公安、教育等部门负责人共200余人参加。\n"
        "某某强调，全市各级各部门要持续保持高压严打态势。\n"
    )
    assert document(text).agency != "宁川师范学院"


def test_an_untitled_years_points_whose_preamble_names_what_it_draws_up_are_work_points() -> None:
    # no title line: the preamble says the office draws up the year's points, then the points follow
    text = (
        "2015年是全面深化改革的关键之年，为扎实推进全年人防改革发展工作，经办领导班子研究，"
        "特拟定2015年全面深化改革工作要点。\n"
        "一、加快推进人防建设与经济社会融合发展，推动城市基础设施防护建设。\n"
        "二、加快形成以指挥所为中心的指挥通信体系。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("work_points", 2015)


def test_the_issuers_of_a_rule_an_essay_discusses_are_not_its_writer() -> None:
    # an essay opening on the rule it discusses, issued jointly by two central offices: neither wrote the essay
    text = (
        "2016年12月，中办、国办联合印发的《党政主要负责人履行推进法治建设第一责任人职责规定》（以下简称《规定》）"
        "对于落实全面推进依法治国的目标和任务具有十分重大的意义。\n"
        "中央之所以在全会召开两年后又颁发此规定，是因为县级以上党政主要负责人的责任需要进一步明确。\n"
    )
    assert document(text).agency is None


def test_a_journal_article_recounting_a_ministrys_milestone_is_not_the_ministrys() -> None:
    # a journal article under its author and school: the ministry's document marked a beginning the essay recounts
    text = (
        "依法治校背景下高校法律事务工作研究\n"
        "某某某\n宁川大学，平川 宁川 276000\n"
        "2012年11月，教育部印发《全面推进依法治校实施纲要》，标志着高等学校推进依法治校工作的开始。"
        "2020年7月，教育部印发的《关于进一步加强高等学校法治工作的意见》明确了高校法治工作的目标任务。\n"
        "一、高校法律事务工作的主要内容\n高校法律事务工作涉及规章制度、师生权益保护等多个方面。\n"
    )
    assert document(text).agency is None


def test_a_resolution_on_a_work_report_is_of_the_year_it_was_adopted_in() -> None:
    # no title: a paper's dateline, the adoption line, then the resolution that reviews the year before
    text = (
        "宁川日报 2018年01月08日\n"
        "（2018年1月7日宁川市第十二届人民代表大会第二次会议通过）\n"
        "宁川市第十二届人民代表大会第二次会议听取和审查了市长代表市人民政府所作的《政府工作报告》，决定批准这个报告。\n"
        "会议认为，2017年市人民政府在市委的坚强领导下，全力推动经济社会发展。\n"
    )
    assert document(text).report_year == 2018


def test_a_school_named_with_its_full_word_keeps_it() -> None:
    # 中学校: the school's registered name, not 中学 with a stray character after it
    text = "3月2日，平川县城关中学校隆重举行春季开学典礼暨法治教育讲座。全体师生齐聚一堂。\n随后，学校副校长发表新学期致辞。\n"
    assert document(text).agency == "平川县城关中学校"


def test_a_district_archive_publishing_its_disclosure_report_is_its_writer() -> None:
    # an archive is a public body that publishes its own disclosure report; named in the title and the metadata
    text = (
        "名 称: 宁川区档案馆2022年政府信息公开工作年度报告\n发布日期: 2023-01-18 发布机构: 宁川区档案馆\n"
        "宁川区档案馆2022年政府信息公开工作年度报告\n"
        "本报告按照《中华人民共和国政府信息公开条例》要求，由宁川区档案馆综合各项数据编制。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("information_disclosure_report", "宁川区档案馆")


def test_a_press_conference_is_the_news_of_the_body_whose_leaders_present() -> None:
    # the provincial Party committee hosts the series; the justice department's leaders present its results
    text = (
        "9月14日上午，中共平川省委在会堂召开“平川这十年”系列新闻发布会·司法工作专场发布会，"
        "平川省司法厅相关领导向媒体介绍了十年来全省司法行政工作取得的成绩，并回答记者提问。\n"
        "统筹谋划推进全面依法治省\n持续强化理论武装，组建巡回宣讲团深入基层宣讲101场次。\n"
    )
    assert document(text).agency == "平川省司法厅"
    # a body that holds its own conference to publish its own cases is that body's news
    own = "今天，平川省人民检察院召开新闻发布会，向社会公开发布第三批公益诉讼十大典型案例。\n案例一：某区检察院办理的案件\n"
    assert document(own).agency == "平川省人民检察院"


def test_a_town_government_a_speech_names_by_its_level_is_named_with_its_town() -> None:
    # news of a town's congress opening, its head's report quoted: 我代表镇人民政府 names the town's government
    text = (
        "11月25日上午，宁川镇第十八届人民代表大会第一次会议在镇政府会堂开幕。会议回顾过去五年工作，提出今后五年奋斗目标。\n"
        "镇长某某作政府工作报告。他说：“我代表镇人民政府，向大会报告工作，请予审议。”\n"
    )
    assert document(text).agency == "宁川镇人民政府"


def test_an_untitled_enforcement_report_is_that_lines_report_whatever_its_items_tell() -> None:
    # 现将我局行政执法工作报告如下 over part 一 with the year's counts: a report on enforcement, not the annual report
    text = (
        "首页 > 结果公开 > 依法行政\n\n"
        "2022年，宁川区教体局以习近平新时代中国特色社会主义思想为指导，在区委、区政府的关心指导下，"
        "扎实开展依法行政工作，现将我局行政执法工作报告如下：\n\n"
        "一、行政执法情况分析\n\n1、本部门2022年度作出行政许可决定1547项。\n\n2、本部门2022年度作出行政处罚决定0件。\n\n"
        "二、行政执法开展情况\n\n1、全面规范办学行为。对民办学校开展“双随机、一公开”检查。\n\n"
        "2、依规认定教师资格。根据《教师资格条例》等有关规定，2022年全年，我局共通过认定1510人。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year, doc.agency) == ("other", 2022, "宁川区教体局")


def test_a_street_enforcement_team_put_up_its_sign_is_its_own_news() -> None:
    # 综合行政执法队: a street's enforcement team is a body of its own, its sign put up today
    text = "今天，宁川市平川区天桥街道综合行政执法队正式挂牌。队员们随即上岗巡查，开出综合执法“第一单”。\n揭牌仪式在街道党群服务中心举行。\n"
    assert document(text).agency == "宁川市平川区天桥街道综合行政执法队"


def test_a_sites_credit_with_a_colon_still_opens_its_lead() -> None:
    # 本网讯： with a colon before the lead's day, as some sites write it
    tail = "平川县司法局通过线上线下组织开展国家安全教育日宣传活动。\n线下，工作人员发放宣传资料300余份。\n"
    for credit in ("本网讯：日前，", "本报讯:4月15日，"):
        assert document(credit + tail).agency == "平川县司法局"


def test_a_bodys_rule_of_law_government_report_titled_a_shufa_report_is_the_years_report() -> None:
    # 某局2025年度法治政府建设述法报告: the bureau's year, its head's duty told in the third person as one part
    body = (
        "一、主要负责人履行推进法治建设第一责任人职责情况\n"
        "局党组书记、局长王某切实履行法治政府建设第一责任人职责，全年主持召开党组会专题研究法治建设工作3次。\n"
        "二、主要举措和成效\n（一）严格落实重大行政决策合法性审查制度，全年审查12件。\n"
    )
    doc = document("宁川区卫生健康局2025年度法治政府建设述法报告\n\n" + body)
    assert (doc.doc_type, doc.report_year, doc.agency) == ("annual_report", 2025, "宁川区卫生健康局")
    # …while the head's own account in the first person stays his 述法
    own = (
        "宁川区卫生健康局局长王某2025年度法治政府建设述法报告\n"
        "一年来，本人认真履行推进法治建设第一责任人职责，现将本人述法情况报告如下：\n"
        "一、履职情况\n本人带头学法，主持召开党组会专题研究法治建设3次。\n"
    )
    assert document(own).doc_type == "accountability_report"


def test_a_kind_of_region_an_essay_speaks_of_is_no_place() -> None:
    # 资源型地区: a kind of region; a prefecture called 地区 is a known one
    text = (
        "作者：某某 信息来源：《行政管理》2020年05期\n"
        "【摘 要】营商环境优化是新时代政府职能转变的新要求。资源型地区以资源禀赋为中心的政府职能设定使营商环境遭到破坏。"
        "十八大后，平川省以政府职能转变为抓手推进改革。\n"
    )
    assert document(text).agency is None
    assert (
        document("近日，和田地区召开法治政府建设推进会，部署全年重点工作。\n会议要求各县市抓好落实。\n").agency
        == "和田地区"
    )


def test_a_yearbook_entry_under_its_survey_heading_is_no_report() -> None:
    # 综 述 (letter-spaced) over a city's year of rule-of-law work: a yearbook's entry, not the city's report
    text = (
        "综 述\n"
        "2015年，全市推进依法行政、公正司法、基层民主法治各项重点工作，依法行政水平明显提升。"
        "全年部署了多项主题宣传活动，共有40.6万人次参与群众投票。全市政法系统共有143名干警被评为业务能手。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("other", 2015)


def test_an_interview_told_as_who_said_what_is_no_leaders_account() -> None:
    # a scholar's interview on a law's history: 我 is the one asked, not a leader reporting his duty
    text = (
        "某教授：过犹不及，行政诉讼的中国实践|1989年《行政诉讼法》回顾专辑\n"
        "我们一直致力于为读者带来最新的裁判观点，这个特别专辑则是回到行政法治的奠基时刻。\n"
        "本文选自某某编著的《行政法治奠基时》一书，已获转载授权。\n"
        "某乙，1944年生。1966年毕业于政法学院。历任讲师（1983）、副教授（1987）、教授（1993）。\n"
        "早年经历\n"
        "某甲（以下简称“甲”）：老师好，谢谢您接受我的采访。您是否先谈一下启动立法时您的情况？\n"
        "某乙（以下简称“乙”）：我对行政诉讼法的研究源于对信访的关注。我不但是研究信访的人，我自己也曾经是一个信访者。\n"
        "我是1962年进的政法学院。在学校时，因为性子直，吃过一些亏。\n"
    )
    assert document(text).doc_type == "other"


def test_a_guide_to_a_work_reports_format_is_no_work_report() -> None:
    text = (
        "【政府工作报告的格式】在政府工作中，报告是一项重要的沟通工具。"
        "政府工作报告通常按照一定的结构和格式进行撰写，其基本框架大致包括以下几个部分：\n"
        "一、标题\n标题一般采用“××人民政府工作报告”的格式。\n二、开头部分\n开头简要说明报告的背景。\n"
    )
    assert document(text).doc_type == "other"


def test_a_headline_subject_acting_with_unnamed_partners_is_the_subject() -> None:
    # 与有关单位共建: the partners are unnamed, the prosecutor's office leads
    text = (
        "平川县检察院与有关单位共建青少年法治教育基地正式启动\n\n"
        "近日，平川县青少年法治教育基地启动仪式在县委党校举行，标志着由多家单位共建的教育基地正式建成。\n"
    )
    assert document(text).agency == "平川县检察院"


def test_a_lead_that_quotes_its_source_first_is_its_subjects_news() -> None:
    # 据某部官网消息，… : the source named before the lead's subject
    text = (
        "据教育部官网消息，教育部日前决定启动全国依法治校示范校创建工作，并制定了创建指南。\n"
        "据悉，高等学校和中小学校的示范创建分别按照测评指标实施。\n"
    )
    assert document(text).agency == "教育部"


def test_a_lead_naming_the_one_body_that_leads_is_that_bodys_news() -> None:
    # 由某局牵头，…参与的实训营正式开班: the body that leads, the others joining
    text = (
        "为加快培育行政执法干部队伍，9月18日下午，由平川区综合行政执法局牵头，“1+6”行政执法单位参与的"
        "行政执法干部实训营正式开班，43名年轻执法骨干参训。\n实训营聘请14位执法专家作为导师。\n"
    )
    assert document(text).agency == "平川区综合行政执法局"


def test_a_lead_opening_on_the_feasts_day_names_its_subject_after_it() -> None:
    # 第8个全民国家安全教育日当天，某办联合…: the day of the feast, then the subject
    text = (
        "第8个全民国家安全教育日当天，平川县委国安办联合县法院、县检察院等单位在国家安全主题公园组织开展模拟法庭活动。\n"
        "本次模拟庭审选取的是一起由真实案例改编的案件。\n"
    )
    assert document(text).agency == "平川县委国安办"


def test_a_sites_credit_with_no_writer_runs_into_its_subject() -> None:
    # 某法制传媒网:某省某市某县坚持以…: the site's name and a colon, then the county
    text = (
        "平川法制传媒网:平川省宁川市青禾县坚持以推进乡镇合法性审查为支点，压实各级责任，健全体制机制。\n"
        "一、建章立制，实现合法性审查工作规范化\n印发《青禾县乡镇合法性审查工作规定》。\n"
    )
    assert document(text).agency == "平川省宁川市青禾县"


def test_a_bodys_meeting_of_a_year_named_by_what_it_does_is_its_news() -> None:
    # 某市人大常委会2020年部门预算草案初步审查会召开: the standing committee's own meeting
    text = (
        "4月27号，平川市人大常委会2020年部门预算草案初步审查会召开，市人大常委会副主任某某出席会议。\n"
        "会议听取了市财政局关于2019年预算执行情况和2020年市级预算草案情况汇报。\n"
    )
    assert document(text).agency == "平川市人大常委会"


def test_a_wire_lead_on_a_heads_words_at_a_meeting_is_the_heads_bodys_news() -> None:
    # 某网某地9月30日电(记者某某)某部部长某某在…会议上强调: the credit, then the minister speaking at the meeting
    text = (
        "我国已建立健全行政戒毒工作体系\n2015年09月30日 15:31:05 来源: 某某网\n"
        "某某网宁川9月30日电(记者某某)平川省司法厅厅长王某在9月29日至30日召开的全省司法行政戒毒工作会议上强调，"
        "目前全省行政戒毒工作体系已经健全。\n会议总结了近年来的戒毒工作。\n"
    )
    assert document(text).agency == "平川省司法厅"


def test_a_two_part_headline_naming_its_body_is_no_addressee_line() -> None:
    # 县水利局： over a slogan and a date line: the headline's subject, not the reader a letter is addressed to
    text = (
        "县水利局:\n深入整治河湖顽瘴痼疾\n日期:03-14\n"
        "本报讯(通讯员某某)近年来，县水利局紧盯河湖管理、河道采砂等重点工作，逐步实现了水清、岸绿、河畅的目标。\n"
        "2022年，该局完成9个河道整治项目。\n"
    )
    assert document(text).agency == "县水利局"
