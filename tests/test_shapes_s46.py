"""Shapes of session 46 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a provincial portal's page: a long menu (login, language versions, accessibility modes, apps, one bullet a line),
# the breadcrumb, a metadata block, then the notice's title; the title stands past the twentieth line
_MENU = ["登录 注册"] + [
    f"  • {label}"
    for label in (
        "民族文字版",
        "无障碍浏览",
        "长者模式",
        "微信公众号",
        "微信公众号",
        "客户端",
        "客户端",
        "手机版",
        "手机版",
        "首页",
        "要闻动态",
        "政务公开",
        "政务服务",
        "政民互动",
        "政府数据",
        "走进青川",
    )
]
_LONG_MENU_NOTICE = "\n".join(
    _MENU
    + [
        "当前位置:首页 > 青川省人民政府办公厅 > 政务公开 > 省政府文件",
        "索 引 号 主题分类 综合政务 \\ 其他",
        "发布机构 省人民政府 文  号 青政发〔2014〕18号",
        "成文日期 2014-05-06",
        "青川省人民政府关于印发《青川省人民政府工作规则》的通知",
        "发布日期:2014-05-06 10:20 信息来源:省人民政府办公厅",
        "",
        "各市人民政府,各县人民政府,省政府各委、办、厅、局:",
        "  《青川省人民政府工作规则》已经2014年4月28日省人民政府第三次常务会议审议通过,现予印发,请认真贯彻执行。",
    ]
)


def test_a_notice_title_below_a_long_menu_is_found_and_names_the_issuer() -> None:
    d = summarize(text=_LONG_MENU_NOTICE).document
    assert d.title == "青川省人民政府关于印发《青川省人民政府工作规则》的通知"
    assert d.agency == "青川省人民政府"


# an encyclopedia's entry on a government: an update stamp, a defining sentence carrying the body's English name, then
# the bodies under it, one a line (a department on a line of its own is no byline of the entry)
_ENTRY = (
    "更新时间:2024-06-01 09:30\n"
    "青川省人民政府(The People's Government of Qingchuan Province),是青川省的最高国家行政机关,"
    "是青川省人民代表大会的执行机关,对省人民代表大会和国务院负责并报告工作。\n"
    "青川省国有资产监督管理委员会\n"
    "青川省信访局、青川省政府研究室(青川省人民政府办公厅管理)\n"
    "青川省粮食和物资储备局(青川省发展和改革委员会管理)\n"
    "2018年,青川省机构改革方案印发,省政府设置组成部门22个。\n"
)


def test_an_encyclopedia_entry_is_about_the_body_it_defines() -> None:
    d = summarize(text=_ENTRY).document
    assert d.agency == "青川省人民政府"
    assert d.doc_type != "annual_report"


# a county portal's news item whose metadata fields, copied out of their table, run on one long line (索引号 … 公文目录:
# 政府会议 发文日期:… 发布机构:…); the lead names no date and the body no year
_METADATA_ROW_NEWS = (
    "无障碍浏览\n"
    "长者模式 青川县人民政府\n"
    "首页 >> 公开信息内容\n"
    "十七届县人民政府第12次常务会议召开\n"
    "索引号:11532300000000000X-/2018-0507001 公文目录:政府会议 发文日期:2018年05月07日 主题词: 文  号: "
    "成文日期: 发布机构:青川县政府办\n"
    "县长王明主持召开第十七届人民政府第12次常务会议,听取全县森林防火工作情况汇报。\n"
    "会议强调,各乡镇各部门要压实责任,加强巡查,确保不发生重大火情。\n"
)


def test_a_one_line_metadata_row_dates_a_news_item_that_names_no_year() -> None:
    d = summarize(text=_METADATA_ROW_NEWS).document
    assert d.doc_type == "news"
    assert d.report_year == 2018


# an essay site's copy of a province's work report, titled with the province's stem alone (2019年山西政府工作报告全文)
_STEM_TITLED_WORK_REPORT = (
    "2019年山西政府工作报告全文\n"
    "发布时间:2019-02-01 10:00 查看人数:12\n"
    "各位代表:\n"
    "现在,我代表省人民政府,向大会作政府工作报告,请予审议,并请省政协委员和其他列席人员提出意见。\n"
    "一、2018年工作回顾\n"
    "过去一年,全省地区生产总值增长6.5%,一般公共预算收入增长10.1%。\n"
)


def test_a_work_report_titled_with_a_provinces_stem_names_its_peoples_government() -> None:
    d = summarize(text=_STEM_TITLED_WORK_REPORT).document
    assert d.doc_type == "government_work_report"
    assert d.agency == "山西省人民政府"
    assert d.evidence.agency is not None and d.evidence.agency.text.startswith("山西")


def test_a_special_regions_government_is_not_renamed_a_peoples_government() -> None:
    from summarizer.facts.agency import _stem_government

    assert _stem_government(("香港政府", (0, 4), "title"))[0] == "香港政府"
    assert _stem_government(("吉林政府", (0, 4), "title"))[0] == "吉林政府"  # a province and a city: left as read


# a paper's item on a standing committee's inspections, counting them over a span to the present (2013年至今): the
# span's first year is no year the item is about
_SPAN_TO_NOW = (
    "青川日报讯 市人大常委会认真履行职责,积极开展执法检查,加快法治青川建设。\n"
    "近几年来,市人大常委会每年对执法检查进行全面部署,连年不断开展执法检查,2013年至今,市人大常委会累计组织开展了"
    "对40部法律法规的执法检查。\n"
    "(李明 王红)\n"
)


def test_the_start_of_a_span_to_the_present_does_not_date_a_news_item() -> None:
    d = summarize(text=_SPAN_TO_NOW).document
    assert d.doc_type == "news"
    assert d.report_year != 2013


# a local site's item whose writer learned it from the county government (笔者日前从某县政府得到消息，某县于…起，对…进行
# 了全面清理): that government's news
_WRITER_INFORMED = (
    "笔者日前从青川县政府得到消息,青川县于2014年3月份起,对以县政府、县政府办公室及县政府工作部门名义发布的规范性文件"
    "进行了全面清理,清理总数达到了52件。\n"
    "此次全县共清理规范性文件52件,其中,决定保留18件,失效和废止31件,需修改3件。\n"
)


def test_a_writer_informed_by_a_government_reports_that_governments_news() -> None:
    d = summarize(text=_WRITER_INFORMED).document
    assert d.doc_type == "news"
    assert d.agency == "青川县政府"


# a page carrying one part of a special region's policy address: the address is for the next fiscal year, the part
# reviews the year just past, and the page's title names both
_REVIEW_PART = (
    "跳过导航\n\n"
    "二○二四年财政年度施政报告—二〇二三年施政工作回顾与总结\n\n"
    "现在,我简要回顾和总结特区政府2023年的施政工作。\n\n"
    "(一)经济稳步复苏\n\n"
    "特区政府高度重视经济复苏,全年推出多项援助措施,本地居民失业率逐季回落。\n"
)


def test_the_part_reviewing_a_years_work_is_dated_by_that_year() -> None:
    d = summarize(text=_REVIEW_PART).document
    assert d.report_year == 2023


# a law-popularisation portal's item: breadcrumb, then a headline whose verb is 督察 (an inspection team inspects a
# district's work), then the page's date row and the lead
_INSPECTION_HEADLINE = (
    "今天是:\n"
    "您当前所在的位置是:主页 > 普法动态 > 东湖区\n"
    "青川市委依法治市办督察组全面督察东湖区法治政府建设工作\n\n"
    "    发布时间:2019-12-11 14:47    浏览次数:\n"
    "    12月10日,市司法局副局长王明带领市委法治政府建设第二督察组一行,到东湖区督察法治政府建设工作。"
    "区委副书记李红参加督察工作汇报会。\n"
)


def test_an_inspection_headline_is_the_items_title() -> None:
    d = summarize(text=_INSPECTION_HEADLINE).document
    assert d.title == "青川市委依法治市办督察组全面督察东湖区法治政府建设工作"
    assert d.doc_type == "news"
    assert d.report_year == 2019


# a notice copied without its title, opening on its own number, then its addressees and body (no year in the body)
_NUMBER_FIRST_NOTICE = (
    "青府办字〔2005〕111号\n"
    "各县(市、区)人民政府,市直有关单位:\n"
    "为全面推进依法行政,省政府编辑部正在编辑《依法行政青川行》专刊,现就组稿有关事项通知如下:\n"
    "一、各单位于本月底前报送稿件一至两篇。\n"
)

# a notice issuing a plan, its number's 号 lost at the line's end by the copy
_PLAN_NOTICE = (
    "关于印发青川区进一步优化营商环境实施方案的通知\n\n"
    "来源:青川区人民政府办公室 发布日期:2019-03-15\n\n"
    "青政发〔2019〕1 \n\n"
    "各乡、镇人民政府,区政府各部门:\n\n"
    "《青川区进一步优化营商环境实施方案》已经区政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
)

# a standing opinion opening on its number: in force until replaced, of no year
_STANDING_OPINION = (
    "青发〔2010〕33号\n"
    "各市、县人民政府,省政府各部门:\n"
    "为深入推进依法行政,进一步加强法治政府建设,现提出以下意见。\n"
    "一、加强法治政府建设的重要性和总体要求\n"
)


def test_a_notices_own_number_dates_it_when_no_title_stands_over_it() -> None:
    d = summarize(text=_NUMBER_FIRST_NOTICE).document
    assert d.report_year == 2005


def test_a_plan_issued_by_a_numbered_notice_is_of_the_notices_year() -> None:
    d = summarize(text=_PLAN_NOTICE).document
    assert d.doc_type == "implementation_plan"
    assert d.report_year == 2019


def test_a_standing_opinions_number_gives_it_no_year() -> None:
    d = summarize(text=_STANDING_OPINION).document
    assert d.report_year is None


# a portal's page whose metadata row files the notice's number (发文字号) and a later posting date; the notice's own
# body names no year
_NUMBER_FILED = (
    "您当前的位置:首页>政务公开>法定主动公开内容>行政规范性文件\n\n"
    "[ 索引号 ] 115000000000000000/2020-00160 [ 发文字号 ] 青府办发〔2017〕132号\n"
    "[ 主题分类 ] 其他 [ 体裁分类 ] 行政规范性文件\n"
    "[ 发布机构 ] 青川县人民政府办公室\n\n"
    "关于印发青川县危险化学品生产安全应急预案的通知\n\n"
    "各乡镇人民政府,县政府各部门:\n"
    "《青川县危险化学品生产安全应急预案》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
)


def test_a_notices_number_filed_in_the_pages_metadata_dates_it() -> None:
    d = summarize(text=_NUMBER_FILED).document
    assert d.report_year == 2017


# an online encyclopedia's entry on disclosure, quoting the regulation's articles (which name the yearly disclosure
# report): an entry on a subject, no body's report
_ENCYCLOPEDIA_ENTRY = (
    "打开主菜单\n\n青川百科\n\n信息公开制度\n\n"
    "信息公开是保障公民知情权的法律制度。 [1]\n\n"
    "第三条 各级人民政府应当加强对政府信息公开工作的组织领导。\n\n"
    "第四条 政府信息公开工作机构的具体职责是:\n\n"
    "(一)具体承办本行政机关的政府信息公开事宜;\n\n"
    "(三)组织编制本行政机关的政府信息公开指南、政府信息公开目录和政府信息公开工作年度报告;\n"
)


def test_an_encyclopedia_entry_quoting_the_disclosure_rules_is_no_disclosure_report() -> None:
    d = summarize(text=_ENCYCLOPEDIA_ENTRY).document
    assert d.doc_type == "other"


# a city's circular commending its model units (…示范单位的通报), its body hard-wrapped so that a cited notice's title
# starts a line of its own further down
_COMMENDATION = (
    "青川市人民政府关于表彰2008年度青川市法治政府建设工作示范单位的通报\n"
    "(青政发〔2009〕25号)\n"
    "各县(市、区)人民政府,市政府直属各单位:\n"
    "2008年,全市各级行政执法单位认真按照\n"
    "国务院《关于印发全面推进依法行政实施纲要的通知》和《\n"
    "关于加强市县政府依法行政的决定》要求,切实履行法定职责。为表彰先进,市人民政府决定,授予东湖区人民政府"
    "“2008年度青川市法治政府建设工作示范单位”荣誉称号。\n"
)


def test_a_circular_commending_units_is_titled_by_its_own_first_line() -> None:
    d = summarize(text=_COMMENDATION).document
    assert d.title == "青川市人民政府关于表彰2008年度青川市法治政府建设工作示范单位的通报"
    assert d.doc_type == "other"
    assert d.report_year == 2008


# a city's standing meeting, its head's post run onto the city's name (青川市长某某主持召开市政府常务会议)
_HEAD_PRESIDES = (
    "1月15日,青川市长王明主持召开市政府常务会议,会议认真学习了《法治政府建设与责任落实督察工作规定》,"
    "审议了关于报请命名2019年度园林单位的请示。\n"
    "会议要求,各级各部门要高度重视,落实责任,依法履职。\n"
)


def test_a_government_named_short_is_named_by_the_place_its_head_presides_for() -> None:
    d = summarize(text=_HEAD_PRESIDES).document
    assert d.agency == "青川市政府"
    assert d.evidence.agency is not None and d.evidence.agency.text == "市政府"


# a district government's meeting studying a new law with a guest lecturer, the page's photo captions naming the
# lecturer (body, post, name) and the district head on lines of their own
_CAPTIONED_GUEST = (
    "东湖区政府常务会议组织学习新修订的《行政复议法》\n"
    "2月5日上午,东湖区政府第54次常务会议邀请青川市司法局党组成员、副局长王明专题讲解新修订的《行政复议法》。\n"
    "东湖区政府常务会议组织学习新修订的《行政复议法》\n"
    "青川市司法局党组成员、副局长 王明\n"
    "讲座围绕行政复议法修订的意义和目的、重点内容等方面作全面细致的讲解。\n"
    "东湖区委副书记、区长 李红\n"
    "讲座结束后,李红就行政复议工作提出三点要求。\n"
)


def test_a_guests_photo_caption_is_not_the_subject_of_the_item() -> None:
    d = summarize(text=_CAPTIONED_GUEST).document
    assert d.agency == "东湖区政府"
