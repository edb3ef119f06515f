"""Shapes of session 48 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize


def test_a_lead_that_names_its_feast_then_says_on_that_day_gives_the_bodys_news() -> None:
    text = (
        "12月4日,是我国第七个国家宪法日。当天,青川市民宗局在市民广场举行了民族宗教政策法规宣传活动。"
        "副局长王明参加活动。\n"
        "活动现场设置咨询台,发放宣传资料800份,接受群众咨询60余人次。\n"
    )
    assert summarize(text=text).document.agency == "青川市民宗局"


def test_a_date_row_under_a_long_menu_of_apps_still_dates_the_news() -> None:
    menu = "新闻热线:0100-1234567 | 广告:0100-7654321\n读报\n客户端\n融媒矩阵\n" + "".join(
        f"  • {name}\n\n" for name in ("微信", "微博", "抖音", "快手", "头条", "视频号", "百家号", "搜狐", "企鹅号")
    )
    text = (
        menu + "当前位置:首页 >青川频道 >要闻\n\n"
        "“奋进新征程”主题系列新闻发布会(市司法局专场)召开\n\n"
        "介绍青川市五年来司法行政工作总体情况\n\n"
        "时间:2025-12-29 10:55:56 来源:青川新闻网\n\n"
        "12月26日,青川市召开主题系列新闻发布会,市司法局负责同志介绍五年来全市司法行政工作情况,并回答记者提问。\n\n"
        "五年来,全市司法行政系统坚持服务大局,为经济社会发展提供坚实法治保障。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2025


def test_a_source_row_left_empty_before_its_date_still_dates_the_news() -> None:
    text = (
        "青川县法院工作报告获全票通过\n"
        "来源: • 2021-07-27 13:59:28\n"
        "7月23日,在青川县第十七届人民代表大会第一次会议上,青川县人民法院工作报告获全票通过。\n"
        "与会代表对县法院的工作给予充分肯定。\n"
    )
    assert summarize(text=text).document.report_year == 2021


def test_a_lead_whose_day_stands_between_commas_after_its_subject_names_the_body() -> None:
    text = (
        "为切实提高机关干部的法治素养和依法办事能力,根据省普法办《关于举行2020年全省公民法律知识考核的通知》,"
        "青川县文旅局于1月6日上午,组织全体机关干部开展2020年公民法律知识考试。\n"
        "考试内容涉及宪法、民法典等法律法规,参考干部认真作答。\n"
        "县文旅局 王明\n"
    )
    d = summarize(text=text).document
    assert d.agency == "青川县文旅局"


def test_a_column_tag_before_a_headline_leaves_the_headlines_place_its_subject() -> None:
    text = (
        "法律咨询热线:12348\n"
        "当前位置: 新闻资讯 > 工作动态\n"
        "【基层动态】青川县李庄镇多举措打造法治乡镇\n"
        "  • 时间:2019-12-24 16:32:28\n"
        "  • 来源:市司法局\n"
        "今年以来,李庄镇采取一系列有效措施,扎实开展法治乡镇创建工作。\n"
        "一是强化责任分工。该镇成立由镇长任组长的创建工作领导小组。\n"
    )
    assert summarize(text=text).document.agency == "青川县李庄镇"


def test_a_press_conferences_speaker_list_does_not_name_a_guest_as_its_body() -> None:
    text = (
        "时间:2022年4月28日16:00\n"
        "主题:守护群众看病钱\n"
        "地点:市政务中心会议室\n"
        "发布人:市医疗保障局二级调研员 王明\n"
        "市医疗保险基金管理中心副主任 李华\n"
        "主持人:市医疗保障局副局长 张强\n"
        "张强:\n"
        "各位媒体朋友:\n"
        "欢迎大家出席由青川市医疗保障局举办的新闻发布会。今天我们在此召开新闻发布会,介绍全市基金监管情况。\n"
    )
    assert summarize(text=text).document.agency == "青川市医疗保障局"


def test_a_meeting_held_at_an_organs_seat_is_that_organs_news() -> None:
    text = (
        "本报讯 8月28日,青川市国家机关“谁执法谁普法”履职报告评议会在青川市司法局举行。"
        "会上,市水务局、市文化旅游局分别作履职报告。\n"
        "本次评议邀请人大代表、政协委员等9人组成评议团。\n"
    )
    assert summarize(text=text).document.agency == "青川市司法局"


def test_a_meeting_held_in_a_meeting_room_names_no_host() -> None:
    text = "8月28日,全市普法工作推进会在区委会议室召开。会议总结了上半年工作。\n"
    assert summarize(text=text).document.agency is None


def test_a_sharing_sites_help_desk_row_is_not_part_of_the_title_below_it() -> None:
    text = (
        "- 31.20 KB\n"
        "- 2023-03-02 发布\n"
        "- 1、本文档由用户上传,某文库整理发布。\n"
        "- 网站客服QQ:12345678\n"
        "村主任年度工作总结\n"
        "本人担任村主任以来,认真履职。现将本年度工作汇报如下:\n"
        "一、抓好集体经济\n全年完成集体收入80万元。\n"
    )
    assert summarize(text=text).document.title == "村主任年度工作总结"


def test_a_screenshots_file_name_under_the_headline_dates_a_news_item_of_this_year() -> None:
    text = (
        "青川县有座法治广场\n\n"
        "微信截图_20230715093012\n\n"
        "本台讯 今年5月份,青川县利用滨河公园人流量大的优势,建成一座以法治为主题的广场。\n"
        "广场占地80亩,设法治长廊3条、宣传牌12块。(记者 王明)\n"
    )
    assert summarize(text=text).document.report_year == 2023


def test_a_lead_opening_on_these_past_days_names_its_subject() -> None:
    # 连日来, like 近日: the lead's time, after the paper's credit, before the county doing the deed
    text = (
        "本报青川讯(通讯员 李红)连日来,青川县积极组织普法志愿者深入开展法律进机关、进乡村等系列活动。\n"
        "县司法局组织志愿者到政务服务大厅开展宣传,发放手册3000余份。\n"
    )
    assert summarize(text=text).document.agency == "青川县"


def test_an_article_under_a_periodicals_issue_line_is_no_news() -> None:
    text = (
        "APP下载\n\n"
        "持续推进法治督察工作提质增效\n\n"
        "2024-03-02青川省司法厅执法监督处处长\n\n"
        "青川法治 2023年9期\n"
        "关键词:执法监督基层法治\n\n"
        "王明(青川省司法厅执法监督处处长)\n\n"
        "一、深刻认识执法监督的重要意义\n\n"
        "行政执法监督是行政权力制约监督的重要组成部分。近年来,各地各部门持续加强执法监督,"
        "取得积极成效。\n"
    )
    assert summarize(text=text).document.doc_type == "other"


def test_a_sites_ticker_over_the_page_is_not_its_headline() -> None:
    text = (
        "今日特推: 全国税务机关开展为期一年的发票整治专项工作\n"
        "搜索:\n"
        "您的位置: 主页 > 新闻 > » 正文\n\n"
        "青川县人民法院工作报告获满票通过\n\n"
        "浏览: 来源:青川法制网\n"
        "  青川法制网讯:(李红)青川县第十七届人民代表大会第五次会议于1月6日至8日召开,"
        "青川县人民法院院长王明所作的工作报告获满票通过。\n"
    )
    assert summarize(text=text).document.title == "青川县人民法院工作报告获满票通过"


def test_a_court_named_after_its_provinces_stem_takes_the_name_the_story_gives_it() -> None:
    # 吉林某县人民法院 in the headline, 吉林省某县人民法院 in the story: the name a register knows
    text = (
        "吉林青山县人民法院工作报告获全票通过\n"
        "1月8日,吉林省青山县第十七届人民代表大会第五次会议闭幕,吉林省青山县人民法院院长王明"
        "所作的工作报告获全票通过。\n"
        "报告总结了县法院一年来的工作,共受理各类案件3100件。\n"
    )
    assert summarize(text=text).document.agency == "吉林省青山县人民法院"


def test_a_session_passing_the_resolution_on_a_courts_report_is_the_courts_news() -> None:
    text = (
        "1月9日,青川市第十六届人民代表大会第五次会议第二次全体会议召开。会上,全体代表全票通过了"
        "关于《青川市中级人民法院工作报告》的决议。\n"
        "青川市第十六届人民代表大会第五次会议听取和审议了王明院长所作的《青川市中级人民法院工作报告》,"
        "决定批准这个报告。\n"
    )
    assert summarize(text=text).document.agency == "青川市中级人民法院"


def test_a_work_reports_review_heading_gives_its_year_under_a_template_sites_heading() -> None:
    text = (
        "20220310:6篇乡镇政府工作报告2022年政府工作报告范文\n"
        "2022-03-10 09:12:45 88\n"
        "2022年xx镇人民政府工作报告(1)\n"
        "一、2021年工作和“十三五”发展回顾\n"
        "2021年全年生产总值3.1亿元,增长5.2%;固定资产投资6200万元。\n"
    )
    assert summarize(text=text).document.report_year == 2021


def test_a_circular_on_a_supervision_names_the_office_that_supervised() -> None:
    text = (
        "为切实推进市政府决策部署的贯彻落实,市政府政务督查室近期对年度重点工作上半年完成情况进行了督办。"
        "现将有关情况通报如下:\n"
        "一、主要指标完成情况\n上半年,全市完成地区生产总值420亿元,增长6.1%。\n"
    )
    assert summarize(text=text).document.agency == "市政府政务督查室"


def test_a_review_opening_on_a_whole_system_names_the_system_not_the_place() -> None:
    # 某省司法行政系统 as the opening's subject: a review written for all the system's bodies; the province did not
    # write it
    text = (
        "2023年以来,青川省司法行政系统坚持以习近平法治思想为指导,紧紧围绕省委决策部署,推动各项工作取得新成效。\n"
        "法治政府建设进程不断加快。省委全面依法治省委员会审议通过了法治建设规划。\n"
    )
    assert summarize(text=text).document.agency == "青川省司法行政系统"


def test_a_county_head_with_a_three_character_name_delivering_the_work_report_speaks_for_the_government() -> None:
    text = (
        "1月20日,青山县人民政府县长李永明在作《政府工作报告》时,对2021年县人民政府工作作了全面回顾。\n"
        "报告指出,2021年,青山县经济社会发展各项目标任务全面完成。\n"
    )
    assert summarize(text=text).document.agency == "青山县人民政府"


def test_a_gambling_sites_slogan_run_onto_a_stolen_headline_is_not_part_of_the_title() -> None:
    text = (
        "快捷导航\n"
        "某体育- 某体育官方网站- APP 世界杯指定娱乐平台2026年青川市政府工作报告(全文)\n"
        "2026-02-11 18:11:34\n"
        "这一年,我们坚持稳中求进工作总基调,全年地区生产总值1200亿元,增长5.6%。\n"
    )
    doc = summarize(text=text).document
    assert doc.title == "2026年青川市政府工作报告(全文)"


def test_a_government_work_report_whose_body_names_no_year_reviews_the_year_before_its_title() -> None:
    text = (
        "2026年青川市政府工作报告\n各位代表:\n这一年,我们坚持稳中求进工作总基调,全年地区生产总值1200亿元,增长5.6%。\n"
    )
    assert summarize(text=text).document.report_year == 2025
    half = "2022年上半年青川镇政府工作报告\n这半年,我们坚持稳中求进,完成固定资产投资3亿元。\n"
    assert summarize(text=half).document.report_year == 2022


def test_a_notice_arranging_an_event_is_of_the_year_its_preamble_names() -> None:
    text = (
        "各学院:\n"
        "为提升大学生法治素养,根据上级要求,决定组织开展2023年大学生“宪法宣传周”活动。现将有关事项通知如下:\n"
        "一、活动主题\n学法守法,与法同行\n二、活动时间\n4月17日至21日\n"
    )
    assert summarize(text=text).document.report_year == 2023


def test_a_lead_whose_day_starts_a_span_names_its_subject_after_the_purpose() -> None:
    # 9月3日起, like 9月3日: the lead's time, after the purpose it opens on, before the body doing the deed
    text = (
        "全球报道:青川开展基层政务公开试点验收\n"
        "发布日期:2018-09-05  来源:某某网\n"
        "原标题:青川开展基层政务公开试点验收\n"
        "为全面验收、评价各试点单位任务完成情况,推动基层政务公开工作再上台阶,9月3日起,自治区政府办公厅组织专家组,"
        "对列入试点的甲县、乙县进行现场验收。\n"
        "本次验收内容分为基础性指标和群众满意度测评指标。\n"
    )
    assert summarize(text=text).document.agency == "自治区政府办公厅"
