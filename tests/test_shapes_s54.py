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


def test_a_lead_opening_on_the_full_date_then_a_places_meeting_held_is_the_places() -> None:
    # 2016年1月15日，某县2015年度…评议会在某处召开: the county's own meeting, on the year it reviews
    text = (
        "2018年1月12日,罗江县2017年度乡镇党委书记抓法治建设专项述职评议会在县行政中心三楼会议室召开。"
        "会议由县委书记王某主持。各乡镇党委书记参加会议。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("news", "罗江县", 2017)


def test_a_sessions_agenda_over_the_report_it_heard_leaves_the_reports_title() -> None:
    # 某会议议程 / (date) / 一、审议…；二、听取和审议关于…的报告。 then the report: its title is the report's
    text = (
        "欢迎访问某市人大常委会网站!\n市十五届人大常委会第九次会议议程\n(2025年3月6日)\n一、审议有关人事事项;\n"
        "二、听取和审议关于2024年规范性文件备案审查工作情况的报告。\n"
        "关于2024年规范性文件备案审查工作情况的报告\n(2025年3月6日在某市第十五届人民代表大会常务委员会第九次会议上)\n"
        "主任、各位副主任、各位委员:\n一年来，法工委在市人大常委会的领导下，依法开展备案审查。现将有关情况报告如下：\n"
        "一、主要工作\n全年审查规范性文件86件。\n"
    )
    doc = document(text)
    assert doc.title == "关于2024年规范性文件备案审查工作情况的报告"
    assert (doc.doc_type, doc.report_year) == ("other", 2024)


def test_a_title_in_a_table_cell_between_bars_is_the_title_without_them() -> None:
    text = (
        "| 关于2025年度行政执法情况的工作报告 |\n"
        "按照行政执法“三项制度”有关要求，现将我队2025年度行政执法情况报告如下:\n"
        "一、基本情况\n（一）行政执法主体情况\n某街道办事处作为行政执法主体，履行行政处罚权182项。\n"
    )
    doc = document(text)
    assert doc.title == "关于2025年度行政执法情况的工作报告"
    assert (doc.doc_type, doc.report_year) == ("other", 2025)  # a year of law enforcement, not of rule-of-law work


def test_a_breadcrumb_as_wide_as_a_wrapped_copys_lines_is_not_run_into_the_title() -> None:
    # a copy hard-wrapped at 21 characters: the page's trail, as wide, stays off the title below it
    body = [
        "在摸清底数持续更新的基础上持续完善规范性文",
        "件其他文件的分类展示明确标注规范性文件的名",
        "称文号发布机构索引号主题分类成文及发布日期",
        "有效性等要素提高规范性文件公开质量和搜索功",
        "能的准确性切实将主动公开目录列明的事项公开",
        "到位。",
    ]
    text = "\n".join(
        [
            "您现在所在的位置:首页>市林业局>要闻>公告",
            "肇庆市林业局2023年政务公开工作要点分工方案",
            "一、优化政务公开工作基础",
        ]
        + body
    )
    doc = document(text)
    assert (doc.title, doc.doc_type, doc.agency) == (
        "肇庆市林业局2023年政务公开工作要点分工方案",
        "work_points",
        "肇庆市林业局",
    )


def test_a_rules_chapters_on_disclosure_are_a_rule_not_a_disclosure_report() -> None:
    text = (
        "第二章 政府信息公开的监督\n第七条 政府信息公开工作的监督采用下列形式:\n（一）外部监督。\n（二）内部监督。\n"
        "市交通局每年开展一次全市交通系统政府信息公开工作的社会评议。\n"
        "第八条 各级交通主管部门应当公布政府信息公开监督电话。\n"
        "第三章 政府信息公开的考核\n第九条 政府信息公开工作纳入年度考核。\n"
    )
    assert document(text).doc_type == "other"


def test_my_department_is_no_ministrys_word_for_itself() -> None:
    # 我部门 (our department) is not 我部 (our ministry): the bureau the page posts for stands
    text = (
        "| 标题: | 某开发区财政金融局2025年政府信息公开工作年度报告 | |\n"
        "| 发文日期: | 2026-01-20 | 发布机构: | 高新区财政金融局 |\n"
        "本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n"
        "一、总体情况\n2025年度，我部门收到2条政府信息公开申请。\n"
    )
    assert document(text).agency == "高新区财政金融局"


def test_a_sessions_resolution_on_a_courts_report_broken_over_two_lines_is_the_sessions() -> None:
    text = (
        "黄冈市第六届人民代表大会第三次会议关于\n黄冈市中级人民法院工作报告的决议\n"
        "(2024年1月12日黄冈市第六届人民代表大会第三次会议通过)\n"
        "黄冈市第六届人民代表大会第三次会议听取和审议了市中级人民法院院长所作的工作报告，决定批准这个报告。\n"
    )
    assert document(text).agency == "黄冈市第六届人民代表大会第三次会议"


def test_a_lead_after_the_days_occasion_and_its_purpose_is_news() -> None:
    text = (
        "宪法规定每年12月4日为国家宪法日。今年是第九个国家宪法日，今年的主题是:“大力弘扬宪法精神。” "
        "为进一步增强群众的宪法意识，12月3日下午，某县人民法院组织干警到广场开展宣传活动，发放资料800余份。\n"
    )
    assert document(text).doc_type == "news"


def test_an_event_its_hosts_are_named_before_is_news() -> None:
    text = (
        "由法治某市建设工作领导小组主办、市委宣传部等共同承办的首届“十佳法治单位”评选活动，已于5月10日启动。"
        "社会公众可以通过网站对候选单位进行投票。\n"
    )
    assert document(text).doc_type == "news"


def test_a_meeting_of_a_places_organ_on_a_full_date_is_the_organs_not_the_places() -> None:
    # 2020年7月4日，某县审计局…进点会议在…召开: the place opens the bureau's name; the bureau's meeting
    text = (
        "2021年6月3日,石屏县审计局对县级预算单位2020年度预算执行情况专项审计调查进点会议在县委党校报告厅召开。\n\n"
        "会上，审计组介绍了审计情况，宣读审计通知书。县审计局党组书记、局长李某要求：一是深刻认识审计全覆盖的意义；"
        "二是严格工作纪律。\n"
    )
    assert document(text).agency == "石屏县审计局"


def test_two_signers_side_by_side_over_the_date_are_the_notices_the_first_leading() -> None:
    # 中共某市委…办公室 某市司法局 / 2023年3月21日: the joint signature, not the place the issued points are named for
    text = (
        "各区县党委依法治区（县）办，各区县司法局，市直各部门:\n"
        "现将《2023年潍坊市普法依法治理工作要点》印发给你们，请结合实际认真抓好贯彻落实。\n"
        "中共潍坊市委全面依法治市委员会办公室 潍坊市司法局\n2023年3月20日\n"
        "2023年潍坊市普法依法治理工作要点\n2023年全市普法依法治理工作总的要求是：坚持以习近平法治思想为指导。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("work_points", "潍坊市委全面依法治市委员会办公室")


def test_a_sessions_news_with_a_subheadline_of_who_presided_is_news_of_the_countys_government() -> None:
    # 某某出席会议 某某作政府工作报告 某某主持大会: a session's sub-headline; the speaker's 县人民政府 is the county's
    text = (
        "凝心聚力真抓实干 奋力谱写发展新篇\n县十七届人大四次会议开幕\n王某出席会议 张某作政府工作报告 李某主持大会\n\n"
        "本网讯(记者 赵某)2月26日,酉阳土家族苗族自治县第十七届人民代表大会第四次会议在县会议中心开幕。"
        "210余名县人大代表出席。\n根据会议议程，张某代表县人民政府向大会作政府工作报告。"
        "报告共分三部分：一、2023年工作回顾；二、2024年工作总体要求。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("news", "酉阳土家族苗族自治县人民政府")


def test_a_heads_explanation_of_his_bodys_points_is_an_explainer_not_news() -> None:
    text = (
        "市气象局局长王某:解读《宣城市气象局2021年工作要点》\n一、出台背景\n"
        "2021年是“十四五”开局之年，为做好全年工作，出台《宣城市气象局2021年工作要点》。\n二、起草过程\n"
        "1月8日，市气象局召开局长办公会，研究起草工作要点。\n"
    )
    assert document(text).doc_type == "other"


def test_a_carriers_credit_with_its_correspondents_county_before_a_feature_lead_is_news() -> None:
    # 中国某网某县讯 近年来，某镇…: the paper's credit, its county after its name
    text = (
        "中国某某网民乐讯 近年来,民乐县六坝镇以“创新乡村治理”为着力点,探索镇村依法治理新途径,不断夯实法治根基。\n"
        "压紧压实普法责任。落实“谁执法、谁普法”责任制，推动普法责任落地见效。\n"
    )
    assert document(text).doc_type == "news"


def test_a_years_points_opening_on_what_a_line_of_works_departments_must_do_is_no_report_nor_the_provinces() -> None:
    # 2016年，全省各级农业部门要…: the year ahead; the department writes, the province only names its laws
    text = (
        "2017年,全省各级林业部门要认真贯彻落实党中央关于法治建设的决策部署，切实加强林业法治建设，推进林业依法行政。\n"
        "一、抓好地方林业立法\n1.推进地方林业立法。配合省人大和省政府重点开展《江西省古树名木保护条例》的制订工作，"
        "推动出台《江西省林木种苗管理办法》。\n2.加强规范性文件管理。制定《江西省林业行政执法规范》。\n"
    )
    doc = document(text)
    assert doc.doc_type != "annual_report"
    assert doc.agency is None


def test_a_committees_findings_on_a_provinces_plan_are_not_the_provinces() -> None:
    # 关于某省2021年…计划执行情况…审查结果的报告: the place after 关于 is whose plan was reviewed, not who wrote
    text = (
        "坚持稳字当头 加强创新引领\n\n省十四届人大三次会议主席团第四次会议审议通过\n"
        "关于浙江省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案审查结果的报告\n\n"
        "2024-01-26 07:47\n\n"
        "昨日，省十四届人大三次会议主席团第四次会议审议通过省人大财经委副主任委员所作的审查结果报告。\n"
    )
    assert document(text).agency != "浙江省"


def test_a_metadata_lists_bracketed_field_label_is_no_title() -> None:
    # • [ 发布机构 ] / • 某区教委 …: the page's fields; the report's title, naming the government, comes below them
    text = (
        ">\n\n您当前的位置:公告公示\n\n    • [ 索引号 ]\n    • 11500105450511511J/2022-00108 \n    • [ 发文字号 ]\n"
        "    •  \n    • [ 主题分类 ]\n    • 教育 \n    • [ 体裁分类 ]\n    • 其他 \n    • [ 发布机构 ]\n    • 江北区教委 \n"
        "    • [ 生成日期 ]\n    • 2022-11-08 \n    • [ 发布日期 ]\n    • 2022-11-08 \n\n"
        "江北区人民政府2022年履行教育职责自评报告\n"
        "2021年以来，江北区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。\n一、自查情况\n"
    )
    doc = document(text)
    assert (doc.title, doc.agency) == ("江北区人民政府2022年履行教育职责自评报告", "江北区人民政府")


def test_a_chronicle_of_starred_days_is_no_one_bodys_news() -> None:
    # ★8月2日 … ★8月3日 旗委书记主持召开某委员会会议…: a place's chronicle, each entry another body's
    text = (
        "★8月2日 旗委副书记、代旗长李某深入旗医院、汽车站等地检查疫情防控措施落实情况。\n"
        "★8月3日 旗委书记王某主持召开中共西乌旗委外事工作委员会第三次会议。\n"
        "★8月5日 旗人大常委会召开第二十次主任会议。\n"
    )
    assert document(text).agency is None


def test_a_report_titled_as_the_years_over_a_half_years_formula_is_the_years_report() -> None:
    # 某局2022年法治政府建设年度报告 / …现将我局2022年上半年法治政府建设情况报告如下: published as the year's report
    text = (
        "广州市黄埔区民政局2022年法治政府建设年度报告\n\n发布日期:2023-01-11 15:41 文章来源:黄埔区民政局\n\n"
        "今年以来，我局法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。"
        "现将我局2022年上半年法治政府建设情况报告如下：\n一、主要工作情况\n（一）加强领导，提升队伍能力。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "广州市黄埔区民政局", 2022)


def test_a_speakers_wish_for_a_body_is_no_name() -> None:
    # 他同时希望市政府在…: the words before 市政府 are a person and his verb; no agency is made of them
    text = (
        "某某网讯 昨天上午，市人大、市政府举行2016年重点工作通报会。市长主持会议并讲话。"
        "会上，市人大常委会常务副主任介绍了2016年市人大常委会的重点工作。"
        "他同时希望市政府在地方立法工作、重大事项议题等方面加强沟通。\n"
    )
    agency = document(text).agency
    assert agency is None or not agency.startswith("他")
