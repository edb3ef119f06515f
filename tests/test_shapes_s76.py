"""Shapes found in session 76's reading, each written in our own words (see bench/realworld/COLLECTING.md).

Session 76 collected no openings. It read two whole district reports kept in a public repository, and the openings
already on the machine again. Its shapes: the principal leader's duty reported as one inline item of part ① (三是
履行第一责任人职责。…) rather than a part of its own."""

from pathlib import Path

from summarizer import summarize
from summarizer.api import prepare_source
from summarizer.batch import iter_results, run_batch
from summarizer.render.markdown import to_markdown
from summarizer.render.table import HEADERS, rows

_TITLE = "宁川区人民政府关于2025年度法治政府建设情况的报告"


def _report(first_point: str, rest: tuple[str, ...] = ()) -> str:
    return "\n".join(
        [
            _TITLE,
            "现将有关情况报告如下：",
            "一、2025年主要工作情况",
            "（一）坚持党的领导，统筹推进法治政府建设",
            first_point,
            "（二）深化行政执法改革",
            "全区开展执法案卷评查2轮，抽查案卷180宗。",
            *rest,
            "二、存在问题",
            "基层执法人员力量相对薄弱。",
            "三、下一步工作计划",
            "一是持续深化执法改革；二是加强普法宣传。",
            "特此报告。",
            "宁川区人民政府",
            "2026年1月10日",
        ]
    )


def _duty(text: str) -> tuple[bool, bool, list[str], list[str]]:
    summary = summarize(text=text)
    frp = summary.first_responsible_person
    return frp.reported, frp.dedicated_section, [a.action for a in frp.actions], summary.compliance.missing


def test_an_item_titled_by_the_duty_is_the_duty_reported_in_passing() -> None:
    """The leaders' duty as the third of three inline items, its title naming no leader: reported, each sentence
    after the title one action, the item's neighbours left out."""
    point = (
        "一是深入学习法治思想。区政府常务会议学法6次。"
        "二是统筹部署年度任务。印发年度工作要点。"
        "三是严格履行推进法治建设第一责任人职责。区长主持召开专题会议3次研究法治政府建设。"
        "各街道主要负责人年终述法全覆盖。"
    )
    reported, dedicated, actions, missing = _duty(_report(point))
    assert reported and not dedicated
    assert actions == ["区长主持召开专题会议3次研究法治政府建设", "各街道主要负责人年终述法全覆盖"]
    assert "first_responsible_person" not in missing


def test_a_duty_item_with_quoted_words_and_a_responsibility_is_read_too() -> None:
    """三是…“第一责任人”责任 (quoted, 责任 for 职责), running to the next item of its paragraph."""
    point = "一是落实“第一责任人”责任。区委书记带头讲法治课1次。二是健全工作机制。建立法治督察联络员制度。"
    reported, _, actions, _ = _duty(_report(point))
    assert reported
    assert actions == ["区委书记带头讲法治课1次"]


def test_a_lone_duty_item_of_a_cut_copy_still_reports_the_duty() -> None:
    """一是 with no 二是 after it (the copy ends there): the paragraph after its title is the duty's report."""
    point = "一是落实第一责任人责任。区长多次主持召开常务会议研究立法计划。"
    reported, _, actions, _ = _duty(_report(point))
    assert reported
    assert actions == ["区长多次主持召开常务会议研究立法计划"]


def test_a_leader_doing_the_duty_inside_an_item_is_kept_to_that_item() -> None:
    """The leader's sentence runs on past ； into the next item: the action stops where the next item begins."""
    point = "一是党委统揽全局，书记、区长切实履行第一责任人责任，亲自研究法治工作；二是高位推动，建立月调度制度。"
    reported, _, actions, _ = _duty(_report(point))
    assert reported
    assert actions == ["党委统揽全局，书记、区长切实履行第一责任人责任，亲自研究法治工作"]


def test_another_fields_first_responsibility_is_not_the_duty() -> None:
    """全面从严治党第一责任人责任 is the party-discipline duty: the report has not reported this one."""
    point = "一是加强党建。二是党组书记切实履行全面从严治党第一责任人责任，专题研究党建工作4次。"
    reported, _, actions, missing = _duty(_report(point))
    assert not reported and actions == []
    assert "first_responsible_person" in missing


def test_the_duty_as_next_years_task_is_not_this_years_report() -> None:
    """一是压实第一责任人责任 under the plans: a task for next year, so the duty is still missing."""
    text = _report("区政府常务会议学法6次。").replace(
        "一是持续深化执法改革；二是加强普法宣传。", "一是压实第一责任人责任；二是加强普法宣传。"
    )
    reported, _, _, missing = _duty(text)
    assert not reported
    assert "first_responsible_person" in missing


def _labels(sentence: str) -> list[tuple[str, float, str]]:
    text = "\n".join(["平川县2025年法治政府建设年度报告", "一、主要举措和成效", "（一）推进执法改革。" + sentence])
    summary = summarize(text=text)
    return [(m.label, m.value, m.unit) for a in summary.achievements for m in a.metrics]


def test_a_districts_own_departments_are_counted_with_their_classifier() -> None:
    """11个区直执法部门: 个 counts the district's departments (区直), not 11 districts (个区)."""
    assert _labels("完成11个区直执法部门的执法主体公告工作。") == [("区直执法部门", 11, "个")]
    assert _labels("组织6个县属国有企业开展合规培训。") == [("县属国有企业", 6, "个")]


def test_the_things_counted_are_named_before_what_of_theirs_the_deed_was_about() -> None:
    """N个X的Y counts X where X is a noun of things a report counts; a quality before 的 stays with its noun."""
    assert _labels("审核9个重点项目的招标文件。") == [("重点项目", 9, "个")]
    assert _labels("聘任22名受聘的特邀监督员。") == [("受聘的特邀监督员", 22, "名")]


def test_a_count_ends_before_the_deed_started_on_it() -> None:
    """对需修订的15个文件启动修订工作: 文件 is counted, 启动 begins what was done to them."""
    assert _labels("对需修订的15个文件启动修订工作。") == [("文件", 15, "个")]


# A district's government work report as a repository keeps it: its title lost, the speech opening on whom its
# speaker speaks for, a plan of the region named later, and a table of the year's tasks flattened at its end (a row's
# number, its task and its unit each on a line).
_SPEECH = [
    "各位代表：",
    "现在，我代表宁川区人民政府向大会作报告，请予审议，并请政协委员和其他列席人员提出意见。",
    "一、2025年工作回顾",
    "过去一年，中央印发《青禾湾区发展规划纲要》，我们抢抓机遇，地区生产总值增长6.5%。",
    "二、2026年工作安排",
    "今年是十五五开局之年，我们将全力稳增长、惠民生。",
    "附表：2026年民生实事",
    "1",
    "新建公办幼儿园3所。",
    "区教育局",
    "2",
    "15条河流全面实施河长制管理。",
    "区水务局",
    "3",
    "新装公共视频监控1200个。",
    "平川公安分局",
    "4",
    "15个社区完成雨污分流改造。",
    "区水务局",
]


def test_a_speech_names_its_government_before_any_plan_it_mentions() -> None:
    """我代表宁川区人民政府向大会作报告 at the start of the body is the writer, not the region a plan it names
    (《青禾湾区…纲要》) is about, nor the unit on a line of its task table."""
    summary = summarize(text="\n".join(_SPEECH))
    assert summary.document.doc_type == "government_work_report"
    assert summary.document.agency == "宁川区人民政府"


def test_a_speech_under_a_title_naming_no_government_is_a_government_work_report() -> None:
    """宁川区2026年工作报告 over the speech's 我代表…人民政府向大会作报告 (作报告, no 工作): the speech decides."""
    summary = summarize(text="宁川区2026年工作报告\n" + "\n".join(_SPEECH))
    assert summary.document.doc_type == "government_work_report"


def test_a_row_number_alone_on_its_line_is_never_joined_to_the_next_rows_figure() -> None:
    """2 over 15条河流…: two numbers, not 215条; a task's unit line in the table signs nothing."""
    text = "\n".join(_SPEECH[:2] + _SPEECH[6:])
    assert "\n2\n15条河流" in prepare_source(text=text).text
    summary = summarize(text=text)
    figures = [m.value for item in summary.plans + summary.achievements for m in item.metrics]
    assert 215 not in figures and 415 not in figures
    assert summary.document.agency != "平川公安分局"


def _wrapped(paragraphs: list[str], width: int = 30) -> str:
    """Each paragraph cut every ``width`` characters, as a fixed-width export of a report cuts it."""
    return "\n".join(p[i : i + width] for p in paragraphs for i in range(0, len(p), width))


# a district's work report whose plans list their items inline (：1.…。2.…), laid out so that a fixed-width wrap opens
# lines on an item's number and on a list of numerals (二、三产)
_PLAN_PARAGRAPHS = [
    "宁川区2026年政府工作报告",
    "一、2025年工作回顾",
    "过去一年，全区经济稳中有进，产业结构持续优化，渐由二产主导向二、三产协同发展转变，第三产业占比达到百分之四十一。",
    "二、2026年工作安排",
    "推进节能环保十项工作：1.完成城区道路路灯节能改造十六条。2.新建公共充电桩五十个，覆盖全区各个街道、各主要商圈和景区。"
    "3.推广清洁能源公交车一百辆。4.完善公共自行车租赁系统。5.建成垃圾分类示范小区二十个。",
]
_WRAPPED = _wrapped(_PLAN_PARAGRAPHS)
assert "\n二、三产" in _WRAPPED and "。\n3.推广" in _WRAPPED  # (the shapes the wrap must make)


def test_a_wrap_that_opens_a_line_on_a_list_of_numerals_is_no_heading() -> None:
    """…由二产主导向⏎二、三产协同发展…: one paragraph of part one, not a part 二 of the report."""
    text = prepare_source(text=_WRAPPED).text
    assert "由二产主导向二、三产协同发展转变" in text
    assert not any(line.startswith("二、三产") for line in text.split("\n"))


def test_a_wrap_that_opens_a_line_on_the_next_inline_item_keeps_the_paragraph() -> None:
    """…：1.…。2.…。⏎3.推广…: the plans' items stay in their paragraph, each read once."""
    text = prepare_source(text=_WRAPPED).text
    paragraph = next(line for line in text.split("\n") if line.startswith("推进节能环保"))
    assert paragraph.endswith("5.建成垃圾分类示范小区二十个。")


def _bureau_report(agency: str) -> str:
    return "\n".join(
        [
            f"{agency}2024年法治政府建设年度报告",
            f"2024年，{agency}坚持以习近平法治思想为指导。现将有关情况报告如下：",
            "一、主要举措和成效",
            "（一）开展普法宣传12场。",
            "二、存在的不足和原因",
            "法治力量薄弱。",
            "三、2025年工作安排",
            "加强普法。",
        ]
    )


def test_an_agency_named_by_its_level_alone_is_said_to_be_placeless() -> None:
    """区教育局 (whose district, the text never says): the summary keeps the name and warns, in both languages,
    before an analyst compares it with other districts' bureaus."""
    summary = summarize(text=_bureau_report("区教育局"))
    assert summary.document.agency == "区教育局"
    assert any(w.startswith("agency named by its level alone (区教育局)") for w in summary.warnings)
    assert "机关只写了层级（区教育局）" in to_markdown(summary)


def test_an_agency_with_its_place_gets_no_such_warning() -> None:
    summary = summarize(text=_bureau_report("宁川区教育局"))
    assert summary.document.agency == "宁川区教育局"
    assert not any("level alone" in w for w in summary.warnings)


def test_the_comparison_table_shows_what_each_summary_warns_of(tmp_path: Path) -> None:
    """A batch's table gives each row's warnings in Chinese in its last column (提示): the placeless bureau's row
    says so, the placed one's is blank."""
    (tmp_path / "a.txt").write_text(_bureau_report("区教育局"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_bureau_report("宁川区教育局"), encoding="utf-8")
    out = tmp_path / "results.jsonl"
    run_batch([tmp_path], out, engine="rules")
    table = {Path(r["file"]).name: r for r in rows(iter_results(out))}
    assert "机关只写了层级（区教育局）" in table["a.txt"]["warnings"]
    assert table["b.txt"]["warnings"] == ""
    assert HEADERS[-1] == "提示"


def test_a_run_whose_first_item_follows_the_lead_ins_comma_keeps_that_item() -> None:
    """…但也存在一些薄弱环节，一是…；二是…；三是…: three shortfalls, the first one too (it had been read as part of
    the sentence that leads into the list, and dropped with it)."""
    text = _report("区政府常务会议学法6次。").replace(
        "基层执法人员力量相对薄弱。",
        "2025年，宁川区法治政府建设取得一定成效，但也存在一些薄弱环节，一是部分单位推进力度不够均衡；"
        "二是执法人员力量相对薄弱；三是营商环境配套政策尚不健全。",
    )
    issues = [s.issue for s in summarize(text=text).shortfalls]
    assert len(issues) == 3
    assert issues[0].startswith("部分单位推进力度不够均衡")


def test_a_places_own_work_report_by_its_title_is_a_government_work_report() -> None:
    """平川新区2025年工作报告 (a new district's committee reports to the congress): its government's work report,
    though the copy lost the speech's opening words; a bureau's 工作报告 stays other."""
    body = [
        "一、2025年工作回顾",
        "过去一年，新区地区生产总值增长6%，新建学校3所。",
        "二、2026年工作安排",
        "今年新区将新增学位2000个。",
    ]
    assert summarize(text="\n".join(["平川新区2025年工作报告", *body])).document.doc_type == "government_work_report"
    assert summarize(text="\n".join(["平川县司法局2025年工作报告", *body])).document.doc_type == "other"


# A bureau's work points whose task table a copy set one cell a line (as a page's table pasted into a text file, or a
# converter that writes each cell as a paragraph), blank lines between the cells or not
_STACKED_TABLE = [
    "青禾县司法局2026年法治政府建设工作要点",
    "为深入推进法治政府建设，制定本要点。",
    "一、重点任务",
    "序号",
    "工作任务",
    "责任单位",
    "完成时限",
    "1",
    "完善重大行政决策程序，编制年度决策事项目录。",
    "法制股",
    "2026年6月底前",
    "2",
    "开展行政执法案卷评查，抽查案卷不少于100宗。",
    "执法监督股",
    "2026年12月底前",
    "3",
    "组织领导干部学法活动4次。",
    "办公室",
    "2026年全年",
]
_STACKED_TASKS = [
    ("完善重大行政决策程序，编制年度决策事项目录。", "法制股", "2026年6月底前"),
    ("开展行政执法案卷评查，抽查案卷不少于100宗。", "执法监督股", "2026年12月底前"),
    ("组织领导干部学法活动4次。", "办公室", "2026年全年"),
]


def _tasks(text: str) -> list[tuple[str, object, object]]:
    return [(p.action, p.responsible, p.deadline) for p in summarize(text=text).plans]


def test_a_task_table_set_one_cell_a_line_is_read_row_by_row() -> None:
    """Each row one task with its unit and deadline, not each cell a plan of its own (序号, 法制股, 2026年6月底前…)."""
    assert _tasks("\n".join(_STACKED_TABLE)) == _STACKED_TASKS
    assert _tasks("\n\n".join(_STACKED_TABLE)) == _STACKED_TASKS  # (blank lines between the cells)


def test_a_stacked_table_ends_at_the_row_that_lost_a_cell() -> None:
    """Row 3 without its unit: rows 1 and 2 are read as rows, row 3's cells stay lines (never shifted into a wrong
    column)."""
    lines = [line for line in _STACKED_TABLE if line != "办公室"]
    text = prepare_source(text="\n".join(lines)).text
    assert "1\t完善重大行政决策程序，编制年度决策事项目录。\t法制股\t2026年6月底前" in text
    assert "\n3\n组织领导干部学法活动4次。\n" in text + "\n"
