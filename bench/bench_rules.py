"""Rules engine speed on the seed fixtures.

Prints, per report and for a 20,000-character report built from the seeds: the median time of the whole
offline pipeline after loading (clean → outline → classify → facts → numbers → extract → verify), the time per
10k characters, and the ratio to one pass of a single compiled regex over the same text, measured in the same
run so that the figures compare across machines. Target: a 20,000-character report in under 20 ms on one core.

    python bench/bench_rules.py [--runs N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from summarizer.engines import rules
from summarizer.ingest import load, load_text
from summarizer.numbers import SourceIndex
from summarizer.pipeline import prepare
from summarizer.verify import verify

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
BASELINE = re.compile(r"\d+(?:\.\d+)?")


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def extract(loaded):
    return rules.run(prepare(loaded))


def pipeline(loaded):
    doc = prepare(loaded)
    summary = rules.run(doc)
    verify(summary, SourceIndex(doc.cleaned.analysis_text, doc.numbers), text=doc.text)
    return summary


def build_20k() -> str:
    """A realistic 20,000-character annual report: part ① of several seeds, then the rest of one."""
    parts = []
    for name in ("001_fe0e8058e257553a.txt", "002_69ba15540b3f8e73.txt", "004_85fd514af7da5818.txt"):
        parts.append((FIXTURES / name).read_text(encoding="utf-8"))
    text = "\n".join(parts)
    while len(text) < 20000:
        text += "\n" + parts[1]
    return text[:20000]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    cases = [(p.name, load(p)) for p in sorted(FIXTURES.glob("0*.txt"))]
    cases.append(("synthetic-20k", load_text(build_20k(), name="synthetic-20k")))
    pipeline(cases[0][1])  # warm-up: OpenCC dictionary, regex compilation
    print("ms/report: clean → outline → facts → numbers → extract → verify (what `summarize` does after loading);")
    print("extract ms: the same without verification; ratio: ms/report over one compiled-regex pass (same run)")
    print(f"{'report':26} {'chars':>6} {'ms/report':>10} {'ms/10k':>7} {'extract ms':>10} {'regex ms':>9} {'ratio':>6}")
    for name, loaded in cases:
        chars = len(loaded.text)
        ms = median_ms(lambda loaded=loaded: pipeline(loaded), args.runs)
        ex = median_ms(lambda loaded=loaded: extract(loaded), args.runs)
        base = median_ms(lambda loaded=loaded: BASELINE.findall(loaded.text), args.runs * 5)
        print(f"{name:26} {chars:6d} {ms:10.2f} {ms * 10000 / chars:7.2f} {ex:10.2f} {base:9.3f} {ms / base:5.0f}x")
    print("target: synthetic-20k under 20 ms per report on one core")


if __name__ == "__main__":
    main()
