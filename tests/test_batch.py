"""The batch runner: input expansion, results.jsonl (atomic lines, resume, kill), failures, CLI, LLM path."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.batch import (
    BatchReport,
    ResultCache,
    ResultsWriter,
    RulesEngine,
    expand_inputs,
    read_results,
    run_batch,
)
from summarizer.cli import batch_command
from summarizer.errors import ConfigError, InputError, ModelError
from summarizer.models import Summary
from summarizer.render.review import html_name
from summarizer.render.table import HEADERS

from .conftest import FIXTURES, SEEDS
from .support.builders import gov_page, png_bytes, seed_docx, seed_paragraphs


def copy_seeds(folder: Path, names=SEEDS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
        out.append(folder / name)
    return out


class Counting:
    """The rules engine, counting calls; ``fail`` maps file names to the error to raise instead."""

    name = "rules"

    def __init__(self, fail: dict | None = None, delay: float = 0.0):
        self.inner = RulesEngine()
        self.calls: list[str] = []
        self.fail = fail or {}
        self.delay = delay
        self.in_flight = self.max_in_flight = 0

    async def summarize(self, data, name, sha256, slot):
        self.calls.append(name)
        async with slot:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                if self.delay:
                    await asyncio.sleep(self.delay)
                if name in self.fail:
                    raise self.fail[name]
            finally:
                self.in_flight -= 1
        return await self.inner.summarize(data, name, sha256, asyncio.Semaphore(1))

    async def aclose(self):
        await self.inner.aclose()


def lines(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    return [json.loads(x) for x in raw.decode("utf-8").splitlines()]


# --------------------------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------------------------


def test_folders_globs_and_files_expand(tmp_path):
    a = tmp_path / "a"
    (a / "sub" / "deeper").mkdir(parents=True)
    (a / ".hidden").mkdir()
    for rel in [
        "r1.txt",
        "sub/r2.HTML",
        "sub/deeper/r3.pdf",
        "sub/r4.docx",
        "sub/r5.htm",
        "notes.json",
        "sub/img.png",
        ".hidden/r6.txt",
        ".r7.txt",
    ]:
        (a / rel).write_bytes(b"x")
    b = tmp_path / "b"
    b.mkdir()
    for rel in ["x1.txt", "x2.txt", "x3.pdf", "x4.md"]:
        (b / rel).write_bytes(b"x")
    explicit = tmp_path / "odd.name"
    explicit.write_bytes(b"x")
    got = expand_inputs(
        [
            a,
            f"{b}/*.txt",
            f"{tmp_path}/b/**/*",
            explicit,
            a / "r1.txt",
            tmp_path / "missing.txt",
            f"{tmp_path}/nothing-*.txt",
        ]
    )
    rel = [str(p.relative_to(tmp_path)) for p in got]
    assert rel == [
        "a/r1.txt",
        "a/sub/deeper/r3.pdf",
        "a/sub/r2.HTML",
        "a/sub/r4.docx",
        "a/sub/r5.htm",
        "b/x1.txt",
        "b/x2.txt",
        "b/x3.pdf",
        "odd.name",
        "missing.txt",
    ]


def test_outputs_are_not_inputs(tmp_path):
    copy_seeds(tmp_path / "in", SEEDS[:2])
    report = run_batch(
        [tmp_path],
        tmp_path / "in" / "results.jsonl",
        engine="rules",
        html_dir=tmp_path / "in" / "pages",
        table=tmp_path / "in" / "t.csv",
    )
    assert report.done == 2 and report.exit_code == 0
    again = run_batch([tmp_path], tmp_path / "in" / "results.jsonl", engine="rules", html_dir=tmp_path / "in" / "pages")
    assert again.total == 2 and again.skipped == 2  # the review pages were not taken for reports


def test_every_format_in_a_folder(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(FIXTURES / SEEDS[4], folder / "a.txt")
    (folder / "b.docx").write_bytes(seed_docx(2))
    (folder / "c.htm").write_bytes(gov_page(seed_paragraphs(1), title="报告", layout="trs", charset="utf-8"))
    report = run_batch([folder], tmp_path / "r.jsonl", engine="rules")
    assert (report.done, report.failed) == (3, 0)
    formats = {Path(r["file"]).name: r["summary"]["document"]["source_format"] for r in lines(tmp_path / "r.jsonl")}
    assert formats == {"a.txt": "text", "b.docx": "docx", "c.htm": "html"}


# --------------------------------------------------------------------------------------------------------------------
# results.jsonl, resume
# --------------------------------------------------------------------------------------------------------------------


def test_lines_are_records_with_hash_of_input_bytes(tmp_path):
    files = copy_seeds(tmp_path / "in")
    out = tmp_path / "results.jsonl"
    report = run_batch([tmp_path / "in"], out, engine="rules", concurrency=3)
    assert isinstance(report, BatchReport) and report.exit_code == 0 and report.done == len(files)
    recs = lines(out)
    assert len(recs) == len(files)
    by_file = {r["file"]: r for r in recs}
    for f in files:
        r = by_file[str(f)]
        assert r["status"] == "done" and r["engine"] == "rules"
        assert r["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()
        s = Summary.model_validate(r["summary"])
        assert s.document.source == f.name and s.verification.checked


def test_resume_skips_done_reports(tmp_path):
    files = copy_seeds(tmp_path / "in")
    out = tmp_path / "results.jsonl"
    first = Counting()
    run_batch(files[:3], out, engine=first)
    assert len(first.calls) == 3
    second = Counting()
    report = run_batch([tmp_path / "in"], out, engine=second)
    assert sorted(second.calls) == sorted(f.name for f in files[3:])
    assert (report.skipped, report.done, report.exit_code) == (3, 2, 0)
    third = Counting()
    report = run_batch([tmp_path / "in"], out, engine=third)
    assert third.calls == [] and report.skipped == len(files) and report.exit_code == 0
    assert len(lines(out)) == len(files)
    # by content, not by name: a renamed copy is not summarised again, an edited file is
    files[0].rename(tmp_path / "in" / "renamed.txt")
    files[1].write_bytes(files[1].read_bytes() + "\n附：修订".encode())
    fourth = Counting()
    run_batch([tmp_path / "in"], out, engine=fourth)
    assert fourth.calls == [files[1].name]


@pytest.mark.parametrize("concurrency", [1, 8])  # 1: the second copy is read after the first is done
def test_identical_inputs_are_summarised_once(tmp_path, concurrency):
    (tmp_path / "a").mkdir()
    shutil.copy(FIXTURES / SEEDS[2], tmp_path / "a" / "one.txt")
    shutil.copy(FIXTURES / SEEDS[2], tmp_path / "a" / "two.txt")
    eng = Counting()
    report = run_batch([tmp_path / "a"], tmp_path / "r.jsonl", engine=eng, concurrency=concurrency)
    assert len(eng.calls) == 1 and report.duplicates == 1 and report.exit_code == 0
    assert len(lines(tmp_path / "r.jsonl")) == 1


def test_failed_input_is_recorded_and_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    copy_seeds(folder, SEEDS[:3])
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "image.pdf").write_bytes(png_bytes())
    boom = Counting(
        fail={
            SEEDS[1]: ModelError("the model service is rate limiting (429) after 3 attempt(s)"),
            SEEDS[2]: RuntimeError("unexpected\nmultiline"),
        }
    )
    out = tmp_path / "r.jsonl"
    report = run_batch([folder, tmp_path / "missing.txt"], out, engine=boom)
    assert report.exit_code == 1 and report.done == 1 and report.failed == 5
    recs = {Path(r["file"]).name: r for r in lines(out)}
    assert recs[SEEDS[0]]["status"] == "done"
    expect = {"empty.txt": 4, "image.pdf": 5, "missing.txt": 3, SEEDS[1]: 10, SEEDS[2]: 11}
    for name, code in expect.items():
        r = recs[name]
        assert r["status"] == "failed" and r["exit_code"] == code, r
        assert r["error"] and "\n" not in r["error"]
        assert "summary" not in r
    assert recs[SEEDS[2]]["error"] == "internal error: RuntimeError: unexpected multiline"
    assert recs["missing.txt"]["sha256"] is None
    # a rerun retries the failed ones only (the engine now works)
    fixed = Counting()
    report = run_batch([folder], out, engine=fixed)
    assert sorted(fixed.calls) == sorted([SEEDS[1], SEEDS[2], "empty.txt", "image.pdf"])  # not SEEDS[0]
    assert report.failed == 2 and report.skipped == 1  # empty and image fail again
    latest = {}
    for r in lines(out):
        latest[Path(r["file"]).name] = r["status"]
    assert latest[SEEDS[1]] == latest[SEEDS[2]] == "done"


def test_truncated_last_line_after_kill_is_repaired(tmp_path):
    files = copy_seeds(tmp_path / "in")
    out = tmp_path / "r.jsonl"
    run_batch(files[:3], out, engine="rules")
    raw = out.read_bytes()
    last_start = raw.rstrip(b"\n").rfind(b"\n") + 1
    out.write_bytes(raw[: last_start + (len(raw) - last_start) // 2])  # a kill in the middle of the 3rd line
    assert len(read_results(out)) == 2  # the reader ignores the half line
    eng = Counting()
    report = run_batch([tmp_path / "in"], out, engine=eng)
    assert len(eng.calls) == 3 and report.skipped == 2 and report.exit_code == 0
    recs = lines(out)  # every line parses; the half line is gone
    assert len(recs) == len(files)
    assert sorted(r["sha256"] for r in recs) == sorted(hashlib.sha256(f.read_bytes()).hexdigest() for f in files)


def test_reader_skips_garbage_and_reports_it(tmp_path):
    from summarizer import summarize

    summary = summarize(FIXTURES / SEEDS[0], engine="rules").model_dump_json()
    a, b = "a" * 64, "b" * 64
    out = tmp_path / "r.jsonl"
    out.write_text(
        f'{{"status":"done","sha256":"{a}","file":"x","summary":{summary}}}\nnot json\n[1]\n'
        f'{{"status":"failed","sha256":"{b}","file":"y","error":"e","exit_code":5}}\n'
        '{"status":"do',
        encoding="utf-8",
    )
    errors: list[str] = []
    recs = read_results(out, errors=errors)
    assert [r["sha256"] for r in recs] == [a, b]
    assert [e.split(": ")[0] for e in errors] == [f"{out}:2", f"{out}:3"]  # the truncated tail is not an error
    assert read_results(tmp_path / "absent.jsonl") == []


def test_each_line_is_one_write_and_fsynced(tmp_path, monkeypatch):
    writes, syncs = [], []
    real_write, real_fsync = os.write, os.fsync
    monkeypatch.setattr(os, "write", lambda fd, b: writes.append(bytes(b)) or real_write(fd, b))
    monkeypatch.setattr(os, "fsync", lambda fd: syncs.append(fd) or real_fsync(fd))
    with ResultsWriter(tmp_path / "r.jsonl") as w:
        w.append({"status": "done", "summary": {"text": "中文\n换行" * 5000}})
        w.append({"status": "failed", "error": "x"})
    assert len(writes) == 2 and all(b.endswith(b"\n") and b.count(b"\n") == 1 for b in writes)
    assert len(syncs) == 2
    import fcntl

    with ResultsWriter(tmp_path / "r.jsonl") as w2:
        assert fcntl.fcntl(w2.fd, fcntl.F_GETFL) & os.O_APPEND


def test_one_batch_per_results_file(tmp_path):
    with ResultsWriter(tmp_path / "r.jsonl"):
        with pytest.raises(ConfigError, match="another batch"):
            ResultsWriter(tmp_path / "r.jsonl")
    ResultsWriter(tmp_path / "r.jsonl").close()  # released


def test_no_reports_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no reports found"):
        run_batch([tmp_path / "empty"], tmp_path / "r.jsonl", engine="rules")


# --------------------------------------------------------------------------------------------------------------------
# Concurrency, table, html, CLI
# --------------------------------------------------------------------------------------------------------------------


def test_concurrency_is_bounded_and_used(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    base = (FIXTURES / SEEDS[4]).read_text(encoding="utf-8")
    for i in range(12):
        (folder / f"r{i:02d}.txt").write_text(f"（样本 {i}）\n{base}", encoding="utf-8")
    eng = Counting(delay=0.2)
    t0 = time.perf_counter()
    report = run_batch([folder], tmp_path / "r.jsonl", engine=eng, concurrency=4)
    wall = time.perf_counter() - t0
    assert report.done == 12 and eng.max_in_flight == 4
    assert wall < 12 * 0.2 / 4 * 2  # ideal 0.6 s; serial would be 2.4 s


def test_table_and_html_from_batch(tmp_path):
    files = copy_seeds(tmp_path / "in")
    out, csv_path, pages = tmp_path / "r.jsonl", tmp_path / "t.csv", tmp_path / "pages"
    report = run_batch([tmp_path / "in"], out, engine="rules", table=csv_path, html_dir=pages)
    import csv

    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == HEADERS and len(rows) == len(files) + 1
    names = sorted(p.name for p in pages.iterdir())
    assert names == sorted(html_name(str(f), hashlib.sha256(f.read_bytes()).hexdigest()) for f in files)
    assert all(i.html for i in report.items)
    # resume: the table is rebuilt from the whole results file; a lost page is rendered again
    (pages / names[0]).unlink()
    run_batch([tmp_path / "in"], out, engine="rules", table=tmp_path / "t.xlsx", html_dir=pages)
    assert sorted(p.name for p in pages.iterdir()) == names
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "t.xlsx").active.max_row == len(files) + 1


def test_cli_exit_codes_and_summary_line(tmp_path):
    files = copy_seeds(tmp_path / "in", SEEDS[:2])
    runner = CliRunner()
    out = tmp_path / "r.jsonl"
    res = runner.invoke(
        batch_command, [str(tmp_path / "in"), "-o", str(out), "--engine", "rules", "--table", str(tmp_path / "t.xlsx")]
    )
    assert res.exit_code == 0, res.output
    assert res.stderr.strip().splitlines()[-1].startswith("summarizer: batch 2 report(s): 2 done")
    assert "━" not in res.stderr  # stderr is not a TTY: no progress bar
    (tmp_path / "in" / "empty.txt").write_text("")
    res = runner.invoke(batch_command, [str(tmp_path / "in"), "-o", str(out), "--engine", "rules", "--quiet"])
    assert res.exit_code == 1
    assert "2 done (2 already done), 1 failed" in res.stderr
    res = runner.invoke(batch_command, [str(files[0]), "-o", str(out), "--table", str(tmp_path / "t.ods")])
    assert res.exit_code == 2 and "--table" in res.stderr
    (tmp_path / "nothing").mkdir()
    res = runner.invoke(batch_command, [str(tmp_path / "nothing"), "-o", str(out), "--engine", "rules"])
    assert res.exit_code == 3 and res.stderr.count("\n") == 1 and "no reports found" in res.stderr
    res = runner.invoke(
        batch_command,
        [str(files[0]), "-o", str(tmp_path / "x.jsonl"), "--engine", "llm"],
        env={"SUMMARIZER_MODEL": "", "SUMMARIZER_CONFIG": str(tmp_path / "none.toml")},
    )
    assert res.exit_code == 9 and res.stderr.startswith("summarizer: error:")


def test_results_that_cannot_be_written_end_the_batch_with_one_line_and_keep_what_was_done(tmp_path, monkeypatch):
    import errno
    import types

    from summarizer.batch import results

    copy_seeds(tmp_path / "in", SEEDS[:3])
    runner = CliRunner()
    (tmp_path / "a-file").write_text("")
    res = runner.invoke(batch_command, [str(tmp_path / "in"), "-o", str(tmp_path / "a-file" / "r.jsonl")])
    assert res.exit_code == 12, res.output
    assert res.stderr.startswith("summarizer: error: cannot write results to") and "use another -o" in res.stderr
    assert "internal error" not in res.stderr

    # the disk fills after the first report is recorded: that one stays done, the batch stops with exit 12
    written: list[int] = []

    def write(fd: int, data: bytes) -> int:
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(fd)
        return os.write(fd, data)

    monkeypatch.setattr(results, "os", types.SimpleNamespace(**{**vars(os), "write": write}))
    out = tmp_path / "r.jsonl"
    res = runner.invoke(batch_command, [str(tmp_path / "in"), "-o", str(out), "--engine", "rules", "--quiet"])
    assert res.exit_code == 12, res.output
    assert res.stderr.count("\n") == 1 and "No space left on device" in res.stderr
    assert [r["status"] for r in lines(out)] == ["done"]
    monkeypatch.undo()
    res = runner.invoke(batch_command, [str(tmp_path / "in"), "-o", str(out), "--engine", "rules", "--quiet"])
    assert res.exit_code == 0, res.output
    assert "3 done (1 already done)" in res.stderr
    assert [r["status"] for r in lines(out)] == ["done"] * 3


def test_cache_keys_and_roundtrip(tmp_path):
    summary = Summary.model_validate(
        json.loads(
            json.dumps(
                run_batch([FIXTURES / SEEDS[4]], tmp_path / "r.jsonl", engine="rules")
                and lines(tmp_path / "r.jsonl")[0]["summary"]
            )
        )
    )
    cache = ResultCache(tmp_path / "cache")
    k = ResultCache.key("abc", "m1", "v1")
    assert k != ResultCache.key("abc", "m2", "v1") != ResultCache.key("abc", "m1", "v2")
    assert k != ResultCache.key("abc", "m1", "v1", "0.9") and k != ResultCache.key("abd", "m1", "v1")
    assert cache.get(k) is None
    cache.put(k, summary)
    assert cache.get(k) == summary
    (tmp_path / "cache" / "llm" / k[:2] / f"{k}.json").write_text("{broken")
    assert cache.get(k) is None


# --------------------------------------------------------------------------------------------------------------------
# The LLM path, against the local OpenAI-compatible server (loopback only)
# --------------------------------------------------------------------------------------------------------------------


def variants(folder: Path, n: int) -> dict[str, str]:
    """``n`` distinct reports (seed variants with a distinct first line); needle -> text."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for i in range(n):
        needle = f"批次样本 #{i:04d}"
        text = f"{needle}\n" + (FIXTURES / SEEDS[i % len(SEEDS)]).read_text(encoding="utf-8")
        (folder / f"r{i:02d}.txt").write_text(text, encoding="utf-8")
        out[needle] = text
    return out


@pytest.fixture()
def llm_env(monkeypatch, tmp_path):
    for var in ("SUMMARIZER_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_MODE", "SUMMARIZER_PROVIDER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARIZER_CONFIG", os.devnull)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "default-cache"))


def opts(server, **extra):
    return {"model": "fake-model", "base_url": server.base_url, "api_key": "test", **extra}


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
@pytest.mark.parametrize("workers", [0, 2])  # 2: two forked processes, each with 2 of the 4 requests in flight
def test_llm_batch_concurrent_cached_and_resumed(tmp_path, llm_env, monkeypatch, workers):
    from .support.fake_openai import FakeOpenAI, ReportResponder

    texts = variants(tmp_path / "in", 8)
    # (each answer takes 0.4 s, long enough that all four requests of a full pool overlap even on a loaded machine: at
    # 0.1 s the fourth sometimes started after the first had returned, and the pool's bound read as 3)
    with FakeOpenAI(ReportResponder(texts, marker=r"批次样本 #\d{4}"), latency=0.4, max_seconds=60) as server:
        report = run_batch(
            [tmp_path / "in"],
            tmp_path / "a.jsonl",
            engine="llm",
            concurrency=4,
            workers=workers,
            cache_dir=tmp_path / "cache",
            engine_options=opts(server),
            html_dir=tmp_path / "pages",
        )
        assert (report.done, report.failed, report.engine) == (8, 0, "llm")
        assert server.requests == 8 and sorted(server.tags()) == sorted(texts)  # one request per report
        assert server.max_in_flight == 4  # concurrent, and bounded by --concurrency
        pages = sorted((tmp_path / "pages").glob("*.html"))
        assert len(pages) == 8 and sorted(i.html for i in report.items) == [str(p) for p in pages]
        assert all("<mark" in p.read_text("utf-8") for p in pages)
        assert report.requests == 8 and report.input_tokens > 0 and report.output_tokens > 0
        for rec in lines(tmp_path / "a.jsonl"):
            s = Summary.model_validate(rec["summary"])
            assert rec["engine"] == "llm" and s.provenance.model == "fake-model" and s.provenance.requests == 1
            assert s.verification.ok and s.provenance.reasks == 0
        # a new results file, same cache: nothing is asked again, everything is re-verified
        monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "test")
        report = run_batch([tmp_path / "in"], tmp_path / "b.jsonl", engine="auto", cache_dir=tmp_path / "cache")
        assert report.engine == "llm" and report.cached == 8 and report.requests == 0 and server.requests == 8
        assert all(r["cached"] and r["summary"]["verification"]["checked"] for r in lines(tmp_path / "b.jsonl"))
        # the same results file: a finished batch costs nothing
        report = run_batch([tmp_path / "in"], tmp_path / "a.jsonl", engine="llm", use_cache=False)
        assert report.skipped == 8 and server.requests == 8
        # another model is another cache entry
        report = run_batch(
            [tmp_path / "in"],
            tmp_path / "c.jsonl",
            engine="llm",
            cache_dir=tmp_path / "cache",
            engine_options={"model": "other-model"},
        )
        assert report.cached == 0 and server.requests == 16


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_llm_failures_are_recorded_and_retried_on_rerun(tmp_path, llm_env):
    from .support.fake_openai import FakeOpenAI, Reply, ReportResponder

    texts = variants(tmp_path / "in", 6)
    needles = sorted(texts)
    faithful = ReportResponder(texts, marker=r"批次样本 #\d{4}")
    plan = {
        needles[0]: [Reply.status(401, "Incorrect API key provided")],
        needles[1]: [Reply.truncated(faithful.answers[needles[1]])],
        needles[2]: [Reply.rate_limited(0.05)],
        needles[3]: [Reply.server_error()],
        needles[4]: [Reply.malformed()],
    }
    seen: dict[str, int] = {}

    def responder(body, n):
        reply = faithful(body, n)
        k = seen[reply.tag] = seen.get(reply.tag, 0) + 1
        script = plan.get(reply.tag, [])
        if k <= len(script):
            bad = script[k - 1]
            bad.tag = reply.tag
            return bad
        return reply

    fast = dict(http_retries=1, transient_retries=1, retry_max_wait=0.1)
    with FakeOpenAI(responder, latency=0.0, max_seconds=60) as server:
        report = run_batch(
            [tmp_path / "in"],
            tmp_path / "r.jsonl",
            engine="llm",
            concurrency=3,
            use_cache=False,
            engine_options=opts(server, **fast),
        )
        recs = {r["file"].rsplit("/", 1)[-1]: r for r in lines(tmp_path / "r.jsonl")}
        assert report.exit_code == 1 and report.failed == 2 and report.done == 4
        auth, cut = recs["r00.txt"], recs["r01.txt"]
        assert auth["status"] == "failed" and auth["exit_code"] == 10 and "401" in auth["error"]
        # a cut-off answer is asked again in smaller parts (llm_plan); this server knows a report only by its first
        # line, so it refuses the later parts (400): the report is recorded as failed, never as done
        assert cut["status"] == "failed" and cut["exit_code"] == 10 and "\n" not in cut["error"]
        for name in ("r02.txt", "r03.txt", "r04.txt", "r05.txt"):  # transient faults: retried, done
            assert recs[name]["status"] == "done", recs[name]
        assert seen[needles[2]] == seen[needles[3]] == 2 and seen[needles[5]] == 1
        # rerun: only the two failures are asked again (and now succeed)
        before = server.requests
        report = run_batch(
            [tmp_path / "in"], tmp_path / "r.jsonl", engine="llm", use_cache=False, engine_options=opts(server, **fast)
        )
        assert report.exit_code == 0 and report.done == 2 and report.skipped == 4
        assert server.requests - before == 2


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_llm_hung_request_times_out_and_batch_goes_on(tmp_path, llm_env):
    from .support.fake_openai import FakeOpenAI, Reply, ReportResponder

    texts = variants(tmp_path / "in", 3)
    faithful = ReportResponder(texts, marker=r"批次样本 #\d{4}")
    hang = sorted(texts)[1]

    def responder(body, n):
        reply = faithful(body, n)
        return Reply.hang(tag=reply.tag) if reply.tag == hang else reply

    with FakeOpenAI(responder, max_seconds=30) as server:
        t0 = time.perf_counter()
        report = run_batch(
            [tmp_path / "in"],
            tmp_path / "r.jsonl",
            engine="llm",
            use_cache=False,
            engine_options=opts(server, timeout=0.5, http_retries=0, transient_retries=0),
        )
        assert time.perf_counter() - t0 < 10
    assert report.done == 2 and report.failed == 1 and report.exit_code == 1
    recs = {r["file"].rsplit("/", 1)[-1]: r for r in lines(tmp_path / "r.jsonl")}
    assert recs["r01.txt"]["status"] == "failed" and "timed out" in recs["r01.txt"]["error"]
    assert recs["r01.txt"]["exit_code"] == 10
    assert recs["r00.txt"]["status"] == recs["r02.txt"]["status"] == "done"


def test_rate_gate_pauses_everyone_after_429_and_paces_rpm():
    from summarizer.batch.engines import RateGate

    class R:
        status_code = 429
        headers = {"retry-after": "0.3"}

    async def scenario():
        gate = RateGate()
        await gate.after_response(R())
        t0 = time.perf_counter()
        await asyncio.gather(*(gate.before_request() for _ in range(4)))
        paused = time.perf_counter() - t0
        paced = RateGate(rpm=600)  # one request every 0.1 s
        t0 = time.perf_counter()
        await asyncio.gather(*(paced.before_request() for _ in range(5)))
        return paused, time.perf_counter() - t0, gate.rate_limited

    paused, paced, n = asyncio.run(scenario())
    assert 0.25 < paused < 1.0 and n == 1
    assert 0.35 < paced < 1.0


def test_batch_command_passes_llm_options_to_the_engine(tmp_path, monkeypatch):
    """summarize and batch take the same LLM flags: a DeepSeek batch needs no environment variables."""
    import summarizer.cli as cli_module

    seen = {}

    def fake_run_batch(inputs, output, **kwargs):
        seen.update(kwargs["engine_options"])
        raise ConfigError("stop here")

    monkeypatch.setattr("summarizer.batch.runner.run_batch", fake_run_batch)  # the command imports it when run
    res = CliRunner().invoke(
        cli_module.batch_command,
        [
            str(tmp_path),
            "-o",
            str(tmp_path / "r.jsonl"),
            "--engine",
            "llm",
            "--model",
            "deepseek-chat",
            "--provider",
            "deepseek",
            "--mode",
            "md_json",
            "--max-tokens",
            "4096",
            "--max-retries",
            "1",
        ],
    )
    assert res.exit_code == 9 and "stop here" in res.output
    assert seen == {
        "model": "deepseek-chat",
        "provider": "deepseek",
        "mode": "md_json",
        "max_tokens": 4096,
        "max_retries": 1,
    }


def test_review_pages_of_an_earlier_batch_are_not_reports(tmp_path):
    """--html-dir inside the input folder, then a batch without it: the pages are skipped, not summarised."""
    copy_seeds(tmp_path / "in", SEEDS[:2])
    first = run_batch([tmp_path / "in"], tmp_path / "a.jsonl", engine="rules", html_dir=tmp_path / "in" / "pages")
    assert first.done == 2 and len(list((tmp_path / "in" / "pages").glob("*.html"))) == 2
    second = run_batch([tmp_path / "in"], tmp_path / "b.jsonl", engine="rules")
    assert second.total == 2 and second.done == 2
    with pytest.raises(InputError):  # a pattern that matches only review pages finds no report
        run_batch([str(tmp_path / "in" / "**" / "*.html")], tmp_path / "c.jsonl", engine="rules")
    page = next((tmp_path / "in" / "pages").glob("*.html"))
    assert run_batch([page], tmp_path / "d.jsonl", engine="rules").total == 1  # named on purpose: read


def test_of_two_identical_inputs_the_later_is_the_duplicate_whichever_is_read_first(tmp_path, monkeypatch):
    # the first input's read is slow: its copy, read sooner, must still be the one named a duplicate of it
    import summarizer.batch.runner as runner

    (tmp_path / "a").mkdir()
    shutil.copy(FIXTURES / SEEDS[2], tmp_path / "a" / "one.txt")
    shutil.copy(FIXTURES / SEEDS[2], tmp_path / "a" / "two.txt")
    read = runner._read

    def slow_first(path, max_bytes):
        if path.name == "one.txt":
            time.sleep(0.3)
        return read(path, max_bytes)

    monkeypatch.setattr(runner, "_read", slow_first)
    eng = Counting()
    report = run_batch([tmp_path / "a"], tmp_path / "r.jsonl", engine=eng, concurrency=8)
    assert eng.calls == ["one.txt"]
    (dup,) = [i for i in report.items if i.status == "duplicate"]
    assert dup.file.endswith("two.txt") and dup.error.endswith("one.txt")
