"""Shapes of session 21 (issue 10), from the development texts and the blind sets HV–: a portal's title bar kept as a
page's first line, a page's text-size controls between its date line and its lead.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document


def test_a_portal_title_bar_hides_no_name() -> None:
    # 某市2018年法治政府建设情况报告_栏目_某市人民政府门户网站 over the title: the bar's underscores part the page's
    # title, column and site; they are no placeholder of an anonymised copy (__县教育局)
    text = (
        "青川市2019年法治政府建设情况报告_法治政府建设情况报告_青川市人民政府门户网站\n"
        "青川市2019年法治政府建设情况报告\n"
        "2020-01-20 15:36 来源: 青川市司法局\n"
        "2019年，我市各级行政机关深入贯彻法治政府建设实施纲要，依法行政水平进一步提高。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。市政府常务会议专题研究法治政府建设6次。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency == "青川市"
    assert doc.report_year == 2019


def test_an_anonymised_copy_still_names_no_one() -> None:
    # the twin: a template's blank before the name (__县司法局2019年…) is still a placeholder
    text = (
        "__县司法局2019年法治政府建设情况报告\n"
        "2019年，__县司法局在县委、县政府的坚强领导下，深入推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。局党组专题研究法治政府建设4次。\n"
    )
    assert document(text).agency is None


def test_a_text_size_control_between_date_line_and_lead_keeps_the_page_date() -> None:
    # 时间:2019-08-02 来源:… / 字号: / 近日，县司法局…: the control row is furniture, the date line dates the item
    text = (
        "县司法局推进公共法律服务站点建设\n"
        "时间:2020-08-03 来源:公法股 浏览次数:-\n"
        "字号:\n"
        "为落实全市公共法律服务工作会议精神，近日，县司法局组织人员深入各镇、村对公共法律服务站点进行调查摸底。\n"
        "据悉，全县已建成示范性公共法律服务工作站6个。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2020


def test_a_feature_posted_weeks_after_its_event_is_of_that_year() -> None:
    # 更新时间:2024-11-11 over 9月4日下午，某区组织开展…旁听庭审: a page posted two months after its event dates it
    text = (
        "旁听庭审学法用法\n"
        "文章来源:青川区司法局 更新时间:2023-11-10 09:34 浏览数:-\n"
        "字体大小: 大 中 小\n"
        "保护视力色:\n"
        "为进一步提升国家工作人员法治素养，9月26日下午，青川区组织开展领导干部旁听庭审活动，"
        "全区各街道、部分执法单位领导干部约30人到庭旁听。\n"
        "本次旁听庭审选取了一起行政赔偿案件。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2023


def test_a_copy_posted_months_after_the_event_dates_nothing() -> None:
    # the twin: a date line eight months after the lead's day is a later copy's, not the event's page
    text = (
        "旁听庭审学法用法\n"
        "更新时间:2024-05-10 09:34\n"
        "为进一步提升国家工作人员法治素养，9月26日下午，青川区组织开展领导干部旁听庭审活动，"
        "全区各街道、部分执法单位领导干部约30人到庭旁听。\n"
        "本次旁听庭审选取了一起行政赔偿案件。\n"
    )
    assert document(text).report_year is None


def test_a_span_of_days_after_a_full_date_is_dated_by_that_date() -> None:
    # 2026-01-23 发布 over 会议于2023年5月20日至22日…举行: the span's last day follows the lead's own full date,
    # never the posting's (which would make it a meeting of 22 January 2026)
    text = (
        "2026-01-23 发布于某文库\n"
        "自治区人大常委会举行第十二次会议\n"
        "会议于2023年5月20日至22日在自治区政府会议中心举行，会议听取和审议了自治区人民政府关于法治政府建设情况的报告。\n"
        "会议期间，与会人员认真审议各项报告。\n"
    )
    assert document(text).report_year != 2026


def test_a_town_congress_report_that_follows_the_party_committee_names_no_town_called_weirao() -> None:
    # a document site's copy of a town congress's report: 围绕镇党委中心工作，… opening a sentence is a verb and a level
    # word, no town named 围绕镇
    text = (
        "《2023年乡镇人大工作报告.docx》由会员分享,可在线阅读,更多相关《2023年乡镇人大工作报告.docx(8页)》"
        "请在某某文库网上搜索。\n"
        "1、2023年乡镇人大工作报告 各位代表: 我受镇人大主席团委托,向大会报告工作,请予审议。\n"
        "一、过去一年的工作回顾 过去一年,是镇人大换届后的开局之年。一年来,在市委、市政府和镇党委的正确领导下,"
        "在市人大常委会的指导下,以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,"
        "切实履行宪法和法律赋予的职责,紧紧围绕镇党委工作部署,突出经济发展和乡村振兴工作大局,依法开展监督。"
        "围绕镇党委中心工作,认真落实代表建议、批评和意见,为推动我镇经济发展贡献力量。\n"
    )
    agency = document(text).agency
    assert agency is None or not agency.startswith("围绕")


def test_a_deputy_heads_post_is_no_district() -> None:
    # 会上，某某副区长作了重要讲话: the person and the cut post (辛某副区) are no body
    text = (
        "我区召开2018年度人大代表建议、政协委员提案交办会议\n"
        "5月10日,我区召开2018年度人大代表建议、政协委员提案交办工作会议,区人大常委会副主任李明,区政府副区长方立,"
        "区政协副主席赵强出席会议。\n"
        "会议回顾总结了2017年代表建议和委员提案办理情况,安排部署了2018年办理工作。会上,方立副区长作了重要讲话,"
        "他要求进一步增强办理工作的责任感。\n"
    )
    agency = document(text).agency
    assert agency is None or not agency.endswith("副区")


def test_a_party_committee_and_government_named_twice_over_is_no_one_body() -> None:
    # 镇党委政府镇政府2022年工作汇报材料: a template site's heading, no one body
    text = (
        "镇党委政府镇政府2022年工作汇报材料\n"
        "2022年，在县委、县政府的坚强领导下，全镇上下团结一心，经济社会各项事业取得新进展。\n"
        "一、主要工作成效\n"
        "（一）经济运行稳中有进。全年完成地区生产总值8.6亿元。\n"
    )
    agency = document(text).agency
    assert agency is None or agency.count("政府") < 2


def test_a_terms_ordinal_before_a_town_government_is_no_name() -> None:
    # 会议认为，第十七届镇政府在…的领导下…: the town's resolution on its government's report, never 第十七届镇政府
    text = (
        "柳岸镇十七届人大二次会议文件(12)\n"
        "柳岸镇第十七届人民代表大会第二次会议\n"
        "关于《柳岸镇政府工作报告》\n"
        "的决议(草案)\n"
        "(2018年2月9日柳岸镇十七届人大二次会议)\n"
        "柳岸镇第十七届人民代表大会第二次会议听取和审议了王明同志代表柳岸镇人民政府所作的工作报告。\n"
        "会议认为,第十七届镇政府在市委、市政府和镇党委的领导下,紧紧围绕全年目标任务,各项工作取得新成效。\n"
    )
    agency = document(text).agency
    assert agency is None or not agency.startswith("第")


def test_a_joint_issuers_name_split_over_lines_is_no_group_office() -> None:
    # 中共某省委宣传部 某省法治宣传教育 / 工作领导小组办公室 某省司法厅关于…: the split name's tail is no body
    text = (
        "关于印发《全省第三个“民法典宣传月”活动方案》的通知\n"
        "2023-05-04 08:49:00  来源:法润青川\n\n"
        "中共青川省委宣传部 青川省法治宣传教育\n\n"
        "工作领导小组办公室 青川省司法厅关于\n\n"
        "印发《全省第三个“民法典宣传月”\n\n"
        "活动方案》的通知\n\n"
        "各设区市市委宣传部、法治宣传教育工作领导小组办公室、司法局:\n"
        "现将《全省第三个“民法典宣传月”活动方案》印发给你们,请结合实际认真贯彻落实。\n"
    )
    agency = document(text).agency
    assert agency is None or not agency.startswith("工作")


def test_a_news_items_own_term_and_government_stays_its_name() -> None:
    # the twin: 州长某某主持召开十六届州政府第一次常务会议 names the government by its term, without 第
    text = (
        "本报讯 (记者 马明)12月14日,州长何平主持召开十六届州政府第一次常务会议,研究部署法治政府建设等工作。"
        "州政府班子成员参加会议。\n"
        "会议强调,依法行政是政府工作的基本准则。\n"
    )
    agency = document(text).agency
    assert agency is not None and agency.endswith("州政府")


def test_a_legal_affairs_offices_year_summary_is_its_rule_of_law_report() -> None:
    # 某市法制局2016年工作总结: a government's legal affairs office has no work but the government's rule of law
    text = (
        "您当前的位置:首页 > 政务公开 > 规划计划\n"
        "青川市法制局2016年工作总结\n"
        "信息来源:青川市法制局发布日期:2017-03-02 分享:\n"
        "2016年,市法制局全面贯彻法治政府建设实施纲要,紧紧围绕市委、市政府的中心工作,扎实推进法治政府建设。"
        "全年审查市政府规范性文件32件,办理行政复议案件118件。\n"
        "一、推进依法行政制度建设\n"
        "(一)完善重大行政决策程序。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency == "青川市法制局"
    assert doc.report_year == 2016


def test_a_congress_legislative_commissions_year_summary_is_no_such_report() -> None:
    # the twin: 某市人大常委会法制工作委员会2016年工作总结 is a congress body's year, not the government's rule of law
    text = (
        "青川市人大常委会法制工作委员会2016年工作总结\n"
        "2016年,市人大常委会法制工作委员会在常委会党组的领导下,认真做好地方立法和备案审查工作。"
        "全年完成地方性法规草案审查4件。\n"
        "一、扎实做好立法工作\n"
        "(一)加强立法调研。\n"
    )
    assert document(text).doc_type != DocType.annual_report


def test_a_heads_whole_year_performance_report_is_no_accountability_report() -> None:
    # 乡镇镇长述职报告 / 区卫健局2025年工作述职报告: a post's whole year, not the duty of 法治建设 (述法)
    text = (
        "柳岸镇镇长述职报告\n"
        "各位领导、同志们:我于今年二月当选为柳岸镇镇长,负责政府全面工作。一年来,我团结带领政府一班人,"
        "在镇党委的正确领导下,真抓实干,较好地完成了各项目标任务。\n"
        "一、抓项目建设,经济实力不断增强\n"
        "全年完成固定资产投资3.2亿元。\n"
    )
    assert document(text).doc_type != DocType.accountability_report


def test_a_performance_report_on_the_rule_of_law_duty_stays_an_accountability_report() -> None:
    # the twin: a 述职报告 on 履行推进法治建设第一责任人职责 is the accountability report it names
    text = (
        "履行推进法治建设第一责任人职责述职报告\n"
        "柳岸镇党委书记 王明\n"
        "本人坚持以习近平法治思想为指导,认真履行推进法治建设第一责任人职责,现将有关情况报告如下:\n"
        "一、履职情况\n"
        "(一)带头学法。全年主持党委会专题学法4次。\n"
    )
    assert document(text).doc_type == DocType.accountability_report


def test_an_essay_sites_spaced_menu_is_no_title() -> None:
    # 欢迎来到某秘书网平台! 工作总结 工作计划 心得体会 … 述职报告 自查报告 above the report's title: the site's menu
    text = (
        "欢迎来到某某秘书网平台! 工作总结 工作计划 心得体会 思想汇报 发言稿 申请书 述职报告 自查报告\n"
        "当前位置:首页 > 工作总结 > 正文\n"
        "【法制总结】2010年青川法治政府建设工作总结\n"
        "时间:2023-05-17 18:55:12 来源:网友投稿\n"
        "2010年,我市各级行政机关认真贯彻《国务院关于加强市县政府依法行政的决定》,以提高依法行政能力为主线,"
        "扎实推进法治政府建设。现将有关情况总结如下:\n"
        "一、依法行政制度建设不断加强\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2010


def test_a_yearbook_entry_names_the_body_before_its_verb_of_work() -> None:
    # 书名:… / 2020年，某县林业局加大防火宣传…: a yearbook's entry opens with its body and a verb of its work
    text = (
        "书名:柳岸年鉴2021\n"
        "一级目:农业•林业•水利\n"
        "2020年,柳岸县林业局加大防火宣传、林区值守和巡护工作,全年未发生森林火灾。"
        "做好有害生物预测预报及防治,完成防治面积2万亩。\n"
    )
    assert document(text).agency == "柳岸县林业局"


def test_a_provinces_headline_verb_leaves_the_office_its_lead_names() -> None:
    # the twin: 某省开展法治政府建设全面督察 over a lead whose office organises it: the bare place's verb of work
    # never makes the place the agency
    text = (
        "青川省开展法治政府建设全面督察\n"
        "11月1日,全省法治政府建设示范创建与全面督察电视电话会议召开。记者从会上获悉,即日起,"
        "省法治政府建设领导小组办公室将组织督导组,分赴各地全面督察法治政府建设情况。\n"
        "督察组将重点围绕党政主要负责人履行推进法治建设第一责任人职责情况开展督察。\n"
    )
    assert document(text).agency != "青川省"


def test_a_dates_tail_before_the_bureaus_short_form_is_no_name() -> None:
    # a 我局 report: 2020年10月局党组书记、局长某某在…授课: the date's 月 and the bureau's short form 局 are no body
    text = (
        "今年以来,在区委、区政府的正确领导下,我局坚持以习近平法治思想为指导,提高人社工作法治化水平。"
        "现将今年法治政府建设工作情况报告如下:\n"
        "一、2020年度推进法治政府建设的主要举措和成效\n"
        "(一)夯实法治政府建设基础\n"
        "1.强化落实“第一责任人”职责。多次召开专题会议部署研究法治建设工作。\n"
        "2.争取区级层面学法授课。《中华人民共和国民法典》被纳入2020年度区政府常务会议学法计划内容,"
        "2020年10月局党组书记、局长王明在区政府常务会议上授课。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency is None


def test_a_meeting_told_under_a_reports_first_part_is_no_news_lead() -> None:
    # a report with no title or formula: 2022年，市住建局在…领导下… / 一、加强组织领导 / …今年5月18日，市政府召开…会议
    text = (
        "2022年,市住建局在市委、市政府的正确领导下,深入学习贯彻习近平法治思想,严格按照法治政府建设工作要求,"
        "在推进法治政府建设方面取得了积极成效。\n"
        "一、加强组织领导,重视部署落实\n"
        "严格落实党政主要负责人履行法治建设职责。将法治建设纳入年度工作计划。\n"
        "积极开展法治政府建设活动。今年5月18日,市政府召开全市法治政府建设工作会议,会议部署了全年工作。\n"
        "二、加强调查研究,推进依法行政\n"
        "制定印发了《住建领域法治建设行动方案》。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_news_lead_above_its_numbered_points_stays_news() -> None:
    # the twin: 5月18日，市政府召开… as the item's first line, its points numbered below, is a news item
    text = (
        "市政府召开法治政府建设工作会议\n"
        "5月18日,市政府召开全市法治政府建设工作会议,部署全年工作。\n"
        "会议强调:\n"
        "一、要加强组织领导\n"
        "各部门要压实主体责任。\n"
        "二、要推进依法行政\n"
        "各部门要规范执法行为。\n"
    )
    assert document(text).doc_type == DocType.news
