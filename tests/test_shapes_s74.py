"""Shapes found in session 74's documents, each written in our own words (see bench/realworld/COLLECTING.md).

Session 74 collected no openings (see COLLECTING.md); its shapes come from the openings already labelled."""

import pytest

from summarizer import summarize
from summarizer.clean import clean
from summarizer.render.markdown import to_markdown
from summarizer.render.review import to_html

from .support.builders import cjk_font, table_docx, table_pdf
from .support.facts import document, one_line

# A town's report that numbers its points inside paragraphs (一是…二是…) and opens a point with its figures in the
# same sentence; its duty part has one such point only, and its shortfalls and plans are sentences so numbered.
_NUMBERED_IN_THE_SENTENCE = (
    "宁川县青禾镇2024年法治政府建设情况报告\n"
    "2024年，青禾镇在县委、县政府的领导下扎实推进依法行政。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）加强普法宣传。一是开展法治讲座进村，全年举办讲座46场，覆盖群众2100余人次。"
    "二是建设法治文化阵地，新建法治广场3个；2.5万人次参加线上学法。\n"
    "（二）规范行政执法。三是推行执法全过程记录，全年办理行政处罚案件58件，案卷合格率100%。\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "镇党委书记、镇长认真履行第一责任人职责。一是组织领导到位。镇党委会议先后6次听取法治建设工作汇报。\n"
    "三、存在的不足和原因\n"
    "一是基层执法力量不足，执法人员仅9人。二是群众法治意识有待提高。\n"
    "四、2025年工作安排\n"
    "一是深化法治宣传教育。二是提升执法规范化水平。\n"
)


def test_a_point_numbered_inside_its_sentence_is_given_without_its_number() -> None:
    # 一是开展法治讲座进村，全年举办讲座46场…: the 一是 is the list's, not the statement's, nor its quote's
    summary = summarize(text=_NUMBERED_IN_THE_SENTENCE)
    statements = [a.statement for a in summary.achievements]
    assert "开展法治讲座进村，全年举办讲座46场，覆盖群众2100余人次" in statements
    assert "推行执法全过程记录，全年办理行政处罚案件58件，案卷合格率100%" in statements
    assert not any(s.startswith(("一是", "二是", "三是")) for s in statements)
    first = next(a for a in summary.achievements if "46场" in a.statement)
    assert first.evidence[0].text == first.statement
    # a statement that opens on a decimal keeps its whole number (2.5万人次, not 5万人次)
    assert any(s.startswith("2.5万人次参加线上学法") for s in statements)
    actions = [a.action for a in summary.first_responsible_person.actions]
    assert "组织领导到位" in actions and not any(a.startswith("一是") for a in actions)
    assert [s.issue for s in summary.shortfalls] == ["基层执法力量不足", "群众法治意识有待提高"]
    assert [p.action for p in summary.plans] == ["深化法治宣传教育", "提升执法规范化水平"]


def test_points_numbered_inside_their_sentences_read_the_same_in_one_line() -> None:
    def items(text: str) -> list[list[str]]:
        summary = summarize(text=text)
        return [
            [a.statement for a in summary.achievements],
            [a.action for a in summary.first_responsible_person.actions],
            [s.issue for s in summary.shortfalls],
            [p.action for p in summary.plans],
        ]

    assert items(one_line(_NUMBERED_IN_THE_SENTENCE)) == items(_NUMBERED_IN_THE_SENTENCE)


# A bureau's report with no duty part: the duty is told in a numbered point of its measures.
_DUTY_IN_A_NUMBERED_POINT = (
    "平川县林业局2023年法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）压实工作责任。三是强化法治建设责任落实，局主要负责人认真履行推进法治建设第一责任人职责，"
    "全年主持召开党组会议专题研究法治工作5次。\n"
    "（二）规范行政执法。全年办理林业行政案件27件。\n"
    "二、存在的不足和原因\n"
    "执法装备不足，主要原因是经费有限。\n"
    "三、2024年工作安排\n"
    "（一）加强执法队伍建设。\n"
)


def test_the_duty_told_in_a_numbered_point_is_given_without_its_number() -> None:
    duty = summarize(text=_DUTY_IN_A_NUMBERED_POINT).first_responsible_person
    assert duty.reported and not duty.dedicated_section
    assert [a.action for a in duty.actions] == [
        "强化法治建设责任落实，局主要负责人认真履行推进法治建设第一责任人职责，全年主持召开党组会议专题研究法治工作5次"
    ]
    assert duty.actions[0].evidence[0].text == duty.actions[0].action
    assert duty.evidence[0].text.startswith("三是强化")  # where the duty is told: the sentence as written


# A bureau's plan that names a unit for each task, and sets its goal under a heading of its own with a figure.
_PLAN_WITH_UNITS_AND_A_GOAL = (
    "平川县市场监督管理局法治建设实施方案（2024—2026年）\n"
    "一、总体要求\n"
    "（一）指导思想。坚持以习近平法治思想为指导，全面推进依法行政。\n"
    "（二）工作目标。到2026年，全局依法行政制度体系更加完善，行政执法案卷合格率达到98%以上。\n"
    "二、主要任务\n"
    "（一）完善执法程序。全面落实行政执法三项制度。（责任单位：法规科）\n"
    "（二）加强执法监督。定期开展案卷评查。（责任单位：法规科、稽查大队）\n"
    "（三）深化普法宣传。落实谁执法谁普法责任制。（责任单位：办公室）\n"
)


def test_a_plan_naming_units_gives_its_goal_too() -> None:
    # the goal names no unit and is no task, but it is what the plan sets out to reach: given in its place, with its
    # figure, and no unit of its own
    plans = summarize(text=_PLAN_WITH_UNITS_AND_A_GOAL).plans
    assert [p.responsible for p in plans] == [None, "法规科", "法规科、稽查大队", "办公室"]
    goal = plans[0]
    assert goal.action.startswith("到2026年，全局依法行政制度体系更加完善")
    assert [(m.value, m.unit) for m in goal.metrics] == [(98, "%")]
    assert {p.period for p in plans} == {"2024—2026"}


def test_a_plans_units_and_period_are_shown_beside_its_tasks() -> None:
    # the Markdown and the review page say who carries each task out, apart from the task's words (they ran
    # together: 完善执法程序法规科), and the plan's own period over the list
    summary = summarize(text=_PLAN_WITH_UNITS_AND_A_GOAL)
    markdown = to_markdown(summary)
    assert "## 四、下一年度主要安排（实施期：2024—2026）" in markdown
    assert "2. 完善执法程序（责任单位：法规科）" in markdown
    assert "3. 加强执法监督（责任单位：法规科、稽查大队）" in markdown
    assert "完善执法程序法规科" not in markdown
    page = to_html(summary, _PLAN_WITH_UNITS_AND_A_GOAL)
    assert "完善执法程序（责任单位：法规科）" in page


def test_an_item_resting_on_two_quotes_shows_them_apart() -> None:
    # an item in other words (the LLM engine's) that rests on two places in the source: the Markdown shows both
    # quotes with …… between them, never run together as one sentence the source does not contain
    summary = summarize(text=_NUMBERED_IN_THE_SENTENCE)
    first, second = summary.shortfalls
    merged = first.model_copy(
        update={"issue": "执法力量和法治意识不足", "evidence": [*first.evidence, *second.evidence]}
    )
    markdown = to_markdown(summary.model_copy(update={"shortfalls": [merged]})).replace("**", "")
    assert "执法人员仅9人……群众法治意识有待提高" in markdown
    # …and a numbered item's quote is its words: the list's 一是 is not shown after the Markdown's own 1.
    assert "1. 一是" not in to_markdown(summary) and "1. 基层执法力量不足" in to_markdown(summary)


# Features whose headline and dateline were lost: they open on the season or the month, the place and how it looks.
_SCENE_OPENINGS = [
    "11月的宁川，银杏金黄，街巷整洁。11月8日，宁川县青禾镇普法志愿服务队走进平川村，为村民讲解民法典中的"
    "婚姻家庭编。活动现场，志愿者用身边的案例回答村民的提问，不少村民表示受益匪浅。\n",
    "初春的青禾镇平川村景致如画，村口新建的法治文化广场吸引了不少村民驻足。广场占地约900平方米，设有宪法宣传墙、"
    "民法典长廊和法治漫画栏，村民茶余饭后在这里散步，也能学到法律知识。\n",
]


@pytest.mark.parametrize("text", _SCENE_OPENINGS, ids=["month", "season"])
def test_a_feature_opening_on_its_scene_is_news(text: str) -> None:
    assert document(text).doc_type == "news"


def test_a_report_that_names_a_month_and_a_place_is_not_news() -> None:
    # the scene is a writer's opening: a report's sentence about a month's work is none
    text = (
        "宁川县司法局2024年法治政府建设情况报告\n"
        "11月的宪法宣传周，我局组织开展宪法进机关、进乡村活动12场。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强普法宣传。全年开展普法活动46场。\n"
        "二、存在的不足和原因\n普法形式较为单一。\n三、2025年工作安排\n（一）创新普法形式。\n"
    )
    assert document(text).doc_type == "annual_report"


# A bureau's points whose tasks stand in a table (序号 | 工作任务 | 牵头单位 | 完成时限), a category cell spanning the
# rows of its tasks, as a web page, a Word file or a converter's Markdown carries it.
_TABLE_TITLE = "平川县市场监督管理局2024年法治建设工作要点"
_TABLE_LEAD = "为深入推进依法行政，加快建设法治政府，结合我局实际，制定本要点。"
_TABLE_ROWS = [
    ["类别", "序号", "工作任务", "牵头单位", "完成时限"],
    ["依法决策", "1", "严格落实重大行政决策程序规定", "法规科", "2024年12月"],
    ["", "2", "健全法律顾问参与决策机制", "办公室", "2024年6月"],
    ["执法监督", "3", "开展行政执法案卷评查，评查案卷不少于50件", "法规科、稽查大队", "2024年11月"],
    ["", "4", "推进行政执法三项制度全覆盖", "稽查大队", "全年"],
]
_TABLE_TASKS = [
    ("严格落实重大行政决策程序规定", "法规科"),
    ("健全法律顾问参与决策机制", "办公室"),
    ("开展行政执法案卷评查，评查案卷不少于50件", "法规科、稽查大队"),
    ("推进行政执法三项制度全覆盖", "稽查大队"),
]


def _table_html() -> str:
    def row(cells: list[str], header: bool) -> str:
        # a row under a category cell that spans two rows has no first cell of its own
        tds = [f"<td>{c}</td>" if header or j else f'<td rowspan="2">{c}</td>' for j, c in enumerate(cells) if c or j]
        return "<tr>" + "".join(tds) + "</tr>"

    body = "".join(row(r, i == 0) for i, r in enumerate(_TABLE_ROWS))
    return (
        f'<html><head><meta charset="utf-8"><title>{_TABLE_TITLE}</title></head><body>'
        '<div class="nav"><a href="/">首页</a> | <a href="/zw">政务公开</a></div>'
        f'<div class="article"><h1>{_TABLE_TITLE}</h1><p>{_TABLE_LEAD}</p><table border="1">{body}</table>'
        "<p>各科室要高度重视，确保各项任务落实到位。</p></div></body></html>"
    )


def _table_docx() -> bytes:
    return table_docx([_TABLE_TITLE, _TABLE_LEAD], _TABLE_ROWS, merges=[((1, 0), (2, 0)), ((3, 0), (4, 0))])


def _table_pdf() -> bytes:
    # ruled cells, the category cell spanning its two rows, each cell's words wrapped in a narrow column (read line by
    # line, the task's words would interleave with the unit's)
    return table_pdf(
        cjk_font(),
        [_TABLE_TITLE, _TABLE_LEAD],
        _TABLE_ROWS,
        ["各科室要确保各项任务落实到位。"],
        widths=[60, 36, 150, 80, 70],
        spans=[((0, 1), (0, 2)), ((0, 3), (0, 4))],
    )


def _table_markdown() -> str:
    rows = ["| " + " | ".join(r) + " |" for r in _TABLE_ROWS]
    return "\n".join([f"# {_TABLE_TITLE}", "", _TABLE_LEAD, "", rows[0], "|---|---|---|---|---|", *rows[1:], ""])


@pytest.mark.parametrize("packaging", ["html", "docx", "pdf", "markdown"])
def test_a_task_table_gives_each_task_with_its_unit(tmp_path, packaging: str) -> None:
    # the cells of a row belong together: the task, the unit that leads it and its deadline (a row under a spanning
    # category cell has one cell fewer, and is read from the right)
    path = tmp_path / f"points.{'md' if packaging == 'markdown' else packaging}"
    if packaging in ("docx", "pdf"):
        path.write_bytes(_table_docx() if packaging == "docx" else _table_pdf())
    else:
        path.write_text(_table_html() if packaging == "html" else _table_markdown(), encoding="utf-8")
    summary = summarize(path)
    assert summary.document.doc_type == "work_points"
    assert [(p.action, p.responsible) for p in summary.plans] == _TABLE_TASKS
    assert [q.text for q in summary.plans[2].evidence] == [*_TABLE_TASKS[2], "2024年11月"]
    assert [p.deadline for p in summary.plans] == ["2024年12月", "2024年6月", "2024年11月", "全年"]
    assert [(m.value, m.unit) for m in summary.plans[2].metrics] == [(50, "件")]
    assert summary.verification.ok


def test_a_markdown_table_keeps_every_row() -> None:
    # rows of short cells between bars read like a site's menu, which cleaning drops: under a Markdown rule they are
    # a table, every row kept as its cells
    text = clean(_table_markdown()).text
    assert "健全法律顾问参与决策机制" in text and "推进行政执法三项制度全覆盖" in text
    assert "2\t健全法律顾问参与决策机制\t办公室\t2024年6月" in text
    assert "---" not in text


def test_cells_set_one_to_a_line_lose_their_closing_bars_and_stay_apart() -> None:
    # a copy that sets a table's cells one to a line, each closed by a bar (法规科 |, a row's end | ||): the words are
    # the line, and two number cells one above the other are two cells, never one number (10 and 1424.4万元)
    text = clean(
        "平川县市场监督管理局2024年法治建设工作要点\n"
        "一、提升依法高效履职能力 |\n"
        "1.持续提升政务服务效能 |\n"
        "采购项目 |\n"
        "10 |\n"
        "1424.4万元 | ||\n"
    ).text
    assert text.split("\n")[1:] == [
        "一、提升依法高效履职能力",
        "1.持续提升政务服务效能",
        "采购项目",
        "10",
        "1424.4万元",
    ]


_FINISHED = (
    "宁川县司法局2024年法治政府建设情况报告\n"
    "一、主要举措和成效\n（一）加强普法宣传。全年开展普法活动46场。\n"
    "二、存在的不足和原因\n普法形式较为单一。\n三、2025年工作安排\n（一）创新普法形式。\n"
)


@pytest.mark.parametrize(
    "ending",
    [
        "（二）提升执法水平。二是推进行政执法全过程记录制度，全年共办理行政处罚案件58件，其中简易程序",
        "（二）提升执法水平，",
        "（二）提升执法水平",
    ],
    ids=["open sentence", "open clause", "bare heading"],
)
def test_a_text_cut_short_says_so(ending: str) -> None:
    # a copy that stops mid-sentence or on a heading with nothing under it: its last item may be incomplete, and the
    # summary says so (in the Markdown too); a finished report, a signature or a date line says nothing
    summary = summarize(text=_FINISHED + ending)
    cut = [w for w in summary.warnings if w.startswith("the text may be cut off")]
    assert len(cut) == 1 and ending[-6:] in cut[0]
    assert "原文可能不完整" in to_markdown(summary)
    for whole in (_FINISHED, _FINISHED + "宁川县司法局\n2025年3月20日\n", _FINISHED + "特此报告"):
        assert not [w for w in summarize(text=whole).warnings if w.startswith("the text may be cut off")]


@pytest.mark.parametrize(
    "header",
    [
        ["序号", "重点工作", "工作目标", "牵头单位", "配合单位", "时间节点"],
        ["序号", "具体工作措施", "工作目标", "责任主体", "配合单位", "完成期限"],
    ],
    ids=["重点工作", "具体工作措施"],
)
def test_a_task_tables_columns_are_named_as_plans_name_them(header: list[str]) -> None:
    # the work column is the first named for the work (not its 工作目标), the unit the one that leads it (not the
    # 配合单位 that helps), whatever words the table uses for them
    rows = [
        header,
        ["1", "严格落实重大行政决策程序规定", "决策程序全覆盖", "法规科", "办公室", "2024年12月"],
        ["2", "健全法律顾问参与决策机制", "顾问参与率100%", "办公室", "法规科", "2024年6月"],
    ]
    text = _TABLE_TITLE + "\n" + _TABLE_LEAD + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    plans = summarize(text=text).plans
    assert [(p.action, p.responsible) for p in plans] == _TABLE_TASKS[:2]
    assert [q.text for q in plans[0].evidence] == [*_TABLE_TASKS[0], "2024年12月"]


def test_a_pdf_of_drawings_is_refused_in_bounded_time(tmp_path, monkeypatch) -> None:
    # pdfminer reads every line and box a page draws: a file that draws more than a report could (a thousand pages of
    # ruled grids) is refused with one line, at the page where it passes the limit, not read for minutes
    from summarizer.errors import InputTooLargeError
    from summarizer.ingest import pdf

    path = tmp_path / "points.pdf"
    path.write_bytes(_table_pdf())
    monkeypatch.setattr(pdf, "MAX_PDF_STROKES", 3)
    with pytest.raises(InputTooLargeError) as refused:
        summarize(path)
    assert "draws more than 3 lines and boxes (by page 1 of 1)" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_report_ending_on_a_list_of_short_numbered_plans_is_not_cut() -> None:
    # its plans are a list of headings without a full stop (一、持续深化… / 二、加强… / 三、推进…): the last is an item
    text = (
        _FINISHED
        + "四、2025年工作安排\n一、持续深化法治政府示范创建\n二、加强行政执法协调监督\n三、推进公共法律服务体系建设\n"
    )
    assert not [w for w in summarize(text=text).warnings if w.startswith("the text may be cut off")]


def test_a_tables_cells_stay_apart_around_spaces_and_empty_cells() -> None:
    # a cell ending in a space before the tab (法规科 ⇥), or an empty cell (⇥⇥): the gap is one tab, never a space that
    # would run two cells into one
    rows = [
        "序号\t工作任务\t牵头单位\t完成时限",
        "1\t严格落实重大行政决策程序规定\t法规科 \t2024年12月",
        "2\t健全法律顾问参与决策机制\t办公室\t\t",
    ]
    text = _TABLE_TITLE + "\n" + _TABLE_LEAD + "\n" + "\n".join(rows) + "\n"
    assert "1\t严格落实重大行政决策程序规定\t法规科\t2024年12月" in clean(text).text
    plans = summarize(text=text).plans
    assert [(p.action, p.responsible) for p in plans] == _TABLE_TASKS[:2]


def test_the_llm_engines_tasks_take_the_unit_of_their_own_passage_only() -> None:
    # the model's task whose quote overlaps a task the rules layer read gets that task's unit (quoted once); one whose
    # quote is elsewhere (a part heading) gets none; every task gets the plan's period
    from summarizer.engines.llm.job import with_units
    from summarizer.models import Plan, Quote

    def q(text: str, start: int) -> Quote:
        return Quote(text=text, start=start, end=start + len(text))

    tasks = [
        Plan(
            action="完善执法程序",
            responsible="法规科",
            period="2024—2026",
            evidence=[q("完善执法程序", 40), q("法规科", 60)],
        ),
        Plan(
            action="深化普法宣传",
            responsible="办公室",
            period="2024—2026",
            evidence=[q("深化普法宣传", 80), q("办公室", 99)],
        ),
    ]
    model = [
        Plan(action="完善执法程序，落实三项制度", evidence=[q("完善执法程序", 40)]),
        Plan(action="深化普法宣传", evidence=[q("深化普法宣传", 80), q("办公室", 99)]),
        Plan(action="主要任务", evidence=[q("主要任务", 20)]),
    ]
    got = with_units(model, tasks)
    assert [(p.responsible, p.period) for p in got] == [
        ("法规科", "2024—2026"),
        ("办公室", "2024—2026"),
        (None, "2024—2026"),
    ]
    assert [q.text for q in got[0].evidence] == ["完善执法程序", "法规科"]
    assert [q.text for q in got[1].evidence] == ["深化普法宣传", "办公室"]


def test_a_word_task_tables_cell_of_two_paragraphs_stays_one_cell(tmp_path) -> None:
    # a task written in two paragraphs inside its cell: one task, with its row's unit (a layout table's cells of
    # several paragraphs stay lines; a task table's are one cell's words)
    import io

    import docx

    d = docx.Document()
    d.add_paragraph(_TABLE_TITLE)
    d.add_paragraph(_TABLE_LEAD)
    table = d.add_table(rows=3, cols=3)
    for j, c in enumerate(["工作任务", "牵头单位", "完成时限"]):
        table.cell(0, j).text = c
    for i, (task, unit) in enumerate(
        [("开展行政执法案卷评查。", "法规科"), ("健全法律顾问参与决策机制。", "办公室")], 1
    ):
        table.cell(i, 0).text = task
        table.cell(i, 1).text = unit
        table.cell(i, 2).text = "2024年12月"
    table.cell(1, 0).add_paragraph("评查案卷不少于50件。")
    out = io.BytesIO()
    d.save(out)
    path = tmp_path / "points.docx"
    path.write_bytes(out.getvalue())
    plans = summarize(path).plans
    assert [(p.action, p.responsible) for p in plans] == [
        ("开展行政执法案卷评查。评查案卷不少于50件。", "法规科"),
        ("健全法律顾问参与决策机制。", "办公室"),
    ]


def test_a_tasks_unit_is_its_lead_not_those_that_help() -> None:
    # （牵头单位：县司法局；配合单位：县直各单位）: the unit responsible is the lead; those that help are no part of its name
    text = (
        "平川县2024年法治政府建设工作要点\n为深入推进依法行政，制定本要点。\n一、完善依法决策机制\n"
        "（一）严格落实重大行政决策程序规定。（牵头单位：县司法局；配合单位：县直各单位）\n"
        "（二）健全法律顾问制度。（牵头单位：县司法局 配合单位：各乡镇人民政府）\n"
        "二、规范行政执法\n（三）全面推行行政执法三项制度。（责任单位：县直各执法部门、各乡镇人民政府）\n"
    )
    plans = summarize(text=text).plans
    assert [p.responsible for p in plans] == ["县司法局", "县司法局", "县直各执法部门、各乡镇人民政府"]
    assert [p.evidence[1].text for p in plans] == [p.responsible for p in plans]


def test_a_tasks_deadline_is_given_and_shown() -> None:
    # （牵头单位：县司法局；完成时限：2024年12月底前）: the unit is the lead, the deadline a field of its own, quoted,
    # and the Markdown says both after the task
    text = (
        "平川县2024年法治政府建设工作要点\n为深入推进依法行政，制定本要点。\n一、完善依法决策机制\n"
        "（一）严格落实重大行政决策程序规定。（牵头单位：县司法局；完成时限：2024年12月底前）\n"
        "（二）健全法律顾问制度。（牵头单位：县司法局；配合单位：各乡镇人民政府；完成时限：2024年6月）\n"
        "二、规范行政执法\n（三）全面推行行政执法三项制度。（责任单位：县直各执法部门）\n"
    )
    summary = summarize(text=text)
    assert [(p.responsible, p.deadline) for p in summary.plans] == [
        ("县司法局", "2024年12月底前"),
        ("县司法局", "2024年6月"),
        ("县直各执法部门", None),
    ]
    assert summary.plans[0].evidence[2].text == "2024年12月底前"
    markdown = to_markdown(summary)
    assert "严格落实重大行政决策程序规定（责任单位：县司法局；完成时限：2024年12月底前）" in markdown
    assert "全面推行行政执法三项制度（责任单位：县直各执法部门）" in markdown
    assert summary.quality is not None and summary.quality.plans.with_deadline == 2
