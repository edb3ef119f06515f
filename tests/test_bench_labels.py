"""bench/labels.py: the count of unusable metric labels on real reports, which session 63's label fixes are judged by."""

from __future__ import annotations

import json

from bench.labels import flaw, main


def test_a_label_is_unusable_when_it_is_one_character_a_verb_alone_or_cut_inside_marks() -> None:
    assert flaw("对") == "one character"
    assert flaw("完成") == flaw("组织对") == flaw("实现全县") == "verb alone"
    assert flaw("组织犯罪法》《某条例》等重点法律法规") == "cut title"
    assert flaw("实现“网上办") == "cut quotation"
    assert flaw("重点法律法规") is flaw("“秒批”改革") is flaw("县(市、区)") is None


def test_the_script_counts_the_unusable_labels_of_the_reports_in_a_folder(tmp_path, capsys) -> None:
    labels = tmp_path / "X.jsonl"
    rows = [{"id": "X-001", "doc_type": "annual_report"}, {"id": "X-002", "doc_type": "news"}]
    labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    report = (
        "青禾县司法局2024年度法治政府建设情况报告\n"
        "2024年，县司法局坚持依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）完善公共法律服务。实现41个村(社区)法律顾问全覆盖，全年审查合同23份。\n"
        "二、存在的不足和原因\n"
        "一是基层法治力量仍然薄弱。\n"
    )
    (docs / "X-001.txt").write_text(report, encoding="utf-8")
    (docs / "X-002.txt").write_text(
        "青禾县召开会议\n本报讯 3月1日，青禾县召开会议，对21个村开展检查。\n", encoding="utf-8"
    )
    assert main([str(docs), "--labels", str(labels)]) == 0
    out = capsys.readouterr().out
    assert "documents: 1 (annual_report)   metrics: 2   unusable labels: 0 (0.0%)" in out  # the news item is not read


def test_a_folder_with_no_labelled_report_is_said_with_a_non_zero_exit(tmp_path, capsys) -> None:
    labels = tmp_path / "X.jsonl"
    labels.write_text(json.dumps({"id": "X-001", "doc_type": "annual_report"}) + "\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    assert main([str(tmp_path / "docs"), "--labels", str(labels)]) == 2
    assert "no labelled annual_report text" in capsys.readouterr().err
