"""Benchmark summarizer.numbers: index a ~20,000-character source once, check a ~1,000-character summary.

Run: python bench/bench_numbers.py [runs]. Prints milliseconds (median and p95). The in-run baseline
is one pass of a single compiled regex (\\d+(?:\\.\\d+)?).findall over the same summary, so the ratio
says how much the Chinese-aware finder plus the checks cost over the crudest possible scan on this
machine. Target: a check under 5 ms.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from summarizer.numbers import SourceIndex, find_numbers

ROOT = Path(__file__).resolve().parent.parent
# The four annual reports first (the summary quotes them), then the implementation plan as filler.
SEEDS = sorted((ROOT / "tests" / "fixtures").glob("0*.txt"), key=lambda p: (p.name.startswith("003"), p.name))
SOURCE_CHARS = 20_000

# Summary sentences in the style of the engine's output: faithful copies, legitimate rewrites
# (scaling, Chinese numerals, full-width) and a few wrong numbers the checker must reject.
SENTENCES = [
    "2024年，福州市卫生健康委全年依托政务服务平台高效办结卫生健康事项5878件，同步生成电子证照7137件。",
    "即办件占比达65.48%，事项办理时限从1696个工作日压缩至174个工作日，压缩比例高达89.74%。",
    "共开展“双随机、一公开”抽查2028次，查处无证行医51起，罚没款金额203.66万元。",
    "罚没金额2312442元，组织90名人员参加执法资格考试，通过率达93%。",
    "全年共举办法律培训班十期，培训人员近1500人次，提供各类法律服务60余次。",
    "阳江市卫生健康局共受理行政许可事项申请1082件，即办率高达98.5%，随机监督抽查任务539家。",
    "处罚案件129宗，处罚金额2.89万元；出动执法人员5213人次，罚款金额1.77万元，没收违法所得4980元。",
    "调解成功52宗，调解成功率58.4%，总诉求金额3113.69万元，实际金额601.15万元。",
    "累计发布疫情信息706条，推送701篇，发送手机短信近1200万条。",
    "金普新区卫生健康局全年出动监督员6828人次、监督车辆2149车次，检查各类单位4238户次。",
    "受理投诉举报611起，立案查处27起，罚没款105.2879万元，组织专业培训12次、参与225人次。",
    "梳理涉企法治服务事项18项，提供法律咨询40余次，排查整改安全隐患25项。",
    "湖滨区对全区223家医疗机构开展专项整治，受领抽查任务5个专业共87件，任务完成率100%。",
    "截至2023年12月20日，立案查处12件，罚款人民币8900元，公示信息200余条，受理信访件26件次。",
    "法治政府建设实施纲要（2021—2025年）确定的目标，2022年1月—11月立案查处32宗。",
    "通过三项举措推动政府职能转变，２０２４年共公示行政处罚信息46条、行政许可信息2020条。",
    "信访投诉占比达18%，法律专业人才占比不足20%，2026年开展专题学习培训不少于2场。",
]


def build_source() -> str:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    out = ""
    while len(out) < SOURCE_CHARS:
        for t in texts:
            out += t + "\n"
    return out[:SOURCE_CHARS]


def build_summary(target: int = 1000) -> str:
    out = ""
    i = 0
    while len(out) < target:
        out += SENTENCES[i % len(SENTENCES)]
        i += 1
    return out


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    source = build_source()
    summary = build_summary()

    t0 = time.perf_counter()
    index = SourceIndex(source)
    build_ms = (time.perf_counter() - t0) * 1000

    checks = index.check_text(summary)  # warm up
    check_ms = timed(lambda: index.check_text(summary), runs)
    find_src_ms = timed(lambda: find_numbers(source), max(20, runs // 10))
    baseline_rx = re.compile(r"\d+(?:\.\d+)?")
    base_ms = timed(lambda: baseline_rx.findall(summary), runs)
    build_again_ms = timed(lambda: SourceIndex(source), 20)

    med_check, med_base = statistics.median(check_ms), statistics.median(base_ms)
    print(f"source: {len(source):,} chars, {len(index.mentions)} numbers; summary: {len(summary):,} chars, "
          f"{len(checks)} numbers; runs: {runs}")  # fmt: skip
    rebuild = statistics.median(build_again_ms)
    find_med, find_p95 = statistics.median(find_src_ms), p95(find_src_ms)
    print(f"index build (one-off)          : {build_ms:8.3f} ms   (median of 20 rebuilds {rebuild:.3f} ms)")
    print(f"find_numbers over source       : {find_med:8.3f} ms median, {find_p95:.3f} ms p95")
    print(f"check_text(summary)            : {med_check:8.3f} ms median, {p95(check_ms):.3f} ms p95  (target < 5 ms)")
    print(f"baseline regex findall(summary): {med_base:8.4f} ms median, {p95(base_ms):.4f} ms p95")
    print(f"ratio check / baseline         : {med_check / med_base:8.1f}x")
    print("verdicts:", dict(Counter(c.status for c in checks)))
    for c in checks:
        if c.status == "unsupported":
            print(f"  unsupported: {c.text}")


if __name__ == "__main__":
    main()
