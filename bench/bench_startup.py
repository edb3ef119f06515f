"""Start-up: wall time of a rules run of one fixture against ``python -c "import pydantic"`` (median of 9, interleaved).

    python bench/bench_startup.py [--runs 9] [--against OTHER_TREE]

Each command is a fresh process, run in turn (pydantic, ``import summarizer``, the rules run) so that the shared
machine's load affects all three alike. Target (issue 15): rules run ≤ 2× ``import pydantic``. ``--against`` adds
``import summarizer`` and the rules run of another checkout (e.g. the main tree before a change) to the same
interleaved rounds, so before and after are measured under the same load.
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
    ap.add_argument("--against", type=Path, help="another checkout of the project, timed in the same rounds")
    a = ap.parse_args()
    trees = [(ROOT, "")] + ([(a.against.resolve(), f" [{a.against}]")] if a.against else [])
    cmds: dict[str, tuple[list[str], Path]] = {}
    for tree, tag in trees:
        cmds.update(_commands(tree, tag, first=not tag))
    times: dict[str, list[float]] = {k: [] for k in cmds}
    cpu: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(a.runs):
        for name, (cmd, tree) in cmds.items():
            env = {**os.environ, "PYTHONPATH": str(tree)}
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            err = proc.stderr.read() if proc.stderr else b""
            _, status, usage = os.wait4(proc.pid, 0)
            times[name].append(time.perf_counter() - t0)
            cpu[name].append(usage.ru_utime + usage.ru_stime)  # the shared machine's load shows less in CPU time
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"{name} failed: {err.decode()[-300:]}")
    base = statistics.median(times["python -c 'import pydantic'"])
    cpu_base = statistics.median(cpu["python -c 'import pydantic'"])
    print("| command | median ms | ÷ import pydantic | CPU ms | CPU ÷ import pydantic |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, ts in times.items():
        wall, used = statistics.median(ts), statistics.median(cpu[name])
        print(f"| {name} | {wall * 1000:.0f} | {wall / base:.2f}× | {used * 1000:.0f} | {used / cpu_base:.2f}× |")


def _commands(tree: Path, tag: str, *, first: bool) -> dict[str, tuple[list[str], Path]]:
    """The timed commands of one checkout (the two pydantic baselines only once)."""
    fixture = tree / FIXTURE.relative_to(ROOT)
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
            str(fixture),
            "--engine",
            "rules",
            "-o",
            os.devnull,
        ],
    }
    if not first:
        cmds = {k: v for k, v in cmds.items() if "summarizer" in k}
    return {f"{k}{tag}": (v, tree) for k, v in cmds.items()}


if __name__ == "__main__":
    main()
