"""Shapes of session 31 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean
from summarizer.facts.names import org_name

# a court's site tells that its president delivered the court's work report at the county congress: the headline
# names the report it is about, but the page is the news of its delivery
_DELIVERED = (
    "【两会快讯】李明在青禾县第十八届人民代表大会第三次会议上作法院工作报告\n"
    "来源：青禾法院 发布时间：2024/1/12 16:20:05\n"
    "1月10日，青禾县第十八届人大三次会议召开，县法院院长李明作了《青禾县人民法院工作报告》，报告获全票通过。\n"
    "2023年，青禾县人民法院共受理各类案件3100件，审执结2980件，结案率96.13%。\n"
)


def test_a_headline_on_a_report_delivered_at_a_congress_is_news() -> None:
    s = summarize(text=_DELIVERED)
    assert s.document.doc_type == "news"
    assert s.document.agency == "青禾县人民法院"


def test_a_court_work_report_titled_as_such_stays_other() -> None:
    # the report itself, under its own title, is another body's work report, not news of it
    text = "青禾县人民法院工作报告\n各位代表：\n现在，我代表青禾县人民法院向大会报告工作，请予审议。\n2023年，全院共受理案件3100件。\n"
    assert summarize(text=text).document.doc_type == "other"


# a short 普法 item whose lead opens on the feast it falls on (…是第十个国家宪法日，) before its subject acts
_FEAST_LEAD = (
    "2024年12月4日是第十一个国家宪法日，青禾县司法局石桥司法所开展“宪法宣传周”集中宣传活动。\n"
    "活动中，司法所联合镇综治办、派出所在集镇设点，向群众发放宣传资料800余份，解答法律咨询40余人次。\n"
)


def test_the_subject_after_a_leads_feast_is_the_writer() -> None:
    s = summarize(text=_FEAST_LEAD)
    assert s.document.doc_type == "news"
    assert s.document.agency == "青禾县司法局石桥司法所"
    assert s.document.report_year == 2024


# a headline-less item: this year's feast, a purpose, the day, several offices acting, and the writer's name alone on
# the line under the last paragraph
_FEAST_THEN_DAY = (
    "今年是第十个国家宪法日，为进一步增强群众宪法意识，营造尊法学法守法用法氛围，12月4日上午，"
    "石桥镇综治办、司法所、派出所等部门联合开展国家宪法日宣传活动。\n"
    "活动采取设立咨询台、悬挂横幅、发放资料等方式开展普法宣传，共发放宣传资料600余份，接待咨询30余人次。\n"
    "此次活动进一步提升了群众的宪法意识。\n"
    "（陈晓雨）\n"
)


def test_a_lead_on_this_years_feast_with_a_lone_closing_name_is_news() -> None:
    s = summarize(text=_FEAST_THEN_DAY)
    assert s.document.doc_type == "news"
    assert s.document.report_year == 2023  # the tenth Constitution Day


def test_a_years_own_occasion_is_no_feast() -> None:
    # 2024年是…之年， opens many a report: the body after it is the writer all the same, and the text stays a report
    text = (
        "青禾县司法局2024年度法治政府建设情况报告\n"
        "2024年是全面贯彻党的二十届三中全会精神的开局之年，县司法局在县委、县政府的领导下，扎实推进法治政府建设。"
        "现将有关情况报告如下：\n一、主要举措和成效\n全年审查规范性文件12件。\n"
    )
    s = summarize(text=text)
    assert s.document.doc_type == "annual_report"
    assert s.document.agency == "青禾县司法局"


def test_a_signature_blocks_seal_mark_is_no_writers_credit() -> None:
    # a report's last sentence and its seal mark under it: no journalist's name, so no second news mark beside the lead
    text = (
        "12月4日，青禾县司法局召开法治政府建设专题会议，研究部署年度报告工作。\n"
        "一、主要举措和成效\n全年审查规范性文件12件，办理行政复议案件8件。\n"
        "二、存在的不足和原因\n执法人员专业能力有待提升。\n"
        "三、下一年度主要安排\n继续推进行政执法规范化建设。\n"
        "（盖章）\n"
    )
    s = summarize(text=text)
    assert s.document.doc_type != "news"


# a campaign's week told before its subject (一周以来，某司法所联合…开展…)
def test_the_subject_after_a_campaigns_week_is_the_writer() -> None:
    text = (
        "12月4日是国家宪法日，12月1日至7日是“宪法宣传周”。一周以来，青禾县石桥乡司法所联合乡综治办在全乡开展"
        "宪法宣传教育活动。\n一是设立咨询台，接受群众法律咨询。二是进村入户开展宣传。\n"
        "此次活动共发放宣传资料500余份。（李青）\n"
    )
    s = summarize(text=text)
    assert s.document.agency == "青禾县石桥乡司法所"


def test_an_untitled_disclosure_report_is_its_contacts_town() -> None:
    # the page kept no title: the report's preamble asks readers with questions on its content to call the town's
    # office, which answers for the town's government
    text = (
        "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。本报告中所列数据统计时间为2024年1月1日至12月31日。"
        "对报告内容如有疑问，请与青禾县石桥镇人民政府党政办联系（地址：石桥镇新街12号，电话：0800-1234567）。\n"
        "一、总体情况\n（一）主动公开情况\n主动公开政府信息210条，其中县人民政府网站公开信息40条。\n"
        "（二）依申请公开情况\n本年度未收到政府信息公开申请。\n"
    )
    s = summarize(text=text)
    assert s.document.doc_type == "information_disclosure_report"
    assert s.document.agency == "青禾县石桥镇人民政府"
    assert s.document.report_year == 2024


# a legislature committee's planning meeting whose second paragraph lists what it will do this year, among it
# helping its standing committee hear the government's report: the report is yet to be heard, no one's news
_PLANNED_HEARING = (
    "2月20日，青禾县人大常委会副主任王立组织召开县人大监察和司法委2024年工作协调会。\n"
    "会议研究了县人大监察和司法委2024年重点工作。2024年，县人大监察和司法委拟开展行政检察工作专题调研；"
    "协助县人大常委会听取《青禾县人民政府关于2024年法治政府建设情况的报告》。\n"
    "县公安局、县人民法院、县司法局等部门分管负责同志参加会议。\n"
)


def test_a_report_a_committee_plans_to_hear_is_not_the_items_writer() -> None:
    s = summarize(text=_PLANNED_HEARING)
    assert s.document.doc_type == "news"
    assert s.document.agency != "青禾县人民政府"


def test_a_report_heard_already_still_names_its_body() -> None:
    # the same lead telling of a session that did hear the report: the government's, as before
    text = (
        "3月28日，青禾县第十八届人大常委会第十五次会议召开。\n"
        "会议听取了青禾县人民政府关于2024年度法治政府建设情况的报告，并进行了审议。\n"
    )
    assert summarize(text=text).document.agency == "青禾县人民政府"


def test_a_party_that_goes_up_to_report_is_the_writer() -> None:
    # a bureau's head and staff visit the provincial department to report on their work: the bureau's news (a real
    # city's name, as the page had one: the headline names the city, and the lead's subject is its bureau's party)
    text = (
        "真学习真落实,加快推动韶关司法行政高质量发展\n"
        "为深入学习贯彻全会精神,推进韶关依法治市和司法行政工作,加强地方司法行政机关与上级部门的沟通联系,"
        "9月3日至4日,韶关市司法局党组书记李华一行5人到省司法厅汇报请示工作,内容涵盖法治建设和司法行政工作的基本情况。\n"
        "汇报会上,省司法厅相关处室负责人逐一进行了回应和指导。\n"
    )
    s = summarize(text=text)
    assert s.document.agency == "韶关市司法局"


def test_a_word_run_onto_a_city_named_without_its_level_is_no_place() -> None:
    # 广州 reads as a 州 by its last character: 内容涵盖广州 is a phrase's tail, never a place's government
    for fragment in ("内容涵盖广州", "推动杭州", "涵盖郑州"):
        assert org_name(fragment, place=True) is None
    for name in ("广东省广州", "大理州", "黔东南州", "郑州市"):
        assert org_name(name, place=True) == name
    text = (
        "真学习真落实,加快推动广州司法行政高质量发展\n"
        "为加强与上级部门的沟通联系,8月6日至7日,广州市司法局党组书记李华一行4人到省司法厅汇报请示工作,"
        "内容涵盖广州法治建设和司法行政工作的基本情况。\n"
    )
    assert summarize(text=text).document.agency == "广州市司法局"


def test_this_years_dated_feast_opens_a_lead_too() -> None:
    # 今年12月4日是…: this year's feast by its day, then the subject
    text = "今年12月4日是第十一个国家宪法日，青禾县石桥镇司法所开展宪法宣传活动。\n活动现场发放资料300余份，接受咨询20人次。\n"
    s = summarize(text=text)
    assert s.document.agency == "青禾县石桥镇司法所"
    assert s.document.report_year == 2024


def test_the_end_window_never_reads_the_tail_of_a_cut_line_as_a_signature() -> None:
    # a disclosure report whose body breaks a quoted title over two lines near its end: the window over the last lines (300 characters) must not start inside the title's first line and read
    # its tail (禾县石桥镇人民政府 of 《青禾县…) as a signature
    head = (
        "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。本报告中所列数据统计时间为2024年1月1日至12月31日。"
        "对报告内容如有疑问，请与青禾县石桥镇人民政府党政办联系。\n"
        "一、总体情况\n主动公开政府信息210条。\n"
        "（三）政府信息管理情况\n在政务公开栏及时主动公开了《青"
    )
    rest = "禾县石桥镇人民政府\n关于印发〈石桥镇2024年工作要点〉的通知》等重要文件。\n"
    text = head + rest + "依托县政府门户网站公开信息。" * 30
    text = text[: len(head) + 300]  # the window opens right after 《青 (cleaning keeps every character here)
    assert clean(text).text == text and text[len(text) - 300 - 1] == "青"
    assert summarize(text=text).document.agency == "青禾县石桥镇人民政府"


def test_a_clipped_government_office_publishes_for_no_one_by_name() -> None:
    # a page's publisher field names the district government's office by its clipped form (区府办): no name; the
    # report's opening names the district
    text = (
        "发布机构 区府办 公开范围 面向全社会\n生成日期 2025-02-07 发布日期 2025-02-07\n"
        "2024年，拱墅区坚持以习近平新时代中国特色社会主义思想为指导，深入推进法治政府建设。\n"
        "一、2024年推进法治政府建设的主要举措和突出成效\n全年审查规范性文件12件。\n"
    )
    assert org_name("区府办") is None
    assert summarize(text=text).document.agency == "拱墅区"


def test_a_notice_title_set_over_three_lines_issues_work_points() -> None:
    # a provincial office's notice whose title runs over three lines, issuing the province's split of a year's
    # open-government points among its bodies: the points' genre, the whole title
    text = (
        "青禾省人民政府办公厅关于印发青禾省\n"
        "贯彻落实国务院办公厅2022年政务公开\n"
        "工作要点分工方案的通知\n"
        "青政办〔2022〕17号\n"
        "各市人民政府，省政府各部门：\n"
        "《青禾省贯彻落实国务院办公厅2022年政务公开工作要点分工方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n"
        "青禾省人民政府办公厅\n2022年5月20日\n"
    )
    s = summarize(text=text)
    assert s.document.title == (
        "青禾省人民政府办公厅关于印发青禾省贯彻落实国务院办公厅2022年政务公开工作要点分工方案的通知"
    )
    assert s.document.doc_type == "work_points"
    assert s.document.report_year == 2022


def test_a_centre_named_by_its_citys_stem_is_an_organ() -> None:
    # 济南住房公积金中心: a city's public institution named by the city's stem, whose meeting the lead tells
    assert org_name("济南住房公积金中心") == "济南住房公积金中心"
    assert org_name("住房公积金中心") is None and org_name("活动中心") is None
    text = (
        "创建法治政府建设示范市，是加快高质量发展的重要举措。10月23日，济南住房公积金中心召开创建工作动员推进会议。\n"
        "会上，中心党组书记、主任对创建工作提出要求并讲话。\n"
    )
    assert summarize(text=text).document.agency == "济南住房公积金中心"


def test_a_meeting_over_two_days_written_17_18_is_dated_by_its_page() -> None:
    # the page's date line, then a lead dated 1月17-18日 telling of a meeting that reviewed last year and planned this
    text = (
        "2007年1月20日\n"
        "1月17-18日，省政府在省城召开了全省政府法制工作会议。各市法制工作机构负责人共240人参加了会议。"
        "会议总结交流了2006年全省法制工作情况和经验，研究部署了2007年法制工作任务。\n"
    )
    assert summarize(text=text).document.report_year == 2007


def test_a_court_that_names_its_own_head_by_we_is_not_the_guest_procuratorate() -> None:
    # a court's page (我院) on a county meeting: the procuratorate's head is named with his body, the court's own head
    # by 我院 — the procuratorate is a guest, never the writer
    text = (
        "12月23日，我县召开2019年度法治政府建设推进会暨府院联席会议。县委副书记、县长王刚，我院党组书记、院长陈立，"
        "县检察院党组书记、检察长叶华出席会议并讲话。\n"
        "会上，司法局局长通报了2019年度青田县法治政府建设情况，我院就行政审判工作情况作了汇报。\n"
    )
    assert summarize(text=text).document.agency != "县检察院"


def test_two_bodies_joined_by_yu_holding_a_meeting_are_the_firsts() -> None:
    # a wire's dateline and writer, then lately, then a government and a court holding their joint meeting
    text = (
        "青禾县政府与青禾县法院召开2022年府院联席会议\n"
        "青禾新闻网10月25日电 （李明）日前，青禾县人民政府与青禾县人民法院召开2022年府院联席会议，"
        "持续深化府院良性互动。县长、县法院院长等出席会议。\n"
    )
    assert summarize(text=text).document.agency == "青禾县人民政府"


def test_a_town_congress_that_passed_last_years_accounts_and_this_years_budget_is_of_this_year() -> None:
    # 《2020年财政预决算执行情况和2021年财政预算（草案）报告》: the session sits early in 2021
    text = (
        "1月19日，石桥镇召开了第六届人民代表大会第七次会议。会议听取和审议了《政府工作报告》和"
        "《2020年财政预决算执行情况和2021年财政预算（草案）报告》。与会代表一致通过了以上报告。\n"
    )
    assert summarize(text=text).document.report_year == 2021


def test_a_presidium_hearing_the_delegations_debate_names_no_reporting_court() -> None:
    # 听取各代表团对…工作报告审议情况的汇报: the delegations report on their debate of three bodies' reports
    text = (
        "1月20日上午，县十六届人民代表大会第四次会议举行主席团第四次会议。会议听取各代表团对县人大常委会和县人民法院、"
        "县人民检察院工作报告审议情况的汇报；通过议案处理意见报告；通过计划审查报告、预算审查报告。\n"
    )
    assert summarize(text=text).document.agency != "县人民法院"


def test_a_standing_committees_review_meeting_is_its_own() -> None:
    # 县人大常委会2020年工作评议大会在…召开: the committee's own meeting, its year after its name
    text = (
        "9月29日，县人大常委会2020年工作评议大会在县文化中心四楼会议室召开。县人大常委会主任张进等出席。\n"
        "今年以来，县人大常委会组织对县司法局、县审计局等十部门开展工作评议。\n"
    )
    assert summarize(text=text).document.agency == "县人大常委会"


def test_a_party_committees_standing_meeting_is_the_committees() -> None:
    # the headline's meeting of a city Party committee's standing committee, studying its business
    text = (
        "青州市委常委会议研究环保督察反馈问题整改工作\n"
        "8月1日，青州市委书记王明主持召开第23次市委常委会议，专题研究了环保督察反馈问题整改工作。\n"
    )
    assert summarize(text=text).document.agency == "青州市委"
    # …while a report's sentence citing a meeting that studied its business names no meeting's body
    report = (
        "青禾县司法局2024年法治政府建设情况报告\n"
        "2024年，县司法局坚持依法行政。县政府常务会议研究通过了《青禾县行政执法监督办法》。现将有关情况报告如下：\n"
    )
    assert summarize(text=report).document.agency == "青禾县司法局"
