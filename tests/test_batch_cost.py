"""The batch summary line states tokens in/out and, with the user's prices, what the run cost (issue 15)."""

from __future__ import annotations

import pytest

from summarizer.batch import BatchReport, run_batch
from summarizer.batch.progress import ItemResult

from .test_batch import llm_env, opts, variants  # noqa: F401  (llm_env is a fixture)


def test_line_states_cost_only_with_both_prices(tmp_path):
    items = [ItemResult("a", "done", requests=2, input_tokens=1_000_000, output_tokens=500_000)]
    line = BatchReport(output=tmp_path / "r.jsonl", items=items, price_in=0.5, price_out=2).line()
    assert "2 request(s), 1500000 tokens (1000000 in, 500000 out), cost 1.5000 (at price_in 0.5" in line
    assert ", cost " not in BatchReport(output=tmp_path / "r.jsonl", items=items, price_in=0.5).line()


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_llm_batch_reports_its_cost(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, ReportResponder

    texts = variants(tmp_path / "in", 2)
    with FakeOpenAI(ReportResponder(texts, marker=r"批次样本 #\d{4}"), max_seconds=60) as server:
        report = run_batch(
            [tmp_path / "in"],
            tmp_path / "a.jsonl",
            engine="llm",
            workers=0,
            use_cache=False,
            engine_options=opts(server, price_in=1.0, price_out=4.0),
        )
    assert report.done == 2 and report.input_tokens > 0 and report.output_tokens > 0
    cost = report.input_tokens * 1.0 / 1e6 + report.output_tokens * 4.0 / 1e6
    assert f"cost {cost:.4f} (at price_in 1 / price_out 4 per million tokens)" in report.line()
