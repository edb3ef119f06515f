"""The command line as a user meets it: output formats, the engine notice, errors, verify and --strict."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.engines import rules

from .conftest import FIXTURES, ROOT

SEED = str(FIXTURES / "004_85fd514af7da5818.txt")


@pytest.fixture()
def runner():
    return CliRunner()


def test_markdown_for_people(runner):
    res = runner.invoke(cli, ["summarize", SEED])
    assert res.exit_code == 0, res.output
    out = res.stdout
    for heading in [
        "## 一、主要举措和成效",
        "## 二、存在的不足和原因",
        "## 三、党政主要负责人履行推进法治建设第一责任人职责情况",
        "## 四、下一年度主要安排（2024年）",
        "## 核验",
    ]:
        assert heading in out
    assert "**223家**" in out and "**8900元**" in out  # numbers bolded
    assert "法治队伍建设有待加强" in out
    assert "无依据 0" in out


def test_auto_engine_says_it_uses_rules_in_one_line(runner, monkeypatch, tmp_path):
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    monkeypatch.delenv("SUMMARIZER_CONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.config/summarizer/config.toml
    res = runner.invoke(cli, ["summarize", SEED, "--format", "json"])
    assert res.exit_code == 0
    notice = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(notice) == 1 and "rules engine" in notice[0]
    assert json.loads(res.stdout)["provenance"]["engine"] == "rules"


def test_json_validates_against_the_exported_schema(runner, tmp_path):
    out = tmp_path / "s.json"
    res = runner.invoke(cli, ["summarize", SEED, "--format", "json", "--engine", "rules", "-o", str(out)])
    assert res.exit_code == 0 and res.stdout == ""
    schema = json.loads((ROOT / "schemas" / "summary.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), schema)


def test_schema_command_prints_the_exported_schema(runner):
    res = runner.invoke(cli, ["schema"])
    assert json.loads(res.stdout) == json.loads((ROOT / "schemas" / "summary.schema.json").read_text(encoding="utf-8"))


def test_missing_file_is_one_line_and_exit_3(runner, tmp_path):
    res = runner.invoke(cli, ["summarize", str(tmp_path / "nope.txt")])
    assert res.exit_code == 3
    lines = res.stderr.strip().splitlines()
    assert lines[-1].startswith("summarizer: error:") and "Traceback" not in res.stderr


def test_verify_passes_a_faithful_summary_and_catches_a_changed_number(runner, tmp_path):
    out = tmp_path / "s.json"
    runner.invoke(cli, ["summarize", SEED, "--format", "json", "--engine", "rules", "-o", str(out)])
    ok = runner.invoke(cli, ["verify", str(out), SEED])
    assert ok.exit_code == 0, ok.output
    data = json.loads(out.read_text(encoding="utf-8"))
    stmt = next(a for a in data["achievements"] if "223家" in a["statement"])
    stmt["statement"] = stmt["statement"].replace("223家", "232家")  # a transposition
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    bad = runner.invoke(cli, ["verify", str(out), SEED])
    assert bad.exit_code == 1
    assert "UNSUPPORTED" in bad.stdout and "232家" in bad.stdout


def test_verify_catches_a_quote_whose_offsets_moved(runner, tmp_path):
    out = tmp_path / "s.json"
    runner.invoke(cli, ["summarize", SEED, "--format", "json", "--engine", "rules", "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    data["shortfalls"][0]["evidence"][0]["start"] += 1
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(cli, ["verify", str(out), SEED])
    assert res.exit_code == 1 and "MISMATCH shortfalls[0].evidence[0]" in res.stdout


def test_verify_rejects_a_file_that_is_not_a_summary(runner, tmp_path):
    bogus = tmp_path / "x.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    res = runner.invoke(cli, ["verify", str(bogus), SEED])
    assert res.exit_code == 3 and "is not a summary" in res.stderr


_rules_run = rules.run


def _engine_with_a_wrong_number(doc):
    summary = _rules_run(doc)
    summary.achievements[0].statement += "，培训13.2%人员"  # the source has no 13.2%
    return summary


def test_strict_fails_and_markdown_flags_an_unsupported_number(runner, monkeypatch):
    monkeypatch.setattr(rules, "run", _engine_with_a_wrong_number)
    lenient = runner.invoke(cli, ["summarize", SEED, "--engine", "rules"])
    assert lenient.exit_code == 0
    assert "**13.2%** ⚠原文无此数" in lenient.stdout and "核验未通过" in lenient.stdout
    strict = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "--strict"])
    assert strict.exit_code == 1
    assert "unsupported number" in strict.stderr


def test_standard_input(runner):
    raw = (FIXTURES / "002_69ba15540b3f8e73.txt").read_bytes()
    res = runner.invoke(cli, ["summarize", "-", "--format", "json", "--engine", "rules"], input=raw)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["document"]["agency"] == "金普新区卫生健康局"


def test_auto_engine_picks_llm_when_config_file_names_a_model(monkeypatch, tmp_path):
    from summarizer.engines import resolve_engine

    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("OPENAI_API_KEY", "test-key-not-secret")
    monkeypatch.setenv("DEEPSEEK_API_KEY", "test-key-not-secret")
    assert resolve_engine("auto", {}).name == "rules"
    cfg = tmp_path / "c.toml"
    cfg.write_text('[llm]\nmodel = "deepseek-chat"\nprovider = "deepseek"\n', encoding="utf-8")
    assert resolve_engine("auto", {"config": str(cfg)}).name == "llm"
