"""`summarizer check`: any summary (a chat model's, a person's Markdown or DOCX briefing) against its report.

The summaries below are written in our own words, in the styles people produce, each with known wrong figures:
every test asserts that exactly those are flagged and nothing else (no false alarm on a faithful figure).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from decimal import Decimal

import jsonschema
import opencc
import pytest

from summarizer import CheckResult, check
from summarizer.check import check_json_schema, check_prepared, prepare_report
from summarizer.render.check_page import check_to_html

from .conftest import FIXTURES, ROOT, SEEDS, cleaned_text
from .test_gold import GOLD
from .test_review import _load, browser, parse  # noqa: F401  (browser: the review tests' Chromium fixture)

SCHEMA_FILE = ROOT / "schemas" / "check.schema.json"
S2T = opencc.OpenCC("s2t")
T2S = opencc.OpenCC("t2s")


def flagged(result: CheckResult) -> list[str]:
    return sorted([n.text for n in result.unsupported()] + [f"“{q.text}”" for q in result.not_found()])


def by_status(result: CheckResult, status: str) -> list[str]:
    return sorted(n.text for n in result.numbers if n.status == status)


def assert_offsets(result: CheckResult, summary: str, report: str) -> None:
    """Every finding says where it is: summary offsets, line and column, and report spans that hold."""
    lines = summary.split("\n")
    for f in [*result.numbers, *result.quotes, *result.left_alone]:
        assert summary[f.start : f.end] == f.text
        assert lines[f.line - 1][f.column - 1 : f.column - 1 + len(f.text)] == f.text
    for n in result.numbers:
        assert (n.status == "unsupported") == (not n.spans)
        for sp in n.spans:
            assert report[sp.start : sp.end] == sp.text and sp.text in sp.context
        if n.spans:
            assert n.report_form == n.spans[0].text
    for q in result.quotes:
        if q.span is not None:
            assert report[q.span.start : q.span.end] == q.span.text


# --------------------------------------------------------------------------------------------------------------------
# A chat model's bullet summary (阳江 2022): one rounded, one summed, one swapped digit, one unit change, one invented
# --------------------------------------------------------------------------------------------------------------------

CHAT_001 = """**阳江市卫生健康局2022年法治政府建设年度报告摘要**

以下是该报告的要点总结：

1. **行政审批提速**：截至11月23日共受理行政许可申请1028件，办结率100%；46大项政务服务事项全部可网办，即办率达98.5%。
2. **双随机抽查**：全年国家随机监督抽查任务539家，监督完成率99.26%，处罚案件129宗，处罚金额2890元。
3. **日常执法**：1—11月出动执法人员5213人次，立案查处违法案件32宗，罚没款合计2.268万元。
4. **执法队伍**：共有执法人员47人，均具备执法资格；另组织培训执法人员120人次。
5. **矛盾纠纷化解**：医调委受理89宗，调解成功52宗，调解成功率约58%，总诉求金额3113.69万元。
6. **疫情防控**：启用隔离场所12个、隔离房间2039间，累计发布疫情信息706条，发送提醒短信近1200万条。

**存在的不足**：法治思想学习宣传有待加强，部分人员依法行政能力不足，监督执法力量薄弱。

**2023年计划**：深化“放管服”改革，强化执法人员培训，继续开展“双随机”抽检。
"""
# 1028件: digits swapped (1082件); 2890元: 2.89万元 at the wrong magnitude; 2.268万元: 1.77万元 + 0.498万元 summed;
# 120人次: invented. 约58% rounds the report's 58.4% and says so: faithful.
CHAT_001_WRONG = ["1028件", "120人次", "2.268万元", "2890元"]
SEED_001 = "001_fe0e8058e257553a.txt"


def test_chat_bullet_summary_flags_exactly_the_wrong_figures():
    result = check(CHAT_001, FIXTURES / SEED_001)
    assert flagged(result) == CHAT_001_WRONG
    assert by_status(result, "rounded") == ["约58%"]
    rounded = next(n for n in result.numbers if n.status == "rounded")
    assert rounded.report_form == "58.4%" and "58.4%" in rounded.note
    assert not result.ok and result.counts.unsupported == 4
    assert result.counts.exact + result.counts.equivalent >= 20  # the faithful figures are all there, accepted
    notes = {n.text: n.note for n in result.unsupported()}
    assert "1082件" in notes["1028件"]
    assert "2.89万元" in notes["2890元"]
    assert "1.77万元" in notes["2.268万元"] and "0.498万元" in notes["2.268万元"]
    assert notes["120人次"] == "not in the report"
    assert {a.text for a in result.left_alone if a.reason == "list_numbering"} == {f"{i}." for i in range(1, 7)}
    assert_offsets(result, CHAT_001, cleaned_text(SEED_001, keep_script=True))


def test_rounding_must_say_so_and_must_be_a_rounding():
    report = "群众满意度58.4%，全年培训5213人次，发送短信1196万条。"
    ok = check(
        "满意度约58%；满意度近六成的说法不算数字；培训约5200人次；短信约1200万条；满意度约为60%。", report_text=report
    )
    assert flagged(ok) == [] and by_status(ok, "rounded") == sorted(["约5200人次", "约1200万条", "约58%", "约为60%"])
    bad = check(
        "满意度58%；满意度约59%；满意度约50%；培训约6000人次；短信约1000万条；培训5000余人次。", report_text=report
    )
    assert flagged(bad) == sorted(["58%", "约6000人次", "约1000万条", "约50%", "约59%", "5000余人次"])
    assert "约" in next(n.note for n in bad.numbers if n.text == "58%")  # say it is rounded
    assert "5213人次" in next(n.note for n in bad.numbers if n.text == "5000余人次")  # bounds are not derived


# --------------------------------------------------------------------------------------------------------------------
# A hand-written Markdown briefing (金普 2025)
# --------------------------------------------------------------------------------------------------------------------

MD_002 = """---
title: 金普新区卫生健康局法治政府建设情况简报
date: 2026-01-08
---

# 金普新区卫健局2025年法治建设简报

> 整理：法规科　　整理日期：2026年1月8日

## 一、主要成效

1. 执法人员人均完成学习 **24学分**，实现全员覆盖。
2. 重大执法决定经党组研究51件，开展重大事项法治听证10次。
3. 全年出动监督员 **6882人次**、监督车辆2149车次，检查单位4238户次。
4. 受理投诉举报611起，立案27起，罚没款合计105.2879万元（即1052879元），查处率、反馈率均为100%。
5. 组织专业培训12次、225人次参加；25人参加执法资格考试，24人取证。
6. 另举办法治讲座15场。

## 二、不足与原因

（一）报告坦承存在“重业务、轻法治”倾向，因不懂法规引发的信访投诉占比达18%。
（二）原因之一是法律专业人才占比不足20%。报告原话：“部分中层干部和业务骨干将法治工作视为‘辅助性工作’，未作为业务前置要求”。

## 三、第一责任人履职

局党组书记、局长落实第一责任人职责，督促班子成员履行“一岗双责”，报告称其“每季度组织法治建设推进会 牵头解决法治与业务融合难点问题”。

## 四、2026年安排

一是深化法治与业务融合；二是加强执法队伍建设。第3季度前完成案卷评查。
"""
# 6882人次: digits swapped (6828人次); 15场: invented.
MD_002_WRONG = ["15场", "6882人次"]
SEED_002 = "002_69ba15540b3f8e73.txt"


def test_markdown_briefing_from_file_via_cli(tmp_path):
    path = tmp_path / "briefing.md"
    path.write_text(MD_002, encoding="utf-8")
    out = tmp_path / "check.json"
    proc = _cli("check", str(path), str(FIXTURES / SEED_002), "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    result = CheckResult.model_validate_json(out.read_text(encoding="utf-8"))
    assert flagged(result) == MD_002_WRONG
    assert by_status(result, "equivalent") == ["1052879元"]
    assert result.summary.source == "briefing.md"
    quotes = {q.text: q for q in result.quotes}
    nested = quotes["部分中层干部和业务骨干将法治工作视为‘辅助性工作’，未作为业务前置要求"]  # “” nested as ‘’
    assert nested.status == "near_verbatim" and "punctuation" in nested.note
    near = quotes["每季度组织法治建设推进会 牵头解决法治与业务融合难点问题"]  # a comma dropped
    assert near.status == "near_verbatim" and "punctuation" in near.note
    assert quotes["重业务、轻法治"].status == "verbatim"
    left = {(a.text, a.reason) for a in result.left_alone}
    assert {
        ("2026-01-08", "summary_date"),
        ("2026年1月8日", "summary_date"),
        ("一、", "section_number"),
        ("（一）", "section_number"),
        ("一是", "list_numbering"),
        ("第一责任人", "fixed_phrase"),
        ("一岗双责", "fixed_phrase"),
        ("第3", "ordinal"),
        ("1.", "list_numbering"),
    } <= left
    assert_offsets(result, MD_002, cleaned_text(SEED_002))


# --------------------------------------------------------------------------------------------------------------------
# A DOCX briefing (湖滨 2023), built here with python-docx
# --------------------------------------------------------------------------------------------------------------------

SEED_004 = "004_85fd514af7da5818.txt"


def _docx_briefing() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("湖滨区卫健委2023年法治政府建设情况简报", level=1)
    d.add_paragraph("2024年1月10日")
    d.add_paragraph("一、总体情况")
    d.add_paragraph("1. 对全区223家医疗机构开展医疗乱象专项整治，受领国家、省随机监督抽查任务87件，完成率100%。")
    d.add_paragraph("2. 截至12月20日立案查处并结案12件，其中简易程序5件，罚款人民币8900万元。")
    d.add_paragraph("3. 在政府网站公示信息200余条；受理信访件26件次，按时办结率100%。")
    d.add_paragraph("二、下一步")
    d.add_paragraph("报告提出“法治宣传教育形式有待创新和拓宽”，2024年将加以改进。")
    table = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("指标", "数值"), ("医疗机构", "223家"), ("抽查任务", "87件")]):
        row.cells[0].text, row.cells[1].text = label, value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_briefing_via_cli(tmp_path):
    path = tmp_path / "简报.docx"
    path.write_bytes(_docx_briefing())
    proc = _cli("check", str(path), str(FIXTURES / SEED_004), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    result = CheckResult.model_validate_json(proc.stdout)
    assert result.summary.format == "docx"
    # 5件: the report says 简易程序6件; 8900万元: the report's 8900元 at the wrong magnitude
    assert flagged(result) == ["5件", "8900万元"]
    assert [q.status for q in result.quotes] == ["verbatim"]
    assert ("2024年1月10日", "summary_date") in {(a.text, a.reason) for a in result.left_alone}
    assert sum(1 for n in result.numbers if n.text == "223家" and n.status == "exact") == 2  # the table too
    strict = _cli("check", str(path), str(FIXTURES / SEED_004), "--strict")
    assert strict.returncode == 1
    assert "2 unsupported number(s)" in strict.stderr and "Traceback" not in strict.stderr
    first = strict.stdout.splitlines()[1:3]  # unsupported first, with line numbers
    assert all(re.match(r"简报\.docx:\d+:\d+: UNSUPPORTED ", line) for line in first), strict.stdout


# --------------------------------------------------------------------------------------------------------------------
# Scripts: a traditional summary of a simplified report, and the reverse
# --------------------------------------------------------------------------------------------------------------------


def test_traditional_summary_of_simplified_report():
    summary = S2T.convert(CHAT_001)
    assert summary != CHAT_001 and len(summary) == len(CHAT_001)
    result = check(summary, FIXTURES / SEED_001)
    assert flagged(result) == sorted(S2T.convert(t) for t in CHAT_001_WRONG)
    assert by_status(result, "rounded") == ["約58%"]
    assert result.summary.script == "traditional"
    assert_offsets(result, summary, cleaned_text(SEED_001, keep_script=True))


def test_simplified_summary_of_traditional_report():
    report_text = cleaned_text(SEEDS[0], keep_script=True)
    summary = (
        "福州市卫健委2024年报告要点：\n- 审批时限由1696个工作日压减至174个工作日，压缩率约90%；\n"
        "- 法律顾问审查合同218.07万元，培训近1500人次，开展活动60余次；\n- 共办理行政复议案件194件。\n"
        "报告写道：“法治建设待深化”。"
    )
    result = check(summary, FIXTURES / SEEDS[0])
    assert result.report.script == "traditional"
    assert flagged(result) == ["194件"]  # invented
    assert by_status(result, "rounded") == ["约90%"]  # 89.74%
    assert [q.status for q in result.quotes] == ["verbatim"]
    q = result.quotes[0]
    assert T2S.convert(report_text[q.span.start : q.span.end]) == "法治建设待深化"
    assert_offsets(result, summary, report_text)


# --------------------------------------------------------------------------------------------------------------------
# GOLD numbers restated, and every single-digit mutation of them
# --------------------------------------------------------------------------------------------------------------------


def _written(value, unit: str, qualifier) -> str:
    v = format(Decimal(str(value)), "f")
    if qualifier in ("余", "多"):
        return f"{v}{qualifier}{unit}"
    return f"{qualifier or ''}{v}{unit}"


def _mutations(written: str) -> list[str]:
    out = []
    digits = [i for i, c in enumerate(written) if c.isdigit()]
    for i in digits:
        for d in "0123456789":
            if d == written[i]:
                continue
            m = written[:i] + d + written[i + 1 :]
            run = re.search(r"\d[\d.]*", m).group()
            if len(run.split(".")[0]) > 1 and run.startswith("0"):
                continue  # a leading zero (0082件) is not a way anyone writes a number
            out.append(m)
    return out


GOLD_CASES = [(doc, _written(*t)) for doc in sorted(GOLD) for t in GOLD[doc]["numbers"]]


def _in_report(claim: str, text: str) -> bool:
    """The report states this very figure somewhere (a mutation can land on another true figure: 25人 → 24人)."""
    return re.search(rf"(?<![\d.]){re.escape(claim)}(?![\d])", text) is not None


@pytest.mark.parametrize("doc", sorted(GOLD))
def test_gold_numbers_restated_are_accepted_and_mutations_flagged(doc):
    report = cleaned_text(doc, keep_script=True)
    simplified = T2S.convert(report)
    cases = [_written(*t) for t in GOLD[doc]["numbers"]]
    # every GOLD number restated in a summary sentence, each on its own line
    summary = "\n".join(f"- 报告显示，该项工作全年达到{c}，成效明显。" for c in cases)
    result = check(summary, FIXTURES / doc)
    assert flagged(result) == [], "false alarms"
    assert [n.text for n in result.numbers] == cases
    assert_offsets(result, summary, report)
    mutated, skipped = [], 0
    for c in cases:
        for m in _mutations(c):
            if _in_report(m, simplified):
                skipped += 1
                continue
            mutated.append(m)
    summary = "\n".join(f"- 报告显示，该项工作全年达到{m}，成效明显。" for m in mutated)
    result = check(summary, FIXTURES / doc)
    assert [n.text for n in result.numbers] == mutated
    missed = [n.text for n in result.numbers if n.status != "unsupported"]
    assert not missed, f"mutations accepted: {missed}"
    assert len(mutated) > 9 * len(cases) - skipped - 30  # nearly all digits of all figures were mutated
    print(
        f"{doc}: {len(cases)} GOLD numbers accepted; {len(mutated)} mutations flagged, {skipped} skipped "
        "(another figure of the report)"
    )


def test_the_plan_fixture_period():
    """003 (an implementation plan, no GOLD metrics): its period restated is accepted, mutated is flagged."""
    doc = SEEDS[3]
    assert check("- 方案实施期为2021—2025年。", FIXTURES / doc).ok
    assert flagged(check("- 方案实施期为2021—2026年。", FIXTURES / doc)) == ["2021—2026年"]


# --------------------------------------------------------------------------------------------------------------------
# Numbers that are not claims about the report
# --------------------------------------------------------------------------------------------------------------------


def test_non_claims_are_left_alone_and_listed():
    report = "全年办理案件56件。"
    summary = (
        "某局法治建设摘要\n撰写日期：2025年3月5日\n一、总体\n（二）推进“一网通办”和“十四五”规划，"
        "落实第一责任人职责，召开第3次会议\n1. 办理案件56件\n2) 一是强化学习\n2025年3月6日"
    )
    result = check(summary, report_text=report)
    assert [n.text for n in result.numbers] == ["56件"] and result.ok
    got = [(a.text, a.reason) for a in result.left_alone]
    assert got == [
        ("2025年3月5日", "summary_date"),
        ("一、", "section_number"),
        ("（二）", "section_number"),
        ("一网通办", "fixed_phrase"),
        ("十四五", "fixed_phrase"),
        ("第一责任人", "fixed_phrase"),
        ("第3", "ordinal"),
        ("1.", "list_numbering"),
        ("2)", "list_numbering"),
        ("一是", "list_numbering"),
        ("2025年3月6日", "summary_date"),
    ]
    assert all(a.note for a in result.left_alone)
    # a date inside a sentence is a claim, and is checked
    inside = check("摘要\n2024年3月5日召开会议，办理案件56件。\n完", report_text=report)
    assert flagged(inside) == ["2024年3月5日"]


# --------------------------------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------------------------------


def test_quote_kinds():
    report = "我局坚持依法行政，严格规范公正文明执法，全年办理案件1082件，群众满意度明显提升。"
    summary = (
        "「坚持依法行政，严格规范公正文明执法」\n『坚持依法行政严格规范公正文明执法』\n"
        '"严格规范公正文明执法，全年办理案件1082件"\n“全年办理案件1028件，群众满意度明显提升”\n'
        "“严格规范公正文明的执法”\n“我局始终把人民放在心上”\n“放管服”"
    )
    result = check(summary, report_text=report)
    statuses = [(q.text, q.status) for q in result.quotes]
    assert statuses == [
        ("坚持依法行政，严格规范公正文明执法", "verbatim"),
        ("坚持依法行政严格规范公正文明执法", "near_verbatim"),
        ("严格规范公正文明执法，全年办理案件1082件", "verbatim"),
        ("全年办理案件1028件，群众满意度明显提升", "not_found"),  # a numeral differs
        ("严格规范公正文明的执法", "near_verbatim"),  # one character added
        ("我局始终把人民放在心上", "not_found"),
    ]
    for q in result.quotes[:3]:
        assert report[q.span.start : q.span.end].replace("，", "") == q.text.replace("，", "")
    assert "numeral" in result.quotes[3].note
    assert result.quotes[5].span is None or result.quotes[5].similarity < 0.9
    assert flagged(result) == ["1028件", "“全年办理案件1028件，群众满意度明显提升”", "“我局始终把人民放在心上”"]


# --------------------------------------------------------------------------------------------------------------------
# Command line: formats, exit codes, input errors
# --------------------------------------------------------------------------------------------------------------------


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        text=stdin is None,
    )


def test_cli_exit_codes_and_text_output(tmp_path):
    report = FIXTURES / SEED_001
    good = tmp_path / "good.txt"
    good.write_text("- 受理行政许可申请1082件，即办率98.5%，调解成功率约58%。\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(CHAT_001, encoding="gb18030")  # any encoding the loaders read
    assert _cli("check", str(good), str(report), "--strict").returncode == 0
    proc = _cli("check", str(bad), str(report))
    assert proc.returncode == 0  # without --strict, a report is not a failure
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("bad.txt: NOT SUPPORTED: ") and "4 unsupported" in lines[0]
    assert [ln.split(": ", 1)[1].split(" ")[1] for ln in lines[1:5]] == ["1028件", "2890元", "2.268万元", "120人次"]
    assert lines[1].startswith("bad.txt:5:") and "ROUNDED 约58%" in lines[5]
    strict = _cli("check", str(bad), str(report), "--strict")
    assert strict.returncode == 1 and strict.stderr.startswith("summarizer: error: 4 unsupported number(s)")
    piped = subprocess.run(
        [sys.executable, "-m", "summarizer", "check", "-", str(report), "--strict"],
        input=good.read_bytes(),
        capture_output=True,
        env={"PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert piped.returncode == 0, piped.stderr


@pytest.mark.parametrize(
    ("make", "code", "says"),
    [
        (lambda p: None, 3, "not found"),
        (lambda p: p.write_text("  \n\n", encoding="utf-8"), 4, "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), 5, "image"),
        (lambda p: p.write_bytes(b"x" * 2000), 6, "--max-bytes"),
    ],
)
def test_cli_input_errors(tmp_path, make, code, says):
    path = tmp_path / "summary.txt"
    make(path)
    proc = _cli("check", str(path), str(FIXTURES / SEED_001), "--max-bytes", "1000")
    assert proc.returncode == code, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and says in proc.stderr.lower()
    assert "Traceback" not in proc.stderr


def test_cli_both_stdin_is_a_usage_error():
    proc = _cli("check", "-", "-", stdin=b"x")
    assert proc.returncode == 2 and b"standard input" in proc.stderr


def test_cli_missing_report(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("办理案件56件", encoding="utf-8")
    proc = _cli("check", str(path), str(tmp_path / "no-such-report.txt"))
    assert proc.returncode == 3 and "Traceback" not in proc.stderr


# --------------------------------------------------------------------------------------------------------------------
# The JSON contract
# --------------------------------------------------------------------------------------------------------------------


def test_exported_check_schema_is_current():
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == check_json_schema(), (
        "schemas/check.schema.json is stale: run `summarizer schema check > schemas/check.schema.json`"
    )


def test_json_output_validates():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = json.loads(check(CHAT_001, FIXTURES / SEED_001).model_dump_json())
    jsonschema.validate(data, schema)
    data["numbers"][0]["status"] = "plausible"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


# --------------------------------------------------------------------------------------------------------------------
# The HTML page, static and in headless Chromium (the review page's DevTools client and fixture)
# --------------------------------------------------------------------------------------------------------------------

XSS = "<script>alert(1)</script>"


def _page(summary: str, seed: str) -> tuple[CheckResult, str, str]:
    doc = prepare_report(FIXTURES / seed)
    result = check_prepared(summary, doc)
    return result, check_to_html(result, summary, doc.text), doc.text


def test_page_is_escaped_and_self_contained():
    summary = CHAT_001 + f"\n备注：{XSS}“{XSS}全文”\n"
    _, page, report = _page(summary, SEED_001)
    assert XSS not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    parsed = parse(page)
    assert parsed.scripts == 1 and "default-src 'none'" in page
    for tag, attrs in parsed.attrs:
        for name in ("src", "href", "action"):
            assert not re.match(r"\s*(https?:|//|file:)", attrs.get(name) or ""), (tag, attrs)
    for m in parsed.marks:  # every highlight of the report is the report's text at its offsets
        if m["tag"] == "mark":
            assert report[m["start"] : m["end"]] == m["text"]
    assert "核对未通过" in page and 'href="#L5"' in page  # the unsupported 1028件 on line 5, linked


_SUMMARY_JS = """Array.from(document.querySelectorAll('#sumtext [data-start]')).map(e => {
  const s = getComputedStyle(e);
  return {start: +e.dataset.start, end: +e.dataset.end, cls: e.className, text: e.textContent,
          q: e.dataset.q || null, href: e.getAttribute('href'), color: s.color, bg: s.backgroundColor};})"""
_MARKS_JS = """(function(id){return Array.from(document.querySelectorAll('#text mark')).filter(
  e => e.dataset.q.split(' ').includes(id)).map(e => [+e.dataset.start, +e.dataset.end, e.textContent,
  e.className, getComputedStyle(e).color]);})"""
_COLOURS = {
    "exact": "rgb(27, 127, 59)",
    "equivalent": "rgb(21, 88, 176)",
    "rounded": "rgb(21, 88, 176)",
    "unsupported": "rgb(255, 255, 255)",
}


@pytest.mark.chromium
def test_browser_colours_and_links_where_offsets_say(browser, tmp_path):  # noqa: F811
    result, page, report = _page(MD_002, SEED_002)
    _load(browser, tmp_path, page)
    assert browser.js("document.getElementById('text').textContent") == report
    shown = browser.js(_SUMMARY_JS)
    by_start = {e["start"]: e for e in shown}
    for e in shown:
        assert MD_002[e["start"] : e["end"]] == e["text"]
    for n in result.numbers:
        e = by_start[n.start]
        assert f"n-{n.status}" in e["cls"] and e["end"] == n.end
        assert e["color"] == _COLOURS[n.status], (n.text, e)
        if n.status == "unsupported":
            assert e["bg"] == "rgb(198, 40, 40)" and e["href"] is None
            continue
        assert e["href"] == f"#{e['q']}"
        assert browser.js(f"!!document.querySelector('#text a.qa[id=\"{e['q']}\"]')")
        marks = sorted(browser.js(f"{_MARKS_JS}({json.dumps(e['q'])})"))
        sp = n.spans[0]
        assert marks and marks[0][0] == sp.start and marks[-1][1] == sp.end
        assert "".join(m[2] for m in marks) == report[sp.start : sp.end]
        # coloured as supported: by this finding's status, or "exact" where another claim quotes the span exactly
        assert all(f"n-{n.status}" in m[3] or "n-exact" in m[3] for m in marks)
        assert all(m[4] == ("rgb(27, 127, 59)" if "n-exact" in m[3] else "rgb(21, 88, 176)") for m in marks)
    for a in result.left_alone:
        assert "n-left" in by_start[a.start]["cls"]
    for q in result.quotes:
        assert f"cq-{q.status}" in by_start[q.start]["cls"]
    # click a number: its report span is highlighted and scrolled into view; click the highlight: back to the line
    # (a finding whose report span no other finding shares, late in the report so that scrolling is needed)
    rounded_or_eq = next(
        n
        for n in reversed(result.numbers)
        if n.status != "unsupported"
        and browser.js(f"!!document.querySelector('#text mark[data-q=\"{by_start[n.start]['q']}\"]')")
    )
    qid = by_start[rounded_or_eq.start]["q"]
    browser.js("document.getElementById('text').parentElement.scrollTop = 0")
    r = browser.js(f"""(function(){{const a=document.querySelector('#sumtext a[data-q="{qid}"]');
        a.scrollIntoView({{block:'center'}}); const b=a.getBoundingClientRect(); return [b.left+2,(b.top+b.bottom)/2];}})()""")
    browser.click(*r)
    state = browser.js(f"""(function(){{const m=document.querySelector('#text mark[data-q~="{qid}"]');
        const b=m.getBoundingClientRect(); return [m.classList.contains('active'), b.top>=0 && b.bottom<=innerHeight];}})()""")
    assert state == [True, True]
    line = f"L{rounded_or_eq.line}"
    browser.js("document.getElementById('summary').scrollTop = 1e6")
    m = browser.js(f"""(function(){{const m=document.querySelector('#text mark[data-q="{qid}"]');
        const b=m.getClientRects()[0]; return [b.left+2,(b.top+b.bottom)/2];}})()""")
    browser.click(*m)
    assert browser.js(f"document.getElementById('{line}').classList.contains('current')")
    assert browser.js(f"""(function(){{const b=document.getElementById('{line}').getBoundingClientRect();
        return b.top>=0 && b.bottom<=innerHeight;}})()""")
    assert not [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
