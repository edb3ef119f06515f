"""Verification at scale: time per 10k characters and the JSON size of a summary, 100k → 1M characters.

A source of N characters is built from the five seed fixtures, repeated (each copy with its own first line, so the
text is not one paragraph repeated verbatim), then summarised by the rules engine. Timed: ``verify`` of that summary
against the prebuilt index (what ``summarize`` does after extraction), median of ``--runs``. Printed: ms per 10k
characters, its ratio to the 100k figure, the number checks' recorded locations, and the summary's JSON bytes as a
multiple of the source's UTF-8 bytes. Targets (issue 15): per-10k time at 1M ≤ 1.5× that at 100k; JSON ≤ 6× the
source at every size.

    python bench/bench_verify.py [--runs N] [--sizes 20000,100000,...]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

from summarizer.engines import rules
from summarizer.ingest import load_text
from summarizer.jsonout import dumps
from summarizer.numbers import SourceIndex
from summarizer.pipeline import prepare
from summarizer.verify import verify

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def build(chars: int) -> str:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("00[0-4]_*.txt"))]
    parts, n, k = [], 0, 0
    while n < chars:
        part = f"第{k + 1}份材料\n" + seeds[k % len(seeds)]
        parts.append(part)
        n += len(part) + 1
        k += 1
    return "\n".join(parts)[:chars]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sizes", default="20000,100000,300000,1000000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        "| source | chars | bytes | numbers checked | places supporting them | locations kept | verify ms "
        "| ms/10k chars | vs 100k | `verify` CLI path ms/10k | JSON bytes | JSON ÷ source |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in sorted(FIXTURES.glob("00[0-4]_*.txt")):
        row(path.name[:3], path.read_text(encoding="utf-8"), args.runs, {})
    per10k: dict[int, float] = {}
    for size in sizes:
        row(f"seeds ×{size // 1000}k", build(size), args.runs, per10k, size)


def row(name: str, text: str, runs: int, per10k: dict[int, float], size: int = 0) -> None:
    if True:
        doc = prepare(load_text(text, max_chars=len(text) + 1))
        summary = rules.run(doc)
        index = SourceIndex(doc.cleaned.analysis_text, doc.numbers)
        times = []
        gc.collect()
        for _ in range(runs):
            t0 = time.perf_counter()
            result = verify(summary, index, text=doc.text)
            times.append(time.perf_counter() - t0)
        ms = statistics.median(times) * 1000
        per10k[size] = ms / (len(doc.text) / 10_000)
        spans = sum(len(n.source_spans) for n in result.numbers)
        places = sum(n.source_count for n in result.numbers)
        t0 = time.perf_counter()
        verify(summary.model_copy(deep=True), text)  # what `summarizer verify` does: source cleaned, facts recomputed
        cli = (time.perf_counter() - t0) * 1000 / (len(doc.text) / 10_000)
        src_bytes = len(text.encode("utf-8"))
        out = dumps(summary).encode("utf-8")  # what `summarize -f json` writes
        base = per10k.get(100_000)
        ratio = f"{per10k[size] / base:.2f}×" if base and size else "—"
        print(
            f"| {name} | {len(doc.text):,} | {src_bytes:,} | {len(result.numbers):,} | {places:,} | {spans:,} | "
            f"{ms:.0f} | {per10k[size]:.2f} | {ratio} | {cli:.1f} | {len(out):,} | {len(out) / src_bytes:.2f}× |",
            flush=True,
        )


if __name__ == "__main__":
    main()
