"""Shapes of session 17 (issue 10), from the development texts and the blind sets FP–FR: news leads whose subject
acts by a deed the report-reading verbs leave out (出台, 携, 与…召开, 邀请).

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import assert_agency, document


def test_a_credit_with_a_colon_then_a_body_that_issues_rules() -> None:
    # 某网讯 通讯员某某报道：近日，市人民政府出台《…规则》: a credit closed by a colon, a deed of issuing
    text = (
        "青溪新闻网讯 通讯员王红、李青报道：近日，市人民政府出台《青溪市人民政府法律顾问工作规则》，进一步规范"
        "法律顾问的选聘和管理。\n《规则》明确，市政府设立法律顾问室，负责指导各县区的法律顾问工作。\n"
    )
    assert_agency(text, "市人民政府", "preamble")


def test_a_purpose_clause_then_a_bureau_that_takes_a_team_along() -> None:
    # 为做好…工作，近日，某县司法局携检查组对…进行实地检查
    text = (
        "本报讯 记者 张三 为做好民主法治示范村复核工作，近日，云岭县司法局携检查组对已命名的两个示范村进行"
        "实地检查评估。\n检查组查阅了台账资料，走访了村民代表。\n"
    )
    assert_agency(text, "云岭县司法局", "preamble")


def test_a_government_that_meets_with_a_court() -> None:
    # 近日，某县人民政府与某中院召开…座谈会: the first of two bodies that meet, named before 与
    text = (
        "近日，石门县人民政府与北溪市中级人民法院召开行政争议预防与化解工作座谈会。副县长刘某出席会议。\n"
        "会议通报了去年全县行政诉讼案件的审理情况。\n"
    )
    assert_agency(text, "石门县人民政府", "preamble")


def test_bodies_that_publish_a_list_are_not_the_news_of_a_village_on_it() -> None:
    # the twin: 近日，司法部、民政部公布了第九批…名单，某村上榜: the village's news, never the publishers'
    text = (
        "近日，司法部、民政部公布了第九批全国民主法治示范村名单，青溪县柳岸镇桃源村上榜。\n"
        "近年来，桃源村坚持民主管理、依法治村，村民安居乐业。\n"
    )
    assert document(text).agency != "司法部"


def test_a_titles_bare_organ_is_named_as_the_opening_names_it() -> None:
    # 应急管理局2024年度工作总结 / 2024年，市应急管理局在市委…领导下: the opening's 市 tells which bureau it is
    text = (
        "应急管理局2024年度工作总结\n"
        "2024年，市应急管理局在市委、市政府的坚强领导下，紧扣安全生产工作目标，各项工作取得新成效。\n"
        "一、工作总结\n（一）防灾减灾能力稳步提升。全年组织应急演练36次。\n"
    )
    assert document(text).agency == "市应急管理局"


def test_a_zone_whose_place_has_a_four_character_name() -> None:
    # 现公布某某某某经济技术开发区2022年政府信息公开工作年度报告: a stem of four characters before 经济技术开发区
    text = (
        "根据《中华人民共和国政府信息公开条例》规定，现公布鄂尔多克经济技术开发区2022年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n2022年，主动公开信息312条。\n"
    )
    assert document(text).agency == "鄂尔多克经济技术开发区"


def test_an_occasion_dated_by_its_year_dates_the_news() -> None:
    # 在2022年“12.4”国家宪法日暨宪法宣传周活动之际，某司法所…: the year the occasion is named with
    text = (
        "在2021年“12·4”国家宪法日暨宪法宣传周活动之际，青溪镇司法所统筹谋划，在全镇掀起宪法学习宣传热潮。\n"
        "一是开展宪法进村居活动。司法所工作人员走进12个村发放宣传资料。\n"
    )
    assert document(text).report_year == 2021


def test_a_year_named_in_passing_is_no_occasion() -> None:
    # the twin: 在2021年工作的基础上…: a year the sentence builds on, with no occasion or period after it
    text = (
        "在2021年工作的基础上，青溪镇司法所进一步完善调解机制，全镇纠纷化解率稳步提升。\n"
        "一是健全调解网络。司法所在12个村设立调解室。\n"
    )
    assert document(text).report_year != 2021


def test_a_person_speaking_for_a_committee_is_no_place() -> None:
    # 某某代表区委依法治区委员会对…点评: 代表 is a verb, so 某某代表区 is no place and no body
    text = (
        "我区召开开门述法专题会议\n"
        "本报讯 2月21日，我区开门述法专题会议召开。区委书记张明主持并讲话。\n"
        "会上，青湖镇、白沙镇、区市场监管局主要负责人就2021年度履行推进法治建设第一责任人职责情况进行了述法。"
        "张明代表区委依法治区委员会对3位负责人的述法情况进行逐一点评。\n"
    )
    agency = document(text).agency
    assert agency is None or "代表" not in agency


def test_a_work_report_whose_part_one_is_a_summary_reports_on_the_year_before() -> None:
    # 2025年政府工作报告 / 一、2024年工作总结: delivered in 2025, it reports on 2024
    text = (
        "2025年政府工作报告\n"
        "——2025年1月20日在青湖区第十七届人民代表大会第四次会议上\n"
        "各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
        "一、2024年工作总结\n"
        "2024年，全区地区生产总值增长6.1%，一般公共预算收入增长4.2%。\n"
        "二、2025年工作安排\n"
        "2025年，全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
    )
    assert document(text).report_year == 2024


def test_a_city_whose_name_starts_as_a_pointer_does_is_a_place() -> None:
    # 本溪市2022年法治政府建设情况报告: 本溪 is a city's own name, not 本 (this) pointing at a city
    text = (
        "本溪市2022年法治政府建设情况报告\n省委依法治省办：\n现将本溪市2022年法治政府建设工作情况报告如下。\n"
        "一、2022年法治政府建设完成情况\n（一）全面依法履行政府职能。梳理调整行政职权主项1782项。\n"
    )
    assert document(text).agency == "本溪市"


def test_this_city_is_still_no_place() -> None:
    # the twin: 本市 and 本街道 point at a place without naming it
    text = (
        "2022年法治政府建设情况报告\n现将本街道2022年法治政府建设工作情况报告如下。\n"
        "一、2022年法治政府建设完成情况\n（一）全面依法履行职能。本街道梳理权责事项86项。\n"
    )
    assert document(text).agency is None


def test_a_template_whose_title_names_a_placeholder_county_names_no_one() -> None:
    # X县配合做好…工作行动方案 … 我县…: a template's placeholder is the whole of the county's name, which 我县 points at
    text = (
        "X县配合做好迎接示范创建实地核查工作行动方案 X县配合做好迎接示范创建实地核查工作行动方案根据市依法治市办的"
        "安排，为做好实地核查和满意度测评工作，制定本方案。\n"
        "一、工作要求\n1.加强宣传。宣传我市创建工作进展情况以及我县推进法治政府建设的好经验、好做法。\n"
        "2.营造浓厚氛围。\n"
    )
    assert document(text).agency is None


def test_a_title_run_into_the_first_sentence_names_no_body_with_the_title_inside() -> None:
    # 区某局行风建设先进事迹材料区某局坚持…: a copy that lost the break after its title; 事迹 is in no body's name
    text = (
        "区地税局行风建设先进事迹材料区地税局坚持行风建设和依法治税并重，不断增强服务意识，构建和谐征纳关系。\n"
        "2021年，行风建设和精神文明建设取得新成效。\n"
    )
    agency = document(text).agency
    assert agency is None or "事迹" not in agency


def test_a_report_about_a_place_delivered_by_its_organ_is_the_organs() -> None:
    # 关于某省2022年度…的审计工作报告 / 某省审计厅厅长 某某: the place is the report's subject, its organ delivers it
    text = (
        "关于青云省2022年度省级预算执行和其他财政收支的审计工作报告\n"
        "——2023年7月25日在青云省第十四届人民代表大会常务委员会第四次会议上\n"
        "青云省审计厅厅长 王明\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "我受省政府委托，向省人大常委会报告2022年度省级预算执行和其他财政收支的审计情况，请审议。\n"
    )
    assert document(text).agency == "青云省审计厅"


def test_an_event_of_a_year_with_its_quoted_name_dates_the_news() -> None:
    # 12月3日下午，2020年宪法宣传周某省主场活动“…年度盛典”在某市举行: the quoted name stands between event and verb
    text = (
        "本报讯 12月3日下午，2021年宪法宣传周青云省主场活动“国家宪法日暨法治青云建设年度盛典”在青湖举行。"
        "市委常委、政法委书记李明在我市分会场收看。\n今年国家宪法日的主题是大力弘扬宪法精神。\n"
    )
    assert document(text).report_year == 2021


def test_a_training_of_a_year_held_in_the_district_dates_the_news() -> None:
    # 近日，2025年全国…能力提升培训在我区举办: a training, not only a 培训班
    text = (
        "青湖融媒讯（记者 王一）近日，2024年全省乡镇综合执法业务骨干能力提升培训在我区举办。此次培训由青云大学主办。\n"
        "培训采取专题讲座和现场教学相结合的方式进行。\n"
    )
    assert document(text).report_year == 2024


def test_a_headline_the_page_dated_is_news() -> None:
    # 某市发挥…优势助力法治政府建设 / 09.10.2016 01:32 / 今年以来，某市政府…: a headline dated as the page posts it
    text = (
        "青湖市发挥政府法律顾问优势助力法治政府建设\n09.10.2021  01:32\n"
        "今年以来，青湖市政府充分发挥政府法律顾问作用，探索运行有效工作模式，在推进依法行政中的作用日益彰显。\n"
        "一是完善顾问制度。出台法律顾问管理办法。\n二是拓展服务范围。全年审查合同86份。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == (DocType.news, 2021)


def test_a_reports_title_the_page_dated_is_still_the_report() -> None:
    # the twin: 某县2024年度法治政府建设工作报告 / 2025-03-20 / 2024年，某县…: a document's title, dated as posted
    text = (
        "青湖县2024年度法治政府建设工作报告\n2025-03-20\n"
        "2024年，青湖县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下。\n"
        "一、主要举措和成效\n（一）依法全面履行政府职能。全年取消行政许可事项6项。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_an_inspection_over_days_written_short_leads_news() -> None:
    # 为…，10月11至10月21日，某县档案局对…开展了…执法检查: the first day without its 日
    text = (
        "为进一步推进依法治档，提高全县档案工作管理水平，10月11至10月21日，青湖县档案局对全县15个乡镇开展了"
        "档案行政执法检查，检查工作成效显著。\n此次执法检查采取听取汇报、查阅资料的方式进行。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_spring_meeting_that_reviews_last_year_and_plans_this_one_is_this_years() -> None:
    # 3月24日，某区召开…会议，总结2024年…工作，部署2025年…任务: held in the year it plans
    text = (
        "3月24日，青湖区召开区委全面依法治区委员会会议，总结2024年全面依法治区工作，研究部署2025年法治建设"
        "重点任务。区委书记王明主持会议并讲话。\n会议审议了有关文件。\n"
    )
    assert document(text).report_year == 2025


def test_a_december_meeting_that_reviews_its_year_is_that_years() -> None:
    # the twin: 12月26日，…总结2024年工作，部署2025年…: held late in the year it reviews
    text = (
        "12月26日，青湖区召开区委全面依法治区委员会会议，总结2024年全面依法治区工作，研究部署2025年法治建设"
        "重点任务。区委书记王明主持会议并讲话。\n会议审议了有关文件。\n"
    )
    assert document(text).report_year == 2024


def test_a_spring_session_that_heard_a_report_is_the_reports_year() -> None:
    # the twin: 3月28日，…审议…关于2022年度法治政府建设情况的报告、2023年工作要点: the report heard dates it
    text = (
        "3月28日，县人大常委会主任李明主持召开县十届人大常委会第十次会议。会议审议了县人民政府关于2022年度法治"
        "政府建设情况的报告，审议通过了县人大常委会2023年工作要点。\n会议还表决通过了有关人事任免事项。\n"
    )
    assert document(text).report_year == 2022
