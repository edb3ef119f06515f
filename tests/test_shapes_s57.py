"""Shapes of session 57 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.clean import clean

from .support.facts import document


def test_an_honour_told_deep_in_a_reports_first_paragraph_is_one_of_its_results() -> None:
    # an untitled city report: its opening sentence names the city; a later sentence of the same paragraph tells
    # of a unit under it honoured by a ministry, which is one of the year's results, not whose report it is
    text = (
        "关于2023年法治政府建设情况的报告\n来源：司法局\n发布时间：2024-03-06\n"
        "2023年，宁川市坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，"
        "扎实推进依法行政，法治政府建设取得新成效。全市法治建设领域获得国家级荣誉12个。"
        "平川县公安局法制大队被公安部授予全国公安机关成绩突出集体。\n"
        "一、主要举措和成效\n（一）加强组织领导。市政府常务会议专题研究法治政府建设。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "宁川市", 2023)


def test_a_lead_that_opens_on_a_body_honoured_is_still_that_bodys_news() -> None:
    text = "近日，平川县委依法治县办被宁川市委依法治市办评为全市法治宣传先进集体。\n该办多年来坚持…。\n"
    assert document(text).agency == "平川县委依法治县办"


def test_a_signature_that_seals_for_another_body_names_the_signer() -> None:
    # the notice is signed by an office that marks it signs in another's stead: (代)
    text = (
        "平信用办〔2024〕4号\n关于印发平川县创建社会信用体系建设示范县实施方案的通知\n县直各有关单位：\n"
        "经县政府同意，现将《平川县创建社会信用体系建设示范县实施方案》印发给你们，请认真贯彻执行。\n"
        "平川县社会信用体系建设领导小组办公室(代)\n2024年4月17日\n"
        "平川县创建社会信用体系建设示范县\n实施方案\n为全面推进我县示范县创建工作，制定本方案。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("implementation_plan", "平川县社会信用体系建设领导小组办公室")


def test_a_papers_character_count_under_the_headline_does_not_hide_its_date_line() -> None:
    # an e-paper's page: edition, date line, headline and subtitle, the item's character count, then a lead
    # dated by its day only
    text = (
        "当前版:01版\n发布日期:2017年04月27日\n张某在全市普法推进会上要求\n不断提高法治宣传教育水平\n"
        "文章字数:1252\n  本报讯(记者 李某)26日上午,全市普法推进会召开。市委书记张某出席会议并讲话。\n"
    )
    cleaned = clean(text).text
    assert "文章字数" not in cleaned and "2017年04月27日" in cleaned
    assert document(text).report_year == 2017


def test_a_request_sent_up_for_approval_is_no_body() -> None:
    # a template summary: 报请市委 is a verb and its addressee, never the writer
    text = (
        "20XX年度双拥工作情况汇报\n根据要求，现将20XX年双拥工作总结汇报如下：\n"
        "一是报请市委市政府同意后，牵头召开了市双拥工作领导小组全体会议，在全市评选示范单位12个。"
        "二是对我市20XX年以来的双拥工作进行了梳理，起草了申报报告，报请市委、市政府、军分区联合申报。"
        "三是报请市委常委会专题听取双拥工作汇报。\n"
    )
    assert document(text).agency is None


_PART_ONE = (
    "一、2025年法治政府建设的主要举措和成效\n"
    "（一）落实第一责任人责任。严格落实党政主要负责人推进法治建设第一责任人职责，成立街道法治政府建设工作领导小组，"
    "调整完善“党工委领导、办事处负责、各部门协同”的工作格局，将法治建设纳入年度重点工作和绩效考核。"
    "与中心工作同部署、同推进、同考核。\n"
    "（二）深入推进“一规划、两纲要”落实。坚持以习近平法治思想为引领，按照法治政府建设实施纲要的要求，统筹推进"
    "法治建设各项工作。全年召开专题会议4次，研究解决重点问题9个。\n"
    "（三）加强学法用法。组织集中学法12次，干部年度学法考试合格率100%。落实社区法律顾问制度，20个社区法律顾问"
    "定期为居民提供法律咨询。\n"
)


def test_a_report_copied_from_its_part_one_names_the_place_its_sentences_speak_of() -> None:
    # no title and no preamble: the copy starts at part ①; the street office is a sentence's subject further down
    text = _PART_ONE + "（四）提升政府服务效能。青禾街道持续探索依法行政的方法措施，行政服务大厅审批业务有序开展。\n"
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "青禾街道", 2025)


def test_a_report_opening_at_part_one_that_names_two_places_names_neither() -> None:
    text = (
        _PART_ONE
        + "（四）提升政府服务效能。青禾街道持续探索依法行政的方法措施。\n"
        + "（五）加强指导。桃源镇持续开展合法性审查工作。\n"
    )
    assert document(text).agency is None


def test_a_city_led_by_its_own_party_committee_still_reports_as_the_city() -> None:
    # a report addressed to the province, its title lost; the city is led by 省委、省政府和某市委
    text = (
        "江南省人民政府：\n"
        "2016年，在省委、省政府和宁川市委的正确领导下，在市人大的有力监督下，我市认真贯彻落实中央、省关于"
        "建设法治政府的决策部署，全面提升依法行政的能力和水平。\n"
        "一、围绕中心，全力推进法治政府建设\n"
        "（一）强化部署推进。年初印发《2016年宁川市推进依法行政建设法治政府工作要点》，明确年度重点任务。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("宁川市", 2016)


def test_a_legislatures_inspection_of_how_a_law_is_enforced_is_its_own_news() -> None:
    text = (
        "9月9日，平川县人大常委会先后开展了《中华人民共和国人民警察法》执法检查。"
        "15日至17日，县人大常委会副主任张某率组深入到各乡镇，采取听汇报、实地查看等方式开展检查。\n"
    )
    assert document(text).agency == "平川县人大常委会"


def test_a_legislatures_inspection_of_a_body_is_still_not_its_own_news() -> None:
    # the convention kept: an inspection visit (视察) of a body's work is told of the body inspected
    text = "9月9日，平川县人大常委会开展视察活动，对县司法局行政执法工作进行视察。\n"
    assert document(text).agency != "平川县人大常委会"


def test_rule_work_run_onto_a_bodys_name_is_no_longer_name() -> None:
    # the title names the office; a sentence below revises "the office's rules", 修订市委… is no city's committee
    text = (
        "市委政研室2024年主要负责人履行推进法治建设第一责任人职责情况报告\n"
        "2024年以来，在市委的坚强领导下，我带领市委政研室全体干部，深入学习贯彻习近平法治思想。\n"
        "一、2024年工作总结\n（一）完善制度。一是法规研习强意识，组织专题学习20余次。二是制度完善筑根基。"
        "全面梳理和修订市委政研室内控管理制度，新增制度8项。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("accountability_report", "市委政研室")


def test_a_standing_committees_session_on_a_full_agenda_is_its_own_news() -> None:
    # the session heard three of the government's reports, the one on law-based administration last: the agenda,
    # no one report, is the news, as the headline says
    text = (
        "平川县十七届人大常委会召开第三次会议\n\n"
        "6月27日上午，平川县十七届人大常委会第三次会议在县政府综合楼召开。县人大常委会主任张某主持会议。\n\n"
        "会议听取和审议县人大常委会主任会议关于提请任职的议案；听取和审议县政府关于城市建设工作情况的报告；"
        "听取和审议县政府关于全县产业项目工作情况的报告。听取和审议县政府关于依法行政工作情况的报告。\n"
    )
    assert document(text).agency == "平川县十七届人大常委会"


def test_a_session_that_heard_the_rule_of_law_report_first_is_still_the_reporters_news() -> None:
    text = (
        "9月25日，东湖区第五届人大常委会召开第二十七次会议，专题听取和审议东湖区人民政府关于法治政府建设情况。"
        "区人大常委会主任李某主持会议。\n"
        "会议听取和审议了区人民政府关于法治政府建设情况的报告。会议还听取和审议了东湖区人民政府关于上半年"
        "计划执行情况的报告、东湖区人民政府关于决算草案的报告、东湖区国有资产管理情况报告。\n"
    )
    assert document(text).agency == "东湖区人民政府"


def test_a_ministers_report_to_the_legislature_is_the_governments_it_speaks_for() -> None:
    text = (
        "关于2020年度环境状况和环境保护目标完成情况的报告\n"
        "——2021年4月26日在第十三届全国人民代表大会常务委员会第二十八次会议上\n"
        "按照环境保护法规定和全国人大常委会安排，受国务院委托，就2020年度环境状况和环境保护目标完成情况报告如下，"
        "请审议。\n党中央、国务院高度重视生态环境保护工作。\n"
    )
    assert document(text).agency == "国务院"


def test_a_city_holding_a_ceremony_is_the_leads_subject() -> None:
    text = (
        "在国家宪法日到来之际，12月1日，宁川市隆重举办“学习宪法、维护宪法权威”主题法治宣传教育活动启动仪式。"
        "此次活动由中共宁川市委、宁川市人民政府主办，宁川市司法局承办。\n"
    )
    assert document(text).agency == "宁川市"


def test_a_mirrors_heading_over_the_documents_own_title_takes_the_year_the_body_agrees_with() -> None:
    # the template site's heading carries its own years; the document's title, printed twice below it, and the
    # body's opening say 2020
    text = (
        "市交通运输局2022年工作总结和2022年工作计划\n神洲文档网 发表于2022-03-16 21:58:37\n"
        "市交通运输局2020年工作总结和2021年工作计划\n市交通运输局2020年工作总结和2021年工作计划\n"
        "2020年，在市委、市政府的正确领导下，市交通运输局围绕中心、服务大局，顺利推进实现年度各项目标任务。\n"
        "一、2020年工作总结\n（一）统筹疫情防控和经济社会发展工作。\n"
    )
    assert document(text).report_year == 2020


def test_a_mirrors_heading_with_no_restated_title_under_it_still_gives_no_year() -> None:
    text = (
        "市交通运输局2022年工作总结\n"
        "2020年，在市委、市政府的正确领导下，市交通运输局围绕中心、服务大局，顺利推进实现年度各项目标任务。\n"
        "一、2020年工作总结\n（一）统筹疫情防控和经济社会发展工作。\n"
    )
    assert document(text).report_year is None


def test_a_self_check_on_open_government_over_its_year_is_no_rule_of_law_report() -> None:
    # a document site's copy: title, preamble and parts run together on one line, the formula reports 一年来 of
    # open-government work (政务公开), whatever law-based administration its sentences name
    text = (
        "文档简介\n1/4市卫生局政务公开工作自查报告根据市委、市政府精神,市卫生局坚持全面推进依法行政,进一步加强卫生"
        "法制建设,不断加大政务公开力度。现将一年来政务公开工作自查情况汇报如下一、加强领导,落实责任市卫生局高度"
        "重视政务公开工作,调整了以局长为组长的政务公开领导小组。为提高行政执法效率,增强工作的透明度,我局将行政"
        "审批的程序、条件、时限等规定向社会公示,并建立了内部监督制约机制。二、政务公开的内容及形式(一)文件、政策的公开。"
    )
    assert document(text).doc_type == "other"


def test_a_citys_disclosure_report_is_not_its_contact_bureaus() -> None:
    # untitled; the preamble gives a bureau to contact, the body speaks as 我市
    text = (
        "本年度报告根据政府信息公开相关法律、法规的规定编制，内容包括：总体情况、主动公开政府信息情况、收到和处理"
        "政府信息公开申请情况、存在的主要问题及改进情况等部分。本年度报告中所列数据统计期限从2019年1月1日到12月31日止。"
        "如对本年度报告有疑问，请与宁川市行政审批服务局联系（电话：0000-5501987）。\n一、总体情况\n"
        "2019年，我市认真贯彻《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”的原则。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("information_disclosure_report", 2019)
    assert doc.agency != "宁川市行政审批服务局"


def test_a_disclosure_reports_figure_left_from_last_year_does_not_overrule_title_and_opening() -> None:
    text = (
        "平川县乡村振兴局2021年政府信息公开工作年度报告\n一、总体情况\n"
        "2021年我办以习近平新时代中国特色社会主义思想为指导，加大公开力度，实现政府信息公开工作平稳有序开展。\n"
        "（一）主动公开政府信息情况：截至2020年12月31日，我办通过网站公布信息1877条。\n"
    )
    assert document(text).report_year == 2021


def test_a_credit_naming_a_bureaus_general_office_is_the_bureaus() -> None:
    text = (
        "12月30日下午，青禾市常务副市长王某一行前往市财政局、市税务局调研2020年度财税收入完成情况，"
        "市财政局局长李某陪同调研。王某充分肯定了市财税部门2020年工作成绩。\n（青禾市财政局办公室）\n"
    )
    assert document(text).agency == "青禾市财政局"


def test_a_credit_naming_a_governments_general_office_stays_that_office() -> None:
    text = "12月30日，全市政务服务工作推进会召开，会议部署了下一步工作。\n（青禾市人民政府办公室）\n"
    assert document(text).agency == "青禾市人民政府办公室"


def test_a_disclosure_work_report_under_a_mirrors_year_takes_its_statistics_year() -> None:
    # the mirror titles the page with the year the ministry's notice was issued; the report it carries covers 2019
    text = (
        "平川部2020年政府信息公开工作报告\n平川部\n公\n告\n2020 年\n第 2 号\n"
        "按照《中华人民共和国政府信息公开条例》有关要求，我部编制了《平川部 2019 年政府信息公开工作报告》，现予公布。\n"
        "平川部\n2020 年 1 月 22 日\n平川部 2019 年政府信息公开工作报告\n"
        "报告所列数据的统计期限为 2019年 1 月 1 日至 2019 年 12 月 31 日。\n一、总体情况\n"
        "2019 年，平川部继续丰富政府信息公开渠道，扎实做好政府信息公开工作。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("information_disclosure_report", 2019)


def test_an_essay_that_calls_itself_the_article_is_no_report() -> None:
    text = (
        "当前位置:首页 > 检察\n行政诉讼中行政机关败诉原因实证分析\n——以A地行政败诉案件为样本\n"
        "文章字体:【 】 发布日期: 2024-09-12 来源:《某某》杂志\n"
        "党的十八大以来，我国坚持在法治轨道上推进国家治理体系和治理能力现代化。基层行政机关的败诉率也成了法治政府"
        "建设面临的重要困境。文章以A地2021—2023年行政诉讼情况为视角，分析原因、提出对策，以期对促进法治政府建设有所"
        "助益。\n一、2021—2023年A地行政败诉情况\n全市一审行政应诉案件共计4296件，败诉686件，败诉率为15.91%。\n"
        "二、2021—2023年A地行政败诉原因分析\n（一）行政执法不规范。\n"
    )
    cleaned = clean(text).text
    assert "文章字体" not in cleaned
    assert document(text).doc_type == "other"


def test_an_untitled_town_disclosure_report_names_the_town_whose_period_it_covers() -> None:
    text = (
        "一、总体情况\n根据《中华人民共和国政府信息公开条例》及上级政府信息公开工作相关要求，结合青禾镇2025年政府工作"
        "实际，编制本报告。报告涵盖2025年1月1日至12月31日期间青禾镇政府信息公开工作情况，包括总体情况、主动公开、"
        "依申请公开等内容。2025年，青禾镇政府信息公开工作以习近平新时代中国特色社会主义思想为指导。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("information_disclosure_report", "青禾镇", 2025)


def test_a_compilations_list_of_reports_names_none_of_their_writers() -> None:
    text = (
        "2020年政务公开工作总结汇编(20篇)\n\n2021-01-08 18:05:59\n\n"
        "1.平川县公安局2020年政务工作总结\n\n2.青禾县发改委2020年政务公开工作总结\n\n"
        "3.宁川县气象局2020年政务公开工作总结\n\n4.东湖市民政局2020年政务公开工作总结\n"
    )
    assert document(text).agency is None


def test_a_towns_yearly_meeting_held_is_the_towns_news() -> None:
    text = (
        "某网讯 通讯员 张某 报道:3月9日,青禾镇2022年度政法工作会议召开,镇领导班子全体成员、机关干部、各村书记等"
        "70多人参加会议。会议传达学习了上级政法工作会议精神。\n"
    )
    assert document(text).agency == "青禾镇"


def test_a_purpose_clause_closed_with_a_stop_still_opens_the_lead() -> None:
    text = (
        "为深入推进法治乡村建设，提升“法律明白人”的法治素养，充分发挥“法律明白人”在参与基层治理中的示范引领作用，"
        "增强学法、用法、守法的社会氛围。青禾镇组织辖区“法律明白人”60余人开展法治专题培训。\n"
        "培训会上，司法所工作人员围绕宪法和民法典进行了讲解。\n"
    )
    assert document(text).agency == "青禾镇"


def test_a_purpose_clause_with_its_subject_after_a_comma_keeps_that_subject() -> None:
    text = (
        "为深化青少年税收法治宣传教育，近日平川县税务局普法志愿服务队来到青禾镇中心小学开展普法活动。"
        "活动中，志愿者为同学们讲解了税收知识。\n"
    )
    assert document(text).agency == "平川县税务局"


def test_a_report_opening_on_its_year_in_characters_names_its_place() -> None:
    text = (
        "宁川市私家侦探公司-宁川市发布2022年度法治政府建设情况报告\n"
        "二零二二年，宁川市以新时代中国特色社会主义思想为引领，全面贯彻党的二十大精神，持续深化法治政府建设，收获了"
        "显著成果。法治建设考核成绩连续四年获得最高评级；行政负责人出庭应诉比例达98.22%。\n"
        "一、坚持党的领导，统筹推进法治政府建设\n（一）加强学习宣传。市政府常务会议专题学法12次。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("宁川市", 2022)


def test_the_subject_of_a_clause_of_time_is_not_the_explainers_writer() -> None:
    text = (
        "一、制定背景\n一是全面有效贯彻执行修订后的统计法的需要。1987年公布施行的实施细则是根据1983年制定的统计法制定的。"
        "全国人大常委会对统计法进行全面修订后，实施细则的主要内容与修订后的统计法不一致，需要出台新的实施条例。\n"
    )
    assert document(text).agency is None


def test_a_township_justice_office_joining_others_is_the_leads_doer() -> None:
    text = (
        "2020年10月13日，青禾司法所联合村（社）法律顾问团队到青禾街道联盟村为70余名村民开展“法律大讲堂”普法活动。"
        "本次活动采取常用法律知识问答方式进行。\n"
    )
    assert document(text).agency == "青禾司法所"


def test_a_disclosure_report_named_at_its_start_names_the_office_that_compiled_it() -> None:
    text = (
        "|\n宁川省2013年政府信息公开工作年度报告是根据《中华人民共和国政府信息公开条例》要求，由宁川省人民政府办公厅"
        "综合各市、州人民政府和省政府各部门的政府信息公开年度报告编制而成。报告中所列数据的统计期限自2013年1月1日起"
        "至2013年12月31日止。如对本报告有任何疑问，请与宁川省政府信息技术办公室联系。\n一、概述\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == (
        "information_disclosure_report",
        "宁川省人民政府办公厅",
        2013,
    )


def test_an_opinion_whose_purpose_clause_ends_in_its_formula_is_a_plan() -> None:
    text = (
        "各高等学校，各市教育局：\n"
        "为贯彻落实教育部《关于进一步加强高等学校法治工作的意见》，切实加强我省高等学校法治工作，推动我省高等学校"
        "法治建设，提出以下意见。\n一、提高政治站位，落实领导责任\n学习贯彻习近平法治思想，把法治工作摆在重要位置。\n"
    )
    assert document(text).doc_type == "implementation_plan"


def test_a_notice_carries_the_plan_it_names_first_not_the_reply_it_cites() -> None:
    text = (
        "您好，欢迎访问宁川市生态环境局网站！ 今天是： 设为首页 | 无障碍阅读 | 加入收藏\n"
        "索引号000014349/2025-38375 主题词宁川市生态环境保护工作领导小组办公室 关于印发宁川市生态文明建设示范区"
        "规划(修编)(2025—2030年)的通知\n发文单位宁川市生态环境局 效力状态有效\n正文\n"
        "宁川生态环境保护工作领导小组办公室\n关于印发宁川市生态文明建设示范区规划(修编)2025—2030年)的通知\n"
        "各区人民政府办公室，各相关单位：\n"
        "《宁川市生态文明建设示范区规划（2025—2030年）》经市政府常务会议审议通过，按照市政府《关于宁川市生态文明"
        "建设示范区规划(修编)(2025—2030年)的批复》(宁政函〔2025〕48 号)相关要求，现印发给你们。请认真贯彻执行。\n"
        "宁川市生态环境保护工作领导小组办公室\n2025年5月9日\n"
        "宁川市生态文明建设示范区规划\n生态文明建设是关系中华民族永续发展的根本大计。本规划明确了示范区建设的"
        "总体要求、主要目标和重点任务。\n一、总体要求\n"
    )
    assert document(text).doc_type == "implementation_plan"


def test_a_copy_opening_on_what_a_body_told_is_that_bodys_news() -> None:
    # the reporter was cut off: the copy opens on 从某厅获悉
    text = (
        "从宁川省司法厅获悉，“全省开展‘1名村（居）法律顾问+N名法律明白人’行动实施方案”已经印发，推出五项措施，"
        "提升“法律明白人”培养质效，助力法治乡村建设。\n实施方案明确，到2025年底实现全覆盖。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("news", "宁川省司法厅")


def test_a_named_font_control_row_is_furniture_and_keeps_the_date_line_over_the_lead() -> None:
    text = (
        "您当前的位置: 平川市人民政府> 工作动态> 各镇快讯> 正文详情\n\n青禾镇:宪法宣传周,我们在行动\n\n"
        "作者:李某 发布时间:2021-12-08 08:26 来源:本站原创\n字体调节: A+ A- 操作:\n\n"
        "为弘扬宪法精神,维护宪法权威,青禾镇组织司法所、派出所、综治办等部门开展了丰富多样的“宪法宣传周”活动。\n"
        "宪法宣传进机关。组织机关干部集中学宪法3次。\n"
    )
    cleaned = clean(text).text
    assert "字体调节" not in cleaned and "2021-12-08" in cleaned


def test_a_media_copyright_centre_closing_a_news_page_is_no_writer() -> None:
    text = (
        "青禾首个宪法主题公园正式向公众开放\n\n2022/05/25/ 08:46 来源:宁川晚报 记者 张某\n\n"
        "  每日宁川网5月25日讯 5月23日,青禾区首个宪法主题公园在南滨河公园正式落成并对外开放。\n\n"
        "  该公园在不改变原有自然景观的前提下，充分利用原有广场、草坪及景观场地，以宪法为主题，注入大量法治文化元素，"
        "以雕塑、宣传栏等形式展示宪法知识，让市民在休闲中学法。\n\n"
        "  据了解，宪法主题公园项目于去年正式启动，计划分三期建设，一期工程已经完工，二期工程正在推进。\n\n"
        "  宁川日报社全媒体记者 张某 文/图\n\n"
        "版权声明\n\n为加强原创内容保护,宁川日报报业集团各子报已将其所有的版权统一授予江西媒体版权保护中心进行保护。"
        "任何机构未经江西媒体版权保护中心许可,不得转载。\n\n江西媒体版权保护中心\n"
    )
    assert document(text).agency != "江西媒体版权保护中心"


def test_the_first_year_after_a_party_congress_dates_a_news_item_that_names_none() -> None:
    text = (
        "本报讯 近日，青禾县召开全县卫生健康工作会议。\n会议指出，今年是全面贯彻落实党的二十大精神的开局之年，"
        "全县卫生健康系统要紧盯重点领域和关键环节，持续深化医改。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("青禾县", 2023)


def test_a_dated_lead_listing_the_reports_a_delegation_reviewed_is_news() -> None:
    # one long line, no breaks: its lead lists three reports with 、, none of them the text's title
    text = (
        "2月28日,县委副书记、政法委书记张某参加县六届人大三次会议青禾镇代表团分组讨论,同与会代表们共同审议县人大常委会"
        "工作报告、县人民法院工作报告、县人民检察院工作报告。讨论现场气氛热烈,代表们围绕报告积极建言献策。\n"
        "张某认真倾听,仔细记录,并与大家一起交流探讨。\n"
    )
    assert document(text).doc_type == "news"


def test_a_naming_decision_told_by_the_body_the_reporter_asked_is_that_bodys_news() -> None:
    text = (
        "8月14日，记者从东湖区教委获悉，市教委日前印发了《关于命名首批新时代依法治校示范校的通知》，决定命名17所高校、"
        "22所中学、30所小学为“宁川市新时代依法治校示范校”并授牌。其中，我区两所学校入选。\n"
        "近年来，区教委坚持把依法治校作为学校治理的基本方式。\n"
    )
    assert document(text).agency == "东湖区教委"


def test_a_target_year_in_a_meetings_story_is_not_its_year() -> None:
    # dated by day only; the only year named is the one the plan aims to reach
    text = (
        "7月8日下午，宁川市委依法治市办召开法治宁川建设规划起草工作协调会。市委依法治市办主任张某参加会议并讲话。\n"
        "会议指出，制定规划是谋篇布局下一个五年法治宁川建设的基础工程，对实现2025年法治宁川建设取得重大进展具有"
        "重要意义。\n"
    )
    assert document(text).report_year is None


def test_a_five_year_summary_run_into_its_first_line_gives_no_one_year() -> None:
    text = (
        "青禾乡五年工作总结及下一步工作计划2011年以来，乡党委、政府在县委、县政府的正确领导下，坚持以人为本，"
        "开拓创新，以加快发展为第一要务，全乡经济社会发展取得了显著成绩。一、五年来的主要成绩\n"
    )
    assert document(text).report_year is None


def test_a_body_ranked_in_a_circulated_assessment_is_the_news_not_the_circulating_body() -> None:
    text = (
        "日前，中共平川县委 平川县人民政府通报了2020年度乡镇目标管理绩效考核和县直机关目标管理绩效考核的结果，"
        "平川县司法局取得第二类考核单位第一名的好成绩，获评优秀等次。\n"
        "近年来，全县司法行政系统深入学习贯彻习近平法治思想，各项业务工作有声有色。\n"
    )
    assert document(text).agency == "平川县司法局"


def test_a_lead_of_lately_on_a_place_deploying_work_is_news() -> None:
    text = (
        "近期，青禾全面部署《民法典》宣传教育工作，推动全区掀起学习宣传《民法典》的热潮。\n"
        "一是营造机关内氛围。向区委、区政府等机关部门共赠送《民法典》330本。\n"
    )
    assert document(text).doc_type == "news"


def test_a_new_areas_management_committee_work_report_is_a_work_report() -> None:
    text = (
        "青禾新区2023年管理委员会工作报告\n\n一、2022年工作回顾\n\n2022年是极不平凡、极其难忘的一年。一年来，我们始终坚持"
        "以习近平新时代中国特色社会主义思想为指导，全力推动新区高质量发展。\n二、2023年工作安排\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("government_work_report", 2022)


def test_a_papers_item_quoting_a_commendation_decision_is_news() -> None:
    text = (
        "来源:宁川公安报\n2023-02-14 08:53:02\n原标题:宁川表彰年度全省优秀市级公安局\n"
        "本报讯 记者李某报道:近日,宁川省公安厅通报表彰2022年度全省优秀市级公安局,青禾市公安局等10个公安局获得表彰。\n"
        "2022年,宁川公安机关坚持总体国家安全观,统筹发展和安全,全面做好防风险、保安全、护稳定各项工作。\n"
        "省公安厅决定对10个达到“优秀”等级的市级公安局予以通报表彰。\n"
    )
    assert document(text).doc_type == "news"


def test_a_commendation_decision_itself_stays_no_news() -> None:
    text = (
        "关于表彰2022年度全省优秀市级公安局的通报\n各市公安局：\n"
        "2022年，全省公安机关坚持总体国家安全观，全面做好防风险、保安全、护稳定各项工作。为鼓励先进，省公安厅决定对"
        "10个达到“优秀”等级的市级公安局予以通报表彰。\n"
    )
    assert document(text).doc_type == "other"


def test_a_notice_issuing_a_work_reports_targets_is_no_work_report() -> None:
    text = (
        "平川区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n发布日期:2022-01-21\n"
        "各镇人民政府、街道办事处，区级各部门：\n"
        "现将2022年区政府工作报告目标任务印发给你们，请认真抓好落实。\n平川区人民政府办公室\n2022年1月20日\n"
        "2022年区政府工作报告目标任务\n一、稳增长\n1.地区生产总值增长6%。（牵头单位：区发展改革委）\n"
    )
    assert document(text).doc_type != "government_work_report"
