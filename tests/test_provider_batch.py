"""Provider batch jobs (``--provider-batch``) against the loopback files + batches API (tests/support/fake_batch.py)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summarizer.batch import run_batch
from summarizer.batch.provider import run_provider_batch, state_path
from summarizer.cli import batch_command

from .test_batch import lines, llm_env, opts, variants  # noqa: F401  (llm_env is a fixture)

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]
MARKER = r"批次样本 #\d{4}"


def comparable(rec: dict) -> dict:
    """A done record's summary without what differs from run to run (timings)."""
    s = json.loads(json.dumps(rec["summary"]))
    for key in ("seconds", "timings_ms"):
        s["provenance"].pop(key, None)
    return s


def by_sha(path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for rec in lines(path):
        out.setdefault(rec["sha256"], []).append(rec)
    return out


def test_submit_poll_collect_gives_the_direct_paths_summaries(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, ReportResponder

    texts = variants(tmp_path / "in", 4)
    with FakeOpenAI(ReportResponder(texts, marker=MARKER), max_seconds=60) as server:
        server.batches.polls = 2
        direct = run_batch(
            [tmp_path / "in"],
            tmp_path / "direct.jsonl",
            engine="llm",
            workers=0,
            use_cache=False,
            engine_options=opts(server),
        )
        assert direct.done == 4 and server.requests == 4
        out = tmp_path / "r.jsonl"
        first = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert first.exit_code == 75 and "submitted provider batch job" in first.line()
        state = json.loads(state_path(out).read_text(encoding="utf-8"))
        assert len(state["reports"]) == 4 and len(state["requests"]) == 4 and state["job_id"]
        assert out.read_bytes() == b"" and server.requests == 4  # nothing asked yet, nothing written
        # the uploaded JSONL: one line per first request, the body exactly what the direct path sent
        uploaded = server.batches.files[state["input_file_id"]]["content"].decode("utf-8").splitlines()
        assert {json.loads(x)["url"] for x in uploaded} == {"/v1/chat/completions"}
        for _poll in range(2):  # still running: exit 75 again, nothing written
            again = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
            assert again.exit_code == 75 and "is in_progress" in again.line() and out.read_bytes() == b""
        done = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert (done.exit_code, done.done, done.failed) == (0, 4, 0)
        assert not state_path(out).exists()
        assert server.requests == 8 and sum(1 for r in server.log if r.kind == "batch:ok") == 4  # no direct call
    ours, theirs = by_sha(out), by_sha(tmp_path / "direct.jsonl")
    assert set(ours) == set(theirs) and all(len(v) == 1 for v in ours.values())
    for sha, (rec,) in ours.items():
        assert comparable(rec) == comparable(theirs[sha][0])


def test_failed_and_expired_lines_are_failures_and_resubmitted(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, Reply, ReportResponder

    texts = variants(tmp_path / "in", 4)
    base = ReportResponder(texts, marker=MARKER)
    jobs = {"n": 0}

    def responder(body, n):
        reply = base(body, n)
        if jobs["n"] == 1 and reply.tag == "批次样本 #0001":
            return Reply.expired(tag=reply.tag)
        if jobs["n"] == 1 and reply.tag == "批次样本 #0002":
            return Reply.status(400, "fake: bad request line", tag=reply.tag)
        return reply

    out = tmp_path / "r.jsonl"
    with FakeOpenAI(responder, max_seconds=60) as server:
        server.batches.polls = 0
        jobs["n"] = 1
        assert run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False).exit_code == 75
        report = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert (report.done, report.failed, report.exit_code) == (2, 2, 1)
        failed = {r["file"].rsplit("/", 1)[-1]: r for r in lines(out) if r["status"] == "failed"}
        assert set(failed) == {"r01.txt", "r02.txt"}
        assert "batch_expired" in failed["r01.txt"]["error"] and failed["r01.txt"]["exit_code"] == 10
        assert "HTTP 400" in failed["r02.txt"]["error"] and "fake: bad request line" in failed["r02.txt"]["error"]
        assert all("rerun the same command to submit it again" in r["error"] for r in failed.values())
        assert not state_path(out).exists()
        # the rerun submits only the two that failed, as a new job
        jobs["n"] = 2
        resubmit = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert resubmit.exit_code == 75 and "2 request(s) for 2 report(s)" in resubmit.line()
        final = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert (final.done, final.failed, final.skipped, final.exit_code) == (2, 0, 2, 0)
    done = [r for r in lines(out) if r["status"] == "done"]
    assert len(done) == 4 and len({r["sha256"] for r in done}) == 4  # none lost, none twice


def test_collect_killed_midway_resumes_without_loss_or_duplicates(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, ReportResponder

    texts = variants(tmp_path / "in", 5)
    out = tmp_path / "r.jsonl"
    with FakeOpenAI(ReportResponder(texts, marker=MARKER), max_seconds=60) as server:
        server.batches.polls = 0
        run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        seen = []

        def crash_after_two(item):
            seen.append(item)
            if len(seen) == 2:
                raise RuntimeError("killed")  # the run dies after two lines were written

        with pytest.raises(RuntimeError, match="killed"):
            run_provider_batch(
                [tmp_path / "in"],
                out,
                engine_options=opts(server),
                use_cache=False,
                concurrency=1,
                on_item=crash_after_two,
            )
        assert state_path(out).exists()  # the job is kept: its output is fetched again
        written = len(lines(out))
        assert 1 <= written < 5
        rest = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert rest.exit_code == 0 and rest.skipped == written and rest.done == 5 - written
        assert server.batches.uploads == 1  # nothing was submitted twice
    recs = lines(out)
    assert len(recs) == 5 and len({r["sha256"] for r in recs}) == 5 and all(r["status"] == "done" for r in recs)


def test_a_reask_goes_out_as_a_direct_call(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, Reply, ReportResponder

    texts = variants(tmp_path / "in", 1)
    base = ReportResponder(texts, marker=MARKER)
    good = json.loads(next(iter(base.answers.values())))
    item = next(a for a in good["achievements"] if a["metrics"])
    wrong = json.loads(json.dumps(good))
    bad = next(a for a in wrong["achievements"] if a["metrics"])
    bad["metrics"][0]["value"] = bad["metrics"][0]["value"] * 10 + 7

    def responder(body, n):
        text = json.dumps(body, ensure_ascii=False)
        if "没有通过程序核对" in text:  # the targeted re-ask
            return Reply.ok({"achievements": [item]}, tag="reask")
        return Reply.ok(wrong, tag="first")

    out = tmp_path / "r.jsonl"
    with FakeOpenAI(responder, max_seconds=60) as server:
        server.batches.polls = 0
        run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        report = run_provider_batch([tmp_path / "in"], out, engine_options=opts(server), use_cache=False)
        assert report.done == 1
        assert [(r.kind, r.tag) for r in server.log] == [("batch:ok", "first"), ("ok", "reask")]
    (rec,) = lines(out)
    assert rec["summary"]["provenance"]["reasks"] == 1 and rec["summary"]["verification"]["ok"]


def test_cli_provider_batch(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, ReportResponder

    texts = variants(tmp_path / "in", 2)
    runner = CliRunner()
    res = runner.invoke(
        batch_command, [str(tmp_path / "in"), "-o", str(tmp_path / "r.jsonl"), "--engine", "rules", "--provider-batch"]
    )
    assert res.exit_code == 2 and "--provider-batch" in res.stderr
    with FakeOpenAI(ReportResponder(texts, marker=MARKER), max_seconds=60) as server:
        server.batches.polls = 0
        args = [
            str(tmp_path / "in"),
            "-o",
            str(tmp_path / "r.jsonl"),
            "--engine",
            "llm",
            "--provider-batch",
            "--model",
            "fake-model",
            "--base-url",
            server.base_url,
            "--no-cache",
        ]
        env = {"OPENAI_API_KEY": "test"}
        res = runner.invoke(batch_command, args, env=env)
        assert res.exit_code == 75 and "rerun the same command later" in res.stderr, res.stderr
        res = runner.invoke(batch_command, args, env=env)
        assert res.exit_code == 0 and "2 report(s): 2 done, 0 failed" in res.stderr, res.stderr


def test_a_service_without_the_batch_api_is_one_line(tmp_path, llm_env):  # noqa: F811
    from .support.fake_openai import FakeOpenAI, ReportResponder

    texts = variants(tmp_path / "in", 1)
    with FakeOpenAI(ReportResponder(texts, marker=MARKER), max_seconds=60) as server:
        server.batches.handle = lambda handler, method, raw: False  # a server with chat completions only
        res = CliRunner().invoke(
            batch_command,
            [
                str(tmp_path / "in"),
                "-o",
                str(tmp_path / "r.jsonl"),
                "--engine",
                "llm",
                "--provider-batch",
                "--model",
                "fake-model",
                "--base-url",
                server.base_url,
                "--no-cache",
            ],
            env={"OPENAI_API_KEY": "test"},
        )
    assert res.exit_code == 10 and res.stderr.count("\n") == 1, res.stderr
    assert "provider batch: uploading the requests (POST /v1/files) failed" in res.stderr
    assert not state_path(tmp_path / "r.jsonl").exists()
