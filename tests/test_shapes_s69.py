"""Shapes found in session 69's real documents, each written in our own words (see bench/realworld/COLLECTING.md)."""

from summarizer import summarize
from summarizer.clean import clean

from .support.facts import document, metric_labels, one_line, spaced_line, wrapped


def test_an_untitled_copy_whose_year_summary_is_all_rule_of_law_work_is_a_report() -> None:
    # no title, the copy opens on its first part; every subsection of the year summed up is the office's 法治 work
    text = (
        "一、2024年工作总结\n"
        "（一）守法治之规，规范内部管理。一是学法强意识。组织法治专题学习12次，全室人员依法履职意识明显增强。\n"
        "（二）借法治之力，服务科学决策。一是调研明方向。围绕中心工作开展法治专题调研9次，形成报告6篇。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_an_untitled_year_summary_of_a_bodys_whole_work_stays_other() -> None:
    # the same opening over a bureau's varied year: its summary, not its rule-of-law report
    text = (
        "一、2024年工作总结\n"
        "（一）抓好项目建设。全年完成重点项目投资12亿元，新开工项目9个。\n"
        "（二）推进法治建设。组织法治专题学习12次，全局干部依法履职意识明显增强。\n"
    )
    assert document(text).doc_type == "other"


def test_a_question_and_answer_explainer_of_a_report_is_no_report() -> None:
    # the preamble says the year's work is explained in questions and answers: an explainer, whatever it tells
    text = (
        "2024年，平川县深入贯彻《法治政府建设实施纲要（2021-2025年）》，扎实推进依法行政，取得阶段性成效。"
        "为便于理解报告内容，现以问答形式进行解读。\n"
        "一、如何推动领导干部带头学法？\n"
        "问：领导干部在学法用法上如何发挥示范作用？\n"
        "答：平川县将法治学习纳入县政府常务会议，全年集中学法11次，举办法治专题讲座2次。\n"
        "二、如何夯实法治政府建设根基？\n"
    )
    assert document(text).doc_type == "other"


# a report page whose converter set each inline element (a quoted phrase, a number, a bracket's contents) on a line
# of its own, and broke the first sentence after its opening comma
_INLINE_PIECES = (
    "宁川市2023年法治政府建设情况报告\n"
    "一年来，\n"
    "市政府在市委的正确领导下，深入推进依法行政，为我市推进\n"
    "“三年攻坚”\n"
    "行动提供了法治保障。《某某法治政府评估报告(\n"
    "2023\n"
    ")》显示，宁川市在参评的100个城市中排名第\n"
    "7\n"
    "位，市政府增强\n"
    "“四个意识”\n"
    "、坚定\n"
    "“四个自信”\n"
    "，切实做到\n"
    "“两个维护”\n"
    "。\n"
    "一、主要举措和成效\n"
)


def test_inline_pieces_set_on_lines_of_their_own_are_put_back_in_their_sentence() -> None:
    lines = clean(_INLINE_PIECES).text.split("\n")
    assert (
        "一年来，市政府在市委的正确领导下，深入推进依法行政，为我市推进“三年攻坚”行动提供了法治保障。"
        + (
            "《某某法治政府评估报告(2023)》显示，宁川市在参评的100个城市中排名第7位，"
            "市政府增强“四个意识”、坚定“四个自信”，切实做到“两个维护”。"
        )
        in lines
    )
    assert "一、主要举措和成效" in lines


def test_a_rank_set_apart_from_its_place_word_is_one_number() -> None:
    text = _INLINE_PIECES + "（一）加强领导。全年集中学法6次。\n"
    cleaned = clean(text).text
    assert "排名第7位" in cleaned and "\n7\n" not in cleaned


def test_linked_words_on_lines_of_their_own_rejoin_their_sentences() -> None:
    # a wiki's page: every linked term stood on a line of its own, twice or more
    text = (
        "宁川市2023年政府工作报告\n"
        "各位代表：\n"
        "过去一年，基础设施加快完善。新建\n"
        "城际铁路\n"
        "通车里程120公里，改造农村公路900公里。新增\n"
        "第五代移动通信\n"
        "用户320万户，光纤宽带覆盖全部行政村。\n"
    )
    lines = clean(text).text.split("\n")
    assert (
        "过去一年，基础设施加快完善。新建城际铁路通车里程120公里，改造农村公路900公里。新增第五代移动通信用户320万户，光纤宽带覆盖全部行政村。"
        in lines
    )


def test_a_short_heading_under_a_paragraph_without_its_last_mark_stays_a_heading() -> None:
    # one such cut alone is a paragraph that lost its 。, over a heading of its own, not a linked word
    text = (
        "宁川市2023年法治政府建设情况报告\n"
        "2023年，我市法治政府建设取得新成效，依法行政水平不断提升\n"
        "依法决策\n"
        "严格落实重大行政决策程序规定，全年审查重大决策12件。\n"
    )
    lines = clean(text).text.split("\n")
    assert "依法决策" in lines


def test_a_zero_width_line_inside_a_word_is_no_paragraph_break() -> None:
    text = "宁川市2023年政府工作报告\n各位代表：\n过去一年，我们交出了一份人\n\u200b\n民满意的答卷。\n"
    assert "过去一年，我们交出了一份人民满意的答卷。" in clean(text).text.split("\n")


def test_a_disclosure_report_says_who_compiled_it_in_its_short_word() -> None:
    # 本年报由…编制: the compiler named in the formula's short form is the report's body
    text = (
        "本年报由宁川市平川区工业和信息化局根据《中华人民共和国政府信息公开条例》进行编制。本年报中所列数据的统计期限"
        "自2024年1月1日起至2024年12月31日止。\n"
        "一、总体情况\n"
        "（一）主动公开。2024年主动公开政务信息54条。\n"
    )
    assert document(text).agency == "宁川市平川区工业和信息化局"


def test_a_notices_signature_under_a_lost_indent_is_read() -> None:
    # the copy turned the signature's full-width indent into question marks
    text = (
        "各县（市、区）卫生健康局，委机关各处室：\n"
        "为深入推进法治政府建设，我委对以委名义印发的政策性文件进行了清理，现将宣布失效的文件目录予以公布。\n"
        "?????附件：宣布失效的文件目录\n"
        "????????????宁川省卫生健康委员会\n"
        "????????????2025年8月5日\n"
    )
    d = document(text)
    assert (d.agency, d.report_year) == ("宁川省卫生健康委员会", 2025)


# the same report's copy with its title lost: an addressee, a cited plan whose span was set in pieces, and the
# formula with its verb first
_TO_THE_CONGRESS = (
    "市人大常委会：\n"
    "根据《法治政府建设实施纲要（\n"
    "2021\n"
    "-\n"
    "2025年）》的要求，现报告2023年度市人民政府法治政府建设情况如下。\n"
    "2023年法治政府建设工作回顾\n"
    "一年来，市政府在市委的正确领导下，深入推进依法行政，市政府常务会议专题学法4次，审议规范性文件12件。\n"
)


def test_a_cited_span_set_in_pieces_is_one_citation() -> None:
    assert "根据《法治政府建设实施纲要（2021-2025年）》的要求，" in clean(_TO_THE_CONGRESS).text


def test_an_untitled_report_to_the_congress_with_the_formulas_verb_first_is_a_report() -> None:
    d = document(_TO_THE_CONGRESS)
    assert (d.doc_type, d.report_year) == ("annual_report", 2023)


def test_a_formula_naming_the_work_by_its_bare_word_is_a_reports() -> None:
    # 现将建设情况报告如下: 建设 is the 法治政府建设 the sentence named, no other line of work
    text = (
        "日期：2022-02-25 10:34 来源：宁川市政府办\n"
        "2021年，风景区管委会在市委市政府的正确领导下，根据《宁川市法治政府建设示范创建工作实施方案》要求，"
        "结合我委实际，全面深入开展法治政府建设工作，取得一定成效，现将建设情况报告如下：\n"
        "一、主要措施和成效\n"
        "1.精心部署，强化组织领导。我委召开法治政府建设示范创建动员会2次。\n"
    )
    assert document(text).doc_type == "annual_report"


def test_a_headless_department_report_pasted_as_one_line_is_still_a_report() -> None:
    # its items named as topics' states (（一）…情况。), each run into its first point once the breaks are lost
    text = (
        "一、基本情况\n"
        "（一）学习贯彻习近平法治思想情况。\n"
        "一是我委把习近平法治思想纳入中心组学习内容，制定中心组学习计划，组织领导班子成员深入学习，全年学习6次。"
        "二是组织干部职工专题讲座1次，25个基层党支部将其纳入主题党日学习内容。"
        "三是把习近平法治思想学习宣传作为普法工作重点，开展进村宣讲100场。\n"
        "（二）深化“放管服”改革、优化营商环境情况。\n"
        "一是全面实行权责清单制度，动态调整本部门主管的行政许可事项29项，落实责任主管部门以及具体责任人。"
        "二是深化“跨省通办”，落实通办事项53项，梳理纳入乡镇帮办代办事项55项。\n"
    )
    assert document(text).doc_type == "annual_report"
    assert document(one_line(text)).doc_type == "annual_report"


def test_a_preamble_that_gives_the_sites_address_still_starts_the_body() -> None:
    # no title line: the column's name, then the preamble (with the portal's address in it), parts, and a last line
    # cut short by the page; the cut line is no headline
    text = (
        "政府信息公开\n"
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，特向社会公布2023年审计署政府信息公开工作"
        "年度报告。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施等内容，数据统计"
        "期限为2023年1月1日至2023年12月31日。审计署门户网站（www.audit.example.cn）可查阅本报告。如对本报告有疑问，"
        "请与审计署办公室联系。\n"
        "一、概述\n"
        "2023年，审计署按照《宁川省人民政府办公厅关于印发2023年政务公开工作要点的通知》（宁政办发〔2023〕12号）"
        "要求，全面推进预决算等重点领域信息公开。\n"
        "二、主动公开政府信息情况\n"
        "审计署高度重视政府信息公开工作,把政府信息公开工作作为扩大公众参与、接受社会监督、听取吸纳意见的重要手段\n"
    )
    d = document(text)
    assert (d.doc_type, d.report_year, d.agency) == ("information_disclosure_report", 2023, "审计署")


def test_a_surveys_report_in_parts_is_no_news() -> None:
    # its lead reads like news of the survey; its first part is the survey's own account
    text = (
        "为深入落实“谁执法谁普法”普法责任制，近期对平川县市场监督管理局的普法履职情况进行了专项调研。"
        "本次调研通过实地走访、问卷发放、座谈交流等方式开展。\n"
        "一、调研基本情况\n"
        "调研覆盖食品生产、餐饮服务、药品零售等行业，共发放问卷500份，回收有效问卷482份。\n"
        "二、主要成效\n"
    )
    assert document(text).doc_type == "other"


def test_a_long_label_opening_on_who_chaired_keeps_what_was_held() -> None:
    # …主要负责同志主持召开…活动8场次: the meetings held are counted, not the chair
    text = (
        "宁川市2024年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强学法。市政府主要负责同志主持召开市政府常务会议会前学法和专题学法活动8场次，持续学深悟透习近平法治思想。\n"
    )
    assert "召开市政府常务会议会前学法和专题学法活动" in metric_labels(text).values()


def test_a_second_count_of_the_same_deed_is_labelled_by_the_deed_not_the_first_counts_noun() -> None:
    # 述法工作68家单位78人次: 78 counts persons who reported, no 单位
    text = (
        "宁川市2024年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）压实责任。组织开展党政主要负责人年度述法工作68家单位78人次，其中9家单位在全市会议上现场述法。\n"
    )
    labels = metric_labels(text)
    assert labels["78人次"] == "开展党政主要负责人年度述法工作"


_LABELS_OF_A_YEAR = (
    "宁川市2024年法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）强化学习。区政府常务会议专题学习党的二十大精神6场次，组织为期七天的读书班。\n"
    "（二）开展督查。对全市16个区、40余个部门开展专项督查，首批把23个部门320项审批事项划入审批局。\n"
    "（三）优化服务。不动产登记5个工作日内办结，没有违反《宁川市优化营商环境条例》第69条规定的情形。\n"
)


def test_labels_keep_the_partys_names_whole() -> None:
    # 党的二十大: the 的 of the Party's name is no possessive whose head alone would be the label
    assert metric_labels(_LABELS_OF_A_YEAR)["6场次"] == "区政府常务会议专题学习党的二十大精神"


def test_a_preposition_and_its_scope_are_no_label() -> None:
    labels = metric_labels(_LABELS_OF_A_YEAR)
    assert (labels["16个区"], labels["23个部门"]) == ("全市区", "部门")


def test_a_time_limit_is_labelled_by_the_deed_done_within_it() -> None:
    assert metric_labels(_LABELS_OF_A_YEAR)["5个工作日"] == "办结"


def test_an_events_length_and_a_cited_article_are_no_figures() -> None:
    # 为期七天的读书班: how long it ran; 第69条: which article is cited
    assert not {"七天", "69条"} & set(metric_labels(_LABELS_OF_A_YEAR))


def test_a_part_naming_the_reported_years_main_measures_is_part_one() -> None:
    # 一、2023年某区法治政府建设工作的主要举措: the year reported on, its measures; no plan for next year
    text = (
        "宁川市平川区2023年法治政府建设年度报告\n"
        "今年来，平川区坚持以习近平法治思想为指导，推进法治政府建设示范区创建工作。有关工作情况如下：\n"
        "一、2023年平川区法治政府建设工作的主要举措\n"
        "（一）强化组织领导，构建有力的工作格局\n"
        "一是高位统筹。区政府主要领导主持召开相关工作会议6场次。二是压实责任。制定责任清单。\n"
    )
    s = summarize(text=text)
    assert s.plans == [] and [m.title for m in s.measures] == ["强化组织领导，构建有力的工作格局"]


def test_a_budget_report_under_a_garbled_title_is_its_bureaus() -> None:
    # the mirror garbled the title line; the clean title, the occasion and the bureau's byline follow
    text = (
        "(宁川?。╆P(guān)于平川县2022年地方财政预算执行情况和2023年地方财政预算草案的报告\n"
        "关于平川县2022年地方财政预算执行情况和2023年地方财政预算草案的报告\n"
        "——2023年2月15日在平川县第十八届人民代表大会第二次会议上\n"
        "平川县财政局\n"
        "各位代表：\n"
        "受县人民政府委托，现将平川县2022年地方财政预算执行情况和2023年地方财政预算草案提请大会审议。\n"
        "一、2022年地方财政预算执行情况\n"
        "2022年，全县累计完成地方一般公共预算收入62964万元，完成年初预算的96.57%。\n"
    )
    assert document(text).agency == "平川县财政局"
    # …and pasted as one line: the occasion, the bureau and the address each stand on a line again
    assert document(one_line(text)).agency == "平川县财政局"


def test_plans_dated_the_year_reported_on_are_flagged() -> None:
    # a part read as plans that bears the report's own year: the analyst is told to check it
    base = (
        "宁川市平川区2023年法治政府建设年度报告\n"
        "一、主要举措和成效\n（一）加强领导。区政府常务会议学法6次。\n"
        "二、存在的不足和原因\n执法力量不足，原因是编制偏少。\n"
    )
    flagged = summarize(text=base + "三、2023年工作安排\n（一）加强执法监督。\n").warnings
    assert any("plans dated 2023, not after the report year 2023" in w for w in flagged)
    assert not any(
        "plans dated" in w for w in summarize(text=base + "三、2024年工作安排\n（一）加强执法监督。\n").warnings
    )


def test_a_one_line_copy_whose_long_last_crumb_names_a_column_of_points_keeps_its_title() -> None:
    # 首页>…>法治政府建设年度报告和工作要点某局关于…的报告根据…: the column's name (15 characters) runs into the title
    text = (
        "当前位置: 首页>政府信息公开>法定主动公开内容>法治政府建设年度报告和工作要点\n"
        "宁川市农业农村局关于2019年度法治政府建设情况的报告\n"
        "根据《法治政府建设与责任落实督察工作规定》之规定，现将我局2019年法治政府建设工作开展情况报告如下。\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "2019年，我局法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻党的十九大精神，"
        "扎实推进法治政府建设工作，取得了一定的成效。全年审查合同13份，办理行政复议案件5件，组织执法培训6期。\n"
        "（一）强化立法立规，依法行政制度体系进一步完善\n"
    )
    assert document(one_line(text)).agency == "宁川市农业农村局"


def test_a_figure_after_a_bracket_or_a_bare_de_takes_its_clauses_subject() -> None:
    # 下访16批次(…各2次)57人次: the visits' persons, not the bracket's stations; 完成年初预算…的96.57%: the budget met
    text = (
        "平川镇2023年法治政府建设工作报告\n"
        "一、主要举措和成效\n"
        "（一）密切联系群众。各级人大代表每月开展接访、约访、下访16批次（镇联络室12次，联络站各2次）57人次。\n"
        "（二）规范财政管理。全镇完成一般公共预算收入6296万元，完成年初预算6520万元的96.57%。\n"
    )
    labels = metric_labels(text)
    assert (labels["57人次"], labels["96.57%"]) == ("开展接访、约访、下访", "完成年初预算")


def test_an_article_under_its_columns_tag_explaining_a_white_paper_keeps_the_papers_year() -> None:
    # 观点 | 浅析…——2021年度某市行政审判白皮书实务解读: the article's title under its column tag, and its year
    text = (
        "返回动态\n"
        "观点 | 浅析行政机关败诉原因——2021年度宁川市行政审判白皮书实务解读\n"
        "李明 | 2022-04-24\n"
        "摘要\n"
        "2022年4月18日，宁川市中级人民法院召开新闻发布会，发布了2021年度行政审判白皮书，对全年行政案件情况进行了梳理。\n"
    )
    d = document(text)
    assert (d.doc_type, d.report_year) == ("other", 2021)


def test_a_one_line_copy_whose_document_number_runs_into_the_opening_names_its_body() -> None:
    # 文章来源:某党〔2024〕22号省某厅认真落实…: the number ends where the body's own opening begins
    text = (
        "当前位置: 首页 > 政务公开 > 其他文件 > 政策法规\n"
        "关于2023年法治政府建设情况的报告\n"
        "发布日期:2024-02-26 09:32   文章来源:\n"
        "宁交党〔2024〕22号\n"
        "省交通运输厅认真落实党中央国务院和省委省政府关于法治建设的决策部署，全面学习贯彻习近平法治思想，"
        "抓好行业立法、依法决策、规范执法、强化监督等法治重点工作。现将有关情况报告如下：\n"
        "一、法治建设工作情况\n"
        "（一）强化第一责任。厅主要负责人认真履行法治建设第一责任人职责，全年主持召开4次党组会议开展专题学法。\n"
    )
    assert document(one_line(text)).agency == "省交通运输厅"
    assert document(spaced_line(text)).agency == "省交通运输厅"


def test_a_one_line_disclosure_reports_first_part_ends_before_its_bodys_subject() -> None:
    # 一、总体情况区卫健局高度重视…: the template's part name is the heading, the bureau the body's subject
    text = (
        "根据《中华人民共和国政府信息公开条例》，现公开我局2020年度政府信息公开工作年度报告。\n"
        "一、总体情况\n"
        "区卫健局高度重视政务信息公开工作，认真贯彻落实区委区政府关于全面推进政务公开各项决策部署，"
        "将政府信息公开纳入年度重点工作内容，全年主动公开政府信息152条。\n"
        "二、主动公开政府信息情况\n"
        "（一）主动公开规章和规范性文件情况。本年新制发规范性文件2件，废止规范性文件1件，现行有效规范性文件12件。\n"
        "（二）主动公开行政许可、行政处罚情况。本年办理行政许可1360件，作出行政处罚决定85件。\n"
    )
    assert document(one_line(text)).agency == "区卫健局"


def test_a_one_line_news_headline_naming_its_town_before_a_colon_is_split_from_the_trail() -> None:
    # …> 乡镇风采 > 正文某县某镇:“调解+普法”化解基层矛盾: the trail ends at 正文, the headline names the town
    text = (
        "注册宁川网 > 平川 > 乡镇风采 > 正文\n"
        "平川县青禾镇:“调解+普法”化解基层矛盾\n"
        "来源:平川报-平川新闻网 2021-04-15 20:19\n"
        "日前，记者走进青禾镇看到，该镇到处呈现出一派安居乐业、文明祥和的画面。而在镇便民服务大厅，前来投诉反映诉求的"
        "群众少了，村民邻里之间的矛盾纠纷也少了。这得益于该镇坚持“调解+普法”，把矛盾纠纷化解在基层。\n"
        "化纠纷 调解精兵下基层\n"
        "今年以来，青禾镇共排查化解矛盾纠纷86起，调解成功率达98%，发放法治宣传资料800余份。\n"
    )
    assert document(one_line(text)).agency == "平川县青禾镇"


def test_a_spaced_copy_of_a_yearly_enforcement_return_keeps_its_title_apart_from_its_first_part() -> None:
    # 2021年度行政執法統計年報 第一部分:某局2021年度…數據表 (a traditional mirror's copy): the space after 年報 was the
    # title's line break
    text = (
        "2021年度行政執法統計年報\n"
        "第一部分:平川縣文物局2021年度行政執法數據表\n"
        "一、行政處罰實施情況統計表\n"
        "二、行政強制實施情況統計表\n"
        "三、其他行政執法行為實施情況統計表\n"
        "第二部分:平川縣文物局2021年度行政執法總體情況\n"
        "第一部分\n"
        "平川縣文物局2021年度行政執法數據表\n"
        "表一:\n"
        "平川縣文物局行政處罰實施情況統計表\n"
        "說明:\n"
        "1、行政處罰實施數量的統計范圍為統計年度內作出行政處罰決定的數量。2、單處一個類別行政處罰的，計入相應的行政處罰"
        "類別；並處兩種以上行政處罰的，算一宗行政處罰，計入其中最重的處罰類別。3、罰沒金額以元為單位統計。\n"
    )
    assert document(spaced_line(text)).agency == "平川县文物局"


def test_a_wrapped_trail_whose_last_crumb_was_cut_keeps_it_off_the_title() -> None:
    # 首页 > 某局 > … > 法⏎治政府年度报告: the wrap cut the trail's last crumb, whose tail is no title of the report's
    text = (
        "您当前的位置: 首页 > 交通局 > 政务公开 > 政府信息公开目录 > 法治政府年度报告\n\n"
        "平川县交通局关于2023年法治政府建设情况的报告\n\n"
        "日期:2024-02-26\n\n"
        "2023年，在县委、县政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面深入践行习近平法治"
        "思想，扎实抓好法治政府建设各项工作。现将有关情况报告如下：\n\n"
        "一、2023年推进法治政府建设的主要举措和成效\n\n"
        "（一）加强执法监管。一是持续加强水上通道建设过程中的法治监管，严格规范市场秩序，深入开展以诚实守信、一路畅行"
        "为主题的信用交通宣传月活动，积极动员开展法律知识宣传教育，提高沿线企业的法治意识和法律素养。全年开展水上法律"
        "知识宣传活动22场，参与人员300余人次，张贴海报60余张。\n\n"
        "（二）强化交通执法。一是加大执法力度，通过开展交通运输执法领域突出问题专项整治，共检查车辆12800辆次，检查"
        "企业409家次，办理行政处罚案件1301件，切实维护运输市场秩序，确保全县交通运输安全形势持续稳定向好。\n"
    )
    d = document(wrapped(text))
    assert (d.doc_type, d.agency) == ("annual_report", "平川县交通局")


def test_a_numeral_wrapped_away_from_its_di_is_no_heading() -> None:
    # 坚持质量第⏎一、效益优先: the wrap cut the ordinal 第一, and 一、 opened the next line
    text = (
        "完成今年发展目标任务，必须深入贯彻新发展理念，集中精力推动高质量发展。强化系统观念，把握和处理好重大关系，从整体"
        "上深入谋划和推进各项工作。坚持质量第一、效益优先，继续固本培元，增强宏观调控针对性有效性，努力实现全年增长目标。"
        "坚持在发展中保障和改善民生，在解决人民群众急难愁盼问题中培育新的增长点，不断增强人民群众获得感幸福感安全感。\n"
        "各地区各部门制定政策要认真听取和吸纳各方面意见，涉企政策要注重与市场沟通、回应企业关切。实施政策要强化协同联动、"
        "放大组合效应，防止顾此失彼、相互掣肘。研究储备政策要增强前瞻性、丰富工具箱，确保一旦需要就能及时推出。\n"
    )
    copy = wrapped(text, 37)
    assert "第\n一、" in copy
    assert "坚持质量第一、效益优先" in clean(copy).text


def test_a_short_news_item_wrapped_at_a_fixed_width_is_whole_again() -> None:
    # seven lines, four of them at the width: a wrap all the same, that cut a year (202⏎1年) and words (直⏎接)
    text = (
        "2021年3月23日，市地方金融监管局（市金融工作局）局长李明主持召开2021年第3次行政办公会，研究贯彻落实全市规范性"
        "文件工作推进会精神等工作。\n"
        "会议指出，加强行政规范性文件制定和管理工作，是行政机关依法履职的重要方式，直接关系群众切身利益，事关政府形象。"
        "会议要求，要从落实中央决策部署、推进重大战略任务落地的高度，切实增强责任感紧迫感，抓好金融领域规范性文件制定和"
        "管理，进一步提升工作效能。\n"
        "会议还研究了其他事项。\n"
    )
    copy = wrapped(text, 38)
    assert "主持召开202\n1年" in copy
    cleaned = clean(copy).text
    assert "主持召开2021年第3次行政办公会" in cleaned and "直接关系群众切身利益" in cleaned


def test_a_number_a_line_break_cut_in_two_is_one_number() -> None:
    # no wrap to read: a prose line stops inside a year, the next line finishes it with its 年
    text = "宁川市2023年法治政府建设情况报告\n全年召开专题会议，市政府主要负责同志主持召开202\n3年第5次常务会议，专题研究法治政府建设工作。\n"
    assert "主持召开2023年第5次常务会议" in clean(text).text


_HEADLESS_REPORT = (
    "一、基本情况\n"
    "（一）学习贯彻习近平法治思想情况。\n"
    "一是我委把习近平法治思想纳入中心组学习内容，制定中心组学习计划，组织领导班子成员深入学习，全年学习6次。"
    "二是组织干部职工专题讲座1次，25个基层党支部将其纳入主题党日学习内容。\n"
    "（二）深化“放管服”改革、优化营商环境情况。\n"
    "一是全面实行权责清单制度，动态调整本部门主管的行政许可事项29项，落实责任主管部门以及具体责任人。"
    "二是深化“跨省通办”，落实通办事项53项，梳理纳入乡镇帮办代办事项55项，告知承诺制事项3项，一件事一次办套餐2个，"
)


def test_a_headless_report_under_a_wechat_accounts_line_and_credits_is_still_a_report() -> None:
    # the account (某某普法) and its credits name 普法; they are no words of the report, and the copy cut at a comma is not
    # run into the source row below it
    text = (
        "原创 平川普法 平川普法 2024-01-05 09:30 发表于平川\n"
        + _HEADLESS_REPORT
        + "\n来源：平川普法\n编辑：王明\n审核：李红\n"
    )
    assert document(text).doc_type == "annual_report"
    assert "\n来源：平川普法" in clean(text).text


def test_a_report_that_says_we_names_its_own_document_made_and_carried_out() -> None:
    # 我办…制定实施了《某市驻外办2022年…分工方案》: the office's own document, its name the office's
    text = (
        "一、总体情况\n"
        "2022年，我办坚持以习近平新时代中国特色社会主义思想为指导，贯彻落实《中华人民共和国政府信息公开条例》，加强信息公开管理。\n"
        "（一）加强组织领导。我办高度重视政务公开工作，办政务公开工作领导小组统筹推进信息公开工作，"
        "并制定实施了《宁川市驻外办2022年政务公开工作要点分工方案》，明确各驻地职责。\n"
    )
    assert document(text).agency == "宁川市驻外办"


def test_an_addressee_line_ending_on_a_comma_stays_its_own_line() -> None:
    # 各县（市、区）人民政府，市政府各部门，: the bodies addressed, never the first words of the notice's sentence
    text = (
        "宁川市人民政府办公室关于做好2024年度法治政府建设年度报告工作的通知\n"
        "各县（市、区）人民政府，市政府各部门，\n"
        "为做好年度报告工作，现就有关事项通知如下。\n"
    )
    assert "\n各县（市、区）人民政府，市政府各部门，\n为做好" in clean(text).text
