"""Shapes found in session 71's real documents, each written in our own words (see bench/realworld/COLLECTING.md).

Session 71 collected no openings (see COLLECTING.md); its shapes come from the whole work reports of the fetched
corpora and from the packagings bench/corpus.py makes of them."""

import pytest

from summarizer import summarize
from summarizer.clean import clean
from summarizer.numbers import find_numbers

from .support.facts import document, in_report, metric_labels, one_line, spaced_line, wrapped


def _figures(text: str) -> dict[str, float]:
    return {m.quote.text: m.normalized_value for a in summarize(text=text).achievements for m in a.metrics}


def test_a_spaced_digit_figure_cut_by_a_hard_wrap_is_whole_again() -> None:
    # 五年中有3 0 0 ⏎0 万人: a page that set each digit apart, then cut at a fixed width inside the figure; read as
    # it stood, the figure was 0 万 and the check passed it
    line = (
        "五年来全市坚持和发展新时代枫桥经验，调解矛盾纠纷达到3 0 0 0 件，比上年增加1 2 0 件，"
        "培训调解员3 5 0 人次，群众满意度明显提升。全市各级行政机关主动接受人大监督和政协民主监督，"
        "认真办理人大代表建议和政协委员提案，办理情况全部按时答复，代表委员满意率保持在较高水平。"
        "全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，执法行为进一步规范。"
    )
    width = line.index("3 0 0 0") + 6  # the wrap falls between the figure's last two digits, its space lost
    text = wrapped(in_report(line), width)
    assert "\n0 件" in text
    assert "3000 件" in clean(text).text
    figures = _figures(text)
    assert figures == {"3000 件": 3000, "120 件": 120, "350 人次": 350}
    assert summarize(text=text).verification.ok


def test_a_number_begun_by_a_zero_is_no_figure() -> None:
    # 30 00 万: what is left of one figure a converter split; the part after the space is no figure of 0 万
    text = "五年中有30 00 万贫困人口解决了温饱问题"
    assert [text[m.start : m.end] for m in find_numbers(text)] == ["五年", "30"]


def test_a_space_before_duo_keeps_the_figure_whole() -> None:
    # 光缆线路550 多万公里: a converter's line break, read as a space, between a figure and its 多万
    figures = _figures(in_report("新建光缆线路550 多万公里，建成公共法律服务站点120个。"))
    assert figures.get("550 多万公里") == 5500000


_PRINTED_PAGES = (
    "平川市司法局2024年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）推进严格规范公正文明执法。全年共办理行政处罚案件\n"
    "— 3 —\n"
    "1260件，培训执法人员860人次。\n"
    "（二）深入开展法治宣传教育\n"
    "- 4 -\n"
    "全年开展送法进社区活动36场。\n"
    "二、存在的不足和原因\n"
    "基层执法力量不足。\n"
    "－5－\n"
    "三、2025年工作安排\n"
    "持续深化法治政府示范创建。\n"
)


def test_a_printed_pages_number_between_two_pieces_of_a_sentence_is_dropped() -> None:
    # a report copied from its printed pages: each page's foot (— 3 —) left between the lines it broke
    text = clean(_PRINTED_PAGES).text
    assert "全年共办理行政处罚案件1260件，培训执法人员860人次。" in text
    assert "（二）深入开展法治宣传教育\n全年开展送法进社区活动36场。" in text  # a heading stays its own line
    assert "基层执法力量不足。\n三、2025年工作安排" in text
    assert not any(line.strip("—-－ 0123456789") == "" for line in text.split("\n"))
    summary = summarize(text=_PRINTED_PAGES)
    assert {m.quote.text for a in summary.achievements for m in a.metrics} >= {"1260件", "36场"}
    assert len(summary.plans) == 1


def test_a_dash_between_figures_on_a_line_of_its_own_is_no_page_number() -> None:
    # 2021 — 2025: a span on a line of its own is the document's words, no page's foot
    assert "2021 — 2025" in clean("平川市“八五”普法规划\n2021 — 2025\n一、总体要求\n全面推进依法治市。\n").text


def test_a_short_line_above_a_page_number_keeps_its_break() -> None:
    # 02 助力营商环境优化⏎— 1 —⏎…: an account's numbered heading, no sentence the page broke
    text = clean(_PRINTED_PAGES.replace("（二）深入开展法治宣传教育", "02 深入开展法治宣传教育")).text
    assert "02 深入开展法治宣传教育\n全年开展送法进社区活动36场。" in text


def test_an_anniversary_is_no_figure() -> None:
    # 庆祝改革开放40周年: which anniversary was kept, no count of weeks and nothing the year achieved
    figures = _figures(in_report("隆重纪念现行宪法公布施行40周年，开展宪法宣传活动120场，培训执法人员860人次。"))
    assert figures == {"120场": 120, "860人次": 860}


def test_a_figure_after_from_with_no_change_keeps_its_label() -> None:
    # 从事法律服务工作的律师120人: 从事 is a verb, and nothing changes the figure
    labels = metric_labels(in_report("全市从事法律援助工作的律师120人，办理案件300件。"))
    assert labels["120人"] != "全市法律援助工作的律师"


def test_vehicles_and_ships_checked_are_counted_in_their_own_units() -> None:
    # 检查车辆12800辆次，检查船舶484艘次: a count of checks, never 12800辆 with its 次 dropped, and ships a figure too
    figures = _figures(in_report("全年共检查车辆12800辆次，检查船舶484艘次，出动执法无人机36架次，救助野生动物12只。"))
    assert figures == {"12800辆次": 12800, "484艘次": 484, "36架次": 36, "12只": 12}


def test_each_before_a_figure_is_no_part_of_its_label() -> None:
    # 开展述职评议和述法测评各1次: the label is the deed, its 各 the figure's
    labels = metric_labels(in_report("组织全县单位开展述职评议和述法测评各1次，压实工作责任。"))
    assert labels["1次"].endswith("述法测评")


def test_fixed_phrases_of_policy_hold_no_counts() -> None:
    # 两只手都要硬, 两个积极性, 两个市场、两种资源, 五项原则: set phrases a government's report repeats, no figures
    text = "坚持两只手都要硬，发挥中央和地方两个积极性，利用国内国际两个市场、两种资源，坚持和平共处五项原则。"
    assert find_numbers(text) == []


def test_a_running_total_given_respectively_is_each_things_total() -> None:
    # 分别新增12项和44项，累计分别达到64项和288项: the totals are each standard's and each brand's, not a bare 项
    labels = metric_labels(in_report("“平川标准”、“平川品牌”分别新增12项和44项，累计分别达到64项和288项。"))
    assert labels["64项"] == "“平川标准”累计"
    assert labels["288项"] == "“平川品牌”累计"


def test_a_share_given_respectively_is_each_things_share() -> None:
    labels = metric_labels(in_report("全市行政复议、行政应诉案件分别为126件、38件，分别占全省的12%、5%。"))
    assert labels["12%"] == "全市行政复议案件占全省的比重"
    assert labels["5%"] == "行政应诉案件占全省的比重"


_ROUNDUP = (
    "某网首页 > 某网地方 > 正文\n"
    "各地认真落实党政主要负责人履行推进法治建设第一责任人职责要求，扎实推进年终述法工作——用好述法 压实责任\n"
    "0 分享至\n"
    "目前，各地区按照部署要求，扎实推进述法工作，积极开展有益探索。\n"
    "“2024年，我局行政负责人出庭应诉率达到100%。”1月12日，在宁川市某区会议中心，一场述法专题会正在进行。\n"
    "宁川市委依法治市办副主任，市司法局党委书记、局长某某表示，述法工作就是要见人见事。\n"
)


def test_a_roundup_copied_as_one_spaced_line_under_its_pages_trail_names_no_one() -> None:
    # 某网首页 > … > 正文 各地积极推进…: the trail stays before the headline of a roundup run into one line; the
    # roundup is many places' news, not the bureau whose head it quotes
    assert document(_ROUNDUP).agency is None
    assert document(spaced_line(_ROUNDUP)).agency is None
    assert document(one_line(_ROUNDUP)).agency is None  # (…正文各地认真落实…: the trail's last crumb run on)


def test_a_one_line_copys_heading_runs_into_a_body_opened_by_its_writer() -> None:
    # （一）坚持党的全面领导我局始终…: pasted as one line, the heading ends where the writer's self-reference opens
    # the body, as it ends before 全年 or 2024年，
    text = (
        "平川县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）坚持党的全面领导\n"
        "我局始终把党的领导贯穿法治政府建设全过程，召开党组会专题研究法治工作4次，"
        "局主要负责人带头学法讲法，班子成员每季度至少参加一次集体学法。\n"
        "（二）推进严格规范公正文明执法\n我们全年办理行政处罚案件126件，组织执法人员业务培训3期，"
        "开展行政执法案卷评查，评查案卷60卷，发现问题及时督促整改。\n"
        "二、存在的不足和原因\n执法人员力量不足。\n三、2025年工作安排\n一是完善执法制度。\n"
    )
    plain, joined = summarize(text=text), summarize(text=one_line(text))
    assert [m.title for m in joined.measures] == [m.title for m in plain.measures]
    assert [m.title for m in plain.measures] == ["坚持党的全面领导", "推进严格规范公正文明执法"]


def test_a_one_line_copys_two_clause_heading_ends_where_its_paragraph_opens_on_a_deed() -> None:
    # （二）强化队伍建设，提升依法行政能力制定2026年执法培训规划…: pasted as one line, the heading's second clause
    # ends where the paragraph opens on a deed's verb, at about the first clause's length
    text = (
        "平川县卫生健康局2025年度法治政府建设情况报告\n一、主要举措和成效\n全年办理行政许可事项860件，群众满意率明显提升。\n"
        "二、2026年工作安排\n（一）深化思想引领，推动法治与业务深度融合\n"
        "将习近平法治思想学习纳入党组中心组学习核心内容，全年开展专题学习培训不少于2场，实现全员覆盖。\n"
        "（二）强化队伍建设，提升依法行政能力\n"
        "制定年度执法培训规划，采用案例教学和实战演练相结合的方式，每半年开展1次实战演练。\n"
        "（三）健全监督机制，强化法治问责刚性\n"
        "组建专业法治监督小组，建立日常监督、专项督查和年度考核相结合的监督机制。\n"
    )
    plain, joined = summarize(text=text), summarize(text=one_line(text))
    assert [p.action for p in joined.plans] == [p.action for p in plain.plans]
    assert [p.action for p in plain.plans][:1] == ["深化思想引领，推动法治与业务深度融合"]


def test_a_one_line_copys_heading_is_cut_at_the_length_its_siblings_stand_at() -> None:
    # 七、存在的问题（一）法治建设待深化（二）执法规范待提升（三）普法精准待加强普法工作与…: two siblings stand alone at
    # seven characters, and the third, run into its paragraph, is cut at seven too
    text = (
        "平川县卫生健康局2024年度法治政府建设情况报告\n一、主要举措和成效\n全年办理行政许可事项860件，群众满意率明显提升。\n"
        "二、存在的问题\n（一）法治建设待深化\n2024年，部分科室对法治建设重视不够，学法用法的主动性不强。\n"
        "（二）执法规范待提升\n一是执法文书制作不够规范，二是执法程序意识有待增强。\n"
        "（三）普法精准待加强\n普法工作与卫生健康行业特点结合不够紧密，法治宣传教育的方式方法创新不足。\n"
        "三、2025年工作安排\n持续深化法治政府示范创建，全面提升依法行政水平。\n"
    )
    plain, joined = summarize(text=text), summarize(text=one_line(text))
    assert [s.issue for s in plain.shortfalls][-1:] == [s.issue for s in joined.shortfalls][-1:]
    assert "普法精准待加强\n普法工作与" in clean(one_line(text)).text


def test_a_one_line_copys_metadata_bullets_are_rows_of_their_own() -> None:
    # • 索引号• 某委员会• 某方案• 2022-08-29某方案为…: each bullet a row, the date's too, and the title below them
    text = (
        "• 001234567/2022-00088\n• 平川市司法局\n• 平川市司法局法治政府建设实施方案(2021—2025)\n• 2022-08-29\n"
        "平川市司法局法治政府建设实施方案(2021—2025)\n"
        "为持续深入推进依法行政，全面建设法治政府，根据上级有关文件精神，结合我局工作实际，制定本实施方案。\n"
        "一、总体要求\n（一）指导思想。坚持以习近平法治思想为指导，全面推进依法行政。\n"
        "（二）工作目标。到2025年，全局依法行政能力明显提升，群众对法治政府建设的满意度明显提高。\n"
        "二、主要任务\n（一）健全依法决策机制。严格落实重大行政决策程序规定，责任科室：法制科。\n"
    )
    lines = clean(one_line(text)).text.split("\n")
    assert "平川市司法局" in lines
    assert "平川市司法局法治政府建设实施方案(2021—2025)" in lines
    assert document(one_line(text)).agency == document(text).agency == "平川市司法局"


def test_a_one_line_copys_heading_is_cut_at_the_length_its_kind_stands_at_throughout() -> None:
    # under a part where one sibling stands alone (（一）规范文件管理), the length five headings of its kind stand at
    # in the whole report cuts the heading run into its paragraph (（二）健全决策机制及时研究…)
    parts = [
        ("强化党建引领", ["健全责任体系", "深化理论武装"]),
        ("完善制度体系", ["规范文件管理", "健全决策机制"]),
        ("深化改革创新", ["推进政务服务", "强化监管效能"]),
    ]
    lines = ["平川县卫生健康局2024年度法治政府建设情况报告"]
    for n, (part, heads) in zip("一二三", parts):
        lines.append(f"{n}、{part}")
        for k, head in zip("一二", heads):
            lines.append(f"（{k}）{head}")
            # (each paragraph opens on its year, a cue a one-line copy is cut at, but one)
            opening = "及时研究" if head == "健全决策机制" else "2024年，持续研究"
            lines.append(opening + "本部门法治建设有关重大事项，确保决策科学、民主、合法，全年研究议题12项。")
    lines += ["四、2025年工作安排", "持续深化法治政府示范创建，全面提升依法行政水平。"]
    text = "\n".join(lines) + "\n"
    assert [m.title for m in summarize(text=one_line(text)).measures] == [h for _, heads in parts for h in heads]


def test_a_one_line_plans_items_after_a_bracketed_note_and_a_skipped_number_are_items() -> None:
    # …身体健康。(责任科室:医政科)(五)…: the note in brackets ends its sentence; 二、…作用(五)…: the first item right
    # after its part's heading starts a line even where the numbering skipped on (no (四) in the plan)
    text = (
        "平川市卫生健康委法治政府建设实施方案(2021—2025)\n"
        "为持续深入推进依法行政，全面建设法治政府，结合我委工作实际，制定本实施方案。\n"
        "一、总体要求\n(一)指导思想。坚持以习近平法治思想为指导。\n(二)主要原则。坚持党的全面领导。\n"
        "(三)工作目标。到2025年，法治政府建设取得重大进展。\n"
        "二、健全政府机构职能体系，推动更好发挥政府作用\n"
        "(五)全面实行政府权责清单制度。推动工作部门高效履职尽责。(责任科室:政策法规科)\n"
        "(六)深入推进“放管服”改革。分级分类推进行政审批制度改革。(责任科室:行政审批服务科)\n"
        "(七)持续优化法治化营商环境。贯彻落实《优化营商环境条例》。(责任科室:政策法规科)\n"
        "三、健全依法行政制度体系\n"
        "(十一)加强行政规范性文件制定监督管理。依法制定行政规范性文件。(责任科室:政策法规科)\n"
        "(十二)健全落实政府法律顾问制度。落实法律顾问工作有关要求。(责任科室:办公室)\n"
    )
    pieces = clean(one_line(text)).text.split("\n")
    for item in ("(五)全面实行", "(六)深入推进", "(七)持续优化", "(十一)加强行政", "(十二)健全落实"):
        assert any(piece.startswith(item) for piece in pieces), item
    plain, joined = summarize(text=text), summarize(text=one_line(text))
    assert [p.action for p in joined.plans] == [p.action for p in plain.plans]


def test_an_untitled_sectors_report_is_not_the_place_its_rules_are_named_for() -> None:
    # 农业农村法治建设取得新实效…在全省率先制定《平川市农业领域涉企行政检查工作制度》: a department's account of
    # its sector's work; the place its rules are named for is no writer (untitled: no one is named)
    text = (
        "2025年，认真学习领会全面依法治国工作会议精神，扎实履行推进法治建设第一责任人职责，农业农村法治建设"
        "取得新实效，是全市唯一获评案例。现将有关情况报告如下：\n"
        "一、2025年推进法治政府建设的主要举措和成效\n"
        "（一）规范涉企执法优环境。在全省率先制定《平川市农业领域涉企行政检查工作制度》，涉企检查事项压减近40%。\n"
        "二、存在的不足和原因\n基层执法力量不足。\n三、2026年工作安排\n持续深化农业综合行政执法改革。\n"
    )
    assert document(text).agency is None


# each sentence of a real shape, with every figure's label a careful reader writes for it
_LABELLED = [
    # 跨部门综合监管事项从39个拓展到91个: both figures are the matters' count, none labelled by the verb
    pytest.param(
        "跨部门综合监管事项从39个拓展到91个，服务时间由8小时延长到12小时。",
        {"39个": "跨部门综合监管事项", "91个": "跨部门综合监管事项", "8小时": "服务时间", "12小时": "服务时间"},
        id="extended-from-to",
    ),
    # 审批事项从法定平均办理时间20.86天提速至6.44天: both are the matters' average time, no label holding 从
    pytest.param(
        "市本级审批事项从法定平均办理时间20.86天提速至6.44天，办事更加便捷。",
        {"20.86天": "市本级审批事项法定平均办理时间", "6.44天": "市本级审批事项法定平均办理时间"},
        id="measure-a-change-starts-from",
    ),
    # 补助资金由上年46亿元增加到92亿元: the first figure is last year's, the second the subject's now
    pytest.param(
        "法律援助补助资金由上年460万元增加到920万元，受援群众明显增加。",
        {"460万元": "上年法律援助补助资金", "920万元": "法律援助补助资金"},
        id="from-last-year-without-de",
    ),
    # 由原来串联办理审批时间240多天，缩短到并联办理审批时间92天: each figure is its own way of approving's time
    pytest.param(
        "从立项到获得开工许可证，由原来串联办理审批时间240多天，缩短到并联办理审批时间92天。",
        {"240多天": "串联办理审批时间", "92天": "并联办理审批时间"},
        id="both-ends-named-before-their-measures",
    ),
    # 12类45件民生实事全面完成: both figures count the matters of people's livelihood, none labelled by its unit
    pytest.param(
        "全年12类45件民生实事全面完成，群众获得感明显增强。",
        {"12类": "民生实事", "45件": "民生实事"},
        id="groups-before-the-count-they-hold",
    ),
    # 18项重点任务全部如期完成: the tasks are counted, the adverbs and the deed are what was said of them
    pytest.param(
        "年度18项重点任务全部如期完成，7个公共法律服务站顺利建成投用。",
        {"18项": "重点任务", "7个": "公共法律服务站"},
        id="deed-after-an-adverb",
    ),
    # …分别为126件、38件，同比分别增长12%、5%: each change is of its own kind of case, and the head noun the list
    # shares (案件) is each item's
    pytest.param(
        "全市行政复议、行政应诉案件分别为126件、38件，同比分别增长12%、5%。",
        {
            "126件": "全市行政复议案件",
            "38件": "行政应诉案件",
            "12%": "全市行政复议案件同比增长",
            "5%": "行政应诉案件同比增长",
        },
        id="second-run-given-respectively",
    ),
]


_LABELLED += [
    # 失业率平均为5.2%, 由平均2900元下降到1000元左右: 平均 is the measure's, its 均 no tally word
    pytest.param(
        "城镇调查失业率平均为5.2%，殡葬基本服务费由平均2900元下降到1000元左右。",
        {"5.2%": "城镇调查失业率平均", "2900元": "殡葬基本服务费平均", "1000元左右": "殡葬基本服务费平均"},
        id="average",
    ),
    # 由71所优化整合为47所, 稳定在200万吨左右, 增至46个: merged, held and grown to are changes, the subject the same
    pytest.param(
        "中职学校由71所优化整合为47所，蔬菜产量稳定在200万吨左右，全市省际通道增至46个。",
        {"71所": "中职学校", "47所": "中职学校", "200万吨左右": "蔬菜产量", "46个": "全市省际通道"},
        id="merged-held-grown-to",
    ),
    # 20家民营医院参与, 惠及3400万人: 参与 and 惠及 are verbs, their 与 and 及 no list's joiners
    pytest.param(
        "全市医疗机构和20家民营医院参与，法律援助惠及3400万人次。",
        {"20家": "民营医院", "3400万人次": "法律援助惠及"},
        id="verbs-ending-in-joiners",
    ),
    # PM2.5平均浓度持续下降，达到31微克/立方米: a pollutant's name keeps its digits as the subject of what reached
    pytest.param(
        "全市PM2.5平均浓度持续下降，达到31微克/立方米，空气质量明显改善。",
        {"31微克/立方米": "全市PM2.5平均浓度"},
        id="subject-with-a-pollutants-digits",
    ),
    # 总投资近2000亿元的平川新能源基地: what follows 的 is what the sum belongs to, no noun it counts
    pytest.param("建成总投资近2000亿元的平川新能源基地。", {"近2000亿元": "建成总投资"}, id="sum-before-de"),
]


_LABELLED += [
    # 平川港二期工程建成投产: a project's phase is part of its name, no count; 培训班三期 counts sessions
    pytest.param(
        "平川港二期工程建成投产，全年举办执法培训班三期。",
        {"三期": "举办执法培训班"},
        id="phase-of-a-project",
    ),
    # 为87万名80岁以上老年人发放…: the bracket of age says who the count is of, and is no figure itself
    pytest.param(
        "全年为1200名60周岁以上老年人提供免费法律咨询。",
        {"1200名": "60周岁以上老年人"},
        id="count-of-an-age-bracket",
    ),
    # 对50万元以上的合同…, 关停10万千瓦及以下燃煤机组: a size that picks what is meant is a threshold, no result; a
    # count (500人以上) and a sum reached (达120万元以上) stay figures
    pytest.param(
        "对标的额50万元以上的合同全部进行合法性审查，关停10万千瓦及以下燃煤机组，全年罚没款达120万元以上。",
        {"120万元以上": "罚没款"},
        id="threshold-of-size",
    ),
]


@pytest.mark.parametrize(("sentence", "labels"), _LABELLED)
def test_each_figure_is_labelled_by_what_it_counts(sentence: str, labels: dict[str, str]) -> None:
    assert metric_labels(in_report(sentence)) == labels


def test_a_one_line_news_copys_day_month_year_stamp_parts_its_headline_from_its_lead() -> None:
    # …率先成立法律顾问委员会30.03.2015 11:19为深入贯彻…: a page's stamp written day first, run in between the
    # headline and the lead of a copy pasted as one line
    text = (
        "平川县在全市率先成立政府法律顾问委员会\n30.03.2015  11:19\n"
        "为深入推进依法行政，促进法治平川建设，平川县政府在全市率先成立了政府法律顾问委员会，"
        "聘请了14名专业法律人士担任法律顾问，为政府重大决策提供法律意见。\n"
        "据介绍，法律顾问委员会将定期参与县政府常务会议，对重大行政决策进行合法性审查，"
        "并为县政府签订的重大合同、处理的涉法信访事项提供法律服务，推动政府依法决策、依法行政。\n"
        "下一步，平川县将进一步完善法律顾问工作制度，充分发挥法律顾问在推进依法行政中的参谋助手作用。\n"
    )
    lines = clean(one_line(text)).text.split("\n")
    assert lines[0] == "平川县在全市率先成立政府法律顾问委员会"
    assert document(one_line(text)).doc_type == document(text).doc_type == "news"


def test_a_one_line_news_copys_editor_and_date_fields_part_its_headlines() -> None:
    # • 某县蝉联…示范县编辑:某新闻网发布时间:2017-7-19某县蝉联…示范县近日,…: the editor's field and the date's value
    # end where the headline again begins, pasted as one line or with its breaks become spaces
    text = (
        "• 您所在的位置:新闻 >> 正文\n• 平川蝉联全省法治建设示范县\n编辑:平川新闻网发布时间:2017-7-19\n"
        "平川蝉联全省法治建设示范县\n"
        "近日,省委、省政府下发文件,表彰2014~2015年“全省法治建设示范县(市、区)”,平川通过复核名列其中。"
        "自2006年创建成为首批全国法治县创建活动先进单位后,平川市不断丰富法治内涵,让法治成为核心竞争力的重要标志,"
        "始终保持以高分通过每两年一次的复核。同时,平川还致力推动全面依法治国在县域的探索实践,成功举办两届县域法治论坛。\n"
    )
    for copy in (one_line(text), spaced_line(text)):
        lines = clean(copy).text.split("\n")
        assert "平川蝉联全省法治建设示范县" in lines
        assert "发布时间:2017-7-19" in lines
        assert (document(copy).doc_type, document(copy).report_year) == ("news", 2017)
