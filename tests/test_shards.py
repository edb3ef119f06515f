"""Worker processes ("shards"): what a user relies on when a batch runs in several processes.

Same results as one process; a worker that dies fails only its reports in flight, with a reason, and a rerun
finishes them; a worker that cannot start says why for every report; --timeout reaches into the worker; and
workers do not outlive a killed batch.
"""

from __future__ import annotations

import asyncio
import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.batch import RulesEngine, read_results, run_batch
from summarizer.batch.engines import _encode_outcome
from summarizer.batch.shards import ShardedEngine, can_fork, split
from summarizer.errors import ConfigError, one_line

from .test_batch import FIXTURES, SEEDS, copy_seeds

pytestmark = pytest.mark.skipif(not can_fork(), reason="worker processes need fork")
ROOT = Path(__file__).resolve().parent.parent


def sharded(factory, slots=(2, 2)) -> ShardedEngine:
    return ShardedEngine("rules", factory, list(slots), functools.partial(_encode_outcome, None), one_line)


class Scripted:
    """The rules engine, except for the reports named: ``die`` ends the worker process, ``hang`` never ends."""

    name = "rules"

    def __init__(self, die: str = "", hang: str = ""):
        self.inner = RulesEngine()
        self.die, self.hang = die, hang

    async def summarize(self, data, name, sha256, slot):
        if name == self.die:
            await asyncio.sleep(0.2)  # others are in flight in this worker by now
            os._exit(3)
        if name == self.hang:
            await asyncio.sleep(3600)
        return await self.inner.summarize(data, name, sha256, slot)

    async def aclose(self):
        await self.inner.aclose()


def variants(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    base = (FIXTURES / SEEDS[4]).read_text(encoding="utf-8")
    names = []
    for i in range(n):
        (folder / f"r{i:02d}.txt").write_text(f"（样本 {i}）\n{base}", encoding="utf-8")
        names.append(f"r{i:02d}.txt")
    return names


def test_split_spreads_concurrency():
    assert split(16, 2) == [8, 8] and split(16, 3) == [6, 5, 5] and split(3, 3) == [1, 1, 1]


def test_rules_batch_in_worker_processes_equals_one_process(tmp_path):
    copy_seeds(tmp_path / "in")
    one = run_batch([tmp_path / "in"], tmp_path / "a.jsonl", engine="rules", workers=0, html_dir=tmp_path / "pages-a")
    two = run_batch(
        [tmp_path / "in"], tmp_path / "b.jsonl", engine="rules", workers=2, concurrency=4, html_dir=tmp_path / "pages-b"
    )
    assert one.engine == two.engine == "rules" and one.done == two.done == len(SEEDS)

    def by_sha(path):
        out = {}
        for r in read_results(path):
            r["summary"]["provenance"]["timings_ms"] = r["summary"]["provenance"]["seconds"] = None
            out[r["sha256"]] = r["summary"]
        return out

    assert by_sha(tmp_path / "a.jsonl") == by_sha(tmp_path / "b.jsonl")
    # the workers wrote the review pages themselves: the same pages
    pages_a = {p.name: p.read_text("utf-8") for p in (tmp_path / "pages-a").glob("*.html")}
    pages_b = {p.name: p.read_text("utf-8") for p in (tmp_path / "pages-b").glob("*.html")}
    assert len(pages_a) == len(SEEDS) and pages_a.keys() == pages_b.keys()
    assert all(i.html and Path(i.html).exists() for i in two.items)


def test_a_worker_that_dies_fails_its_reports_with_a_reason_and_a_rerun_finishes(tmp_path):
    names = variants(tmp_path / "in", 10)
    out = tmp_path / "r.jsonl"
    report = run_batch([tmp_path / "in"], out, engine=sharded(lambda i: Scripted(die="r03.txt")), concurrency=4)
    recs = {Path(r["file"]).name: r for r in read_results(out)}
    assert set(recs) == set(names)  # every report has its line: none lost
    failed = [r for r in recs.values() if r["status"] == "failed"]
    assert recs["r03.txt"]["status"] == "failed" and report.failed == len(failed) >= 1
    assert report.done >= 5  # the other worker went on with the rest
    for r in failed:
        assert "worker process" in r["error"] and "died (exit code 3)" in r["error"] and r["exit_code"] == 11
    again = run_batch([tmp_path / "in"], out, engine="rules", workers=0)
    assert again.exit_code == 0 and again.done == len(failed) and again.skipped == 10 - len(failed)


def test_a_worker_that_cannot_start_says_why_for_each_report(tmp_path):
    variants(tmp_path / "in", 4)

    def broken(i):
        raise ConfigError("no model configured: set SUMMARIZER_MODEL")

    report = run_batch([tmp_path / "in"], tmp_path / "r.jsonl", engine=sharded(broken), concurrency=4)
    recs = list(read_results(tmp_path / "r.jsonl"))
    assert report.failed == 4 and len(recs) == 4
    assert all(r["error"] == "no model configured: set SUMMARIZER_MODEL" and r["exit_code"] == 9 for r in recs), recs


def test_timeout_reaches_into_the_worker(tmp_path):
    variants(tmp_path / "in", 6)
    t0 = time.perf_counter()
    report = run_batch(
        [tmp_path / "in"],
        tmp_path / "r.jsonl",
        engine=sharded(lambda i: Scripted(hang="r01.txt")),
        concurrency=4,
        timeout=1.0,
    )
    took = time.perf_counter() - t0
    recs = {Path(r["file"]).name: r for r in read_results(tmp_path / "r.jsonl")}
    assert recs["r01.txt"]["status"] == "failed" and recs["r01.txt"]["error"] == "timed out"
    assert report.done == 5
    assert took < 8  # the worker dropped the hung report when told, and stopped when the batch ended


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        kids += [int(x) for x in text]
    return kids


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # a zombie has stopped; only its parent's wait is missing


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_workers_stop_when_the_batch_is_killed(tmp_path):
    inputs = tmp_path / "in"
    variants(inputs, 300)
    out = tmp_path / "r.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "summarizer.batch",
            str(inputs),
            "-o",
            str(out),
            "--engine",
            "rules",
            "--workers",
            "2",
            "--quiet",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 60
    kids: list[int] = []
    while time.time() < deadline and proc.poll() is None:
        kids = _children(proc.pid)
        if len(kids) >= 2 and out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.02)
    assert proc.poll() is None and len(kids) >= 2, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 10
    while time.time() < deadline and not all(_gone(k) for k in kids):
        time.sleep(0.05)
    assert all(_gone(k) for k in kids), "worker processes outlived the killed batch"
    # and the rerun finishes the batch: every report has exactly one done line
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer.batch",
            str(inputs),
            "-o",
            str(out),
            "--engine",
            "rules",
            "--workers",
            "2",
            "--quiet",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    done = [r["sha256"] for r in read_results(out) if r["status"] == "done"]
    assert len(done) == len(set(done)) == 300


def test_default_worker_processes(monkeypatch):
    """Workers by default only where they pay: per core for rules, per 8 requests in flight for the LLM engine,
    at least 16 reports each, and never by themselves in a process that runs other threads."""
    from summarizer.batch import engines as batch

    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    # (this process's threads counted as the batch's own would be: one, whatever an earlier test left winding down)
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    assert batch.default_workers("rules", 8, 1000) == 4 and batch.default_workers("rules", 8, 40) == 2
    assert batch.default_workers("rules", 8, 5) == 0  # a handful of reports: forking would cost more
    assert batch.default_workers("llm", 16, 1000) == 2 and batch.default_workers("llm", 8, 1000) == 0
    assert batch.default_workers("llm", 64, 1000) == 4
    monkeypatch.setattr(batch.threading, "active_count", lambda: 2)  # another thread runs: no fork
    assert batch.default_workers("rules", 8, 1000) == 0


def test_one_429_pauses_the_requests_of_every_worker_process():
    """The Retry-After pause is shared by the batch's worker processes (a shared value, monotonic clock)."""
    import multiprocessing

    from summarizer.batch.engines import RateGate

    ctx = multiprocessing.get_context("fork")
    shared = ctx.Value("d", 0.0)

    class TooMany:
        status_code = 429
        headers = {"retry-after": "0.6"}

    def other_worker():
        asyncio.run(RateGate(shared=shared).after_response(TooMany()))

    proc = ctx.Process(target=other_worker)
    proc.start()
    proc.join(10)
    assert proc.exitcode == 0
    t0 = time.perf_counter()
    asyncio.run(RateGate(shared=shared).before_request())
    assert 0.3 < time.perf_counter() - t0 < 2.0
    t0 = time.perf_counter()
    asyncio.run(RateGate().before_request())  # a gate of another batch is not paused
    assert time.perf_counter() - t0 < 0.1
