"""Shapes found in session 73's documents, each written in our own words (see bench/realworld/COLLECTING.md).

Session 73 collected no openings (see COLLECTING.md); its shapes come from the seeds' packagings, the whole work
reports of the fetched corpora and the openings already labelled."""

import pytest

from summarizer import summarize
from summarizer.clean import clean

from .support.facts import document, one_line

# A department's plan whose part heading is two clauses of like length, and whose first task under part 二 lost its
# number: the task's paragraph opens on 持续 (持续抓好…), right under the heading.
_UNNUMBERED_FIRST_TASK = (
    "青禾市卫生健康委员会法治政府建设实施方案（2024—2026年）\n"
    "为深入推进依法行政，结合本委工作实际，制定本实施方案。\n"
    "一、完善依法决策机制，提升依法行政水平\n"
    "（一）严格落实重大行政决策程序。重大决策事项全部经过合法性审查和集体讨论。（责任科室：法规科）\n"
    "二、健全机构职能体系，推动更好履行部门职责\n"
    "持续抓好传染病常态化防控。坚持精准防控和应急处置相结合，动态完善各项应急预案。（责任科室：疾控科）\n"
    "（三）全面实行权责清单制度。落实清单公开和动态管理机制，定期评估执行情况。（责任科室：法规科）\n"
)


def test_a_task_that_lost_its_number_under_a_two_clause_part_heading_stays_a_task_in_one_line() -> None:
    # 二、健全机构职能体系，推动更好履行部门职责持续抓好…: the heading's second clause is as long as its first, and the
    # paragraph run into it opens on 持续; the one-line copy reads the task as the plain text does, not as the
    # heading's words
    def tasks(text: str) -> list[str]:
        return [plan.action for plan in summarize(text=text).plans]

    plain = tasks(_UNNUMBERED_FIRST_TASK)
    assert "持续抓好传染病常态化防控" in plain
    assert tasks(one_line(_UNNUMBERED_FIRST_TASK)) == plain


# A bureau's report whose preamble lists the documents its year's work followed, the duty's rule among them by its
# title; its parts are the year's work, its shortfalls and next year's plans, and none tells of the leader's duty.
_PREAMBLE_CITES_THE_DUTY_RULE = (
    "平川县农业农村局2024年法治政府建设情况报告\n"
    "2024年，我局在县委、县政府的领导下，全面落实《法治政府建设实施纲要（2021—2025年）》和《关于印发党政主要负责人"
    "履行推进法治建设第一责任人职责规定的通知》以及《平川县2024年法治政府建设工作要点》等要求，扎实推进依法行政。"
    "现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）规范行政执法。全年办理农业行政处罚案件36件，案卷评查合格率100%。\n"
    "二、存在的不足和原因\n"
    "执法人员专业素质有待提高，主要原因是培训不够系统。\n"
    "三、2025年工作安排\n"
    "（一）加强执法队伍建设，全年组织培训4次。\n"
)


def test_a_preamble_citing_the_duty_rule_among_other_titles_does_not_report_the_duty() -> None:
    # 全面落实《…纲要》和《关于印发党政主要负责人履行推进法治建设第一责任人职责规定的通知》…等要求: the rule's title,
    # not a leader doing the duty; the part is missing, and compliance says so
    summary = summarize(text=_PREAMBLE_CITES_THE_DUTY_RULE)
    assert not summary.first_responsible_person.reported
    assert summary.first_responsible_person.actions == []
    assert "first_responsible_person" in summary.compliance.missing


def test_a_leader_doing_the_duty_after_such_a_preamble_still_reports_it() -> None:
    # …and a sentence of the body that has the leader do it (局主要负责人切实履行…第一责任人职责) is the duty reported
    text = _PREAMBLE_CITES_THE_DUTY_RULE.replace(
        "（一）规范行政执法。",
        "（一）加强组织领导。局主要负责人切实履行推进法治建设第一责任人职责，全年主持专题会议3次。\n（二）规范行政执法。",
    )
    duty = summarize(text=text).first_responsible_person
    assert duty.reported and not duty.dedicated_section
    assert [action.action for action in duty.actions] == [
        "局主要负责人切实履行推进法治建设第一责任人职责，全年主持专题会议3次"
    ]


# A street office's plan with no unit named per task: its frame (guiding thought, principles, goals, timetable), a
# site's tag with its address, and its title printed again in brackets, around the tasks proper.
_FRAMED_PLAN = (
    "青禾街道2025年法治宣传教育工作计划\n"
    "【www.example-wenmi.com--工作计划】\n"
    "【青禾街道2025年法治宣传教育工作计划】\n"
    "为深入开展法治宣传教育，结合街道实际，制定本计划。\n"
    "一、指导思想\n"
    "以习近平法治思想为指导，全面落实“八五”普法规划各项要求。\n"
    "二、基本原则\n"
    "（一）坚持党的领导。把党的领导贯穿普法工作全过程。\n"
    "（二）坚持以人民为中心。普法工作服务群众、依靠群众。\n"
    "三、工作目标\n"
    "到2025年底，辖区居民法治意识明显增强，法律明白人实现每个社区全覆盖。\n"
    "四、主要任务\n"
    "（一）深入宣传宪法。组织宪法宣传周活动，开展宪法进社区。\n"
    "（二）推进民法典进家庭。每季度举办民法典讲座1次。\n"
    "（三）加强青少年法治教育。联合辖区学校开展模拟法庭活动。\n"
    "五、活动时间\n"
    "2025年1月至12月。\n"
)


def test_a_plans_frame_its_title_and_a_sites_tag_are_no_tasks() -> None:
    # 指导思想 / 基本原则 and the principles under it / 活动时间, 【…工作计划】 printed again, a tag holding a web address:
    # a careful reader lists the goal, in its own words, and the tasks under 主要任务
    summary = summarize(text=_FRAMED_PLAN)
    assert summary.document.doc_type in ("work_points", "implementation_plan")
    assert [plan.action for plan in summary.plans] == [
        "到2025年底，辖区居民法治意识明显增强，法律明白人实现每个社区全覆盖",
        "深入宣传宪法",
        "推进民法典进家庭",
        "加强青少年法治教育",
    ]


# A work report's plan part: two-clause headings of like length, each paragraph opening on 要 and what is to go on
# (要继续…, 要加快…).
_PLANS_OPENING_ON_YAO = (
    "平川市2025年政府工作报告\n"
    "各位代表：\n"
    "现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "一、2024年工作回顾\n"
    "过去一年，全市地区生产总值增长5.6%，一般公共预算收入42亿元，城镇新增就业1.2万人。\n"
    "二、2025年主要工作\n"
    "今年要重点抓好以下几个方面工作：\n"
    "（一）稳定经济运行，推动产业转型升级\n"
    "要继续实施积极的财政政策，保持政策的连续性和稳定性，全年新增减税降费5亿元。"
    "要落实好各项稳企政策，帮助中小企业解决融资难题，全年新增贷款30亿元。\n"
    "（二）改善城乡环境，提升群众生活品质\n"
    "要加快推进老旧小区改造，全年改造小区40个，新增公园绿地12公顷。"
    "要深入开展城乡环境整治，建成生活垃圾分类示范小区20个。\n"
    "（三）深化法治建设，提高依法行政水平\n"
    "在连续三年开展执法规范化建设之后，全市执法质量明显提升。"
    "要坚持重大行政决策合法性审查，审查率保持100%。"
    "要全面推行行政执法公示制度，全年组织执法人员培训6期。\n"
    "各位代表，新的一年任务艰巨，让我们团结一心，奋力完成全年目标任务！\n"
)


# A report whose first part is the year's work reviewed (…工作回顾), told in paragraphs with no sub-headings.
_REVIEWED_IN_PARAGRAPHS = (
    "平川县司法局2024年法治政府建设情况报告\n"
    "一、2024年法治政府建设工作回顾\n"
    "一年来，我局深入推进严格规范公正文明执法，全年办理行政复议案件46件，纠错率12%。"
    "全县建成公共法律服务站点128个，实现村（社区）全覆盖。\n"
    "二、存在的不足和原因\n"
    "基层执法力量仍然薄弱，主要原因是执法人员编制不足。\n"
    "三、2025年工作安排\n"
    "（一）深化行政执法规范化建设，全年开展案卷评查2次。\n"
)


def test_a_part_that_reviews_the_years_work_is_no_measure_and_its_figures_are_achievements() -> None:
    # 一、2024年法治政府建设工作回顾 names part ①, no measure of its own; its paragraph's figures are the year's results
    summary = summarize(text=_REVIEWED_IN_PARAGRAPHS)
    assert "2024年法治政府建设工作回顾" not in [measure.title for measure in summary.measures]
    statements = [achievement.statement for achievement in summary.achievements]
    assert any("办理行政复议案件46件" in statement for statement in statements)
    assert summary.compliance.measures_achievements.present


# A work report's parts whose paragraphs open on the time they are set in: a span of years (三年来，), a time since an
# event (从…以来，), a change under way (随着…，).
_OPENING_ON_THEIR_TIME = (
    "宁川市人民政府工作报告\n"
    "各位代表：\n"
    "现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "一、三年来的工作和今后的总任务\n"
    "从上一届人民代表大会召开以来，全市人民团结奋斗，经济社会发展取得显著成绩，地区生产总值年均增长6%。\n"
    "二、加快科学教育文化事业发展\n"
    "随着经济建设的不断推进，全市科学教育文化事业迎来新的发展机遇，新建中小学12所。\n"
    "三、对外交流与合作\n"
    "三年来，全市对外交流合作不断扩大，新增友好城市5个，实际利用外资12亿美元。\n"
    "各位代表，让我们团结一心，为完成今后的各项任务而努力奋斗！\n"
)


def test_a_span_of_years_inside_a_heading_does_not_end_it() -> None:
    # 一、本届政府五年来的工作回顾: 五年来 with no comma after it is the heading's own words
    text = _OPENING_ON_THEIR_TIME.replace("一、三年来的工作和今后的总任务", "一、本届政府五年来的工作回顾")
    assert "一、本届政府五年来的工作回顾" in clean(one_line(text)).text.split("\n")


def test_a_news_item_dated_by_day_tallying_its_year_so_far_is_of_that_year() -> None:
    # 12月20日，某协会发布…蓝皮书 / 截至2024年11月，全市律师事务所…: no page date, no year of its own; the tally as of a
    # month before the year's end is of the year the item was written in
    text = (
        "平川市律师协会发布公益法律服务蓝皮书\n"
        "本报讯 12月20日，平川市律师协会发布了《平川律师公益法律服务蓝皮书》。\n"
        "蓝皮书显示，截至2024年11月，全市律师事务所从2019年初的120家增长到186家，"
        "律师参与公益法律服务累计超过3万小时。\n"
    )
    d = document(text)
    assert d.doc_type == "news"
    assert d.report_year == 2024


def test_a_work_reports_title_ending_in_its_delivery_day_as_one_number_reviews_the_year_before_its_title() -> None:
    # 某县2025年政府工作报告(20241226) over the title printed again without it: delivered at the end of 2024, it
    # reviews 2024; (20250108): early in 2025, the same; the title's 2025 is the session's year
    body = (
        "青禾县2025年政府工作报告\n\n各位代表：\n    现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "    一、回顾全年工作，坚定发展信心\n"
        "    今年以来，在县委的坚强领导下，全县上下坚持稳中求进工作总基调，统筹发展和安全，负重前行、迎难而上，"
        "较好完成了全年经济社会发展的主要目标任务。\n"
        "    1.经济运行稳中向好。全年完成地区生产总值412亿元，增长5.2%；规模工业增加值160亿元，增长7%；"
        "固定资产投资210亿元，增长6%；社会消费品零售总额96亿元，增长4.1%。\n"
    )
    late = document("青禾县2025年政府工作报告(20241226)\n\n" + body)
    assert late.report_year == 2024
    # (the title printed again under it, its date left off, is no second line of the title)
    assert late.title == "青禾县2025年政府工作报告(20241226)"
    assert document("青禾县2025年政府工作报告(20250108)\n\n" + body).report_year == 2024


# A work report whose parts open on the year before, the time a sentence is set in, a purpose, or this year's.
_OPENING_ON_THEIR_SETTING = (
    "宁川市人民政府工作报告\n"
    "各位代表：\n"
    "现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "一、关于对外开放和交流合作\n"
    "去年全市对外开放取得新进展，新增外资企业36家，实际利用外资8亿美元。\n"
    "二、深化国有企业改革\n"
    "在全年的经济体制改革工作中，国有企业改革是重点，全市完成改制企业21户。\n"
    "三、分批推进企业技术改造\n"
    "为了挖掘现有企业的潜力，全市安排技术改造项目120个，完成投资45亿元。\n"
    "四、全年工作总体部署\n"
    "今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业2万人。\n"
    "五、调整经济结构，转变发展方式\n"
    "坚持扩大内需方针，调整投资和消费关系，全年社会消费品零售总额增长7%。\n"
    "六、2024年工作回顾\n"
    "2024年是全面实施“十四五”规划的关键一年，全市经济运行稳中有进。\n"
    "七、扩大出口和利用外资\n"
    "要继续贯彻对外开放的基本方针，全年进出口总额增长8%。\n"
    "八、抗击洪涝灾害，恢复生产生活\n"
    "去年夏天，全市遭遇特大洪涝灾害，各级各部门全力抢险救灾。\n"
    "各位代表，让我们团结一心，为完成全年目标任务而努力奋斗！\n"
)


@pytest.mark.parametrize(
    "text, headings",
    [
        # （一）稳定经济运行，推动产业转型升级要继续实施…: a two-clause heading's second clause ends where 要继续 begins;
        # 二、2025年主要工作今年要重点抓好…: a part's heading ends before 今年要; （三）…水平在连续三年…之后，…: before 在
        pytest.param(
            _PLANS_OPENING_ON_YAO,
            (
                "二、2025年主要工作",
                "（一）稳定经济运行，推动产业转型升级",
                "（二）改善城乡环境，提升群众生活品质",
                "（三）深化法治建设，提高依法行政水平",
            ),
            id="what-is-to-be-done",
        ),
        # 一、…总任务从上一届…以来，… / 二、…发展随着经济建设… / 三、对外交流与合作三年来，…
        pytest.param(
            _OPENING_ON_THEIR_TIME,
            ("一、三年来的工作和今后的总任务", "二、加快科学教育文化事业发展", "三、对外交流与合作"),
            id="their-time",
        ),
        # 去年全市… / 在全年的…工作中，… / 为了挖掘… / 今年的… / 五、…，转变发展方式坚持扩大内需方针，… / 2024年是… /
        # 要继续… / 去年夏天，…
        pytest.param(
            _OPENING_ON_THEIR_SETTING,
            (
                "一、关于对外开放和交流合作",
                "二、深化国有企业改革",
                "三、分批推进企业技术改造",
                "四、全年工作总体部署",
                "五、调整经济结构，转变发展方式",
                "六、2024年工作回顾",
                "七、扩大出口和利用外资",
                "八、抗击洪涝灾害，恢复生产生活",
            ),
            id="their-setting",
        ),
    ],
)
def test_a_heading_run_into_its_paragraph_ends_where_the_paragraph_opens(text: str, headings: tuple[str, ...]) -> None:
    # each heading ends where its paragraph's opening words begin, so the one-line copy's cleaned text holds it whole
    # on a line of its own, as the plain text does
    lines = clean(one_line(text)).text.split("\n")
    for heading in headings:
        assert heading in lines, heading
