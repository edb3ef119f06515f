"""Shapes of session 35 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a news portal that prints its date line under the body, after the author's credit, and a copyright range
# in its footer: the date line dates the item
_DATED_BELOW = (
    "青州市开展渔政联合执法试点\n"
    "为规范近海捕捞秩序,近日,青州市渔政执法支队、青州海事处等3个部门开展联合执法试点,建立周例会、联合巡查等4项制度。\n"
    "下一步,各部门将健全协作机制,严厉打击非法捕捞行为。 作者: 青州市渔政执法支队 李明\n"
    "2019-06-12 10:21:07 来源:海风网 编辑:xw01\n"
    "海风网 版权所有©2001-2018\n"
)


def test_a_date_line_under_the_body_dates_a_news_item() -> None:
    d = summarize(text=_DATED_BELOW).document
    assert d.doc_type == "news"
    assert d.report_year == 2019


def test_a_date_line_under_the_body_dates_a_lead_dated_by_day() -> None:
    text = _DATED_BELOW.replace("近日,", "6月3日,")
    assert summarize(text=text).document.report_year == 2019


def test_a_date_line_under_the_body_long_after_the_event_dates_nothing() -> None:
    # a repost: the event's day is months before the line's, its year unknown
    text = _DATED_BELOW.replace("近日,", "1月3日,")
    assert summarize(text=text).document.report_year is None


# a public notice copied without its headline: it tells of the campaign since an earlier year, and dates itself only
# by the period it is open for comment
_NOTICE = (
    "为树立法治政府建设标杆,自2021年3月起,省依法治省办部署开展法治政府建设示范创建活动。经过初审、第三方评估、"
    "满意度测评等环节,确定了拟命名的示范地区名单。\n"
    "为体现公开、公平、公正原则,现将名单公示,接受社会监督。如有意见,请在公示期间以电子邮件反映。\n"
    "公示时间:2022年6月19日—2022年6月25日\n"
    "电子邮箱:sfsf2022@example.cn\n"
)


def test_a_public_notice_is_dated_by_its_comment_period() -> None:
    d = summarize(text=_NOTICE).document
    assert d.doc_type == "other"
    assert d.report_year == 2022


# a department's work brief on a city site: no headline, its purpose told as a sentence of its own, then the bureau,
# named by its level alone, and what it did, item by item
_BRIEF = (
    "为深入学习贯彻习近平法治思想,营造共建共享法治政府建设示范市的良好氛围。市水务局结合行业实际,在全市水务系统开展"
    "示范创建宣传活动。\n"
    "一是各单位办公场所电子屏滚动播放创建宣传标语,通过工作群转发创建文件,提升干部职工知晓率。\n"
    "二是在供水营业厅设置宣传展板,向办事群众发放宣传折页1200余份。\n"
    "三是组织执法人员走进社区,现场解答群众涉水法律咨询。\n"
)


def test_a_work_brief_whose_purpose_is_its_own_sentence_is_news() -> None:
    d = summarize(text=_BRIEF).document
    assert d.doc_type == "news"
    assert d.agency == "市水务局"


def test_a_body_that_opens_on_its_guiding_thought_is_no_story() -> None:
    # the same bureau telling its own year's work under its guiding thought: a report's opening, not a story's
    text = _BRIEF.replace("市水务局结合行业实际,", "2023年,市水务局坚持以习近平法治思想为指导,")
    assert summarize(text=text).document.doc_type != "news"


# a procuratorate's work report on its own site, the year before its name in the title and no speaker's line
_PROCURATORATE = (
    "首页 检察要闻 工作报告\n"
    "2019年云州市人民检察院工作报告\n"
    "2019年工作回顾\n"
    "2019年,全市检察机关在市委和省检察院的领导下,在市人大及其常委会的监督下,忠实履行法律监督职责。"
    "一年来,共批准逮捕1200人,提起公诉2300人。\n"
    "一、服务发展大局\n"
    "起诉破坏市场经济秩序犯罪案件210件。\n"
)


def test_a_procuratorates_work_report_is_its_own() -> None:
    d = summarize(text=_PROCURATORATE).document
    assert d.agency == "云州市人民检察院"
    assert d.report_year == 2019


# a bureau's list of duties named by its slogan: the bureau's own document
_SLOGAN_LIST = (
    "云州市水务局“谁执法谁普法”普法责任清单(2021年版)\n"
    "发布日期:[2021-05-06]\n"
    "一、重点宣传的法律法规及责任处室\n"
    "1.《中华人民共和国水法》,责任处室:政策法规处牵头,各相关处室配合。\n"
    "2.《中华人民共和国防洪法》,责任处室:政策法规处、水旱灾害防御处牵头。\n"
)


def test_a_document_named_by_its_slogan_is_the_bureaus() -> None:
    assert summarize(text=_SLOGAN_LIST).document.agency == "云州市水务局"


# a disclosure report copied as its tables alone, each cell a line, the prose and the title lost
_TABLES_ONLY = (
    "第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
    "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n2 |\n0 |\n7 |\n"
    "第二十条第(五)项 |\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n31 |\n"
    "申请人情况 |\n自然人 |\n法人或其他组织 |\n总计 |\n"
    "一、本年新收政府信息公开申请数量 |\n40 |\n3 |\n43 |\n"
    "二、上年结转政府信息公开申请数量 |\n2 |\n0 |\n2 |\n"
)


def test_a_disclosure_report_copied_as_its_tables_alone_is_a_disclosure_report() -> None:
    assert summarize(text=_TABLES_ONLY).document.doc_type == "information_disclosure_report"


# a committee's review paper to a standing committee: its title names no year, the line under it names the sitting
_REVIEW_PAPER = (
    "云州市人大法制委员会关于市政府法治政府建设工作报告审议意见研究处理情况的审查意见\n"
    "(2023年11月20日在市六届人大常委会第十二次会议上)\n"
    "市人大常委会:\n"
    "2023年6月,市六届人大常委会第九次会议听取和审议了市政府关于法治政府建设工作情况的报告。法制委员会对研究处理情况"
    "进行了审查,现将审查意见报告如下。\n"
)


def test_a_paper_given_at_a_sitting_is_dated_by_it() -> None:
    assert summarize(text=_REVIEW_PAPER).document.report_year == 2023


def test_a_work_report_given_at_a_session_is_not_dated_by_the_sitting() -> None:
    # a procuratorate's work report delivered in January reviews the year before
    text = (
        "云州市人民检察院工作报告\n"
        "(2024年1月18日在云州市第六届人民代表大会第四次会议上)\n"
        "各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议。\n"
        "一、2023年主要工作\n2023年,全市检察机关共批准逮捕900人。\n"
    )
    assert summarize(text=text).document.report_year == 2023


# a piece on a city's rank in a yearly assessment of governments: the assessor, whose report it is about, is named in
# the course of the lead, never as the sentence's first subject
_ASSESSMENT = (
    "云州市获百城法治政府评估第五名\n"
    "近日,《城市法治政府评估报告(2019)》在北京发布,云州市人民政府评估总分780分,在100个城市中排名第5位。\n"
    "城市法治政府评估由江城大学法治政府研究院组织举办,今年是第六年发布评估报告,共设九个方面64项指标。\n"
)


def test_news_of_an_assessment_names_its_assessor() -> None:
    assert summarize(text=_ASSESSMENT).document.agency == "江城大学法治政府研究院"


def test_a_digest_of_an_assessment_report_names_its_publishers_first() -> None:
    text = (
        "报告精读 | 城市法治政府评估报告(2019)\n"
        "2019年9月20日,江城大学法治政府研究院和某出版社共同发布了《城市法治政府评估报告(2019)》。\n"
        "报告显示,地方法治政府建设水平稳步提升,但区域发展不平衡。\n"
    )
    assert summarize(text=text).document.agency == "江城大学法治政府研究院"


# a ministry's news page whose source field runs into its date (no space between them): the source names the
# ministry, which the story under it never names by itself
_SOURCE_RUN_INTO_DATE = (
    "首页> 要闻 > 正文\n"
    "2023年水利工作成绩单出炉\n"
    "来源:中华人民共和国水利部2024-01-08 10:12\n"
    "1月6日,全国水利工作会议在京召开,总结2023年水利工作成效,部署2024年重点任务。\n"
    "会议指出,2023年全国完成水利建设投资1.2万亿元,新增恢复灌溉面积1500万亩。\n"
)


def test_a_source_field_run_into_the_date_names_the_publisher() -> None:
    assert summarize(text=_SOURCE_RUN_INTO_DATE).document.agency in ("水利部", "中华人民共和国水利部")


# a bureau's headline with an act outside the usual deeds (突出五项重点, 聚焦…, 筑牢…), then its items with no lead
_ACT_HEADLINE = (
    "青禾县司法局突出四项重点开创“党建+普法”新局面\n"
    "一是以领导干部学法为重点。举办领导干部法治讲座30余场次,组织800余名干部参加法律知识考试。\n"
    "二是以校园普法为重点。组织法治副校长进校园授课120余场。\n"
)


def test_a_headline_act_outside_the_usual_deeds_names_its_subject() -> None:
    d = summarize(text=_ACT_HEADLINE).document
    assert d.doc_type == "news"
    assert d.agency == "青禾县司法局"


def test_a_bare_level_bureau_heading_its_own_headline_is_named() -> None:
    text = _ACT_HEADLINE.replace("青禾县司法局", "县司法局")
    assert summarize(text=text).document.agency == "县司法局"


# a paper's news of a provincial meeting dated by its day alone, no date line: its speaker reviews the year before and
# asks of this one
_SPEAKER_PLANS = (
    "本报讯(记者 李华)5月20日,全省司法行政系统法治督察工作推进会在青州召开。省司法厅副厅长王明出席会议。\n"
    "会上,青州市副市长赵云致欢迎词,表示将以此次推进会为契机,推动法治督察工作再上新台阶。\n"
    "王明对青州法治督察工作给予肯定。他指出,2021年全省法治督察工作持续发力,取得了一定成绩。他强调,2022年要充分发挥督察职能作用,推动问题整改。\n"
)


def test_a_meetings_speaker_asking_of_a_year_dates_the_meeting() -> None:
    assert summarize(text=_SPEAKER_PLANS).document.report_year == 2022


def test_a_year_end_meeting_asking_of_the_next_year_is_not_dated_by_it() -> None:
    text = _SPEAKER_PLANS.replace("5月20日", "12月20日")
    assert summarize(text=text).document.report_year != 2022


def test_a_towns_summary_of_its_disclosure_work_is_no_disclosure_report() -> None:
    text = (
        "云溪镇2024年政务公开总结\n"
        "2024年,云溪镇人民政府深入贯彻落实政府信息公开相关要求,扎实推进政府信息公开工作,主动公开政府信息300余条。\n"
        "一、工作开展情况\n通过镇政府网站、公告栏等渠道及时发布政府信息,优化政府信息公开专栏。\n"
        "二、存在问题\n部分信息公开的及时性有待提高。\n"
    )
    assert summarize(text=text).document.doc_type == "other"


# a visit dated by a span of days written with the first day's 日 left out (3月23—25日), after the lead's purpose
_DAY_SPAN = (
    "为全面了解基层水行政执法工作情况, 2019年5月13—15日水利部政策法规司某副司长赴我省青州、白水等地调研。"
    "省水利厅副厅长李明陪同调研。\n"
    "调研组实地察看了水政执法码头,听取了执法工作汇报。\n"
)


def test_a_lead_dated_by_a_span_of_days_dates_the_item() -> None:
    assert summarize(text=_DAY_SPAN).document.report_year == 2019


# a paper's item whose lead opens on the time since a campaign began (自“七五”普法开展以来，某县…)
_SINCE_CAMPAIGN = (
    "2021-01-06 10:12 青州新闻网讯(通讯员 王五)自“七五”普法开展以来,云岭县以建设“法治云岭”为目标,以“法律六进”为载体,"
    "在全县掀起学法用法热潮,普法工作成效明显。\n"
    "该县举办公职人员普法考试2次1.2万人,为在校学生上法治课300课时。\n"
)


def test_a_lead_opening_on_the_time_since_a_campaign_names_its_subject() -> None:
    assert summarize(text=_SINCE_CAMPAIGN).document.agency == "云岭县"


# a province's rule-of-law portal: a scrolling motto written twice over on its first line, the breadcrumb, then the
# item's headline set off by a colon
_MARQUEE_PAGE = (
    "法治云岭,关注云岭依法治省工作,参与法治云岭建设,尊法守法学法用法。关注云岭依法治省工作,参与法治云岭建设,"
    "尊法守法学法用法。\n"
    "新闻图片\n"
    "您当前的位置: 首页 >> 新闻图片\n"
    "青州:“赶集日”上话普法 法治宣传更入心\n"
    "发布时间: 2024/3/2 10:12:25\n"
    "来源: 中共青州市委全面依法治市委员会办公室\n"
    "作为当地的传统盛会,“赶集日”由来已久。今年的集市上,青州市司法局组织工作人员集中开展普法宣传,发放宣传品800余份。\n"
)


def test_a_scrolling_motto_over_a_page_is_furniture() -> None:
    d = summarize(text=_MARQUEE_PAGE).document
    assert d.doc_type == "news"
    assert d.report_year == 2024


# a ministry's news of its head leading a study tour to two provinces: the visitor's body, not the provinces
_LED_TOUR = (
    "2018年6月4日至8日,水利部副部长王明带队赴青州省、白水省就水政监察队伍建设、水行政审批等工作进行了专题调研。\n"
    "在青期间,王明副部长深入执法基地,慰问一线执法人员,听取了省水利厅的工作汇报。\n"
)


def test_a_head_leading_a_tour_names_his_ministry() -> None:
    d = summarize(text=_LED_TOUR).document
    assert d.agency == "水利部"
    assert d.report_year == 2018


def test_a_place_headline_over_its_bodies_counted_after_their_list_names_the_first() -> None:
    # 某市开展… over a lead listing the city's unit first, a provincial unit beside it, then 等3个部门开展…
    text = _DATED_BELOW.replace(
        "青州市渔政执法支队、青州海事处等3个部门", "青州市渔政执法支队、云岭省海警第二支队、青州市海事局等3个部门"
    )
    assert summarize(text=text).document.agency == "青州市渔政执法支队"


# a district's news headed by its name, the district as the lead's subject, and the bureau that contributed it
# credited at the close
_CONTRIBUTED_ITEM = (
    "青山区:“府检联动”助力执法质效提升\n"
    "时间:2024-05-17 13:36\n"
    "近日,云州市青山区建立“府检联动”案卷评查制度,区司法局、区检察院对全区行政执法案卷进行联合评查,发现问题120个。\n"
    "下一步,该区将持续推动行政执法规范化建设。(青山区司法局供稿)\n"
)


def test_a_place_whose_item_its_bureau_contributed_is_the_bureaus() -> None:
    assert summarize(text=_CONTRIBUTED_ITEM).document.agency == "青山区司法局"


def test_a_contributor_of_another_place_does_not_take_the_item() -> None:
    text = _CONTRIBUTED_ITEM.replace("(青山区司法局供稿)", "(白水县司法局供稿)")
    assert summarize(text=text).document.agency != "白水县司法局"


# a county's work report at the start of a new term, titled with its year, whose part one reviews the five years
_TERM_REPORT = (
    "2022年云岭县人民政府工作报告\n"
    "各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议。\n"
    "一、过去五年政府工作回顾\n"
    "过去五年,全县地区生产总值由2017年的74亿元增至2021年的105亿元,年均增长5.7%。\n"
)


def test_a_work_report_reviewing_a_term_reports_no_single_year() -> None:
    d = summarize(text=_TERM_REPORT).document
    assert d.doc_type == "government_work_report"
    assert d.report_year is None


def test_a_work_report_reviewing_its_year_keeps_the_reviewed_year() -> None:
    text = _TERM_REPORT.replace("一、过去五年政府工作回顾\n过去五年,", "一、2021年工作回顾\n2021年,")
    assert summarize(text=text).document.report_year == 2021


def test_a_feature_opening_on_the_time_since_a_campaign_is_news() -> None:
    text = (
        "自“八五”普法规划实施以来,云岭州锚定“法治云岭”建设目标,把全民普法作为全面依法治州的基础工作,"
        "将普法宣传融入立法、执法、司法全过程。州、县两级法学会积极组织会员参与普法工作。\n"
        "加强组织领导,夯实普法工作基础\n设立由州委书记任主任的州委全面依法治州委员会。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "云岭州"


def test_a_title_broken_to_its_last_words_leaves_the_kind_to_the_body() -> None:
    text = (
        "工作年度报告\n"
        "依据《中华人民共和国政府信息公开条例》,现公布云岭市农业农村局2021年政府信息公开工作年度报告。本报告由总体情况、"
        "主动公开政府信息情况等六部分组成。\n"
        "一、总体情况\n2021年,云岭市农业农村局主动公开政府信息932条。\n"
    )
    assert summarize(text=text).document.doc_type == "information_disclosure_report"


def test_a_deadline_met_early_is_not_the_items_year() -> None:
    text = (
        "本报讯 (记者 王一 通讯员 李二) 在经过一年多的试点后,云州市日前顺利完成“一村一法律顾问”工程,全市493个村和社区"
        "实现法律顾问全覆盖,提前5年完成了全省2020年实现所有村(社区)设法律顾问的工作任务。\n"
        "据统计,今年前三季度,法律顾问已为基层群众提供法律咨询2571人次。\n"
    )
    assert summarize(text=text).document.report_year != 2020


def test_a_body_sentence_naming_a_release_date_is_no_date_line() -> None:
    # no date line at all, only a sentence of the body that dates another document's release
    text = _DATED_BELOW.split(" 作者:")[0] + "\n2015年6月1日,省政府发布《渔业管理办法》。\n"
    assert summarize(text=text).document.report_year != 2015


def test_a_lead_a_mirror_doubled_on_its_first_line_is_kept() -> None:
    # a lead with figures written twice over on one line is a copy's fault, not a motto: its facts stay
    lead = "近日,云州市司法局举办行政执法人员培训班,全市120名执法人员参加培训。"
    d = summarize(text=lead * 2 + "\n培训围绕行政处罚法展开,并组织了闭卷测试。\n").document
    assert d.agency == "云州市司法局"


def test_a_brief_whose_body_forms_a_team_after_its_purpose_is_news() -> None:
    text = (
        "为了进一步加强全县司法行政工作,云岭县人大常委会组成由常委会副主任任组长的评议调研组,于3月7日至9日对县司法局"
        "进行了工作评议。\n评议调研组深入乡镇司法所,采取实地查看、座谈交流等方式了解工作情况。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


# a template site's half-year summary: its years masked (20XX年), its bureau named by its line of work alone
_TEMPLATE = (
    "2019年林业局上半年工作总结\n"
    "20XX年全区林业工作在区委、区政府的领导下,以xx大精神为指导,坚持依法管理、科学经营的工作原则,基本实现了时间过半、"
    "任务过半的目标,现将半年来的工作总结如下:\n一、任务完成情况\n1、森林管护:落实管护人员30人,管护面积12.06万亩。\n"
)


def test_a_template_that_masks_its_years_names_no_bureau() -> None:
    assert summarize(text=_TEMPLATE).document.agency is None


def test_a_bureau_named_by_its_line_of_work_without_masks_stays_named() -> None:
    text = _TEMPLATE.replace("20XX年全区", "2019年全区").replace("以xx大精神", "以党的十九大精神")
    assert summarize(text=text).document.agency == "林业局"


def test_a_term_review_headed_without_its_review_word_reports_no_single_year() -> None:
    text = _TERM_REPORT.replace("一、过去五年政府工作回顾", "一、过去五年的工作")
    assert summarize(text=text).document.report_year is None
