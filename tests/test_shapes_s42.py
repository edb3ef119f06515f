"""Shapes of session 42 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.facts.names import two_names

# a bureau's untitled work item: a purpose clause of several commas, the month of a campaign, then the bureau doing
# its work "on two fronts" (双管齐下), an idiom where a verb would stand; its body speaks of its city as 我市
_TWO_FRONTS = (
    "为加强社保政策宣传,进一步提高参保群众的政策知晓率,积极营造共同维护基金安全的良好氛围,"
    "2023年5月集中宣传月期间,丰城市社会保险事业管理局双管齐下,将政策宣传和基金监管宣传同步启动。\n"
    "在组织领导方面:结合我市实际,制定了宣传月活动方案,主要领导带头抓,分管领导具体抓。\n"
    "在政策宣传方面:印发宣传海报600份、宣传手册9000份,在公交站台设置广告栏20块。\n"
)


def test_a_bureaus_item_working_on_two_fronts_is_its_news_of_that_year() -> None:
    d = summarize(text=_TWO_FRONTS).document
    assert d.agency == "丰城市社会保险事业管理局"
    assert d.doc_type == "news"
    assert d.report_year == 2023


# a generated article on a kind of body: an introduction, then "this article will explore the bureau's …": it
# studies the bureau, no bureau wrote it
_ESSAY_ON_A_BUREAU = (
    "引言\n\n"
    "自然资源管理关系发展全局,而依法行政是管好资源的根本保障。本文将深入探讨自然资源局在依法行政方面的主要做法,"
    "以及这些做法如何推动资源保护。\n\n"
    "一、背景\n\n近年来,自然资源局在市委领导下,持续完善制度体系,规范执法行为。\n"
)


def test_an_essay_on_a_kind_of_bureau_names_no_agency() -> None:
    d = summarize(text=_ESSAY_ON_A_BUREAU).document
    assert d.agency is None


# a document shop's page: the file's name, its upload row, then the bureau's year's summary under a title that ran
# "work plan" and "summary" together (…法治工作方案总结)
_PLAN_SUMMARY_FILE = (
    "青山区教育局2019年教育法治工作方案总结.doc\n\n"
    "上传人:王** 文档编号:12345 上传时间:2020-01-08 格式:DOC 页数:5\n"
    "青山区教育局2019年教育法治工作方案总结.doc_第1页\n第1页 / 共5页\n点击查看更多>>\n资源描述\n\n"
    "1、|青山区教育局 2019 年教育法治工作总结2019年青山区教育局坚持以习近平法治思想为指导,"
    "扎实推进依法行政,全年办理行政许可1260件,不断提升依法办事能力。为适应新形势,局党组专题研究法治工作3次。\n"
)


def test_a_plans_summary_of_the_year_is_the_bureaus_annual_report() -> None:
    d = summarize(text=_PLAN_SUMMARY_FILE).document
    assert d.doc_type == "annual_report"
    assert d.agency == "青山区教育局"
    assert d.report_year == 2019


# a county's weekly chronicle of events, its issue in brackets, the archive office only in the source row
_WEEKLY_CHRONICLE = (
    "东乌县2024年一周大事记(第六期)\n\n"
    "发布日期: 2024-02-18 10:05    来源:  档案馆\n\n"
    "2月12日,县政协召开常务委员会会议,县政协主席主持会议并讲话。\n"
    "2月13日,县政府召开常务会议,研究部署春季安全生产工作。\n"
)


def test_a_weekly_chronicle_is_no_news_item() -> None:
    d = summarize(text=_WEEKLY_CHRONICLE).document
    assert d.doc_type == "other"


# news of a county congress opening, quoting the county head's opening words of the government's work report
_SESSION_OPENS = (
    "泾县第十七届人民代表大会第三次会议隆重开幕\n"
    "今天上午,泾县第十七届人民代表大会第三次会议在县会堂隆重开幕,230名县人大代表出席会议。\n"
    "县委书记、大会执行主席主持开幕大会。\n"
    "大会将听取和审议《泾县人民政府工作报告》等报告。\n"
    "县长、大会执行主席李明:“各位代表,现在,我代表县人民政府,向大会报告工作,请予审议。”\n"
    "李明在报告中说,过去一年,全县地区生产总值增长6.1%。\n"
)


def test_news_of_a_session_quoting_the_work_report_is_news() -> None:
    d = summarize(text=_SESSION_OPENS).document
    assert d.doc_type == "news"


def test_a_government_named_by_its_level_takes_the_place_its_headline_opens_on() -> None:
    # (我代表县人民政府 under 泾县第十七届人民代表大会…开幕, the text naming 泾县人民政府 in full once)
    assert summarize(text=_SESSION_OPENS).document.agency == "泾县人民政府"


# a bureau's sentence on the tasks the government's work report gave it: citing the work report makes it no work
# report
_TASKS_OF_THE_WORK_REPORT = (
    "2022年县水利局承担县政府工作报告确定的重点工作事项共8项,均已按要求完成。\n"
    "全年新建农村供水工程12处;完成中小河流治理18公里;水毁工程修复已全部完工。\n"
)


def test_a_sentence_citing_the_work_report_is_no_work_report() -> None:
    d = summarize(text=_TASKS_OF_THE_WORK_REPORT).document
    assert d.doc_type != "government_work_report"


# a procuratorate's news of its report passed by the district congress: the page dated, the lead by day, and the
# report's look back at the year before in the paragraph after
_REPORT_PASSED = (
    "【喜报】南溪区人民检察院工作报告获全票通过!\n\n"
    "发布时间:[2023-03-09] 责任编辑:南溪区人民检察院\n\n"
    "3月6日上午,南溪区第八届人民代表大会第二次会议胜利闭幕。经表决,南溪区人民检察院工作报告获全票通过。\n\n"
    "检察长在报告中回顾总结了2022年南溪检察工作取得的成效。一年来,该院共办理各类案件520件。\n"
)


def test_news_of_a_report_passed_is_of_the_sessions_year_not_the_reviewed_one() -> None:
    d = summarize(text=_REPORT_PASSED).document
    assert d.doc_type == "news"
    assert d.report_year == 2023
    assert d.agency == "南溪区人民检察院"


# a rule whose page heading left out its issuer, the next line printing the title again with the issuer in front
_TITLE_RESTATED = (
    "重大行政决策听取意见制度\n\n"
    "平阳市东湖区人民政府重大行政决策听取意见制度\n\n"
    "第一条 为提高重大行政决策的科学化水平,结合我区实际,制定本制度。\n\n"
    "第二条 区政府作出重大行政决策前,应当组织专家进行论证。\n"
)


def test_a_title_printed_again_with_its_issuer_names_the_agency() -> None:
    d = summarize(text=_TITLE_RESTATED).document
    assert d.agency == "平阳市东湖区人民政府"


# a city's disclosure page: its menu's labels each broken over two lines (重点领域 / 信息公开, 政府信息 / 公开年报), then
# the plan's own title with its period in brackets after its genre
_PLAN_UNDER_BROKEN_COLUMN = (
    "法定主动公开内容\n\n重点领域\n信息公开\n\n政府信息\n公开年报\n\n"
    "汉中市“十三五”水利发展规划(2016-2020)\n\n"
    "发布时间: 2016-11-02 10:21:05\n\n"
    "      水利是经济社会发展的基础设施。为贯彻落实党的十八届五中全会精神,加快水利改革发展,制定本规划。\n"
    "一、发展基础\n“十二五”期间,全市累计完成水利投资120亿元。\n"
)


def test_a_column_label_broken_over_two_lines_is_not_the_plans_title() -> None:
    d = summarize(text=_PLAN_UNDER_BROKEN_COLUMN).document
    assert d.title == "汉中市“十三五”水利发展规划(2016-2020)"
    assert d.doc_type == "implementation_plan"


# copies pasted as one line, the line breaks between the site's furniture and the item lost


def test_a_sites_name_run_onto_its_bureaus_name_reads_as_the_bureau() -> None:
    # (深圳市某区人民政府 / 某区某局2024年…报告: the site's name and the bureau's title, the break between them lost)
    assert two_names("深圳市南山区人民政府南山区水务局") == "南山区水务局"
    assert two_names("深圳市公安局南山分局") is None  # a body inside another: one name


def test_a_column_name_run_onto_a_towns_headline_is_not_part_of_the_name() -> None:
    text = (
        "工作动态石门镇召开第十七届人民代表大会第二次会议3月8日,石门镇召开第十七届人民代表大会第二次会议,"
        "共有52名代表出席会议。会议听取并审议了镇人民政府工作报告。"
    )
    assert summarize(text=text).document.agency != "工作动态石门镇"


def test_a_market_is_no_city() -> None:
    text = (
        "文化市场行政执法制度为进一步加强执法监督,规范执法行为,提高执法效率,强力推动市、县(区)联动工作机制,"
        "切实做好我市各类文化市场案件的查处工作,制定本制度。一、适用范围本制度适用于全市各县、区文化市场执法部门。"
    )
    assert summarize(text=text).document.agency is None


def test_a_sites_note_on_who_keeps_its_column_names_no_writer() -> None:
    text = (
        "法治政府建设丰原市创建全国法治政府建设示范市本专题内容由司法局发布当前位置: 法治政府建设专栏>法治政府工作报告"
        "丰原市人民政府关于2024年度法治政府建设情况的报告来源:司法局 发布日期:2025-01-20"
        "丰原市人民政府关于2024年度法治政府建设情况的报告2024年,丰原市深入学习贯彻习近平法治思想,全面推进依法行政。"
    )
    assert summarize(text=text).document.agency != "司法局"


# a fixed-width export that wrapped a breadcrumb and a sentence inside a department's name: the part on the line
# below (生健康委, 治政府) is no name
_WRAPPED_INSIDE_A_NAME = (
    "首页 > 政府信息公开 > 政府信息公开年报 > 部门信息公开年报 > 市卫\n"
    "生健康委\n"
    "各区县(市)认真贯彻落实《法治政府建设实施纲要(2021—2025年)》,法\n"
    "治政府建设在保障经济社会高质量发展方面发挥了重要作用。\n"
)


def test_the_tail_of_a_department_name_cut_by_a_wrap_is_no_agency() -> None:
    d = summarize(text=_WRAPPED_INSIDE_A_NAME).document
    assert d.agency not in ("生健康委", "治政府")


# a district government's notice forwarding a rule its bureau drafted: the bureau drafted it, it does not speak
_FORWARDED_RULE = (
    "各镇人民政府,各街道办事处,区政府各委、办、局:\n"
    "区司法局制订的《上海市松江区行政复议和行政应诉工作规定》已经区政府同意,现转发给你们,请认真按照执行。\n"
    "2024年5月8日\n"
    "上海市松江区行政复议和行政应诉\n工作规定\n第一章 总则\n第一条 (制订目的及依据)\n"
    "为了规范和保障松江区行政机关行政复议和行政应诉工作,根据有关法律法规,结合本区实际,制定本规定。\n"
    "第二条 (适用范围)\n本规定适用于区政府各委、办、局,各镇人民政府,各街道办事处。\n"
    "第三条 (职责分工)\n区司法局(区行政复议局)负责指导、监督本区行政复议、行政应诉工作。\n"
)


def test_the_bureau_that_drafted_a_forwarded_rule_is_not_its_writer() -> None:
    assert summarize(text=_FORWARDED_RULE).document.agency != "区司法局"


def test_a_one_line_copy_names_the_place_on_a_naming_decisions_list_not_its_issuer() -> None:
    # (headline, lead and the decision's title run together: 《…命名的决定》某市成功入选, no comma after the title)
    text = (
        "全国法治政府建设示范市!荆门喜获“金名片”近日中央全面依法治国委员会办公室印发《关于第二批全国法治政府建设示范地区"
        "和项目命名的决定》荆门成功入选『全国法治政府建设示范市』获得国家法治建设领域的最高荣誉图片前期,经过自愿申报、"
        "省级初审、第三方评估等程序,荆门从全国87个综合候选地区中顺利出圈,成功创建全国法治政府建设示范市。"
    )
    assert summarize(text=text).document.agency == "荆门"


# an untitled item on a city office's work, opening on the office doing it as its government asked (按照…要求): a
# story of the office's work, as one opening on 积极 or 不断 is
_AS_ASKED = (
    "泉州市法制局按照市政府统一部署要求,不断完善规章和规范性文件清理结果公开制度。\n"
    "一是在开展规章清理的基础上,提请市政府研究通过了清理结果,以市政府令形式予以公布。\n"
    "二是对清理后继续有效的规范性文件目录在市政府网站集中公布。\n"
)


def test_an_untitled_item_on_an_office_working_as_asked_is_news() -> None:
    assert summarize(text=_AS_ASKED).document.doc_type == "news"


def test_an_untitled_item_opening_on_a_bureau_by_its_full_name_is_that_bureaus() -> None:
    # (a deed no verb list holds: 某区某局各乡办、中队采取…)
    text = (
        "青河区城市管理行政执法局各乡办、中队采取高压态势执法,7月8日至14日,以城关辖区为重点开展了集中整治,"
        "严厉打击占道经营、店外经营等行为。本周共清理占道经营摊点86处。\n"
    )
    assert summarize(text=text).document.agency == "青河区城市管理行政执法局"


def test_an_untitled_item_opening_on_a_bodys_inspection_group_is_not_that_bodys() -> None:
    text = "武昌市委依法治市办督察组全面督察青河区法治政府建设工作,12月10日,督察组听取了区政府工作汇报。\n"
    assert summarize(text=text).document.agency != "武昌市委依法治市办"


# a forum's copy of a city's public notice: the forum's menu, a view count, the notice's title, the post's date row,
# the title again
_NOTICE_ON_A_FORUM = (
    "找回密码\n 注册\n搜索\n查看: 962|回复: 0\n\n"
    "锦州市人民政府关于调整行政复议受理机构的通告\n\n[复制链接]\n"
    "发表于 2021-5-11 09:20:13 | 显示全部楼层 |阅读模式\n"
    "锦州市人民政府关于调整行政复议受理机构的通告\n\n"
    "各县(市)区人民政府,市政府各委办局:\n为贯彻落实行政复议体制改革要求,现将有关事项通告如下。\n"
)


def test_a_public_notices_title_is_a_title() -> None:
    d = summarize(text=_NOTICE_ON_A_FORUM).document
    assert d.title == "锦州市人民政府关于调整行政复议受理机构的通告"
    assert d.agency == "锦州市人民政府"


# a page carrying one part of a special region's policy address: 施政報告 over the part's own heading
_POLICY_ADDRESS_PART = (
    "施政報告\n教育人才規劃\n"
    "88. 教育人才培養督導委員會正全面評估各專業的人手需要,並會於年內就人才培訓提出建議。\n"
    "89. 政府會增加專上教育資助學額,支持院校發展。\n"
)


def test_a_policy_address_part_is_a_government_work_report() -> None:
    assert summarize(text=_POLICY_ADDRESS_PART).document.doc_type == "government_work_report"


# a paper's front-page item: the city "again sets" two records (再创两项佳绩), its lead quoting the office that
# published the list the city is on
_CITY_SETS_RECORDS = (
    "东南侨报 国内统一刊号 CN-35(Q)第0012号\n\n创刊于1958年,发行海内外\n"
    "当前位置:首页 / 要闻 / 新闻详情 < 返回\n"
    "宁波再创两项佳绩 上榜法治政府建设示范地区 位居计划单列市营商环境指数前列\n\n"
    "发布时间:2020/07/02作者:林海来源:点击量:3210\n\n"
    "本报讯 据宁波市司法局消息,中央依法治国办公示第一批拟命名的全国法治政府建设示范地区和项目名单。"
    "在本次公示的40个全国法治政府建设示范市(县、区)中,宁波市从全国1847个申报县市中脱颖而出,榜上有名。\n"
)


def test_a_city_setting_records_in_its_headline_is_the_items_body_not_the_listing_office() -> None:
    assert summarize(text=_CITY_SETS_RECORDS).document.agency == "宁波市"


def test_a_sites_masthead_over_an_untitled_page_is_no_opening_organ() -> None:
    text = (
        "丰原市人民政府官方微信\n\n首页>互动>民意征集\n发布时间:2021-03-18 16:59:00      作者:      来源:\n\n"
        "为优化营商环境,现将《丰原市促进民营经济发展条例(草案送审稿)》全文公布,征求社会各界意见。\n"
    )
    assert summarize(text=text).document.agency != "丰原市人民政府"
