"""bench/corpus.py scores the rules engine on a corpus of whole documents of one genre and one writer."""

from __future__ import annotations

import json

from bench.corpus import main

_REPORT = (
    "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、2015年工作回顾\n"
    "2015年，经济运行总体平稳，全年新增就业人口1100万人。\n二、2016年主要任务\n今年要着力稳增长。\n"
)


def test_it_counts_the_documents_read_as_the_genre_and_writer_from_the_body_and_with_the_title(
    tmp_path, capsys
) -> None:
    corpus = tmp_path / "reports.jsonl"
    rows = [
        {"year": "2016", "title": "2016年国务院政府工作报告", "content": _REPORT},
        {"year": "2016", "title": "随笔", "content": "今天天气很好，我们去公园散步，看见很多人在跳舞。"},
        {"year": None, "title": "关于政府工作报告的决议", "content": "大会批准这个报告。"},  # no year: not of the kind
    ]
    corpus.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    assert main([str(corpus), "--genre", "government_work_report", "--agency", "国务院", "-v"]) == 0
    out = capsys.readouterr().out
    assert "documents: 2" in out
    assert "body    genre  50.0% (1/2)   agency  50.0% (1/2)   wrong agency  0.0% (0)" in out
    assert "body 2016#2: genre other" in out


def test_an_unreadable_or_empty_corpus_is_said_in_one_line_with_a_failing_exit(tmp_path, capsys) -> None:
    assert main([str(tmp_path / "missing.jsonl"), "--genre", "g", "--agency", "a"]) == 2
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main([str(empty), "--genre", "g", "--agency", "a"]) == 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"year": "2020", "content": "正文"}\nnot json\n', encoding="utf-8")
    assert main([str(broken), "--genre", "g", "--agency", "a"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("corpus.py: ") for line in err)
    assert "line 2 is not JSON" in err[2]


def test_a_national_organs_full_name_is_its_name(tmp_path, capsys) -> None:
    # 中华人民共和国国务院 in the title is 国务院 named in full: counted right
    corpus = tmp_path / "reports.jsonl"
    row = {
        "year": "2016",
        "title": "2016年中华人民共和国国务院政府工作报告",
        "content": "各位代表：\n过去一年，经济平稳。\n",
    }
    corpus.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    assert main([str(corpus), "--genre", "government_work_report", "--agency", "国务院"]) == 0
    assert "titled  genre 100.0% (1/1)   agency 100.0% (1/1)" in capsys.readouterr().out


def test_the_bench_scripts_run_as_the_readme_runs_them(tmp_path) -> None:
    # python bench/corpus.py / bench/perturb.py from anywhere, with no PYTHONPATH: each finds bench.realworld beside it
    import os
    import subprocess
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parent.parent / "bench"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for script in ("corpus.py", "perturb.py"):
        run = subprocess.run(
            [sys.executable, str(bench / script), "--help"], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr


def test_each_document_can_name_its_own_writer(tmp_path, capsys) -> None:
    # --agency-field: a corpus of many writers (one province's report a line), a place standing for its government
    corpus = tmp_path / "provinces.jsonl"
    rows = [
        {
            "year": "2016",
            "title": "2016年青川省政府工作报告",
            "province": "青川省",
            "content": _REPORT.replace("国务院", "省人民政府"),
        },
        {
            "year": "2016",
            "title": "2016年白水省政府工作报告",
            "province": "黑山省",
            "content": _REPORT.replace("国务院", "省人民政府"),
        },
    ]
    corpus.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    assert main([str(corpus), "--genre", "government_work_report", "--agency-field", "province"]) == 0
    assert "titled  genre 100.0% (2/2)   agency  50.0% (1/2)" in capsys.readouterr().out
    # a line without the field cannot be scored: said, not guessed
    corpus.write_text(json.dumps({"year": "2016", "content": _REPORT}, ensure_ascii=False), encoding="utf-8")
    assert main([str(corpus), "--genre", "government_work_report", "--agency-field", "province"]) == 2


def test_each_document_can_name_its_own_genre_year_and_the_writers_other_names(tmp_path, capsys) -> None:
    # --genre-field, --year-field: one department's reports of two kinds, each scored on the year it reports on; a
    # row's aliases are the writer's short names (青川省人社厅 for 青川省人力资源和社会保障厅)
    corpus = tmp_path / "department.jsonl"
    disclosure = (
        "根据《中华人民共和国政府信息公开条例》，青川省人社厅编制本报告。\n一、总体情况\n"
        "2024年，青川省人社厅主动公开政府信息86条。\n"
    )
    rows = [
        {
            "year": "2025",
            "report_year": "2024",
            "title": "青川省人社厅2024年政府信息公开工作年度报告",
            "content": disclosure,
            "writer": "青川省人力资源和社会保障厅",
            "aliases": ["青川省人社厅"],
            "genre": "information_disclosure_report",
        },
        {
            "year": "2025",
            "report_year": "2023",  # (a wrong year in the corpus: counted as a miss, and listed)
            "title": "",
            "content": disclosure,
            "writer": "青川省人力资源和社会保障厅",
            "genre": "annual_report",
        },
    ]
    corpus.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    args = [str(corpus), "--genre-field", "genre", "--agency-field", "writer", "--year-field", "report_year", "-v"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "body    genre  50.0% (1/2)   agency  50.0% (1/2)   wrong agency 50.0% (1)   year  50.0% (1/2)" in out
    assert "body 2025#2: genre information_disclosure_report, agency '青川省人社厅', year 2024" in out
    import pytest

    with pytest.raises(SystemExit):  # (one genre for all, or one a row: never both)
        main([str(corpus), "--genre", "annual_report", "--genre-field", "genre", "--agency", "某"])
