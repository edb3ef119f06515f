"""Output planning: the expected answer against the cassettes' answers, and no report lost to truncation.

1. For every answer in cassettes/ (scripted, and the recorded real-model answer), the expected answer tokens of the
   part the request carried (``llm_plan.expected_output``) against the answer's o200k tokens (and, for the recorded
   one, the provider's own count). Target: within ±30%.
2. Chunking: the seed fixtures concatenated (16.8k characters) summarised against the loopback server with
   max_tokens 4096 and 8192. The server answers each request with the faithful draft of the part it carries and cuts
   any answer longer than the request's max_tokens (finish_reason "length"). Target: no report lost.

    python -m bench.bench_plan
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from summarizer.api import summarize
from summarizer.engines.llm import engine as llm
from summarizer.engines.llm import plan as llm_plan
from summarizer.engines.llm.config import LLMConfig
from summarizer.engines.llm.tokens import count
from summarizer.ingest import load_text
from summarizer.pipeline import prepare
from tests.support.fake_openai import FakeOpenAI, Reply, faithful_draft

ROOT = Path(__file__).resolve().parent.parent

FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = sorted(FIXTURES.glob("00[0-4]_*.txt"))
REPORT = re.compile(r"<report>\n(.*)\n</report>", re.S)


def calibration() -> None:
    docs = [prepare(load_text(p.read_text(encoding="utf-8"), p.name)) for p in SEEDS]
    print("| cassette | request | answer tokens (o200k) | provider's count | expected | expected ÷ answer |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for path in sorted((ROOT / "cassettes").glob("*.yaml")):
        for i, it in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]):
            body = json.loads(it["request"]["body"])
            user = body["messages"][-1]["content"]
            if "没有通过程序核对" in user or "你上次的回答无法使用" in user:
                continue  # re-asks: answers to a repair prompt, not summaries
            try:
                reply = json.loads(it["response"]["body"]["string"])
                msg = reply["choices"][0]
            except (KeyError, ValueError, TypeError):
                continue
            if msg.get("finish_reason") == "length":
                continue
            m = REPORT.search(user)
            doc = next((d for d in docs if m and m.group(1) in d.text), None)
            if doc is None:
                continue
            start = doc.text.index(m.group(1))
            calls = msg["message"].get("tool_calls")
            answer = calls[0]["function"]["arguments"] if calls else msg["message"]["content"]
            try:
                json.loads(re.sub(r"^```(?:json)?|```$", "", answer.strip()))
            except ValueError:
                continue  # a deliberately broken answer (malformed-json), not a summary's size
            tokens = count(answer)
            want = llm_plan.expected_output(doc, start, start + len(m.group(1)))
            print(
                f"| {path.stem} | {i} | {tokens} | {reply['usage']['completion_tokens']} | {want} | "
                f"{want / tokens:.2f} |"
            )


def chunking() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    doc = prepare(load_text(text, "seeds.txt"))

    def respond(body: dict, n: int) -> Reply:
        part = REPORT.search(body["messages"][-1]["content"]).group(1)
        draft = json.dumps(faithful_draft(summarize(part, engine="rules")), ensure_ascii=False)
        tokens, limit = count(draft), int(body["max_tokens"])
        if tokens > limit:
            return Reply.truncated(
                draft[: len(draft) * limit // tokens], usage={"prompt_tokens": 1, "completion_tokens": limit}
            )
        return Reply.ok(
            draft, usage={"prompt_tokens": count(body["messages"][-1]["content"]), "completion_tokens": tokens}
        )

    print(f"\nChunking: {len(text):,} characters ({len(doc.text):,} cleaned), one report")
    print("| max_tokens | planned parts | requests | cut off | outcome | items |")
    print("| ---: | ---: | ---: | ---: | --- | ---: |")
    for max_tokens in (4096, 8192):
        import openai

        cfg = LLMConfig(model="m", api_key="k", max_tokens=max_tokens, max_retries=0)
        with FakeOpenAI(responder=respond) as server:
            client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
            parts = len(llm.plan_chunks(doc, cfg))
            try:
                s = llm.run(doc, cfg.with_(base_url=server.base_url), client)
                items = len(s.measures) + len(s.achievements) + len(s.shortfalls) + len(s.causes) + len(s.plans)
                cut = sum("cut off" in w for w in s.warnings)
                print(f"| {max_tokens} | {parts} | {s.provenance.requests} | {cut} | summarised | {items} |")
            except Exception as exc:  # noqa: BLE001 - the figure to report
                print(f"| {max_tokens} | {parts} | {server.requests} | — | LOST: {str(exc)[:80]} | 0 |")


if __name__ == "__main__":
    calibration()
    chunking()
