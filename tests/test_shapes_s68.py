"""Shapes found in session 68's real openings, each written in our own words (see bench/realworld/COLLECTING.md)."""

from .support.facts import document, metric_labels, one_line

# a portal's roundup of many places' news under one headline, one paragraph quoting one city's bureau chief
_ROUNDUP = (
    "各地认真落实上级部署，扎实推进年终述法工作——用好述法 推进法治建设\n"
    "0\n分享至\n"
    "2021年，中央有关部门印发意见，要求地方党政主要负责人在年终述职中述法。\n"
    "目前，各地按照部署扎实推进，积极探索。\n"
    "“我多次出庭应诉，依法行政的意识进一步增强，2021年，我局行政负责人出庭应诉率100%。”\n"
    "1月10日，在平川区会议中心，一场区委常委会述法专题会正在进行。"
    "宁川市委依法治市办副主任，市司法局党委书记、局长王明表示，述法要见人见事，重在发现问题、解决问题。\n"
)


def test_a_roundup_of_many_places_news_names_no_one_body() -> None:
    # the bureau its fourth paragraph quotes is one of the places told of, not the story's
    assert document(_ROUNDUP).agency is None


def test_an_addressee_line_to_every_place_is_no_roundup() -> None:
    # 各地、各部门： opens a notice to its addressees; the issuer signs below as usual
    text = (
        "宁川市人民政府办公室关于做好2024年度法治政府建设年度报告工作的通知\n"
        "各地、各部门：\n"
        "为做好年度报告工作，现就有关事项通知如下。一、各单位于3月1日前报送报告。\n"
        "宁川市人民政府办公室\n2025年1月6日\n"
    )
    assert document(text).agency == "宁川市人民政府办公室"


def test_a_town_whose_name_opens_like_an_adverb_is_named() -> None:
    # 都 is also "all"; a town called 都X镇 (or 均X镇, 还X镇) is still the subject its report's opening names
    text = (
        "2024年，在区委、区政府的坚强领导下，都安镇法治建设工作坚持以习近平新时代中国特色社会主义思想为指导，"
        "扎实推进法治建设，取得了积极成效。现将本年度法治建设工作情况总结如下：\n"
        "一、工作开展情况\n（一）强化组织领导。成立镇法治建设工作领导小组，召开专题会议4次。\n"
    )
    assert document(text).agency == "都安镇"


def test_news_of_a_consultative_conferences_appraisal_is_the_appraised_bureaus() -> None:
    # the conference gives its verdict; the story is the bureau's (its work, its vote, its report)
    text = (
        "本报讯（通讯员 李明）7月16日，市政协对市水利局去年以来工作的民主评议情况进行了反馈。"
        "评议中，对市水利局评价为“好”的票数占总票数的90.1%。据悉，6月27日，市水利局在市政协常委会议上汇报了工作。"
        "会后，市政协常委从依法行政、务实创新等方面对该局工作进行了民主评议。\n"
    )
    assert document(text).agency == "市水利局"


def test_a_year_end_review_is_of_the_year_it_looks_back_on() -> None:
    # standing at the new year's start, the paper reviews the committee's closing year
    text = (
        "本报记者 李 明\n"
        "岁末年初，继往开来。站在2025年的起点回首过往，市人大常委会2024年的工作充实饱满、亮点频现，在步履坚定和实干担当中写下了属于自己的精彩。\n"
        "这是一份实干的答卷——制定地方性法规3件，作出决议决定9项，听取审议专项工作报告18项，开展执法检查5项。\n"
        "（下转第三版）\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("news", 2024)


def test_an_article_under_its_keywords_line_is_no_news() -> None:
    # the keywords line alone may be a news page's field; the article's introduction below it says what the page is
    text = (
        "论基层法治政府建设的路径\n"
        "2021-11-30 18:20:34 王明\n"
        "关键词:组织法 乡镇政府\n"
        "王明\n"
        "一、引言\n"
        "2021年1月，中共中央印发了《法治中国建设规划(2020-2025年)》(以下简称《规划》)，提出“到2035年，法治政府"
        "基本建成”，并明确“到2025年……政府治理体系日益健全”。显然，实现这一目标任务艰巨。"
        "本文选择其中乡镇一级的建设路径进行研究。\n"
    )
    doc = document(text)
    assert doc.doc_type == "other"
    assert doc.report_year is None


_RULES_BODY = (
    "\n一、制定目的及依据\n为规范和管理政府法律顾问工作，根据有关规定，结合工作实际，制定本规则。\n"
    "二、适用范围\n本规则适用于政府聘请的法律顾问。\n三、主要内容\n规则共十五条，明确了法律顾问的职责和管理方式。\n"
)


def test_an_explainer_of_a_bodys_own_rules_is_that_bodys() -> None:
    # the title is the explainer's (…政策解读), the rules named after their issuer with no 关于
    doc = document("【文字解读】《宁川县人民政府法律顾问工作规则》政策解读" + _RULES_BODY)
    assert (doc.title, doc.doc_type, doc.agency) == (
        "【文字解读】《宁川县人民政府法律顾问工作规则》政策解读",
        "other",
        "宁川县人民政府",
    )


def test_an_explainer_of_rules_named_after_a_place_names_no_organ() -> None:
    # 《某县…制度》 may be any of the county's organs' rules: the place alone is no issuer
    assert document("《宁川县法律顾问管理制度》政策解读" + _RULES_BODY).agency is None


def test_a_past_event_a_study_dates_a_clause_by_is_not_its_year() -> None:
    # the only year before the formula dates the boundary change the study looks back to, not the study
    text = (
        "初审编辑:\n责任编辑:\n"
        "随着城区经济社会的快速发展，街道办事处的职能定位发生了深刻变化。从平川区看，2012年区划调整时，因不涉及"
        "街道整合，原有的机构设置予以保留，但权责错位等矛盾日益凸显。现将有关情况报告如下。\n"
        "一、平川区街道办事处机构设置的基本情况\n按照机构编制部门口径，平川区现有街道办事处12个。\n"
    )
    assert document(text).report_year is None


def test_a_source_field_naming_a_bodys_section_names_the_body() -> None:
    # a fragment of a meeting's story, its page's source the office's secretariat (秘书科)
    text = (
        "会议解读了2022年度法治建设考评内容、材料报送要求及时间节点，对迎评工作做出总体安排。\n"
        "会议强调，各级各部门要提高政治站位，切实增强做好考评迎检工作的责任感、紧迫感。\n"
        "来源：宁川市委依法治市办秘书科\n"
    )
    assert document(text).agency == "宁川市委依法治市办"


def _report(body: str) -> str:
    """A short annual report in our own words whose part ① holds ``body``."""
    return (
        "宁川市2020年法治政府建设情况报告\n"
        "2020年，我市坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。" + body + "\n二、存在的不足\n一是学法不够深入。\n"
    )


def test_a_rank_is_labelled_by_what_is_ranked_and_its_field_is_no_result() -> None:
    labels = metric_labels(
        _report("在2020年度法治宁川建设考评中，平川位居全省90个县(市、区)第6名，社会满意度测评位居全省第3位。")
    )
    assert labels == {"6名": "平川全省排名", "3位": "社会满意度测评全省排名"}


def test_a_round_the_clock_service_is_named_by_its_hours_not_counted() -> None:
    labels = metric_labels(
        _report("依托街道24小时智慧政务服务中心优化审批流程，全年办理事项1200件，办结时限压缩至48小时。")
    )
    # (48小时 is the time limit after it was cut: its label is the limit, as session 70 reads a value a change reaches)
    assert labels == {"1200件": "办理事项", "48小时": "办结时限"}


def test_the_manner_of_the_deed_after_a_count_is_not_what_it_counts() -> None:
    labels = metric_labels(
        _report("对市发改委、市场监管局等10个单位实地开展法治督察。对全市40余个部门贯彻落实《实施纲要》情况开展督查。")
    )
    assert labels == {"10个单位": "单位", "40余个部门": "全市部门"}


def test_a_wire_lead_on_a_head_presenting_at_a_press_conference_is_his_bodys() -> None:
    # the press office hosts; the ministry's deputy head presents its year's figures
    text = (
        "某新网3月26日电 青禾部副部长王明26日在国新办新闻发布会上介绍，2018年，全国各级行政复议机关依法办理"
        "行政复议案件25.7万件，办结22.4万件。\n"
        "26日，国新办就2018年全国行政复议、行政应诉总体情况举行发布会。\n"
    )
    assert document(text).agency == "青禾部"


def test_a_notice_issuing_points_it_names_without_book_marks_carries_them() -> None:
    # a PDF copy run into one line: page mark, letterhead, number, title, addressee, formula, signature, the points
    text = (
        "1、- 1 -宁川市司法局宁法宣办 20189 号宁川市司法局关于印发2018 年全市法治宣传教育工作要点的通知"
        "各县(市、区)司法局:现将2018 年全市法治宣传教育工作要点印发给你们,请结合实际认真抓好贯彻落实。"
        "宁川市司法局2018 年3 月1 日2018 年全市法治宣传教育工作要点2018 年是“七五”普法规划实施的第三年。"
        "一、深入学习宣传习近平新时代中国特色社会主义思想"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("work_points", 2018)


def test_a_groups_member_units_at_work_together_are_the_group() -> None:
    text = (
        "12月4日，宁川县法制宣传领导小组成员单位在县城中心广场设立咨询台，集中开展法制宣传教育。此次活动以宣传宪法为"
        "核心，共发放各类法律宣传材料3000余份，接待群众咨询60余人次。\n当天，县公安局还派出宣传车在县城巡回宣讲。\n"
    )
    assert document(text).agency == "宁川县法制宣传领导小组"


def test_a_branch_named_under_its_parent_body_keeps_the_parents_name() -> None:
    # a centre's county branch files its own disclosure report; the parent's name is part of the branch's
    text = (
        "宁川市公共资源交易服务中心平川分中心2025年政府信息公开工作年度报告\n发布时间:2026-01-14 18:00:08\n"
        "本报告由宁川市公共资源交易服务中心平川分中心(以下简称中心)按照《中华人民共和国政府信息公开条例》要求编制。"
        "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n"
    )
    assert document(text).agency == "宁川市公共资源交易服务中心平川分中心"


def test_a_lead_after_a_motto_and_a_purpose_clause_names_the_bodies_that_launch() -> None:
    # a news app's story with no headline: a motto's sentence, a purpose clause, then two bodies launching in June
    text = (
        "法治是中国式现代化的重要保障。为深入学习贯彻全会精神，全面压实国家机关普法主体责任，推动平川区构建协同普法"
        "大格局，平川区委依法治区办、平川区司法局(普法办)于6月启动2024年国家机关“谁执法谁普法”履职报告评议活动。\n"
        "7月24日至25日，平川区司法局相关负责人带领评议团到各单位开展实地评议。\n"
    )
    assert document(text).agency == "平川区委依法治区办"


def test_a_bureau_with_its_offices_short_name_in_brackets_is_named_so() -> None:
    text = (
        "法治是中国式现代化的重要保障。为进一步压实普法主体责任，平川区司法局(普法办)于6月启动2024年国家机关"
        "“谁执法谁普法”履职报告评议活动。\n7月24日，评议团到各单位开展实地评议。\n"
    )
    assert document(text).agency == "平川区司法局(普法办)"


def test_a_places_event_held_the_day_a_sentence_before_named_is_the_places() -> None:
    # the credit, a slogan and the occasion come first on the lead's line; the event's own sentence says 当天上午
    text = (
        "文明风12月5日讯(通讯员 王明)弘扬宪法精神，共建法治宁川。今年12月4日是第六个国家宪法日。当天上午，宁川市"
        "2019年“12·4”国家宪法日暨宪法宣传周活动在市区中山公园举办。市委常委、宣传部长李明出席活动。\n"
    )
    doc = document(text)
    assert (doc.agency, doc.evidence.agency.text) == ("宁川市", "宁川市")
    assert text[doc.evidence.agency.start - 5 : doc.evidence.agency.start] == "当天上午，"


def test_a_town_congress_hearing_a_report_that_reviews_its_year_by_the_towns_name() -> None:
    text = (
        "12月17日，平川镇召开第十九届人民代表大会第六次会议，45名镇人大代表参加会议。\n"
        "大会在国歌声中开幕，镇长王明向大会作《政府工作报告》，报告全面回顾总结了平川镇2019年度的政府工作；"
        "同时安排部署了近期需要紧抓的年度目标考核、安全生产等工作。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == ("news", 2019)


def test_a_lecture_named_for_its_year_dates_the_news() -> None:
    text = (
        "6月28日，2018年全市领导干部法治讲座在市政府礼堂举行，特邀某大学教授李明作了题为《培育法治思维》的专题讲座。\n"
        "市领导及市直各部门副县级以上领导干部聆听了讲座。\n"
    )
    assert document(text).report_year == 2018


def test_a_visit_headline_under_a_menu_and_a_lead_dated_by_its_lecture() -> None:
    # a portal's menu, the headline (a bureau goes to a Party school to lecture), an empty summary field, the lead
    text = (
        "首页 资讯 风采 资源 建设 产业 合作\n"
        "宁川市环保局到平川县委党校作生态环保宣讲\n"
        "摘要:\n"
        "2018年10月31日，宁川市环保局党组成员王明受邀到平川县委党校为乡镇干部作《坚决打赢污染防治攻坚战》专题讲座。"
        "平川县各乡镇干部参加讲座。\n"
    )
    doc = document(text)
    assert (doc.title, doc.report_year) == ("宁川市环保局到平川县委党校作生态环保宣讲", 2018)


def test_a_columns_tabs_over_a_guide_are_no_title() -> None:
    # a mirror's spam line, the site's column tabs broken over two lines each, then the guide's own title (no year)
    text = (
        "在线观看一区二区,精品视频一区二区,免费视频\n"
        "法定主动\n公开内容\n政府信息\n公开年报\n"
        "宁川市平川区青禾镇政府信息公开指南\n"
        "为了保障公民、法人和其他组织依法获取政府信息，提高政府工作的透明度，根据《中华人民共和国政府信息公开条例》"
        "有关规定，本机关编制《宁川市平川区青禾镇人民政府信息公开指南》并实时更新。\n一、工作机构\n"
    )
    doc = document(text)
    assert (doc.title, doc.doc_type) == ("宁川市平川区青禾镇政府信息公开指南", "other")


def test_a_monthly_chronicle_under_bulleted_metadata_rows_is_titled_and_no_news() -> None:
    # the page's rows run each label into its value; the chronicle's own title names its month after 大事记
    text = (
        "2023-11-05 11:00:00 星期日\n"
        "• 公开方式主动公开\n• 发布机构宁川经济技术开发区管理委员会办公室\n• 内容分类大事记\n• 成文日期2020-05-11\n"
        "宁川经济技术开发区大事记2020年4月\n"
        "4月2日 市委书记王明来区督导清明节防火工作，实地察看墓地，听取工作情况汇报。工委书记李强陪同督导。\n"
        "4月3日 市长张华来区督导学校疫情防控及春季开学准备工作。\n"
    )
    doc = document(text)
    assert (doc.title, doc.doc_type, doc.report_year) == ("宁川经济技术开发区大事记2020年4月", "other", 2020)


def test_a_title_whose_bracket_names_the_report_it_is_an_excerpt_of() -> None:
    text = (
        "2020年政府工作(政府工作报告节选)\n2020年主要任务\n"
        "2020年是全面建成小康社会目标实现之年，也是平川推进高质量发展的关键之年。做好今年工作的总体要求是：坚持稳中"
        "求进工作总基调，全面做好“六稳”工作。\n一、坚定不移推动经济高质量发展\n"
    )
    assert document(text).doc_type == "government_work_report"


def test_an_assessment_standards_title_is_a_title_naming_its_place() -> None:
    text = (
        "宁川区依法行政工作考核标准\n项目 | 考 核 标 准 | 扣 分 标 准 | |\n"
        "一、 组织 领导 工作 12分 | 1、制定推进依法行政总体方案和年度工作计划。3分 | 没有年度工作计划的扣3分。 | |\n"
    )
    doc = document(text)
    assert (doc.title, doc.doc_type, doc.agency) == ("宁川区依法行政工作考核标准", "assessment_form", "宁川区")


def test_a_writer_under_the_title_printed_again_after_an_editors_note() -> None:
    # a ministry site's magazine page: the column, the title (two lines), the editor's note naming another office, the
    # title again, then its writer (a Party committee's office, 中共 before it)
    text = (
        "某部门户网站\n推动落实第一责任人职责主题笔会\n"
        "以法治考核评价压紧压实法治建设责任的\n平川实践与思考\n"
        "编者按:\n中央全面依法治国委员会办公室2018年组建以来，深入学习贯彻习近平法治思想，扎实推动第一责任人职责规定有效实施。本期约请部分省(市)委依法治省"
        "(市)办撰文，以期促进各地互鉴。\n"
        "以法治考核评价压紧压实法治建设责任的\n平川实践与思考\n"
        "中共平川市委全面依法治市委员会办公室\n"
        "法治考核评价是坚持抓住领导干部“关键少数”的一项重要制度安排。\n"
        + "一、坚持高位推动，健全考核评价体系。市委把法治建设纳入全市高质量发展绩效考核，分值权重逐年提高。\n"
        * 8
    )
    assert document(text).agency == "平川市委全面依法治市委员会办公室"


def test_a_report_calling_itself_our_bureau_is_the_bureau_whose_offices_rules_it_made() -> None:
    # no title, no formula: 我局 only, and the rules it made for its own offices (某局机关…办法)
    text = (
        "一、2010年政府信息公开工作情况\n"
        "（一）加强组织领导。2010年，我局政府信息公开领导小组积极履行职责，多次部署我局政府信息公开工作。"
        "另一方面，制定《宁川银监局机关工作秘密管理暂行办法》，进一步规范信息发布审查。\n"
    )
    assert document(text).agency == "宁川银监局"


def test_the_counted_noun_stops_where_the_deed_opens_on_a_preposition() -> None:
    labels = metric_labels(
        _report(
            "组织开展年度述法工作，其中9家单位在全市依法治市委员会会议上作现场述法。"
            "成立2个督察组对区公安分局、区城管局等10家单位落实督察反馈意见整改情况开展督察。"
        )
    )
    assert labels == {"9家": "单位", "2个": "督察组", "10家": "单位"}


def test_words_that_hold_the_prepositions_characters_are_kept_whole() -> None:
    # 潜在, 对接: no preposition opening a deed
    labels = metric_labels(_report("新增1家国家级潜在独角兽企业，建成3个供需对接平台。"))
    assert labels == {"1家": "国家级潜在独角兽企业", "3个": "供需对接平台"}


def test_the_verbs_of_a_list_of_changes_share_the_first_ones_noun() -> None:
    labels = metric_labels(_report("调整权力清单，取消行政许可事项9项，下放17项，承接2项；清理“零办件”事项45项。"))
    assert labels["17项"] == "下放行政许可事项"
    assert labels["2项"] == "承接行政许可事项"


def test_a_places_event_after_a_purpose_clause_is_the_setting_of_another_bodys_news() -> None:
    # the city's constitution-day event is where the fire brigade set up its stand: the brigade's news, not the city's
    text = (
        "为进一步增强全民消防安全素质和消防法制观念，营造良好的法治氛围。12月4日，宁川市2020年“12·4”国家宪法日活动"
        "在中心广场举行。市消防救援支队借此契机设立“消防知识宣传台”，广泛开展冬防宣传。\n"
        "活动期间，宣传员发放消防宣传资料1000余份，现场解答群众咨询。\n"
    )
    assert document(text).agency != "宁川市"


def test_a_report_told_by_all_its_places_governments_and_their_departments_is_the_governments() -> None:
    text = (
        "2020年，在省委、省政府和州委、州政府的坚强领导下，全州各级政府及其部门坚持以习近平新时代中国特色社会主义思想为"
        "指导，推动法治政府建设各项工作取得新进展。\n"
        "一、认真履行第一责任人职责\n州政府主要负责人高度重视法治政府建设，主持召开州政府常务会议研究法治工作6次。\n"
    )
    assert document(text).agency == "州政府"


def test_a_body_whose_head_came_as_an_invited_guest_is_not_the_writer() -> None:
    # a court's site tells of the county's meeting in its own voice (我院); another county's court came as a guest
    text = (
        "12月23日，我县召开2019年度法治政府建设推进会暨府院联席会议。县长李明，我院党组书记、院长王强出席会议并讲话。"
        "平川法院党组书记、院长赵刚应邀参加。\n"
        "会上，司法局局长通报了2019年度法治政府建设情况，我院专委就行政审判工作情况作了汇报。\n"
    )
    assert document(text).agency != "平川法院"


def test_a_years_open_government_report_named_by_its_year_first_is_a_disclosure_report() -> None:
    text = (
        "2016年度宁川省卫生计生委政务公开工作报告\n\n23.03.2017  10:37\n\n"
        "根据《中华人民共和国政府信息公开条例》的有关规定，编制本年度报告。所列数据的统计时限自2016年1月1日至12月31日。\n"
        "一、概述\n2016年，省卫生计生委认真贯彻落实《条例》，扎实推进政务公开工作。\n"
    )
    assert document(text).doc_type == "information_disclosure_report"


def test_an_organs_own_event_named_after_it_and_its_year_is_the_organs() -> None:
    text = (
        "9月19日，宁川市路政执法支队2023年路政执法业务培训班开班。支队长王明出席开班式并作动员讲话，支队领导、各大队共"
        "70人参加培训。\n王明指出，开展本次培训是加强执法队伍素质建设的重要举措。\n"
    )
    assert document(text).agency == "宁川市路政执法支队"


def test_a_roundup_run_into_one_line_names_no_one_body() -> None:
    assert document(one_line(_ROUNDUP)).agency is None


_PART_ONE_ON_THE_RULE_OF_LAW = (
    "一、全面加强党对法治建设的领导\n"
    "建立健全法治建设组织领导体系。切实发挥党组在推进法治建设中的领导核心作用。2021年，党组召开8次会议研究解决法治建设"
    "具体事项，将法治建设纳入年度工作计划并印发工作要点进行部署。\n"
    "二、全面落实普法责任制，推动法律进机关进校园\n"
    "（一）落实普法责任制。制定普法责任清单，开展“谁执法谁普法”履职评议。2021年，党组理论学习中心组集体学法8次，"
    "举办普法讲座12场，普法宣传覆盖师生3万余人次，组织普法志愿者进校园普法活动20场。\n"
)


def test_an_untitled_report_whose_part_one_is_the_rule_of_law_work_is_one_whatever_its_pufa_part() -> None:
    doc = document(_PART_ONE_ON_THE_RULE_OF_LAW)
    assert (doc.doc_type, doc.report_year) == ("annual_report", 2021)


def test_an_untitled_pufa_summary_stays_no_rule_of_law_report() -> None:
    text = _PART_ONE_ON_THE_RULE_OF_LAW.replace("一、全面加强党对法治建设的领导", "一、全面加强普法工作组织领导")
    assert document(text).doc_type != "annual_report"


def test_a_copy_that_opens_on_the_years_targets_is_a_years_points() -> None:
    text = (
        "力争全年完成造林1亿亩，森林抚育1.2亿亩，林业产业总产值达到7万亿元，生态状况持续改善。\n"
        "（一）全面深化林业改革\n积极推进国有林场改革，重点解决定性定编定岗等问题，开展改革中期评估。\n"
        "（二）加强资源保护\n着手研究解决遗留问题，严格落实林地保护制度。\n"
    )
    assert document(text).doc_type == "work_points"


def test_a_places_meeting_of_its_lines_bureau_chiefs_is_that_bureaus_news() -> None:
    text = (
        "全年一产增加值增速达6.7%，农村居民人均可支配收入增长7.3%……\n"
        "这一组组亮眼的数据，是宁川市农业农村局2024年各项重点工作取得的喜人成绩。\n"
        "近日，宁川市召开全市农业农村局长会议，全面贯彻落实中央和省委农村工作会议精神，总结2024年工作，部署2025年任务。\n"
    )
    assert document(text).agency == "宁川市农业农村局"


def test_the_body_whose_official_leads_a_checking_team_is_no_writer() -> None:
    # a company's news (the company never named, only 集团): the supervising commission came to check it
    text = (
        "根据市国资委工作统一部署，5月7日，集团在36楼会议室召开2023年市属企业负责人经营业绩考核会议。集团党委副书记"
        "王明，副总经理李强及各部门负责人参加会议。市国资委企考处处长陈刚带领考核组一行现场考核了集团2023年度经营业绩"
        "完成情况。王书记对市国资委对集团工作的支持表示感谢。\n"
    )
    assert document(text).agency != "市国资委"
