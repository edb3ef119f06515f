"""Hostile inputs: each resource case built in a temp dir, run through the CLI in a subprocess, measured.

For every case prints the wall time, the peak RSS of the child process (``os.wait4``) and the exit code with the
one-line message. Target (issue 12): every case ends within 30 s and under 1 GiB on a 2-core machine, with the
exit code the README documents. The child runs under a 4 GiB address-space limit and is killed after 120 s, as a
guard for the machine: a case that needs either has failed anyway.

    python bench/hostile.py [--only NAME ...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "002_69ba15540b3f8e73.txt"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LIMIT_SECONDS, LIMIT_BYTES = 30.0, 1 << 30
GUARD_SECONDS, GUARD_BYTES = 120, 4 << 30
PARAGRAPH = "我局扎实推进法治政府建设，全年办理行政复议案件51件，开展执法检查611起。"


# --- builders --------------------------------------------------------------------------------------------------------


def _docx(body_paragraphs: int = 20) -> object:
    import docx

    document = docx.Document()
    for i in range(body_paragraphs):
        document.add_paragraph(f"{PARAGRAPH}第{i + 1}段。")
    return document


def _save(document, path: Path) -> None:  # noqa: ANN001
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())


def _replace_member(path: Path, name: str, data: bytes) -> None:
    """Rewrite a zip with one member's content replaced (python-docx cannot write what we want to break)."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, data if info.filename == name else source.read(info.filename))
    path.write_bytes(out.getvalue())


def big_numbering(tmp: Path) -> list[str]:
    """List numbering starting at 10**11 in letter and roman formats (Word's start value is at most 32767)."""
    from docx.oxml import parse_xml

    document = _docx(0)
    numbering = document.part.numbering_part.element
    for abstract_id, fmt in ((71, "lowerLetter"), (72, "upperRoman")):
        numbering.append(
            parse_xml(
                f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}"><w:lvl w:ilvl="0">'
                f'<w:start w:val="100000000000"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
                "</w:abstractNum>"
            )
        )
    for num_id in (71, 72):
        numbering.append(
            parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
        )
    for i in range(200):
        paragraph = document.add_paragraph(f"{PARAGRAPH}第{i + 1}项。")
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = 71 + i % 2
    path = tmp / "numbering.docx"
    _save(document, path)
    return [str(path)]


def zip_bomb(tmp: Path, lie: bool = False) -> list[str]:
    """A DOCX whose document.xml inflates to 1 GiB of blanks (1 MB on disk)."""
    path = tmp / f"bomb{'-lying' if lie else ''}.docx"
    _save(_docx(5), path)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    document_xml = source.read("word/document.xml")
    head, tail = document_xml.split(b"<w:body>", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open("word/document.xml", "w", force_zip64=False) as member:
                member.write(head + b"<w:body>")
                blanks = b" " * (1 << 20)
                for _ in range(1023):
                    member.write(blanks)
                member.write(tail)
    data = bytearray(out.getvalue())
    if lie:
        _lie_about_size(data, "word/document.xml", 1024)
    path.write_bytes(bytes(data))
    return [str(path)]


def lying_zip_bomb(tmp: Path) -> list[str]:
    """The same, with the zip declaring document.xml 1 KiB: inflating stops there and its CRC fails."""
    return zip_bomb(tmp, lie=True)


def _lie_about_size(data: bytearray, name: str, size: int) -> None:
    """Patch the uncompressed size of ``name`` in its local header and central-directory entry."""
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    pos = data.rfind(b"PK\x05\x06")
    central = struct.unpack_from("<I", data, pos + 16)[0]
    while data[central : central + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46 : central + 46 + name_len].decode() == name:
            struct.pack_into("<I", data, central + 24, size)
        central += 46 + name_len + extra_len + comment_len


def huge_styles(tmp: Path) -> list[str]:
    """styles.xml with 40,000 paragraph styles, each based on the previous one and numbered."""
    path = tmp / "styles.docx"
    _save(_docx(20), path)
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>'
        + (f'<w:basedOn w:val="s{i - 1}"/>' if i else "")
        + '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        for i in range(40000)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">{styles}</w:styles>'
    _replace_member(path, "word/styles.xml", xml.encode())
    return [str(path)]


def many_pages(tmp: Path, pages: int = 3000, lines: int = 100, cells: int = 0, name: str = "pages") -> list[str]:
    """3,000 pages of 2-point text, 10,000 characters each (one shared content stream: a 100 KB file); with
    ``cells``, each page also ruled into that many boxes (a table's grid)."""
    line = ("Rule of law 0123456789 " * 10)[:100]
    content = b"BT /F1 2 Tf 2.2 TL 10 835 Td\n" + f"({line}) Tj T*\n".encode() * lines + b"ET"
    content += b"".join(b"\n%d %d 13 19 re S" % (20 + (i % 40) * 13, 20 + (i // 40) * 19) for i in range(cells))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{5 + i} 0 R' for i in range(pages))}] /Count {pages} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        4: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    }
    for i in range(pages):
        objects[5 + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        )
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref, count = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, count))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref)
    path = tmp / f"{name}-{pages}.pdf"
    path.write_bytes(bytes(out))
    return [str(path)]


def tiny_text_pages(tmp: Path) -> list[str]:
    """1,900 such pages: under the page limit, so the character limit has to stop it."""
    return many_pages(tmp, 1900)


def _page(inner: str) -> str:
    body = "".join(f"<p>{PARAGRAPH}第{i + 1}段。</p>" for i in range(30))
    return (
        f"<html><head><meta charset='utf-8'><title>某市2023年法治政府建设年度报告</title></head><body>"
        f"{inner.replace('BODY', body)}</body></html>"
    )


def many_attributes(tmp: Path) -> list[str]:
    """One element with 300,000 attributes (libxml2 checks each against all earlier ones)."""
    attributes = " ".join(f'a{i}="x"' for i in range(300000))
    path = tmp / "attributes.html"
    path.write_text(_page(f"<div {attributes}>BODY</div>"), encoding="utf-8")
    return [str(path)]


def deep_html(tmp: Path) -> list[str]:
    """The report inside 10,000 nested <div>s (libxml2 stops at depth 2048 and drops the rest)."""
    path = tmp / "deep.html"
    path.write_text(_page("<div>" * 10000 + "BODY" + "</div>" * 10000), encoding="utf-8")
    return [str(path)]


def spanning_table(tmp: Path) -> list[str]:
    """A table of 6,000 rows whose first row's cells each span a million rows and columns (0.35 MB): the rows a reader
    sees would be a thousand cells wide. The loader stops reading it as a grid at 100,000 cells and leaves the table
    to the page's extractor, whose text is over the character limit, as before tables were read as grids."""
    path = tmp / "spans.html"
    head = "<tr>" + '<td rowspan="1000000" colspan="1000000">x</td>' * 16 + "</tr>"
    rows = "".join(f"<tr><td>受理复议案件（件）</td><td>{i}</td></tr>" for i in range(6_000))
    path.write_text(_page(f"<table>{head}{rows}</table>BODY"), encoding="utf-8")
    return [str(path)]


def million_lines(tmp: Path) -> list[str]:
    """1,000,000 short lines, each with a number (7.9 MB)."""
    path = tmp / "lines.txt"
    path.write_text("\n".join(f"第{i}项工作" for i in range(1_000_000)), encoding="utf-8")
    return [str(path)]


def lines_under_limit(tmp: Path) -> list[str]:
    """The worst text the character limit lets through: 199,990 characters of short numbered lines."""
    path = tmp / "lines-under.txt"
    text = "\n".join(f"第{i}项工作" for i in range(30_000))
    path.write_text(text[:199_990], encoding="utf-8")
    return [str(path)]


def signed_runs(tmp: Path) -> list[str]:
    """199,990 characters of one-line notices, each signed by a run of 40 place names before its date and note
    (…落实。石家庄市石家庄市…2024年1月1日（此件主动公开）): every run is read as names run together, split by split."""
    path = tmp / "signed-runs.txt"
    notice = "现将有关事项通知如下，请认真贯彻落实。" + "石家庄市" * 40 + "2024年1月1日（此件主动公开）"
    path.write_text((notice * (200_000 // len(notice) + 1))[:199_990], encoding="utf-8")
    return [str(path)]


def indents(tmp: Path) -> list[str]:
    """194,000 characters of a crawl's paragraphs marked only by full-width indents inside lines, hard-wrapped at 38
    (…。　　（一）某某情况　　2023年，…): every indent is kept through the unwrap and judged on its line."""
    path = tmp / "indents.txt"
    paragraph = "（一）主动公开情况\u3000\u30002023年，全年主动公开信息182条。\u3000\u3000一、总体情况\u3000\u3000"
    text = (paragraph * (200_000 // len(paragraph) + 1))[:194_000]  # (with its line breaks, under 200,000)
    path.write_text("\n".join(text[k : k + 38] for k in range(0, len(text), 38)), encoding="utf-8")
    return [str(path)]


def fifo(tmp: Path) -> list[str]:
    """A named pipe nobody writes to (open() alone would block forever)."""
    path = tmp / "pipe.txt"
    os.mkfifo(path)
    return [str(path)]


def fifo_batch(tmp: Path) -> list[str]:
    path = tmp / "batch-pipe.txt"
    os.mkfifo(path)
    return ["batch", str(path), "-o", str(tmp / "results.jsonl"), "--timeout", "5", "-q", "--workers", "0"]


def big_summary(tmp: Path, items: int = 20000, source_chars: int = 0) -> list[str]:
    """`verify` of a 53 MB summary (the seed's, with 20,000 achievements full of numbers) against the seed."""
    seed = SEED.read_text(encoding="utf-8")
    out = tmp / "summary.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer",
            "summarize",
            str(SEED),
            "--engine",
            "rules",
            "--format",
            "json",
            "-o",
            str(out),
        ],
        check=True,
        cwd=ROOT,
        env=_env(),
    )
    summary = json.loads(out.read_text(encoding="utf-8"))
    statement = "全年办理行政复议案件51件，开展执法检查611起，" * 40
    summary["achievements"] = [{"statement": statement, "metrics": [], "evidence": []}] * items
    out.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    source = tmp / "source.txt"
    source.write_text(
        (seed * (source_chars // len(seed) + 1))[:source_chars] if source_chars else seed, encoding="utf-8"
    )
    return ["verify", str(out), str(source)]


def summary_under_limit(tmp: Path) -> list[str]:
    """The largest summary verify reads for the largest source: a 199,000-character source (the seed repeated)
    allows 1 MiB + 32 bytes a character, 7.4 MB; 2,700 such achievements come to 7.3 MB, every number checked."""
    return big_summary(tmp, 2700, 199_000)


def xml_under_limit(tmp: Path) -> list[str]:
    """A DOCX whose document.xml is 19 MiB of one-character paragraphs: under the zip limit, parsed whole."""
    path = tmp / "xml.docx"
    _save(_docx(1), path)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    head, tail = source.read("word/document.xml").split(b"<w:body>", 1)
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    body = paragraph * ((19 << 20) // len(paragraph))
    _replace_member(path, "word/document.xml", head + b"<w:body>" + body + tail)
    return [str(path)]


CASES: dict[str, tuple[Callable[[Path], list[str]], int]] = {
    "docx-numbering-1e11": (big_numbering, 0),
    "docx-zip-bomb-1GiB": (zip_bomb, 6),
    "docx-zip-bomb-declared-1KiB": (lying_zip_bomb, 5),
    "docx-40k-styles": (huge_styles, 0),
    "docx-19MiB-xml": (xml_under_limit, 6),
    "pdf-3000-pages": (many_pages, 6),
    "pdf-1900-pages-tiny-text": (tiny_text_pages, 6),
    # every page a grid of 1,600 ruled boxes: refused once 100,000 lines and boxes are drawn
    "pdf-1000-ruled-pages": (lambda tmp: many_pages(tmp, 1000, lines=1, cells=1600, name="ruled"), 6),
    "html-300k-attributes": (many_attributes, 0),
    "html-10k-deep": (deep_html, 0),
    "html-table-spans": (spanning_table, 6),
    "text-1M-lines": (million_lines, 6),
    "text-200k-chars-short-lines": (lines_under_limit, 0),
    "text-200k-chars-signed-runs": (signed_runs, 0),
    "text-200k-chars-wrapped-indents": (indents, 0),
    "fifo": (fifo, 3),
    "fifo-batch": (fifo_batch, 1),
    "verify-53MB-summary": (big_summary, 6),
    "verify-7MB-summary-199k-source": (summary_under_limit, 1),
}


# --- runner ----------------------------------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("SUMMARIZER_MODEL", None)
    return env


def _guard() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GUARD_BYTES, GUARD_BYTES))


def run(args: list[str]) -> tuple[float, int, int, str]:
    """(seconds, peak RSS bytes, exit code, last stderr line) of ``summarizer ARGS`` in a child process."""
    if args[0] not in ("batch", "verify"):
        args = ["summarize", args[0], "--engine", "rules", "--format", "json"]
    cmd = [sys.executable, "-m", "summarizer", *args]
    t0 = time.perf_counter()
    out = tempfile.TemporaryFile()
    child = subprocess.Popen(
        cmd, cwd=ROOT, env=_env(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.PIPE, preexec_fn=_guard
    )
    timer = threading.Timer(GUARD_SECONDS, lambda: os.kill(child.pid, signal.SIGKILL))
    timer.start()
    stderr = b""
    try:
        stderr = child.stderr.read()  # type: ignore[union-attr]
        _pid, status, usage = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    if not lines and args[0] == "verify":  # verify reports on standard output: its first line is the verdict
        out.seek(0)
        lines = out.read(4096).decode("utf-8", "replace").splitlines()[:1]
    out.close()
    return seconds, usage.ru_maxrss * 1024, child.returncode, (lines[-1] if lines else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run these cases only")
    parser.add_argument("--keep", type=Path, help="build the cases here and keep them")
    options = parser.parse_args()
    names = options.only or list(CASES)
    tmp = Path(options.keep or tempfile.mkdtemp(prefix="hostile-"))
    tmp.mkdir(parents=True, exist_ok=True)
    failures = 0
    print("| case | input | seconds | peak RSS | exit | message |\n| --- | --- | ---: | ---: | ---: | --- |")
    try:
        for name in names:
            builder, expected = CASES[name]
            args = builder(tmp)
            target = Path(args[0] if args[0] not in ("batch", "verify") else args[1])
            size = target.stat().st_size if target.is_file() else 0
            seconds, rss, code, message = run(args)
            ok = seconds < LIMIT_SECONDS and rss < LIMIT_BYTES and code == expected and "Traceback" not in message
            failures += not ok
            print(
                f"| {name} | {size / 1e6:.1f} MB | {seconds:.1f} | {rss / (1 << 20):.0f} MiB | {code} | "
                f"{message.replace('|', '/')[:200]} |" + ("" if ok else f" **FAIL** (expected exit {expected})"),
                flush=True,
            )
    finally:
        if not options.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
