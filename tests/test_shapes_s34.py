"""Shapes of session 34 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a web essay on a city's rule of law that lost its title: it starts at part 一 like a report, but numbers its
# sections 1.1, 1.2 as a paper does, and reviews several years with the latest year's figures
_ESSAY = (
    "一、法治云州建设的新跨越\n"
    "1.1 制度建设引领改革\n"
    "云州市近年出台《法治云州建设规划(2021-2025年)》,构建“1+4+N”制度体系。截至2024年底,累计清理规范性文件512件,"
    "行政决策合法性审查率达100%。\n"
    "1.2 执法效能显著提升\n"
    "全市行政复议纠错率从10.2%降至5.1%,行政机关负责人出庭应诉率稳定在95%以上。\n"
    "二、基层治理的实践\n"
    "2.1 公共法律服务网络\n"
    "建成三级公共法律服务中心网络,培育“法律明白人”1.8万名,2024年化解纠纷9000余件。\n"
)


def test_an_untitled_essay_numbered_as_a_paper_is_no_report() -> None:
    d = summarize(text=_ESSAY).document
    assert d.doc_type == "other"
    assert d.report_year is None


def test_an_untitled_report_starting_at_part_one_is_still_a_report() -> None:
    # the same body numbered as an official document numbers its sections: the report without its title
    text = _ESSAY.replace("1.1 ", "(一)").replace("1.2 ", "(二)").replace("2.1 ", "(一)")
    assert summarize(text=text).document.doc_type == "annual_report"


# a district government's executive meeting: its lead studies three items, the year on one that is no rule-of-law
# work; the rule-of-law item is the draft of last year's report, heard further down
_AGENDA = (
    "2月5日,区委副书记、区长王明主持召开区政府常务会议,研究2026年度区级民生实事安排、政务督查工作、法治政府建设等事项。\n"
    "会议听取关于2026年度区级民生实事有关情况的汇报,指出要倒排工期,确保按时完成。\n"
    "会议听取关于政务督查工作情况的汇报,要求建立台账,跟踪问效。\n"
    "会议听取《关于2025年度法治政府建设工作情况的报告》起草情况的汇报,指出要严格落实重大行政决策程序。\n"
)


def test_a_meetings_year_is_its_rule_of_law_items() -> None:
    d = summarize(text=_AGENDA).document
    assert d.doc_type == "news"
    assert d.report_year == 2025


def test_a_meeting_on_the_years_rule_of_law_work_keeps_the_leads_year() -> None:
    # the lead's year on the rule-of-law item itself is the item's year, whatever report it heard
    text = _AGENDA.replace(
        "研究2026年度区级民生实事安排、政务督查工作、法治政府建设", "研究2026年度法治政府建设工作要点"
    )
    assert summarize(text=text).document.report_year == 2026


# a county yearbook's entry: its scope 全县 twice, and the county's rank in its province and city (全省第12位、
# 全市第2位, 排名全市第3), which are no scope of the text's own
_YEARBOOK = (
    "书名:\n一级目:政治建设\n二级目:法治\n"
    "【概况】 2021年,在县委、县政府的坚强领导下,全县政法各部门坚持稳中求进,全力建设平安青禾县、法治青禾县,"
    "为全县经济社会发展提供了有力保障。2021年,青禾县群众安全感测评排全省第12位、全市第2位,"
    "平安建设年度考核排名全市第3。\n"
)


def test_a_places_rank_in_its_superiors_is_no_scope_of_the_text() -> None:
    d = summarize(text=_YEARBOOK).document
    assert d.agency == "青禾县"
    assert d.report_year == 2021


# a district's news of its executive meeting, under a meeting record's fields (时间, 地点, 参会单位, 主持人)
_RECORD = (
    "会议时间:2023年4月20日(星期四)上午9:00\n"
    "会议地点:区行政中心8楼会议室\n"
    "参会单位:区司法局、区财政局、区市场监管局、区城管局、区信访局、区数据资源局。\n"
    "主持人:区委副书记 区长 李华\n"
    "4月20日上午,区委副书记、区长李华主持召开区政府第21次常务会议。会议听取了区司法局关于《青禾区2023年依法行政工作安排》"
    "起草情况的汇报。\n"
    "会议要求,各单位要对照任务分解表,推动工作落实。\n"
)


def test_a_meeting_records_fields_do_not_hide_its_lead() -> None:
    d = summarize(text=_RECORD).document
    assert d.doc_type == "news"
    assert d.agency == "区政府"
    assert d.report_year == 2023


# a legal paper's item: a headline that sets its county apart by a space and tells the honour it became, over a
# lead whose subject is the provincial committee that chose it
_BECAME = (
    "青禾县 成全省法治政府建设示范试点县\n"
    "本报讯(王明)近日,省委全面依法治省委员会印发《关于开展法治政府建设示范试点工作的通知》,决定开展示范试点工作。"
    "青禾县被确定为全省12个示范试点县之一。\n"
    "据悉,青禾县将成立示范试点工作专班,制定实施方案。\n"
)


def test_a_headlines_subject_set_apart_by_a_space_names_the_item() -> None:
    d = summarize(text=_BECAME).document
    assert d.doc_type == "news"
    assert d.agency == "青禾县"


def test_a_headline_on_the_honour_a_place_became_names_it() -> None:
    assert summarize(text=_BECAME.replace("青禾县 成全省", "青禾县成为全省", 1)).document.agency == "青禾县"


# a district site's item with no headline: its lead opens on the year's occasion, then its purpose, then the day, the
# office and its meeting (…，日前，某办于召开了…研讨会); an official of another office speaks in the next sentence
_OCCASION_LEAD = (
    "今年是法治青禾建设暨“八五”普法规划实施的关键一年,为进一步落实普法规划,日前,区依法治区领导小组办公室于召开了"
    "法治青禾建设暨“八五”普法工作研讨会,邀请区人大、区法院等12个单位的普法联络员参加。\n"
    "区普法办负责人就我区“八五”普法开展以来的工作进行了小结。\n"
    "会议指出,要结合我区实际,使普法工作再上新台阶。\n"
)


def test_a_lead_opening_on_the_years_occasion_is_news_of_its_office() -> None:
    d = summarize(text=_OCCASION_LEAD).document
    assert d.doc_type == "news"
    assert d.agency == "区依法治区领导小组办公室"


# a city's good-news item: its headline tells what the city gained (喜报！某市新增…), its closing line names the bureau
# that posted it; the headline names the item's subject
_GAINED = (
    "喜报!青禾市新增一省级法治文化主题公园\n\n图片1.png\n\n"
    "本网讯 通讯员王明 李华   近日,省委依法治省办、省司法厅下发《关于命名第三批省级法治文化建设示范点的通知》,"
    "青禾市白沙镇法治文化公园榜上有名。\n\n微信截图_20240402101010.png\n\n"
    "青禾市白沙镇法治文化公园,占地300亩,湖光山色、环境优美,配套建设有法治、平安、廉政、党建四个板块文化长廊。"
    "公园设置有形态各异的雕塑、宣传灯箱、站牌共48个,内容包含习近平法治思想、法治故事、宪法、民法典、禁毒等。"
    "公园充分利用法治文化景观,使群众在游玩时潜移默化地接受法治文化熏陶。\n\n微信截图_20240402101020.png\n\n"
    "来源:青禾市司法局\n"
)


def test_a_headline_on_what_a_place_gained_names_the_place() -> None:
    d = summarize(text=_GAINED).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市"


# a district's item with no headline: its lead, after the purpose, is the day and the district's own 述法 meeting
_SHUFA_MEETING = (
    "为进一步推动党政主要负责人履行推进法治建设第一责任人职责,创新述法形式,2023年3月20日,2022年度青禾区述法现场会"
    "在区委八楼会议室召开。区委常委、政法委书记王明主持会议,各部门及街道共30家单位参加。\n"
    "会上,区财政局、区司法局等单位主要负责人进行现场述法。\n"
)


def test_a_places_own_shufa_meeting_names_the_place() -> None:
    d = summarize(text=_SHUFA_MEETING).document
    assert d.doc_type == "news"
    assert d.agency == "青禾区"
    assert d.report_year == 2022


# a bureau's reply to a proposal, on a site whose teaser list below it carries a reporter's credit; the reply names
# no year of its own, only the date it was signed
_REPLY = (
    "政协青禾市第五届委员会第二次会议的集体提案《关于加强基层卫生人才培养的提案》收悉,现答复如下。\n"
    "市卫生健康委在卫生人才发展规划编制中,统筹部署了基层卫生人才培养工作,将继续采取措施加以推进。\n"
    "感谢对卫生健康事业的关注与支持。\n"
    "青禾市卫生健康委员会\n"
    "2021年8月16日\n"
    "承 办 人:王明\n"
    "近日,白沙县人民医院顺利完成…\n"
    "(全媒体记者李华)冬季是流感高发…\n"
)


def test_a_reply_signed_on_a_day_is_no_news_and_dated_by_its_signature() -> None:
    d = summarize(text=_REPLY).document
    assert d.doc_type == "other"
    assert d.report_year == 2021
    assert d.evidence.report_year_source == "signature"


# a city's item: it watched the province's joint meeting of the year (组织收看…2021年第1次联席视频会议)
_WATCHED = (
    "5月8日下午,青禾市白沙县组织收看府院联动2021年第1次联席视频会议。\n"
    "县委副书记王明、县法院院长李华参加收看。\n"
    "会议要求,要突出协调配合,合力抓好重大破产案件联动处理工作。\n"
)


def test_a_meeting_watched_gives_the_item_its_year() -> None:
    assert summarize(text=_WATCHED).document.report_year == 2021


# an office's item: the conference it watched released a yearly edition (《某某(2020)》发布暨…研讨会) and, later, an
# older year's evaluation
_EDITION = (
    "青禾区政府办公室组织收看政务公开研讨会\n"
    "9月16日,《中国政务透明度(2020)》发布暨政务公开发展研讨会顺利召开。"
    "会议发布了2019年政府信息公开评估报告,多位专家作了专题报告。\n"
    "青禾区政府办公室组织政务公开工作人员收看了此次大会。\n"
)


def test_a_yearly_edition_released_in_the_lead_dates_the_item() -> None:
    d = summarize(text=_EDITION).document
    assert d.doc_type == "news"
    assert d.report_year == 2020


# a city's item whose lead opens on the superior's meeting it followed (…联席视频会议结束后，某市召开…)
_AFTER = (
    "3月30日,州政府、州中级人民法院第一次联席视频会议结束后,青禾市召开府院联动第一次联席会议。\n"
    "会上,对青禾市府院联动机制工作规则进行了说明。\n"
    "副市长王明主持联席会议。\n"
)


def test_a_lead_that_opens_on_the_meeting_it_followed_names_its_own_host() -> None:
    d = summarize(text=_AFTER).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市"


# a county court's own news: its headline behind a slogan and a bar names the court by the county's stem alone
# (霞浦法院 is the county's one court; 温州法院 would be a prefecture's courts together)
_COUNTY_COURT = (
    "府院联动 协同共治 | 鲁山法院联合县司法局召开行政诉讼与行政复议联席会议\n"
    "作者:王明  发布时间:2024-12-19 09:24:44\n"
    "为进一步深化府院联动工作机制,12月13日,鲁山法院联合县司法局召开行政诉讼与行政复议联席工作会议。\n"
    "会上,鲁山法院与县司法局就2024年以来行政诉讼与行政复议情况分别进行了通报。\n"
    "来源:鲁山法院\n"
)


def test_a_county_court_named_by_its_stem_is_one_body() -> None:
    d = summarize(text=_COUNTY_COURT).document
    assert d.doc_type == "news"
    assert d.agency == "鲁山法院"


def test_a_prefectures_courts_named_together_are_no_one_body() -> None:
    text = _COUNTY_COURT.replace("鲁山法院", "温州法院")
    assert summarize(text=text).document.agency != "温州法院"


# a bureau's report on its 普法 duty, reposted on the justice bureau's site (发布机构 names the site's owner): its
# title names no year, and its body tells of a plan it issued (…明确了指导思想和工作目标、主要任务…)
_DUTY_REPORT = (
    "  • 首页\n  • 普法动态\n  • 经验交流\n"
    "    青禾市民政局普法工作履职报告\n"
    "    • 2021-11-08 09:07\n"
    "    • 来源: 青禾市民政局\n"
    "    • 发布机构:青禾市司法局\n"
    "    近年来,青禾市民政局深入贯彻习近平法治思想,全面落实“谁执法谁普法”责任制,推动民政普法工作向纵深发展。\n"
    "    一、主要做法\n"
    "    (一)建立健全普法落实机制。我局成立普法工作领导小组,印发了《青禾民政系统法治宣传教育第八个五年规划》,"
    "明确了指导思想和工作目标、主要任务、重点对象以及工作部署安排等内容。\n"
)


def test_a_plans_parts_named_in_a_sentence_make_no_plan() -> None:
    assert summarize(text=_DUTY_REPORT).document.doc_type == "other"


def test_a_title_on_one_line_of_a_bodys_work_names_the_body_over_the_sites_owner() -> None:
    d = summarize(text=_DUTY_REPORT).document
    assert d.agency == "青禾市民政局"
    assert d.evidence.agency_source == "title"


def test_a_plans_parts_as_headings_still_make_a_plan() -> None:
    plan = (
        "青禾县民政局普法工作方案\n一、指导思想\n以习近平法治思想为指导,落实普法责任制。\n二、工作目标\n"
        "到年底,民政系统普法覆盖率达到100%。\n三、主要任务\n(一)开展法律进社区活动。\n四、保障措施\n加强组织领导。\n"
    )
    assert summarize(text=plan).document.doc_type == "implementation_plan"


# a district's item: its headline pairs the writer's own bureau (我区教育局) with the procuratorate it acts with
_OUR_BUREAU = (
    "我区教育局与区人民检察院联合举行区中小学校兼职法治副校长聘任仪式\n"
    "2022-04-29 15:30:20\n来源:区教育局 王明\n"
    "为加强中小学生法治教育工作,4月26日上午,我区教育局与区人民检察院联合举行区中小学校兼职法治副校长聘任仪式。\n"
    "仪式上,区教育局领导对2022年法治教育进校园等工作进行了总结。\n"
)


def test_the_writers_own_bureau_named_with_we_heads_a_pair() -> None:
    d = summarize(text=_OUR_BUREAU).document
    assert d.doc_type == "news"
    assert d.agency == "区教育局"


# a school's own news under a dash-led headline: the inspection it underwent (某小学接受…“回头看”检查)
_SCHOOL = (
    "依法治校,法育未来\n"
    "——白沙镇中心小学接受青禾市依法治校示范校“回头看”检查\n"
    "11月20日下午,专家组一行在市教体局副局长王明陪同下,到白沙镇中心小学进行依法治校示范校“回头看”抽查。\n"
    "专家组听取了李华校长关于依法治校工作的专题汇报。\n"
)


def test_a_school_inspected_in_its_headline_is_the_items_body() -> None:
    d = summarize(text=_SCHOOL).document
    assert d.doc_type == "news"
    assert d.agency == "白沙镇中心小学"


def test_the_schools_of_a_level_together_are_no_body() -> None:
    from summarizer.facts.names import exact_name

    assert exact_name("中小学") is None
    assert exact_name("白沙镇中心小学") == "白沙镇中心小学"


# a statistics bureau's item with no headline: its lead opens on the procedure and the plan it follows (经过…程序，
# 根据《某方案》要求，), then the day
_BASIS_LEAD = (
    "经过前期的抽取公示等程序,根据《青禾市统计局2018年统计执法抽查工作方案》要求,10月15日,青禾市统计局执法检查组"
    "分成三个小组,分别前往白沙、东岭等地开展执法检查。\n"
    "本次执法检查对抽取的36家联网直报企业进行现场检查。\n"
)


def test_a_lead_opening_on_its_basis_then_its_day_is_news() -> None:
    assert summarize(text=_BASIS_LEAD).document.doc_type == "news"


# a publisher's digest of a yearly survey's edition: its title gives the edition (…评估报告(2017)), its body opens on
# the years the survey has run (自2013年…)
_EDITION_DIGEST = (
    "报告精读 | 法治政府蓝皮书:中国法治政府评估报告(2017)\n"
    "法治政府蓝皮书:中国法治政府评估报告(2017)\n"
    "地方法治政府建设区域发展不平衡的状况亟待重视\n"
    "自2013年某研究院启动地方法治政府评估项目至今已有五年,地方法治政府水平不断提升。\n"
    "1.地方法治政府建设的总体水平持续进步\n"
    "在2014年,被评估城市的平均得分率为59.7%;2017年被评估城市的平均得分率为68.7%。\n"
)


def test_a_yearly_surveys_edition_keeps_its_year_over_the_years_it_reviews() -> None:
    assert summarize(text=_EDITION_DIGEST).document.report_year == 2017


# a county bureau's feature under a headline whose subject is the bureau and whose predicate comes after its topic
# (县司法局普法宣传多点开花加快推进…), under a breadcrumb that repeats it and above the page's date and source rows
_FEATURE_HEADLINE = (
    "当前位置:首页 部门动态 > 县司法局普法宣传多点开花加快推进法治青禾建设\n"
    "县司法局普法宣传多点开花加快推进法治青禾建设\n"
    "发布时间:2021-12-17 来源:县司法局\n"
    "今年以来,青禾县司法局深入学习贯彻习近平法治思想,扎实推进各项普法重点任务有序开展。\n"
    "“实”是关键词,强力推进法治宣传活动扎实开展。指导各乡镇开展“法治讲堂”120场次。\n"
)


def test_a_headline_whose_deed_follows_its_topic_is_news() -> None:
    d = summarize(text=_FEATURE_HEADLINE).document
    assert d.doc_type == "news"
    assert d.title == "县司法局普法宣传多点开花加快推进法治青禾建设"


def test_a_bodys_quoted_noun_or_its_opinion_is_still_no_headline() -> None:
    from summarizer.facts.genre import headline_subject

    assert headline_subject("青禾区司法局“三项制度”") is None
    assert headline_subject("青禾省高级人民法院关于深化执行体制改革的意见") is None
    assert headline_subject("县司法局突出五项重点开创“党建+普法”新格局") == "县司法局"


# a county's item dated only by its place in the 普法 period (今年是“七五”普法启动之年: 2016)
_PERIOD_START = (
    "青禾县多举措开展春季法治宣传月活动\n"
    "今年是“七五”普法启动之年,为营造良好的法治氛围,3月份以来,青禾县在全县范围内开展了为期一个月的法治宣传月活动。\n"
    "各镇、各部门紧紧围绕活动主题,结合本单位实际开展内容丰富的宣传活动。\n"
)


def test_the_start_of_a_pufa_period_dates_the_item() -> None:
    assert summarize(text=_PERIOD_START).document.report_year == 2016


# a bureau's own item: a headline on the honour its work received (我局…工作获市政府通报表彰), the page's date row, then
# a lead that opens on its day and the setting (近日，在全市…考核考评中，) before the bureau and its honour
_HONOUR_RECEIVED = (
    "我局政务公开、网站工作获市政府通报表彰\n"
    "发布日期:2021-06-03 10:57 来源:办公室\n"
    "近日,在全市政务公开、政府网站工作考核考评中,青禾市粮食和物资储备局荣获“2020年度全市政务公开工作先进单位”。\n"
    "2020年我局认真贯彻落实市委、市政府关于政务公开工作的决策部署,政务公开工作取得了显著成绩。\n"
)


def test_an_honour_received_headline_over_a_dated_lead_names_the_honoured_body() -> None:
    d = summarize(text=_HONOUR_RECEIVED).document
    assert d.doc_type == "news"
    assert d.title == "我局政务公开、网站工作获市政府通报表彰"
    assert d.agency == "青禾市粮食和物资储备局"


# a portal's repost under its share widget (点击右上角微信好友 / 朋友圈 / …分享) and reading line (正在阅读：…): the
# headline below them is the title, and its year (2021年…成绩单出炉) the item's, not the plans its lead lays out
_SHARE_WIDGET = (
    "点击右上角微信好友\n朋友圈\n请使用浏览器分享功能进行分享\n"
    "正在阅读:2021年青禾省应急管理工作成绩单出炉\n"
    "2021年青禾省应急管理工作成绩单出炉\n"
    "来源:青禾省应急管理厅2022-01-06 12:44\n"
    "1月5日,全省应急管理工作会议召开,全面总结2021年应急管理工作取得的成效,安排部署2022年重点工作任务。\n"
    "会议指出,2021年全省生产安全事故起数和死亡人数同比分别下降11.0%、5.9%。\n"
)


def test_a_share_widget_is_no_title_and_the_headlines_year_stands() -> None:
    d = summarize(text=_SHARE_WIDGET).document
    assert d.title == "2021年青禾省应急管理工作成绩单出炉"
    assert d.report_year == 2021
