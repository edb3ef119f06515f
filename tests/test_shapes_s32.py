"""Shapes of session 32 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean

# a wire's item on a province's report being published, no brackets round the report's name, after a paragraph
# the mirror site pasted above it
_PUBLISHED = (
    "各级工会要把学习宣传作为首要任务，面向基层广泛开展宣讲活动。\n"
    "青禾社云州3月20日电（记者 王明）3月20日，2024年云岭省法治政府建设情况报告发布。报告显示，"
    "全省涉企检查次数同比下降25%，行政复议案件同比增长30.5%。\n"
    "“硬约束”规范执法\n"
    "报告披露，全省清理不符合条件的执法证件3100个。\n"
)


def test_a_wire_on_a_published_report_names_the_report_owner() -> None:
    d = summarize(text=_PUBLISHED).document
    assert d.doc_type == "news"
    assert d.agency == "云岭省"
    assert d.report_year == 2024


def test_a_report_to_be_published_is_not_the_news_owner() -> None:
    # the report is the subject only when it is being published; a report merely prepared names no one
    text = (
        "3月20日，青禾县召开法治政府建设工作推进会。会上，县司法局通报了2024年云岭省法治政府建设情况报告起草安排。\n"
        "会议要求各单位按时报送材料。\n"
    )
    assert summarize(text=text).document.agency != "云岭省"


# a publicity event a county's rule-of-law office leads (由某办牵头，组织…开展…活动), its headline saying only 我县
_LED_EVENT = (
    "我县开展法治政府建设示范创建宣传活动\n"
    "6月5日，由县委依法治县委员会办公室牵头，组织全县20多家执法部门在法治广场开展集中宣传活动。"
    "县委常委、政法委书记张华参加活动。\n"
    "活动现场，各单位通过展板、资料向群众讲解创建的意义。\n"
)


def test_an_event_led_by_one_office_is_that_offices() -> None:
    d = summarize(text=_LED_EVENT).document
    assert d.doc_type == "news"
    assert d.agency == "县委依法治县委员会办公室"


def test_an_event_led_by_two_offices_names_neither() -> None:
    text = _LED_EVENT.replace("县委依法治县委员会办公室牵头", "县司法局、县普法办牵头")
    assert summarize(text=text).document.agency not in ("县司法局", "县普法办")


# a county outlet's lead (某某新闻网讯（记者 某某）…，我县在…召开…): the county it is named after, in full
_OUTLET = (
    "青禾新闻网讯（记者 李文）11月4日上午，我县在行政中心会议室召开创建全国法治政府建设示范县新闻发布会。"
    "会议邀请10家媒体参加。\n"
    "发布会上，县司法局负责人介绍了创建工作进展。\n"
)


def test_a_county_outlets_lead_on_our_county_names_the_county() -> None:
    d = summarize(text=_OUTLET).document
    assert d.doc_type == "news"
    assert d.agency == "青禾县"


def test_an_outlet_lead_on_our_city_is_the_city_not_the_county() -> None:
    assert summarize(text=_OUTLET.replace("我县", "我市")).document.agency == "青禾市"


# a city holding the meeting of its own leading group, said as the whole city's (某市召开全市…领导小组会议)
_WHOLE_CITY_GROUP = (
    "3月30日下午，青禾市召开全市行政复议体制改革领导小组会议，会议听取了全市改革进展情况，"
    "副市长、领导小组副组长王明出席会议并讲话。\n"
    "会议强调，各县区、各部门要加强协调，同心协力推进改革落地。\n"
)


def test_a_citys_meeting_of_its_whole_city_group_is_the_groups() -> None:
    d = summarize(text=_WHOLE_CITY_GROUP).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市行政复议体制改革领导小组"


def test_a_citys_whole_city_work_meeting_stays_the_citys() -> None:
    # a meeting named for its business, not a body, is the city's own
    text = _WHOLE_CITY_GROUP.replace("全市行政复议体制改革领导小组会议", "全市行政复议工作会议")
    assert summarize(text=text).document.agency == "青禾市"


# a district congress's evaluation of one bureau, told by the congress's own site (…对区司法局工作开展评议调研)
_EVALUATION = (
    "青禾人大网讯（记者 赵敏）为开展好评议工作，11月13日，区人大常委会副主任周红带队，区人大代表参加，"
    "对区司法局工作开展评议调研。\n"
    "周红一行到区公共法律服务中心实地调研，听取相关负责人介绍，并召开评议会。\n"
    "会上，区司法局负责人从2019年工作情况、存在问题和下一步打算三方面作了汇报。\n"
)


def test_a_congress_evaluating_one_bureau_is_news_of_that_bureau() -> None:
    d = summarize(text=_EVALUATION).document
    assert d.doc_type == "news"
    assert d.agency == "区司法局"


def test_a_congress_evaluating_three_bureaus_names_none_of_them() -> None:
    text = _EVALUATION.replace("对区司法局工作", "对区水利局、区人社局、区司法局工作")
    assert summarize(text=text).document.agency not in ("区水利局", "区人社局", "区司法局")


# a street's disclosure report that opens on its rules and its contact, put as a possibility (可与某街道办事处联系)
_MAY_CONTACT = (
    "根据《中华人民共和国政府信息公开条例》要求，编制本报告并向社会公开。本报告所列数据的统计期限自2025年1月1日起"
    "至2025年12月31日止。如对本报告有疑问，可与市中区青禾路街道办事处联系（地址：青禾路8号，电话：0632-1234567）。\n"
    "一、总体情况\n"
    "2025年，我街道认真贯彻落实条例，主动公开信息310条。\n"
)


def test_a_disclosure_report_whose_reader_may_contact_a_street_is_the_streets() -> None:
    d = summarize(text=_MAY_CONTACT).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "市中区青禾路街道办事处"
    assert d.report_year == 2025


# one year's action plan posted on a city bureau's open-government page (某市建设某中心2019年度行动计划)
_YEAR_ACTION_PLAN = (
    "青禾市建设区域性物流中心城市2019年度行动计划\n"
    "根据《青禾市建设区域性物流中心城市实施纲要(2017—2030)》精神，为加快推进建设工作，制定本行动计划。\n"
    "一、总体思路\n"
    "以新时代中国特色社会主义思想为指导，高质量推进物流中心城市建设。\n"
    "二、基本原则\n"
    "（一）突出重点、分步实施。立足当前实际，重点打基础、补短板。\n"
)


def test_one_years_action_plan_is_that_years_work_points() -> None:
    d = summarize(text=_YEAR_ACTION_PLAN).document
    assert d.doc_type == "work_points"
    assert d.report_year == 2019


def test_an_action_plan_for_a_span_of_years_stays_a_plan() -> None:
    text = _YEAR_ACTION_PLAN.replace("2019年度行动计划", "三年行动计划(2019-2021年)")
    assert summarize(text=text).document.doc_type == "implementation_plan"


# an evaluation team's visit headlined by the place's short name (某评估组到琅琊开展“八五”普法中期评估), the item
# written by that district (到我区开展…)
_SHORT_VISITED = (
    "青禾市评估组到松林开展“八五”普法中期评估\n"
    "来源：松林区司法局 发布时间：2023-10-07 15:12\n"
    "9月26日上午，市委宣传部副部长王林带领青禾市“八五”普法中期评估小组一行到我区开展中期评估验收。\n"
    "评估组先后到区人民法院、实验学校等单位实地走访，详细了解松林区“八五”普法中期工作开展情况。\n"
)


def test_a_district_visited_by_its_short_name_is_named_in_full() -> None:
    d = summarize(text=_SHORT_VISITED).document
    assert d.doc_type == "news"
    assert d.agency == "松林区"


def test_a_short_name_the_text_never_gives_in_full_names_no_one() -> None:
    text = _SHORT_VISITED.replace("详细了解松林区", "详细了解全区").replace("松林区司法局", "区司法局")
    assert summarize(text=text).document.agency != "松林区"


def test_an_outlets_lead_on_our_citys_honours_is_not_the_city_acting() -> None:
    # 我市有多项工作获表彰: the city's bureaux are honoured; the outlet's place does no deed of its own
    text = (
        "青禾日报讯（李明）在7月23日召开的全省司法行政系统工作会议上，我市有多项工作成效显著，获得省厅表彰。"
        "其中，市司法局被表彰为新闻宣传工作先进集体。\n"
        "近年来，全市司法行政工作以服务发展为主线，推进普法工作上台阶。\n"
    )
    assert summarize(text=text).document.agency != "青禾市"


# a district site's page: its menu and a list of links cut short with an ellipsis, then a bureau's report untitled
_CUT_LINKS = (
    "首页\n要闻动态\n政务公开\n"
    "關於青禾市松林區某公司物流項目用海變更...\n"
    "青禾市松林區松林鎮2025年度第五批次城鎮建設用地...\n"
    "征地補償安置方案公告\n"
    "2025年，区文广旅体局严格按照法治政府建设工作要求，严格履行职能。现将我局法治政府建设工作自查报告如下：\n"
    "一、2025年工作情况\n"
    "2025年以来，我局高度重视依法行政工作，局主要领导履行推进法治建设第一责任人职责。\n"
    "二、存在的问题\n"
    "执法人员专业素质有待提高。\n"
)


def test_a_link_cut_short_is_never_the_title() -> None:
    d = summarize(text=_CUT_LINKS).document
    assert d.doc_type == "annual_report"
    assert d.agency == "区文广旅体局"
    assert not (d.title or "").startswith("青禾市松林区松林镇2025年度")


# a bureau's report copied from its part ①: the site's date and source rows, then 一、主要举措和成效 over a first
# section on the rule-of-law government work, its title and opening lost
_FROM_PART_ONE = (
    "发布日期：2025-02-20 10:43 来源：区卫生健康委\n"
    "一、主要举措和成效\n"
    "（一）全面加强党对法治政府建设的领导\n"
    "1.将上级重要讲话精神纳入委党委第一议题学习，列入2024年度普法学习清单。\n"
    "2.委党委理论学习中心组集体学习2次。\n"
    "（二）依法全面履行政府部门职能\n"
    "3.推进医疗集团建设，实现群众就近就医。\n"
)


def test_a_report_copied_from_its_part_one_is_a_report() -> None:
    d = summarize(text=_FROM_PART_ONE).document
    assert d.doc_type == "annual_report"
    assert d.report_year == 2024


def test_a_summary_of_other_work_under_the_same_heading_is_not() -> None:
    text = _FROM_PART_ONE.replace("法治政府建设的领导", "医疗服务的领导")
    assert summarize(text=text).document.doc_type != "annual_report"


# a city's WeChat post on its honour: the headline names the city short after an exclamation (…示范市！某地喜获…),
# the post's short lines tell of the national office that issued the decision naming it
_HONOURED = (
    "全国法治政府建设示范市！青禾喜获“金名片”\n\n"
    "近日\n\n"
    "中央全面依法治国委员会办公室印发\n\n"
    "《关于第二批全国法治政府建设示范地区和项目命名的决定》\n\n"
    "青禾\n\n成功入选\n\n"
    "示范创建活动开展以来，青禾市高度重视、积极参与，将法治政府建设作为全面依法治市的重点任务纵深推进。\n"
)


def test_a_city_honoured_by_a_national_decision_is_the_news_owner() -> None:
    d = summarize(text=_HONOURED).document
    assert d.doc_type == "news"
    assert d.title == "全国法治政府建设示范市！青禾喜获“金名片”"
    assert d.agency == "青禾市"


def test_a_short_name_given_in_full_at_two_levels_names_neither() -> None:
    text = _HONOURED.replace("青禾市高度重视", "青禾市、青禾县高度重视")
    assert summarize(text=text).document.agency not in ("青禾市", "青禾县")


# a prefecture's project wins a national award, told from the ceremony (…颁奖典礼上，某州政府“某某”项目荣获…)
_PROJECT_AWARD = (
    "11月18日，在北京举办的第三届“中国法治政府奖”评选暨颁奖典礼上，青禾州政府“乡镇法治政府建设新探索”项目"
    "荣获“中国法治政府奖”。\n"
    "据介绍，该奖项由一所大学的研究院发起设立，每两年举办一次。\n"
)


def test_a_body_whose_project_wins_an_award_is_the_news_owner() -> None:
    d = summarize(text=_PROJECT_AWARD).document
    assert d.doc_type == "news"
    assert d.agency == "青禾州政府"


def test_a_project_without_its_body_names_no_one() -> None:
    text = _PROJECT_AWARD.replace("青禾州政府“", "“")
    assert summarize(text=text).document.agency is None


# a provincial department's assessors visit a league (某厅副巡视员某某带队赴某盟检查指导工作), the league's bureau of that
# department's line of work named in the story
_ASSESSED = (
    "司法厅副巡视员王明带队赴青禾盟检查指导工作\n"
    "1月5日-6日，以司法厅副巡视员王明为组长的绩效考评组一行4人，赴青禾盟考核2015年度司法行政工作。\n"
    "考评组一行通过与盟司法局班子成员座谈，详细了解2015年以来青禾盟司法局各项工作，给予了充分肯定。\n"
)


def test_a_department_assessing_a_place_is_news_of_its_bureau_there() -> None:
    d = summarize(text=_ASSESSED).document
    assert d.doc_type == "news"
    assert d.agency == "青禾盟司法局"


def test_a_bureau_visiting_a_place_is_its_own_news() -> None:
    text = "青禾市司法局赴松林调研法治乡村建设\n近日，青禾市司法局一行赴松林县调研，松林县司法局局长陪同。\n"
    assert summarize(text=text).document.agency == "青禾市司法局"


# a township congress's session that passed last year's budget report and this year's (审查批准了2022年财政预算执行
# 报告和2023年财政预算报告): the session is of the second year
_SESSION_REPORTS = (
    "2月24日，青禾乡第十八届人民代表大会第二次会议隆重召开。本次应到代表50名，实到代表47名。\n"
    "会上，参会代表听取并审议了乡政府工作报告、乡人大工作报告，审查批准了2022年财政预算执行报告和2023年财政预算报告，"
    "票决确定了民生实事项目。\n"
)


def test_a_session_passing_the_budget_reports_is_of_the_budgets_year() -> None:
    assert summarize(text=_SESSION_REPORTS).document.report_year == 2023


def test_budget_reports_two_years_apart_give_no_year() -> None:
    text = _SESSION_REPORTS.replace("2023年财政预算报告", "2025年财政预算报告")
    assert summarize(text=text).document.report_year != 2025


# a site's dated row that carries the author and the source on one line (时间:… 作者:… 来源:某镇人民政府), over a lead on
# an inspection of that town's work: the source is the page's publisher, and stays in the cleaned text
_DATED_SOURCE_ROW = (
    "时间:2021-03-18 16:40 作者: 通讯员 李红 来源:松林镇人民政府\n"
    "青禾政法网（通讯员 李红）3月15日，青禾县司法局副局长王明一行3人对松林镇法治政府建设工作进行督导检查。"
    "镇机关全体领导参加会议。\n"
    "督导组对松林镇法治政府建设工作取得的成效给予充分肯定。\n"
)


def test_a_dated_rows_organ_source_is_kept_and_names_the_publisher() -> None:
    s = summarize(text=_DATED_SOURCE_ROW)
    assert s.document.agency == "松林镇人民政府"
    assert "来源:松林镇人民政府" in clean(_DATED_SOURCE_ROW).text


def test_a_dated_rows_outlet_source_names_no_one() -> None:
    text = _DATED_SOURCE_ROW.replace("来源:松林镇人民政府", "来源:青禾日报")
    assert summarize(text=text).document.agency != "青禾日报"


# a city's campaign opening under a headline that quotes the campaign's name (2024年某市“宪法宣传周”正式启动)
_CAMPAIGN = (
    "2024年青禾市“宪法宣传周”正式启动\n"
    "12月4日，我市2024年“宪法宣传周”启动仪式在全民健身活动中心举行。市领导和31家普法单位共400余人参加活动。\n"
    "启动仪式结束后，各普法责任单位在现场设立宣传展台，解答群众法律咨询。\n"
)


def test_a_headline_opening_a_citys_quoted_campaign_names_the_city() -> None:
    d = summarize(text=_CAMPAIGN).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市"
    assert d.report_year == 2024


def test_a_quoted_campaign_after_no_place_names_no_one() -> None:
    text = _CAMPAIGN.replace("2024年青禾市“宪法宣传周”", "2024年“宪法宣传周”")
    assert summarize(text=text).document.agency != "青禾市"


def test_a_span_since_an_event_gives_no_year() -> None:
    # 自2012年成立…以来: the start of a span the item looks back on, not the item's year
    text = (
        "近日，青禾州人民政府第二届法律顾问工作会议召开。\n"
        "会议总结回顾自2012年成立聘任了第一届政府法律顾问以来，州法制办紧紧围绕建设法治政府提供法律服务。\n"
    )
    assert summarize(text=text).document.report_year is None


# a city Party committee's theory study group meeting as a body (市委理论学习中心组…学习会召开 / 我市举行市委理论学习
# 中心组学习扩大会议…)
_STUDY_GROUP = (
    "本报讯（记者 王芳）4月8日，市委理论学习中心组2019年第3次集体（扩大）学习会召开，会议围绕立法工作专题学习。\n"
    "市委常委、宣传部长李明主持学习会。会议邀请省人大常委会法制委负责人作专题辅导。\n"
)


def test_a_theory_study_groups_session_is_that_groups_news() -> None:
    d = summarize(text=_STUDY_GROUP).document
    assert d.doc_type == "news"
    assert d.agency == "市委理论学习中心组"
    assert d.report_year == 2019


def test_a_city_holding_its_study_groups_enlarged_meeting_names_the_group() -> None:
    text = (
        "12月14日，我市举行市委理论学习中心组学习扩大会议暨专题报告会，邀请一位法学教授作专题辅导报告。"
        "市人大常委会主任等出席会议。\n"
    )
    assert summarize(text=text).document.agency == "市委理论学习中心组"


def test_a_report_whose_study_group_studied_stays_the_writers() -> None:
    text = (
        "青禾县司法局2023年法治政府建设工作报告\n"
        "2023年，县司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强学习。县委理论学习中心组集中学习习近平法治思想4次。\n"
    )
    assert summarize(text=text).document.agency == "青禾县司法局"


# a district's event under its headline, done by one of its bureaus in the lead (太原市某区举办…开放日活动 / 12月1日上午，
# 某区司法局开展了…), the bureau named with its district's own name only
_ONE_BUREAU = (
    "青禾市松林区举办司法行政机关开放日活动\n"
    "来源: 松林区司法局 ┆ 时间: 2021-12-13 15:38:36\n"
    "为增进司法行政机关与群众的沟通联系，12月1日上午，松林区司法局开展了司法行政系统第四届开放日活动。"
    "活动邀请人大代表、政协委员等10余人参加。\n"
)


def test_a_districts_event_one_bureau_held_is_the_bureaus() -> None:
    d = summarize(text=_ONE_BUREAU).document
    assert d.doc_type == "news"
    assert d.agency == "松林区司法局"


def test_another_districts_bureau_in_the_lead_is_not_the_headlines_places() -> None:
    text = _ONE_BUREAU.replace("12月1日上午，松林区司法局开展了", "12月1日上午，柳河区司法局开展了").replace(
        "来源: 松林区司法局", "来源: 青禾日报"
    )
    assert summarize(text=text).document.agency != "柳河区司法局"
