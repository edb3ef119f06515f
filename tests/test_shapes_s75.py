"""Shapes found in session 75's reading, each written in our own words (see bench/realworld/COLLECTING.md).

Session 75 collected no openings (see COLLECTING.md). Its shapes: a report's table of figures, as each packaging
carries it, and a place named one of a field (全省3个示范地区之一)."""

import pytest

from summarizer import summarize
from summarizer.api import prepare_source
from summarizer.numbers import check_numbers
from summarizer.render.markdown import to_markdown

from .support.builders import cjk_font, table_docx, table_pdf
from .support.facts import metric_labels

# A county bureau's report that gives its review cases in a table of figures (a row's unit in its name, the years
# and the change as columns) between two points of part ①.
_TITLE = "青禾县司法局2025年法治政府建设年度报告"
_BEFORE = [
    _TITLE,
    "2025年，青禾县司法局在县委、县政府的领导下扎实推进法治政府建设。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）做实行政复议。全年复议案件办理情况见下表。",
]
_ROWS = [
    ["项目", "2024年", "2025年", "增幅"],
    ["受理复议案件（件）", "120", "156", "30%"],
    ["调解和解（件）", "40", "62", "55%"],
]
_AFTER = [
    "（二）加强普法宣传。开展送法下乡活动36场，发放资料1.2万份。",
    "二、存在的不足和原因",
    "基层执法力量不足，原因是编制紧张。",
    "三、党政主要负责人履行推进法治建设第一责任人职责情况",
    "局主要负责人全年主持召开党组会专题研究法治建设4次。",
    "四、2026年工作安排",
    "一是深化复议规范化建设；二是推进普法进村。",
]
_TABLE_ITEMS = [
    (
        "受理复议案件：2024年 120件，2025年 156件，增幅 30%",
        [("2024年受理复议案件", 120, "件"), ("2025年受理复议案件", 156, "件"), ("受理复议案件增幅", 30, "%")],
    ),
    (
        "调解和解：2024年 40件，2025年 62件，增幅 55%",
        [("2024年调解和解", 40, "件"), ("2025年调解和解", 62, "件"), ("调解和解增幅", 55, "%")],
    ),
]


def _html(rows: list[list[str]], extra: str = "") -> str:
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    paragraphs = "".join(f"<p>{p}</p>" for p in _BEFORE[1:])
    rest = "".join(f"<p>{p}</p>" for p in _AFTER)
    return (
        f'<html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>{extra}'
        f'<div class="article"><h1>{_TITLE}</h1>{paragraphs}<table border="1">{table}</table>{rest}</div>'
        "</body></html>"
    )


def _write(tmp_path, packaging: str, rows: list[list[str]]):  # noqa: ANN001, ANN202
    path = tmp_path / f"report.{'md' if packaging == 'markdown' else packaging}"
    if packaging == "txt":  # pasted from a spreadsheet: a row's cells between tabs
        path.write_text("\n".join([*_BEFORE, *("\t".join(r) for r in rows), *_AFTER]), encoding="utf-8")
    elif packaging == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        rule = "|" + "---|" * len(rows[0])
        path.write_text("\n\n".join([*_BEFORE, "\n".join([lines[0], rule, *lines[1:]]), *_AFTER]), encoding="utf-8")
    elif packaging == "html":
        path.write_text(_html(rows), encoding="utf-8")
    elif packaging == "docx":
        path.write_bytes(table_docx(_BEFORE, rows, _AFTER))
    else:
        path.write_bytes(table_pdf(cjk_font(), _BEFORE, rows, _AFTER, widths=[150, 70, 70, 60]))
    return path


@pytest.mark.parametrize("packaging", ["txt", "markdown", "html", "docx", "pdf"])
def test_a_table_of_figures_gives_each_row_with_its_figures_named(tmp_path, packaging: str) -> None:
    # each figure is its row's and its column's (2025年受理复议案件), in the unit the row names (件); the web page had
    # lost the table (its rows between bars read as a site's menu), the text had run a row's cells into one label
    summary = summarize(_write(tmp_path, packaging, _ROWS))
    table = [
        (a.statement, [(m.label, m.value, m.unit) for m in a.metrics])
        for a in summary.achievements
        if a.statement.startswith(("受理", "调解"))
    ]
    assert table == _TABLE_ITEMS
    # each figure is quoted where the table writes it, the row quoted whole
    first = next(a for a in summary.achievements if a.statement.startswith("受理"))
    assert [m.quote.text for m in first.metrics] == ["120", "156", "30%"]
    assert first.evidence[0].text.split() == ["受理复议案件（件）", "120", "156", "30%"]
    assert summary.verification.ok
    # the rest of part ① is read as before
    assert "开展送法下乡活动36场，发放资料1.2万份" in [a.statement for a in summary.achievements]
    assert "受理复议案件：**2024年** **120件**，**2025年** **156件**，增幅 **30%**" in to_markdown(summary)


def test_a_tables_unit_may_stand_in_a_columns_header_or_above_the_table(tmp_path) -> None:
    rows = [["项目", "经费（万元）", "人数"], ["法治培训", "12.5", "860"], ["普法宣传", "8", "2300"]]
    text = "\n".join([*_BEFORE, "单位：人次", *("\t".join(r) for r in rows), *_AFTER])
    summary = summarize(text=text)
    metrics = [(m.label, m.value, m.unit, m.normalized_value) for a in summary.achievements for m in a.metrics]
    # the column's 万元 is the figure's, scaled as 12.5万元 is; the line above gives the rest their 人次
    assert ("法治培训经费", 12.5, "万元", 125000) in metrics
    assert ("法治培训人数", 860, "人次", 860) in metrics
    assert ("普法宣传人数", 2300, "人次", 2300) in metrics
    assert summary.verification.ok


def test_a_table_figure_is_checked_in_the_unit_the_table_gives_it() -> None:
    source = "\n".join([*_BEFORE, *("\t".join(r) for r in _ROWS), *_AFTER])
    # 156 in the row of 受理复议案件（件） is 156件: a summary saying so is borne out, one saying 156人 is not
    assert [c.status for c in check_numbers("受理复议案件156件", source)] == ["exact"]
    assert [c.status for c in check_numbers("受理复议156人", source)] == ["unsupported"]
    # …and the year heading a column is no count of cases
    assert [c.status for c in check_numbers("2025件", source)] == ["unsupported"]


def test_a_table_without_a_header_names_its_figures_by_their_rows() -> None:
    rows = [["受理复议案件（件）", "156"], ["调解和解（件）", "62"]]
    summary = summarize(text="\n".join([*_BEFORE, *("\t".join(r) for r in rows), *_AFTER]))
    metrics = [(m.label, m.value, m.unit) for a in summary.achievements for m in a.metrics]
    assert ("受理复议案件", 156, "件") in metrics and ("调解和解", 62, "件") in metrics


def test_a_pages_calendar_and_list_of_links_are_not_tables_of_figures(tmp_path) -> None:
    # a site's calendar (its rows all figures) and its list of most-read items (their clicks counted, each a link)
    # are the page's furniture, not the report's figures
    calendar = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{d}</td>" for d in range(w * 7 + 1, w * 7 + 8)) + "</tr>" for w in range(4)
    )
    calendar = "<table><tr>" + "".join(f"<td>{d}</td>" for d in "日一二三四五六") + "</tr>" + calendar[7:] + "</table>"
    ranked = (
        "<table>"
        + "".join(
            f'<tr><td>{i}</td><td><a href="/a{i}">平川县召开第{i}次专题会议</a></td><td>{300 + i}</td></tr>'
            for i in range(1, 6)
        )
        + "</table>"
    )
    path = tmp_path / "page.html"
    path.write_text(_html(_ROWS, extra=f'<div class="side">{calendar}{ranked}</div>'), encoding="utf-8")
    text = prepare_source(path).text
    assert "受理复议案件（件）\t120\t156\t30%" in text
    assert "\t".join(str(d) for d in range(1, 8)) not in text
    assert "专题会议\t30" not in text


def test_a_place_named_one_of_a_field_is_a_result_without_that_figure() -> None:
    # 全省3个示范创建地区之一: how many there are in the province, no count of the county's; being named one of them is
    # its result (…and a fraction, 三分之一, is a figure of its own)
    text = "宁川县被推荐为全省3个法治政府建设示范创建地区之一，报送省依法治省办审核。"
    assert metric_labels(_report(text)) == {}
    summary = summarize(text=_report(text))
    assert any("示范创建地区之一" in a.statement for a in summary.achievements)
    assert metric_labels(_report("全年共压减证明事项三分之一，精简审批材料46份。")) == {"46份": "精简审批材料"}


def _report(sentence: str) -> str:
    return "\n".join([*_BEFORE[:3], "（一）推进法治示范创建。" + sentence, *_AFTER[1:]])


def test_a_tables_cell_of_words_is_read_as_a_sentence() -> None:
    # 工作内容 | 成效: a cell that tells its result in words is a sentence, its figure labelled as prose labels one
    rows = [
        ["工作内容", "成效"],
        ["法治宣传进村", "全年举办法治讲座46场"],
        ["执法案卷评查", "评查案卷120卷，合格率98%"],
    ]
    summary = summarize(text="\n".join([*_BEFORE, *("\t".join(r) for r in rows), *_AFTER]))
    labels = {m.quote.text: m.label for a in summary.achievements for m in a.metrics}
    assert labels["46场"] == "举办法治讲座"
    assert labels["120卷"] == "评查案卷"


def test_a_row_under_a_category_spanning_rows_names_its_figures_by_its_own_name(tmp_path) -> None:
    # 类别 | 项目 | 2024年 | 2025年: a row under the category cell that spans two rows has one cell fewer; its figures
    # stand under the header's last columns, and its name is the cell before them (受理, not the category 复议)
    html = _html(
        [],
        extra="",
    ).replace(
        '<table border="1"></table>',
        '<table border="1"><tr><td>类别</td><td>项目</td><td>2024年</td><td>2025年</td></tr>'
        '<tr><td rowspan="2">复议</td><td>受理（件）</td><td>120</td><td>156</td></tr>'
        "<tr><td>办结（件）</td><td>110</td><td>150</td></tr></table>",
    )
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    summary = summarize(path)
    metrics = [
        (m.label, m.value, m.unit) for a in summary.achievements for m in a.metrics if m.quote.text[-1:] not in "场份"
    ]
    assert metrics == [
        ("2024年受理", 120, "件"),
        ("2025年受理", 156, "件"),
        ("2024年办结", 110, "件"),
        ("2025年办结", 150, "件"),
    ]
    assert summary.verification.ok


def _figures(summary) -> list[tuple[str, float, str]]:  # noqa: ANN001
    return [
        (m.label, m.value, m.unit) for a in summary.achievements for m in a.metrics if m.quote.text[-1:] not in "场份"
    ]


def test_an_empty_cell_keeps_the_figures_after_it_under_their_columns() -> None:
    # no figure for 2024 (⇥⇥), none in the last column (a trailing ⇥): each figure is still its own year's
    rows = ["项目\t2024年\t2025年", "受理复议案件（件）\t\t156", "调解和解（件）\t40\t"]
    summary = summarize(text="\n".join([*_BEFORE, *rows, *_AFTER]))
    assert _figures(summary) == [("2025年受理复议案件", 156, "件"), ("2024年调解和解", 40, "件")]


def test_single_digit_cells_stay_apart() -> None:
    # 0 ⇥ 0 ⇥ 1: a table's one-digit figures are three cells, never the spaced digits of one figure (001)
    rows = [
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
        "规章（件）\t0\t0\t1",
        "规范性文件（件）\t2\t1\t5",
    ]
    summary = summarize(text="\n".join([*_BEFORE, *rows, *_AFTER]))
    assert ("规章对外公开总数量", 1, "件") in _figures(summary)
    assert ("本年规范性文件新公开数量", 1, "件") in _figures(summary)


def test_a_second_tables_header_right_under_the_first_names_its_own_columns(tmp_path) -> None:
    # two tables one after the other on a page: the second's rows are named by the second's header, not the first's
    first = [["项目", "2024年", "2025年"], ["受理复议案件（件）", "120", "156"]]
    second = [["事项", "办理数量（件）"], ["行政许可", "12"], ["行政处罚", "35"]]
    tables = "".join(
        "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in t) + "</table>"
        for t in (first, second)
    )
    path = tmp_path / "report.html"
    path.write_text(_html([]).replace('<table border="1"></table>', tables), encoding="utf-8")
    summary = summarize(path)
    assert _figures(summary) == [
        ("2024年受理复议案件", 120, "件"),
        ("2025年受理复议案件", 156, "件"),
        ("行政许可办理数量", 12, "件"),
        ("行政处罚办理数量", 35, "件"),
    ]


def test_a_word_tables_merged_cells_keep_every_figure_under_its_column(tmp_path) -> None:
    # 复议 merged down over two rows, a title cell merged across the table: every row still has its four columns
    rows = [
        ["2025年复议诉讼案件统计", "", "", ""],
        ["类别", "项目", "2024年", "2025年"],
        ["复议", "受理（件）", "120", "156"],
        ["", "办结（件）", "110", "150"],
        ["诉讼", "应诉（件）", "30", ""],
    ]
    path = tmp_path / "report.docx"
    path.write_bytes(table_docx(_BEFORE, rows, _AFTER, merges=[((0, 0), (0, 3)), ((2, 0), (3, 0))]))
    summary = summarize(path)
    assert _figures(summary) == [
        ("2024年受理", 120, "件"),
        ("2025年受理", 156, "件"),
        ("2024年办结", 110, "件"),
        ("2025年办结", 150, "件"),
        ("2024年应诉", 30, "件"),
    ]
    assert summary.verification.ok


def test_a_cell_spanning_many_columns_costs_a_bounded_row(tmp_path) -> None:
    # colspan="1000000" on a page: the row is read with a bounded number of cells, the figures still named
    huge = '<table><tr><td colspan="1000000">表1</td></tr><tr><td>项目</td><td>2025年</td></tr>'
    huge += "<tr><td>受理复议案件（件）</td><td>156</td></tr></table>"
    path = tmp_path / "report.html"
    path.write_text(_html([]).replace('<table border="1"></table>', huge), encoding="utf-8")
    text = prepare_source(path).text
    assert len(text) < 2000
    assert ("2025年受理复议案件", 156, "件") in _figures(summarize(path))


_TWO_LINE_HEADER = [
    ["项目", "2024年", "", "2025年", ""],
    ["", "收案", "结案", "收案", "结案"],
    ["一、复议", "", "", "", ""],
    ["行政复议（件）", "120", "110", "156", "150"],
]


@pytest.mark.parametrize("packaging", ["html", "docx", "pdf"])
def test_a_header_of_two_lines_names_each_column_by_both(tmp_path, packaging: str) -> None:
    # 2024年 spanning 收案 and 结案, 项目 spanning both header lines, a category line across the table (一、复议): each
    # figure is its year's and its column's; the category line is no heading of the report
    path = tmp_path / f"report.{packaging}"
    if packaging == "html":
        table = (
            '<table><tr><td rowspan="2">项目</td><td colspan="2">2024年</td><td colspan="2">2025年</td></tr>'
            "<tr><td>收案</td><td>结案</td><td>收案</td><td>结案</td></tr>"
            '<tr><td colspan="5">一、复议</td></tr>'
            "<tr><td>行政复议（件）</td><td>120</td><td>110</td><td>156</td><td>150</td></tr></table>"
        )
        path.write_text(_html([]).replace('<table border="1"></table>', table), encoding="utf-8")
    elif packaging == "docx":
        merges = [((0, 0), (1, 0)), ((0, 1), (0, 2)), ((0, 3), (0, 4)), ((2, 0), (2, 4))]
        path.write_bytes(table_docx(_BEFORE, _TWO_LINE_HEADER, _AFTER, merges=merges))
    else:
        spans = [((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0)), ((0, 2), (4, 2))]
        widths = [110, 60, 60, 60, 60]
        path.write_bytes(table_pdf(cjk_font(), _BEFORE, _TWO_LINE_HEADER, _AFTER, widths=widths, spans=spans))
    summary = summarize(path)
    assert _figures(summary) == [
        ("2024年行政复议收案", 120, "件"),
        ("2024年行政复议结案", 110, "件"),
        ("2025年行政复议收案", 156, "件"),
        ("2025年行政复议结案", 150, "件"),
    ]
    assert [m.title for m in summary.measures] == ["做实行政复议", "加强普法宣传"]


def test_a_point_cut_after_its_first_character_is_no_item() -> None:
    # a copy cut short at 二是专: the duty part's second point has one character, which says nothing
    text = "\n".join(
        [
            *_BEFORE[:2],
            "一、党政主要负责人履行推进法治建设第一责任人职责情况",
            "局主要负责人亲自部署法治建设。一是坚持局务会学法常态化，全年学法9次。二是专",
        ]
    )
    summary = summarize(text=text)
    assert [a.action for a in summary.first_responsible_person.actions] == ["坚持局务会学法常态化"]
    assert any(w.startswith("the text may be cut off") for w in summary.warnings)


@pytest.mark.parametrize(
    "furniture",
    [
        "2023-05-06 10:21 作者:某文库 来源:某文库 浏览: 我要评论 (条) 字号:",
        "admin 分享 时间: 加入收藏 共计4210个字,预计阅读时长14分钟",
        "本文共计3800字,预计阅读时长为10分钟",
    ],
)
def test_a_mirrors_posting_row_and_reading_time_are_furniture(furniture: str) -> None:
    # a mirror's row of fields and widgets, its note on the reading time: no plan or sentence of the document
    text = "\n".join([_TITLE, furniture, *_BEFORE[1:], "（一）做实行政复议。全年办理复议案件156件。", *_AFTER])
    cleaned = prepare_source(text=text).text
    assert furniture not in cleaned and "阅读时长" not in cleaned and "字号" not in cleaned
    assert "全年办理复议案件156件" in cleaned


def test_a_rows_time_and_source_alone_stays() -> None:
    # 2025-09-10 09:17 来源: 某厅: the posting's time and the organ it came from, which may name the agency
    row = "2025-09-10 09:17:29 来源: 平川市司法局"
    assert row in prepare_source(text="\n".join([_TITLE, row, *_BEFORE[1:], *_AFTER])).text


def _page(body: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>'
        '<div class="nav"><a href="/">首页</a> | <a href="/zw">政务公开</a><img src="/img/logo.png"></div>'
        f'<div class="article"><h1>{_TITLE}</h1><p>发布时间：2026-03-20 来源：青禾县司法局</p>{body}</div></body></html>'
    )


def test_a_page_that_only_links_the_reports_file_says_where_the_report_is(tmp_path) -> None:
    # the page holds the title, its date and 附件：….pdf: a summary would say the report lacks every part
    from click.testing import CliRunner

    from summarizer.cli import cli
    from summarizer.errors import ReportElsewhereError

    path = tmp_path / "page.html"
    path.write_text(
        _page(
            '<p>附件：<a href="/u/2026/fzzf2025.pdf">青禾县司法局2025年法治政府建设年度报告.pdf</a></p>'
            '<p><a href="/u/2026/guide.docx">网站使用指南.docx</a></p>'
        ),
        encoding="utf-8",
    )
    with pytest.raises(
        ReportElsewhereError, match=r"青禾县司法局2025年法治政府建设年度报告\.pdf \(/u/2026/fzzf2025\.pdf\)"
    ):
        summarize(path)
    res = CliRunner().invoke(cli, ["summarize", str(path)])
    assert res.exit_code == 8 and res.stdout == ""
    assert (
        res.stderr.strip()
        .splitlines()[-1]
        .startswith("summarizer: error: page.html holds no report text, only a link to its file")
    )


def test_a_page_showing_its_report_as_pictures_says_it_needs_ocr(tmp_path) -> None:
    from summarizer.errors import ReportElsewhereError

    path = tmp_path / "page.html"
    path.write_text(_page("".join(f'<p><img src="/u/2026/fzzf_p{i}.jpg"></p>' for i in range(1, 6))), encoding="utf-8")
    with pytest.raises(ReportElsewhereError, match="5 picture"):
        summarize(path)


def test_a_page_with_the_reports_text_and_its_file_is_read(tmp_path) -> None:
    # the report's text in the page and the same report attached: the text is summarised
    body = "".join(f"<p>{p}</p>" for p in [*_BEFORE[1:], "（一）做实行政复议。全年办理复议案件156件。", *_AFTER])
    body += '<p>附件：<a href="/u/2026/fzzf2025.pdf">青禾县司法局2025年法治政府建设年度报告.pdf</a></p>'
    path = tmp_path / "page.html"
    path.write_text(_page(body), encoding="utf-8")
    summary = summarize(path)
    assert summary.document.agency == "青禾县司法局"
    assert "全年办理复议案件156件" in [a.statement for a in summary.achievements]


def test_a_page_embedding_the_reports_file_in_a_viewer_says_where_it_is(tmp_path) -> None:
    from summarizer.errors import ReportElsewhereError

    path = tmp_path / "page.html"
    path.write_text(_page('<iframe src="/pdfjs/web/viewer.html?file=/u/2026/fzzf2025.pdf"></iframe>'), encoding="utf-8")
    with pytest.raises(ReportElsewhereError, match=r"viewer\.html\?file=/u/2026/fzzf2025\.pdf"):
        summarize(path)


def test_a_rows_gloss_in_brackets_is_no_unit() -> None:
    # 受理复议（含调解）: the bracket says what is counted, it gives the figures no unit; 办结（宗） does
    rows = ["项目\t2024年\t2025年", "受理复议（含调解）\t120\t156", "办结（宗）\t110\t150"]
    summary = summarize(text="\n".join([*_BEFORE, *rows, *_AFTER]))
    items = {a.statement: [(m.label, m.value, m.unit) for m in a.metrics] for a in summary.achievements}
    assert items["受理复议（含调解）：2024年 120，2025年 156"] == [
        ("2024年受理复议（含调解）", 120, ""),
        ("2025年受理复议（含调解）", 156, ""),
    ]
    assert items["办结：2024年 110宗，2025年 150宗"] == [("2024年办结", 110, "宗"), ("2025年办结", 150, "宗")]
    assert summary.verification.ok


@pytest.mark.parametrize(("pager", "count"), [("共3页 {links} 下一页 尾页", "3"), ("{links} 下一页", "若干")])
def test_a_report_cut_into_pages_says_this_is_one_of_them(tmp_path, pager: str, count: str) -> None:
    # a site that cuts a long report into pages: the parts on pages 2 and 3 are not missing from the report
    links = " ".join(f'<a href="?p={i}">{i}</a>' for i in (1, 2, 3))
    nav = (
        pager.format(links=links)
        .replace("下一页", '<a href="?p=2">下一页</a>')
        .replace("尾页", '<a href="?p=3">尾页</a>')
    )
    body = "".join(f"<p>{p}</p>" for p in [*_BEFORE[1:], "（一）做实行政复议。全年办理复议案件156件。"])
    path = tmp_path / "page.html"
    path.write_text(_page(body + f'<div class="pager">{nav}</div>'), encoding="utf-8")
    summary = summarize(path)
    assert any(w.startswith("the page may be one of") and "?p=2" in w for w in summary.warnings)
    assert f"网页可能只是报告的一页（共{' ' + count + ' ' if count == '3' else count}页" in to_markdown(summary)


def test_a_page_linking_the_next_article_is_not_one_of_pages(tmp_path) -> None:
    # 下一篇 goes to another article, not to the rest of this one
    body = "".join(f"<p>{p}</p>" for p in [*_BEFORE[1:], "（一）做实行政复议。全年办理复议案件156件。", *_AFTER])
    path = tmp_path / "page.html"
    path.write_text(_page(body + '<p>下一篇：<a href="/a/2.html">平川县召开普法会议</a></p>'), encoding="utf-8")
    assert not [w for w in summarize(path).warnings if w.startswith("the page may be")]


def test_a_word_files_text_in_a_text_box_is_read_once(tmp_path) -> None:
    # a report set in a text box (Word writes the box twice: for today's readers and as a fallback for old ones):
    # its paragraphs are read after the paragraph holding the box, once
    import io

    import docx
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    lines = [_TITLE, "一、主要举措和成效", "（一）做实行政复议。全年办理复议案件156件。"]
    paragraphs = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    run = (
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}" xmlns:wps="{wps}"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent>'
        f"</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:txbxContent>{paragraphs}</w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    document = docx.Document()
    document.add_paragraph("青禾县司法局文件").add_run()._r.addnext(etree.fromstring(run))
    for text in _AFTER[1:]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "boxed.docx"
    path.write_bytes(buffer.getvalue())
    text = prepare_source(path).text
    assert text.count("全年办理复议案件156件") == 1
    summary = summarize(path)
    assert summary.document.agency == "青禾县司法局"
    assert "全年办理复议案件156件" in [a.statement for a in summary.achievements]


def test_an_ofd_document_is_named_with_what_to_do(tmp_path) -> None:
    # OFD (GB/T 33190), the national layout format some offices publish in, is a zip: not "a zip that is no DOCX"
    import io
    import zipfile

    from summarizer.errors import BinaryInputError

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>')
        archive.writestr("Doc_0/Document.xml", "<ofd:Document/>")
    path = tmp_path / "report.ofd"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(BinaryInputError, match=r"report\.ofd is an OFD document \(GB/T 33190\).*export it as PDF"):
        summarize(path)


def test_a_short_news_item_with_its_photos_is_read_as_news(tmp_path) -> None:
    # a few lines of news and three photos of the meeting: a news item, not a report shown as pictures
    lead = (
        "3月18日，青禾县司法局召开2025年法治政府建设工作推进会，总结去年工作，部署今年任务。"
        "会议通报了全县法治政府建设年度报告的编制情况，要求各单位按时公开报告。"
    )
    photos = "".join(f'<p><img src="/u/2026/meeting_{i}.jpg"></p>' for i in range(3))
    path = tmp_path / "news.html"
    path.write_text(_page(f"<p>{lead}</p>{photos}"), encoding="utf-8")
    assert "推进会" in prepare_source(path).text


def test_a_long_table_of_rows_as_wide_as_each_other_keeps_every_row() -> None:
    # 30 rows of one width read as a text hard-wrapped at that width: their rows had run together from the tenth on
    rows = ["项目\t2024年\t2025年", *(f"第{i:02d}类案件（件）\t{10 + i}\t{20 + i}" for i in range(30))]
    summary = summarize(text="\n".join([*_BEFORE, *rows, *_AFTER]))
    table = [a for a in summary.achievements if a.statement.startswith("第")]
    assert len(table) == 30
    assert table[29].statement == "第29类案件：2024年 39件，2025年 49件"


@pytest.mark.parametrize("body", ["", "对照创建标准查漏补缺，逐项落实整改。开展文明单位复查，年底前完成。"])
def test_a_plans_tasks_heading_is_no_task(body: str) -> None:
    # 二、主要任务 with its tasks as sentences under it, or nothing under it where a copy was cut: the heading names
    # where the tasks stand, it is none of them
    text = "\n".join(
        [
            "平川县创建文明县城实施方案",
            "为巩固创建成果，制定本方案。",
            "一、指导思想",
            "以提高群众文明素质为重点，推动社会文明进程。",
            "二、主要任务",
            *([body] if body else []),
        ]
    )
    summary = summarize(text=text)
    assert summary.document.doc_type == "implementation_plan"
    assert [p.action for p in summary.plans] == (
        ["对照创建标准查漏补缺，逐项落实整改", "开展文明单位复查，年底前完成"] if body else []
    )


def test_a_word_page_laid_out_in_a_table_of_columns_keeps_its_headings(tmp_path) -> None:
    # a report set in the first column of a three-column table, the others empty: its lines are lines (headings
    # included), not rows of cells
    rows = [
        ["一、主要举措和成效", "", ""],
        ["（一）做实行政复议。全年办理复议案件156件。", "", ""],
        ["二、存在的不足和原因", "", ""],
    ]
    path = tmp_path / "laid-out.docx"
    path.write_bytes(table_docx([_TITLE], rows, ["基层执法力量不足。"]))
    summary = summarize(path)
    assert [m.title for m in summary.measures] == ["做实行政复议"]
    assert [s.issue for s in summary.shortfalls] == ["基层执法力量不足"]


def test_a_heading_copied_with_empty_cells_after_it_stays_a_heading() -> None:
    # a report pasted from a spreadsheet's first column: its lines end in tabs, and are lines of words still
    lines = [
        *_BEFORE[:2],
        "一、主要举措和成效\t\t",
        "（一）做实行政复议。全年办理复议案件156件。\t\t",
        "二、存在的不足和原因\t\t",
    ]
    summary = summarize(text="\n".join([*lines, "基层执法力量不足。"]))
    assert [m.title for m in summary.measures] == ["做实行政复议"]
    assert [s.issue for s in summary.shortfalls] == ["基层执法力量不足"]


def test_the_review_page_says_a_warning_in_chinese(tmp_path) -> None:
    # the review page is read by the same analyst as the Markdown: its warnings in the same words
    from summarizer.render.review import to_html

    nav = '共3页 <a href="?p=2">下一页</a>'
    body = "".join(f"<p>{p}</p>" for p in [*_BEFORE[1:], "（一）做实行政复议。全年办理复议案件156件。"])
    path = tmp_path / "page.html"
    path.write_text(_page(body + f'<div class="pager">{nav}</div>'), encoding="utf-8")
    page = to_html(summarize(path), prepare_source(path).text)
    assert "⚠ 网页可能只是报告的一页（共 3 页，下一页：?p=2）" in page
