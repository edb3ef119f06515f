"""Hostile inputs, outputs and summaries (issue 12): nothing clobbered, nothing hangs, nothing wrongly passes.

Speed and memory figures for the resource cases are printed by ``bench/hostile.py``; these tests assert the
behaviour: the exit code, the one-line message, what is (not) left on disk.
"""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import summarize
from summarizer.batch import read_results
from summarizer.cli import cli
from summarizer.engines import rules
from summarizer.errors import DecodeError, InputError, InputTooLargeError, OutputError
from summarizer.ingest import format_number, load
from summarizer.ingest.html import _parse_html
from summarizer.render.table import KEYS, to_csv, write_table

from .conftest import FIXTURES, SEEDS

SEED = str(FIXTURES / "004_85fd514af7da5818.txt")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture()
def runner():
    return CliRunner()


def _no_tmp(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def _summary_json(runner, tmp_path: Path) -> tuple[Path, dict]:
    out = tmp_path / "s.json"
    res = runner.invoke(cli, ["summarize", SEED, "--format", "json", "--engine", "rules", "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out, json.loads(out.read_text(encoding="utf-8"))


def _rewrite(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# --- outputs -------------------------------------------------------------------------------------------------------


def test_output_to_a_character_device_is_written_in_place(runner):
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "-o", os.devnull])
    assert res.exit_code == 0, res.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_to_a_fifo_is_written_in_place(runner, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "-o", str(fifo)])
    reader.join(10)
    assert res.exit_code == 0, res.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and got and got[0].startswith(b"# ")


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(runner, tmp_path):
    target, link = tmp_path / "real.md", tmp_path / "link.md"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "-o", str(link)])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# ")
    _no_tmp(tmp_path)


def test_output_over_the_input_is_a_usage_error(runner, tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes(Path(SEED).read_bytes())
    for alias in (str(report), str(tmp_path / "." / "r.txt")):
        res = runner.invoke(cli, ["summarize", str(report), "--engine", "rules", "-o", alias])
        assert res.exit_code == 2 and "input" in res.stderr and "Traceback" not in res.output
    assert report.read_bytes() == Path(SEED).read_bytes()


def test_output_to_a_directory_is_a_usage_error_and_leaves_nothing(runner, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "-o", str(folder)])
    assert res.exit_code == 2 and "is a directory" in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def _disk_full(monkeypatch) -> None:
    from summarizer import output

    def full(fd, payload):  # noqa: ANN001
        os.write(fd, bytes(payload)[:10])  # a few bytes make it, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "_write_all", full)


def test_disk_full_is_exit_12_and_the_old_file_survives_whole(runner, tmp_path, monkeypatch):
    out = tmp_path / "s.md"
    out.write_text("old summary", encoding="utf-8")
    _disk_full(monkeypatch)
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "-o", str(out)])
    assert res.exit_code == 12 and "No space left" in res.stderr
    assert out.read_text(encoding="utf-8") == "old summary"
    _no_tmp(tmp_path)


def test_table_on_a_full_disk_raises_and_leaves_no_tmp(tmp_path, monkeypatch):
    _disk_full(monkeypatch)
    with pytest.raises(OutputError):
        write_table([{"file": "a", "status": "done", "sha256": "a" * 64, "summary": None}], tmp_path / "t.csv")
    assert list(tmp_path.iterdir()) == []


def test_resumed_batch_with_html_dir_on_a_full_disk_fails_and_leaves_no_tmp(tmp_path, monkeypatch):
    from summarizer.cli import batch_command

    reports = tmp_path / "in"
    reports.mkdir()
    for name in SEEDS[:3]:
        (reports / name).write_bytes((FIXTURES / name).read_bytes())
    results, pages = tmp_path / "r.jsonl", tmp_path / "pages"
    args = [str(reports), "-o", str(results), "-q", "--workers", "0", "--engine", "rules"]
    assert CliRunner().invoke(batch_command, args).exit_code == 0
    _disk_full(monkeypatch)
    res = CliRunner().invoke(batch_command, [*args, "--html-dir", str(pages)])
    assert res.exit_code == 1 and "3 failed" in res.stderr
    assert not pages.exists() or not list(pages.iterdir())
    assert len(read_results(results)) == 3  # the summaries are still done: a rerun only writes the pages
    monkeypatch.undo()
    assert CliRunner().invoke(batch_command, [*args, "--html-dir", str(pages)]).exit_code == 0
    assert len(list(pages.glob("*.html"))) == 3


# --- inputs that are not what they look like -----------------------------------------------------------------------


def test_fifo_input_is_refused_at_once(runner, tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    res = runner.invoke(cli, ["summarize", str(fifo), "--engine", "rules"])
    assert res.exit_code == 3 and "FIFO" in res.stderr and "'-'" in res.stderr


def test_fifo_in_a_batch_is_a_failed_report_not_a_hang(tmp_path):
    from summarizer.cli import batch_command

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    res = CliRunner().invoke(
        batch_command,
        [str(fifo), "-o", str(tmp_path / "r.jsonl"), "-q", "--workers", "0", "--engine", "rules", "--timeout", "5"],
    )
    assert res.exit_code == 1
    [rec] = read_results(tmp_path / "r.jsonl")
    assert rec["status"] == "failed" and rec["exit_code"] == 3 and "FIFO" in rec["error"]


@pytest.mark.parametrize("path", ["no such report", "报告\n2023年我局扎实推进法治政府建设", "report"])
def test_a_path_is_a_path_whatever_it_looks_like(runner, tmp_path, path):
    res = runner.invoke(cli, ["summarize", str(tmp_path / path), "--engine", "rules"])
    assert res.exit_code == 3 and res.stdout == ""


def test_api_one_line_string_is_a_path_and_text_goes_through_text(tmp_path):
    with pytest.raises(InputError):
        summarize(str(tmp_path / "mistyped"), engine="rules")
    text = (FIXTURES / SEEDS[2]).read_text(encoding="utf-8")
    assert summarize(text=text, engine="rules").document.agency == summarize(text, engine="rules").document.agency


# --- resources -----------------------------------------------------------------------------------------------------


def test_word_numbering_values_are_bounded():
    assert format_number(10**11, "lowerLetter") == str(10**11)
    assert format_number(10**11, "upperRoman") == str(10**11)
    assert format_number(28, "lowerLetter") == "bb" and format_number(3999, "upperRoman") == "MMMCMXCIX"


def _docx_with(numbering_start: str | None = None, styles: int = 0) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    if numbering_start is not None:
        numbering = document.part.numbering_part.element
        numbering.append(
            parse_xml(
                f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="{numbering_start}"/>'
                '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            )
        )
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="7"><w:abstractNumId w:val="7"/></w:num>'))
    for i in range(3):
        paragraph = document.add_paragraph(f"我局扎实推进法治政府建设第{i + 1}项。")
        if numbering_start is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = 7
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_numbering_starting_at_1e11_is_clamped_to_words_limit():
    lines = load(_docx_with("100000000000")).text.split("\n")
    assert lines[0].startswith("32767.") and lines[2].startswith("32769.")


def test_docx_style_chain_of_thousands_inherits_numbering():
    data = _docx_with()
    source = zipfile.ZipFile(io.BytesIO(data))
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>'
        + (f'<w:basedOn w:val="s{i - 1}"/>' if i else '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>')
        + "</w:style>"
        for i in range(5000)
    )
    document_xml = (
        source.read("word/document.xml").decode().replace("<w:p>", '<w:p><w:pPr><w:pStyle w:val="s4999"/></w:pPr>', 1)
    )
    numbering = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                data = f'<w:styles xmlns:w="{W}">{styles}</w:styles>'.encode()
            elif info.filename == "word/document.xml":
                data = document_xml.encode()
            elif info.filename == "word/numbering.xml":
                data = numbering.encode()
            target.writestr(info.filename, data)
    assert load(out.getvalue()).text.split("\n")[0] == "一、我局扎实推进法治政府建设第1项。"


def _bomb(inflated: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_with()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr("word/padding.xml", b" " * inflated)
    return out.getvalue()


def test_zip_bomb_is_measured_while_inflating():
    data = _bomb(3 << 20)
    assert len(data) < 64 << 10
    with pytest.raises(InputTooLargeError, match="inflates to more than"):
        load(data, max_bytes=1 << 20)
    assert "我局" in load(data, max_bytes=4 << 20).text


def test_zip_bomb_lying_about_its_size_is_damaged_not_inflated():
    data = bytearray(_bomb(3 << 20))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("word/padding.xml")
    data[info.header_offset + 22 : info.header_offset + 26] = (100).to_bytes(4, "little")
    central = data.rfind(b"word/padding.xml") - 46
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    with pytest.raises(InputError, match="damaged zip"):
        load(bytes(data), max_bytes=1 << 20)


def _pdf(folder: Path, pages: int) -> bytes:
    """Pages of 10,000 characters of 2-point text, built by the benchmark's own builder."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "hostile", Path(__file__).resolve().parent.parent / "bench" / "hostile.py"
    )
    hostile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hostile)  # type: ignore[union-attr]
    return Path(hostile.many_pages(folder, pages)[0]).read_bytes()


def test_pdf_pages_and_characters_are_capped(monkeypatch, tmp_path):
    from summarizer.ingest import pdf as ingest

    data = _pdf(tmp_path, 5)
    monkeypatch.setattr(ingest, "MAX_PDF_PAGES", 4)
    with pytest.raises(InputTooLargeError, match="5 pages, more than the 4-page limit"):
        load(data)
    monkeypatch.undo()
    with pytest.raises(InputTooLargeError, match=r"more than 15,000 characters of text \(by page 2 of 5\)"):
        load(data, max_chars=15000)
    assert len(load(data).text) > 40000


def test_pdf_with_a_password_says_so(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Rule of law report 2023")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    with pytest.raises(InputError, match="encrypted PDF") as info:
        load(bytes(pdf.output()))
    assert "damaged" not in str(info.value)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Rule of law report 2023")
    pdf.set_encryption(owner_password="owner")  # no user password: opens with the empty one
    assert "Rule of law report 2023" in load(bytes(pdf.output())).text


def _page(inner: str) -> bytes:
    body = "".join(f"<p>我局扎实推进法治政府建设，全年办理行政复议案件{i}件。</p>" for i in range(10))
    return (
        f"<html><head><meta charset='utf-8'><title>某市2023年法治政府建设年度报告</title></head><body>"
        f"{inner.replace('BODY', body)}</body></html>"
    ).encode()


def test_html_element_with_thousands_of_attributes_keeps_64_and_its_text():
    attributes = " ".join(f'a{i}="x"' for i in range(20000))
    page = _page(f'<div class="TRS_Editor" {attributes}>BODY</div>')
    root = _parse_html(page.decode())
    assert max(len(element.attrib) for element in root.iter()) == 64
    assert "行政复议案件9件" in load(page).text


def test_html_nested_deeper_than_libxml2s_limit_keeps_its_text():
    text = load(_page("<div>" * 10000 + "BODY" + "</div>" * 10000)).text
    assert "行政复议案件0件" in text and "行政复议案件9件" in text


def test_text_longer_than_max_chars_is_exit_6_with_the_number(runner, tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(f"第{i}项" for i in range(40000)), encoding="utf-8")
    res = runner.invoke(cli, ["summarize", str(path), "--engine", "rules"])
    assert res.exit_code == 6 and "200,000 characters" in res.stderr and "--max-chars" in res.stderr
    assert runner.invoke(cli, ["summarize", str(path), "--engine", "rules", "--max-chars", "400000"]).exit_code == 0


def test_summarize_timeout(runner, monkeypatch):
    def slow(doc):  # noqa: ANN001
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pass

    monkeypatch.setattr(rules, "run", slow)
    t0 = time.monotonic()
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules", "--timeout", "0.3"])
    assert res.exit_code == 10 and "--timeout 0.3" in res.stderr and time.monotonic() - t0 < 5


# --- decoding ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_a_few_stray_bytes_are_replaced_with_a_warning(codec):
    text = (FIXTURES / SEEDS[1]).read_text(encoding="utf-8")
    first, second = len(text[:100].encode(codec)), len(text[:900].encode(codec)) + 1
    broken = text[:100].encode(codec) + b"\xff" + text[100:900].encode(codec) + b"\x80" + text[900:].encode(codec)
    loaded = load(broken)
    assert loaded.encoding == codec and loaded.text.count("\ufffd") == 2
    assert loaded.text.replace("\ufffd", "") == text
    [warning] = loaded.warnings
    assert "2 byte(s)" in warning and f"{first}, {second}" in warning
    summary = summarize(broken, engine="rules")
    assert warning in summary.warnings


def test_mostly_undecodable_bytes_are_still_refused():
    data = "法治政府建设".encode() + bytes(range(0x80, 0x100)) * 4
    with pytest.raises(DecodeError):
        load(data)


# --- verify --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1e400", "-Infinity"])
def test_verify_rejects_non_finite_numbers(runner, tmp_path, value):
    out, _ = _summary_json(runner, tmp_path)
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    i = next(i for i, a in enumerate(data["achievements"]) if a["metrics"])
    old = json.dumps(data["achievements"][i]["metrics"][0]["value"])
    data["achievements"][i]["metrics"][0]["value"] = "@@"
    out.write_text(json.dumps(data, ensure_ascii=False).replace('"@@"', value), encoding="utf-8")
    res = runner.invoke(cli, ["verify", str(out), SEED])
    assert res.exit_code == 1, (old, res.output)
    assert f"UNSUPPORTED achievements[{i}].metrics[0].value" in res.stdout


def test_verify_recomputes_normalized_values(runner, tmp_path):
    out, data = _summary_json(runner, tmp_path)
    i, j = next(
        (i, j)
        for i, a in enumerate(data["achievements"])
        for j, m in enumerate(a["metrics"])
        if m["unit"] and m["value"] >= 10
    )
    data["achievements"][i]["metrics"][j]["normalized_value"] *= 10  # 8900元 -> 89000
    _rewrite(out, data)
    res = runner.invoke(cli, ["verify", str(out), SEED])
    assert res.exit_code == 1 and f"UNSUPPORTED achievements[{i}].metrics[{j}].normalized_value" in res.stdout


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("document.agency", lambda d: d["document"].update(agency="另一个区人民政府")),
        ("document.report_year", lambda d: d["document"].update(report_year=d["document"]["report_year"] - 1)),
        (
            "compliance.shortfalls_causes.present",
            lambda d: d["compliance"]["shortfalls_causes"].update(
                present=not d["compliance"]["shortfalls_causes"]["present"]
            ),
        ),
        ("len(shortfalls)", lambda d: d["shortfalls"].pop()),
    ],
)
def test_verify_recomputes_facts_compliance_and_items(runner, tmp_path, field, change):
    out, data = _summary_json(runner, tmp_path)
    assert runner.invoke(cli, ["verify", str(out), SEED]).exit_code == 0
    change(data)
    _rewrite(out, data)
    res = runner.invoke(cli, ["verify", str(out), SEED])
    assert res.exit_code == 1 and f"DIFFERS {field}:" in res.stdout


def test_verify_bounds_the_summary_and_names_the_bad_field(runner, tmp_path):
    out, data = _summary_json(runner, tmp_path)
    res = runner.invoke(cli, ["verify", str(out), SEED, "--max-bytes", "1000"])
    assert res.exit_code == 6 and "--max-bytes" in res.stderr
    data["achievements"][0]["metrics"] = [{"label": "x", "value": "many"}]
    _rewrite(out, data)
    res = runner.invoke(cli, ["verify", str(out), SEED])
    assert res.exit_code == 3 and "achievements[0].metrics[0]" in res.stderr


# --- results.jsonl -------------------------------------------------------------------------------------------------


def test_results_lines_of_the_wrong_shape_are_reported_and_redone(tmp_path):
    from summarizer.cli import batch_command

    reports = tmp_path / "in"
    reports.mkdir()
    for name in SEEDS[:3]:
        (reports / name).write_bytes((FIXTURES / name).read_bytes())
    results = tmp_path / "r.jsonl"
    args = [str(reports), "-o", str(results), "-q", "--workers", "0", "--engine", "rules"]
    assert CliRunner().invoke(batch_command, args).exit_code == 0
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    records[0]["sha256"] = [records[0]["sha256"]]
    records[1]["summary"] = None
    records[2]["summary"]["document"] = 5
    results.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    res = CliRunner().invoke(batch_command, [*args, "--table", str(tmp_path / "t.csv")])
    assert res.exit_code == 0, res.output
    for line in (1, 2, 3):
        assert f"{results}:{line}: not a batch record" in res.stderr
    assert "3 done" in res.stderr and "already done" not in res.stderr
    assert len(read_results(results)) == 3 and (tmp_path / "t.csv").exists()


# --- rendering -----------------------------------------------------------------------------------------------------


def test_markdown_escapes_report_text(runner, monkeypatch):
    original = rules.run

    def with_markup(doc):  # noqa: ANN001
        summary = original(doc)
        summary.achievements[0].statement = "<script>alert(1)</script> **粗体** [链接](http://x)\n# 标题"
        return summary

    monkeypatch.setattr(rules, "run", with_markup)
    res = runner.invoke(cli, ["summarize", SEED, "--engine", "rules"])
    assert "<script>" not in res.stdout and "\\<script\\>" in res.stdout
    assert "\\*\\*粗体\\*\\*" in res.stdout and "\\[链接\\]" in res.stdout and "\n# 标题" not in res.stdout


@pytest.mark.parametrize("value", ["\n=1+1", ' =HYPERLINK("x")', "\t@SUM(A1)", "\r\n+1", "－1+1"])
def test_csv_neutralises_formulas_after_leading_whitespace(value):
    csv_text = to_csv([{key: value if key == "file" else "" for key in KEYS}])
    assert "'" + value.replace('"', '""') in csv_text


def test_api_text_with_a_lone_surrogate_is_summarised_not_a_crash():
    # a str decoded with surrogateescape from bytes cut mid-character: no UTF-8 encodes it
    from summarizer import summarize

    result = summarize(
        text="某局2023年法治政府建设年度报告\n现将有关情况报告如下:\n一、主要举措和成效\n全年办结案件12件\udce6。"
    )
    assert result.document.doc_type == "annual_report"
    result.model_dump_json().encode("utf-8")  # the output writes as UTF-8
