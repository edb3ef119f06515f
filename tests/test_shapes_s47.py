"""Shapes of session 47 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# the second page of a long feature: no headline, a quoted maxim, then a photo's caption (an earlier session of the
# national legislature, its photographer's credit closing the line) before the feature's own story of a ministry
_CAPTION_FIRST = (
    "“法者,治之端也。”2021年3月1日,《中华人民共和国青苗保护法》正式施行。\n"
    "2020年9月9日,全国人大常委会第二十一次会议在京闭幕,表决通过《青苗保护法》。王明摄\n"
    "这是我国第一部专门保护青苗的法律,对育苗、移栽、养护等作出系统规定。\n"
    "农林事务部聚焦基层急需,各项制度相继落地,配套规章陆续出台。\n"
)


def test_a_photo_caption_of_a_legislatures_session_does_not_name_the_features_subject() -> None:
    d = summarize(text=_CAPTION_FIRST).document
    assert d.agency == "农林事务部"


# an education portal's page: a greeting and login row, a link, the site's banner, then a headline naming a province
# and a city run together (no level word), the page's date row glued to the site's address, and a lead that opens
# with a quotation before its 近日
_RUN_TOGETHER = (
    "您好,欢迎来到青禾教育网!登录注册新账户\n\n"
    "http://www.qinghe-edu.com/zt/2022/\n"
    "全国教育服务平台\n\n"
    "四川成都实现法治辅导员配备全覆盖\n\n"
    "http://www.qinghe-edu.com2024年09月18日 15:01青禾教育网\n\n"
    "  “同学们要知法守法,更要学会用法律保护自己。”近日,某中级人民法院院长来到一所中学,为学生讲授开学法治课。\n\n"
    "  近年来,当地教育系统与政法部门深化合作,共同提升青少年法治教育质效,目前已实现法治辅导员配备全覆盖。"
    "在2023年第八届演讲比赛中,当地学生获得两项冠军。\n"
)


def test_a_headline_naming_province_and_city_run_together_under_a_banner_is_the_news_title() -> None:
    d = summarize(text=_RUN_TOGETHER).document
    assert d.title == "四川成都实现法治辅导员配备全覆盖"
    assert d.doc_type == "news"


def test_a_lead_opening_with_a_quotation_then_lately_takes_the_page_dates_year() -> None:
    d = summarize(text=_RUN_TOGETHER).document
    assert d.report_year == 2024
    assert d.evidence.report_year is not None and d.evidence.report_year.text == "2024"


# a district congress standing committee's session heard several bodies' reports: the news is the session's
_SESSION_HEARS_SEVERAL = (
    "1月4日,青禾旗十六届人大常委会第三十次会议召开。旗人大常委会主任王明主持会议,副旗长李红及有关部门负责人列席会议。\n"
    "会议听取和审议了旗人民政府关于民生实事项目完成情况的报告;听取和审议了《青禾旗人民政府关于普法决议执行情况的报告》;"
    "听取和审议了旗人民法院关于行政审判工作情况的报告;听取和审议了旗人大常委会工作报告(讨论稿)。\n"
)


def test_a_standing_committees_session_hearing_several_reports_is_the_committees_news() -> None:
    d = summarize(text=_SESSION_HEARS_SEVERAL).document
    assert d.doc_type == "news"
    assert d.agency == "青禾旗十六届人大常委会"


# a provincial bureau's news page: its column, the headline (a meeting of the province's city bureaus' heads), the
# source row naming the bureau, the lead
_BUREAU_HEADLINE = (
    "您现在的位置:首页>林业信息>详细内容\n\n"
    "林业信息\n\n"
    "青川省设区市林业局长会议在东湖召开\n\n"
    "来源:青川省林业厅 作者:某林业网 发布时间:2017年01月20日 阅读: 字体:【】\n"
    "  近日,青川省设区市林业局长会议在东湖市召开。省林业厅厅长王明出席会议,总结2016年工作,部署2017年全省林业工作。\n"
)


def test_a_headline_on_the_bureaus_line_of_work_under_its_source_row_is_the_bureaus_news() -> None:
    d = summarize(text=_BUREAU_HEADLINE).document
    assert d.agency == "青川省林业厅"


# a headline an outlet's name in brackets opens: (某某云)某区:…
_OUTLET_TAGGED = (
    "(青禾云)东湖:全面落实法治副校长制度,为未成年人保驾护航\n\n"
    "发布时间:2023-09-22 09:54:39  |  来源:东湖区融媒体中心\n\n"
    "近日,东湖区各中小学门口挂出了法治副校长公示牌。\n"
    "据悉,东湖区司法局联合区教育局为全区87所中小学配备142名法治副校长。\n"
)


def test_a_headline_opened_by_an_outlets_bracketed_name_is_the_title() -> None:
    d = summarize(text=_OUTLET_TAGGED).document
    assert d.title == "(青禾云)东湖:全面落实法治副校长制度,为未成年人保驾护航"
    assert d.doc_type == "news"


# a mirror's page: the report's title with the page's QR-code widget run onto its line, then one long line holding the
# date, the source and the body
_TITLE_WITH_WIDGET = (
    "青川省文化厅政府信息公开工作2021年度报告 二维码\n"
    "发表时间:2022-01-29 13:51来源:青川省文化厅 根据《中华人民共和国政府信息公开条例》要求,青川省文化厅编制了政府信息"
    "公开工作2021年度报告。 一、总体情况 2021年,青川省文化厅认真贯彻落实政务公开决策部署,门户网站发布各类信息8118篇。\n"
)


def test_a_titles_qr_code_widget_is_no_part_of_the_title() -> None:
    d = summarize(text=_TITLE_WITH_WIDGET).document
    assert d.title == "青川省文化厅政府信息公开工作2021年度报告"
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2021


# a yearbook's page as a flip-book site prints it: the running head (page, book, volume), the book's English name, and
# entries under bracketed heads, each dated by day, the year they record named in them
_YEARBOOK_PAGE = (
    "Page 118 - 青川年鉴2019\n"
    "P. 118\n"
    "青川年鉴/2019\n"
    "QINGCHUAN YEARBOOK\n"
    "【东湖县发现省内最大湿地】 8 月 21 日,省湿地调查小组在东湖县发现面积约 1000 多亩的湿地资源。\n"
    "(王明)\n"
    "【全省森林康养试点】 10 月 10 日,西岭区被确定为 2018 年省级森林康养试点。\n"
    "(王明)\n"
)


def test_a_yearbooks_page_is_no_news_and_records_the_year_before_its_volume() -> None:
    d = summarize(text=_YEARBOOK_PAGE).document
    assert d.doc_type == "other"
    assert d.report_year == 2018


def test_news_of_a_yearbooks_publication_is_still_news() -> None:
    text = "《青川年鉴2019》正式出版发行\n\n近日,青川市地方志办公室编纂的《青川年鉴2019》正式出版发行。\n"
    assert summarize(text=text).document.doc_type == "news"


# a city congress standing committee's work report, its speaker's line on top and the committee named in full with
# its term (a name longer than a short one) in the sentence that says who entrusted the speaker
_STANDING_COMMITTEE_REPORT = (
    "青川市人大常委会副主任 王明\n"
    "各位代表:\n"
    "我受青川市第十三届人民代表大会常务委员会委托,向大会报告工作,请予审议。\n"
    "过去一年的主要工作\n"
    "一年来,在中共青川市委领导下,市人大常委会认真履行法定职责,全年审议法规8件,通过法规6件。\n"
)


def test_a_standing_committees_work_report_named_in_full_is_no_government_work_report() -> None:
    d = summarize(text=_STANDING_COMMITTEE_REPORT).document
    assert d.doc_type == "other"


# a city's notice with no title of its own, its fields in a table, passing on a five-year plan named with its short
# name in brackets; the signature and the date run into the last line, where the plan itself begins
_PLAN_PASSED_ON = (
    "文号 | 青政发[2009]162号 |\n"
    "制发机关 | 青川市人民政府 |\n"
    "成文日期 | 2012-08-23 |\n"
    "各镇人民政府,各街道办事处,市各直属单位: 《青川市依法行政五年规划(2009-2013)》(以下简称《规划》),已经 8月8日市政府"
    "第24次常务会议通过,现印发给你们,请认真贯彻执行。 各镇政府、各部门要深刻认识全面推进依法行政的重大意义,把贯彻落实"
    "好《规划》作为基础性工作来抓。 青川市人民政府 二○○九年八月十七日 青川市依法行政五年规划\n"
)


def test_an_untitled_notice_passing_on_a_five_year_plan_is_the_plan_of_no_one_year() -> None:
    d = summarize(text=_PLAN_PASSED_ON).document
    assert d.doc_type == "implementation_plan"
    assert d.report_year is None


# a city office's notice issuing a year's study plan, copied without line breaks: the office and the date close the
# last line, the attached plan's title run on after them
_SIGNED_BEFORE_ATTACHMENT = (
    "各镇人民政府、街道办事处,市府直属各单位: 经市政府同意,现将《2020年度市政府常务会议学法计划》印发给你们,并就相关事项"
    "通知如下: 一、各主讲单位要高度重视市政府常务会议学法工作,原则上由单位主要负责人讲解。 二、讲解时间控制在30分钟内。"
    " 青川市人民政府办公室 2020年1月15日 2020年市政府常务会议学法计划"
)


def test_a_signature_run_onto_the_last_line_before_the_attachments_title_names_the_issuer() -> None:
    d = summarize(text=_SIGNED_BEFORE_ATTACHMENT).document
    assert d.agency == "青川市人民政府办公室"


# an e-paper's page: its navigation and zoom buttons over the headline (a parenthesis inside its topic), a lead that
# opens with a quoted remark before the day, and the paper's property row left under the item, its date first
_EPAPER_ITEM = (
    "上一篇\n"
    "放大+  缩小-   默认o\n\n"
    "东湖区乡镇(街道)合法性审查实现全覆盖\n\n"
    "本报讯 (记者 王明) “自合法性审查工作开展以来,街道行政诉讼案件数量大幅下降。”8月8日,谈起如今的合法性审查工作,"
    "东湖区司法局某司法所所长李红很是欣慰。\n\n"
    "今年,东湖区把合法性审查作为法治政府建设的重要抓手,将合法性审查工作向镇村涉法事务延伸。\n\n"
    "2022-08-12 1 1 青川日报 content_16787.html 1 东湖区乡镇(街道)合法性审查实现全覆盖 /enpproperty-->\n"
)


def test_an_epaper_items_headline_under_its_buttons_is_the_title() -> None:
    d = summarize(text=_EPAPER_ITEM).document
    assert d.title == "东湖区乡镇(街道)合法性审查实现全覆盖"
    assert d.doc_type == "news"


def test_an_epaper_items_property_row_below_dates_a_lead_dated_by_day_after_a_quotation() -> None:
    d = summarize(text=_EPAPER_ITEM).document
    assert d.report_year == 2022


# a provincial office's meeting dated by day only; the body says the work it hears of followed that year's plan
_PLAN_FOLLOWED = (
    "青川省委依法治省办召开依法防控疫情实地督察汇报会\n"
    "5月14日,省委依法治省办召开依法防控疫情实地督察汇报会,听取8个实地督察组工作情况汇报。\n"
    "会议指出,按照省委全面依法治省委员会第二次会议的部署和《2020年法治督察工作计划》的安排,省委依法治省办牵头开展了"
    "依法防控疫情专项督察,于4月26日至30日对6个市州开展了实地督察。\n"
)


def test_news_dated_by_day_takes_the_year_of_the_plan_its_work_follows() -> None:
    d = summarize(text=_PLAN_FOLLOWED).document
    assert d.doc_type == "news"
    assert d.report_year == 2020


def test_news_following_plans_of_two_years_takes_neither() -> None:
    text = _PLAN_FOLLOWED.replace(
        "省委依法治省办牵头开展了", "并根据《2019年普法工作要点》的要求,省委依法治省办牵头开展了"
    )
    assert summarize(text=text).document.report_year is None


# an award's news early in a year: the page's date row, a lead that opens with a resident's rhyme, and the body's
# tally of the year before to its end
_TALLIED_TO_YEAR_END = (
    "东湖区司法局获评“全国依法治理创建活动先进单位”\n\n"
    "2022-02-14 11:52:06    来源:青川网    \n\n"
    "青川网讯 “东方社区是我家,法治创建显实效……”全国民主法治示范社区居民用快板唱出了多年来社区的变化。\n\n"
    "截至2021年底,东湖区共建成国家级民主法治示范社区2个、省级民主法治示范社区4个。\n\n"
    "(青川日报记者 王明 通讯员 李红)\n"
)


def test_news_early_in_a_year_tallying_the_year_before_to_its_end_is_of_that_year() -> None:
    d = summarize(text=_TALLIED_TO_YEAR_END).document
    assert d.doc_type == "news"
    assert d.report_year == 2021


def test_news_late_in_a_year_tallying_the_year_before_is_not_dated_by_the_tally() -> None:
    # (a page of September names 2021 alone: a copy's later date or a look back, so no year is better than a guess)
    d = summarize(text=_TALLIED_TO_YEAR_END.replace("2022-02-14", "2022-09-14")).document
    assert d.report_year is None


def test_a_headline_with_the_pages_date_field_run_onto_its_line_is_the_title() -> None:
    text = (
        "时政要闻与资讯\n"
        "我省命名第一批全省法治政府建设示范地区和项目发布时间:2021-09-16  来源:青川日报  作者:王明  浏览量:\n\n"
        "       记者从省司法厅获悉,我省评选出首批30个全省法治政府建设示范地区和示范项目。\n"
    )
    d = summarize(text=text).document
    assert d.title == "我省命名第一批全省法治政府建设示范地区和项目"
    assert d.doc_type == "news"


def test_an_item_under_a_papers_series_label_is_news() -> None:
    text = (
        "“青川‘大综合一体化’行政执法改革”系列报道之六\n\n"
        "小场景撬动大改革的县域实践\n\n"
        "  从都市商圈的企业迎检减负,到山区县域的治理效能提升,青川行政执法改革正以“小场景”为突破口在县域层面推进。\n"
        "  在青川,多地以改革为牵引,探索出执法效能与治理温度双提升的实践路径。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


# a township congress's session dated by day: the budget's report names the year before's execution and the year's
# own budget "情况报告"
_TOWNSHIP_SESSION = (
    "4月10日上午,青禾乡召开第十三届人民代表大会第九次会议,54名乡人大代表出席本次会议。\n"
    "乡长王明同志首先向大会作《青禾乡人民政府工作报告》。报告指出:过去的一年,全乡经济平稳运行,社会和谐稳定。\n"
    "乡财政所所长李红同志作《青禾乡2020年财政预算执行情况和2021年财政预算情况报告》。\n"
    "与会人大代表认真听取和审议了报告,并通过了有关决议。\n"
)


def test_a_sessions_budget_pair_read_as_a_situation_report_dates_it_by_the_budgets_year() -> None:
    d = summarize(text=_TOWNSHIP_SESSION).document
    assert d.doc_type == "news"
    assert d.report_year == 2021


# a university's news page: the column and the headline as bullets of the page's list, then the date row and the lead
_BULLETED_HEADLINE = (
    "• 青川要闻\n\n"
    "  • 东湖法治研究中心挂牌暨课题开题仪式举行\n\n"
    "    发稿时间:2021-06-29浏览次数:641\n\n"
    "    6月18日上午,由东湖区政府与我校合作共建的东湖法治研究中心挂牌暨课题开题仪式在我校举行。\n\n"
    "    校党委书记王明表示,学校将全力以赴服务地方建设。\n"
)


def test_a_bulleted_headline_over_the_pages_date_row_is_kept_as_the_title() -> None:
    d = summarize(text=_BULLETED_HEADLINE).document
    assert d.title == "东湖法治研究中心挂牌暨课题开题仪式举行"
    assert d.doc_type == "news"
    assert d.report_year == 2021


# a county's news under a page's day-first date row: the lead names the five-year plan its lectures serve (a period,
# no look back), and the body tells of a month of this year
_THIS_YEARS_MONTH = (
    "青禾县法治讲堂全方位进行\n\n"
    "14.09.2015  09:03\n\n"
    "法治大讲堂作为青禾县深入实施“六五”普法规划、推进法治青禾建设的重要载体,已经构建起以县委中心组学法为龙头的工作体系。\n\n"
    "今年6月份,由县委组织部、司法局、党校联合举办的科级领导干部法治建设轮训班分三期举行。(王明)\n\n"
    "来源:青禾县司法局\n"
)


def test_news_naming_a_month_of_this_year_is_of_its_pages_year_whatever_plan_its_lead_serves() -> None:
    assert summarize(text=_THIS_YEARS_MONTH).document.report_year == 2015


# a county paper's e-paper page: a ticker of other headlines cut short, the list of pages, a kicker of four
# words, then the headline naming the district by its stem
_EPAPER_KICKER = (
    "失管橘园变身共富桃园......东湖区召开党史工作会议答题冲关筑牢反诈防线......东湖区召开全国文明城市建设工......\n"
    "01版: 一版要闻 02版: 综合新闻 03版: 少年作家 04版: 防溺水\n\n"
    "全市率先\n\n"
    "东湖实现依法治乡(镇、街)委员会全覆盖\n\n"
    "  本报讯(记者 王明 通讯员 李红)近日,某乡委全面依法治乡委员会成功挂牌。“这意味着东湖区成为全市首个乡镇一级法治建设"
    "协调机构全覆盖的县(市、区)。”东湖区委依法治区办副主任、司法局局长赵强表示。\n"
)


def test_an_epaper_headline_under_a_ticker_a_page_list_and_a_kicker_is_the_title() -> None:
    d = summarize(text=_EPAPER_KICKER).document
    assert d.title == "东湖实现依法治乡(镇、街)委员会全覆盖"
    assert d.agency == "东湖区"


def test_a_year_a_look_back_starts_from_is_not_the_reports_year() -> None:
    text = (
        "关于乡镇综合行政执法工作进展情况的调研报告\n"
        "早在1996年,我国就提出了综合行政执法的概念,经过近三十年的研究实践,综合行政执法体系不断完善。我市作为改革的排头兵,"
        "率先完成乡镇综合行政执法规范化建设任务。\n"
        "一、改革实践\n"
        "我市辖13个乡镇,共304个行政村。今年初,市委编办联合司法局选取3个乡镇开展蹲点式调研。\n"
    )
    d = summarize(text=text).document
    assert d.report_year is None  # (the text names no year of its own: 今年初 alone)


def test_a_metadata_rows_issuer_field_named_制发机关_is_kept_and_names_the_issuer() -> None:
    # the row names the city short (no 市), as the page's table does, and nothing below signs the notice
    text = (
        "文号 | 禾政发[2009]162号 |\n"
        "制发机关 | 青禾人民政府 |\n"
        "成文日期 | 2012-08-23 |\n"
        "各镇人民政府,各街道办事处,市各直属单位: 《青禾市依法行政五年规划(2009-2013)》(以下简称《规划》),已经市政府第24次"
        "常务会议通过,现印发给你们,请认真贯彻执行。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "青禾人民政府"
    assert d.evidence.agency is not None and d.evidence.agency.text == "青禾人民政府"


# a decision's page pasted as one line: its metadata table's cells, the number over the title (split onto lines of
# their own by cleaning), the title naming the year the decision is about, the body
_DECISION_ONE_LINE = (
    "索 引 号: | 主题分类: | 市政府文件 | |发文机关: | 青禾市政府 | 成文日期: | |标 题: | 禾政发〔2016〕10号 "
    "青禾市人民政府关于命名2015年度全市依法行政示范单位的决定 | ||发文字号: | 发布日期: | 2016-04-12 | |主 题 词: |"
    "各县、区人民政府,市政府各部门:为进一步贯彻落实国务院《关于加强法治政府建设的意见》精神,经自愿申报、逐级审核、"
    "严格考核,市政府决定,命名东湖县人民政府等5个单位为2015年度依法行政示范单位。青禾市人民政府2016年4月12日"
)


def test_a_number_over_a_title_naming_its_year_dates_the_decision_by_the_title() -> None:
    d = summarize(text=_DECISION_ONE_LINE).document
    assert d.report_year == 2015


# a mirror's copy of a news page: the mirror's own date row under the headline, the original's below it, then the
# lead dated by day
_TWO_DATE_ROWS = (
    "青川市人大常委会开展法治政府建设工作专题调研\n\n"
    "发布时间:2023-03-20 来源:本网\n"
    "【字体:大 中 小】 打印\n\n"
    "来源:青川市司法局 作者:王明 发布时间:2021-03-16 11:29:07\n\n"
    "3月11日—12日,青川市人大常委会副主任李红带队,专题调研全市法治政府建设工作。\n\n"
    "调研组强调,要认真总结5年来法治政府建设工作情况,着力谋划五年规划。\n"
)


def test_of_two_date_rows_over_a_lead_dated_by_day_the_nearer_dates_it() -> None:
    assert summarize(text=_TWO_DATE_ROWS).document.report_year == 2021


# a county congress standing committee's directors' meeting that heard one bureau's head deliver its report, entrusted
# by the county government
_HEAD_DELIVERS = (
    "5月21日,县十五届人大常委会召开了第29次主任会议。人大常委会主任王明主持会议。 会议听取了东湖县气象局局长李红受县政府"
    "委托所作的《关于气象工作的报告》。会议充分肯定了近几年我县气象工作所取得的成绩,提出了四点要求。\n"
)


def test_a_meeting_that_heard_a_bureau_heads_report_is_the_bureaus_news() -> None:
    d = summarize(text=_HEAD_DELIVERS).document
    assert d.doc_type == "news"
    assert d.agency == "东湖县气象局"


# a city bureau's page announcing a selection its city's organs launch together, one of them the bureau that posts it
_CAMPAIGN_OPENS = (
    "青禾市2020年度法治建设“五个十”项目评选活动开启\n\n"
    "发布日期:2020-09-21 17:19 来源:青禾市司法局 作者:王明 阅读次数:\n\n"
    "为大力宣传在推动法治青禾建设进程中涌现的先进典型,市委依法治市办、市法宣办、市司法局、青禾传媒集团决定联合举办"
    "青禾市2020年度法治建设“五个十”项目评选活动。\n\n"
    "一、活动宗旨\n\n聚焦2020年以来全市法治建设领域取得的成绩。\n"
)


def test_a_campaigns_launch_is_news_of_the_organ_that_posts_it_among_those_acting_together() -> None:
    d = summarize(text=_CAMPAIGN_OPENS).document
    assert d.doc_type == "news"
    assert d.report_year == 2020
    assert d.agency == "青禾市司法局"


def test_a_bureaus_reply_to_a_deputys_proposal_is_no_report_and_names_the_bureau() -> None:
    text = (
        "市司法局对市十五届人大二次会议 第20230113号建议的答复\n"
        "一、加强制度供给,切实提供经费保障\n"
        "近年来,我市不断完善法治经费管理办法和细则,出台《青川市国家司法救助实施细则(试行)》,规范了国家司法救助的对象、"
        "方式、标准、程序。\n"
        "二、运用项目化管理,确保法治建设见实效\n"
        "今年以来,我市扎实推进全面依法治市工作,印发《市委全面依法治市委员会2023年工作要点》。\n"
    )
    d = summarize(text=text).document
    assert d.title == "市司法局对市十五届人大二次会议 第20230113号建议的答复"
    assert d.doc_type == "other"
    assert d.agency == "市司法局"


def test_a_lead_dated_yesterday_morning_names_the_body_whose_meeting_it_tells() -> None:
    text = (
        "昨日上午,青禾市政协召开读书会暨理论学习中心组学习会,某法院庭长王明作民法典专题辅导。市政协主席李红参加。\n"
        "学习会上,王明从民法典的立法历程、重大意义等方面作了系统阐述。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市政协"


def test_a_titles_bare_bureau_takes_the_level_the_reports_formula_gives_it() -> None:
    text = (
        "生态环境局关于争创全国文明典范城市工作情况的汇报\n\n"
        "根据会议安排,现将市生态环境局2022年以来全国文明典范城市创建工作情况报告如下:\n"
        "一、主要工作开展情况\n"
        "(一)加强组织领导。成立创建工作领导小组,召开专题会议5次。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "市生态环境局"


def test_a_speakers_line_under_a_speechs_title_is_no_photo_caption() -> None:
    text = (
        "把握新形势 落实总基调 奋力开创水资源管理工作新局面\n"
        "2019-01-17青川部党组成员副部长王明\n"
        "青川部党组成员、副部长 王明\n"
        "一、充分肯定近年水资源管理工作成绩\n"
        "近年,全国各级水资源管理部门认真落实治水思路,开拓进取,履职尽责,各项工作取得了积极成效。\n"
    )
    assert summarize(text=text).document.agency == "青川部"
