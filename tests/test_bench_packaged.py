"""bench/packaged.py: whether a real report's items survive its copies' packagings and pass their own check."""

from __future__ import annotations

import json

from bench.packaged import main

_REPORT = (
    "青禾县司法局2024年度法治政府建设情况报告\n"
    "2024年，县司法局坚持依法行政，全面推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）完善公共法律服务。实现41个村(社区)法律顾问全覆盖，全年审查合同23份，参与群众超2万人次。\n"
    "（二）严格规范执法。开展执法检查12次，办理行政复议案件5件，办件平均等候时间不超过10分钟。\n"
    "二、存在的不足和原因\n"
    "一是基层法治力量仍然薄弱。二是执法人员业务能力有待提升。\n"
    "三、下一年度工作安排\n"
    "一是持续深化法治学习；二是严格规范执法行为。\n"
)


def _folder(tmp_path, text: str):
    labels = tmp_path / "X.jsonl"
    rows = [{"id": "X-001", "doc_type": "annual_report"}, {"id": "X-002", "doc_type": "news"}]
    labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "X-001.txt").write_text(text, encoding="utf-8")
    (docs / "X-002.txt").write_text("青禾县召开会议\n3月1日，青禾县召开会议。\n", encoding="utf-8")
    return docs, labels


def test_the_script_reads_each_packaging_of_the_reports_in_a_folder(tmp_path, capsys) -> None:
    docs, labels = _folder(tmp_path, _REPORT)
    assert main([str(docs), "--labels", str(labels), "--change", "traditional", "one_line", "-v"]) == 0
    out = capsys.readouterr().out
    assert "documents: 1 (annual_report)   plain summaries failing their check: 0" in out  # the news is not read
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith(("traditional", "one_line"))}
    assert rows["traditional"][1:3] == ["1", "100.0%"] and rows["traditional"][-1] == "0"
    assert rows["one_line"][1:3] == ["1", "100.0%"] and rows["one_line"][-1] == "0"


def test_a_packaging_that_loses_items_is_counted_and_listed(tmp_path, capsys, monkeypatch) -> None:
    # a change that loses a measure (here one that drops the line of measure (二)): the texts it alters are counted
    # against it, by section, and -v names them
    import bench.packaged as packaged

    def drop_second(doc):
        return "\n".join(line for line in doc.text.split("\n") if not line.startswith("（二）"))

    monkeypatch.setitem(packaged.PERTURBATIONS, "wrap38", drop_second)
    docs, labels = _folder(tmp_path, _REPORT)
    assert main([str(docs), "--labels", str(labels), "--change", "wrap38", "-v"]) == 0
    out = capsys.readouterr().out
    assert "X-001\twrap38\tmeasures, achievements, figures" in out
    (row,) = [line.split() for line in out.splitlines() if line.startswith("wrap38")]
    assert row[1:5] == ["1", "0.0%", "1", "1"] and row[-2:] == ["1", "0"]  # measures, achievements, figures; check ok


def test_a_folder_with_no_labelled_report_is_said_with_a_non_zero_exit(tmp_path, capsys) -> None:
    docs, labels = _folder(tmp_path, _REPORT)
    (docs / "X-001.txt").unlink()
    assert main([str(docs), "--labels", str(labels)]) == 2
    assert "no labelled annual_report text" in capsys.readouterr().err
