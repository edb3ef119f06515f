"""Shapes of session 27 (issue 10), found on real documents nobody here wrote: an organ's own year's summary, plan or
rules of work named by its title alone (某县林业局工作总结, 某县人民政府工作规则) and a template site's sample of one.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.clean import to_simplified

from .support.facts import document, facts, packaged

_RULES_OF_WORK = (
    "青禾县人民政府工作规则\n"
    "第一章 总则\n"
    "一、为规范县政府工作，提高行政效能，根据有关法律法规，结合县政府工作实际，制定本规则。\n"
    "二、县政府工作坚持依法行政，严格按照法定权限和程序履行职责。\n"
    "第二章 组成人员职责\n"
    "三、县政府组成人员要模范遵守宪法和法律，认真履行职责，接受监督。\n"
    "四、县长领导县政府全面工作，副县长按照分工负责分管工作，受县长委托负责其他方面的工作或者专项任务。\n"
    "第三章 依法全面履行政府职能\n"
    "五、县政府要全面正确履行经济调节、市场监管、社会管理、公共服务、生态环境保护等职能，持续优化营商环境。\n"
)


def test_an_organs_rules_of_work_are_its_own() -> None:
    # 某县人民政府工作规则: the government that rules its own work is the document's writer
    for text in packaged(_RULES_OF_WORK):
        assert facts(text)[:2] == ("other", "青禾县人民政府")


_SUMMARY_AND_PLAN = (
    "2022年县水利局工作总结暨2023年工作计划\n"
    "一、2022年工作总结\n"
    "（一）水利建设任务全面完成\n"
    "全年完成小型水库除险加固6座，新建灌溉渠道12公里，完成投资3100万元。\n"
    "（二）依法治水扎实推进\n"
    "开展河道执法巡查86次，办结水事违法案件9件。\n"
    "二、2023年工作计划\n"
    "继续推进水利工程建设，强化河湖长制落实。\n"
    "（一）加快重点工程建设。确保两座中型水库年内开工，完成农村供水保障工程投资2000万元。\n"
    "（二）加强水行政执法。深化河湖“清四乱”常态化规范化，严厉打击非法采砂行为，维护良好水事秩序。\n"
)


def test_a_year_first_title_names_the_organ_whose_summary_and_plan_it_is() -> None:
    # 2022年县水利局工作总结暨2023年工作计划: the bureau before its 工作总结, the year summed up
    for text in packaged(_SUMMARY_AND_PLAN):
        assert facts(text) == ("other", "县水利局", 2022)


def test_a_template_sites_sample_summary_names_no_writer() -> None:
    # 2024年水利局工作总结范文: written for any such bureau, so no bureau of its own
    sample = _SUMMARY_AND_PLAN.replace("2022年县水利局工作总结暨2023年工作计划", "2022年县水利局工作总结范文")
    for text in packaged(sample):
        assert facts(text)[1] is None


def test_a_template_sites_note_run_into_the_title_of_a_one_line_copy_is_set_apart() -> None:
    # 下面是小编为大家整理的…，供大家参考。2022年县水利局工作总结…: the note is the site's, the title the copy's own
    note = "下面是小编为大家整理的县水利局工作总结暨工作计划，供大家参考。\n"
    for text in packaged(note + _SUMMARY_AND_PLAN):
        assert facts(text) == ("other", "县水利局", 2022)


_DISCLOSURE_GUIDE = (
    "青禾县自然资源局政府信息公开指南 (2025年版)\n"
    "为便于公民、法人和其他组织依法获取本机关的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。\n"
    "一、主动公开\n"
    "（一）公开的主要内容。本机关主动公开机构职能、规范性文件、行政许可和行政处罚等信息。\n"
    "（二）公开的方式。通过县政府门户网站、政务新媒体和政务服务大厅等渠道主动公开政府信息。\n"
    "二、依申请公开\n"
    "申请人可以通过当面提交、邮寄和互联网等方式向本机关提出政府信息公开申请，本机关在规定期限内答复。\n"
)


def test_a_guide_to_asking_a_body_for_information_is_no_disclosure_report() -> None:
    # 某局政府信息公开指南(2025年版): the body tells how to ask it for information; it reports no year's disclosure work
    for text in packaged(_DISCLOSURE_GUIDE):
        assert facts(text) == ("other", "青禾县自然资源局", 2025)
    report = _DISCLOSURE_GUIDE.replace("政府信息公开指南 (2025年版)", "2024年政府信息公开工作年度报告")
    assert facts(report) == ("information_disclosure_report", "青禾县自然资源局", 2024)


# a news page in a site's frame: a greeting with the visitor's day, a text-size row in letters, the page's date line,
# a lead dated 近日, then the background citing the plan the campaign followed
_NAMING_NEWS = (
    "欢迎访问青禾政法网 今天是 2026年3月9日 星期一\n"
    "青禾省命名第三批全省法治政府建设示范地区\n"
    "来源:青禾政法网 责任编辑:李某 发布时间:2024-05-20\n"
    "字号:A A 颜色:\n"
    "近日,省委全面依法治省办印发《关于第三批全省法治政府建设示范地区命名的决定》,通报了示范创建活动情况。\n"
    "根据中央依法治国办统一部署和《青禾省开展2022年法治政府建设示范创建活动实施方案》安排,"
    "自2022年10月起,省委全面依法治省办组织开展了第三批示范创建活动。\n"
    "省委全面依法治省办要求各地各部门以示范创建为抓手,持续推进法治政府建设。\n"
)


def test_a_news_item_is_of_its_pages_year_not_of_the_plan_its_background_cites() -> None:
    # 《某省开展2022年…实施方案》 is the plan the campaign followed; the greeting's 今天是 is the visitor's day
    for text in packaged(_NAMING_NEWS):
        assert facts(text)[0::2] == ("news", 2024)
    # …while a meeting that deliberates a cited report is about that report's year
    heard = _NAMING_NEWS.replace(
        "近日,省委全面依法治省办印发《关于第三批全省法治政府建设示范地区命名的决定》,通报了示范创建活动情况。",
        "近日,省政府常务会议审议《青禾省2023年法治政府建设情况报告》。",
    )
    assert facts(heard)[0::2] == ("news", 2023)
    # …and a page whose date line was lost is dated by nothing, not by the visitor's day in its greeting
    undated = _NAMING_NEWS.replace("来源:青禾政法网 责任编辑:李某 发布时间:2024-05-20\n", "")
    for text in packaged(undated):
        assert facts(text)[2] is None


def test_a_mirrors_heading_that_restates_the_title_with_another_year_dates_nothing() -> None:
    # 某委政府信息公开指南(2026年版) over 某委政府信息公开指南(2024年版): the copy does not say which is the document's
    # (the mirror's heading kept a space inside its bracket, so both lines read as one title)
    mirrored = "青禾县自然资源局政府信息公开指南 ( 2023年版)\n" + _DISCLOSURE_GUIDE
    assert facts(mirrored) == ("other", "青禾县自然资源局", None)


# a mirror's traditional-script copy of a report that lost its line breaks: its title, its document number (…〔2025〕
# 3號) and its opening (2024年以來，…) run together, none of them in the simplified words the splitter knows
_TRADITIONAL_RUN_ON = (
    "甘泉縣人民政府2024年法治政府建設年度報告甘府〔2025〕3號"
    "2024年以來，在縣委的堅強領導下，縣政府深入推進依法行政，法治政府建設取得新成效。"
    "一、主要舉措和成效（一）健全依法決策機制。全年審查重大行政決策事項15件，審查規範性文件22件。"
    "（二）嚴格規範公正文明執法。開展行政執法案卷評查2次，評查案卷180卷。"
    "二、存在的不足和原因基層執法力量仍然薄弱，執法人員專業素質有待提升。"
    "三、2025年工作安排持續深化行政執法體制改革，推進法治政府建設示範創建。"
)


def test_a_traditional_copy_that_lost_its_line_breaks_reads_as_its_simplified_twin() -> None:
    # its title, number and headings are cut where their simplified words stand: the same report either way
    simplified = facts(to_simplified(_TRADITIONAL_RUN_ON))
    assert simplified == ("annual_report", "甘泉县人民政府", 2024)
    assert facts(_TRADITIONAL_RUN_ON) == simplified
    # …and still says its source was in traditional script, its quotes in simplified
    doc = document(_TRADITIONAL_RUN_ON)
    assert (doc.script, doc.text_script) == ("traditional", "simplified")


_DISTRICT_WORK_REPORT = (
    "青禾市2024年政府工作报告\n"
    "各位代表:\n"
    "我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。\n"
    "一、2023年工作回顾\n"
    "2023年,全区地区生产总值增长6.1%,新增城镇就业1.2万人,完成固定资产投资210亿元。\n"
    "二、2024年重点工作\n"
    "今年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n"
)


def test_a_city_heading_over_a_districts_work_report_is_not_its_speaker() -> None:
    # a mirror headed a district's report with its city's name; 我代表区人民政府 is the speaker's own word
    assert facts(_DISTRICT_WORK_REPORT) == ("government_work_report", "区人民政府", 2023)
    # …while the speaker of a report under its own place's name speaks for that place
    city = _DISTRICT_WORK_REPORT.replace("我代表区人民政府", "我代表市人民政府").replace("全区", "全市")
    assert facts(city) == ("government_work_report", "青禾市", 2023)


_MOTTO_FIRST = (
    "守正创新，砥砺前行。2024年是全面落实“十四五”规划的关键之年，青禾市人民政府坚持以习近平法治思想为指导，"
    "以高质量立法服务高质量发展。全年提请审议地方性法规4件，制定政府规章5件，清理规范性文件132件。\n"
    "一、立法引领，护航发展大局\n"
    "市政府坚持立法与改革决策相衔接，围绕营商环境、生态保护等领域开展立法，"
    "对2019年、2021年出台的两部规章开展立法后评估，修改2021年出台的规章1部。\n"
)


def test_an_opening_after_a_motto_of_its_own_still_dates_the_text() -> None:
    # 守正创新，砥砺前行。2024年是…之年: the motto is a sentence of its own, the year opens the next (the years
    # the body names more often are of the rules it reviews)
    assert facts(_MOTTO_FIRST)[2] == 2024


_NOTICE_WITHOUT_TITLE = (
    "各科室、各直属单位:\n"
    "为做好今年政务公开工作,局办公室研究制定了《青禾县水利局2023年政务公开工作要点》,经局领导同意,"
    "现印发给你们,请认真贯彻执行。\n"
    "各科室要按照职责分工和时间节点,及时履行公开义务,按时完成公开任务,"
    "对照2022年度考核中发现的问题逐项整改,2022年未完成的栏目建设任务于年内完成。\n"
)


def test_a_notice_that_lost_its_title_is_of_the_year_of_the_document_it_issues() -> None:
    # 研究制定了《某局2023年…工作要点》，经局领导同意，现印发给你们: the points it issues are for 2023, whatever
    # year of past work it names more often
    assert facts(_NOTICE_WITHOUT_TITLE)[2] == 2023
    # …and of no one year when that document spans several
    plan = _NOTICE_WITHOUT_TITLE.replace("2023年政务公开工作要点", "政务公开工作规划(2021—2025年)")
    assert facts(plan)[2] is None


_RULES_ISSUED = (
    "青政发〔2024〕5号\n"
    "各乡镇人民政府,县政府各部门:\n"
    "《青禾县人民政府工作规则》已经2024年2月1日县政府常务会议审议通过,现印发给你们,请遵照执行。\n"
    "青禾县人民政府\n"
    "2024年2月6日\n"
    "青禾县人民政府工作规则\n"
    "第一章 总则\n"
    "第一条 为规范县政府工作,提高行政效能,根据有关法律法规,结合县政府工作实际,制定本规则。\n"
    "第二条 县政府工作坚持依法行政,严格按照法定权限和程序履行职责,自觉接受县人大及其常委会的监督。\n"
    "第三条 县政府实行县长负责制,县长领导县政府全面工作,副县长协助县长工作。\n"
)


def test_a_notice_issuing_a_document_of_no_year_is_of_the_year_it_was_adopted() -> None:
    # 《某县人民政府工作规则》已经2024年2月1日县政府常务会议审议通过，现印发给你们
    for text in packaged(_RULES_ISSUED):
        assert facts(text)[2] == 2024
    # …while a document with a year of its own is of that year, whenever it was adopted
    points = _RULES_ISSUED.replace("《青禾县人民政府工作规则》", "《青禾县2023年政务公开工作要点》")
    assert facts(points)[2] == 2023


_REVIEW_MEETING_NEWS = (
    "青禾市举行法治政府建设示范项目评审会\n"
    "来源:市司法局 发布时间:2023-06-12 08:30\n"
    "我市举行申报省级法治政府建设示范项目评审会,9个县市区申报的18个项目在会上逐一陈述。\n"
    "近年来,我市法治政府建设工作走在全省前列。2019年,青禾市作为全省唯一的试点市,把行政执法三项制度经验推向全省。"
    "今年,省委依法治省办下发示范创建活动实施方案,市委、市政府决定全面启动示范创建工作。\n"
)


def test_a_news_item_whose_body_tells_of_this_year_is_of_its_pages_year() -> None:
    # 2019年 is long past; 今年，… is the page's own year
    assert facts(_REVIEW_MEETING_NEWS)[0::2] == ("news", 2023)
    # …while a body that names only a past year, and nothing of this one, dates nothing (a copy or a look back)
    past = _REVIEW_MEETING_NEWS.replace("今年,省委依法治省办下发", "省委依法治省办曾下发")
    assert facts(past)[2] is None


_DISCLOSURE_CATALOGUE = (
    "政府信息主动公开事项目录\n"
    "为全面推进政务公开标准化规范化,我区推进政务公开清单化管理。根据《中华人民共和国政府信息公开条例》,"
    "区政府各部门编制形成政府信息主动公开事项目录,现集中对外公开。\n"
    "事项名称 事项类别 公开内容 公开依据 公开时限 公开渠道\n"
    "法治政府建设年度报告 法治政府建设 上一年度推进法治政府建设的主要举措和成效、存在的不足和原因、"
    "党政主要负责人履行推进法治建设第一责任人职责情况、下一年度推进法治政府建设的主要安排 "
    "《法治政府建设与责任落实督察工作规定》 每年4月1日之前 政府网站 主动公开\n"
    "政府信息公开工作年度报告 政务公开 主动公开政府信息情况、收到和处理政府信息公开申请情况 "
    "《中华人民共和国政府信息公开条例》 每年1月31日之前 政府网站 主动公开\n"
    "行政规范性文件 政策文件 文件全文及解读 《中华人民共和国政府信息公开条例》 形成之日起20个工作日内 政府网站 主动公开\n"
)


def test_a_catalogue_of_what_a_body_publishes_is_no_report() -> None:
    # 政府信息主动公开事项目录, its row on the annual report listing the report's parts: it carries no report
    for text in packaged(_DISCLOSURE_CATALOGUE):
        assert facts(text)[0] == "other"


_AWARD_NEWS = (
    "第五届“法治创新奖”获奖名单揭晓\n"
    "发布日期:2024-05-14\n"
    "2024年4月26日,第五届“法治创新奖”终评会在青禾大学举行。本届评选活动由青禾大学法治政府研究院主办。"
    "自2023年9月发布申报公告以来,共收到申报项目180个,最终16个项目获奖。\n"
)


def test_the_host_an_item_names_at_its_sentences_end_is_its_agency() -> None:
    # 本届评选活动由某研究院主办。: the event's host, the clause ending the sentence; a news app's byline and reading
    # count above the lead push it down the page, not out of the lead
    app = _AWARD_NEWS.replace(
        "发布日期:2024-05-14\n", "青禾新闻客户端记者 王明 通讯员 李红\n2024-05-14 10:11 4857阅读\n"
    )
    for text in [_AWARD_NEWS, "县委、县政府：\n" + _AWARD_NEWS, app]:
        assert facts(text) == ("news", "青禾大学法治政府研究院", 2024)


_ALL_GOVERNMENTS_REPORT = (
    "2022年,在党中央、国务院和省委的坚强领导下,全省各级政府坚持以习近平法治思想为指导,深入推进依法行政,"
    "法治政府建设取得新进展。\n"
    "一、加强组织领导。一是履行第一责任人职责。省政府主要负责人认真履行推进法治建设第一责任人职责,"
    "主持召开省政府常务会议专题研究法治政府建设4次。\n"
    "二、依法全面履行政府职能。全年取消和下放行政许可事项26项,编制公布省级权责清单。\n"
)


def test_a_report_of_all_the_governments_of_a_place_is_its_own_governments() -> None:
    # 全省各级政府坚持…, 省政府主要负责人…: the province's government reports for them all
    assert facts(_ALL_GOVERNMENTS_REPORT) == ("annual_report", "省政府", 2022)
    # …never another place's government the body names (某市政府常务会议 in the province's report)
    other = _ALL_GOVERNMENTS_REPORT.replace("省政府主要负责人", "主要负责人").replace("召开省政府", "召开青禾市政府")
    assert facts(other)[1] is None


_STANDING_MEETING_NEWS = (
    "11月3日下午,市委副书记、市长李某主持召开市政府十二届第86次常务会议,专题学习《法治政府建设实施纲要"
    "(2021-2025年)》,研究做好我市政务公开等工作。\n"
    "会议指出,要深入学习贯彻习近平法治思想,坚持在法治轨道上推进各项工作。\n"
)


def test_a_governments_numbered_meeting_in_its_term_names_the_government() -> None:
    # 召开市政府十二届第86次常务会议: the term before the meeting's number
    assert facts(_STANDING_MEETING_NEWS)[:2] == ("news", "市政府")


_LISTED_NEWS = (
    "全国第二批法治政府建设示范市\n"
    "绍兴再获“国家级”金名片\n"
    "近日,中央依法治国办公布了第二批全国法治政府建设示范市(县、区)名单,绍兴成功入选。\n"
    "近年来,绍兴坚持把法治政府建设作为重点任务,市政府常务会议学法活动每年不少于4次。\n"
)


def test_the_place_a_list_names_as_its_one_newcomer_is_the_items_subject() -> None:
    # 某办公布了…名单，绍兴成功入选: the news is of the place that made the list, named by its bare name
    assert facts(_LISTED_NEWS)[:2] == ("news", "绍兴")


_COMMITTEE_HEARS = (
    "3月20日,青禾省委全面依法治省委员会召开会议,听取省委全面依法治省委员会2023年工作情况汇报,"
    "审议《中共青禾省委全面依法治省委员会2024年工作要点》、省委全面依法治省委员会各协调小组2023年工作总结和"
    "2024年工作打算,审议《青禾省人民政府2024年度立法计划(草案)》。\n"
    "省委书记、省委全面依法治省委员会主任主持会议并讲话。\n"
)


def test_a_meeting_that_hears_a_years_work_report_is_about_that_year() -> None:
    # 听取…2023年工作情况汇报: the report heard, whatever plans for 2024 the meeting approved
    assert facts(_COMMITTEE_HEARS)[0::2] == ("news", 2023)
    # …while a meeting that sums up one year's work and sets the next's is of the year it plans and is held in
    plans = _COMMITTEE_HEARS.replace("听取省委全面依法治省委员会2023年工作情况汇报", "总结2023年工作,部署2024年工作")
    assert facts(plans)[0::2] == ("news", 2024)


def test_a_summary_a_meeting_lists_after_a_cited_title_is_no_title_of_the_item() -> None:
    # 审议《某要点》和各协调小组2023年工作总结: one of the things the meeting deliberated, not a title run into the lead
    listed = _COMMITTEE_HEARS.replace(
        "、省委全面依法治省委员会各协调小组2023年工作总结和", "和各协调小组2023年工作总结和"
    )
    assert facts(listed)[0::2] == ("news", 2023)


_NOTICE_ALONE = (
    "机关各科室、局属各单位:\n"
    "为贯彻落实上级关于政务公开工作的部署,局办公室研究制定了《青禾县农业农村局2024年政务公开工作要点分工方案》,"
    "经局领导同意,现印发给你们,请认真执行。\n"
    "各牵头科室要履行牵头职责,会办科室要主动对接配合,按时完成公开任务。\n"
    "青禾县农业农村局办公室\n"
    "2024年6月18日\n"
)


def test_a_transmittal_notice_without_the_document_it_passes_on_is_a_notice() -> None:
    # the copy holds the notice alone: its formula, requests, signature and date, not the plan it issues
    # (…and the fields of the account that posted it, below its date, are no more of it)
    posted = _NOTICE_ALONE + "来源：青禾农业农村\n编辑：王明\n"
    for text in [*packaged(_NOTICE_ALONE), posted]:
        assert facts(text)[0::2] == ("other", 2024)
    # …while a copy that goes on with the document itself is that document: a year's points split among the
    # bureau's offices, work points (as 7 of the 8 labelled pages titled …工作要点分工方案/…要点及任务分工 are)
    plan = _NOTICE_ALONE + (
        "青禾县农业农村局2024年政务公开工作要点分工方案\n"
        "一、总体要求\n坚持以人民为中心,全面推进政务公开标准化规范化建设。\n"
        "二、重点任务\n（一）深化决策公开。责任单位:办公室、政策法规科。完成时限:2024年12月底前。\n"
        "（二）强化政策解读。责任单位:各业务科室。完成时限:长期坚持。\n"
        "（三）加强平台建设。责任单位:办公室。完成时限:2024年10月底前。\n"
    )
    assert facts(plan)[0] == "work_points"


_OCCASION_EVE_NEWS = (
    "在第十一个国家宪法日到来之际,根据省“宪法宣传周”安排部署,省水利厅积极组织开展了系列宪法宣传活动。"
    "一是组织宪法宣传进灌区活动,在灌区管理站张贴宪法宣传标语。二是开展宪法学习专题讲座,厅机关干部职工120余人参加。\n"
    "三是利用厅门户网站和政务新媒体推送宪法知识,营造尊法学法守法用法的浓厚氛围。"
    "四是组织厅属单位开展宪法知识网上答题,参与答题的干部职工达到860人次,进一步增强了干部职工的宪法意识。\n"
)


def test_a_lead_on_the_eve_of_an_occasion_is_news() -> None:
    # 在第十一个国家宪法日到来之际，…某厅积极组织开展了…活动: the occasion's events, told as they were held
    # (under its page's row of empty counters, in any packaging; a repost's page line of a later year dates it not)
    page = "时间: 来源:青禾省水利厅 作者:佚名 点击:\n" + _OCCASION_EVE_NEWS
    repost = "发布时间:2026-03-20 来源:本网\n" + _OCCASION_EVE_NEWS
    for text in [*packaged(page), repost]:
        assert facts(text)[0::2] == ("news", 2024)
    # …while a report's part that tells of the same events stays the report's
    report = (
        "青禾县水利局2024年法治政府建设工作情况报告\n2024年,我局坚持以习近平法治思想为指导,扎实推进法治政府建设。\n"
        "一、主要举措和成效\n" + _OCCASION_EVE_NEWS
    )
    assert facts(report)[0] == "annual_report"


_INSPECTION_HEARS_ONE = (
    "青禾县人大常委会调研指导法治政府建设工作\n"
    "(发布于:2024-12-09 18:00)\n"
    "12月8日下午,青禾县人大常委会副主任王某带领调研组,对我县2024年度法治政府建设工作进行调研指导。"
    "县政府办、县司法局有关负责同志参加调研。\n"
    "王某一行首先到县司法局,听取了县司法局党组书记、局长李某关于2024年度法治政府建设情况的汇报,"
    "并实地察看了公共法律服务中心。\n"
    "调研组对我县法治政府建设工作取得的成效给予肯定,要求进一步提高认识,压实责任,推动法治政府建设再上新台阶。\n"
)


def test_a_legislatures_inspection_that_hears_one_bodys_report_is_about_that_body() -> None:
    # 某县人大常委会…调研指导 / 听取了县司法局…关于2024年度法治政府建设情况的汇报: the bureau's work is the item's
    # (in any packaging: its page's bracketed date run in after the headline, a news app's byline above the lead)
    app = _INSPECTION_HEARS_ONE.replace(
        "(发布于:2024-12-09 18:00)\n", "青禾新闻客户端记者 王明\n2024-12-09 18:00 2301阅读\n"
    )
    for text in [*packaged(_INSPECTION_HEARS_ONE), app]:
        assert facts(text) == ("news", "县司法局", 2024)


_VISITED_COUNTY = (
    "省应急厅检查青禾县应急管理依法行政工作\n"
    "本网讯 20日上午,省应急厅执法监督处王某处长一行在市应急局李某局长陪同下检查我县近两年来的应急管理依法行政情况。"
    "副县长赵某陪同检查。\n"
    "检查组首先听取县应急局张某局长的汇报,随后现场查看了行政执法案卷,对我县工作给予肯定。\n"
)


def test_a_visit_to_the_writers_county_is_the_news_of_the_organ_that_reported_to_it() -> None:
    # …一行…检查我县… / 听取县应急局张某局长的汇报: the host bureau's news, not the visitors'
    assert facts(_VISITED_COUNTY)[:2] == ("news", "县应急局")
    # …and no one's when several of the county's organs reported
    several = _VISITED_COUNTY.replace("听取县应急局张某局长的汇报", "听取县应急局、县消防救援大队的汇报")
    assert facts(several)[1] != "县应急局"


_HEARS_WORK_AND_IDEAS = (
    "本报讯 1月9日,青禾省司法厅在省城召开各市司法局长座谈会,听取各市司法局2024年工作情况和2025年工作思路汇报,"
    "部署开展“法护平安”专项行动。省司法厅党委书记、厅长主持会议并讲话。\n"
    "会上,各市司法局汇报了过去一年工作,谋划了今年工作思路。\n"
)


def test_a_meeting_that_hears_a_years_work_and_the_next_years_ideas_is_of_the_year_reviewed() -> None:
    # 听取…2024年工作情况和2025年工作思路汇报: one report on the year it reviews, its ideas for the next appended
    assert facts(_HEARS_WORK_AND_IDEAS)[0::2] == ("news", 2024)
    # …while two reports of two unrelated years heard together give no one year
    two = _HEARS_WORK_AND_IDEAS.replace(
        "2024年工作情况和2025年工作思路汇报", "2022年度考核结果通报及2024年工作情况汇报"
    )
    assert facts(two)[2] is None


def test_an_opening_on_a_years_report_published_is_of_that_year() -> None:
    # 2025年4月，…发布2024年度法治政府建设白皮书。2024年，…: the white paper's year, not the month it came out
    text = (
        "2025年4月,青禾省政府新闻办发布2024年度法治政府建设白皮书。2024年,青禾省法治政府建设取得明显成效,"
        "法治建设群众满意率达96.5%。\n"
        "全省各级政府坚持立法与改革决策相衔接,提请审议地方性法规9件。\n"
    )
    assert facts(text)[2] == 2024


_RESULTS_CIRCULAR = (
    "各镇人民政府,各街道办事处,区政府各委、办、局:\n"
    "根据《2023年青禾区政务公开考核评估实施方案》,区政府办公室会同相关部门组成考核评估小组,在全区开展了政务公开考核评估工作。\n"
    "经评估,政务公开工作优秀单位21家、良好单位12家。具体如下:\n"
    "一、优秀单位\n街镇:青山街道、绿水镇、白云街道。\n"
)


def test_a_circular_of_results_is_of_the_year_of_the_work_it_assessed() -> None:
    # 根据《2023年某区…考核评估实施方案》，…开展了…考核评估工作。: the results of 2023's work
    assert facts(_RESULTS_CIRCULAR)[2] == 2023


_PRESS_CONFERENCE = (
    "星报讯 3月5日上午,青禾省政府新闻办召开新闻发布会,介绍全面依法治省工作有关情况。\n"
    "记者从会上获悉,近年来我省法治政府建设取得重大进展。2023年,省政府出台了推进法治政府建设三年行动计划。"
    "2024年,我省将在全省政府系统谋划开展法治政府建设提升行动,推动政府行为全面纳入法治轨道。\n"
)


def test_a_news_item_dated_by_its_day_alone_is_of_the_year_its_place_will_act_in() -> None:
    # 3月5日上午，…发布会 / 2024年，我省将…: the item looks ahead from its own year
    assert facts(_PRESS_CONFERENCE)[0::2] == ("news", 2024)
    # …and gives none when it tells of two years ahead
    two = _PRESS_CONFERENCE.replace("纳入法治轨道。", "纳入法治轨道。2025年,我省将全面完成三年行动计划各项任务。")
    assert facts(two)[2] is None
