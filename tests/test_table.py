"""The comparison table: one row per report, stable columns, CSV with BOM and XLSX read back."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from summarizer.batch import iter_results, run_batch
from summarizer.labels import PART_LABELS
from summarizer.render.table import COLUMNS, HEADERS, rows, write_table

from .conftest import FIXTURES, SEEDS

# The contract: programs and people's spreadsheets rely on these names and this order.
EXPECTED_HEADERS = [
    "文件",
    "状态",
    "机关",
    "报告年度",
    "文件类型",
    "主要举措和成效",
    "存在的不足和原因",
    "第一责任人职责",
    "下一年度安排",
    "缺少的法定部分",
    "举措数",
    "成效数",
    "数据项数",
    "不足数",
    "原因数",
    "安排数",
    "第一责任人履职事项数",
    "核验",
    "无依据数字",
    "不一致引文",
    "引擎",
    "模型",
    "错误",
    "SHA-256",
    # issue 14: quality indicators, appended at the end
    "法定部分顺序合规",
    "第一责任人专章",
    "每千字数据项",
    "成效有数字占比",
    "分析了原因",
    "套话式不足数",
    "安排有目标数",
    "安排有时限数",
    "发布日期",
    "按时公开",
    # session 76: what the summary warns of, appended at the end
    "提示",
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """A results file from a rules batch over the seeds, plus one failed input."""
    d = tmp_path_factory.mktemp("table")
    for name in SEEDS:
        shutil.copy(FIXTURES / name, d / name)
    (d / "=HYPERLINK(1).txt").write_text("")  # fails (empty), and its name looks like a formula
    out = d / "results.jsonl"
    report = run_batch([d], out, engine="rules")
    assert report.done == len(SEEDS) and report.failed == 1
    return out


def test_columns_are_stable():
    assert HEADERS == EXPECTED_HEADERS
    assert len({k for k, _ in COLUMNS}) == len(COLUMNS)


def test_one_row_per_report_with_counts(results):
    table = rows(iter_results(results))
    assert len(table) == len(SEEDS) + 1
    records = {json.loads(line)["file"]: json.loads(line) for line in results.read_text("utf-8").splitlines()}
    for r in table:
        rec = records[r["file"]]
        if rec["status"] == "failed":
            assert r["status"] == "失败" and r["error"].startswith("[4] ") and r["agency"] == ""
            continue
        s = rec["summary"]
        assert r["status"] == "完成" and r["engine"] == "rules"
        assert r["agency"] == (s["document"]["agency"] or "")
        assert r["measures"] == len(s["measures"]) and r["plans"] == len(s["plans"])
        assert r["shortfalls"] == len(s["shortfalls"]) and r["causes"] == len(s["causes"])
        assert r["duty_actions"] == len(s["first_responsible_person"]["actions"])
        n_metrics = sum(len(i["metrics"]) for k in ("achievements", "shortfalls", "causes", "plans") for i in s[k])
        n_metrics += sum(len(a["metrics"]) for a in s["first_responsible_person"]["actions"])
        assert r["metrics"] == n_metrics
        assert r["verification"] == ("通过" if s["verification"]["ok"] else "未通过")
        for part in ("measures_achievements", "shortfalls_causes", "first_responsible_person", "next_year_plans"):
            assert r[part] == ("是" if s["compliance"][part]["present"] else "否")
    plan = next(r for r in table if "003_" in r["file"])  # an implementation plan lacks every mandated part
    assert plan["doc_type"] == "实施方案" and plan["year"] == ""
    assert plan["missing"] == "、".join(PART_LABELS.values())


def test_latest_record_of_a_report_wins():
    recs = [
        {"file": "a.txt", "sha256": "1", "status": "failed", "error": "boom", "exit_code": 10},
        {"file": "b.txt", "sha256": "2", "status": "failed", "error": "x", "exit_code": 3},
        {
            "file": "a.txt",
            "sha256": "1",
            "status": "done",
            "engine": "llm",
            "summary": {
                "document": {"agency": "某局", "report_year": 2024, "doc_type": "annual_report"},
                "provenance": {"engine": "llm", "model": "m"},
                "verification": {"ok": True, "checked": True},
            },
        },
    ]
    table = rows(recs)
    assert [(r["file"], r["status"]) for r in table] == [("a.txt", "完成"), ("b.txt", "失败")]
    assert table[0]["model"] == "m" and table[0]["doc_type"] == "法治政府建设年度报告" and table[0]["measures"] == 0


def test_csv_reads_back_with_utf8_sig(results, tmp_path):
    path = write_table(iter_results(results), tmp_path / "t.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        data = list(csv.reader(f))
    assert data[0] == EXPECTED_HEADERS
    assert len(data) == len(SEEDS) + 2
    assert all(len(r) == len(EXPECTED_HEADERS) for r in data)
    by_file = {r[0]: dict(zip(EXPECTED_HEADERS, r)) for r in data[1:]}
    done = [r for r in by_file.values() if r["状态"] == "完成"]
    assert {r["机关"] for r in done} >= {"阳江市卫生健康局", "金普新区卫生健康局"}


def test_xlsx_reads_back_with_openpyxl(results, tmp_path):
    from openpyxl import load_workbook

    path = write_table(iter_results(results), tmp_path / "t.xlsx")
    ws = load_workbook(path).active
    data = [list(r) for r in ws.iter_rows(values_only=True)]
    assert data[0] == EXPECTED_HEADERS
    assert len(data) == len(SEEDS) + 2
    col = {h: i for i, h in enumerate(EXPECTED_HEADERS)}
    done = [r for r in data[1:] if r[col["状态"]] == "完成"]
    assert all(isinstance(r[col["举措数"]], int) and isinstance(r[col["数据项数"]], int) for r in done)
    assert {r[col["报告年度"]] for r in done} >= {2022, 2024, 2025}
    failed = next(r for r in data[1:] if r[col["状态"]] == "失败")
    assert failed[0].endswith("=HYPERLINK(1).txt") and failed[col["错误"]].startswith("[4] ")


FORMULA = [
    {"file": '=HYPERLINK("http://x","y").txt', "sha256": "1", "status": "failed", "error": "-1 bad", "exit_code": 4}
]


def test_formulas_stay_text(tmp_path):
    from openpyxl import load_workbook

    with open(write_table(FORMULA, tmp_path / "t.csv"), encoding="utf-8-sig", newline="") as f:
        row = list(csv.reader(f))[1]
    assert row[0] == "'" + FORMULA[0]["file"] and row[EXPECTED_HEADERS.index("错误")] == "[4] -1 bad"
    ws = load_workbook(write_table(FORMULA, tmp_path / "t.xlsx")).active
    assert ws["A2"].value == FORMULA[0]["file"] and ws["A2"].data_type == "s"


def test_bad_extension():
    with pytest.raises(ValueError, match=".csv or .xlsx"):
        write_table([], "t.ods")
