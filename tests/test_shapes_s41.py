"""Shapes of session 41 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a district's disclosure page: the site's name, its column's bare genre (政府信息公开年报), then the report's own
# title broken over two lines, naming a bureau of the district and the year
_COLUMN_OVER_TITLE = (
    "天津市河东区人民政府\n\n政府信息公开年报\n\n天津市河东区退役军人事务局2022\n\n政府信息公开工作年度报告\n\n"
    "发布时间:2023-01-20\n\n"
    "本报告是根据《中华人民共和国政府信息公开条例》要求,由河东区退役军人事务局编制的2022年度政府信息公开工作年度报告。\n\n"
    "一、总体情况\n\n2022年,区退役军人事务局主动公开政府信息46条,办理依申请公开3件。\n"
)


def test_a_columns_bare_genre_over_the_reports_own_title_is_not_its_title() -> None:
    d = summarize(text=_COLUMN_OVER_TITLE).document
    assert d.title == "天津市河东区退役军人事务局2022政府信息公开工作年度报告"
    assert d.agency == "天津市河东区退役军人事务局"
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2022


# a mirror of a county's news that wrote a betting site's name over the county's wherever it stood: the headline and
# the source field name no real body, so the page's agency is not said rather than the spam's
_SPAM_PLACE = (
    "新闻中心 > 本地要闻 > 正文\n"
    "皇冠体育比分召开2022年度安全生产工作会议\n"
    "时间:2022-03-01 09:10 来源:皇冠体育比分应急管理局 作者: 王立\n\n"
    "2月28日,皇冠体育比分召开2022年度安全生产工作会议,会议由副县长主持。"
    "会议分析了当前全县安全生产形势,安排部署了全国“两会”期间安全防范工作。\n"
)


def test_a_betting_sites_words_over_a_place_make_no_agency() -> None:
    d = summarize(text=_SPAM_PLACE).document
    assert d.agency is None
    assert d.report_year == 2022


# a town's annual report whose page gives its publisher only in the row above the opening, the source before the
# date (信息来源:… 发布日期:…), the title naming the town without its government
_SOURCE_BEFORE_DATE = (
    "无障碍版 长者助手 登录\n您当前的位置: > >其他文件\n\n"
    "横栏镇2023年法治政府建设年度报告\n\n"
    "信息来源:中山市横栏镇人民政府 发布日期:2024-02-06 分享:\n\n"
    "  2023年,横栏镇深入学习贯彻习近平法治思想,扎实推进依法治镇各项工作,全镇法治建设取得新成效。\n\n"
    "  一、2023年推进法治政府建设的主要举措和成效\n\n"
    "  (一)加强组织领导。镇党委理论学习中心组专题学法4次。\n"
)


def test_a_source_row_before_the_date_keeps_the_towns_government_as_the_agency() -> None:
    d = summarize(text=_SOURCE_BEFORE_DATE).document
    assert d.agency == "中山市横栏镇人民政府"
    assert d.doc_type == "annual_report"
    assert d.report_year == 2023


# a district's news of a city team come to evaluate it (某市评估组到某区开展…评估), posted by the district's judicial
# bureau: the source row names the poster, not a body of the district that was visited, so the district is the subject
_VISITED_POSTED_BY_BUREAU = (
    "宿州市评估组到埇桥开展“八五”普法中期评估\n\n"
    "来源:埇桥区司法局 阅读: 发布时间:2023-10-12 09:30 字体【   \n\n"
    "10月10日上午,宿州市“八五”普法中期抽查评估小组一行到我区开展中期评估验收,区委常委、宣传部长全程陪同。\n\n"
    "评估组先后到区人民法院、区实验学校、城东街道等单位实地走访,详细了解埇桥区“八五”普法中期工作开展情况。\n\n"
    "评估组对我区“八五”普法工作取得的阶段性成效给予充分肯定。\n"
)


def test_a_place_visited_stays_the_subject_when_its_bureau_only_posted_the_news() -> None:
    d = summarize(text=_VISITED_POSTED_BY_BUREAU).document
    assert d.agency == "埇桥区"
    assert d.report_year == 2023


# a headline naming two bodies that acted together (某市档案局、档案馆积极开展…): the first named leads
_TWO_BODIES_HEADLINE = (
    "宣城市档案局、档案馆积极开展“国际档案日”宣传活动\n2021-06-12\n"
    "2021年6月9日是第14个国际档案日,宣城市档案局、档案馆精心部署,积极开展宣传活动。"
    "当日,市档案局、档案馆在市民广场设置咨询服务台,发放宣传资料300余份。\n"
)


def test_a_headline_listing_two_bodies_names_the_first() -> None:
    d = summarize(text=_TWO_BODIES_HEADLINE).document
    assert d.agency == "宣城市档案局"
    assert d.doc_type == "news"


# a news item that lost its headline and opens on the times it falls in (随着…，…，为了…，) before its dated lead
_TIMES_THEN_LEAD = (
    "随着气温逐步回升,夜市经营陆续恢复,为了确保城区道路整洁畅通,5月12日,市城管综合执法局开展占道经营专项整治行动。\n"
    "此次行动共出动执法人员40余人次,劝导流动摊贩60余处,暂扣经营工具12件。\n"
    "下一步,市城管综合执法局将继续加强巡查,巩固整治成果。\n"
)


def test_an_untitled_news_lead_after_its_setting_clauses_is_news() -> None:
    d = summarize(text=_TIMES_THEN_LEAD).document
    assert d.doc_type == "news"
    assert d.agency == "市城管综合执法局"


# a repost of a county's work report: the province in brackets before the title, the day it was delivered after it
_DATED_WORK_REPORT = (
    "导航菜单\n(河南省)商水县人民政府工作报告(2024年1月9日)\n"
    "一年来,我们坚持稳中求进工作总基调,统筹发展和安全,全县经济社会发展取得新成效。\n"
    "(六)坚持依法行政,政府建设全面加强。扎实推进法治政府建设,全年办理人大代表建议126件。\n"
)


def test_a_work_reports_title_dated_by_its_delivery_day_reports_on_the_year_before() -> None:
    d = summarize(text=_DATED_WORK_REPORT).document
    assert d.doc_type == "government_work_report"
    assert d.agency == "商水县人民政府"
    assert d.report_year == 2023


# an untitled item whose only paragraph opening on years lists two of them (2015年、2019年，某机关对某法进行了两次修订)
_LISTED_YEARS = (
    "为加强基层法律服务,推进法治政府建设,某省人民代表大会常务委员会作出关于加强公共法律服务的决定。\n"
    "出台决定是落实全面依法治国战略部署的具体措施。\n"
    "2015年、2019年,全国人大常委会对相关法律进行了两次修订,有关部门也出台了相应配套规定。\n"
)


def test_the_last_of_a_list_of_years_is_no_texts_year() -> None:
    d = summarize(text=_LISTED_YEARS).document
    assert d.report_year is None


# a head, by post and name and without 一行, going to places of the province: the body of the post named last; a head
# coming to a county in a provincial paper's words is still the visitor's news
_HEAD_GOES = (
    "6月3日至4日,省委副书记、省委政法委书记韩立新到六盘水市水城区、盘州市,调研基层社会治理等工作。\n"
    "韩立新来到水城区某镇综治中心,详细了解矛盾纠纷多元化解情况。\n"
)
_HEAD_COMES = (
    "8月2日至3日,省人大常委会副主任罗建国来到遂川县,就挂点联系的乡村振兴和法治建设工作进行调研。"
    "省人大常委会法工委有关负责人陪同调研。\n"
)


def test_a_head_going_alone_names_the_body_of_his_last_post() -> None:
    assert summarize(text=_HEAD_GOES).document.agency == "省委政法委"
    assert summarize(text=_HEAD_COMES).document.agency == "省人大常委会"


# a notice issuing the plan that splits a congress's work report into tasks: a plan, no work report
_SPLIT_PLAN = (
    "赤峰市人民政府办公室关于印发《市六届三次人代会〈政府工作报告〉重点任务分工方案》的通知\n"
    "各旗县区人民政府,市政府各部门:\n"
    "经市政府同意,现将《市六届三次人代会〈政府工作报告〉重点任务分工方案》印发给你们,请认真贯彻执行。\n"
)


def test_a_plan_splitting_a_work_reports_tasks_is_no_work_report() -> None:
    d = summarize(text=_SPLIT_PLAN).document
    assert d.doc_type != "government_work_report"
    assert d.doc_type == "implementation_plan"


# a journal's article on a congress's practice (its abstract and keywords under the title): the body it studies is
# not its writer, and the page names no other
_JOURNAL_ARTICLE = (
    "【法学研究杂志】询问式监督的制度特征——省人大常委会的实践(2012—2022)\n"
    "稿件来源:《法学研究》杂志 发布时间:2023-10-09 10:20:00\n"
    "内容摘要:省人大常委会专题询问从实践探索、制度完善到立法确认,是省人大常委会开展的“问”与“答”的监督方式。"
    "省人大常委会专题询问的21个案例,是由省人大常委会组成人员在分组会议上提出问题,由被询问机关负责人现场答复的"
    "监督方式。专题询问是省人大常委会结合听取和审议报告、执法检查,列入年度监督工作计划的经常性监督方式。\n"
    "关键词:人大常委会;专题询问;监督方式\n"
    "一、引言\n"
    "专题询问是人大常委会监督工作的重要形式。\n"
)


def test_an_articles_keywords_keep_the_studied_body_from_being_its_writer() -> None:
    d = summarize(text=_JOURNAL_ARTICLE).document
    assert d.agency != "省人大常委会"
    assert d.doc_type == "other"


# a committee's work report whose page prints its title twice, the day it was delivered on the line under the
# second copy, run into part one: the year before that day's
_DAY_UNDER_REPEATED_TITLE = (
    "您的当前位置:\n常务委员会工作报告\n重要文件\n常务委员会工作报告\n"
    "(2021年1月20日)一、过去一年工作回顾。省政协常委会准确把握新形势新任务,从以下几个方面夯实了工作基础。"
    "一是坚持理论武装,组织专题学习14次。\n"
)


def test_a_work_reports_delivery_day_under_its_repeated_title_dates_the_year_before() -> None:
    d = summarize(text=_DAY_UNDER_REPEATED_TITLE).document
    assert d.report_year == 2020


# a lead dated by its full day with the lunar date in brackets, a bureau acting with another
_LUNAR_DATED_LEAD = (
    "(资料图片)\n文、图/某晚报全媒体记者 陈明 通讯员 黄丽\n"
    "2024年3月11日(农历二月初二),广东省茂名市司法局联合信宜市司法局在某镇开展送法进村活动,"
    "普法志愿者和“法律明白人”等28名法律工作者参加。\n"
    "活动现场设置法律咨询台,发放宣传资料500余份。\n"
)

# a region's awards ceremony held (…年度某区“法治人物”颁奖典礼举行): the region is the headline's subject
_CEREMONY_HELD = (
    "2023年度宁夏回族自治区“法治人物”颁奖典礼举行\n2024-05-20 10:12:30来源:宁夏日报\n"
    "弘扬法治精神,彰显法治力量。5月18日晚,2023年度宁夏回族自治区“法治人物”颁奖典礼在银川举行。\n"
)


def test_a_lead_whose_day_carries_its_lunar_date_names_its_bureau() -> None:
    d = summarize(text=_LUNAR_DATED_LEAD).document
    assert d.agency == "广东省茂名市司法局"
    assert d.report_year == 2024


def test_a_ceremony_held_names_the_region_before_it() -> None:
    d = summarize(text=_CEREMONY_HELD).document
    assert d.agency == "宁夏回族自治区"
    assert d.doc_type == "news"


# an audit office's entry meeting: the lead names the office; a later paragraph's audited bureau, whose head makes
# its statement of support, is at the meeting, not its writer
_AUDIT_ENTRY = (
    "为全面履行审计监督职责,扎实推进2024年度财政审计工作,博乐县审计局组织召开2024年度本级预算执行审计进点见面会,"
    "标志着该审计项目正式启动。\n"
    "会上,审计组主审宣读了审计通知书,介绍了本次审计的目标、范围和重点。\n"
    "财政局党组书记作表态发言,对审计组的到来表示欢迎和支持,将严格按照审计要求,主动配合、全力保障。\n"
    "下一步,审计组将严格按照审计方案,客观揭示问题、提出整改建议。\n"
)


def test_a_bureau_whose_head_speaks_at_the_meeting_is_not_the_items_writer() -> None:
    d = summarize(text=_AUDIT_ENTRY).document
    assert d.agency == "博乐县审计局"
    assert d.report_year == 2024


# people stirred by a work report (某地干部群众热议政府工作报告): news of the session, no work report
_STIRRED = (
    "钦州、北海等地干部群众热议政府工作报告\n"
    "自治区十四届人大二次会议1月20日在南宁开幕,全区各地群众收看大会开幕直播,热议政府工作报告。\n"
    "政府工作报告中提出,要实施高等学校骨干教师培育计划。\n"
)


def test_a_headline_of_people_stirred_by_a_work_report_is_news() -> None:
    assert summarize(text=_STIRRED).document.doc_type == "news"


# a lead whose subject carries its slogan in quotes before its verb (近日，某局“四方协同”齐抓…)
_SLOGAN_LEAD = (
    "近日,且末县烟草专卖局“三方联动”严查卷烟市场。\n"
    "一是与公安部门联合执法,加强对国道卡点的检查。二是与市场监管部门信息互通。\n"
)


def test_a_lead_subjects_slogan_before_its_verb_keeps_the_subject() -> None:
    assert summarize(text=_SLOGAN_LEAD).document.agency == "且末县烟草专卖局"


# a meeting in March whose item looks back on last year's honours, then says what the year will bring: the year it
# plans, as the meeting's own
_EARLY_MEETING = (
    "本报讯 3月15日,全市法院院长会议召开。与会人员认真学习贯彻全国全省法院院长会议精神。\n"
    "2023年,全市法院涌现出一批先进集体和个人,多人获得省级表彰。\n"
    "2024年,全市法院将紧紧围绕中心工作,深入推进诉源治理,努力让人民群众感受到公平正义。\n"
    "(本报记者 林海 通讯员 周晴)\n"
)


def test_an_early_meeting_is_of_the_year_it_plans_not_the_one_it_looks_back_on() -> None:
    d = summarize(text=_EARLY_MEETING).document
    assert d.doc_type == "news"
    assert d.report_year == 2024


# a provincial office visiting a city by its short name (某省委依法治省办在渭调研…), posted by the city's bureau: the
# visitor is the headline's subject, not the poster
_VISITS_BY_SHORT_NAME = (
    "首页 法治调研 正文\n甘肃省委依法治省办在陇调研镇(街道)法治政府建设工作\n发布时间:2022-04-08 10:03\n"
    "来源:陇南市司法局\n"
    "为推动镇(街道)法治政府建设,近日,甘肃省司法厅法治调研处有关负责同志一行到陇南市调研。\n"
)


def test_a_headline_visiting_a_place_by_its_short_name_names_the_visitor() -> None:
    assert summarize(text=_VISITS_BY_SHORT_NAME).document.agency == "甘肃省委依法治省办"


# a bureau's month's work summary (某局4月份工作小结): its title, naming the bureau
_MONTHS_SUMMARY = (
    "珠晖区市场监督管理局5月份工作小结\n"
    "一、5月份工作完成情况\n"
    "1、市场主体培育工作。截至5月底,我区市场主体总量28810户,净增1960户。\n"
)


def test_a_month_s_work_summary_is_titled_and_names_its_bureau() -> None:
    d = summarize(text=_MONTHS_SUMMARY).document
    assert d.title == "珠晖区市场监督管理局5月份工作小结"
    assert d.agency == "珠晖区市场监督管理局"
    assert d.doc_type == "other"


# a government's decision addressed to its bodies, its work covering documents issued before a day (对…前印发的
# 文件进行清理): a deadline, no news lead's day
_DEADLINE_DECISION = (
    "各镇人民政府,各街道办事处,区人民政府各部门:\n"
    "为推进依法行政,根据《某省行政规范性文件管理办法》有关规定,区政府组织开展全区行政规范性文件清理工作,"
    "对2024年6月30日前印发的行政规范性文件进行了全面清理。\n"
    "经区政府研究,决定继续有效的文件38件,失效的文件71件,现予以公布。\n"
)


def test_a_day_before_which_documents_were_issued_is_no_news_lead() -> None:
    assert summarize(text=_DEADLINE_DECISION).document.doc_type != "news"


# a community's residents' committee by its short name (某社区居委会召开…大会)
_COMMUNITY_MEETING = (
    "沙头角管理局\n东和社区居委会召开2021年度居民代表大会\n发布时间:2021-12-06\n"
    "12月3日,东和社区居委会召开2021年度居民代表大会,社区党委书记作年度工作总结。\n"
)


def test_a_communitys_residents_committee_by_its_short_name_is_a_body() -> None:
    assert summarize(text=_COMMUNITY_MEETING).document.agency == "东和社区居委会"


# a summary of a mayor's work report delivered at the congress (某某在某市…会议上所作工作报告摘要): news of it
_REPORT_DIGEST = (
    "林建国在绵阳市第八届人民代表大会第三次会议上所作工作报告摘要\n"
    "——市长林建国在绵阳市第八届人民代表大会第三次会议上所作工作报告摘要\n"
    "2023年圆满完成目标任务\n"
)


def test_a_digest_of_a_work_report_delivered_at_a_session_is_news() -> None:
    assert summarize(text=_REPORT_DIGEST).document.doc_type == "news"


# a district bureau's case on a city's list (近日，…名单出炉，区生态环境局选送的《…》案例上榜): the bureau that sent it
_CASE_LISTED = (
    "璧山案例入选重庆环境法治建设十大典型案例\n日期:2025-02-10\n"
    "近日,重庆市环境法治建设十大典型案例名单出炉,区生态环境局选送的《依法治理农村污水,守护一方碧水》案例上榜。\n"
    "去年以来,我区深入贯彻法治政府建设实施方案,启动农村污水治理专项行动。\n"
)


def test_a_bureau_whose_case_made_the_list_is_the_items_body() -> None:
    assert summarize(text=_CASE_LISTED).document.agency == "区生态环境局"


# the national law-popularisation office publishing the year's points (全国普法办公布《…工作要点》)
_NATIONAL_OFFICE = (
    "4月8日,全国普法办公布《2020年全国普法依法治理工作要点》。\n"
    "《工作要点》指出,要推进多层次多领域依法治理,提升社会治理法治化水平。\n"
)


def test_the_national_law_popularisation_office_is_a_body() -> None:
    d = summarize(text=_NATIONAL_OFFICE).document
    assert d.agency == "全国普法办"
    assert d.report_year == 2020


# a guide to writing a government report, listing the parts a disclosure report has: no report of any kind
_WRITING_GUIDE = (
    "首页 常识\n政府报告怎么写\n"
    "政府报告的写作应遵循一定的格式和内容要求,以确保信息清晰、准确。以下是撰写政府报告的一些基本要点:\n"
    "标题\n标题应简明扼要地概括报告的主题。\n"
    "此外,对于政府报告,还可能包括以下内容:\n"
    "主动公开政府信息的情况:说明主动公开的范围和数量。\n"
    "政府信息依申请公开办理情况:详细记录依申请公开的办理情况。\n"
    "政府信息公开的收费及减免情况:说明收费标准和减免情况。\n"
)


def test_a_guide_to_writing_a_report_is_no_report() -> None:
    assert summarize(text=_WRITING_GUIDE).document.doc_type == "other"


# a report titled by its year whose opening runs since the year before (2022年…自评报告 over 2021年以来，…)
_SINCE_LAST_YEAR = (
    "• [ 发布机构 ]\n• 江北区教委\n江北区人民政府2022年履行教育职责自评报告\n"
    "2021年以来,江北区坚持以习近平新时代中国特色社会主义思想为指导,全面落实教育优先发展战略。\n"
    "一、自查情况\n(一)加强党对教育工作全面领导\n"
)


def test_an_opening_since_the_year_before_does_not_void_the_titles_year() -> None:
    d = summarize(text=_SINCE_LAST_YEAR).document
    assert d.report_year == 2022
    assert d.agency == "江北区人民政府"


# a city office's circular on an assessment's results (某办关于…考核结果的通报): a document, no headline
_CIRCULAR = (
    "上饶市人民政府办公室关于2023年度河湖长制工作市级考核结果的通报\n"
    "各县(市、区)人民政府,市政府有关部门:\n"
    "根据《上饶市2023年河湖长制工作要点及考核方案》要求,市河长办组织开展了2023年度河湖长制工作考核。"
    "经市政府同意,现将考核结果通报如下。\n"
)


def test_a_bodys_circular_about_results_is_no_news() -> None:
    d = summarize(text=_CIRCULAR).document
    assert d.doc_type == "other"
    assert d.report_year == 2023


# a bureau's lead naming the year through the event it joins (借助“2023年某市…三下乡”活动)
_JOINS_THE_YEARS_EVENT = (
    "普法入人心——科右前旗司法局同“法律明白人”共同开展普法宣传\n"
    "为充分发挥“法律明白人”作用,近日,科右前旗司法局借助“2023年科右前旗文化科技卫生三下乡”活动,开展普法宣传。\n"
    "活动中,工作人员向群众普及《民法典》等法律知识。\n"
)


def test_the_year_of_the_event_a_lead_joins_dates_the_news() -> None:
    d = summarize(text=_JOINS_THE_YEARS_EVENT).document
    assert d.doc_type == "news"
    assert d.report_year == 2023


# a city's supply and marketing co-operative, a body of its government, winning a province's prize
_COOPERATIVE = (
    "本报讯(记者李明 通讯员王红)近日,青岛市供销合作社在全省供销合作社系统2022年度业务评价中获得“一等奖”。\n"
    "2022年是市供销合作社发展史上具有里程碑意义的一年。\n"
)


def test_a_citys_supply_and_marketing_cooperative_is_a_body() -> None:
    d = summarize(text=_COOPERATIVE).document
    assert d.agency == "青岛市供销合作社"
    assert d.report_year == 2022


# a bureau's report that lost its title, speaking as 我局, naming itself once: in the group it set up after itself
_OWN_GROUP_ONLY = (
    "2023年,在市委、市政府的正确领导下,我局以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,"
    "扎实推进法治政府建设各项工作。\n"
    "一、主要工作情况\n"
    "(一)坚持党的领导,切实履行法治政府建设职责。一是成立珠海市生态环境局法治建设工作领导小组,由局长任组长,"
    "统筹推进全局法治建设。二是全年召开局党组会议专题研究法治工作4次。\n"
)


def test_a_report_naming_its_bureau_only_in_the_group_it_set_up_names_that_bureau() -> None:
    d = summarize(text=_OWN_GROUP_ONLY).document
    assert d.agency == "珠海市生态环境局"
    assert d.report_year == 2023


# a mirror that glued its own address into the preamble between two characters (现公布example.com某乡…报告)
_GLUED_ADDRESS = (
    "根据《中华人民共和国政府信息公开条例》要求,现公布mirrorsite.com岭下乡2018年政府信息公开工作年度报告。"
    "本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n"
    "如对本年报有任何疑问,请与本单位政府信息公开受理机构联系,单位:岭下乡党政办,电话:0577-67130000。\n"
    "一、概述\n2018年,我乡主动公开政府信息56条。\n"
)


def test_a_mirrors_address_glued_into_the_preamble_does_not_hide_the_body() -> None:
    d = summarize(text=_GLUED_ADDRESS).document
    assert d.agency == "岭下乡"
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2018


# a disclosure report's page that prints a link to its explainer above it (相关解读:…的问答解读): the link is no title,
# the body's formula makes the report
_RELATED_LINK_OVER_REPORT = (
    "相关解读:北京市朝阳区人民政府2023年政府信息公开工作年度报告的问答解读\n"
    "依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,编制本报告。\n"
    "一、总体情况\n(一)主动公开情况\n2023年,区政府门户网站主动公开政府信息1260条。\n"
)


def test_a_link_to_a_reports_explainer_over_the_report_is_no_title() -> None:
    d = summarize(text=_RELATED_LINK_OVER_REPORT).document
    assert d.title is None
    assert d.doc_type == "information_disclosure_report"


# a disclosure report of the older template that lost its title: 一、概述, then the year's disclosure work
_OLD_TEMPLATE = (
    "一、概述\n"
    "2019年,我局结合统计工作实际,认真贯彻落实省、市政务公开工作要点,主要工作情况如下。\n"
    "(一)围绕民众关切事项,在政府信息公开目录和统计信息网公开了部门预算、统计公报等信息。\n"
)


def test_the_older_disclosure_templates_first_part_makes_a_disclosure_report() -> None:
    d = summarize(text=_OLD_TEMPLATE).document
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2019


# a banner's disclosure report that lost its title: the preamble's three sentences, then 2024年，某旗坚持…
_BANNER_AFTER_PREAMBLE = (
    "根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅政府信息与政务公开办公室关于印发"
    "<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)要求编制本报告。"
    "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项。"
    "本报告的电子版可在旗人民政府门户网站查阅和下载。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
    "如对本报告有任何疑问,请与旗人民政府办公室联系(地址:尼尔基镇团结路1号,邮编:162850,电话:0470-4600000)。\n"
    "2024年,莫力达瓦达斡尔族自治旗坚持以习近平新时代中国特色社会主义思想为指导,认真落实政府信息公开各项要求。\n"
    "(一)主动公开情况 旗政府门户网站发布信息共计6204条。\n"
)


def test_the_first_sentence_after_a_disclosure_preamble_names_the_banner() -> None:
    d = summarize(text=_BANNER_AFTER_PREAMBLE).document
    assert d.agency == "莫力达瓦达斡尔族自治旗"
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2024


# a digital paper's page: the edition row under the item gives its day and weekday; the lead says only 近日
_PAPER_EDITION_ROW = (
    "某日报 数字报纸\n00012版:今日嘉兴\n海盐实现乡镇(街道)综合行政执法队全覆盖\n王 立 李 明\n"
    "近日,随着某镇综合行政执法队揭牌,海盐县实现乡镇(街道)综合行政执法队全覆盖。\n"
    "接下来,海盐将进一步强化统筹,加快构建基层为主齐抓共管的治理体系。\n"
    "某日报 今日嘉兴 00012 海盐实现乡镇(街道)综合行政执法队全覆盖 2023-05-16 某日报2023-05-1600012 2 "
    "2023年05月16日 星期二\n"
)


def test_a_digital_papers_edition_row_under_the_item_dates_it() -> None:
    d = summarize(text=_PAPER_EDITION_ROW).document
    assert d.doc_type == "news"
    assert d.report_year == 2023


# a government legal affairs office's year's summary (某政府法制办公室2006年工作总结暨2007年工作安排): the office has
# no other work, so its year's summary is its rule-of-law report
_LEGAL_OFFICE_SUMMARY = (
    "市人民政府法制办公室2006年工作总结暨2007年工作安排\n"
    "一、2006年工作回顾\n"
    "2006年是我市全面推进依法行政、建设法治政府进程中关键的一年。一年来,我办认真贯彻《全面推进依法行政实施纲要》,"
    "审查规范性文件42件,办理行政复议案件61件。\n"
)


def test_a_legal_affairs_offices_years_summary_is_its_annual_report() -> None:
    d = summarize(text=_LEGAL_OFFICE_SUMMARY).document
    assert d.doc_type == "annual_report"
    assert d.report_year == 2006


# a district's congress opening, the district named after its city (某市某区第二届人民代表大会…隆重开幕)
_DISTRICT_CONGRESS = (
    "扬州市邗江区第二届人民代表大会第一次会议隆重开幕\n2022-01-11 09:30\n"
    "1月10日下午,扬州市邗江区第二届人民代表大会第一次会议在区会议中心隆重开幕。\n"
)


def test_a_districts_congress_after_its_city_is_the_districts() -> None:
    d = summarize(text=_DISTRICT_CONGRESS).document
    assert d.agency == "扬州市邗江区"
    assert d.doc_type == "news"


# a congress session's resolution on the government's work report (…会议关于某市人民政府工作报告的决议): a resolution,
# no work report
_RESOLUTION_ON_REPORT = (
    "松原市第七届人民代表大会第六次会议关于松原市人民政府工作报告的决议\n"
    "(2025年1月10日松原市第七届人民代表大会第六次会议第三次全体会议通过)\n"
    "松原市第七届人民代表大会第六次会议听取和审议了市长所作的《政府工作报告》。会议充分肯定市政府2024年的工作。\n"
)


def test_a_sessions_resolution_on_a_work_report_is_no_work_report() -> None:
    assert summarize(text=_RESOLUTION_ON_REPORT).document.doc_type == "other"


# a province's work report titled by its year whose review paragraph (一年来，…) names the year before
_REVIEW_PARAGRAPH = (
    "返回首页 > 您现在的位置: 某县 > 下设单位 > 正文\n2023年某省政府工作报告\n"
    "一年来,我们坚持生态优先绿色发展,生态环境质量持续改善。成功承办2022年全省生态文明建设现场会。\n"
    "推进乡村建设。实施宜居乡村建设行动,完善农村基础设施。\n"
)


def test_a_work_reports_review_paragraph_naming_the_year_before_dates_it() -> None:
    d = summarize(text=_REVIEW_PARAGRAPH).document
    assert d.doc_type == "government_work_report"
    assert d.report_year == 2022


# a carrier's credit that dates its dispatch in brackets (【某某台 2021年03月12日讯】), under a headline
_DATED_CREDIT_LEAD = (
    "高雄地方法院「国民法官」宣导活动\n"
    "【某某电视台 2022年04月18日讯】台湾高雄地方法院为使民众对国民法官新制有更多认识,透过办理各式活动深入社区宣导。\n"
    "院长表示,国民法官是由公正程序随机抽选产生,人人都有机会成为国民法官。\n"
)


def test_a_carriers_dated_credit_makes_news_of_its_year() -> None:
    d = summarize(text=_DATED_CREDIT_LEAD).document
    assert d.doc_type == "news"
    assert d.report_year == 2022
