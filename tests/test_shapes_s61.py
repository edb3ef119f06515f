"""Shapes of session 61 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_a_lead_on_the_years_exam_held_dates_the_news() -> None:
    # a paper's lead: the day, then the year's exam for enforcement officers held; the item is about that year
    text = (
        "本报讯 18日上午，2023年市级行政执法人员资格集中考试举行，"
        "当天共有860人经各执法部门审核后参加了考试。\n"
        "考试采取闭卷方式，合格者方可申领执法证件。\n"
    )
    assert document(text).report_year == 2023


def test_a_bodys_yearly_enforcement_figures_are_titled_by_their_heading_not_by_table_one() -> None:
    # a city bureau publishes its year's enforcement figures: the heading twice, a contents list, then table one
    text = (
        "版权所有 宁川市司法局 网站标识码:4400000001\n"
        "宁川市司法局2024年度行政执法数据\n"
        "宁川市司法局2024年度行政执法数据\n"
        "目 录\n"
        "第一部分 宁川市司法局2024年度行政执法数据表\n"
        "一、行政许可实施情况统计表\n"
        "二、行政处罚实施情况统计表\n"
        "第二部分 宁川市司法局2024年度行政执法情况说明\n"
        "第一部分 宁川市司法局2024年度行政执法数据表\n"
        "表一 宁川市司法局2024年度行政许可实施情况统计表\n"
        "说明:\n"
        "1. 申请数量的统计范围为统计年度1月1日至12月31日期间许可机关收到当事人许可申请的数量。\n"
        "2. 受理数量、许可数量和不予许可数量的统计范围为统计年度内许可机关作出受理决定、许可决定、"
        "不予许可决定的数量，以及撤销许可决定的数量。\n"
        "表二 宁川市司法局2024年度行政处罚实施情况统计表\n"
        "说明:\n"
        "1. 行政处罚实施数量的统计范围为统计年度内作出行政处罚决定的数量，包括经行政复议或者行政诉讼被撤销的数量。\n"
    )
    facts = document(text)
    assert (facts.agency, facts.report_year) == ("宁川市司法局", 2024)


def test_a_law_databases_enacting_body_field_names_the_issuer() -> None:
    # a law database's attribute row: 【制定机关】 gives the body that made the rule the page carries
    text = (
        "关于加强行政规范性文件管理的若干规定 文章属性 • 【制定机关】桃源县人民政府 • 【公布日期】2019.05.10 "
        "• 【施行日期】2019.06.01 正文 第一条 为了加强规范性文件管理，制定本规定。\n"
    )
    assert document(text).agency == "桃源县人民政府"


def test_an_essay_recalling_what_a_leader_stressed_at_a_meeting_is_not_news_of_it() -> None:
    # a research paper: its authors, then an opening that recalls a meeting by its month and what was stressed there
    text = (
        "张某 李某\n"
        "2017年5月，某某同志主持召开某某领导小组第三十五次会议时强调，要加快推进社会信用体系建设，"
        "健全守信激励和失信惩戒机制。企业信用评价制度是社会信用体系的重要组成部分。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.agency) == ("other", None)


def test_a_meeting_where_places_exchange_their_half_years_work_is_of_that_year() -> None:
    # the day, the city's meeting held, then the counties trading their first half-year's work: the item's year
    text = (
        "6月20日，宁川召开全市法治建设工作座谈会，各县(区)分管负责人参加会议。"
        "会上各县(区)交流2016年上半年工作推进情况，并就下半年工作作了汇报。\n"
        "会议指出，各县(区)要进一步提高思想认识。\n"
    )
    assert document(text).report_year == 2016


def test_a_writer_taking_part_in_a_courts_forum_names_no_body() -> None:
    # an editor's note: the author was glad to take part in a forum a court hosted, and wrote up the talk given there
    text = (
        "【编者按】本号许久未更新，多位同仁表达关心。值此新法实施两周年之际，有幸参加宁川中院主办的"
        "“法治政府评估”论坛，并应约作“行政审判职能定位”的发言。本文根据发言提纲整理而成。\n"
        "【正文】之所以选择这个主题，与本人一直从事的工作有关。\n"
    )
    assert document(text).agency is None


def test_a_work_report_a_wire_releases_under_its_column_tag_is_the_report() -> None:
    # a wire's column tag before a bar (…受权发布丨), its dateline, then the procuratorate's report itself
    text = (
        "两会受权发布丨宁川省人民检察院工作报告\n"
        "某社宁川3月15日电\n"
        "宁川省人民检察院工作报告\n"
        "——2025年1月20日在宁川省第十四届人民代表大会第三次会议上\n"
        "宁川省人民检察院检察长 张某\n"
        "各位代表：\n"
        "现在，我代表省人民检察院，向大会报告工作，请予审议，并请各位政协委员提出意见。\n"
        "2024年工作回顾\n"
        "2024年，在省委坚强领导下，全省检察机关依法履行法律监督职能，各项工作取得新进展。\n"
    )
    assert document(text).doc_type == "other"


def test_a_town_sessions_news_is_not_dated_by_the_year_its_report_sums_up() -> None:
    # a town's congress meets; the report it hears sums up one year and sets the next: not the year summed up
    text = (
        "4月16日，平川乡第十五届人民代表大会第六次会议胜利召开。与会代表依法履职，共商发展大计。\n"
        "大会由乡党委书记主持。\n"
        "会上，乡长作政府工作报告。报告全面、科学地总结了2023年全乡经济社会发展成就，"
        "明确了2024年政府工作总体要求和目标任务。\n"
    )
    assert document(text).report_year != 2023


def test_an_office_joining_two_others_to_campaign_is_the_leads_body() -> None:
    # a long purpose clause, the day, then the city's office joining two districts' offices (listed with 、): the
    # city's office leads; the justice bureau's heads who came along are guests
    text = (
        "为进一步推动行政复议深入人心，加强新修订行政复议法宣传工作，不断提升行政复议的社会知晓度，"
        "2024年12月3日，宁川市人民政府行政复议办公室联合东城区、西城区人民政府行政复议办公室在市图书馆广场"
        "开展新修订行政复议法宣传活动。市司法局党组书记、局长某某参加本次活动。\n"
    )
    assert document(text).agency == "宁川市人民政府行政复议办公室"


def test_a_plan_several_provincial_bodies_issued_together_is_no_one_bodys_own_document() -> None:
    # a paper's story on a prefecture: six provincial bodies jointly drew up the province's plan and issued a second
    # document with it; neither makes the province the story's body
    text = (
        "□ 某报记者 某某\n"
        "四川省凉山州已建立起一支贴近群众、扎根基层的普法工作队伍。近年来，凉山州共培养“法律明白人”1.3万余名，"
        "在2023年全省法律知识竞赛中，凉山州代表队获三等奖。\n"
        "加强选聘管理\n"
        "2022年年初，为推进全省法治社会建设，四川省委宣传部、省司法厅、民政厅等6部门联合制定出台"
        "《四川省村(社区)“法律明白人”培养工程实施方案》，并同步印发《四川省“法律明白人”培训工作指引》。\n"
    )
    assert document(text).agency != "四川省"


def test_a_bureau_founded_in_a_reform_that_then_says_we_is_the_reports_writer() -> None:
    # a new district bureau's first report: the reform that founded it, then 我局 from there on
    text = (
        "根据机构改革相关工作精神，于2024年6月组建区住房和城市更新局，划入区房屋管理局、区旧城改造局职责。"
        "机构组建后，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        "扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、2024年推进法治政府建设的主要举措和成效\n"
        "(一)加强组织领导。我局成立法治政府建设工作领导小组。\n"
    )
    assert document(text).agency == "区住房和城市更新局"


def test_a_selections_results_announced_under_its_year_date_the_news() -> None:
    # a purpose clause, 近日, the organisers, then the year's selection whose results came out
    text = (
        "为深入贯彻落实党的二十届四中全会精神，大力宣传法治建设进程中涌现出的先进典型，近日，"
        "由省委依法治省办、省司法厅联合举办，"
        "以“弘扬宪法精神建设法治宁川”为主题的2024年宁川省“年度法治人物”宣传选树活动结果揭晓。\n"
        "省委常委、政法委书记出席发布活动。\n"
    )
    assert document(text).report_year == 2024


def test_a_forum_posts_charter_title_before_a_bar_is_not_taken_for_tags() -> None:
    # a forum's thread title: the charter's own title, a bar, then the poster's blurb on who runs the school
    text = (
        "找回密码\n立即注册\n查看: 84|回复: 0\n\n"
        "宁川职业技术学院章程|宁川省人民政府举办宁川省教育厅主管的高职院校\n\n"
        "[复制链接]\n发表于 2024-5-23 00:42:11 | 显示全部楼层\n"
        "宁川职业技术学院章程\n(2023 年修订)\n\n宁川职业技术学院章程.pdf (601.85 KB, 下载次数: 0)\n\n序  言\n\n"
        "宁川职业技术学院(以下简称学校)前身为1979年创办的宁川省技工学校，历经多次更名和合并，"
        "2002年经省人民政府批准设立。学校坚持社会主义办学方向。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.agency) == ("other", "宁川职业技术学院")


def test_the_year_a_company_was_founded_is_not_the_year_its_essay_reports() -> None:
    # a case study on a state company: it opens on the year the group was founded, long ago
    text = (
        "基于董事会分类建设的子企业公司治理体系构建与实施\n\n"
        "宁川集团有限公司\n\n"
        "宁川集团有限公司(以下简称“宁川集团”)始建于1921年，是我国冶金工业的缩影。目前已发展成为跨行业、"
        "跨地区经营的综合性大型企业集团，拥有全资、控股子企业数百家。\n"
    )
    assert document(text).report_year is None


def test_a_self_inspection_report_for_the_rule_of_law_inspection_is_a_report_not_news() -> None:
    # 督察 in the title is the inspection the report answers, not a headline's deed; its part one follows
    text = (
        "2023年度法治政府督察自查报告\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n"
        "我区坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实中央、市委有关法治政府建设决策部署，"
        "全力推动法治政府建设实施方案落地见效。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("annual_report", 2023)


def test_a_list_put_up_for_objections_is_titled_and_dated_by_its_heading() -> None:
    # a city bureau's list of model villages put up for public comment: the heading's year, not the meeting's below
    text = (
        "2023年度“宁川市民主法治示范村(社区)”拟命名名单公示\n"
        "根据《关于开展2023年度“宁川市民主法治示范村(社区)”申报及复核工作的通知》要求，经各村(居)民委员会申报，"
        "各镇人民政府(街道办事处)初审，县市区司法局审查推荐，市司法局、市民政局审核，此次申报的各村(社区)均符合"
        "创建指导标准。经市司法局2024年第9次局务会研究，现将拟命名名单予以公示。\n"
        "宁川市司法局\n2024年3月5日\n"
    )
    assert document(text).report_year == 2023


def test_an_abstract_that_says_this_paper_tries_is_an_essay_naming_no_writer() -> None:
    # a journal article reposted: its abstract tells what a region started, then 本文尝试… what it studies
    text = (
        "干部驻村：乡村基层治理方式再透视——基于六地一市的问卷调查\n\n"
        "信息来源:《某学刊》  作者:张某 李某  发布时间:2018-11-26\n\n"
        "【摘 要】从2011年开始，西藏自治区启动了“干部驻村”活动。本文尝试以实地调研中回收的大量问卷为基础，"
        "对干部驻村在基层治理中发挥的作用及可能存在的问题进行初步分析。\n"
    )
    assert document(text).agency is None


def test_a_roundup_of_a_provinces_congresses_at_every_level_names_none_of_them() -> None:
    # a paper's roundup: the province's congresses at every level raised a wave of study; two of them as examples
    text = (
        "【热点聚焦】让宪法精神落地生根 ——四川省各级人大深入学习宣传和贯彻实施宪法综述\n"
        "编辑:某某 信息来源: 某网 发布时间:2018-10-19\n"
        "深入学习宣传和贯彻实施宪法是一项重大决策。近期，全省各级人大利用集体学习会议、常委会会议法制讲座、"
        "代表培训班等形式，掀起学习宪法修正案的高潮，为学习宣传宪法营造了浓厚氛围。\n"
        "形式多样广泛宣传\n"
        "成都市武侯区人大常委会组织开展了学习宪法修正案活动。区人大常委会机关每周一组织集中学习。\n"
        "成都市青羊区人大常委会召集社区班子成员、部分人大代表学习宪法修正案。\n"
    )
    assert document(text).agency is None


def test_an_announcements_number_opening_an_audit_reports_title_does_not_date_it() -> None:
    # a standing committee's gazette: the announcement's number and running number, then the audit report's title
    text = (
        "2020年第12号(总第190号)宁川市关于2019年度市级预算执行和其他财政收支的审计工作报告\n\n"
        "(二〇二〇年八月二十日公告)\n\n"
        "——2020年8月18日在宁川市第十五届人民代表大会常务委员会第二十次会议上\n\n"
        "宁川市审计局局长 张某\n\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "我受市人民政府委托，报告2019年度市级预算执行和其他财政收支的审计情况，请予审议。\n"
    )
    assert document(text).report_year == 2019


def test_a_disclosure_reports_body_after_the_rules_it_followed_and_its_year_is_the_writer() -> None:
    # a county office's disclosure report that starts at part one: the rules and demands, its year, then itself
    text = (
        "一、总体情况\n"
        "根据《中华人民共和国政府信息公开条例》规定和省、市、县政府信息公开工作要求，2024年县地方志办在政务公开"
        "工作领导小组的正确指导下，全面贯彻政府信息公开的相关文件精神，认真落实政务公开各项工作。\n"
        "(一)加强组织领导。成立了以办公室负责人为组长的工作领导小组。\n"
    )
    assert document(text).agency == "县地方志办"


def test_a_meeting_held_on_a_day_said_with_hao_is_news() -> None:
    # a county site's item: the day written colloquially (18号), then the government's standing meeting held
    text = (
        "2月18号，十七届县人民政府第80次常务会议召开。\n"
        "县委副书记、县长某某主持会议，在家的县政府领导班子成员出席会议。\n"
        "会议传达学习了省委有关会议精神，研究了县政府工作报告起草等事项。\n"
    )
    assert document(text).doc_type == "news"


def test_an_inspection_over_a_span_of_days_opens_a_news_lead() -> None:
    # the lead dates a three-day inspection with a tilde between its days
    text = (
        "2012年9月12～14日，国家某局派出行政执法专项监督检查组，以宁川省某局、宁川市某局为检查重点，"
        "通过听取工作汇报、现场查看资料等方式，对当地行政执法工作进行了检查。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("news", 2012)


def test_a_long_purpose_clause_before_a_training_from_a_day_on_is_a_news_lead() -> None:
    # a purpose clause longer than a line, then 自…起 and the office training its officers for a week
    text = (
        "为了进一步提高市运输管理处行政执法人员的综合素质，努力建设“专业化、正规化、人性化”的执法队伍，"
        "树立“文明执法、规范执法、高效执法”的良好形象，自2014年3月3日起，市运输管理处对全处执法人员"
        "进行为期一周的行政执法培训。\n"
        "这次培训共分四个阶段，邀请了法律专家授课。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("news", 2014)


def test_a_press_conferences_script_is_the_script_not_news() -> None:
    # a template site's script for a district's press conference: the title says 发布稿, the text greets the press
    text = (
        "某区“八五”普法规划落实情况新闻发布稿\n"
        "各位新闻界的媒体朋友：\n大家上午好！\n"
        "2025年是“八五”普法规划实施的验收之年。“八五”普法实施以来，某区全面贯彻落实习近平法治思想，"
        "稳步推进普法规划各项任务。\n"
    )
    assert document(text).doc_type == "other"


def test_a_body_publishing_its_rectification_progress_is_no_news_of_the_inspection() -> None:
    # the inspection's dates and feedback, then the body's own formula handing over to its account below
    text = (
        "根据区委巡察工作统一部署，2023年10月9日至12月8日，区委第二巡察组对区民政局党组开展了常规巡察，"
        "2024年2月20日，区委第二巡察组向区民政局党组反馈了巡察意见，按照巡察工作有关要求，"
        "现将集中整改进展情况予以公布：\n"
        "一、巡察整改组织领导情况\n"
        "1.提高政治站位。局党组召开专题会议研究部署整改工作。\n"
    )
    assert document(text).doc_type == "other"


def test_a_standing_committees_gazette_is_the_committees() -> None:
    # a gazette's cover: the committee's name, 公报, the month and issue, then its contents
    text = (
        "宁川市人民代表大会常务委员会公报2023年5月第2号(总140号)\n"
        "时间:2023-07-11 16:03:36\n目录\n"
        "(一)宁川市第九届人民代表大会常务委员会第十二次会议议程\n"
        "(二)宁川市人民代表大会常务委员会关于批准2022年市级决算的决议\n"
    )
    assert document(text).agency == "宁川市人民代表大会常务委员会"


def test_a_centres_account_of_itself_is_the_centres() -> None:
    # a county centre's page about itself: its name then 基本情况, then its history
    text = (
        "您当前所在的位置:首页 > 中心概况 > 中心简介\n\n中心简介\n\n"
        "桃源县政务服务中心基本情况\n\n"
        "我县于2003年成立“桃源县政务大厅管理委员会办公室”，2016年更名为“桃源县政务服务中心”，"
        "负责全县政务服务事项的集中办理和监督管理。\n"
    )
    assert document(text).agency == "桃源县政务服务中心"


def test_a_courts_peoples_tribunal_joining_local_offices_is_the_leads_body() -> None:
    # a county court's tribunal in a township convenes its quarterly meeting with the police and justice stations
    text = (
        "3月17日，桃源县人民法院龙潭人民法庭联合龙潭派出所、龙潭司法所召开“一庭两所”工作季度联系会，"
        "围绕辖区矛盾纠纷联调相关问题进行了交流。\n"
        "会上，龙潭人民法庭通报了一季度案件审理情况。\n"
    )
    assert document(text).agency in ("桃源县人民法院龙潭人民法庭", "龙潭人民法庭")


def test_a_body_after_the_feast_day_its_lead_names_is_the_leads_subject() -> None:
    # the lead says what day it is, then, after a comma, the bureau at work that day
    text = (
        "3月22日是第三十届“世界水日”、第三十五届“中国水周”，宁川河务局认真落实“谁执法谁普法”责任制，"
        "组织干部职工走上街头开展普法宣传活动。\n"
        "活动现场发放宣传资料500余份。\n"
    )
    assert document(text).agency == "宁川河务局"


def test_a_work_reports_copy_opening_on_its_plans_part_is_the_report_on_the_year_before() -> None:
    # a page that carries only part two of a city's work report: the year's plans and the government's line of thought
    text = (
        "二、2025年重点工作\n"
        "2025年是“十四五”规划的收官之年，也是全面深化改革的关键之年。今年政府工作的总体思路是：坚持以习近平新时代"
        "中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚定信心，主动作为。\n"
        "(一)聚焦创新引领，加快建设现代化产业体系。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("government_work_report", 2024)
