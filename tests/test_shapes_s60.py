"""Shapes of session 60 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.clean import clean

from .support.facts import document


def test_a_headline_split_by_a_space_still_names_the_poster_as_the_storys_body() -> None:
    # the site broke the headline inside the bureau's name; its metadata names the same bureau, whose lead says 市水利局
    text = (
        "2025年“世界水日”宣传活动桃源县 水利局早谋划早部署\n\n"
        "索 引 号:43000001/2025-001 发布机构:桃源县水利局 发文日期:2025-03-15 信息类别:综合政务\n\n"
        "3月22日是第三十三届“世界水日”。围绕活动主题，县水利局早谋划早部署，印发宣传活动方案，"
        "在我县各乡镇开展宣传活动10余场。\n"
    )
    assert document(text).agency == "桃源县水利局"


def test_a_bulleted_metadata_row_is_not_the_pages_title() -> None:
    # a government page lists its metadata one bullet a row, field and value parted by spaces only
    text = (
        "欢迎访问平川县人民政府网站!\n\n"
        "  • 索引号 pcxfb/2025-0000178\n"
        "  • 发布机构 平川县政府办\n"
        "  • 公开目录 政务访谈\n"
        "  • 发布日期 2025-03-03\n"
        "【负责人解读】平川县营商环境办公室工作人员解读《全县营商环境建设年行动方案》\n"
        "问：行动方案出台的背景是什么？\n答：为持续优化营商环境，县里制定了行动方案。\n"
    )
    assert document(text).title != "• 发布机构 平川县政府办"


def test_a_bureaus_field_units_cracking_down_are_the_bureaus_news() -> None:
    # 本报讯 then a time clause, then the branch bureau's units at work: the branch is the story's body
    text = (
        "宁川开展治超专项行动\n"
        "本报讯 (通讯员 某某) 自7月18日以来,宁川市交通运输局执法监督局平川分局各执法大队严厉打击违法超限超载运输行为,"
        "共查处违法车辆479辆。\n该局结合风险隐患排查，组织开展集中治超专项行动。\n"
    )
    assert document(text).agency == "宁川市交通运输局执法监督局平川分局"


def test_an_untitled_report_on_the_leaders_duty_alone_is_an_accountability_report() -> None:
    # no title: the formula reports the town's principal leaders' first-responsibility duty, told by 本人 below
    text = (
        "2024年以来，青禾街道认真贯彻落实党的二十届三中全会精神，街道党工委按照《党政主要负责人履行推进法治建设"
        "第一责任人职责规定》要求，全面推进法治建设。现将我街道党政主要负责人落实法治建设第一责任人职责情况报告如下：\n"
        "一、街道党工委主要负责人履行推进法治建设第一责任人职责情况\n"
        "2024年，作为青禾街道法治建设第一责任人，本人始终坚持以习近平法治思想为指导。\n"
    )
    assert document(text).doc_type == "accountability_report"


def test_a_formula_that_reports_the_years_work_and_the_duty_stays_an_annual_report() -> None:
    text = (
        "2024年以来，青禾街道认真贯彻落实上级部署。现将我街道2024年法治政府建设工作和党政主要负责人履行推进法治建设"
        "第一责任人职责情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。街道召开专题会议4次。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_a_wire_on_a_speaker_sent_by_a_standing_committee_names_the_committee() -> None:
    # a wire's lead: entrusted by the standing committee, its chairman delivered the committee's work report
    text = (
        "新华社北京3月7日电 受十三届宁川省人大常委会委托，宁川省人大常委会主任某某3月7日向宁川省十四届人大一次会议"
        "作《宁川省人民代表大会常务委员会工作报告》。报告摘要如下：\n过去一年的主要工作\n"
        "一年来，常委会制定修改地方性法规12件。\n"
    )
    assert document(text).agency == "宁川省人大常委会"


def test_a_disclosure_reports_title_with_a_sites_note_and_a_table_border_names_its_body() -> None:
    # a mirror keeps the table's bars around the title, and the site's note (含图解) after it
    text = (
        "当前位置: 首页 |\n|\n"
        "宁川县市场监督管理局2022年度政府信息公开工作年度报告(含图解) |\n|\n"
        "一、总体情况 （一）主动公开情况。全年公开各类信息222条、行政处罚结果332条。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("information_disclosure_report", "宁川县市场监督管理局")


def test_a_mirrors_doubled_commas_do_not_hide_the_leads_subject() -> None:
    # a spun mirror doubles commas (,, and ,、): the lead's subject is still the bureau that convened the meeting,
    # not the court whose official attended
    text = (
        "为进一步落实省司法厅关于建立府院联动工作机制的意见精神,,加强行政复议行政诉讼衔接,形成化解行政争议合力,,"
        "近日,,宁川市司法局组织召开行政诉讼应诉工作联席会议。市中级人民法院党组成员,、审委会专职委员某某,"
        "市司法局党组成员,、副局长某某参加会议,。\n会上,,市司法局通报2023年全市行政应诉工作情况。\n"
    )
    assert document(text).agency == "宁川市司法局"
    cleaned = clean(text).text
    assert ",," not in cleaned and ",、" not in cleaned and "党组成员、审委会专职委员" in cleaned


def test_an_office_leading_a_task_inside_a_towns_report_is_not_the_reports_writer() -> None:
    # an untitled town report: its formula, then a task led by one of the town's offices; the town names itself below
    text = (
        "2023年以来，我镇在县委、县政府的正确领导下，扎实有序推进法治政府建设。现将我镇本年度法治政府建设情况报告如下：\n"
        "（一）深入学习贯彻党的二十大精神\n"
        "我镇认真组织学习。由镇社会治安和应急管理办公室牵头，组织派出所、司法所等部门工作人员按学习计划认真学习。\n"
        "（二）健全依法决策机制\n青禾镇严格落实重大行政决策程序，全年审查合同12份。\n"
    )
    assert document(text).agency != "镇社会治安和应急管理办公室"


def test_a_translators_page_pairing_each_paragraph_with_english_carries_the_report() -> None:
    # a translation site: the report's title, the notice that carries it whole, then each paragraph with its English
    text = (
        "2021年宁川局法治政府建设工作情况\n"
        "The Construction of a Law-based Government of the Ningchuan Administration in 2021\n"
        "3月28日，宁川局发布《2021年宁川局法治政府建设工作情况》，全文如下：\n"
        "On March 28, the Ningchuan Administration issued its report on building a law-based government in 2021. "
        "The full text is as follows:\n"
        "2021年，在党中央、国务院坚强领导下，宁川局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。\n"
        "In 2021, under the strong leadership of the CPC Central Committee and the State Council, the Ningchuan "
        "Administration took Xi Jinping Thought as its guide and studied Xi Jinping Thought on the Rule of Law in "
        "depth, advancing the building of a law-based government in every field of its work across the year.\n"
        "一、加强党的领导，全面履行法治建设职责。全年召开党组会议研究法治工作6次。\n"
        "I. Strengthening the leadership of the Party. The Party group met six times on rule-of-law work in the year.\n"
    )
    assert document(text).doc_type == "annual_report"


def test_a_plan_sent_up_to_an_office_is_no_name_of_a_body() -> None:
    # a notice's clause: each unit sends its plan up to the office by a day; the plan and the verb are no body
    text = (
        "区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n"
        "各街道办事处、乡人民政府，区人民政府各部门：\n\n"
        "《责任分解方案》已报经区人民政府同意，现印发给你们，并就有关事项通知如下：\n\n"
        "一、各责任单位要高度重视，对照目标任务制订工作方案，并于2025年1月15日前将工作方案报区人民政府办公室。\n\n"
        "二、区绩效考评机构要将重要目标任务纳入绩效管理考核范围。\n"
    )
    agency = document(text).agency
    assert agency is None or "方案" not in agency


def test_a_papers_column_opener_makes_its_feature_news() -> None:
    # 开栏的话: the paper opens a column on model places, then its feature on one city's work
    text = (
        "开栏的话：循法而行，依法而治。2025年，我省3个地区获评全国法治政府建设示范地区。本报开设《法治政府建设巡礼》专栏，"
        "对法治政府建设的新举措、新成效进行宣传报道。\n"
        "近年来，宁川深入贯彻落实习近平法治思想，重视法治政府建设。一是健全依法决策机制，二是规范行政执法行为。\n"
        "一、以制度建设夯实法治根基\n宁川市出台规范性文件管理办法，审查合同120份。\n"
    )
    assert document(text).doc_type == "news"


def test_a_city_government_under_its_prefectures_committee_and_government_is_still_the_writer() -> None:
    # a county-level city's government reports under the prefecture's committee and government and its own committee:
    # the bare 市政府 in the leadership clause is the prefecture's, not the writer's
    text = (
        "2022年，在宁川市委、市政府和平川市委坚强领导下，在市人大、市政协监督支持下，市政府坚持以习近平新时代中国特色"
        "社会主义思想为指导，统筹推进法治政府建设各项工作。现将有关情况报告如下。\n"
        "一、工作开展情况\n（一）切实履行法治政府建设主体责任。全年召开常务会议学法4次。\n"
    )
    assert document(text).agency is not None


def test_a_law_sites_lead_after_its_writer_and_the_time_of_year_names_its_town() -> None:
    # 某法制传媒网:(writer) then 今年以来 before the lead's subject; the credit at the end names the town's legal office
    text = (
        "山东法制传媒网:(某某)今年以来,山东省济宁市金乡县胡集镇切实发挥法律顾问在政府决策中的积极作用,"
        "为重大行政决策提供法律意见。\n一是明确法律顾问职责。签订政府聘请法律顾问合同。\n"
        "二是有效防控法律风险。审查合同20份。\n（供稿单位：山东省济宁市金乡县司法局胡集镇司法所）\n"
    )
    assert document(text).agency == "山东省济宁市金乡县胡集镇"


def test_a_provinces_name_before_a_municipal_word_is_no_city() -> None:
    # 广西 + 市政工作会议: the region's municipal works meeting, and no city named 广西市 exists
    text = (
        "广西城管改革最新消息\n"
        "广西市政工作会议暨城市管理执法体制改革会议7日在柳州市召开。试点城市在会上汇报成效，交流经验。\n"
        "今年4月，柳州市被确定为改革试点城市，该市积极推进城市管理综合执法改革工作。\n"
    )
    assert document(text).agency != "广西市"
    # a province's stem before 市 or 县 names nothing; a city sharing its province's name still is one
    assert document("湖南市司法局开展普法宣传活动\n近日，湖南市司法局组织开展普法宣传。\n").agency is None
    assert document("吉林市司法局开展普法宣传活动\n近日，吉林市司法局组织开展普法宣传。\n").agency == "吉林市司法局"


def test_a_heads_words_quoted_in_a_headline_are_news_not_the_plan_they_mention() -> None:
    # headline: post and name, a colon, then his words on a plan being drafted
    text = (
        "宁川省司法厅厅长某某：正在抓紧研究起草新一轮的法治宁川建设规划\n\n"
        "9月8日，宁川省政府新闻办举行新闻发布会，省司法厅有关负责人介绍“十四五”时期法治建设有关情况。\n"
        "“我们认真履行相关职责，组织协调各项工作任务的落实取得新成效。”某某说。\n"
    )
    assert document(text).doc_type == "news"


def test_bracketed_photo_captions_with_long_lines_make_an_untitled_item_news() -> None:
    # an untitled feature: a long year-opening lead, then photos each with a caption and its photographer in brackets
    text = (
        "今年以来,宁川县青禾镇以党建、维稳、生态、发展、边疆稳固“五网合一”为抓手,抓实“124”举措,即筑牢一个堡垒、"
        "夯实两个基础、做到“四个抓实”,构建“统一指挥、网格管理、责任明确、协调运转”的网格化管理新模式,实现民主法治建设"
        "任务在网格、责任在网格,使民主法治建设各项工作规范化、制度化、常态化,促进社会和谐稳定。\n\n"
        "(青禾家园移民群众学习民法典。某某摄)\n\n"
        "(平川村被评为全省民主法治示范村,群众学法守法积极性空前高涨。某某摄)\n\n"
        "(石门村在村委会广场召开民族团结进步宣讲大会。某某摄)\n"
        "“1”即筑牢一个堡垒,民主法治村建设有了主心骨。哪里有群众,党组织服务就跟进到哪里。\n"
    )
    assert document(text).doc_type == "news"


def test_a_court_that_heard_a_case_officials_attended_is_the_leads_body() -> None:
    # a dated lead: the court heard a case and officials from several units sat in
    text = (
        "2020年8月27日下午,宁川市人民法院开庭审理了原告蒋某与被告宁川市某指挥部行政强制一案,来自宁川市委统战部、"
        "市经信局等单位的约二十名行政机关干部旁听庭审。\n该案由两名法官和一名人民陪审员组成合议庭进行审理。\n"
    )
    assert document(text).agency == "宁川市人民法院"


def test_a_case_a_governments_head_answers_in_court_is_not_the_courts_news() -> None:
    text = (
        "9月22日,宁川市中级人民法院开庭审理一起“民告官”案件,宁川市政府市长某某代表市政府出庭应诉。\n"
        "据悉，这起行政官司为二审案件。\n"
    )
    assert document(text).agency != "宁川市中级人民法院"


def test_a_reporters_lead_with_a_purpose_clause_names_the_bureau_that_issued() -> None:
    text = (
        "本报讯 记者昨日获悉,为用制度规范行政复议听取意见这一工作环节,宁川市司法局印发《行政复议听取当事人的意见工作办法"
        "(试行)》。\n该办法共计15条,对各个工作环节进行规范。\n"
    )
    assert document(text).agency == "宁川市司法局"


def test_a_report_given_as_a_speech_at_a_meeting_is_no_news_of_the_meeting() -> None:
    # the title names the meeting (推进会) and ends 上的汇报发言: the speech itself
    text = (
        "在2024年全市深化开发区管理制度改革工作推进会上的汇报发言\n\n"
        "尊敬的各位领导：\n按照会议安排，现将我区开发区管理制度改革工作情况汇报如下。\n"
        "一、主要做法\n我区坚持把改革作为开发区发展的关键一招，全年完成改革任务12项。\n"
    )
    assert document(text).doc_type == "other"


def test_a_meetings_minutes_are_the_record_not_news_of_the_meeting() -> None:
    text = (
        "2月18日，县长某某主持召开宁川县第十八届人民政府第47次常务会议，会议传达学习有关会议文件精神，现纪要如下：\n"
        "1.审议《宁川县关于调整城乡低保标准的方案》。会议原则同意该方案。\n"
        "2.研究全县安全生产工作。会议要求各部门压实责任。\n"
    )
    assert document(text).doc_type == "other"


def test_an_untitled_lead_from_a_month_on_is_news() -> None:
    # no headline: a purpose clause, then 10月起, then the bureau organising village counsel to visit homes
    text = (
        "为全面加强我区法治宣传教育工作，推动法律宣传进农村、进社区，10月起，区司法局组织各村（社区）法律顾问及助理"
        "开展“进村入户”普法活动。\n活动中，法律顾问走进群众家中，发放宣传资料，解答法律咨询，累计走访群众2000余户。\n"
    )
    assert document(text).doc_type == "news"


def test_a_features_reading_tip_makes_it_news() -> None:
    text = (
        "阅读提示：今年全国两会上，政府工作报告明确提出坚持和发展新时代“枫桥经验”。践行“抓前端、治未病”理念，"
        "宁川县人民法院青禾法庭让“无讼”愿景化作阡陌间的和谐图景。\n"
        "位于宁川西北部的两个山区镇，地处群山之间，37个行政村错落分布。\n"
        "而今，“矛盾不出村、纠纷止于诉”的基层治理新图景正在徐徐铺展。\n"
    )
    assert document(text).doc_type == "news"


def test_a_regulation_adopted_by_a_standing_committees_sitting_is_the_committees_and_of_that_year() -> None:
    text = (
        "宁川省机关运行保障条例\n"
        "(2025年7月30日宁川省第十四届人民代表大会常务委员会第十七次会议通过)\n"
        "目 录\n第一章 总 则\n第二章 保障事项\n"
        "第一条 为了规范机关运行保障工作，根据有关法律、行政法规，结合本省实际，制定本条例。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.report_year) == ("宁川省第十四届人民代表大会常务委员会", 2025)


def test_a_governments_rules_of_work_are_the_governments_whoever_posted_them() -> None:
    # the rules' own title under a metadata block whose poster is the government's office
    text = (
        "索引号 6208001003/2021-00341 文号\n发布机构 区政府办 生成日期 2021-11-23\n"
        "信息名称 宁川市平川区人民政府工作规则\n\n宁川市平川区人民政府工作规则\n\n"
        "第一章 总 则\n第一条 为规范区政府工作，提高行政效能，根据有关法律法规，制定本规则。\n"
    )
    assert document(text).agency == "宁川市平川区人民政府"


def test_a_notice_issuing_a_governments_rules_in_its_term_names_that_government() -> None:
    text = (
        "关于印发《宁川自治州第十四届人民政府工作规则》的通知\n\n"
        "各县市人民政府，州人民政府各部门：\n\n"
        "《宁川自治州第十四届人民政府工作规则》已经州人民政府第五次常务会议研究通过，现予印发，请认真遵照执行。\n"
    )
    doc = document(text)
    assert doc.agency == "宁川自治州人民政府"
    assert doc.evidence.agency.text == "宁川自治州第十四届人民政府"


def test_a_papers_byline_after_its_black_square_makes_an_untitled_feature_news() -> None:
    # photo captions, then the paper's byline after ■, then a year's roundup of a city's political-legal system
    text = (
        "青禾法院开展专项执行行动。\n检察院就办案中发现的问题向医院送达检察建议。\n民警在重要路段巡逻防控。\n"
        "综治中心调处矛盾纠纷。 ■记者 某某 某某\n"
        "2024年，宁川市政法系统紧紧围绕中心、服务大局，全力以赴防风险、保安全、护稳定、促发展，在法治轨道上推进政法领域改革。\n"
        "一、深化执法司法改革\n全市法院执结案件1.2万件。\n"
    )
    assert document(text).doc_type == "news"


def test_a_county_bureau_listed_among_speakers_is_not_the_headlines_city_bureau() -> None:
    # headline: 市局 held the meeting; the county-level bureaus that spoke are listed in the lead
    text = (
        "市局召开全市系统执法工作推进会议\n  • 发布时间: 2024-05-22     信息来源:\n\n"
        "5月20日,全市市场监管系统执法工作推进会议召开。市局党组成员某某出席会议并讲话,市综合执法支队支队长某某"
        "总结分析了2023年全市系统执法工作,平川市局、青禾区局、宁川区局做交流发言。\n"
        "会议指出,2023年,全市市场监管执法工作取得新成效。\n"
    )
    assert document(text).agency != "平川市局"


def test_a_lead_opening_on_the_rule_another_body_issued_names_the_body_that_responded() -> None:
    text = (
        "宁川律师协会推动惠企便民法律服务\n"
        "宁川省司法厅出台《惠企便民法律服务二十条》以来，宁川市律师协会积极响应，迅速启动惠企便民法律服务各项工作。\n"
        "今年7月，全市各地相继开展法律服务进企业活动。\n"
    )
    assert document(text).agency == "宁川市律师协会"


def test_a_place_that_firmly_seizes_its_chance_is_the_leads_subject() -> None:
    text = (
        "本报记者 某某\n"
        "规划建设城市副中心，是千年大计。平川区牢牢把握机遇期，充分发挥法治的引领、规范和保障作用，着力打造法治政府建设样板。\n"
    )
    assert document(text).agency == "平川区"


def test_an_office_doing_something_for_the_first_time_is_the_leads_subject() -> None:
    text = (
        "核心提示|77家政府部门去年参加了一次“大考”。昨日，省全面推进依法行政工作领导小组办公室（简称领导小组办公室）"
        "首次向全社会公开发布了考核结果。\n"
        "考核结果显示，省辖市中宁川市排名第一。\n"
    )
    assert document(text).agency == "省全面推进依法行政工作领导小组办公室"


def test_a_party_committees_study_group_with_no_owner_named_and_a_campus_are_no_bodies() -> None:
    # the school's committee (学校党委, no name) holds its group's study; the campuses are where it met
    text = (
        "10月9日下午，学校党委在北校区国际会议厅召开党委理论学习中心组（扩大）会议，进行集体学习。\n"
        "会议现场（北校区）\n会议现场（西校区）\n"
        "党委书记某某、校长某某等校领导参加学习。西校区以视频会议的形式参加学习。\n"
    )
    assert document(text).agency not in ("党委理论学习中心组", "西校区", "北校区")
