"""Batch benchmarks: the LLM path against the local OpenAI-compatible test server, and rules-engine throughput.

    python -m bench.bench_batch [--reports 200] [--latency 0.2] [--concurrency 16] [--only llm,faults,kill,rules]

1. **llm**: 200 reports (variants of the 5 seeds with a distinct first line, so their hashes differ) against the
   test server answering after ``--latency`` seconds with a faithful draft of the report it is asked about (derived
   from the rules engine's summary of the same text, so it verifies the first time). Wall time against the ideal
   ``reports × latency ÷ concurrency`` (target ≤ 1.25×) and requests per report (target 1.0). The same batch at
   zero latency gives the client-side CPU floor (what one report costs us, with no waiting at all).
2. **faults**: the same batch with 30 % of requests failing transiently (429 with Retry-After, 500): every report
   ends ``done`` or ``failed`` with a reason, none lost, none duplicated in results.jsonl.
3. **kill**: ``python -m summarizer.batch`` in a subprocess, SIGKILLed once half the lines are written, then rerun
   to completion: every report has exactly one line and none is summarised twice (server requests per report).
4. **rules**: rules-engine batch throughput (reports per second), on the 5 fixtures and on the 200 variants.

The server runs in its own process (``bench_batch.py serve``) so that its threads do not compete with the batch
for the GIL. Each timed LLM batch runs in a fresh process (``bench_batch.py run``), so it pays the imports a user's
batch pays; 2 and 4 run in this process, 3 as ``python -m summarizer.batch``. ``--big N`` adds an N-report LLM
batch (start-up amortised); ``--workers`` overrides the batch's default worker processes.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent

FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = sorted(p.name for p in FIXTURES.glob("0*.txt"))
MARKER = r"批次样本 #\d{4}"
WORKERS = None  # --workers


def needle(i: int) -> str:
    return f"批次样本 #{i:04d}"


def make_reports(folder: Path, n: int) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for i in range(n):
        seed = SEEDS[i % len(SEEDS)]
        path = folder / f"r{i:04d}_{seed[:3]}.txt"
        path.write_text(f"{needle(i)}\n" + (FIXTURES / seed).read_text(encoding="utf-8"), encoding="utf-8")
        out[needle(i)] = path
    return out


# --- the server process ------------------------------------------------------------------------------------------


def serve(args: argparse.Namespace) -> None:
    from tests.support.fake_openai import FakeOpenAI, ReportResponder

    texts = {}
    for p in sorted(Path(args.dir).glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        texts[text.split("\n", 1)[0]] = text
    responder = ReportResponder(texts, marker=MARKER)
    kinds = tuple(args.fault_kinds.split(","))
    server = FakeOpenAI(
        responder,
        latency=args.latency,
        fault_rate=args.fault_rate,
        fault_kinds=kinds,
        retry_after=args.retry_after,
        seed=args.seed,
        max_requests=100_000,
        max_seconds=args.max_seconds,
    )
    stop = []

    def on_term(*_: object) -> None:
        stop.append(1)
        server._stopping.set()

    signal.signal(signal.SIGTERM, on_term)
    server.start()
    Path(args.port_file).write_text(str(server.port))
    server._stopping.wait(args.max_seconds)
    server.stop()
    log = [
        {"n": r.n, "kind": r.kind, "status": r.status, "tag": r.tag, "started": r.started, "finished": r.finished}
        for r in server.log
    ]
    Path(args.log_file).write_text(json.dumps({"log": log, "max_in_flight": server.max_in_flight}))


class Server:
    """``bench_batch.py serve`` in a subprocess; ``stop()`` returns its request log."""

    def __init__(
        self,
        folder: Path,
        *,
        latency: float,
        fault_rate: float = 0.0,
        retry_after: float = 0.05,
        fault_kinds: str = "rate_limited,server_error",
        seed: int = 0,
    ):
        self.tmp = Path(tempfile.mkdtemp(prefix="fake-openai-"))
        self.port_file, self.log_file = self.tmp / "port", self.tmp / "log.json"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.bench_batch",
                "serve",
                "--dir",
                str(folder),
                "--latency",
                str(latency),
                "--fault-rate",
                str(fault_rate),
                "--retry-after",
                str(retry_after),
                "--fault-kinds",
                fault_kinds,
                "--seed",
                str(seed),
                "--port-file",
                str(self.port_file),
                "--log-file",
                str(self.log_file),
            ],
            cwd=ROOT,
        )  # -m from the repository root: the tests.support package is importable
        deadline = time.time() + 60
        while not self.port_file.exists() or not self.port_file.read_text():
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        self.base_url = f"http://127.0.0.1:{int(self.port_file.read_text())}/v1"

    def stop(self) -> dict:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=60)
        return json.loads(self.log_file.read_text())


def env_for(server: Server) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env.update(
        SUMMARIZER_MODEL="fake-model",
        OPENAI_BASE_URL=server.base_url,
        OPENAI_API_KEY="bench",
        SUMMARIZER_CONFIG=os.devnull,
    )
    return env


def llm_options(server: Server, **extra: object) -> dict:
    return {"model": "fake-model", "base_url": server.base_url, "api_key": "bench", **extra}


def check_lines(path: Path, expected: int) -> dict:
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"", "results.jsonl must end with a newline"
    recs = [json.loads(x) for x in lines[:-1]]
    by_sha = collections.Counter(r["sha256"] for r in recs)
    done = {r["sha256"] for r in recs if r["status"] == "done"}
    failed_last = {r["sha256"]: r for r in recs}
    failed = [r for s, r in failed_last.items() if r["status"] == "failed"]
    return {
        "lines": len(recs),
        "reports": len(by_sha),
        "done": len(done),
        "failed": len(failed),
        "duplicated": sum(
            1
            for s, c in by_sha.items()
            if c > 1 and s in done and sum(1 for r in recs if r["sha256"] == s and r["status"] == "done") > 1
        ),
        "missing": expected - len(by_sha),
        "failed_reasons": collections.Counter(r["error"] for r in failed),
    }


# --- benchmarks --------------------------------------------------------------------------------------------------


def bench_llm(work: Path, reports: dict[str, Path], latency: float, concurrency: int, big: int) -> list[str]:
    from summarizer.batch.engines import default_workers

    auto = default_workers("llm", concurrency, len(reports)) if WORKERS is None else WORKERS
    rows = [llm_run(work / "in", len(reports), latency, concurrency, WORKERS, f"{auto} worker processes")]
    if auto >= 2:
        rows.append(llm_run(work / "in", len(reports), latency, concurrency, 0, "one process (`--workers 0`)"))
    if latency:
        rows.append(llm_run(work / "in", len(reports), 0.0, concurrency, WORKERS, f"{auto} worker processes"))
    if big:
        make_reports(work / "big", big)
        rows.append(llm_run(work / "big", big, latency, concurrency, WORKERS, f"{auto} worker processes"))
    return rows


def llm_run(folder: Path, n: int, lat: float, concurrency: int, workers: Optional[int], label: str) -> str:
    server = Server(folder, latency=lat)
    out = folder.parent / f"llm-{folder.name}-{lat}-{workers}.jsonl"
    rep = fresh_run(folder, out, "llm", server, concurrency, workers)
    wall = rep.wall
    log = server.stop()
    ok_tags = collections.Counter(r["tag"] for r in log["log"] if r["kind"] == "ok")
    lines = check_lines(out, n)
    recs = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    verified = sum(1 for r in recs if r.get("summary", {}).get("verification", {}).get("ok"))
    reasks = sum(r["summary"]["provenance"]["reasks"] for r in recs if r["status"] == "done")
    # steady state: from the first request to the last answer at the server (one system-wide monotonic clock);
    # the rest of the wall time is start-up (importing openai/instructor, forking the workers, first requests)
    window = max(r["finished"] for r in log["log"]) - min(r["started"] for r in log["log"])
    if not lat:
        print(f"llm {label}: {n} reports at latency 0: wall {wall:.2f}s = {wall / n * 1000:.1f} ms/report")
        return (
            f"| {n} reports, latency 0, {label} (throughput) | {wall:.2f} s | — | {wall / n * 1000:.1f} ms/report "
            f"| {len(log['log']) / n:.2f} | {reasks} | {verified}/{n} | {log['max_in_flight']} | "
            f"{lines['done']}/{n} |"
        )
    ideal = n * lat / concurrency
    print(
        f"llm {label}: {n} reports latency {lat}s conc {concurrency}: wall {wall:.2f}s ideal {ideal:.2f}s "
        f"ratio {wall / ideal:.2f}; first request to last answer {window:.2f}s = {window / ideal:.2f}x "
        f"(start-up {wall - window:.2f}s); server requests {len(log['log'])} ({len(log['log']) / n:.2f}/report, "
        f"max per report {max(ok_tags.values())}); reasks {reasks}; verified {verified}/{n}; "
        f"max in flight {log['max_in_flight']}; tokens {rep.input_tokens}+{rep.output_tokens}"
    )
    return (
        f"| {n} reports, latency {lat * 1000:.0f} ms, concurrency {concurrency}, {label} | {wall:.2f} s | "
        f"{ideal:.2f} s | **{wall / ideal:.2f}×** (steady state {window:.2f} s = **{window / ideal:.2f}×**) | "
        f"{len(log['log']) / n:.2f} ({rep.requests / n:.2f} by provenance) | {reasks} | {verified}/{n} | "
        f"{log['max_in_flight']} | {lines['done']}/{n} |"
    )


class Ran:
    """What a fresh batch process reports: its run_batch wall time and the BatchReport totals."""

    def __init__(self, d: dict):
        self.wall, self.done, self.requests = d["wall"], d["done"], d["requests"]
        self.input_tokens, self.output_tokens = d["input_tokens"], d["output_tokens"]


def fresh_run(folder: Path, out: Path, engine: str, server: Server, concurrency: int, workers: Optional[int]) -> Ran:
    """``run_batch`` in a new Python process, timed from the call (after ``import summarizer.batch``) to its return,
    so that every measured batch pays what a user's batch pays for its engine: importing openai and instructor
    (~0.8 s), forking the workers, the first requests. (Timing a second batch in this process would leave the
    imports out.)"""
    cmd = [
        sys.executable,
        "-m",
        "bench.bench_batch",
        "run",
        "--dir",
        str(folder),
        "--out",
        str(out),
        "--engine",
        engine,
        "--base-url",
        server.base_url,
        "--concurrency",
        str(concurrency),
    ]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return Ran(json.loads(res.stdout.strip().splitlines()[-1]))


def run(args: argparse.Namespace) -> None:
    from summarizer.batch import run_batch

    if args.engine == "transport":
        engine: Any = transport_engine(args.base_url, args.concurrency)
        options = None
    else:
        engine, options = "llm", {"model": "fake-model", "base_url": args.base_url, "api_key": "bench"}
    t0 = time.perf_counter()
    rep = run_batch(
        [Path(args.dir)],
        Path(args.out),
        engine=engine,
        concurrency=args.concurrency,
        use_cache=False,
        engine_options=options,
        workers=args.workers,
    )
    wall = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "wall": wall,
                "done": rep.done,
                "requests": rep.requests,
                "input_tokens": rep.input_tokens,
                "output_tokens": rep.output_tokens,
            }
        )
    )


class TransportEngine:
    """A baseline engine: the same HTTP exchange as the LLM engine (one chat completion carrying the report, answer
    parsed as JSON), but the summary is the rules engine's. It measures the batch runner plus the pipeline
    (load, clean, extract, verify, write) without the LLM engine's own per-call CPU (instructor, grounding)."""

    name = "llm"

    def __init__(self, base_url: str, concurrency: int):
        import httpx
        import openai

        self.http = httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency * 2))
        self.client = openai.AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=3, http_client=self.http)

    async def summarize(self, data: bytes, name: str, sha256: str, slot: Any):
        import asyncio

        from summarizer.batch.engines import Outcome, _prepare
        from summarizer.engines import rules
        from summarizer.pipeline import finish

        doc = await asyncio.to_thread(_prepare, data, name, False, 20_000_000)
        async with slot:
            res = await self.client.chat.completions.create(
                model="fake-model", messages=[{"role": "user", "content": doc.text}]
            )
        json.loads(res.choices[0].message.content)
        summary = rules.run(doc)
        summary.provenance.requests = 1
        return Outcome(await asyncio.to_thread(finish, summary, doc), doc.text)

    async def aclose(self) -> None:
        await self.client.close()


def transport_engine(base_url: str, concurrency: int) -> Any:
    """The baseline engine, in the same worker processes as the LLM engine would get."""
    import functools

    from summarizer.batch.engines import _encode_outcome, default_workers
    from summarizer.batch.shards import ShardedEngine, split
    from summarizer.errors import one_line as _one_line

    workers = default_workers("llm", concurrency) if WORKERS is None else WORKERS
    if workers < 2:
        return TransportEngine(base_url, concurrency)
    slots = split(concurrency, workers)
    return ShardedEngine(
        "llm", lambda i: TransportEngine(base_url, slots[i]), slots, functools.partial(_encode_outcome, None), _one_line
    )


def bench_transport(work: Path, reports: dict[str, Path], latency: float, concurrency: int) -> list[str]:
    n = len(reports)
    server = Server(work / "in", latency=latency)
    out = work / "transport.jsonl"
    rep = fresh_run(work / "in", out, "transport", server, concurrency, WORKERS)
    wall = rep.wall
    log = server.stop()
    ideal = n * latency / concurrency
    ratio = wall / ideal if ideal else float("nan")
    window = max(r["finished"] for r in log["log"]) - min(r["started"] for r in log["log"])
    print(
        f"transport baseline: wall {wall:.2f}s ideal {ideal:.2f}s ratio {ratio:.2f}; steady state {window:.2f}s = "
        f"{window / ideal:.2f}x; requests {len(log['log'])}; done {rep.done}"
    )
    return [
        f"| baseline: same batch and workers, same HTTP exchange, rules summary (no instructor/grounding) | "
        f"{wall:.2f} s | {ideal:.2f} s | **{ratio:.2f}×** (steady state {window / ideal:.2f}×) | "
        f"{len(log['log']) / n:.2f} | — | — | {log['max_in_flight']} | {rep.done}/{n} |"
    ]


def bench_faults(work: Path, reports: dict[str, Path], latency: float, concurrency: int, rate: float) -> list[str]:
    from summarizer.batch import run_batch

    n = len(reports)
    server = Server(work / "in", latency=latency, fault_rate=rate, retry_after=0.05)
    out = work / "faults.jsonl"
    t0 = time.perf_counter()
    rep = run_batch(
        [work / "in"], out, engine="llm", concurrency=concurrency, use_cache=False, engine_options=llm_options(server)
    )
    wall = time.perf_counter() - t0
    log = server.stop()
    kinds = collections.Counter(r["kind"] for r in log["log"])
    lines = check_lines(out, n)
    print(f"faults {rate:.0%}: wall {wall:.2f}s; server {dict(kinds)}; lines {lines}; exit {rep.exit_code}")
    faults = kinds["rate_limited"] + kinds["server_error"]
    return [
        f"| {n} reports, {rate:.0%} of requests fail (429 Retry-After 50 ms / 500), latency "
        f"{latency * 1000:.0f} ms, concurrency {concurrency} | {wall:.2f} s | {len(log['log'])} "
        f"({faults} faults: {kinds['rate_limited']}×429, {kinds['server_error']}×500; "
        f"{faults / max(1, len(log['log'])):.0%}) | {lines['done']} done, {lines['failed']} failed | "
        f"{lines['lines']} lines, {lines['missing']} lost, {lines['duplicated']} duplicated |"
    ]


def bench_kill(work: Path, reports: dict[str, Path], latency: float, concurrency: int) -> list[str]:
    n = len(reports)
    server = Server(work / "in", latency=latency)
    out = work / "kill.jsonl"
    cache = work / "kill-cache"
    cmd = [
        sys.executable,
        "-m",
        "summarizer.batch",
        str(work / "in"),
        "-o",
        str(out),
        "--engine",
        "llm",
        "--concurrency",
        str(concurrency),
        "--cache-dir",
        str(cache),
        "--quiet",
    ]
    env = env_for(server)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n // 2:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    lines_at_kill = out.read_bytes().count(b"\n")
    partial = not out.read_bytes().endswith(b"\n")
    t1 = time.perf_counter()
    res = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall2 = time.perf_counter() - t1
    log = server.stop()
    lines = check_lines(out, n)
    ok = [r for r in log["log"] if r["kind"] == "ok"]
    per_tag = collections.Counter(r["tag"] for r in ok)
    twice = [t for t, c in per_tag.items() if c > 1]
    # a report asked twice had its first request still in flight when the batch was killed (lost work, not a second
    # summary): an answer that had arrived is in the cache (written before the results line) and is not asked again
    print(
        f"kill: lines at kill {lines_at_kill} (partial last line: {partial}); rerun exit {res.returncode} "
        f"in {wall2:.2f}s ({res.stderr.strip().splitlines()[-1] if res.stderr.strip() else ''}); final {lines}; "
        f"server ok requests {len(ok)} for {len(per_tag)} reports, asked twice {len(twice)}"
    )
    return [
        f"| {n} reports, latency {latency * 1000:.0f} ms, concurrency {concurrency}; SIGKILL after "
        f"{lines_at_kill} lines, rerun | exit {res.returncode} | {lines['lines']} lines for {lines['reports']} "
        f"reports, {lines['done']} done, {lines['duplicated']} duplicated, {lines['missing']} lost | "
        f"{len(ok)} answers for {len(per_tag)} reports: {len(twice)} asked twice |"
    ]


def bench_rules(work: Path, reports: dict[str, Path]) -> list[str]:
    from summarizer.batch import run_batch

    rows = []
    fixtures = work / "fixtures"
    fixtures.mkdir(exist_ok=True)
    for name in SEEDS:
        (fixtures / name).write_bytes((FIXTURES / name).read_bytes())
    for label, folder, runs in (("5 fixtures", fixtures, 20), (f"{len(reports)} variants", work / "in", 3)):
        for conc in (1, 8):
            times = []
            for i in range(runs):
                out = work / f"rules-{conc}-{i}.jsonl"
                t0 = time.perf_counter()
                rep = run_batch([folder], out, engine="rules", concurrency=conc, workers=WORKERS)
                times.append(time.perf_counter() - t0)
                assert rep.exit_code == 0
            med = statistics.median(times)
            count = rep.total
            rows.append(f"| rules, {label}, concurrency {conc} | {count} | {med:.3f} s | **{count / med:.0f}** |")
            print(f"rules {label} conc {conc}: {count / med:.0f} reports/s (median of {runs})")
    # and a rerun that skips everything (the cost of a finished batch)
    out = work / "rules-8-0.jsonl"
    t0 = time.perf_counter()
    rep = run_batch([work / "in"], out, engine="rules", concurrency=8)
    t = time.perf_counter() - t0
    rows.append(
        f"| rerun of a finished batch ({rep.skipped} skipped) | {rep.total} | {t:.3f} s | {rep.total / t:.0f} |"
    )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd")
    r = sub.add_parser("run")
    r.add_argument("--dir", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--engine", choices=["llm", "transport"], default="llm")
    r.add_argument("--base-url", required=True)
    r.add_argument("--concurrency", type=int, default=16)
    r.add_argument("--workers", type=int, default=None)
    s = sub.add_parser("serve")
    s.add_argument("--dir", required=True)
    s.add_argument("--latency", type=float, default=0.2)
    s.add_argument("--fault-rate", type=float, default=0.0)
    s.add_argument("--fault-kinds", default="rate_limited,server_error")
    s.add_argument("--retry-after", type=float, default=0.05)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--port-file", required=True)
    s.add_argument("--log-file", required=True)
    s.add_argument("--max-seconds", type=float, default=900)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--big", type=int, default=1000, help="also a batch of this many reports (0: skip)")
    ap.add_argument("--fault-rate", type=float, default=0.3)
    ap.add_argument("--only", default="llm,faults,kill,rules")
    ap.add_argument("--workers", type=int, default=None, help="batch worker processes (default: the batch's own)")
    args = ap.parse_args()
    global WORKERS
    WORKERS = args.workers
    if args.cmd == "serve":
        serve(args)
        return
    if args.cmd == "run":
        run(args)
        return
    only = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        reports = make_reports(work / "in", args.reports)
        sections = {}
        if "llm" in only:
            sections["llm"] = bench_llm(work, reports, args.latency, args.concurrency, args.big)
        if "llm" in only:
            sections["llm"] += bench_transport(work, reports, args.latency, args.concurrency)
        if "faults" in only:
            sections["faults"] = bench_faults(work, reports, args.latency, args.concurrency, args.fault_rate)
        if "kill" in only:
            sections["kill"] = bench_kill(work, reports, args.latency, args.concurrency)
        if "rules" in only:
            sections["rules"] = bench_rules(work, reports)
    print(json.dumps(sections, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
