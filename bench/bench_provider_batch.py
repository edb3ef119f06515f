"""Provider batch jobs end to end: 200 reports through the loopback files + batches API, killed once while collecting.

    python bench/bench_provider_batch.py [--reports 200] [--kill-after 60]

1. The direct path: ``run_batch`` with the LLM engine against the loopback server (one request per report).
2. The provider path, each step a fresh ``python -m summarizer batch … --engine llm --provider-batch`` process:
   submit (exit 75), poll while the job runs (exit 75), collect — SIGKILLed once ``--kill-after`` lines are in the
   results file — and collect again to the end (exit 0).
3. Checks: every report exactly one ``done`` line (0 lost, 0 duplicated), one upload and one batch line per report
   (nothing submitted twice), no direct chat request (the faithful answers need no re-ask), and every summary equal
   to the direct path's (timings aside). Target (issue 15): 0 lost, 0 duplicated, same summaries.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from bench.bench_batch import MARKER, make_reports  # noqa: E402
from summarizer.batch import read_results, run_batch  # noqa: E402
from tests.support.fake_openai import FakeOpenAI, ReportResponder  # noqa: E402


def comparable(rec: dict) -> str:
    s = json.loads(json.dumps(rec["summary"]))
    for key in ("seconds", "timings_ms"):
        s["provenance"].pop(key, None)
    return json.dumps(s, sort_keys=True, ensure_ascii=False)


def cli(folder: Path, out: Path, base_url: str, wait_lines: int = 0) -> tuple[int, float, int]:
    """One ``summarizer batch --provider-batch`` process: (exit code, seconds, lines when killed or 0)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "test", "SUMMARIZER_CONFIG": os.devnull}
    for var in ("SUMMARIZER_MODEL", "OPENAI_BASE_URL", "SUMMARIZER_MODE", "SUMMARIZER_PROVIDER"):
        env.pop(var, None)
    args = [
        sys.executable,
        "-m",
        "summarizer",
        "batch",
        str(folder),
        "-o",
        str(out),
        "--engine",
        "llm",
        "--provider-batch",
        "--model",
        "fake-model",
        "--base-url",
        base_url,
        "--no-cache",
        "-q",
        "-j",
        "16",
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if wait_lines:
        while proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= wait_lines:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return -9, time.perf_counter() - t0, out.read_bytes().count(b"\n")
            time.sleep(0.01)
    err = proc.communicate()[1].decode("utf-8", "replace").strip().splitlines()
    print(f"    exit {proc.returncode}: {err[-1] if err else ''}")
    return proc.returncode, time.perf_counter() - t0, 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--kill-after", type=int, default=60)
    a = ap.parse_args()
    os.environ["SUMMARIZER_CONFIG"] = os.devnull
    tmp = Path(tempfile.mkdtemp(prefix="bench-pb-"))
    paths = make_reports(tmp / "in", a.reports)
    texts = {n: p.read_text(encoding="utf-8") for n, p in paths.items()}
    with FakeOpenAI(ReportResponder(texts, marker=MARKER), max_seconds=1800, max_requests=10 * a.reports) as server:
        server.batches.polls = 1
        t0 = time.perf_counter()
        direct = run_batch(
            [tmp / "in"],
            tmp / "direct.jsonl",
            engine="llm",
            workers=0,
            concurrency=16,
            use_cache=False,
            engine_options={"model": "fake-model", "base_url": server.base_url, "api_key": "test"},
        )
        t_direct = time.perf_counter() - t0
        assert direct.done == a.reports, direct.line()
        direct_requests = server.requests
        out = tmp / "pb.jsonl"
        print(f"{a.reports} reports; direct path: {direct.done} done, {direct_requests} requests, {t_direct:.1f} s")
        steps = []
        steps.append(("submit", *cli(tmp / "in", out, server.base_url)))
        steps.append(("poll (job running)", *cli(tmp / "in", out, server.base_url)))
        steps.append(("collect, SIGKILLed", *cli(tmp / "in", out, server.base_url, wait_lines=a.kill_after)))
        steps.append(("collect again", *cli(tmp / "in", out, server.base_url)))
        batch_lines = sum(1 for r in server.log if r.kind.startswith("batch:"))
        direct_calls = server.requests - direct_requests - batch_lines
        uploads = server.batches.uploads
    print("\n| step | exit | seconds | lines in results.jsonl when killed |")
    print("| --- | ---: | ---: | ---: |")
    for name, code, secs, killed in steps:
        print(f"| {name} | {code} | {secs:.1f} | {killed or ''} |")
    recs = read_results(out)
    done: dict[str, list[dict]] = {}
    for r in recs:
        if r["status"] == "done":
            done.setdefault(r["sha256"], []).append(r)
    theirs = {r["sha256"]: r for r in read_results(tmp / "direct.jsonl")}
    lost = len(set(theirs) - set(done))
    duplicated = sum(len(v) - 1 for v in done.values())
    different = sum(1 for sha, v in done.items() if comparable(v[0]) != comparable(theirs[sha]))
    failed = sum(1 for r in recs if r["status"] != "done")
    print(f"\nuploads {uploads}, batch lines {batch_lines}, direct chat requests of the provider path {direct_calls}")
    print(
        f"done {len(done)}, failed lines {failed}, lost {lost}, duplicated {duplicated}, "
        f"summaries different from the direct path {different} (target: 0 lost, 0 duplicated, 0 different)"
    )


if __name__ == "__main__":
    main()
