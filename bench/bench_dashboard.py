"""The dashboard of a 200-report batch: its size and the time headless Chromium takes to load it.

    python -m bench.bench_dashboard [N]

Builds N (default 200) reports from the five fixtures and the second-year test report with varied agencies and
years (so the follow-through section has work to do), runs the batch with the rules engine and ``--dashboard``,
then opens ``index.html`` in /usr/bin/chromium over the DevTools pipe (tests/test_review.py's client) and prints
the file size and the time from navigation to the load event (best of 3). Targets: < 2 s and < ~5 MB.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from summarizer.batch import run_batch
from tests.test_review import CDP, CHROMIUM

ROOT = Path(__file__).resolve().parent.parent

FIXTURES = ROOT / "tests" / "fixtures"
PLACES = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]


def build(folder: Path, n: int) -> None:
    sources = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("0*.txt"))]
    sources.append((FIXTURES / "years" / "jinpu-2026.txt").read_text(encoding="utf-8"))
    for i in range(n):
        text = sources[i % len(sources)]
        place = PLACES[(i // len(sources)) % len(PLACES)] + str(i // (len(sources) * len(PLACES)) + 1)
        # another agency and other years: the same body, so every report's quotes still index its own text
        text = text.replace("金普新区", f"{place}新区").replace("阳江市", f"{place}市").replace("湖滨区", f"{place}区")
        text = text.replace("福州市", f"{place}州市").replace("荥阳市", f"{place}阳市")
        (folder / f"r{i:04d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        build(root / "in", n)
        t0 = time.perf_counter()
        report = run_batch([root / "in"], root / "r.jsonl", engine="rules", dashboard=root / "dash")
        t1 = time.perf_counter()
        page = root / "dash" / "index.html"
        size = page.stat().st_size
        print(f"{n} reports: batch with --dashboard {t1 - t0:.1f} s ({report.done} done, {report.failed} failed)")
        t2 = time.perf_counter()
        from summarizer.batch.results import iter_results
        from summarizer.render.dashboard import write_dashboard

        write_dashboard(
            iter_results(root / "r.jsonl"),
            root / "dash2",
            html_dir=root / "dash" / "pages",
            md_dir=root / "dash" / "md",
        )
        print(f"dashboard rebuilt from results.jsonl alone: {time.perf_counter() - t2:.2f} s")
        print(f"index.html: {size / 1e6:.2f} MB, {page.read_text(encoding='utf-8').count('<tr id=')} rows")
        cdp = CDP(CHROMIUM, root / "profile")
        try:
            cdp.send("Browser.getVersion", session=False, timeout=30)
            best = []
            for _ in range(3):
                t = time.perf_counter()
                cdp.open(page.as_uri())
                best.append(time.perf_counter() - t)
                rows = cdp.js("document.querySelectorAll('#reports tbody tr').length")
            t = time.perf_counter()
            cdp.js("document.querySelector('th[data-sort=density]').click()")
            sort = time.perf_counter() - t
            t = time.perf_counter()
            cdp.js("{const q=document.getElementById('q'); q.value='新区'; q.dispatchEvent(new Event('input'))}")
            filt = time.perf_counter() - t
        finally:
            cdp.close()
        print(
            f"Chromium load (navigate → load event): best {min(best):.2f} s, worst {max(best):.2f} s; "
            f"{rows} rows; sort {sort * 1000:.0f} ms, filter {filt * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
