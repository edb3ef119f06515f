"""Shapes of session 37 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a bureau's report with no title: its formula, then part ① under the mandated name and nothing else
_BARE_PART_ONE = (
    "2024年,在市委、市政府的坚强领导下,临江市司法局认真履行各项职能,为全市发展提供坚实的法治保障。"
    "现将有关情况报告如下。\n"
    "一、主要举措和成效\n"
)


def test_a_formula_over_the_mandated_part_one_is_an_annual_report() -> None:
    d = summarize(text=_BARE_PART_ONE).document
    assert d.doc_type == "annual_report"
    assert d.agency == "临江市司法局"
    assert d.report_year == 2024


def test_a_part_one_named_after_the_bodys_own_work_stays_other() -> None:
    # guard: the same formula over a part named after the bureau's own work is its general summary
    text = _BARE_PART_ONE.replace("一、主要举措和成效", "一、司法行政工作主要举措和成效")
    assert summarize(text=text).document.doc_type != "annual_report"


# a headline whose subject is a body's head, by post and name, doing the news's deed
_HEAD_HEADLINE = (
    "区人大常委会副主任陈立调研区市场监管局局长履职情况\n"
    "2021-05-10\n"
    "\n"
    "5月8日下午,区人大常委会副主任陈立在区人大机关会议室主持召开座谈会,听取有关部门对其履职情况的评价。\n"
    "区人大有关委员会负责人参加调研。\n"
)


def test_a_heads_headline_names_the_heads_body() -> None:
    d = summarize(text=_HEAD_HEADLINE).document
    assert d.doc_type == "news"
    assert d.agency == "区人大常委会"


def test_a_head_going_to_another_body_is_not_named_by_the_head() -> None:
    # guard: 到某局调研 makes the visited bureau the news, never the visitor's body by this headline
    text = "县委书记陈立到县应急管理局调研\n近日,县委书记陈立到县应急管理局调研安全生产工作。\n"
    assert summarize(text=text).document.agency != "县委"


# a paper's two-part headline: the place, a space, then what is said of it; under the page's edition line
_SPACED_HEADLINE = (
    "第5版:法治专刊\n"
    "\n"
    "石门县青山镇 依法治理工作扎实有效\n"
    "\n"
    "本报讯 (记者 赵磊) 自“八五”普法开展以来,石门县青山镇遵循基层治理工作要求,把法治宣传融入日常工作。\n"
)


def test_a_place_set_apart_by_a_space_heads_the_headline() -> None:
    d = summarize(text=_SPACED_HEADLINE).document
    assert d.doc_type == "news"
    assert d.agency == "石门县青山镇"


# a city's bodies together as a year's subject
_ALL_BODIES = (
    "2024年是全面依法治市的关键之年。一年来,临江市各级各部门深入学习贯彻习近平法治思想,推动法治临江建设迈上新台阶。\n"
)


def test_a_places_bodies_together_name_the_place() -> None:
    assert summarize(text=_ALL_BODIES).document.agency == "临江市"


# a feature's kicker above its headline: the years since a plan period began, then the place
_KICKER = (
    "“十四五”以来,临江市坚持以高水平法治护航高质量发展——\n"
    "\n"
    "奋力建设更高水平法治临江\n"
    "\n"
    "临江日报 2025年12月10日\n"
    "\n"
    "  今年是全面依法治国新征程上的重要一年。\n"
)


def test_a_kickers_period_since_does_not_hide_its_place() -> None:
    assert summarize(text=_KICKER).document.agency == "临江市"


# a decision dated only by its signature, a blank line between the signer (with the Party's prefix) and the date
_DECISION = (
    "中共临江市委全面依法治市委员会办公室关于第一批法治建设示范单位命名的决定\n"
    "\n"
    "为树立法治建设先进标杆,自去年以来,市委依法治市办组织开展了示范创建活动。经报批准,决定予以命名。\n"
    "\n"
    "中共临江市委全面依法治市委员会办公室\n"
    "\n"
    "2021年11月3日\n"
    "\n"
    "主办: 临江市财政局\n"
)


def test_a_signature_a_blank_line_above_its_date_gives_the_year() -> None:
    d = summarize(text=_DECISION).document
    assert d.doc_type == "other"
    assert d.report_year == 2021


def test_a_signer_that_is_no_name_gives_no_year() -> None:
    # guard: a sentence above a date is no signature
    text = _DECISION.replace("中共临江市委全面依法治市委员会办公室\n\n2021", "各单位要认真抓好落实\n\n2021")
    assert summarize(text=text).document.report_year is None


def test_a_government_making_full_use_of_something_is_the_leads_subject() -> None:
    text = (
        "临江市发挥政府法律顾问优势助力法治政府建设\n\n09.10.2016  01:32\n\n"
        "今年以来,临江市政府充分发挥政府法律顾问作用,为依法决策提供法律服务。\n"
    )
    assert summarize(text=text).document.agency in ("临江市政府", "临江市")


def test_a_standing_committees_report_takes_the_year_of_its_part_one() -> None:
    text = (
        "政协某市委员会常务委员会工作报告(摘要)\n各位委员:\n我代表政协常务委员会,向大会报告工作,请予审议。\n"
        "一、2024年主要工作\n一年来,市政协及其常委会坚持围绕中心、服务大局。\n二、2025年主要工作任务\n"
    )
    assert summarize(text=text).document.report_year == 2024


def test_a_team_of_a_body_named_by_level_alone_names_the_place_it_inspects() -> None:
    text = (
        "3月7日—8日,市人大常委会调研组对石门县法治政府建设工作情况进行专题调研。\n"
        "调研组先后到东溪镇、县司法局,详细了解有关工作推进情况。\n"
    )
    assert summarize(text=text).document.agency == "石门县"


def test_a_society_named_by_its_level_alone_is_the_leads_subject() -> None:
    text = (
        "2025年5月是第五个“民法典宣传月”。按照中国法学会、某省委政法委的工作要求,省法学会组织全省各级法学会"
        "开展了一系列普法宣传活动。\n"
    )
    assert summarize(text=text).document.agency == "省法学会"


def test_a_bare_society_is_still_no_name() -> None:
    # guard: 协会 with no place nor level before it names no one
    text = "近日,协会组织会员单位开展了一系列普法宣传活动。\n"
    assert summarize(text=text).document.agency is None


# a mirror's spam in place of the lead's place name: the closing 下一步 sentence names the body
_SPAMMED = (
    "为推动群众性法治文化活动走深走实,日前,某某最大娱乐网站_官方投注网站司法局组织普法志愿者在社区开展了"
    "送法进社区活动。\n"
    "活动发放各类法治宣传物资500余份,接受群众法律咨询20余人次。\n"
    "下一步,市司法局将继续坚持以习近平法治思想为指导,不断丰富法治文化活动的形式和内容。\n"
)


def test_the_next_step_names_the_body_when_the_lead_lost_its_name() -> None:
    d = summarize(text=_SPAMMED).document
    assert d.doc_type == "news"
    assert d.agency == "市司法局"


def test_a_next_step_of_no_body_names_no_one() -> None:
    # guard: 下一步，全市将… names no body
    text = _SPAMMED.replace("下一步,市司法局将", "下一步,全市将")
    assert summarize(text=text).document.agency is None


def test_a_correspondents_place_and_its_credit_lead_news() -> None:
    text = (
        "青原讯“胎儿享有继承权吗?”近日,在某街道社区,50多名居民聚精会神地聆听民法典讲座。"
        "这场讲座是青原盟司法局开展的民法典进社区活动。\n"
        "讲座结合典型案例进行了讲解。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_heads_duty_report_titled_with_its_year_first_names_the_body() -> None:
    text = (
        "2024年市档案局主要责任人述法报告\n"
        "2023年,我始终坚持以习近平法治思想为指导,严格履行推进法治建设第一责任人职责,现将个人履职情况报告如下:\n"
        "一、履职基本情况\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "accountability_report"
    assert d.agency == "市档案局"


def test_a_disclosure_report_compiled_and_named_in_its_opening_names_its_place() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》和市政府办公室有关通知要求,结合我县各部门统计数据编制完成"
        "《青禾县2022年政府信息公开工作年度报告》。报告共分为六部分:总体情况、主动公开政府信息情况、收到和处理政府"
        "信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。\n"
        "一、总体情况\n"
        "2022年,我县坚持以公开为常态、不公开为例外。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency in ("青禾县", "青禾县人民政府")
    assert d.report_year == 2022


# a standing committee's opinions on the government's report, adopted by its chairpersons' meeting
_OPINIONS = (
    "(2024年5月7日临江市第十四届人民代表大会常务委员会第五十一次主任会议通过)\n"
    "临江市十四届人大常委会第二十次会议听取并审议了市政府关于2023年度法治政府建设情况的报告。常委会组成人员认为,"
    "2023年,市政府及其部门在完善依法行政机制等方面取得了阶段性成效。为此,提出以下审议意见:\n"
    "一、加强法治建设统筹协调。\n"
)


def test_opinions_adopted_by_the_chairpersons_meeting_are_the_standing_committees() -> None:
    d = summarize(text=_OPINIONS).document
    assert d.agency == "临江市第十四届人民代表大会常务委员会"
    assert d.agency != "市政府"


def test_a_library_sites_trail_of_short_labels_is_no_title() -> None:
    text = (
        "文库 实用文档 报告/总结\n"
        "\n"
        "市林业局2023年上半年工作总结 和下半年工作安排\n"
        "\n"
        "工作总结 DOCX   12页   下载0   2023-09-03   浏览108\n"
        "2023 年是推动高质量发展的关键之年,我市林业系统坚持以二十大精神为引领。\n"
        "现将上半年工作总结如下\n"
    )
    d = summarize(text=text).document
    assert d.title is not None and "文库" not in d.title
    assert d.agency == "市林业局"


def test_a_run_on_title_names_its_body() -> None:
    text = (
        "区水务局2015年工作总结暨2016年工作计划今年以来,我局紧紧围绕区委区政府的工作部署,积极履行部门职责。"
        "一、务实求效,2015年工作成绩斐然2015年,我局在区委区政府的正确领导下全面推进各项工作。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "区水务局"
    assert d.report_year == 2015


# a province's summary of its whole line of work, posted by the organ that leads it, the text speaking as the province
_LINE_OF_WORK = (
    "首页 > 政务公开 > 规划计划\n"
    "\n"
    "2021年全省司法行政工作总结\n"
    "\n"
    "时间 : 2022-03-21 17:51:17 来源 : 青禾省司法厅\n"
    "\n"
    "  2021年,全省司法行政系统全面贯彻党的十九大精神,为助推我省“十四五”实现良好开局提供了有力法治保障。\n"
    "  一、坚持政治统领党建引领\n"
)


def test_a_whole_levels_line_of_work_is_the_leading_organs() -> None:
    assert summarize(text=_LINE_OF_WORK).document.agency == "青禾省司法厅"


def test_a_places_own_summary_posted_by_an_organ_stays_unnamed_by_the_poster() -> None:
    # guard: the province's general summary, posted by its justice department, is not the department's
    text = _LINE_OF_WORK.replace("全省司法行政工作总结", "全省经济社会发展工作总结")
    assert summarize(text=text).document.agency != "青禾省司法厅"


def test_news_of_a_procurators_report_that_quotes_the_delegates_is_news() -> None:
    text = (
        "3月29日上午,青禾区人民检察院检察长李明在青禾区第十六届人民代表大会第三次会议上作检察工作报告,"
        "全面阐述了2018年青禾区人民检察院的各项工作,请大会审议。\n"
        "下午,大会对检察院工作报告进行了分团审议。我院领导班子成员在认真听取各位代表对检察工作报告的审议意见后,"
        "第一时间整合各团代表建议。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_work_report_that_addresses_the_delegates_is_still_one() -> None:
    # guard: the address on its own line marks a government work report
    text = (
        "政府工作报告\n"
        "各位代表:\n"
        "现在,我代表县人民政府,向大会报告工作,请予审议。\n"
        "一、2023年工作回顾\n过去一年,我们坚持稳中求进。\n"
    )
    assert summarize(text=text).document.doc_type == "government_work_report"


def test_a_body_sending_out_inspection_teams_is_the_leads_subject() -> None:
    text = (
        "从6月下旬开始,青禾市司法局派出5个督察组深入全市各县区,对普法责任制落实情况开展督查。\n"
        "督察组由局领导干部带队,为时两个月。\n"
    )
    assert summarize(text=text).document.agency == "青禾市司法局"


def test_a_correspondents_place_and_credit_in_brackets_lead_news() -> None:
    text = (
        "新青禾讯【记者 王明】12月1日,青禾市副市长李刚赴市政协,就《政府工作报告》(征求意见稿)征求委员意见建议。\n"
        "市政协副主席主持会议。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_year_whose_word_was_dropped_before_since_is_the_openings_year() -> None:
    text = (
        "2024以来,在县委、县政府的精心指导下,本人切实履行推进法治政府建设第一责任人职责,有效推动青山镇法治政府建设"
        "迈上新台阶。现将个人履行推进法治政府建设工作情况汇报如下:\n"
        "一、履职情况\n"
    )
    d = summarize(text=text).document
    assert d.report_year == 2024
    quote = d.evidence.report_year
    assert quote is not None and quote.text == "2024" and text[quote.start : quote.end] == "2024"


def test_a_lead_after_the_last_few_years_names_its_subject() -> None:
    text = (
        "中国报道讯(通讯员 李明)人防工程是重要的防护设施。近两年来,青禾省石门县综合行政执法局主动作为、"
        "加强同行业主管部门的协同,人防执法工作取得了明显成效。\n"
        "一是加强宣传教育。今年共发放宣传册500余份。\n"
    )
    assert summarize(text=text).document.agency == "青禾省石门县综合行政执法局"


def test_a_town_making_full_use_of_a_festival_after_its_day_is_the_subject() -> None:
    text = (
        "本网讯(通讯员 李明)2019年2月19日,是传统佳节元宵节,青禾县石桥镇庙会现场热闹非凡,石桥镇充分利用节日集会"
        "人流量大的特点,组织镇综治办、司法所开展了法治宣传教育活动。\n"
        "活动现场发放宣传资料1500余份。\n"
    )
    assert summarize(text=text).document.agency == "石桥镇"


def test_a_purpose_clause_opening_a_paragraph_under_furniture_leads_to_the_subject() -> None:
    text = (
        "当前位置 :首页>政务公开>县区动态\n"
        "\n"
        "青禾县“八五”普法工作走深走实\n"
        "\n"
        "  • 日期:2025-11-11\n"
        "  • 来源:青禾日报\n"
        "\n"
        "  为扎实推进“八五”普法工作,青禾县以压实普法责任为基础,聚焦重点领域,全面构建法治宣传教育新格局。\n"
    )
    assert summarize(text=text).document.agency == "青禾县"
