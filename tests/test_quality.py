"""Quality indicators, follow-through, dashboard and the everyday conveniences of issue 14.

The expected indicators are a careful reading of the five fixtures (tests/fixtures/GOLD.md), written down here:

- 000 福州 2024: all four parts; the duty only in passing (one sentence in 一(一)); parts in order; 3 shortfalls, no
  causes; 法治建设待深化 and 普法精准待加强 are boilerplate (no number, case or example), 执法规范待提升 is not (具体表现为
  …: 现场检查、证据固定、文书制作); 3 plans with neither a target nor a deadline; no date anywhere: timeliness unknown.
- 001 阳江 2022: all parts, the duty in a subsection of its own (一(二)), which has no place of its own in the order;
  3 shortfalls, all boilerplate (有待进一步加强, 不够牢固, 薄弱), no causes; 5 plans, none measurable (the signature
  date under the last plan is no deadline); the page says 时间:2022-12-02: published on time (before 2023-04-01).
- 002 金普 2025: all parts, in order, the duty in part 三; 4 shortfalls with 4 causes; 1起/1起 and 18% make
  shortfalls 1 and 3 specific, 执法队伍素养有待提升 and 监督问责机制不健全 are boilerplate; plans 1, 2 and 5 name targets
  (不少于2场, 1次, 90%以上) and plans 1, 2, 5 a year; no date: unknown.
- 003 荥阳 实施方案: not an annual report; no mandated part; timeliness unknown (does not apply).
- 004 湖滨 2023: all parts, but the duty (part 二) comes before the shortfalls (part 三): not in the mandated order;
  4 shortfalls, all boilerplate (有待加强, 有待完善, 仍需提升, 有待创新), no causes; 5 plans without target or deadline.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from summarizer.api import summarize
from summarizer.cli import cli
from summarizer.followthrough import compare, groups
from summarizer.quality import GENERIC_PHRASES, specific
from summarizer.render.markdown import to_markdown, warning_zh

from .conftest import FIXTURES, cleaned_text
from .test_gold import GOLD

F = {n[:3]: n for n in (p.name for p in FIXTURES.glob("0*.txt"))}
SECOND_YEAR = FIXTURES / "years" / "jinpu-2026.txt"


@pytest.fixture(scope="module")
def summaries():
    return {k: summarize(FIXTURES / name, engine="rules") for k, name in F.items()}


READING = {
    #      parts, in_order, duty,        generic indices, with_target, with_deadline, timeliness
    "000": (4, True, "in_passing", [0, 2], 0, 0, "unknown"),
    "001": (4, True, "dedicated", [0, 1, 2], 0, 0, "on_time"),
    "002": (4, True, "dedicated", [1, 3], 3, 3, "unknown"),
    "003": (0, None, "absent", [], 1, 1, "unknown"),  # its goal: 到2025年，…满意度达90%以上
    "004": (4, False, "dedicated", [0, 1, 2, 3], 0, 0, "unknown"),
}


def shortfalls_and_causes(key: str) -> tuple[int, int]:
    """How many shortfalls and causes the report states: the gold facts' (an implementation plan states none)."""
    gold = GOLD.get(F[key])
    return (0, 0) if gold is None else (len(gold["shortfalls"]), len(gold["causes"]))


@pytest.mark.parametrize("key", sorted(READING))
def test_indicators_match_a_careful_reading(summaries, key):
    s = summaries[key]
    q = s.quality
    parts, in_order, duty, generic, target, deadline, timely = READING[key]
    n_short, n_causes = shortfalls_and_causes(key)
    assert q.completeness.parts_present == parts
    assert q.completeness.in_order is in_order
    assert q.completeness.duty == duty
    assert (q.problem_analysis.shortfalls, q.problem_analysis.causes) == (n_short, n_causes)
    assert q.problem_analysis.causes_analysed is (n_causes > 0)
    assert [g.index for g in q.problem_analysis.generic_shortfalls] == generic
    assert (q.plans.with_target, q.plans.with_deadline) == (target, deadline)
    assert q.timeliness.status == timely
    text = cleaned_text(F[key])
    for indicator in (q.completeness, q.concreteness, q.problem_analysis, q.plans, q.timeliness):
        assert re.search(r"[\u4e00-\u9fff]", indicator.explanation) and "\n" not in indicator.explanation
        for quote in indicator.quotes:
            assert text[quote.start : quote.end] == quote.text
    for g in q.problem_analysis.generic_shortfalls:
        assert g.phrase in GENERIC_PHRASES and g.phrase in g.quote.text
        assert text[g.quote.start : g.quote.end] == g.quote.text
    assert s.verification.ok  # the indicators' own numbers are not claims about the report


def test_timeliness_reads_the_page_date_and_the_signature(summaries):
    t = summaries["001"].quality.timeliness
    assert (t.publication_date, t.date_source, t.deadline) == ("2022-12-02", "metadata", "2023-04-01")
    late = summarize(
        text="某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n"
        "某县司法局\n2024年4月15日\n",
        engine="rules",
    )
    t = late.quality.timeliness
    assert (t.publication_date, t.date_source, t.status) == ("2024-04-15", "signature", "late")
    assert t.quotes[0].text == "2024年4月15日"
    on_time = summarize(
        text="某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n某县司法局\n2024年4月1日\n",
        engine="rules",
    )
    assert on_time.quality.timeliness.status == "on_time"  # 4月1日之前: the deadline day itself still counts


def test_specificity_test():
    assert specific("执法力量薄弱") is None
    assert specific("信访投诉占比达18%") and specific("出现1起行政复议撤销") and specific("未落实《行政处罚法》")
    assert specific("具体表现为:文书制作不规范")


def test_markdown_shows_items_in_full_with_numbers_bold_and_chinese_warnings(summaries):
    md = to_markdown(summaries["002"])
    assert "信访投诉占比达**18%**" in md  # the whole sentence, not only 普法工作实效不佳
    assert "出现**1起**行政复议撤销" in md and "法律专业人才占比**不足20%**" in md
    assert "力争案卷优秀率达**90%以上**" in md
    assert "## 质量指标" in md and "⚠ 套话式不足（“有待提升”）" in md
    plan = to_markdown(summaries["003"])
    assert "不是法治政府建设年度报告（实施方案）" in plan and "not an annual report" not in plan
    assert warning_zh("agency not found: x").startswith("未识别出机关")
    assert warning_zh("something new").startswith("提示：")


def test_follow_through_of_two_years_of_one_agency(summaries):
    after = summarize(SECOND_YEAR, engine="rules")
    assert (after.document.agency, after.document.report_year) == ("金普新区卫生健康局", 2026)
    ft = compare(after, summaries["002"])  # put in year order whatever the argument order
    assert (ft.before_year, ft.after_year, ft.warnings) == (2025, 2026, [])
    status = [p.status for p in ft.plans]
    # planned → done: 习近平法治思想专题学习 (measure 一), 执法培训规划/实战演练, 执法案卷电子化; planned → not found:
    # the 健康金普·法治护航 普法 brand and the 法治监督小组 are not in the 2026 report
    assert status == ["followed_up", "followed_up", "not_found", "not_found", "followed_up"]
    done = ft.plans[4]
    assert "推行执法案卷电子化管理" in done.shared_terms and done.matched_quote.text in SECOND_YEAR.read_text()
    assert done.plan_quote.text in cleaned_text(F["002"])
    assert [(r.before, r.after) for r in ft.recurring_shortfalls] == [
        ("执法队伍素养有待提升", "执法队伍素养仍有待提升")
    ]
    changes = {m.label_after: (m.before, m.after, m.change) for m in ft.metrics}
    assert changes["立案查处"] == ("27起", "31起", 4)
    assert changes["罚没款"] == ("105.2879万元", "98.6万元", pytest.approx(-66879))
    pairs = groups([("a", summaries["002"]), ("b", after), ("c", summaries["001"])])
    assert [(a, b) for a, b, _ in pairs] == [("a", "b")]


def test_compare_and_table_commands(tmp_path, summaries):
    runner = CliRunner()
    res = runner.invoke(
        cli, ["compare", str(FIXTURES / F["002"]), str(SECOND_YEAR), "--engine", "rules", "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [p["status"] for p in data["plans"]].count("not_found") == 2
    res = runner.invoke(cli, ["compare", str(FIXTURES / F["001"]), str(SECOND_YEAR), "--engine", "rules"])
    assert res.exit_code == 0 and "两份报告的机关不同" in res.output
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    res = runner.invoke(cli, ["compare", str(bad), str(SECOND_YEAR)])
    assert res.exit_code == 3 and "is not a summary" in res.output and "Traceback" not in res.output

    reports = tmp_path / "in"
    reports.mkdir()
    for name in (F["001"], F["002"]):
        (reports / name).write_bytes((FIXTURES / name).read_bytes())
    (reports / "copy.txt").write_bytes((FIXTURES / F["001"]).read_bytes())
    out = tmp_path / "r.jsonl"
    res = runner.invoke(
        cli,
        [
            "batch",
            str(reports),
            "-o",
            str(out),
            "--engine",
            "rules",
            "-q",
            "--workers",
            "0",
            "--md-dir",
            str(tmp_path / "md"),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "1 duplicate(s) skipped: " in res.output and "copy.txt (same bytes as" in res.output
    mds = sorted(p.name for p in (tmp_path / "md").iterdir())
    assert len(mds) == 2 and "信访投诉占比达**18%**" in next((tmp_path / "md").glob("002_*.md")).read_text()
    res = runner.invoke(cli, ["table", str(out), "-o", str(tmp_path / "t.csv")])
    assert res.exit_code == 0, res.output
    csv = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "套话式不足数" in csv[0] and "按时公开" in csv[0] and len(csv) == 3
    assert "2022-12-02,按时" in csv[1] or "2022-12-02,按时" in csv[2]
    res = runner.invoke(cli, ["table", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "t.csv")])
    assert res.exit_code == 3 and "no such results file" in res.output


@pytest.mark.parametrize("command", ["summarize", "batch", "check", "verify", "schema", "compare", "table"])
def test_help_ends_with_examples(command):
    res = CliRunner().invoke(cli, [command, "--help"])
    assert res.exit_code == 0
    tail = res.output[res.output.index("Examples:") :]
    examples = [line for line in tail.splitlines()[1:] if line.strip().startswith(("summarizer ", "cat "))]
    assert 2 <= len(examples) <= 3
    assert res.output.index("Options:") < res.output.index("Examples:")  # the examples end the help
    assert "summarizer " in res.output.rstrip().splitlines()[-1]
