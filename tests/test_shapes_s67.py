"""Shapes found in session 67's real openings, each written in our own words (see bench/realworld/COLLECTING.md)."""

from summarizer import summarize, verify
from summarizer.clean import clean
from summarizer.numbers import find_numbers

from .support.facts import document, metric_labels, packaged

# a department's report whose copy starts at its part 一、基本情况, with no title and no formula: its items are the
# topics a rule-of-law report tells under their own names, each "…情况"
_UNTITLED_BASICS = (
    "一、基本情况\n"
    "（一）学习贯彻习近平法治思想情况。\n"
    "一是我委把习近平法治思想列入党组理论学习中心组的学习计划，购置学习读本，组织班子成员集中学习4次。"
    "二是面向全体干部职工举办专题讲座1次，18个基层党支部把相关内容纳入主题党日。"
    "三是把学习宣传纳入普法工作重点，组织宣讲进村60场。\n"
    "（二）深化“放管服”改革、优化营商环境情况。\n"
    "一是全面实行权责清单制度，2022年梳理公布事项132项，办事效率进一步提升。二是推行证明事项告知承诺制。\n"
)


def test_an_untitled_copy_that_opens_on_its_basics_and_tells_its_topics_is_an_annual_report() -> None:
    doc = document(_UNTITLED_BASICS)
    assert doc.doc_type == "annual_report"


def test_an_untitled_work_summary_on_other_work_stays_other() -> None:
    # the same layout on a bureau's own line of work names no rule-of-law topic: not a rule-of-law report
    text = (
        "一、基本情况\n（一）粮食收购情况。\n一是全年收购小麦4万吨。二是开展仓储检查12次。\n"
        "（二）安全生产情况。\n一是组织隐患排查9次，整改问题31个。\n"
    )
    assert document(text).doc_type != "annual_report"


def test_a_title_running_one_bodys_two_signboards_together_names_the_body_as_its_text_does() -> None:
    # the page ran 某市水务局 and 某市海洋局 together in the title; the text names them as one body (X(Y))
    text = (
        "2021年宁川市水务局宁川市海洋局政务公开年度工作报告\n时间：2022-01-20\n宁川市水务局 (宁川市海洋局)\n"
        "2021年政务公开工作年度报告\n2022年1月\n引 言\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》要求，由宁川市水务局(宁川市海洋局)(以下简称市水务局)编制。"
        "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。\n"
    )
    assert document(text).agency == "宁川市水务局(宁川市海洋局)"


# a feature on a province's year of one line of work (administrative review), its subheads numbered as a
# social-media account numbers them: news of that work, never the province's annual rule-of-law report
_REVIEW_FEATURE = (
    "2024年，青禾省将行政复议工作融入全省发展大局，充分发挥化解行政争议、监督依法行政的作用，为法治政府建设"
    "提供了有力保障。全省新收行政复议案件1.2万余件，较上年增长21.5%，复议纠错率较上年下降3.2个百分点。\n"
    "01 护航法治青禾建设\n"
    "围绕推进依法行政，青禾省把行政复议作为规范行政行为的重要抓手，全年制发行政复议意见书、建议书320份，"
    "推动各地各部门举一反三、建章立制。\n"
    "02 服务营商环境优化\n"
    "全省涉企行政复议案件办理时限平均压缩到40天，企业对复议结果的满意度明显提升。\n"
)


def test_a_feature_on_a_years_administrative_review_is_not_an_annual_report() -> None:
    assert document(_REVIEW_FEATURE).doc_type != "annual_report"


def test_a_feature_whose_subheads_are_numbered_01_02_is_news() -> None:
    assert document(_REVIEW_FEATURE).doc_type == "news"


def test_a_report_whose_year_names_its_rule_of_law_work_first_stays_an_annual_report() -> None:
    # the same opening shape whose subject is the government's rule-of-law work: the report it is
    text = (
        "2024年，宁川县人民政府坚持以习近平法治思想为指导，扎实推进法治政府建设，行政复议、行政执法等各项工作"
        "取得新成效。现将有关情况报告如下。\n一、主要举措和成效\n（一）加强组织领导。县政府常务会议专题研究法治"
        "政府建设工作4次。\n二、存在的不足和原因\n基层执法力量仍然薄弱。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_a_lead_dated_by_its_day_and_what_the_day_is_names_the_organ_that_acts() -> None:
    text = (
        "5月1日，《宁川市物业管理条例》施行的第一天，宁川市委政法委联合市住建局、市司法局等9家单位在中心广场"
        "集中开展普法宣传活动。\n活动现场共发放宣传资料800余份，解答群众咨询30余人次。\n"
        "宁川市将持续开展条例宣传进社区活动，推动条例落地见效。\n"
    )
    assert document(text).agency == "宁川市委政法委"


def test_the_press_office_that_hosts_a_conference_is_not_the_news_body() -> None:
    text = (
        "某网3月20日电 某部副部长张某20日在国新办新闻发布会上介绍，2023年，全国各级行政复议机关共办理案件"
        "20万余件。\n20日，国新办就2023年全国行政复议工作情况举行发布会，张某介绍有关情况并答记者问。\n"
        "张某在发布会上说，复议纠错率稳中有降，群众满意度持续提高。\n"
    )
    assert document(text).agency != "国新办"


def test_news_of_a_ranking_is_the_ranked_places_not_the_assessors() -> None:
    text = (
        "本报讯（记者 李某）10月12日，某大学法治政府研究院发布《法治政府评估报告(2023)》，宁川市在100个被评估"
        "城市中位居第六名。这是宁川市连续三年进入前十名。\n近年来，市委、市政府高度重视法治政府建设，"
        "严格执行法治政府建设年度报告制度。\n"
    )
    assert document(text).agency == "宁川市"


def test_an_honour_lists_year_in_the_opening_does_not_outvote_the_titles_year() -> None:
    text = (
        "宁川市司法局2023年度法治政府建设情况报告\n"
        "今年来，市司法局认真贯彻落实市委、市政府决策部署，圆满完成各项工作任务。全市培育省级法治建设标志性成果"
        "9项，4个项目入选2022年度法治建设优秀成果，2个项目获评全省“最佳实践”，现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）深化法治政府示范创建。全年组织督察检查6次。\n"
    )
    assert document(text).report_year == 2023


def test_a_rule_printed_with_its_title_repeated_over_its_adoption_line_is_of_that_year() -> None:
    text = (
        "宁川市物业管理条例\n宁川市物业管理条例\n宁川市人大常委会\n宁川市物业管理条例\n"
        "（2024年3月28日宁川市第十六届人民代表大会常务委员会第九次会议通过）\n"
        "目 录\n第一章 总 则\n第二章 业主和业主组织\n"
        "第一条 为了规范物业管理活动，维护业主和物业服务人的合法权益，根据有关法律、行政法规，结合本市实际，"
        "制定本条例。\n第二条 本市行政区域内的物业管理活动及其监督管理，适用本条例。\n"
    )
    assert document(text).report_year == 2024


def test_a_half_years_summary_titled_year_place_half_year_names_the_place() -> None:
    text = (
        "2021年青禾镇上半年全面依法治镇工作总结\n"
        "2021年，我镇深入学习贯彻习近平法治思想，紧紧围绕全市全面依法治市工作要点开展依法治镇工作。现将上半年"
        "工作总结如下：\n一、主要工作\n（一）加强组织领导。镇党委会议专题研究法治建设工作2次。\n"
    )
    assert document(text).agency == "青禾镇"


# Figures whose counted noun a real report writes after them, in our own words.
_COUNTED_AFTER = (
    "宁川市2024年度法治政府建设情况报告\n"
    "2024年，宁川市坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）优化营商环境。整合21条政务服务热线到12345，实现一号对外。"
    "出台《宁川市推进高效办成一件事实施方案》，11个改革事项已全部线上运行。\n"
    "（二）加强学法用法。市政府常务会议专题学习《宪法》、《民法典》等内容6次。"
    "推动全市38个乡镇(街道)建立法治建设议事机制。今年以来共召开区政府常务会议12次。"
    "动态调整权责清单，明确了28项行政职权并在网上公开。\n"
    "（三）落实减税降费。小微企业增值税征收率由3%降至1%。全市9个县区义务教育优质均衡发展通过国家评估。\n"
    "二、存在的不足和原因\n基层执法力量仍然薄弱。\n"
)


def test_the_counted_noun_after_a_figure_stops_before_where_the_things_go_and_the_predicate() -> None:
    labels = metric_labels(_COUNTED_AFTER)
    assert labels["21条"] == "政务服务热线"  # not 政务服务热线到 (12345 is where they go)
    assert labels["11个"] == "改革事项"  # not 改革事项已全部线上运行


def test_a_study_of_titles_counted_by_an_empty_kind_is_labelled_by_the_study() -> None:
    assert metric_labels(_COUNTED_AFTER)["6次"].endswith("专题学习")  # not 内容


def test_a_verb_with_its_scope_is_no_label() -> None:
    assert metric_labels(_COUNTED_AFTER)["38个乡镇"].startswith("乡镇")  # not 推动全市


def test_a_word_holding_a_predicates_adverb_is_not_cut_there() -> None:
    assert "优质均衡" in metric_labels(_COUNTED_AFTER)["9个"]  # 均衡 is one word: never cut at its 均


def test_a_labels_time_and_tally_words_and_a_second_predicate_are_not_its_words() -> None:
    labels = metric_labels(_COUNTED_AFTER)
    assert labels["12次"] == "召开区政府常务会议"  # not 以来共召开…
    assert labels["28项"] == "行政职权"  # not 行政职权并在网上公开


_AMOUNTS = _COUNTED_AFTER.replace(
    "小微企业增值税征收率由3%降至1%。",
    "全年为市场主体减税降费2.3万余亿元，带动社会投资3千多万元。",
)


def test_a_qualifier_between_two_magnitudes_keeps_both() -> None:
    # 2.3万余亿元 is 23000余亿 (2.3 trillion and more), never 2.3万 (23,000) with 亿元 left over
    metrics = {m.quote.text: m for a in summarize(text=_AMOUNTS).achievements for m in a.metrics}
    trillions = metrics["2.3万余亿元"]
    assert (trillions.value, trillions.unit, trillions.qualifier) == (23000, "亿元", "余")
    assert (trillions.normalized_value, trillions.normalized_unit) == (2.3e12, "元")
    assert metrics["3千多万元"].normalized_value == 3e7


def test_a_summary_with_a_qualified_trillion_verifies_and_an_edited_one_does_not() -> None:
    summary = summarize(text=_AMOUNTS)
    assert summary.verification.ok
    edited = summary.model_copy(deep=True)
    for achievement in edited.achievements:
        for metric in achievement.metrics:
            if metric.quote.text == "2.3万余亿元":
                metric.value = 2.3  # 2.3亿元: the magnitude the old reading gave, off by ten thousand
    assert not verify(edited, _AMOUNTS).ok


def test_a_range_whose_low_end_is_a_chinese_numeral_ending_in_its_magnitude_is_one_range() -> None:
    # 七十亿到一百亿元: the low end's 亿 is written inside its numeral; the range is read whole (it was cut to 一百亿元)
    (mention,) = find_numbers("就可以节省出七十亿到一百亿元的资金。")
    assert (mention.kind, mention.value, mention.high, mention.unit) == ("range", 7e9, 1e10, "元")


def _in_force_news(day: str) -> str:
    return (
        "平川区启动行政复议法宣传月活动\n"
        "新修订的《中华人民共和国行政复议法》将于2025年3月1日起施行。为提高群众对行政复议的知晓率，"
        f"{day}，平川区司法局在中心广场集中开展“行政复议法宣传月”活动，发放宣传手册1500余册。\n"
        "活动现场，律师为群众解答法律问题60余人次。\n"
    )


def test_news_dated_by_day_before_a_law_comes_into_force_is_of_the_year_that_day_falls_in() -> None:
    # the event is before the in-force date: a day later in the calendar (12月6日) is in the year before, an earlier
    # one (2月10日) in the in-force year
    assert document(_in_force_news("12月6日")).report_year == 2024
    assert document(_in_force_news("2月10日")).report_year == 2025


def test_an_occasions_ordinal_named_as_the_nations_dates_the_news() -> None:
    text = (
        "本报讯（记者 王某 通讯员 李某）11月30日至12月6日是第五个全国“宪法宣传周”。为讲好宪法故事，平川各地各部门"
        "结合各自职能，开展宪法进企业、进农村、进校园等宣传活动。\n"
        "平川区教育局联合区司法局在实验小学组织开展宪法晨读活动。\n"
    )
    assert document(text).report_year == 2022  # the week was first kept in 2018


def test_news_dated_by_day_whose_campaign_takes_a_years_theme_is_of_that_year() -> None:
    text = (
        "4月26日是世界知识产权日，4月20日至26日是知识产权宣传周。为营造尊重知识产权的良好氛围，青禾县开展了形式"
        "多样的宣传周活动。\n活动围绕2023年“加强知识产权法治保障”主题，通过融媒体、商圈大屏等形式宣传知识产权知识。\n"
        "4月22日，县市场监管局在农贸市场开展集中宣传活动，发放宣传资料800余份。\n"
    )
    assert document(text).report_year == 2023


def _last_years_account(page_day: str) -> str:
    return (
        f"来源：宁川市司法局 日期：{page_day}\n"
        "宁川市创新“制度+载体+考核”模式，以述法全覆盖推动法治建设第一责任人职责落地见效。2023年，全市862名党政"
        "主要负责人在年度述职中述法，其中专题述法120名。\n"
        "一是制度筑基强规范。制定述法工作办法，细化述法清单。\n"
    )


def test_news_early_in_a_year_telling_last_years_account_by_its_number_is_of_that_year() -> None:
    assert document(_last_years_account("2024-04-18")).report_year == 2023
    # (late in the year, the same account may be told as a look back: the page's year is not given, nor the account's)
    assert document(_last_years_account("2024-10-18")).report_year != 2024


def test_a_lead_whose_place_makes_a_new_way_of_working_names_the_place() -> None:
    text = (
        "日期：2024-04-18\n"
        "青禾市创新“清单+点评+考核”三位一体模式，以述法全覆盖推动法治建设第一责任人职责落地见效。全市862名党政"
        "主要负责人在年度述职中述法。\n一是制度筑基强规范。制定述法工作办法，细化述法清单。\n"
    )
    assert document(text).agency == "青禾市"


def test_a_title_without_its_issuer_over_a_first_part_named_after_it_names_that_issuer() -> None:
    text = (
        "2023年度行政执法统计年报\n"
        "第一部分：宁川市文物局2023年度行政执法数据表\n"
        "一、行政处罚实施情况统计表\n二、行政强制实施情况统计表\n"
        "第二部分：宁川市文物局2023年度行政执法总体情况\n"
        "表一：\n宁川市文物局行政处罚实施情况统计表\n警告 | 罚款 | 没收违法所得\n"
    )
    assert document(text).agency == "宁川市文物局"


def test_a_mirrors_brand_run_into_the_page_is_stripped_and_a_places_members_on_a_list_name_it() -> None:
    # a gambling mirror glues its brand to the headline, the source and the writer; the headline counts the place's
    # towns and villages on a list (某县2镇8村上榜)
    text = (
        "好运bigwinner\nNEWS CENTER\n"
        "好运bigwinner平川县3镇6村上榜!2024年省级乡村治理示范\n"
        "发布时间：2025-05-19 02:40:31 来源：好运bigwinner体育 作者：好运bigwinner平台\n"
        "近日，省委农办、省司法厅等部门公布2024年省级乡村治理示范村镇名单，全省80个镇、800个村入选。\n"
    )
    assert "bigwinner" not in clean(text).text
    assert document(text).agency == "平川县"


def test_a_headline_that_drops_the_counties_level_word_is_named_as_the_story_names_it() -> None:
    text = (
        "宁川市青禾司法局借力“夏季音乐节” 打造“周周学法”普法品牌\n"
        "2025-08-10 09:17:29 来源：某省司法厅\n"
        "宁川市青禾县司法局依托2025年“夏季音乐节”群众文化活动，创新打造“周周学法”普法品牌，将法治宣传与节庆深度"
        "融合。\n活动现场，司法局设立普法咨询台，发放宣传资料600余份。\n"
    )
    assert document(text).agency == "宁川市青禾县司法局"


def test_a_wires_lead_over_the_work_reports_transcript_it_carries_is_that_report() -> None:
    text = (
        "某网北京3月5日电 全国人大某次会议5日上午9时在人民大会堂开幕，听取国务院总理张某关于政府工作的报告，"
        "审查国务院关于国民经济和社会发展计划执行情况的报告。\n"
        "3月5日，全国人民代表大会某次会议在北京人民大会堂开幕。 记者 李某 摄\n"
        "以下为文字实录：\n张某：\n"
        "深入推进廉洁政府建设。认真贯彻落实中央八项规定精神，持之以恒纠治“四风”。政府工作人员要自觉接受法律监督、"
        "监察监督和人民监督。各级政府要坚决反对形式主义、官僚主义，让干部把精力用在解决实际问题上。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("government_work_report", "国务院")


def test_an_in_force_date_outweighs_a_copys_later_page_date() -> None:
    text = _in_force_news("12月6日").replace("\n", "\n发布时间：2026-03-20 来源：本网\n", 1)
    assert document(text).report_year == 2024


def test_the_compiler_named_with_a_short_form_whose_bracket_was_lost_is_the_writer() -> None:
    # no title the finder can read (a page's notice ran onto it), and the office to call is the bureau's service
    # centre: the sentence saying who compiled the report names the writer
    text = (
        "不能读取语音阅读器2021年宁川市水务局宁川市海洋局政务公开年度工作报告时间：2022-01-25引 言本年度报告根据"
        "《中华人民共和国政府信息公开条例》的要求，由宁川市水务局(宁川市海洋局)(以下简称市水务局编制。全文包括总体"
        "情况、主动公开政府信息情况等六项内容。如对报告有任何疑问，请联系市水务局行政服务中心，联系电话：12345678。"
        "一、总体情况 2021年市水务局深入贯彻落实政务公开工作要点，主动公开政府信息1200条。"
    )
    assert document(text).agency == "宁川市水务局(宁川市海洋局)"


def test_a_provinces_rural_governance_is_no_township() -> None:
    # 某省乡村治理 is 某省 + 乡村治理 and 某县乡镇 is 某县 + 乡镇: the name a page's quoted honour starts with is the place,
    # never a township 某省乡 (the one-line copy of a real page was given that as its agency)
    from summarizer.facts.fallback import _name_at

    honour = "等村获评“青禾省乡村治理示范村”，"
    assert _name_at(honour, honour.index("青")) == "青禾省"
    reform = "全县“平川县乡镇综合执法”改革"
    assert _name_at(reform, reform.index("平")) == "平川县"


def test_a_day_dated_lead_naming_its_meetings_year_keeps_it_under_a_later_page_date() -> None:
    text = (
        "宁川市党政主要负责人专题述法会议召开\n"
        "2025-03-02 09:11:42 来源：宁川新闻网\n"
        "宁川市党政主要负责人专题述法会议召开\n"
        "宁川新闻网讯（记者 王某）3月1日，宁川市2024年度党政主要负责人专题述法会议召开。市委常委、政法委书记出席"
        "并讲话。\n"
        "会上，5个县（市、区）和11个市直单位主要负责同志围绕2024年度履行推进法治建设第一责任人职责情况作了述法报告。\n"
    )
    assert document(text).report_year == 2024


def test_news_of_a_decision_issued_lately_is_of_its_pages_year_whatever_years_it_honours() -> None:
    text = (
        "您所在的位置：新闻 >> 正文\n平川蝉联全省法治建设示范县\n编辑：平川新闻网 发布时间：2019-7-19\n"
        "平川蝉联全省法治建设示范县\n"
        "近日，青禾省委、省政府下发文件，表彰2016~2017年“全省法治建设示范县(市、区)”，平川通过复核名列其中。\n"
        "自2008年创建成为全省法治建设示范县后，平川始终保持以高分通过每两年一次的复核。\n"
    )
    assert document(text).report_year == 2019


def test_news_of_a_subdistricts_congress_session_adopting_next_years_budget_is_of_that_year() -> None:
    text = (
        "会议听取并审议街道人大工委主任李某所作的工作报告。会议认为，一年来，青禾街道人大工委在市人大常委会和街道"
        "党工委的坚强领导下，坚定政治方向、履职担当作为。\n"
        "会议书面审议了青禾街道2023年财政预算执行情况及2024年财政预算草案报告，书面审议街道2023年度民生实事完成"
        "情况报告。\n"
    )
    assert document(text).report_year == 2024


def test_a_body_that_makes_a_decision_by_name_is_the_subject_of_its_news() -> None:
    text = (
        "为进一步加强行政审判工作，促进依法行政和矛盾纠纷化解，推进法治政府建设，青禾省人民代表大会常务委员会作出"
        "《青禾省人大常委会关于加强行政审判工作的决定》。12月14日，该决定新闻发布会在省人大会堂召开，省人大常委会"
        "办公厅、省高级人民法院有关负责人出席发布会并答记者问。\n"
    )
    assert document(text).agency == "青禾省人民代表大会常务委员会"


def test_a_bodys_official_answering_the_press_on_its_document_is_that_bodys_explainer() -> None:
    text = (
        "搜索 某某报\n"
        "青禾省委依法治省办负责同志就《青禾省法治政府建设实施方案(2021-2025年)》答记者问\n"
        "2021-09-11 20:42:57\n"
        "某社青禾9月11日电 近日，青禾省委、省政府印发了《青禾省法治政府建设实施方案(2021-2025年)》（以下简称《方案》）。"
        "青禾省委依法治省办负责同志就《方案》有关问题回答了记者提问。\n"
        "1.《方案》出台有什么背景和意义？\n答：党的十八大以来，省委、省政府高度重视法治政府建设。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency) == ("other", "青禾省委依法治省办")


def test_a_spaced_copy_keeps_the_headline_run_after_its_source_field() -> None:
    # the page's rows joined by spaces: 来源: 某厅 <headline> <date> — the headline is no part of the source row
    text = (
        "首页 > 正文 2025 08-10 09:17:29 来源: 青禾省司法厅 宁川市青禾县司法局借力“夏季音乐节” 打造“周周学法”普法品牌 "
        "2025-08-10 09:17:29 来源: 青禾省司法厅 字体: 分享到: 宁川市青禾县司法局依托2025年“夏季音乐节”群众文化活动的"
        "热烈氛围，创新打造“周周学法”普法品牌，将法治宣传与节庆深度融合，开创了普法工作新局面。 在活动现场，司法局不仅"
        "设立普法咨询台，还邀请挂职锻炼律师参与普法宣讲。律师们既运用专业法律知识，又善用通俗易懂的方言土语，为群众细致"
        "解答法律难题、清晰解读法律条文；同时，积极发放普法资料、组织互动问答，面向广大居民深入宣传宪法、民法典等重要法律"
        "法规。 这种“民俗+法治”的创新模式，有效打通了法治宣传的“最后一公里”，让法治清风自然融入节日盛会，实现了文化娱乐"
        "与法治教育的双向融合。 下一步，青禾县司法局将紧紧围绕“周周学法”普法品牌，持续创新普法形式，推动法治宣传教育"
        "走深走实。"
    )
    assert "宁川市青禾县司法局借力“夏季音乐节” 打造“周周学法”普法品牌" in clean(text).text.split("\n")


def test_the_aspects_a_text_divides_its_matter_into_are_no_result() -> None:
    text = _COUNTED_AFTER.replace(
        "（一）优化营商环境。", "（一）优化营商环境。印发重点任务分工方案，明确4个方面30项具体工作任务。"
    )
    labels = metric_labels(text)
    assert "4个" not in labels  # 4个方面: layout
    assert "30项" in labels


def test_news_of_a_commendation_is_not_the_commending_bodys() -> None:
    text = (
        "近日，青禾省委、省政府下发文件，表彰2022~2023年“全省法治建设示范县(市、区)”，平川县通过复核名列其中。\n"
        "自2008年创建成为全省法治建设示范县后，平川县始终保持以高分通过每两年一次的复核。\n"
    )
    assert document(text).agency == "平川县"  # the place on the list, not 青禾省委、省政府


def test_a_title_with_a_columns_tag_after_it_stays_the_title_in_a_one_line_and_a_spaced_copy() -> None:
    title = "青禾市农业农村局2024年法治政府建设情况报告(农法日记)"
    text = (
        f"{title}\n"
        "2024年，认真学习领会中央全面依法治国工作会议精神，扎实履行推进法治建设第一责任人职责，农业农村法治"
        "建设取得新实效。现将有关情况报告如下：\n"
        "一、2024年推进法治政府建设的主要举措和成效\n"
        "（一）拓展法治保障深度，扎实推进依法行政。一是完善审查机制提效率。健全联审机制，全年审查规范性文件12件、"
        "重大行政决策3项，提出修改意见26条。二是规范涉企执法优环境。在全省率先制定农业领域涉企行政检查工作制度，"
        "推行综合查一次清单管理，涉企检查事项压减40%。\n"
        "（二）提升法治宣传温度，营造良好法治氛围。一是创新普法载体。开设农法日记专栏，全年推送普法信息120条。"
        "二是深化以案释法。发布农资纠纷典型案例8个，组织法律明白人培训6场次，覆盖农户2000余人次。\n"
    )
    assert {clean(copy).text.split("\n")[0] for copy in packaged(text)} == {title}
    assert {document(copy).agency for copy in packaged(text)} == {"青禾市农业农村局"}


def test_a_disclosure_fields_value_glued_to_the_title_is_no_part_of_the_name() -> None:
    # a one-line copy of the page ran 公开范围: 面向全社会 onto the title under it: the title's subject is the body alone
    from summarizer.facts.agency import find_agency

    title = "面向全社会宁川市平川区人民政府2024年法治政府建设年度报告"
    text = f"公开范围: {title}\n来源: 区府办\n2024年，全区坚持以习近平法治思想为指导，全面推进各方面工作法治化。\n"
    at = text.index(title)
    assert find_agency(text, (at, at + len(title)))[0] == "宁川市平川区人民政府"


def test_a_figures_qualifier_and_unit_a_zero_width_line_parted_from_it_are_whole_again() -> None:
    # 光缆线路550⏎\u200b⏎多万公里: the converter's blank line fell between the number and its 多万公里
    text = _COUNTED_AFTER.replace(
        "小微企业增值税征收率由3%降至1%。", "新增光缆线路550\n\u200b\n多万公里，新建5G基站1.2万个。"
    )
    assert "新增光缆线路550多万公里" in clean(text).text
    assert "550多万公里" in metric_labels(text)


def _anniversary(genre_line: str) -> str:
    return (
        f"{genre_line}\n"
        "各位代表！过去一年的成绩来之不易，这是全市人民团结奋斗的结果。在此，我代表市人民政府，向全市人民表示衷心的"
        "感谢和崇高的敬意！\n"
        "今年是新中国成立七十五周年，是实现“十四五”规划目标任务的关键一年。做好今年的政府工作，要坚持稳中求进。\n"
    )


def test_a_work_report_saying_its_year_is_an_anniversary_reviews_the_year_before() -> None:
    # 今年是新中国成立七十五周年: delivered in 2024, it reviews 2023, as a titled work report does
    # (…and in a copy that lost its line breaks, its title run into the greeting: 政府工作报告各位代表！)
    for copy in packaged(_anniversary("政府工作报告")):
        doc = document(copy)
        assert (doc.doc_type, doc.report_year) == ("government_work_report", 2023)
