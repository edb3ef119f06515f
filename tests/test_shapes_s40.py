"""Shapes of session 40 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a news page pasted as one line: the headline runs straight into the page's time field (…活动时间:2020-01-07),
# then empty writer and source fields, then the lead, which names the bureau that did the work
_ONE_LINE_NEWS = (
    "青州市组织开展2023年度全市行政执法案卷评查活动时间:2024-01-09 作者: 来源:"
    "为落实全市行政执法监督工作安排,规范行政执法行为,近日,市司法局组织开展了全市行政执法案卷评查活动。"
    "此次评查共抽取市级执法部门和各县区2023年度行政处罚、行政许可案卷共计86份,"
    "由市司法局邀请相关执法部门的9名业务骨干组成评查组逐卷评查,并记录案卷中的好做法和问题。"
    "下一步,市司法局将汇总评查情况,形成年度行政执法案卷评查通报。"
)


def test_a_one_line_headline_run_into_its_time_field_is_still_the_title() -> None:
    d = summarize(text=_ONE_LINE_NEWS).document
    assert d.title == "青州市组织开展2023年度全市行政执法案卷评查活动"
    assert d.agency == "市司法局"
    assert d.report_year == 2023


# a duty report pasted as one line: its title, then who reports by post and name and the month, then the opening
_ONE_LINE_DUTY = (
    "东湖管理区关于履行推进法治建设第一责任人职责情况的报告东湖管理区党委副书记、管委会主任 林青山2026年2月"
    "2025年,我坚持以习近平法治思想为指导,认真履行推进法治建设第一责任人职责,全区法治政府建设稳步推进。"
    "现将本人2025年履职情况报告如下:一、履职情况1.坚持把学习贯彻习近平法治思想作为第一要务"
    "一是把牢政治方向。全年主持召开专题学法会议6次。二是带头尊法学法。组织领导干部旁听庭审2次。"
    "三是抓实队伍建设。全区行政执法人员参加专门法律知识培训,培训合格率达到百分之百。"
)


def test_a_one_line_duty_reports_title_ends_before_the_reporters_post_and_name() -> None:
    d = summarize(text=_ONE_LINE_DUTY).document
    assert d.title == "东湖管理区关于履行推进法治建设第一责任人职责情况的报告"
    assert d.agency == "东湖管理区"
    assert d.report_year == 2025


# a disclosure report pasted as one line: the title runs into the page's text-size buttons (…年度报告【 字体:), then
# the page's time and a source field holding the organ's code
_ONE_LINE_DISCLOSURE = (
    "某省粮食和物资储备局2024年政府信息公开工作年度报告【 字体:大 中 小】时间:2025-01-20 10:31"
    "来源:11320000MB1234567X本年度报告根据《中华人民共和国政府信息公开条例》编制,内容包括总体情况、"
    "主动公开政府信息情况、收到和处理政府信息公开申请情况等。一、总体情况2024年,省粮食和物资储备局"
    "深入推进政务公开,全年主动公开政府信息326条。(一)主动公开。全年制发规范性文件5件,"
    "全部在门户网站公开;更新机构职能、办事指南等基础信息共41条。"
)


def test_a_one_line_title_run_into_the_pages_text_size_buttons_is_still_the_title() -> None:
    d = summarize(text=_ONE_LINE_DISCLOSURE).document
    assert d.title == "某省粮食和物资储备局2024年政府信息公开工作年度报告"
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "某省粮食和物资储备局"
    assert d.report_year == 2024


# a catalogue's fields pasted as one line: the issuer's field runs straight into the keyword field (发布机构:某州司法局
# 主题词:), which leaves its value empty
_ONE_LINE_CATALOGUE = (
    "首页您当前所在的位置: 首页 >> 公开信息内容索引号:11530000015161234G-/2025-0301001 公开目录:通知公告 "
    "发布机构:大理州司法局主题词: 发布日期:2025-03-01 09:12:40 文 号:大司通(2025)3号标 题:"
    "大理州司法局关于印发《全州普法强基工作实施意见》的通知各县市司法局,局机关各科室:现将《全州普法强基工作实施意见》"
    "印发给你们,请结合实际认真抓好落实。"
)


def test_a_one_line_issuer_field_ends_where_the_keyword_field_begins() -> None:
    d = summarize(text=_ONE_LINE_CATALOGUE).document
    assert d.agency == "大理州司法局"


# a news page pasted as one line: the site's greeting and trail, the headline, then the source field cut off by the
# page's time field; the lead's own subject is the body whose news it is
_ONE_LINE_TRAIL_NEWS = (
    "您好!今天是当前位置:首页 > 司法动态 > 法治某城 >我市举行市级法治政府建设示范项目评审会来源:市司法局"
    "发布时间:2024-09-27 10:02 926日,市委依法治市办组织召开市级法治政府建设示范项目评审会,"
    "9个县市区申报的18个示范项目在会上逐一陈述,评审专家现场打分。近年来,全市法治政府建设工作稳步推进,"
    "示范创建成效明显。会议要求,各地要对照评审意见抓好整改,确保示范项目经得起检验。"
)


def test_a_one_line_headline_after_the_last_crumb_and_before_the_source_field_is_the_title() -> None:
    d = summarize(text=_ONE_LINE_TRAIL_NEWS).document
    assert d.title == "我市举行市级法治政府建设示范项目评审会"
    assert d.doc_type == "news"
    assert d.agency == "市委依法治市办"


# …and a report whose title follows a column's tag (【法治建设报告】) after the trail's last crumb
_ONE_LINE_TAGGED_REPORT = (
    "当前位置: 首页 > 政府信息公开 > 其他主动公开内容 > 法治政府建设年度报告【法治建设报告】"
    "青山市司法局2025年法治政府建设年度报告来源:青山市司法局时间:2026-03-06 11:26"
    "2025年,青山市司法局深入践行习近平法治思想,积极履行统筹协调职能,推进法治政府建设。"
    "现将有关情况报告如下:一、主要举措和成效(一)全面履行职能。全年审查规范性文件43件,办理行政复议案件210件。"
    "(二)严格规范执法。组织行政执法案卷评查,抽查案卷96份,发现问题均已督促整改。"
)


def test_a_one_line_title_after_a_columns_tag_names_its_writer() -> None:
    d = summarize(text=_ONE_LINE_TAGGED_REPORT).document
    assert d.title == "青山市司法局2025年法治政府建设年度报告"
    assert d.doc_type == "annual_report"
    assert d.agency == "青山市司法局"


# a news lead whose subject is a court's officers going somewhere (某县人民法院干警驱车赶往…): the court's news
_STAFF_LEAD = (
    "法治宣传进草原\n"
    "本报某县讯为进一步增强牧民法律意识,提高牧民依法维权能力。8月2日,白河县人民法院干警驱车赶往青草乡,"
    "利用传统节日深入牧区开展法治宣传,发放双语宣传资料600余份。\n"
)


def test_a_lead_whose_subject_is_a_courts_officers_names_the_court() -> None:
    assert summarize(text=_STAFF_LEAD).document.agency == "白河县人民法院"


# a plan titled by its city with the bureau that issues it on a line of its own under the repeated title
_PLAN_SIGNED_UNDER_TITLE = (
    "您的位置:首页 >> 规划计划\n"
    "青河市深化水利改革总体实施方案\n"
    "发布时间:2016-4-12 10:20:31 点击:2301次\n"
    "青河市深化水利改革总体实施方案\n"
    "青河市水利局\n"
    "为全面落实关于深化改革的决策部署,推动全市水利重要领域和关键环节改革,现制定总体实施方案如下。\n"
    "一、总体思路\n(一)指导思想。坚持问题导向,统筹推进水利改革。\n"
)


def test_a_plan_titled_by_its_city_is_the_bureau_that_signs_under_the_title() -> None:
    d = summarize(text=_PLAN_SIGNED_UNDER_TITLE).document
    assert d.doc_type == "implementation_plan"
    assert d.agency == "青河市水利局"


def test_a_city_titled_plan_with_no_signature_under_the_title_stays_the_citys() -> None:
    # guard: no bureau on its own line, so the title's city stands
    text = _PLAN_SIGNED_UNDER_TITLE.replace("青河市水利局\n", "")
    assert summarize(text=text).document.agency == "青河市"


# a town's offices listed together in a news lead (某镇社治办、禁毒办、司法所、派出所等部门联合开展…): the town's news
_TOWN_OFFICES_LEAD = (
    "今年是第十个国家宪法日,为增强群众宪法意识,营造尊法学法守法用法氛围,12月4日上午,"
    "清溪镇综治办、禁毒办、司法所、派出所等部门联合开展国家宪法日宣传活动。"
    "活动采取设立咨询台、悬挂横幅、发放宣传资料等方式,向过往群众宣讲宪法知识,发放资料800余份。\n"
)


def test_a_towns_offices_listed_together_make_it_the_towns_news() -> None:
    assert summarize(text=_TOWN_OFFICES_LEAD).document.agency == "清溪镇"


def test_a_list_whose_others_are_named_with_their_own_place_keeps_its_first_body() -> None:
    # guard: the county's offices named with the county are not the town's own offices
    text = _TOWN_OFFICES_LEAD.replace("禁毒办、司法所、派出所", "县禁毒办、县司法局")
    assert summarize(text=text).document.agency == "清溪镇综治办"


# a bureau's report whose title the copy lost: its opening sentence names the bureau, then counts the year's results,
# a district's project among them (…,某区“…”获评全省示范项目)
_RESULTS_AFTER_SUBJECT = (
    "来源:青山市司法局 时间:2026-03-06 11:26\n"
    "2025年,青山市司法局深入践行习近平法治思想,积极履行统筹协调职能,推进法治政府建设走深走实,"
    "我市入选第二批省级法治政府建设示范创建市,东坪区“多元调解进万家”获评全省法治政府建设示范项目。"
    "现将有关情况报告如下:\n一、主要举措和成效\n(一)全面履行职能。全年审查规范性文件43件。\n"
)


def test_a_project_won_among_the_years_results_is_not_the_reports_subject() -> None:
    assert summarize(text=_RESULTS_AFTER_SUBJECT).document.agency == "青山市司法局"


def test_a_project_won_in_a_news_leads_opening_clauses_is_still_the_news_subject() -> None:
    # guard: the award told at the lead's start is the news of the body whose project it is
    text = "近日,在全省法治政府建设示范创建表彰会上,东坪区“多元调解进万家”项目获评全省法治政府建设示范项目。\n"
    assert summarize(text=text + "该项目推动矛盾纠纷就地化解。\n").document.agency == "东坪区"


# a lead that dates its event by a list of days, the first day's 日 left out (于2025年3月12、6月5日、10月20日组织召开)
_DAY_LIST_LEAD = (
    "“法律明白人”培训会\n"
    "为进一步增强乡村“法律明白人”的法治意识,提高运用法治方式化解矛盾的能力,青石镇司法所分别于2025年3月12、6月5日、"
    "10月20日组织召开了全镇“法律明白人”培训会,全镇共85名法律明白人参加了培训。\n"
)


def test_a_leads_list_of_days_whose_first_day_lost_its_mark_dates_the_news() -> None:
    assert summarize(text=_DAY_LIST_LEAD).document.report_year == 2025


# a disclosure work summary that lost its title, opening on the town devoted to its Party committee's work
# (2025年，某乡紧紧围绕乡党委、政府中心工作…): the town, never the fragment up to the next level word
_DEVOTED_OPENING = (
    "2025年,青松乡紧紧围绕乡党委、政府中心工作和群众关切,不断深化公开内容、拓展公开渠道。\n"
    "一、主要工作与成效\n"
    "(一)聚焦中心大局,主动公开持续深化。全年累计主动公开政府信息856条。\n"
)


def test_an_opening_devoted_to_the_towns_party_committee_names_the_town_not_a_fragment() -> None:
    assert summarize(text=_DEVOTED_OPENING).document.agency == "青松乡"


# a bureau's disclosure work summary of its year, from before the report's form was set (2016年政府信息公开工作总结)
_DISCLOSURE_SUMMARY = (
    "青川县水利局2016年政府信息公开工作总结\n"
    "2016年我局认真贯彻落实《中华人民共和国政府信息公开条例》精神,在局党委的正确领导下,"
    "政府信息公开工作取得了良好成绩,全年主动公开信息128条。\n"
)


def test_a_year_of_government_disclosure_summarised_is_a_disclosure_report() -> None:
    assert summarize(text=_DISCLOSURE_SUMMARY).document.doc_type == "information_disclosure_report"


def test_a_disclosure_summary_bundled_with_next_years_ideas_is_no_disclosure_report() -> None:
    # guard: the summary with next year's ideas, and the wider 政务公开 summary, stay other
    bundled = _DISCLOSURE_SUMMARY.replace("工作总结\n", "工作总结和2017年工作思路\n")
    assert summarize(text=bundled).document.doc_type == "other"
    wider = _DISCLOSURE_SUMMARY.replace("政府信息公开工作总结\n", "政务公开工作总结\n")
    assert summarize(text=wider).document.doc_type == "other"


# a catalogue page whose title line repeats the document's number before the title (某政发〔2016〕10号 某市人民政府
# 关于命名…的决定), under a catalogue row that names the issuer by its short name
_NUMBERED_TITLE = (
    "发文机关: | 青山市政府 | 成文日期: | |\n"
    "发文字号: | 发布日期: | 2016-04-12 | |\n"
    "青政发〔2016〕12号 青山市人民政府关于命名2015年度全市依法行政示范单位的决定\n"
    "各县、区人民政府,市政府各部门:\n"
    "为深入推进依法行政,市政府决定命名市公安局等12个单位为2015年度全市依法行政示范单位。\n"
)


def test_a_title_after_its_documents_number_on_its_line_is_the_title() -> None:
    d = summarize(text=_NUMBERED_TITLE).document
    assert d.title == "青山市人民政府关于命名2015年度全市依法行政示范单位的决定"
    assert d.agency == "青山市人民政府"
    assert d.report_year == 2015


# a development zone's five-year plan, titled by the zone (某市某经济区国民经济和社会发展第十四个五年规划…纲要)
_ZONE_PLAN = (
    "欢迎访问青山市空港经济区网站!\n"
    "青山市空港经济区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
    "来源: 发布时间:2022-03-14\n"
    "目  录\n第一篇 继往开来,开启新征程\n第一章 历史方位\n"
)


def test_a_five_year_plan_titled_by_its_zone_names_the_zone() -> None:
    d = summarize(text=_ZONE_PLAN).document
    assert d.doc_type == "implementation_plan"
    assert d.agency == "青山市空港经济区"


# a county paper's item on a visit: another county's offices come to 我县 (某县来我县考察…), the host unnamed
_VISITORS_TO_US = (
    "第2版\n"
    "青河县来我县考察交流乡镇综合行政执法改革工作\n"
    "本报讯 4月12日,青河县委编办、县司法局联合组成的学习考察组来我县考察交流乡镇综合行政执法改革工作,"
    "县委编办、县司法局、东坪镇等单位相关负责人参加。\n"
    "考察组先后深入东坪镇综合行政执法队,观摩了执法场所规范化建设。\n"
)


def test_visitors_coming_to_our_county_are_not_the_items_writer() -> None:
    assert summarize(text=_VISITORS_TO_US).document.agency is None


def test_bodies_listed_in_a_lead_that_go_elsewhere_are_still_its_subject() -> None:
    # guard: the same list going to another county (赴某县) is the visitors' own news
    text = _VISITORS_TO_US.replace("来我县考察交流乡镇综合行政执法改革工作\n", "赴东山县考察交流综合行政执法改革工作\n")
    text = text.replace("来我县考察", "赴东山县考察")
    assert summarize(text=text).document.agency == "青河县委编办"


# a bureau's report issued with its Party group, the two names run together in the page's title line (中共某厅党组
# 某厅关于…的报告): the bureau, never the run-together pair
_PARTY_GROUP_AND_BODY = (
    "中共青海省民政厅党组青海省民政厅关于2025年度法治政府建设情况的报告\n"
    "2025年,民政厅党组坚持以习近平法治思想为指导,全面推进民政领域法治建设,现将有关情况报告如下。\n"
    "一、主要举措和成效\n(一)完善制度体系。全年制定修订规范性文件6件。\n"
)


def test_a_party_group_and_its_body_run_together_name_the_body() -> None:
    assert summarize(text=_PARTY_GROUP_AND_BODY).document.agency == "青海省民政厅"


# a feature on a county's work, its headline naming the county by its stems alone and its body pointing at the county
# from outside (该县积极…): told by a writer outside the county, news
_FEATURE_FROM_OUTSIDE = (
    "东江青河多措并举扎实推进法治政府建设\n"
    "\n"
    "近年来,针对东江市青河县基层法治氛围不够浓、法治建设工作压力大的问题,该县积极开拓创新,真抓实干,"
    "以提高法治政府建设质量为核心,全力推进法治政府建设,取得了实实在在的成绩。\n"
    "\n"
    "立足“高站位”,强化组织领导\n"
    "\n"
    "青河县委、县政府充分发挥党委在推进法治建设中的领导核心作用,将各单位主要负责同志履职情况作为年终述职的重要依据。\n"
)


def test_a_feature_pointing_at_its_county_from_outside_is_news() -> None:
    assert summarize(text=_FEATURE_FROM_OUTSIDE).document.doc_type == "news"


def test_the_same_feature_told_as_our_county_is_not_read_as_news_by_that_mark() -> None:
    # guard: told as 我县, nothing marks a writer outside the county
    text = _FEATURE_FROM_OUTSIDE.replace("该县积极", "我县积极")
    assert summarize(text=text).document.doc_type != "news"


# a government work report whose speaker's name is letter-spaced (某区人民政府区长 文 献), under a page whose source
# field names the office that posted it
_SPACED_SPEAKER = (
    "当前位置: 首页>>政务公开>>规划计划>>政府工作报告\n"
    "2026年政府工作报告\n"
    "日期:2026-03-03 16:10 来源:区政府办公室 打印页面 关闭页面\n"
    "政 府 工 作 报 告\n"
    "——2026年1月12日在青山区第十七届人民代表大会第五次会议上\n"
    "青山区人民政府区长 林 石\n"
    "各位代表:\n"
    "现在,我代表青山区人民政府,向大会报告工作,请予审议。\n"
    "一、2025年工作回顾\n"
)


def test_a_letter_spaced_speakers_line_names_the_government_not_the_posting_office() -> None:
    d = summarize(text=_SPACED_SPEAKER).document
    assert d.doc_type == "government_work_report"
    assert d.agency == "青山区人民政府"


# a document-sharing page that shows the file's pages as images captioned by its name (某局2018年工作要点.docx_第1页),
# the captions run together by the copy
_PAGED_FILE = (
    "区司法局2019年工作要点.docx_第1页区司法局2019年工作要点.docx_第2页区司法局2019年工作要点.docx_第3页"
    "已阅读3页,还剩5页未读 继续免费阅读\n"
    "文档简介\n"
    "区司法局 2019年工作要点 一、总体要求 认真学习贯彻党的十九大精神,全面落实依法治区各项部署。\n"
)


def test_a_shared_files_page_captions_give_its_title() -> None:
    d = summarize(text=_PAGED_FILE).document
    assert d.title == "区司法局2019年工作要点"
    assert d.doc_type == "work_points"
    assert d.agency == "区司法局"


# a town's bulletin of a meeting (…推进调度会简报), told as a meeting is told (会上，…): a bulletin, not news
_BULLETIN = (
    "平安建设推进调度会简报\n"
    "会上,副镇长xx传达了8月22日全市第三季度平安建设工作推进会的会议精神,并通报了近期全镇专项工作推进情况。"
    "会议要求,各村要结合村级换届等中心工作统筹推进。\n"
)


def test_a_meetings_bulletin_is_no_news() -> None:
    d = summarize(text=_BULLETIN).document
    assert d.title == "平安建设推进调度会简报"
    assert d.doc_type == "other"


# (guard) a leader's duty report copied with its line breaks turned into spaces: the title, then who reports by post and a
# letter-spaced name (某镇党委书记 林 山), then the opening
_SPACED_DUTY = (
    "履行推进法治建设第一责任人职责 述职报告 青石镇党委书记 林 山 本人坚持以习近平新时代中国特色社会主义思想为指导,"
    "深入贯彻党的二十大精神,全面落实法治政府建设决策部署,以依法行政为核心、改革创新为动力、群众满意为目标,"
    "推动法治建设取得显著成效。现将工作情况报告如下: 一、工作进展与成效 (一)带头学法。全年主持党委会专题学法6次,"
    "组织旁听庭审2次,全镇干部参加法律知识考试合格率100%。(二)带头守法。严格落实重大行政决策程序,"
    "全年审查合同和文件共计46件,确保决策合法合规。"
)


def test_a_spaced_duty_reports_reporter_line_names_the_town() -> None:
    d = summarize(text=_SPACED_DUTY).document
    assert d.doc_type == "accountability_report"
    assert d.title == "履行推进法治建设第一责任人职责 述职报告"
    assert d.agency == "青石镇"
