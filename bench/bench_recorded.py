"""What the engine makes of a real model's answers: replays the recorded cassettes offline and prints one row per
report for bench/RESULTS.md (requests, tokens, items kept vs the rules engine, numbers verified, quotes aligned).

    python -m bench.bench_recorded

Seconds are not in a cassette: they come from the recording run (see bench/RESULTS.md). Needs no network and no
model: the answers are replayed from cassettes/recorded-*.yaml.
"""

from __future__ import annotations

import json
from pathlib import Path

import vcr
import yaml

from summarizer.engines import rules
from summarizer.engines.llm import engine as llm
from summarizer.engines.llm.ground import Grounding
from summarizer.engines.llm.schema import ReportSummaryDraft
from summarizer.pipeline import finish
from tests.support.llm_helpers import CASSETTES, client_for, prepared, vcr_settings
from tests.test_llm_recorded import RECORDED, recorded_config

ROOT = Path(__file__).resolve().parent.parent


def count(summary) -> int:
    return (
        len(summary.measures)
        + len(summary.achievements)
        + len(summary.shortfalls)
        + len(summary.causes)
        + len(summary.plans)
        + len(summary.first_responsible_person.actions)
    )


def answers(path: Path) -> list[dict]:
    """The model's drafts (tool-call arguments or content) of every interaction, as JSON."""
    out = []
    for it in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
        body = json.loads(it["response"]["body"]["string"])
        msg = body["choices"][0]["message"]
        raw = msg["tool_calls"][0]["function"]["arguments"] if msg.get("tool_calls") else msg.get("content") or ""
        out.append({"raw": raw, "usage": body.get("usage") or {}})
    return out


def quote_alignment(doc, raw: str) -> tuple[int, int, int, dict]:
    """How many quotes of one answer align, how many would with exact/loose alignment only (before this engine
    forgave prefixes, t2s and splices), and how the distinct quotes aligned (exact / loose / partial)."""
    from summarizer.quotes import align

    try:
        draft = ReportSummaryDraft.model_validate_json(raw)
    except ValueError:
        return 0, 0, 0, {}
    g = Grounding(doc)
    quotes = [
        (q, getattr(i, "section", None))
        for i in (
            *draft.measures,
            *draft.achievements,
            *draft.shortfalls,
            *draft.causes,
            *draft.plans,
            *draft.first_responsible_person.actions,
        )
        for q in i.quotes
    ]
    aligned = sum(1 for q, s in quotes if g.aligns(q, s))
    strict = sum(1 for q, _ in quotes if align(q, doc.text) is not None)
    return aligned, strict, len(quotes), dict(g.how)


def main() -> None:
    print(
        "| report | requests | tokens in / out | items kept (rules engine) | dropped | numbers in items verified "
        "| quotes aligned, 1st answer (exact/loose only) | distinct quotes exact/loose/partial | warnings |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for seed, name in RECORDED.items():
        path = CASSETTES / f"recorded-qwen1.5b-{seed}.yaml"
        if not path.exists():
            print(f"| {seed} | (not recorded) |")
            continue
        doc = prepared(name)
        with vcr.VCR(record_mode="none", **vcr_settings()).use_cassette(str(path)):
            summary = finish(llm.run(doc, recorded_config("none"), client_for()), doc)
        base = count(finish(rules.run(doc), doc))
        v, p = summary.verification, summary.provenance
        mine = [
            n
            for n in v.numbers
            if n.path.startswith(
                ("measures", "achievements", "shortfalls", "causes", "plans", "first_responsible_person")
            )
        ]
        ok = sum(1 for n in mine if n.status != "unsupported")
        first = answers(path)[0]
        aligned, strict, total, how = quote_alignment(doc, first["raw"])
        how_s = "/".join(str(how.get(k, 0)) for k in ("exact", "loose", "partial"))
        print(
            f"| {seed} | {p.requests} | {p.input_tokens:,} / {p.output_tokens:,} | {count(summary)} ({base}) "
            f"| {p.dropped} | {ok}/{len(mine)} | {aligned}/{total} ({strict}) | {how_s} | {len(summary.warnings)} |"
        )


if __name__ == "__main__":
    main()
