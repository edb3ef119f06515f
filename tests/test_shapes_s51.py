"""Shapes of session 51 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize


def test_news_of_villages_a_city_names_is_the_county_whose_villages_they_are() -> None:
    # the city's bodies name the villages; the item is of the county they lie in, named once before the first
    text = (
        "www.example.cn 平安某网 发布时间:2018/11/6 10:21:30\n"
        "日前,德州市司法局、德州市民政局将全市96个村居(社区)命名为第六批“全市民主法治示范村(社区)”。"
        "宁津县城关街道东坡村、石桥镇南岭村、云水镇北塘村共3个村获此殊荣。\n"
        "据了解,此次评选的示范村具有村规民约健全、依法治理有方等特点。\n"
    )
    assert summarize(text=text).document.agency == "宁津县"


def test_villages_of_several_counties_name_no_county() -> None:
    text = (
        "本报讯 记者某某报道:日前,司法部、民政部印发《关于命名第九批“全国民主法治示范村(社区)”的决定》,"
        "柳溪县石桥乡南岭村、云水县东关乡北塘村等2个村榜上有名。\n"
        "近年来,我市积极开展民主法治示范村创建工作。\n"
    )
    assert summarize(text=text).document.agency is None


def test_a_place_named_by_its_stem_takes_the_full_name_the_story_gives() -> None:
    text = (
        "某省出台新政 奖励成效明显地区\n\n"
        "宁德将打造沿海经济带\n\n"
        "2月10日,新春上班第一天,宁德市召开高质量发展动员大会,动员全市干群收心归位、重整行装再出发。\n\n"
        "会议提出,要加快推进30个重大协作项目建设。\n"
    )
    assert summarize(text=text).document.agency == "宁德市"


def test_a_shared_plans_download_button_on_its_title_line_leaves_the_title_a_plan() -> None:
    text = (
        "2016年到2020年某某市法治政府建设“十三五”规划 下载本文\n\n"
        "(三)加强依法行政工作考核。根据省的部署,制定市、区、镇三级评价指标体系。(市法制局牵头,市监察局配合)\n\n"
        "(四)加强法制机构和队伍建设。充分发挥法制机构的组织协调作用。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "implementation_plan"
    assert d.title is not None and "下载" not in d.title


def test_a_plans_task_that_tackles_a_problem_is_no_shortfalls_part() -> None:
    # a later page of a district's plan, cut after a numbered task that ends on the problem it tackles
    text = (
        "使各部门和单位法制机构设置、人员配备同当前依法行政工作任务的现状和发展趋势相适应,确保依法行政各项要求全面落实到基层。\n"
        "5.建立健全行政执法协调机制,从源头上治理多头执法、重复执法、执法缺位问题。"
    )
    assert summarize(text=text).document.doc_type != "annual_report"


def test_a_front_page_story_that_runs_on_inside_is_news_not_a_report() -> None:
    # one paragraph of a paper's front page, opening on its year like a report, then the jump to page 3
    text = (
        "2016年是全面推进依法治国的关键之年,是“十三五”规划的开局之年。区政府在区人大的监督和区政协的支持下,"
        "坚持改革创新,依法行政,执政为民,为完成全年各项目标任务而努力奋斗! (下转第3版)王某摄\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_sessions_resolution_on_a_procuratorates_report_is_not_the_procuratorates() -> None:
    # the session's name on a line of its own, the resolution's title under it naming the report it approves
    text = (
        "青禾市东城区第九届人民代表大会第四次会议\n"
        "关于青禾市东城区人民检察院工作报告的决议\n"
        "(2022年2月20日青禾市东城区第九届人民代表大会第四次会议第三次全体会议通过)\n"
        "青禾市东城区第九届人民代表大会第四次会议,听取并审议了区人民检察院检察长某某所作的《青禾市东城区人民检察院工作报告》。"
        "会议充分肯定区人民检察院过去一年的工作,决定批准这个报告。\n"
    )
    assert summarize(text=text).document.agency != "青禾市东城区人民检察院"


def test_a_lead_dated_in_full_after_a_sentence_of_its_setting_gives_that_year() -> None:
    text = (
        "青禾市十五届人大四次会议、政协十三届三次会议召开期间,我局积极为“两会”提供统计咨询服务。"
        "2019年1月15日上午,局综合处、普查中心等有关人员组成工作小组,参加了市政府办公厅组织的现场咨询服务活动。\n"
        "咨询活动期间,市领导巡视了各部门咨询点。\n"
    )
    assert summarize(text=text).document.report_year == 2019


def test_an_authors_date_field_run_onto_the_leads_day_dates_the_item() -> None:
    # the page's author and date row lost its line break before the lead: 2023-06-28 then 6月27日
    text = (
        "柳溪镇召开第五届人民代表大会第四次会议\n"
        "作者:研究室 2023-06-286月27日,柳溪镇召开第五届人民代表大会第四次会议,40名镇人大代表出席会议。\n"
        "会议听取了镇农业农村办公室工作报告并进行评议。\n"
    )
    assert summarize(text=text).document.report_year == 2023


def test_a_columns_headline_on_a_county_by_its_stem_names_the_county_and_the_pages_year() -> None:
    # a column's name and a bar, the county by its stem before a colon; the lead's campaign since it began, then
    # the scene of lately
    text = (
        "普法强基补短板丨马关:“双语”普法“接地气”\n"
        "发布时间:2023-07-21 15:39:41\n"
        "文网讯 自专项行动开展以来,马关县结合边疆民族地区实际,组建普法小分队,将普法课堂送到千家万户。\n"
        "近日,马关县某镇某村异常热闹,一堂“汉语+苗语”普法课正在这里进行。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "马关县"
    assert d.report_year == 2023


def test_a_regions_stem_before_a_colon_names_no_agency_when_the_story_never_names_the_region() -> None:
    text = (
        "宁夏:筑牢法治基石 绘就乡村善治新画卷\n\n"
        "某网银川12月11日电 题:宁夏:筑牢法治基石绘就乡村善治新画卷\n\n"
        "“你们看,古人还让六尺,咱们现在让一尺又何妨?”在某县某乡某村,村干部正在调解一起土地纠纷。\n"
    )
    assert summarize(text=text).document.agency is None


def test_a_headline_on_a_place_that_innovates_a_way_of_working_is_news() -> None:
    text = (
        "当前位置:首页 > 三大建设 > 法治建设 > 正文\n"
        "“双语”普法护边疆 青禾州创新普法模式赋能开放发展\n"
        "发布时间:2025-12-03  责任编辑:某某\n\n"
        "在青禾州某县边境派出所里,外籍人员志愿者服务队尤其引人注意,成员均精通汉语与越南语。"
        "在青禾州,这样的“双语”模式并不罕见。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_procuratorate_and_the_court_of_its_place_signing_together_is_the_procuratorates_news() -> None:
    text = (
        "某晚报讯 为进一步推动行政争议实质性化解工作,近日,江宁检察院、法院联合签订《行政争议实质化解联动调处实施意见(试行)》,"
        "探索建立行政争议化解检法联动协作机制。\n"
    )
    assert summarize(text=text).document.agency == "江宁检察院"


def test_a_towns_half_year_report_to_its_congress_is_a_government_work_report() -> None:
    text = (
        "柳溪镇人民政府半年工作情况报告\n"
        "——2022年7月20日在柳溪镇第六届人民代表大会第二次会议上\n"
        "镇长 某某\n"
        "各位代表:\n"
        "现在,我代表柳溪镇人民政府,向大会作2022年上半年政府工作情况报告,请予以审议。\n"
        "一、2022年上半年工作情况\n"
        "2022年上半年,柳溪镇政府在区委、区政府和镇党委的坚强领导下,统筹推进各项工作。\n"
    )
    assert summarize(text=text).document.doc_type == "government_work_report"


def test_a_towns_term_review_that_lost_its_title_is_a_government_work_report() -> None:
    # the review's heading, then the term told as 我们 under the oversight of the town's congress and CPPCC office
    text = (
        "本届政府工作回顾\n\n"
        "本届政府履职的五年,是柳溪镇抓住战略机遇、顶住下行压力、取得显著成就的五年。五年来,在区委、区政府和镇党委的正确领导下,"
        "在镇人大和镇政协工委的监督支持下,团结依靠全镇人民,较好完成了镇人代会确定的主要目标任务。\n\n"
        "五年来,我们致力于稳中求进、发展经济,全镇地区生产总值年均增长6.5%。\n"
    )
    assert summarize(text=text).document.doc_type == "government_work_report"


def test_a_district_governments_disclosure_guide_is_no_disclosure_report() -> None:
    text = (
        "当前位置: 首页 > 信息公开 > 公开指南\n\n"
        "龙华区政府信息公开指南\n\n"
        "来源:龙华区 日期:2023年09月21日\n"
        "  根据《中华人民共和国政府信息公开条例》,本行政机关掌握的政府信息,除依法免予公开外,均主动公开或依申请予以提供。\n"
        "  一、主动公开\n  (一)公开范围。本机关主动公开机构职能、政策文件、规划计划等政府信息。\n"
        "  二、依申请公开\n  (一)受理机构。本机关政府信息公开工作机构负责受理申请。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.agency == "龙华区"


def test_a_justice_bureaus_year_of_its_own_line_opens_no_rule_of_law_report() -> None:
    # the bureau's year of 司法行政 work opening its summary, no formula: a general work summary, not the mandated report
    text = (
        "今年以来,某市司法局在市委、市政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平法治思想,"
        "全力推进司法行政各项工作。某市在2021年度全面依法治省考评中排名全省第三;市司法局获评全国普法工作先进单位。\n"
        "一、2022年工作开展情况\n"
        "(一)聚焦法治护航,推进全面依法治市。认真履行市委依法治市办职责,统筹推进法治建设。\n"
        "(二)深化公共法律服务。全年办理法律援助案件860件。\n"
    )
    assert summarize(text=text).document.doc_type != "annual_report"


def test_a_spam_mirrors_symbols_inside_words_are_cleaned_away_but_bullets_stay() -> None:
    from summarizer.clean import clean

    text = clean(
        "导读:对2020年的工作⊙部署,政府工作报■告提出了6大目标。《2020年政府工作报告》随即发≡布。\n■ 一、总体要求\n"
    ).text
    assert "政府工作报告提出了6大目标" in text and "随即发布" in text and "工作部署" in text
    assert "■" in text  # a bullet before a heading is no symbol inside a word


def test_a_postal_address_does_not_lengthen_the_reports_place() -> None:
    text = (
        "勐海县2019年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》,勐海县人民政府编制本报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
        "一、总体情况\n2019年,我县主动公开政府信息1200条。\n"
        "如对本报告有疑问,请联系:勐海县人民政府办公室,地址:云南省西双版纳傣族自治州勐海县景管路272号。\n"
    )
    assert summarize(text=text).document.agency in ("勐海县", "勐海县人民政府")


def test_two_bodies_reporting_their_year_together_name_the_first() -> None:
    text = (
        "2021年,宿迁市法宣办、宿迁市司法局在市委、市政府坚强领导下,以落实普法责任制为抓手,推动形成社会大普法格局。\n"
        "一、加大推动力度,确保普法责任落实\n全年组织开展各类普法活动320场次。\n"
    )
    assert summarize(text=text).document.agency == "宿迁市法宣办"


def test_a_standing_committees_report_delivered_early_in_a_year_with_its_session_reviews_the_year_before() -> None:
    text = (
        "您的当前位置:首页->政务动态->正文\n\n"
        "市十八届人大常务委员会工作报告(摘要)\n"
        "(2026年1月20日在青山市第十八届人民代表大会第五次会议上)\n\n"
        "  过去一年主要工作\n\n"
        "  一、锚定重点、闭环发力,护航改革发展\n\n"
        "  (一)聚焦经济运行强监督。审议计划、预决算、审计等报告,开展财政体制改革运行情况调研。\n"
    )
    assert summarize(text=text).document.report_year == 2025


def test_a_summary_with_its_plan_appended_and_no_year_in_the_title_is_the_years_report() -> None:
    text = (
        "某文档网\n\n"
        "县教育局依法治县工作总结和工作计划报告【精选推荐】\n\n"
        "2022年,某县教育局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进教育系统依法治理各项工作,"
        "较好地完成了法治政府建设和普法宣传教育各项目标任务,现将具体工作情况报告如下。\n\n"
        "一、工作开展情况\n\n(一)纵深推进法治政府建设。开展规范办学专题督查2轮。\n"
    )
    assert summarize(text=text).document.doc_type == "annual_report"


def test_an_editors_label_with_the_name_on_the_next_line_is_furniture_not_the_lead() -> None:
    from summarizer.clean import clean

    text = clean(
        "柳溪镇法治乡村建设助力乡村振兴\n2021-04-02 15:37:45\n责编:\n某某\n"
        "近年来,某县柳溪镇不断加强法治乡村建设,多措并举助力乡村振兴。\n"
    ).text
    assert "责编" not in text and "\n某某\n" not in text
    assert text.split("\n")[2].startswith("近年来")


def test_a_journal_article_whose_introduction_is_its_first_part_is_no_news() -> None:
    text = (
        "习近平法治思想指导下推进海关法治建设的思考\n"
        "2022-12-29某某\n某 某\n"
        "一、引言\n"
        "(一)研究的背景和意义\n"
        "党的十九届五中全会描绘了面向未来的“十四五”规划蓝图。\n"
        "(二)文献综述\n"
        "1.习近平法治思想的有关文献及启示\n"
        "2020年11月16日至17日,中央全面依法治国工作会议在北京召开。会议强调,习近平法治思想是全面依法治国的根本遵循。"
        "(1)《某某新闻》,https://example.com/s?id=1,最后访问时间:2021年12月20日。近年来,学者们围绕习近平法治思想展开了深入研究。\n"
    )
    assert summarize(text=text).document.doc_type == "other"


def test_a_lottery_brand_a_mirror_writes_over_the_countys_name_is_no_issuer() -> None:
    text = (
        "某某彩票注册\n\n"
        "某某彩票注册办公室关于印发《全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案》的通知\n\n"
        "来源:  发布时间:2019-10-25\n\n"
        "各乡镇人民政府,县直有关单位:\n\n"
        "《全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
    )
    agency = summarize(text=text).document.agency
    assert agency is None or "彩票" not in agency


def test_a_resolution_opening_on_the_sessions_deliberation_names_the_session_without_its_jing() -> None:
    text = (
        "(2021年3月17日某旗第十七届人民代表大会第五次会议第三次全体会议通过)\n"
        "经达拉特旗第十七届人民代表大会第五次会议审议,并根据计划预算审查委员会的审查报告,决定批准旗人民政府提交的"
        "《关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》。\n"
    )
    assert summarize(text=text).document.agency == "达拉特旗第十七届人民代表大会第五次会议"


def test_the_year_a_heard_report_looks_back_on_is_not_the_news_items_year() -> None:
    text = (
        "1月7日,某县第十七届人民代表大会第五次会议召开,县人民法院院长代表县法院向大会报告工作。"
        "报告全面回顾总结了县法院2020年的工作成绩,获满票通过。\n"
        "会议期间,代表们审议了各项报告。\n"
    )
    assert summarize(text=text).document.report_year != 2020


def test_a_province_whose_secretary_answers_an_inspection_teams_feedback_is_not_the_writer() -> None:
    text = (
        "经党中央、国务院批准,督察组于2024年2月26日向青海省委、省政府进行反馈。督察组组长某某通报督察报告,"
        "青海省委书记某某作表态发言,青海省省长某某主持会议。督察组有关人员,青海省委、省政府有关领导,"
        "有关部门和各市州党政主要负责同志等参加会议。认真贯彻黄河保护法,全省生态领域立法占立法总数的两成以上。"
        "完成防沙治沙600万亩,全省草原综合植被盖度达57%。"
    )
    assert summarize(text=text).document.agency != "青海省委"


def test_a_provinces_stem_over_a_document_it_issues_leaves_the_organ_the_lead_names() -> None:
    text = (
        "当前位置:首页 > 省级动态\n\n"
        "云南:印发2023年推进气象高质量发展工作要点\n\n"
        "发布时间:2023年06月02日 来源:某报社\n\n"
        "5月26日,云南省气象局印发《2023年云南省气象局推进气象高质量发展工作要点》(以下简称《工作要点》)。\n\n"
        "《工作要点》围绕强化政治责任,持续推进气象高质量发展。\n"
    )
    assert summarize(text=text).document.agency == "云南省气象局"


def test_a_secretarys_report_on_duties_and_responsibilities_told_as_i_is_no_accountability_report() -> None:
    text = (
        "2024 年某经开区党工委书记述职述责报告\n"
        "2024 年以来,本人深入学习贯彻习近平新时代中国特色社会主义思想,认真落实省委、市委关于工业发展和园区建设的决策部署,"
        "统筹经济社会发展。现将本人履职情况报告如下:\n"
        "一、狠抓项目建设。全年新签约项目28个。\n"
        "二、我在抓落实方面还存在差距。\n"
    )
    assert summarize(text=text).document.doc_type == "other"


def test_a_forums_bbcode_copy_reads_as_its_text_with_its_paragraphs() -> None:
    raw = (
        "[align=center][color=rgb(51, 51, 51)][font=宋体][size=3] [b]20[/b][b]2[/b][b]2[/b][b]年[/b][b]青禾县[/b]"
        "[b]国民经济和社会发展统计公报[/b][/size][/font][/color][/align][align=center][size=3]  青禾县统计局[/size][/align]"
        "[align=center][size=3]  2023年4月11日[/size][/align][size=3]  2022年,全县上下统筹疫情防控和经济社会发展。[/size]"
    )
    d = summarize(text=raw).document
    assert d.title == "2022年青禾县国民经济和社会发展统计公报"
    assert d.agency == "青禾县统计局"
    assert d.report_year == 2022


def test_a_sites_credit_with_its_writer_then_the_campaign_leads_to_the_towns_name() -> None:
    text = (
        "某法制传媒网:(某某)“八五”普法工作中,山东省聊城市阳谷县郭屯镇严格落实“谁执法谁普法”工作责任制,"
        "抓牢关键点、关键人、关键事,在全镇营造浓厚的法治氛围。\n"
        "抓牢关键点,进一步落实普法责任制。推行菜单式精准普法模式。\n"
    )
    assert summarize(text=text).document.agency == "山东省聊城市阳谷县郭屯镇"


def test_a_bureau_doing_its_own_survey_in_the_capital_is_its_own_news() -> None:
    text = (
        "省文化和旅游厅在长开展文化市场综合行政执法工作调研\n"
        "2023-02-14 10:56:51\n"
        "为进一步加强全省文化市场综合行政执法工作,2月22日至23日,湖南省文化和旅游厅副厅长某某带队在长沙开展调研,"
        "省厅执法监督处及部分市州执法机构负责人参与调研。\n"
        "调研组采取实地走访、听取汇报等方式,先后对多家文化经营场所进行了检查。\n"
    )
    assert summarize(text=text).document.agency in ("省文化和旅游厅", "湖南省文化和旅游厅")


def test_a_government_asking_the_cppcc_for_its_views_is_the_items_subject() -> None:
    text = (
        "某县融媒体中心 12月16日讯(记者 某某)12月16日,武山县政府向县政协征求《政府工作报告(征求意见稿)》意见建议。"
        "县政协党组书记、主席某某,县政协副主席某某及各专委办负责人参加。\n"
    )
    assert summarize(text=text).document.agency == "武山县政府"


def test_a_square_built_by_a_bureau_that_paid_for_it_is_the_bureaus_news() -> None:
    text = (
        "法治报道讯 (通讯员 某某) 12月20日,由武城县司法局投入80余万元打造的武城县法治文化广场顺利建成并正式投入使用,"
        "为全县法治文化阵地再添新亮点。\n"
        "武城县法治文化广场依托既有规划布局,融入法治元素提升改造。\n"
    )
    assert summarize(text=text).document.agency == "武城县司法局"


def test_a_bureau_circulating_its_figures_on_the_leads_day_is_the_items_subject() -> None:
    text = (
        "湖北市场监管系统去年对近三成案件开“免罚单”\n"
        "某网武汉1月11日电 (某某)湖北省市场监管局11日通报,2022年湖北省市场监管系统共办结案件29613件,"
        "对其中8594件作出不予处罚决定。\n"
    )
    assert summarize(text=text).document.agency == "湖北省市场监管局"


def test_a_commendation_notice_that_lost_its_title_is_no_annual_report() -> None:
    text = (
        "各开发区管委会,各区县(市)人民政府,市人民政府各部门,各有关单位:\n"
        "2021年,全市各级各部门坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想,"
        "全面落实关于法治政府建设的各项决策部署,法治政府建设取得积极成效。为鼓励先进,市政府决定对某县等23个"
        "依法行政工作先进集体予以通报表扬。\n"
        "希望受表扬的单位珍惜荣誉,再创佳绩。\n"
    )
    assert summarize(text=text).document.doc_type == "other"
