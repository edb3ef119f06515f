"""Near-miss genres are typed and warned about; a cut-off report keeps what it has; bad input is one line."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from summarizer import summarize
from summarizer.cli import cli

from .conftest import FIXTURES
from .support.builders import png_bytes

PLAN = """某市司法局法治政府建设实施方案（2021—2025年）
为深入推进依法行政，加快建设法治政府，结合我局实际，制定本方案。
一、总体要求
（一）指导思想。坚持以习近平法治思想为指导。
（二）主要目标。到2025年，行政执法人员持证率达到100%。
二、主要任务
（三）健全依法决策机制。严格落实重大行政决策程序。（责任科室：法制科）
（四）严格规范公正文明执法。全面推行行政执法三项制度。（责任科室：执法科）"""

OUTLINE_PLAN = """某省法治政府建设实施纲要（2023—2027年）
一、深入推进依法行政
（一）推进政府职能转变。
（二）健全行政决策制度体系。"""

WORK_POINTS = """某区2024年法治政府建设工作要点
一、加强党对法治政府建设的领导
1.落实党政主要负责人履行推进法治建设第一责任人职责，年内召开专题会议不少于2次。
二、深化“放管服”改革
2.推进政务服务“一网通办”，全年网上可办率达到95%以上。"""

ACCOUNTABILITY = """某县卫生健康局局长2023年度述法报告
2023年，本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下：
一、学法用法情况
全年参加集中学法12次。
二、存在的不足
对新法新规学习不够深入。"""

DISCLOSURE = """某市卫生健康委员会2023年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制。
一、总体情况
2023年，主动公开政府信息1256条，受理依申请公开23件。
二、主动公开政府信息情况"""

GOV_WORK = """2024年某市人民政府工作报告
各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。
一、2023年工作回顾
全市地区生产总值增长5.2%。
二、2024年工作安排"""

NEWS = """某市发布2023年度法治政府建设情况报告
本网讯 近日，某市人民政府在门户网站公布了《某市2023年度法治政府建设情况报告》。
报告显示，全市全年办理行政复议案件356件，纠错率12.3%。
据了解，该报告从主要举措和成效、存在的不足和原因等方面作了总结。"""

FORM = """2023年度法治政府建设考核评分表
考核项目\t分值\t评分标准
依法决策\t10\t未落实重大行政决策程序的扣2分
严格执法\t20\t行政执法三项制度未全面落实的扣5分"""


@pytest.mark.parametrize(
    "text, doc_type",
    [
        (PLAN, "implementation_plan"),
        (OUTLINE_PLAN, "implementation_plan"),
        (WORK_POINTS, "work_points"),
        (ACCOUNTABILITY, "accountability_report"),
        (DISCLOSURE, "information_disclosure_report"),
        (GOV_WORK, "government_work_report"),
        (NEWS, "news"),
        (FORM, "assessment_form"),
    ],
)
def test_near_miss_genres_are_typed_warned_and_not_padded(text, doc_type):
    summary = summarize(text, engine="rules")
    assert summary.document.doc_type == doc_type
    # (a text here that stops at a heading with nothing under it is said to be cut off too, as it is)
    warnings = [w for w in summary.warnings if not w.startswith("the text may be cut off")]
    assert len(warnings) == 1 and "not an annual report" in warnings[0]
    assert "\n" not in warnings[0]
    # nothing mandated is claimed present, and nothing unsupported is said
    assert summary.compliance.missing == [
        "measures_achievements",
        "shortfalls_causes",
        "first_responsible_person",
        "next_year_plans",
    ]
    assert summary.verification.ok
    if doc_type in ("implementation_plan", "work_points"):
        assert summary.shortfalls == [] and summary.achievements == []
        assert not summary.first_responsible_person.reported
        assert summary.plans and all(p.target_year is None for p in summary.plans)


def test_plan_tasks_keep_their_numbers():
    # (the guiding thought is no task; the goal is given by its own words, with its figure)
    summary = summarize(PLAN, engine="rules")
    assert [p.action for p in summary.plans] == [
        "到2025年，行政执法人员持证率达到100%",
        "健全依法决策机制",
        "严格规范公正文明执法",
    ]
    assert [(m.value, m.unit) for m in summary.plans[0].metrics] == [(100.0, "%")]


def test_news_item_is_not_mistaken_for_the_report_it_is_about():
    summary = summarize(NEWS, engine="rules")
    assert summary.document.doc_type == "news"
    assert summary.shortfalls == [] and summary.plans == []


def test_cli_warns_in_one_line_for_a_near_miss_genre(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    res = CliRunner().invoke(cli, ["summarize", str(path), "--engine", "rules"])
    assert res.exit_code == 0
    warnings = [ln for ln in res.stderr.splitlines() if "warning" in ln]
    assert len(warnings) == 1 and "implementation_plan" in warnings[0]


def test_report_cut_off_after_part_one_lists_what_is_missing():
    text = (FIXTURES / "002_69ba15540b3f8e73.txt").read_text(encoding="utf-8")
    cut = text[: text.index("二、2025年推进法治政府建设存在的不足和原因")]
    summary = summarize(cut, engine="rules")
    assert summary.document.doc_type == "annual_report"
    assert len(summary.measures) == 4 and summary.achievements
    assert summary.compliance.missing == ["shortfalls_causes", "first_responsible_person", "next_year_plans"]
    assert summary.verification.ok


def test_report_cut_mid_sentence_is_not_an_error():
    text = (FIXTURES / "001_fe0e8058e257553a.txt").read_text(encoding="utf-8")
    summary = summarize(text[:2500], engine="rules")
    assert summary.document.agency == "阳江市卫生健康局"
    assert "next_year_plans" in summary.compliance.missing


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data, code, fragment",
    [
        ("empty.txt", b"", 4, "empty"),
        ("blank.txt", b" \n\t\r\n\xe3\x80\x80\n", 4, "empty"),
        ("image.png", png_bytes(), 5, "image"),
        ("archive.zip", _zip(), 5, "zip"),
        ("junk.txt", bytes([0x80, 0xFF, 0x80, 0xFF]) * 64, 7, "decode"),
    ],
)
def test_bad_input_is_one_line_with_its_own_exit_code(tmp_path, name, data, code, fragment):
    path = tmp_path / name
    path.write_bytes(data)
    res = CliRunner().invoke(cli, ["summarize", str(path)])
    assert res.exit_code == code, res.stderr
    err = [ln for ln in res.stderr.splitlines() if ln.startswith("summarizer: error")]
    assert len(err) == 1 and fragment in err[0].lower()
    assert "Traceback" not in res.stderr


def test_too_large_input_names_the_option(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes((FIXTURES / "002_69ba15540b3f8e73.txt").read_bytes())
    res = CliRunner().invoke(cli, ["summarize", str(path), "--max-bytes", "1000"])
    assert res.exit_code == 6 and "--max-bytes" in res.stderr


def test_unreadable_path_and_directory(tmp_path):
    assert CliRunner().invoke(cli, ["summarize", str(tmp_path / "missing.pdf")]).exit_code == 3
    res = CliRunner().invoke(cli, ["summarize", str(tmp_path)])
    assert res.exit_code == 3 and "Traceback" not in res.stderr
