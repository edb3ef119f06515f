"""Shapes found in session 70's real documents, each written in our own words (see bench/realworld/COLLECTING.md).

Session 70 collected no openings (see COLLECTING.md); its shapes come from the whole work reports of the fetched
corpora, whose converted pages set linked words and document titles on lines of their own."""

from summarizer import summarize
from summarizer.clean import clean

from .support.facts import document, in_report, metric_labels, one_line, spaced_line

# a converted page: each linked term and each title inside 《》 on a line of its own, and the words around it too
_LINKED_PAGE = (
    "宁川市人民政府2024年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）完善依法行政制度体系\n"
    "全年提请市人大常委会审议地方性法规草案3件；制定了《\n"
    "宁川市城市绿化管理和养护监督办法\n"
    "》等9件政府规章。针对\n"
    "违法建设\n"
    "整治中存在的问题，出台专项工作规则2项。\n"
    "（二）推进严格规范公正文明执法\n"
    "行政执法的关键是两条。一条是\n"
    "完善执法程序，一条是\n"
    "提高执法人员素质，全年培训执法人员860人次。\n"
)


def test_a_title_set_on_its_own_line_stays_in_its_sentence_however_long() -> None:
    # 《⏎a title of more than twelve characters⏎》等9件: the closer's line is the rest of the sentence, not a paragraph
    text = clean(_LINKED_PAGE).text
    assert "制定了《宁川市城市绿化管理和养护监督办法》等9件政府规章。" in text
    assert "\n》" not in text


def test_a_linked_word_after_a_preposition_stays_in_its_sentence() -> None:
    # 针对⏎违法建设⏎整治中…: one linked word on the page, but the line above stops on a preposition
    text = clean(_LINKED_PAGE).text
    assert "针对违法建设整治中存在的问题，出台专项工作规则2项。" in text


def test_a_line_under_prose_cut_on_a_word_that_needs_its_object_is_joined() -> None:
    # 一条是⏎完善执法程序: a sentence never stops on 是; the count after it belongs to the sentence, not a heading
    assert "一条是完善执法程序，一条是提高执法人员素质，全年培训执法人员860人次。" in clean(_LINKED_PAGE).text
    statements = [a.statement for a in summarize(text=_LINKED_PAGE).achievements]
    assert any(s.startswith("制定了《宁川市城市绿化管理和养护监督办法》等9件政府规章") for s in statements), statements
    assert not any(s.startswith(("》", "完善执法程序")) for s in statements), statements


def test_a_heading_that_ends_on_such_a_character_keeps_its_own_line() -> None:
    # （一）…把稳发展方向 / 三、编制目的: 向 and 的 close a word there; the heading's body stays a paragraph of its own
    text = (
        "平川县教育局2024年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）强化组织领导，把稳法治建设方向\n"
        "局党组全年专题研究法治建设工作6次，审议规范性文件4件。\n"
        "二、编制说明，编制目的\n"
        "总结本局一年来的法治政府建设工作。\n"
    )
    lines = clean(text).text.split("\n")
    assert "（一）强化组织领导，把稳法治建设方向" in lines
    assert "二、编制说明，编制目的" in lines


def test_a_spaced_copy_keeps_counting_parts_across_its_items() -> None:
    # 。 一是… cut a spaced copy's line; under part 一 the 一、 of 多证合一、一码通办 is inside a word, no new part
    text = (
        "青禾市2024年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "一年来，青禾市坚持依法行政，各项工作取得新进展。\n"
        "一是深化放管服改革。全年取消行政许可事项18项，全面推行多证合一、一码通办，企业开办时间压缩到1个工作日。\n"
        "二是规范行政执法。全年办理行政执法案件2300件，行政复议纠错率降至4.2%。\n"
        "二、存在的不足和原因\n"
        "基层执法力量仍然薄弱，原因是编制不足。\n"
        "三、2025年工作安排\n"
        "持续深化法治政府示范创建。\n"
    )
    plain = summarize(text=text)
    spaced = summarize(text=spaced_line(text))
    assert [a.statement for a in spaced.achievements] == [a.statement for a in plain.achievements]
    assert [m.title for m in spaced.measures] == [m.title for m in plain.measures]


def test_an_item_marker_alone_on_its_line_opens_the_item_below() -> None:
    # a converted page set 一是 and 二是 on lines of their own: each item is the line after its marker
    text = (
        "平川市2024年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）深化行政审批制度改革\n"
        "全年改革的主要内容包括以下几个方面。\n"
        "一是\n"
        "取消行政许可事项18项，企业开办时间压缩到1个工作日。\n"
        "二是\n"
        "推行证明事项告知承诺制，减少证明材料260项。\n"
        "二、2025年工作安排\n"
        "持续深化法治政府示范创建。\n"
    )
    lines = clean(text).text.split("\n")
    assert "一是取消行政许可事项18项，企业开办时间压缩到1个工作日。" in lines
    (measure,) = summarize(text=text).measures
    assert measure.summary.split("；") == ["取消行政许可事项18项", "推行证明事项告知承诺制"]


def test_a_news_page_credited_to_the_organ_its_lead_is_about_is_that_organs() -> None:
    # the page's source field names the province's bureau that published it; the closing credit and the lead name
    # the county bureau that did the work and wrote the item
    text = (
        "首页 > 正文\n"
        "2025-06-10 09:12:30 来源: 宁川省司法厅\n"
        "字体:\n"
        "宁川省青禾市平川县司法局巧妙借助端午节庆活动，创新开展“节日学法”普法活动，将法治宣传与民俗文化深度融合。\n"
        "活动现场，平川县司法局设立普法咨询台，发放宣传资料1200余份，解答群众法律咨询86人次。\n"
        "下一步，平川县司法局将持续打造普法特色品牌，推动法治宣传走深走实。（青禾市平川县司法局供稿）\n"
    )
    assert document(text).agency == "青禾市平川县司法局"


def test_a_news_page_whose_credit_names_its_publisher_keeps_the_publisher() -> None:
    # the same page credited to the bureau its source field names: no one else wrote it
    text = (
        "首页 > 正文\n"
        "2025-06-10 09:12:30 来源: 宁川省司法厅\n"
        "字体:\n"
        "宁川省司法厅组织全省司法行政系统开展“节日学法”普法活动，将法治宣传与民俗文化深度融合。\n"
        "活动期间，全省发放宣传资料12万余份，解答群众法律咨询8600人次。（宁川省司法厅供稿）\n"
    )
    assert document(text).agency == "宁川省司法厅"


_UNTITLED_BUREAU = (
    "根据《法治政府建设与责任落实督察工作规定》，现将我局2024年法治政府建设工作开展情况报告如下。\n"
    "一、推进法治政府建设的主要举措和成效\n"
    "（一）健全依法行政制度\n"
    "1、优化内部管理制度。健全局依法行政内部管理制度，{}，建立行政执法人员资格动态管理机制。\n"
)


def test_an_untitled_bureaus_report_is_named_by_the_rules_it_revised() -> None:
    # 完成《某局合同管理办法》等工作制度修订: the bureau's own rules, named in full, the work of making them after them
    clause = "完成《平川县交通运输局合同管理办法》等工作制度修订工作"
    assert document(_UNTITLED_BUREAU.format(clause)).agency == "平川县交通运输局"


def test_a_superiors_document_the_bureau_carried_out_names_no_one() -> None:
    # 完成《上级局…要点》确定的任务: the document the bureau applied, not one it made
    clause = "完成《青禾市交通运输局2024年法治工作要点》确定的各项任务"
    assert document(_UNTITLED_BUREAU.format(clause)).agency is None


def test_a_lead_dated_today_with_its_day_in_brackets_names_its_subject() -> None:
    # 今天(3月15日)上午，某区召开…: the bracketed day is the lead's date, the place after it the meeting's host
    text = (
        "某财经网【财经号】:\n"
        "今天(3月15日)上午,平川区召开法治政府建设工作领导小组会议暨示范创建动员部署会。区长出席会议并讲话。\n"
        "会议指出,要提高站位、认清形势,切实增强示范创建的共识和信心,把具体工作做实、做优。\n"
    )
    assert document(text).agency == "平川区"


def test_an_untitled_disclosure_report_whose_office_relies_on_a_portal_names_it() -> None:
    # 某街道办事处2023年度政府信息公开工作依托…政务网开展: the office and its year's work, then what it relies on
    text = (
        "一、总体情况\n"
        "平川街道办事处2023年度政府信息公开工作依托青禾市人民政府政务网开展。街道高度重视此项工作，指定专人负责。\n"
        "二、主动公开政府信息情况\n"
        "本年主动公开政府信息126条。\n"
    )
    assert document(text).agency == "平川街道办事处"


def test_an_untitled_guide_to_a_bodys_disclosure_is_no_disclosure_report() -> None:
    # the guide's preamble names itself 《指南》 and its first part is the classification of what it discloses
    text = (
        "根据《中华人民共和国政府信息公开条例》，本行政机关掌握的政府信息，除依法免予公开外，均主动公开或依申请公开。\n"
        "为更好地提供政府信息公开服务，本机关编制了《平川区政府信息公开指南》(以下简称《指南》)，供公众查阅。\n"
        "一、信息分类和编排体系\n"
        "本行政机关在职责范围内，负责主动或依申请公开下列各类政府信息。\n"
        "二、获取信息的方式\n"
        "公民、法人或者其他组织可以通过政府网站查阅主动公开的政府信息。\n"
    )
    assert document(text).doc_type == "other"


def test_a_figure_reached_is_counted_by_what_grew_by_the_figure_before() -> None:
    # 市场主体数量比上年增长12.5%，达到8.6万户: what reached 8.6万户 is what grew, named in the clause before
    labels = metric_labels(in_report("全市市场主体数量比上年增长12.5%，达到8.6万户，营商环境持续改善。"))
    assert labels["8.6万户"] == "全市市场主体数量"


def test_a_figure_reached_after_another_subjects_clause_keeps_no_borrowed_label() -> None:
    # a clause with a subject of its own stands between: the growth before is not what reached the figure
    labels = metric_labels(in_report("涉企行政检查分别减少12%、9%，全市营商环境评价创历史新高，达到92.6分。"))
    assert "涉企行政检查" not in labels["92.6分"]


def test_a_figure_that_passed_a_mark_is_counted_by_what_passed_it() -> None:
    # 突破1000件: the verb of passing is no part of the label; 迈上…台阶: the mark passed is not what is counted
    labels = metric_labels(in_report("全年受理行政复议案件首次突破1000件，全市法治化营商环境评价得分迈上90分台阶。"))
    assert labels["1000件"] == "受理行政复议案件"
    assert labels["90分"] == "全市法治化营商环境评价得分"


def test_a_figure_reached_after_a_clause_of_growth_without_a_figure_is_its_subjects() -> None:
    # 覆盖人数持续增长，达到12万人: the clause before names what reached the figure, though it states none
    labels = metric_labels(in_report("全市法治宣传覆盖人数持续增长，达到12万人，群众满意度明显提升。"))
    assert labels["12万人"] == "全市法治宣传覆盖人数"


def test_a_sum_of_listed_spending_borrows_no_subject_from_its_list() -> None:
    # 加上…、增加…等方面的支出，共达…: a list of what adds up, whose 增加 is no subject's growth
    labels = metric_labels(in_report("加上法律援助经费、增加基层执法装备等方面的支出，共达3200万元，保障有力。"))
    assert not labels["3200万元"].startswith("加上")


def test_an_increment_after_a_count_is_the_change_of_what_was_counted() -> None:
    # 受理申请57件，同比增长71.9%: 71.9% is the applications' growth, not a growth of nothing
    labels = metric_labels(in_report("全年受理政府信息公开申请57件，同比增长71.9%；办理行政复议案件120件、增长15%。"))
    assert labels["71.9%"] == labels["57件"] + "同比增长"
    assert labels["15%"] == labels["120件"] + "增长"


def test_a_value_changed_to_keeps_the_label_of_the_value_before() -> None:
    # 由30个工作日压缩至3个工作日: the time limit before and after, one label, no change in it
    labels = metric_labels(in_report("行政许可审批时限由30个工作日压缩至3个工作日，群众办事更加便捷。"))
    assert labels["3个工作日"] == labels["30个工作日"]


def test_a_figure_compared_with_an_earlier_years_is_that_years_figure_of_the_same_thing() -> None:
    # 收到申请281件，较2020年172件增加109件，增长了63%: 172件 is 2020's count, 109件 and 63% the change of this year's
    labels = metric_labels(in_report("2024年，区政府收到行政复议申请281件，较2023年172件增加109件，增长了63%。"))
    subject = labels["281件"]
    assert labels["172件"] == "2023年" + subject
    assert labels["109件"] == subject + "增加"
    assert labels["63%"] == subject + "增长"


def test_a_count_of_units_whose_rate_follows_counts_the_units() -> None:
    # 全县126个行政村法律顾问覆盖率达到100%: 126个 counts the villages; 100% is their coverage
    labels = metric_labels(in_report("全县126个行政村法律顾问覆盖率达到100%，村级事务依法决策水平明显提升。"))
    assert labels["126个"] == "行政村"
    assert labels["100%"].endswith("法律顾问覆盖率")


def test_a_tally_of_the_figures_before_counts_what_they_count() -> None:
    # 两镇司法所各有6名工作人员，合计12名: the tally is of the staff the figure before counted, no bare unit
    labels = metric_labels(in_report("东西两镇司法所工作人员各有6名，合计12名，基层法治力量得到充实。"))
    assert labels["12名"] == "东西两镇司法所工作人员"


def test_a_change_from_an_earlier_years_figure_labels_both_ends() -> None:
    # 法律援助经费从2023年的639万元增加到800万元: 2023's funds, then the funds now
    labels = metric_labels(in_report("全市法律援助经费从2023年的639万元增加到800万元，受援群众明显增多。"))
    assert labels["639万元"] == "2023年全市法律援助经费"
    assert labels["800万元"] == "全市法律援助经费"


def test_a_value_a_change_reaches_is_the_subjects_value() -> None:
    # 平均办理时限压缩至15个工作日: the time limit now, not its verb of change
    labels = metric_labels(in_report("行政复议案件平均办理时限压缩至15个工作日，办案质效明显提升。"))
    assert labels["15个工作日"] == "行政复议案件平均办理时限"


def test_a_share_of_a_whole_is_labelled_as_a_share() -> None:
    # 调解结案126件，占全部案件的35%: 35% is a share, said whole (占全部案件的比重), no label ending on 的
    labels = metric_labels(in_report("以调解方式结案126件，占全部案件的35%，案结事了成效明显。"))
    assert labels["35%"] == "占全部案件的比重"


def test_a_multiple_of_an_earlier_years_figure_names_what_it_multiplies() -> None:
    # 受理案件完成860件，是2020年的2.5倍: the cases' multiple of 2020's, no label left on 的
    labels = metric_labels(in_report("全年法律援助受理案件完成860件，是2020年的2.5倍，群众获得感增强。"))
    assert labels["2.5倍"] == "法律援助受理案件是2020年的倍数"


def test_a_one_line_copys_heading_run_into_a_sentence_on_problems_is_no_shortfall_part() -> None:
    # 二、坚持依法行政依法行政是解决群众面临问题的关键: the sentence run into the heading says what the work solves;
    # the part stays a measure and the parts after it keep theirs
    text = (
        "平川县人民政府2024年度法治政府建设情况报告\n"
        "一、2024年工作回顾\n"
        "全年制定行政规范性文件12件，办理行政复议案件86件，法治政府建设取得新成效。\n"
        "二、坚持依法行政\n"
        "依法行政是解决群众面临问题的关键。全年开展行政执法案卷评查320卷，纠正执法问题18个。\n"
        "三、强化执法监督\n"
        "全年组织行政执法检查46次，督促整改问题39个，执法质量持续提升。\n"
        "四、2025年工作安排\n"
        "持续深化法治政府示范创建，全面提升依法行政水平。\n"
    )
    plain = summarize(text=text)
    copied = summarize(text=one_line(text))
    # (一、2024年工作回顾 is part ①'s own heading, no measure)
    assert [m.title for m in plain.measures] == ["坚持依法行政", "强化执法监督"]
    assert len(copied.measures) == 2
    assert not copied.shortfalls


def test_a_converters_space_before_wan_keeps_the_figure_whole() -> None:
    # 行政处罚48 万元, 覆盖师生 1.2 万人次: a converter's space before 万 ends neither figure; both are read and checked
    text = in_report("全年查处违法用地案件35 起，行政处罚48 万元；开展专题宣讲32 场，覆盖师生 1.2 万人次。")
    labels = metric_labels(text)
    assert labels["48 万元"] == "行政处罚"
    assert labels["1.2 万人次"] == "覆盖师生"
    summary = summarize(text=text)
    values = {m.quote.text: m.normalized_value for a in summary.achievements for m in a.metrics}
    assert values["48 万元"] == 480000
    assert summary.verification.checked and summary.verification.ok


def test_which_plenary_or_session_of_a_term_is_no_figure() -> None:
    # 二十届中央纪委四次全会, 市九届人大八次会议: which plenary or session, not how many of them
    labels = metric_labels(
        in_report(
            "深入学习二十届中央纪委四次全会精神，开展专题宣讲32场；全面完成市九届人大八次会议确定的目标任务12项。"
        )
    )
    assert "四次" not in labels and "八次" not in labels
    assert labels["32场"] == "开展专题宣讲"


def test_a_page_that_set_each_digit_apart_keeps_its_figures_whole() -> None:
    # 达到4 9 2 5 0 万吨: a page that spaced every digit; read as it stood, the figure was 0 万吨 and the check passed it
    text = in_report("2 0 2 4 年全市办理法律援助案件达到1 8 6 0 件，比上年增加1 2 0 件，群众满意度明显提升。")
    summary = summarize(text=text)
    values = {m.quote.text: m.normalized_value for a in summary.achievements for m in a.metrics}
    assert values == {"1860 件": 1860, "120 件": 120}
    assert summary.verification.ok


def test_figures_a_space_parts_on_an_ordinary_line_stay_apart() -> None:
    # one space between two figures of a table's row (10 20) is no spaced-out figure
    assert "10 20" in clean("平川县2024年度法治政府建设情况报告\n一、主要举措和成效\n受理 10 20 件\n").text


def test_a_proportion_of_a_plan_names_what_it_measures() -> None:
    # 完成财政收入6.3亿元，为年初预算的85.4%: the revenue's proportion of the budget, no label ending on 的
    labels = metric_labels(in_report("全年完成法律援助经费支出630万元，为年初预算的85.4%，保障有力。"))
    assert labels["85.4%"] == "完成法律援助经费支出为年初预算的比例"


def test_a_proportion_after_a_bracketed_part_is_of_the_whole() -> None:
    # 完成1.5万亩(含油茶1.0万亩)，为计划任务的100%: the bracket's figure is a part, not what the proportion is of
    labels = metric_labels(in_report("全县完成人工造林1.5万亩(含油茶1.0万亩)，为计划任务的100%。"))
    assert labels["100%"] == "为计划任务的比例"


def test_a_thousands_group_set_apart_by_a_space_before_yi_is_one_figure() -> None:
    # 控制在6 100亿立方米以内: a typeset page's thousands group, one figure, not 6 and 100亿
    text = in_report("全市用水总量控制在6 100万立方米以内，三次产业结构优化为8:42:50。")
    values = {m.quote.text: m.normalized_value for a in summarize(text=text).achievements for m in a.metrics}
    assert values.get("6 100万立方米以内") == 61000000
    assert "三次" not in values


def test_a_concentration_is_a_figure_and_its_change_is_the_pollutants() -> None:
    # PM10平均浓度为49微克/立方米，同比下降15.5%: a concentration is a figure (an environment bureau's year), and the
    # digits of a pollutant's name are no figure inside its subject
    labels = metric_labels(
        in_report("全市PM10平均浓度为49微克/立方米，同比下降15.5%；PM2.5年均浓度36微克/立方米、同比下降5%。")
    )
    assert labels["49微克/立方米"] == "全市PM10平均浓度"
    assert labels["15.5%"] == "全市PM10平均浓度同比下降"
    assert labels["5%"] == "PM2.5年均浓度同比下降"


def test_a_fields_value_is_labelled_by_the_fields_name() -> None:
    # 在岗执法人员：19人 on a line of its own: the field's name labels its value, no bare unit
    text = (
        "平川县交通运输局2024年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）执法队伍情况。全局执法岗位设置合理，执法力量充实。\n"
        "在岗执法人员：19人\n"
        "（二）执法人口情况。全镇共有14462户，47181人，执法服务全覆盖。\n"
        "二、2025年工作安排\n"
        "持续深化法治政府示范创建。\n"
    )
    labels = metric_labels(text)
    assert labels["19人"] == "在岗执法人员"
    assert labels["47181人"] == labels["14462户"]


def test_figures_given_respectively_are_each_labelled_by_its_own() -> None:
    # 行政复议案件、行政应诉案件分别为126件、38件: each figure is its own kind of case
    labels = metric_labels(
        in_report(
            "全年办理行政复议案件、行政应诉案件分别为126件、38件；城镇和农村居民法律援助受援人数分别增长12%和18%。"
        )
    )
    assert labels["126件"] == "办理行政复议案件" and labels["38件"] == "行政应诉案件"
    assert labels["12%"] == "城镇居民法律援助受援人数增长" and labels["18%"] == "农村居民法律援助受援人数增长"


def test_figures_listed_without_respectively_keep_their_shared_label() -> None:
    # 开展普法宣传、法律咨询活动126场、38场: no 分别, no telling which is which
    labels = metric_labels(in_report("全年开展普法宣传、法律咨询活动126场、38场，群众满意度提升。"))
    assert labels["126场"] == labels["38场"]


def test_a_plans_inline_yiyao_items_are_read_as_its_yishi_items_are() -> None:
    # 一要…。二要…。三要… inside the plan's paragraph: the plan's items, as 一是…二是… are; the lead sentence is none
    text = (
        "平川县司法局2024年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "全年办理行政复议案件126件，纠错率明显下降。\n"
        "二、存在的不足和原因\n"
        "基层执法力量仍然薄弱，原因是编制不足。\n"
        "三、2025年工作安排\n"
        "2025年，我局将重点抓好以下工作。一要深化依法行政制度建设，完善审查机制。二要强化行政执法监督，开展案卷评查。"
        "三要加强普法宣传，落实普法责任制。\n"
    )
    yiyao = [p.action for p in summarize(text=text).plans]
    yishi_text = text.replace("一要", "一是").replace("二要", "二是").replace("三要", "三是")
    yishi = [p.action for p in summarize(text=yishi_text).plans]
    assert yiyao == yishi == ["深化依法行政制度建设", "强化行政执法监督", "加强普法宣传"]


def test_a_change_verb_with_an_object_after_a_count_is_the_deed_counted() -> None:
    # 两次下调政策利率: what was done twice, not what happened to the number; 由7种扩大到15种: what the number became
    labels = metric_labels(in_report("全年先后两次下调行政事业性收费标准；纳入免费法律服务的事项由7种扩大到15种。"))
    assert labels["两次"] == "下调行政事业性收费标准"
    assert "扩大" not in labels["7种"] and "扩大" not in labels["15种"]
