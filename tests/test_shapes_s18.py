"""Shapes of session 18 (issue 10), from the development texts and the blind sets FY–GH: who a news item is about
when the bodies it names are there only as guests of an event.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import assert_agency, document


def test_the_first_guest_listed_at_a_ceremony_is_not_the_news() -> None:
    # 某仪式在某地举行。某市司法局党委书记、局长某某，某县委副书记某某…出席: guests at another's event, the first
    # of them a superior's head; the item is the ceremony's news, never the first guest's
    text = (
        "12月2日，2024年青溪县“宪法宣传周”启动仪式在柳岸镇法治文化广场举行。北川市司法局党委书记、局长王红，"
        "青溪县委副书记、依法治县委员会副主任李青，北川市司法局党委委员张山出席活动，全县各镇群众200余人参加。\n"
        "王红在致辞中对青溪县的普法工作表示肯定。\n"
    )
    assert document(text).agency != "北川市司法局"


def test_a_bodys_own_leaders_at_its_own_event_still_name_it() -> None:
    # the twin: 某机关开展…。某常委会党组书记、主任某某，副主任某某、某某参加: the body's own leaders, no guests
    text = (
        "本报讯（记者 王红）3月27日下午，北川市人大常委会组织机关党员干部参观宪法主题展馆，深化对人民代表大会"
        "制度的认识。北川市人大常委会党组书记、主任李青，副主任张山、赵水参加。\n"
    )
    assert_agency(text, "北川市人大常委会", "preamble")


def test_the_head_body_of_a_national_meeting_is_its_host() -> None:
    # the twin: 全国…工作会议在某地召开。某部党组成员、副部长某某，某省政协副主席某某出席: the ministry that convenes
    # the whole line's meeting, not a guest of it
    text = (
        "6月17日至18日，2024年全国水利政策法治工作会议在北川召开。水利部党组成员、副部长李青，某省政协副主席"
        "张山出席会议并讲话。\n会议指出，要加快推进水利法治建设。\n"
    )
    assert_agency(text, "水利部", "preamble")


def test_a_corps_regiment_names_itself_by_its_number() -> None:
    # 2021年五团法治政府建设工作报告 / 2021年，五团…在师市司法局和团镇党委的正确领导下: a regiment of the corps, a
    # town-level place named by its number alone
    text = (
        "2023年七团法治政府建设工作报告\n"
        "2023年，七团在师市党委和团镇党委的正确领导下，坚持以习近平法治思想为指导，扎实推进依法治团各项工作。\n"
        "一、主要举措和成效\n（一）健全依法决策机制。全年审查合同18份。\n"
    )
    assert_agency(text, "七团", "title")


def test_a_regiment_numbered_in_figures_opens_its_report_after_the_leadership() -> None:
    # 106团2022年法治政府建设年度报告 / 在师市党委、政府的坚强领导下，106团深入学习…
    text = (
        "128团2022年法治政府建设年度报告\n"
        "在师市党委、政府的坚强领导下，128团深入学习贯彻习近平法治思想，全面深化法治团场建设。现将2022年度"
        "法治政府建设情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    )
    assert_agency(text, "128团", "title")


def test_a_metadata_block_whose_fields_only_spaces_part() -> None:
    # 标      题 2016年度某区法治政府建设情况 / 发布机构 某办公室 发布日期 2017-05-05: the issuer's field with no colon
    # or bar, its value after spaces
    text = (
        "标      题 2016年度青川自治区法治政府建设情况\n"
        "索引号 000014349/2017-00027 文      号\n"
        "发布机构 青川自治区法治政府建设工作领导小组办公室 发布日期 2017-05-05 10:55:08\n\n"
        "2016年，在自治区党委、政府的坚强领导下，各地各部门深入推进依法行政，法治政府建设取得新进展。\n"
        "一是行政审批制度改革深入推进。全年取消行政审批事项26项。\n"
    )
    assert_agency(text, "青川自治区法治政府建设工作领导小组办公室", "metadata")


def test_a_metadata_issuer_without_its_place_gives_way_to_the_opening() -> None:
    # the twin: 发布机构 人民政府办公室 文 号: an office whose government the field leaves out names no one; the
    # opening sentence's subject does
    text = (
        "索 引 号 11152525011676612K/2021-00059 主题分类 其他\n"
        "发布机构 人民政府办公室 文  号\n"
        "成文日期 2021-03-29\n\n"
        "青山旗人民政府坚持以习近平新时代中国特色社会主义思想为统领，认真贯彻落实法治政府建设实施纲要，"
        "法治政府建设取得明显成效。\n一、主要举措和成效\n（一）依法全面履行政府职能。取消证明事项12项。\n"
    )
    assert_agency(text, "青山旗人民政府", "preamble")


def test_an_untitled_department_report_that_tells_a_dated_meeting_is_a_report() -> None:
    # 某厅全面学习贯彻…，圆满达成2022年法治政府建设目标任务。 / 一、加强党对法治政府建设的全面领导 / …厅党组书记、
    # 厅长多次主持召开…。6月22日，…学习会议上… / 我厅…: the department's own account (我厅), its dated events told
    # as the year's work, never a journalist's
    text = (
        "青川省农牧厅深入学习贯彻习近平法治思想，坚持用法治思维和法治方式履行职责，圆满完成2022年法治政府建设"
        "目标任务。\n一、加强党对法治政府建设的全面领导\n（一）深入学习贯彻习近平法治思想。厅党组书记、厅长多次"
        "主持召开党组会专题学习法治政府建设部署。6月22日，厅党组理论学习中心组邀请专家讲解习近平法治思想。"
        "同时，我厅为干部职工购置学习读本200余册。\n（二）推进依法行政。年初，我厅印发《2022年法治工作要点》，"
        "涵盖22项具体举措，全年审查规范性文件15件。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_bureaus_own_news_with_no_rule_of_law_work_stays_news() -> None:
    # the twin: 两会召开期间，我局积极为“两会”提供…服务。1月15日上午，…参加了…活动。市长某某巡视了…: a bureau's news
    # on its own site, 我局 twice, nothing of the rule-of-law work
    text = (
        "北川市十五届人大四次会议召开期间，我局积极为“两会”提供统计咨询服务。2019年1月15日上午，局综合处、"
        "办公室等有关人员组成工作小组，参加了市政府办公厅组织的集中咨询活动。\n咨询活动期间，市长王红巡视了各部门"
        "咨询点。在市统计局服务咨询点，市领导慰问了工作人员。\n咨询活动中，我局提供了《北川统计年鉴2018》等资料。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_purpose_clause_verb_never_makes_a_name() -> None:
    # 为推动法治政府建设，提升政府依法行政的能力与水平，确保…: 提升政府 is a purpose's words, no body
    text = (
        "为推动法治政府建设，提升政府依法行政的能力与水平，确保重大决策科学合法，现就重大行政决策合法性审查"
        "提出以下意见。\n一、审查范围\n涉及公共利益的重大事项，应当经过合法性审查。\n"
    )
    assert document(text).agency is None


def test_an_office_acting_with_a_bureau_is_not_one_body() -> None:
    # 县政府办公室会同县司法局组织开展…宣传活动: two bodies acting together, never the run-on 某办公室会同某局
    text = (
        "为贯彻落实行政复议法学习宣传月活动要求，县政府办公室会同县司法局组织开展“加强行政复议，推进依法行政”"
        "主题宣传活动。12月4日，工作人员在县城广场设置咨询台，发放宣传资料800余份。\n"
    )
    assert document(text).agency != "县政府办公室会同县司法局"


def test_a_county_named_huitong_keeps_its_name() -> None:
    # the twin: 会同县司法局 is a county's bureau, its 会同 the county's name, no verb
    text = (
        "会同县司法局2023年法治政府建设年度报告\n"
        "2023年，会同县司法局在县委、县政府的坚强领导下，深入推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    )
    assert_agency(text, "会同县司法局", "title")


def test_a_congress_listed_with_the_bodies_it_oversees_is_not_one_name() -> None:
    # 某市人大常委会和一府两院举行…会前审议活动: a legislature and the government, court and procuratorate together
    text = (
        "18日至19日，北川市人大常委会和一府两院举行市十七届人大五次会议会前审议活动，集中听取各乡镇（街道）"
        "代表小组对政府工作报告的意见建议。\n"
    )
    assert document(text).agency != "北川市人大常委会和一府两院"


def test_a_long_year_is_clause_before_the_bureau_that_reports() -> None:
    # 区委、区政府： / 2025年是贯彻实施《…纲要(2021-2025年)》《…实施意见(2021-2025年)》《…规划(2021-2025年)》的收官
    # 之年，区司法局坚持…: the year's character runs past 80 characters before the subject; the district named in
    # the body (依托某区…平台, 我区) is not the writer
    text = (
        "区委、区政府：\n"
        "2025年是贯彻实施《法治政府建设实施纲要（2021-2025年）》《青川市法治政府建设实施意见（2021-2025年）》"
        "《北川区法治政府建设规划（2021-2025年）》的收官之年，区司法局坚持以习近平新时代中国特色社会主义思想为"
        "指导，着力推进全面依法治区工作。现将本年度法治政府建设情况报告如下：\n"
        "一、2025年推进法治政府建设主要举措和成效\n一是统筹推进全面依法治区。依托北川区行政执法监督平台，"
        "全面分析我区行政执法工作情况，全年审查规范性文件21件。\n"
    )
    assert_agency(text, "区司法局", "preamble")


def test_a_formula_that_gives_the_year_before_the_place() -> None:
    # 根据…《纲要》要求，现将2016年某市法治政府建设情况公开如下： / 2016年，本市各级行政机关…: the place after the year
    text = (
        "根据中共中央、国务院印发的《法治政府建设实施纲要（2015-2020年）》要求，现将2016年青川市法治政府建设情况"
        "公开如下：\n2016年，本市各级行政机关在市委、市政府的领导下，深入推进依法行政。\n"
        "一、依法全面履行政府职能\n全年取消行政审批事项31项。\n"
    )
    assert_agency(text, "青川市", "preamble")


def test_words_of_the_work_before_an_organ_word_name_no_one() -> None:
    # 关键词：…;转变政府职能;… / 2018年，法治县委建设取得…: a phrase that ends in an organ word, never a body
    for text in (
        "[摘要]本文讨论审批改革。\n[关键词]行政审批制度;简政放权;转变政府职能;法治政府建设\n[中图分类号]D922.1\n"
        "一、问题的提出\n审批制度改革是转变政府职能的关键。\n",
        "引言\n2018年，法治县委建设取得了显著的成果，同时也面临着一系列挑战。本文将从法治县委建设的重要性、"
        "取得的成果和面临的挑战三个方面展开论述。\n",
    ):
        assert document(text).agency is None, text


def test_an_organ_word_with_its_owner_cut_off_names_no_one() -> None:
    # 管理委员会, 政府办, 基层政府: an organ word with no place or field before it
    for word in ("管理委员会", "政府办", "基层政府"):
        text = f"{word}坚持以习近平法治思想为指导，深入推进依法行政，各项工作取得新进展。\n一、主要做法\n全年办结事项12件。\n"
        assert document(text).agency is None, word


def test_a_street_asked_to_be_contacted_through_its_party_and_government_office() -> None:
    # 如对本报告有疑问，请与某街道党政办联系: the street's internal office stands for the street
    text = (
        "一、总体情况\n2021年，我街道认真贯彻落实政府信息公开条例，主动公开政府信息86条。\n"
        "二、其他需要报告的事项\n如对本报告有疑问，请与青溪街道党政办联系（电话：0592-1234567）。\n"
    )
    assert_agency(text, "青溪街道", "contact")


def test_a_decree_the_rules_rest_on_is_not_the_writers() -> None:
    # 根据2019年4月3日中华人民共和国国务院令第711号公布修订的《条例》: a cited decree, never a page's signature (and
    # never 国国务院, the run of 共和国 into 国务院)
    text = (
        "青溪县医疗保障局信息公开指南\n发布日期：2024-01-10\n"
        "根据2019年4月3日中华人民共和国国务院令第711号公布修订的《中华人民共和国政府信息公开条例》规定，特编制"
        "本指南。\n一、主动公开\n坚持以公开为常态、不公开为例外。\n"
    )
    assert document(text).agency not in ("国国务院", "中华人民共和国国务院", "国务院")


def test_a_spam_sites_words_run_into_a_government_name() -> None:
    # 某区干部最新任免人民政府: a mirror's menu words inside the name, no government's
    text = (
        "盐城市北川区干部最新任免人民政府工作报告\n"
        "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2018年工作回顾\n全区地区生产总值增长6.5%。\n"
    )
    assert document(text).agency != "盐城市北川区干部最新任免人民政府"


def test_the_publisher_of_a_list_is_not_the_news_of_a_place_on_it() -> None:
    # 近日，某办公布第二批…示范地区名单，某县上榜: the news of the county on the list, never the publisher's
    text = (
        "青溪网讯（记者 王红）近日，省委依法治省办印发《关于第二批全省法治政府建设示范地区和项目命名的决定》，"
        "北川市被命名为省级法治政府建设示范市。此外，青溪县被命名为示范县。\n"
        "近年来，北川市坚持高位推动，法治政府建设取得明显成效。\n"
    )
    assert document(text).agency != "省委依法治省办"


def test_a_body_that_publishes_a_list_with_no_place_on_it_named_is_still_named() -> None:
    # the twin: 近日，某办公布了…示范地区名单。名单共包括…: the list's publication is its publisher's news
    text = (
        "近日，省委依法治省办公布了第二批全省法治政府建设示范地区名单。名单共包括示范市4个、示范县12个。\n"
        "省委依法治省办有关负责人表示，将加强对示范地区的动态管理。\n"
    )
    assert_agency(text, "省委依法治省办", "preamble")


def test_a_title_that_names_another_line_of_work_is_that_works_report() -> None:
    # 某局2017年度绩效管理工作自查报告 / 现将…情况报告如下 / 一、基本情况 …依法行政…: a performance review's self-check,
    # whatever rule-of-law words its body holds
    text = (
        "青川市农业局2017年度绩效管理工作自查报告\n"
        "根据2017年度市政府绩效管理年终考评工作安排，现将市农业局年度绩效管理工作自查情况报告如下：\n"
        "一、主要举措和成效\n2017年，我局坚持依法行政，推进法治政府建设，全年审查规范性文件6件，办结行政复议案件2件。\n"
        "二、存在的不足和原因\n绩效目标设置还不够精准。\n三、下一年度主要安排\n进一步完善绩效管理制度。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_title_that_names_the_rule_of_law_work_keeps_the_report() -> None:
    # the twin: 某局2017年度依法行政工作自查报告 over the same body: the report on the year's rule-of-law work
    text = (
        "青川市农业局2017年度依法行政工作自查报告\n"
        "根据市政府的工作安排，现将市农业局2017年度依法行政工作情况报告如下：\n"
        "一、主要举措和成效\n2017年，我局坚持依法行政，推进法治政府建设，全年审查规范性文件6件，办结行政复议案件2件。\n"
        "二、存在的不足和原因\n执法人员素质有待提高。\n三、下一年度主要安排\n进一步规范行政执法。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_five_year_plan_and_its_long_range_goals_is_a_plan_of_no_single_year() -> None:
    # 某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 / 来源：市发改委: a plan, its 2035 a goal
    text = (
        "青川市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n来源：市发改委\n日期：2021-12-30\n\n"
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n第一章 发展基础\n"
        "“十三五”时期，全市地区生产总值年均增长7.2%。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.implementation_plan
    assert doc.report_year is None


def test_a_year_plan_of_study_is_a_years_points() -> None:
    # 经市政府同意，现将《2020年度市政府常务会议学法计划》印发给你们: a year's plan of what to study
    text = (
        "各镇人民政府、街道办事处，市府直属各单位：\n经市政府同意，现将《2020年度市政府常务会议学法计划》印发给"
        "你们，并就相关事项通知如下：\n一、各主讲单位要高度重视市政府常务会议学法工作。\n"
    )
    assert document(text).doc_type == DocType.work_points


def test_a_prefectures_administrative_office_delivers_its_work_report() -> None:
    # 2011年行署工作报告 / 各位代表：…: a prefecture's government by its 行署, a zone's by its 管委会
    for title in ("2011年行署工作报告", "2024年青川投资区管委会工作报告"):
        text = (
            f"{title}\n各位代表：\n现在，我向大会报告工作，请予审议。\n一、过去一年的工作回顾\n地区生产总值增长8.1%。\n"
        )
        assert document(text).doc_type == DocType.government_work_report, title


def test_a_head_of_government_reports_to_everyone_present() -> None:
    # 我谨代表某县政府，向大家汇报2023年的工作成果: the work report's speech, its audience called 大家
    text = (
        "北川2024年工作报告\n尊敬的各位领导、各位代表：\n随着新年的到来，我谨代表北川县政府，向大家汇报2023年的工作"
        "成果，并对2024年的工作进行展望。\n2023年，全县地区生产总值增长6.8%，城乡居民收入稳步提高。\n"
    )
    assert document(text).doc_type == DocType.government_work_report


def test_a_report_that_opens_on_the_places_year_of_work_as_its_subject() -> None:
    # 2024年某区法治政府建设，坚持以…为指导，…取得新进展、新成效。 / 一、加强党的领导…: the year and the place's work
    # as one subject, its verb after a comma
    text = (
        "2024年北川区法治政府建设，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实"
        "推进依法行政，法治政府建设各项工作取得新进展、新成效。\n"
        "一、加强党的领导，推动政府依法行政\n（一）深入学习贯彻习近平法治思想。把习近平法治思想作为理论学习中心组"
        "学习重点内容。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2024


def test_an_acting_mayor_delivering_the_work_report_is_no_name() -> None:
    # 代市长某某作政府工作报告 / 开幕大会由某市人大常委会…主持: a person's post and a session's chair, never a body's name
    text = (
        "青川市十五届人大一次会议正式开幕\n代市长李青作政府工作报告\n今天上午，青川市十五届人大一次会议正式开幕，"
        "青川市人民政府代市长李青在会上作政府工作报告。\n开幕大会由青川市人大常委会主任王红主持。\n"
    )
    agency = document(text).agency
    assert agency is None or ("代市长" not in agency and "由" not in agency)


def test_a_pilot_named_in_a_headline_is_not_a_body() -> None:
    # 某市试点建设基层法治审核中心 / 某网讯 日前，记者从市司法局了解到…: the headline's pilot, the bureau's news
    text = (
        "北川市试点建设基层法治审核中心\n北川网讯 日前，记者从市司法局了解到，针对基层法治建设中合法性审查力量"
        "薄弱的问题，我市在5个镇试点建设基层法治审核中心。\n"
    )
    assert document(text).agency != "北川市试点建设基层法治审核中心"


def test_a_courts_office_named_without_its_court_names_no_one() -> None:
    # 近日，审管办走进商圈开展宣传: a court's internal office, its court cut off
    text = "近日，审管办走进商圈，开展优化营商环境条例宣传活动，发放宣传资料200余份。\n法官助理现场解答了群众咨询。\n"
    assert document(text).agency != "审管办"
