"""Verification and JSON output stay bounded: a number check records how many places support it and at most a few
of them, so a long report whose every paragraph says 「1个」 does not list thousands of offsets per claim."""

from __future__ import annotations

import json

from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.jsonout import dumps
from summarizer.numbers import MAX_SPANS, SourceIndex, check_numbers

from .conftest import FIXTURES


def test_a_check_counts_every_place_and_lists_the_first_few():
    source = "".join(f"第{i}段：新建1个调解室。\n" for i in range(400))
    index = SourceIndex(source)
    first, again = check_numbers("新建1个调解室，又建1个", index)
    assert first.status == "exact" and first.source_count == 400
    assert len(first.source_spans) == MAX_SPANS
    assert first.source_spans == sorted(first.source_spans)
    for a, b in first.source_spans:
        assert source[a:b] == "1个"
    assert first.source_spans[0] == (source.index("1个"), source.index("1个") + 2)  # the first in the text
    assert again.source_count == 400 and again.source_spans == first.source_spans  # the same answer, asked twice
    missing = check_numbers("新建2个", index)[0]
    assert missing.status == "unsupported" and missing.source_count == 0 and missing.source_spans == []


def test_summary_json_lists_counts_and_stays_a_small_multiple_of_a_repetitive_source(tmp_path):
    seed = (FIXTURES / "002_69ba15540b3f8e73.txt").read_text(encoding="utf-8")
    text = "\n".join(f"第{k}份\n{seed}" for k in range(30))  # ~100k characters, every figure 30 times
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli, ["summarize", str(path), "--format", "json", "--max-chars", str(len(text) + 10)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    numbers = data["verification"]["numbers"]
    assert numbers and all(len(n["source_spans"]) <= MAX_SPANS for n in numbers)
    assert max(n["source_count"] for n in numbers) >= 30
    assert all((n["status"] == "unsupported") == (n["source_count"] == 0) for n in numbers)
    assert len(res.stdout.encode()) <= 6 * len(text.encode())


def test_json_layout_is_the_same_data_one_record_per_line():
    from summarizer.api import summarize

    summary = summarize(str(FIXTURES / "004_85fd514af7da5818.txt"))
    text = dumps(summary)
    assert json.loads(text) == json.loads(summary.model_dump_json())
    lines = text.splitlines()
    # each quote check is one line (path, offsets, status), not six
    assert any(line.strip().startswith('{"path":') and '"status":"match"' in line for line in lines)
    assert text.endswith("}\n")
