"""What one re-ask costs: input tokens of the re-ask for one bad item ÷ input tokens of the first request.

For each seed fixture with an achievement that has a metric, the first answer is the faithful draft with one
metric's value changed to a number the source does not have (one wrong digit in one item, as models do); the
re-ask is answered with the item as it should be. The engine runs against an in-process mock transport; the
request bodies it sends are counted with o200k (messages + tool schema, as ``tokens.count_messages`` does).
Both repair styles are shown: ``targeted`` (the default: short repair prompt, the passages the item points to,
a schema of its field only) and ``full`` (the system prompt, the whole report, the full schema). Target
(issue 15): targeted ≤ 35% of the first request.

    python bench/bench_reask.py
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

from summarizer.engines.llm import engine as llm  # noqa: E402
from summarizer.engines.llm.tokens import count_messages  # noqa: E402
from tests.support.llm_helpers import (  # noqa: E402
    chat_completion,
    client_for,
    config_for,
    faithful_draft,
    forced_tool,
    prepared,
    prompt_tokens,
)

SEEDS = sorted(p.name for p in (ROOT / "tests" / "fixtures").glob("00[0-4]_*.txt"))


def one_wrong(doc, draft: dict) -> tuple[dict, dict] | None:
    """The draft with one achievement's metric value changed to a number absent from the source, and the
    correct item (what the re-ask is answered with)."""
    for i, item in enumerate(draft["achievements"]):
        for m in item["metrics"]:
            for bump in (7, 17, 70, 700):
                value = m["value"] * 10 + bump
                if any(c.status == "unsupported" for c in doc.index.check_text(f"{value:g}{m['unit']}")):
                    bad = copy.deepcopy(draft)
                    bad["achievements"][i]["metrics"][draft["achievements"][i]["metrics"].index(m)]["value"] = value
                    return bad, {"achievements": [item]}
    return None


def run(seed: str, repair: str) -> tuple[int, int, int]:
    doc = prepared(seed)
    draft = faithful_draft(doc)
    pair = one_wrong(doc, draft)
    if pair is None:
        return 0, 0, 0
    bad, fixed = pair
    replies = [bad, fixed]
    tokens: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        tokens.append(count_messages(body["messages"], body.get("tools")))
        payload = json.dumps(replies.pop(0), ensure_ascii=False)
        return httpx.Response(
            200,
            json=chat_completion(
                "tools", payload, prompt=prompt_tokens(request.content), tool=forced_tool(request.content)
            ),
        )

    client = client_for(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    summary = llm.run(doc, config_for(repair=repair), client)
    assert summary.provenance.reasks == 1 and len(tokens) == 2, (seed, summary.provenance, tokens)
    return tokens[0], tokens[1], len(doc.text)


def main() -> None:
    print("| fixture | chars | first request (tokens) | targeted re-ask | ÷ first | full re-ask | ÷ first |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    worst = 0.0
    for seed in SEEDS:
        first, targeted, chars = run(seed, "targeted")
        if not first:
            print(f"| {seed[:3]} | | (no achievement with a metric) | | | | |")
            continue
        _, full, _ = run(seed, "full")
        worst = max(worst, targeted / first)
        print(f"| {seed[:3]} | {chars} | {first} | {targeted} | {targeted / first:.0%} | {full} | {full / first:.0%} |")
    print(f"\nworst targeted re-ask ÷ first request: {worst:.0%} (target ≤ 35%)")


if __name__ == "__main__":
    main()
