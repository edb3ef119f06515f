"""Start-up: wall time of a rules run of one fixture against ``python -c "import pydantic"`` (median of 9, interleaved).

    python bench/bench_startup.py [--runs 9]

Each command is a fresh process, run in turn (pydantic, ``import summarizer``, the rules run) so that the shared
machine's load affects all three alike. Target (issue 15): rules run ≤ 2× ``import pydantic``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "004_85fd514af7da5818.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    a = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmds = {
        "python -c 'import pydantic'": [sys.executable, "-c", "import pydantic"],
        "pydantic and one BaseModel class": [
            sys.executable,
            "-c",
            "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int",
        ],
        "python -c 'import summarizer'": [sys.executable, "-c", "import summarizer"],
        "rules run of 004 (python -m summarizer summarize … --engine rules)": [
            sys.executable,
            "-m",
            "summarizer",
            "summarize",
            str(FIXTURE),
            "--engine",
            "rules",
            "-o",
            os.devnull,
        ],
    }
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(a.runs):
        for name, cmd in cmds.items():
            t0 = time.perf_counter()
            done = subprocess.run(cmd, env=env, capture_output=True, cwd=ROOT)
            times[name].append(time.perf_counter() - t0)
            if done.returncode != 0:
                raise SystemExit(f"{name} failed: {done.stderr.decode()[-300:]}")
    base = statistics.median(times["python -c 'import pydantic'"])
    print("| command | median ms | ÷ import pydantic |")
    print("| --- | ---: | ---: |")
    for name, ts in times.items():
        print(f"| {name} | {statistics.median(ts) * 1000:.0f} | {statistics.median(ts) / base:.2f}× |")


if __name__ == "__main__":
    main()
