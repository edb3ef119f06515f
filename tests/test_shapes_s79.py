"""Shapes found in session 79's reading, each written in our own words (see bench/realworld/COLLECTING.md).

Session 79 collected no openings. It read again a public crawl of one province's department reports, as a copy
hard-wrapped at a fixed width shows them: the crawl kept each paragraph's full-width indent (　　) but lost the line
break before it, so the indents stand inside one line, and the wrap joins the lines again around them."""

from summarizer import summarize
from summarizer.clean import clean
from summarizer.models import Summary

_I = "\u3000\u3000"  # a paragraph's full-width indent

# a department's report as the crawl keeps it: one line, each paragraph opening on its indent
_CRAWLED = _I.join(
    [
        "青山市水务局2024年度法治政府建设情况报告",
        "2024年，我局坚持以法治思维推动水务工作，现将有关情况报告如下。",
        "一、主要举措和成效",
        "（一）健全依法决策机制。全年制定重大行政决策事项3项，均经过合法性审查和集体讨论，公众参与率达到100%。",
        "（二）规范行政执法行为。全年办理水行政处罚案件26件，罚没款12.5万元，案卷评查合格率100%。",
        "（三）强化普法宣传教育。围绕世界水日和中国水周开展法治宣传活动15场，发放宣传资料8000余份，"
        "在全市中小学开展节水护水法治课堂42节。",
        "（四）化解水事矛盾纠纷。建立水事纠纷排查调处机制，全年排查化解纠纷31起，未发生因水事纠纷引发的群体性事件。",
        "二、存在的问题和下一步工作打算",
        "虽然我局法治建设取得了一定成效，但对照上级要求仍有差距，执法人员专业能力有待提升，基层执法力量较为薄弱。",
        "下一步，我局将重点抓好以下三方面的工作：一是加强执法队伍建设，全年组织执法培训不少于4次。"
        "二是完善监督考核机制，把法治建设纳入年度考核。三是推进执法数字化，建设水务执法监管平台。",
        "青山市水务局",
        "2025年1月20日",
    ]
)


def _wrapped(text: str, width: int = 38) -> str:
    """``text`` hard-wrapped at ``width`` characters, as a fixed-width export cuts every line."""
    return "\n".join(text[k : k + width] for k in range(0, len(text), width))


def _items(summary: Summary) -> dict[str, list[str]]:
    return {
        "measures": [m.title for m in summary.measures],
        "achievements": [a.statement for a in summary.achievements],
        "shortfalls": [s.issue for s in summary.shortfalls],
        "plans": [p.action for p in summary.plans],
    }


def test_a_crawled_one_line_copy_reads_its_plan_as_plans() -> None:
    # (the heading runs into its paragraph through an indent, no sentence end between them: 工作打算　　虽然…)
    summary = summarize(text=_CRAWLED, engine="rules")
    items = _items(summary)
    assert any("加强执法队伍建设" in plan for plan in items["plans"])
    assert not any("加强执法队伍建设" in issue for issue in items["shortfalls"])
    assert summary.document.agency == "青山市水务局"


def test_a_hard_wrapped_crawl_cuts_its_paragraphs_at_the_indents_inside_its_lines() -> None:
    text = clean(_wrapped(_CRAWLED)).text.split("\n")
    assert "二、存在的问题和下一步工作打算" in text
    assert "一、主要举措和成效" in text
    assert any(line.startswith("下一步，我局将重点抓好") for line in text)
    assert not any("\u3000" in line for line in text)


def test_a_hard_wrapped_crawl_gives_the_items_of_its_one_line_copy() -> None:
    one_line = _items(summarize(text=_CRAWLED, engine="rules"))
    wrapped = _items(summarize(text=_wrapped(_CRAWLED), engine="rules"))
    assert wrapped == one_line
    assert wrapped["plans"] and wrapped["measures"]


def test_a_heading_run_into_its_paragraph_by_an_indent_stands_alone() -> None:
    text = _I.join(
        [
            "某县统计局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，我局认真贯彻政府信息公开条例，全年主动公开信息182条。",
            "（一）主动公开方面。全年通过门户网站发布统计数据和分析报告64篇，通过政务新媒体发布信息95条。",
            "（二）平台建设方面。完成门户网站适老化改造，优化信息公开专栏栏目设置，提升检索和查阅的便利程度。",
            "三、收到和处理政府信息公开申请情况" + _I + "2023年，我局未收到政府信息公开申请。",
            "四、存在的主要问题及改进情况" + _I + "2023年，我局政务公开工作取得一定成效，但政策解读形式仍较单一。",
        ]
    )
    lines = clean(_wrapped(text)).text.split("\n")
    assert "三、收到和处理政府信息公开申请情况" in lines
    assert "2023年，我局未收到政府信息公开申请。" in lines


def test_an_indent_inside_a_sentence_is_debris_not_a_break() -> None:
    # (a converter left two full-width spaces inside words and after commas: the sentence stays whole)
    text = clean(
        "青山区2023年政府工作报告\n"
        "继续完善国有资产管理体制，健全对国有企业的有效" + _I + "监管，推动企业在改革重组的基础上做强做优。\n"
        "加快学校标准化建设，" + _I + "努力推进教育现代化，扩大优质教育资源供给。\n"
    ).text.split("\n")
    assert any(line.startswith("继续完善国有资产管理体制") and line.endswith("做强做优。") for line in text)
    assert any(line.startswith("加快学校标准化建设") and line.endswith("供给。") for line in text)


def test_two_plain_spaces_in_a_row_of_fields_are_no_break() -> None:
    # (a page's row sets two spaces between a label and its value: never an indent)
    text = clean(
        "青山市水务局2024年度法治政府建设情况报告\n来源:  青山市水务局  发布时间:  2025-01-21\n正文如下。\n"
    ).text
    assert "来源:" in text
    assert not any(line.strip() == "青山市水务局" for line in text.split("\n")[1:])


def _disclosure_lines(*parts: str) -> list[str]:
    return clean("\n".join(parts)).text.split("\n")


def test_a_spaced_copy_cuts_a_numbered_heading_before_the_year_its_paragraph_opens_on() -> None:
    # (a copy whose line breaks became spaces: 三、…情况 2023年度本局收到…)
    text = " ".join(
        [
            "某县市场监管局2023年度政府信息公开工作年度报告",
            "一、总体情况 2023年，我局认真贯彻政府信息公开条例，持续深化政务公开，全年主动公开信息236条。",
            "二、主动公开政府信息情况 全年通过门户网站公开行政许可和行政处罚信息118条，公开抽查检查结果41条。",
            "三、依申请公开政府信息情况 2023年度本局收到政府信息公开申请5件，均在法定期限内答复。",
            "四、收费及减免情况 2023年度本局未收取任何费用。",
        ]
    )
    lines = _disclosure_lines(text)
    assert "三、依申请公开政府信息情况" in lines
    assert "2023年度本局收到政府信息公开申请5件，均在法定期限内答复。" in lines
    assert "四、收费及减免情况" in lines


def test_a_one_line_copy_cuts_a_template_heading_that_ends_on_qingkuang() -> None:
    # (a disclosure report's template parts end on 情况; their paragraphs open on a year, the writer or an adverb)
    text = "".join(
        [
            "某县市场监管局2023年度政府信息公开工作年度报告",
            "本报告依据政府信息公开条例编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            "一、总体情况",
            "（一）主动公开情况始终坚持以公开为常态、不公开为例外，全年主动公开各类信息236条，其中政策文件19件。",
            "（二）依申请公开情况2023年度本局收到政府信息公开申请5件，均在法定期限内答复，未发生行政复议。",
            "（三）政府信息管理情况严格规范政府信息管理，落实公开前保密审查，全年审查拟公开信息240条。",
            "二、存在的主要问题及改进情况政策解读的形式还不够丰富，下一步将加强图解和视频解读。",
        ]
    )
    lines = _disclosure_lines(text)
    assert "（一）主动公开情况" in lines
    assert "（二）依申请公开情况" in lines
    assert "（三）政府信息管理情况" in lines


def test_a_heading_that_says_what_it_studies_keeps_its_qingkuang() -> None:
    # (情况 inside a heading's own words is no template part's end: 研究新情况新问题)
    lines = _disclosure_lines(
        "青山市司法局2024年度法治政府建设情况报告",
        "一、主要举措和成效",
        "（一）深入研究新情况新问题，全年召开专题研讨会6次，形成调研报告4篇。",
    )
    assert any(line.startswith("（一）深入研究新情况新问题") for line in lines)
    assert not any(line == "（一）深入研究新情况" for line in lines)


def test_requests_carried_over_to_next_year_are_no_plans() -> None:
    # (a disclosure report's statistics, one cell a line: 四、结转下年度继续办理 is a row, its figures no plans)
    summary = summarize(
        text="\n".join(
            [
                "某县市场监管局2023年度政府信息公开工作年度报告",
                "一、总体情况",
                "2023年，我局认真贯彻政府信息公开条例，全年主动公开各类信息236条。",
                "二、收到和处理政府信息公开申请情况",
                "三、本年度办理结果",
                "（一）予以公开",
                "4",
                "四、结转下年度继续办理",
                "0",
                "0",
                "0",
                "五、存在的主要问题及改进情况",
                "政策解读的形式还不够丰富，图解和视频解读数量偏少。",
            ]
        ),
        engine="rules",
    )
    assert not any(plan.action.strip() in ("0", "") for plan in summary.plans)
    assert not summary.plans


# A department's normative notice, as the crawl keeps it under its own column: the body alone, speaking of 我省 and
# 全省, naming the province only as the scope of its work.
_NOTICE_BODY = (
    "为进一步加强我省博士后人才队伍建设，提高博士后培养质量，结合山西省经济社会发展实际，现就做好有关工作通知如下：",
    "一、拓宽招收渠道。支持全省高校、科研院所和企业设立博士后工作站，每年新设站点不少于20个。",
    "二、加大资助力度。定期评选发布山西省博士后优秀成果，对优秀项目给予每项10万元资助。",
    "三、强化服务保障。各地要为在站博士后办理落户、子女入学等提供便利。",
)


def test_a_notice_that_speaks_of_its_province_is_not_the_provinces_own() -> None:
    doc = summarize(text="\n".join(_NOTICE_BODY), engine="rules").document
    assert doc.agency != "山西省"


def test_a_notice_that_prints_a_plan_for_its_province_is_not_the_provinces_own() -> None:
    # (the body alone, under the column's title: no addressee line says whose line of work it is)
    doc = summarize(
        text="\n".join(
            [
                "为做好我省今年春节期间农民工服务工作，现将《山西省2023年春暖农民工服务行动工作方案》印发给你们，"
                "请结合实际认真贯彻落实。",
                "山西省2023年春暖农民工服务行动工作方案",
                "一、活动时间。2023年1月至3月。",
                "二、主要内容。开展送政策、送岗位、送服务活动，全省举办招聘会不少于300场。",
            ]
        ),
        engine="rules",
    ).document
    assert doc.agency != "山西省"


_RULE = (
    "第一条 为加强太原航空口岸管理，促进有关部门的协作和配合，根据国家有关规定，制定本办法。",
    "第二条 省人民政府口岸办公室（以下简称省口岸办）主管太原航空口岸工作。",
    "第三条 省口岸办派出的驻太原航空口岸办事处（以下简称口岸办事处）负责具体管理。",
    "第四条 联检部门应组成联检组，每年召开联席会议不少于2次。",
    "第五条 本办法自2019年3月1日起施行。",
)


def test_a_rule_does_not_name_the_office_its_articles_charge_as_its_maker() -> None:
    # (a rule's article numbers are often dropped by a crawl: the rule is read by its making and its coming into force)
    unnumbered = [line.split(" ", 1)[1] for line in _RULE]
    for text in ("\n".join(_RULE), "\n".join(unnumbered), "".join(unnumbered)):
        doc = summarize(text=text, engine="rules").document
        assert doc.agency not in ("省口岸办", "省人民政府口岸办公室")


def test_a_decree_still_names_the_rules_maker() -> None:
    doc = summarize(
        text="\n".join(
            [
                "中华人民共和国国务院令",
                "第700号",
                "现公布修订后的《某某管理条例》，自2019年1月1日起施行。",
                "总理 某某",
                "2018年12月1日",
                "某某管理条例",
                "第一条 为了加强某某管理，根据有关法律，制定本条例。",
                "第二条 国务院有关主管部门负责全国某某的监督管理工作。",
                "第三条 本条例自2019年1月1日起施行。",
            ]
        ),
        engine="rules",
    ).document
    assert doc.agency == "国务院"


def _wrapped_lines(*paragraphs: str, width: int = 38) -> str:
    """Each paragraph hard-wrapped at ``width`` characters, as a fixed-width export cuts every line."""
    return "\n".join(_wrapped(paragraph, width) for paragraph in paragraphs)


_BODY = (
    "全年新增市场主体1.2万户，增长8.6%，规模以上工业增加值增长7.2%，固定资产投资完成480亿元，"
    "社会消费品零售总额增长6.5%，一般公共预算收入完成112亿元，各项主要指标好于预期。"
)


def test_a_word_an_export_cut_at_its_count_is_one_word_again() -> None:
    text = _wrapped_lines(
        "青山区2024年政府工作报告",
        _BODY,
        "万元地区生产总值能耗下降4.1%，研发投入占生产总值比重达到5.2%，单位GDP用水量下降6%，"
        "全年全区空气质量优良天数比例达到97.5%，细颗粒物即PM2.5平均浓度为21微克每立方米，再创有记录以来最好水平。",
        _BODY,
    )
    assert "G\nDP" in text and "P\nM2.5" in text  # (the export cut both)
    lines = clean(text).text
    assert "GDP" in lines and "PM2.5" in lines
    assert "GD P" not in lines and "G DP" not in lines and "P M2.5" not in lines


def test_a_decimal_the_wrap_cut_is_one_number_again() -> None:
    # (the digits after the cut read like an item's number: 2.1⏎9、…)
    paragraph = (
        "（六）优生态，高位推进绿色低碳发展。环境质量持续优化。空气质量综合指数2.19、优良天数比例98.6%，保持全市最优。"
    )
    assert paragraph.index("2.1") + 3 == 38  # (the wrap falls right after 2.1)
    lines = clean(_wrapped_lines("青山区2024年政府工作报告", _BODY, paragraph, _BODY)).text.split("\n")
    assert any("空气质量综合指数2.19、优良天数比例98.6%" in line for line in lines)
    assert not any(line.startswith("9、") for line in lines)


def test_a_dashed_target_after_a_semicolon_is_its_own_item() -> None:
    first = "——一般公共预算收入增长6%左右；辖区税收增长6%左右，全年均力争略有增长；"
    assert len(first) == 38  # (the item fills the line exactly)
    text = _wrapped_lines(
        "青山区2025年政府工作报告",
        _BODY,
        "今年全区经济社会发展的主要预期目标是：",
        first,
        "——居民人均可支配收入与经济增长同步。",
        _BODY,
    )
    lines = clean(text).text.split("\n")
    assert first in lines
    assert "——居民人均可支配收入与经济增长同步。" in lines


def test_a_plans_heading_as_wide_as_the_wrap_stands_alone_though_the_reviews_run_on() -> None:
    # (the review's (一)… run into their paragraphs; the plans' (一)… stand on their own lines, most of them carried
    # onto a short second line; the one exactly as wide as the wrap is a heading line too)
    exact = "（二）坚持以更大力度集聚创新要素，努力在创新驱动发展上形成“青山实践”新样板"
    assert len(exact) == 38
    text = _wrapped_lines(
        "青山区2025年政府工作报告",
        "一、2024年工作回顾",
        "（一）创新生态体系日益完善。" + _BODY,
        "（二）营商环境更加优化。" + _BODY,
        "二、2025年主要工作",
        "（一）坚持更深层次改革、更高水平开放，努力在全面深化改革开放上形成青山实践经验",
        "深化重点领域改革。" + _BODY,
        exact,
        "高标准建设青山高新区。" + _BODY,
        "（三）坚持科学、精细、智能化管理，努力在探索超大城市管理治理新路径上形成青山实践",
        "提升城区治理水平。" + _BODY,
    )
    lines = clean(text).text.split("\n")
    assert exact in lines
    assert any(line.startswith("高标准建设青山高新区。") for line in lines)


def test_a_listed_item_the_wrap_carried_on_is_no_heading_standing_alone() -> None:
    # (a list's items close on ；: carried onto a short second line they are still items in the paragraph's list, and
    # the last, which closes on 。 on its second line, is one paragraph again)
    items = (
        "一、适当提高铁路短途运价，以利于调整运输结构，充分发挥公路和水路运输的应有作用；",
        "二、适当拉开质量差价和地区差价，减少和淘汰质次价高、不适合市场需要的各类产品；",
        "三、对原材料、燃料等重要生产资料，计划分配部分的价格基本不动，按规定企业自销的部分，实行市场调节。",
    )
    text = _wrapped_lines("关于价格改革的报告", _BODY, "改革的主要内容是：", *items, _BODY)
    assert all(len(item) > 38 for item in items)
    lines = clean(text).text.split("\n")
    assert items[2] in lines


def _zone_review(subject: str) -> str:
    return "\n".join(
        [
            "2023年工作回顾",
            f"2023年，{subject}在市委市政府和新区党工委的正确领导下，坚持创新驱动、园区聚集、项目支撑，各项事业全面发展。",
            "一、主要经济指标持续向好，产业基础进一步优化",
            "2023年，全区完成地区生产总值670.6亿元，同比增长9.4%；规模以上工业增加值351.8亿元，同比增长8%。",
            "二、城区建设提速提质，城市面貌明显改善",
            "全年完成固定资产投资269.2亿元，同比增长16.5%，新建道路12条，新增公园5个。",
            "2024年工作安排",
            "2024年，我们将围绕高质量发展，全力抓好以下工作：一是加快产业转型升级；二是提升城区品质。",
        ]
    )


def test_a_zone_work_report_that_lost_its_opening_is_a_work_report() -> None:
    # (a new zone's committee reports to no congress: no 各位代表, no 人大; its year told as the zone's, under its
    # superiors' leadership)
    for subject in ("青山新区管委会", "青山新区"):
        doc = summarize(text=_zone_review(subject), engine="rules").document
        assert doc.doc_type == "government_work_report"


def test_a_departments_year_under_its_superiors_is_no_work_report() -> None:
    doc = summarize(text=_zone_review("我局"), engine="rules").document
    assert doc.doc_type != "government_work_report"


def test_a_district_speech_names_its_place_though_it_builds_much() -> None:
    # (新建 is a district's stem elsewhere, and a work report's everyday word: 新建道路, 新建学校)
    doc = summarize(
        text="\n".join(
            [
                "各位代表：",
                "现在，我代表区人民政府向大会作工作报告，请予审议。",
                "一、2024年工作回顾",
                "2024年，余杭经济稳中有进，余杭的营商环境持续改善，新增市场主体1.2万户。",
                "全年新建道路12条，新建学校5所，新建公园3个，新建保障性住房2000套。",
                "余杭未来科技城引进项目38个，余杭的数字经济增加值增长9%，余杭制造的影响力不断提升。",
                "二、2025年工作安排",
                "2025年，我们要推动余杭高质量发展走在前列。",
            ]
        ),
        engine="rules",
    ).document
    assert doc.agency == "余杭区人民政府"
