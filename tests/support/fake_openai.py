"""A local OpenAI-compatible server for tests and benchmarks: scripted answers, latency and faults.

It listens on 127.0.0.1 only, on an ephemeral port, serves ``POST /v1/chat/completions`` (and
``GET /v1/models``), and stops by itself after ``max_requests`` requests or ``max_seconds`` seconds,
whichever comes first, so a test that forgets it cannot leave it running.

Every connection gets its own thread (``ThreadingHTTPServer``, HTTP/1.1 keep-alive, a listen backlog of
256), so 16+ concurrent requests with 200 ms latency are served in parallel, not one after another.

What to answer comes from a *responder* ``(body: dict, n: int) -> Reply`` (``n`` counts requests from 1),
from a list of scripted replies consumed in order, or both (the script first). On top of that a seeded
``fault_rate`` turns a share of requests into transient faults (429 with Retry-After, or 500).

Reply kinds: ``Reply.ok(payload)`` (a dict/list is sent as JSON; when the request carries ``tools`` the
payload becomes the arguments of a call to the forced tool, else the message content),
``Reply.rate_limited(retry_after)``, ``Reply.server_error()``, ``Reply.hang(seconds)`` (holds the request
open: the client's timeout fires), ``Reply.malformed()`` (a 200 whose body is not JSON),
``Reply.truncated(payload)`` (``finish_reason: "length"`` with half of the payload), ``Reply.status(code)``,
``Reply.html()`` (a 200 whose body is an HTML page).

    with FakeOpenAI(responder=lambda body, n: Reply.ok({"x": 1}), latency=0.2) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0)

Run standalone (``python tests/support/fake_openai.py --latency 0.2``) it echoes ``{}`` answers and prints its URL.
"""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional, Sequence, Union

Payload = Union[str, dict, list, None]


@dataclass
class Reply:
    kind: str = "ok"  # ok | length | rate_limited | server_error | hang | malformed | status
    payload: Payload = None
    status_code: int = 200
    retry_after: Optional[float] = None
    delay: Optional[float] = None  # overrides the server's latency for this reply
    tag: Optional[str] = None  # recorded in the request log (e.g. which report was asked about)
    usage: Optional[dict] = None  # {"prompt_tokens": …, "completion_tokens": …}; estimated when None

    @classmethod
    def ok(cls, payload: Payload, **kw: Any) -> Reply:
        return cls("ok", payload, **kw)

    @classmethod
    def truncated(cls, payload: Payload, **kw: Any) -> Reply:
        return cls("length", payload, **kw)

    @classmethod
    def rate_limited(cls, retry_after: float = 1.0, **kw: Any) -> Reply:
        return cls("rate_limited", status_code=429, retry_after=retry_after, **kw)

    @classmethod
    def server_error(cls, code: int = 500, **kw: Any) -> Reply:
        return cls("server_error", status_code=code, **kw)

    @classmethod
    def hang(cls, seconds: Optional[float] = None, **kw: Any) -> Reply:
        return cls("hang", delay=seconds, **kw)

    @classmethod
    def malformed(cls, **kw: Any) -> Reply:
        return cls("malformed", **kw)

    @classmethod
    def html(cls, page: str = "<html><body><h1>502 Bad Gateway</h1></body></html>", **kw: Any) -> Reply:
        """HTTP 200 with an HTML page (a proxy's or gateway's), not the service's JSON."""
        return cls("html", payload=page, **kw)

    @classmethod
    def expired(cls, **kw: Any) -> Reply:
        """In a batch job: the line was not run before the completion window ended (goes to the error file)."""
        return cls("expired", **kw)

    @classmethod
    def status(cls, code: int, message: str = "error", **kw: Any) -> Reply:
        return cls("status", payload=message, status_code=code, **kw)


@dataclass
class RequestLog:
    n: int
    started: float
    finished: float = 0.0
    kind: str = ""
    status: int = 0
    tag: Optional[str] = None
    model: Optional[str] = None
    prompt_chars: int = 0


Responder = Callable[[dict, int], Reply]


def _estimate_tokens(chars: int) -> int:
    return max(1, int(chars * 0.66))


def _prompt_chars(body: dict) -> int:
    total = 0
    for m in body.get("messages") or []:
        c = m.get("content") if isinstance(m, dict) else None
        if isinstance(c, str):
            total += len(c)
        elif isinstance(c, list):
            total += sum(len(p.get("text", "")) for p in c if isinstance(p, dict))
    return total


def forced_tool_name(body: dict) -> Optional[str]:
    """The function the request forces (instructor TOOLS mode), or the only one it offers."""
    tc = body.get("tool_choice")
    if isinstance(tc, dict):
        name = (tc.get("function") or {}).get("name")
        if name:
            return name
    tools = body.get("tools") or []
    if tools:
        return (tools[0].get("function") or {}).get("name")
    return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 256
    allow_reuse_address = True
    owner: FakeOpenAI

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, TimeoutError)):
            return  # the client went away (a timeout, a killed batch): not the server's problem
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: with Nagle's algorithm on, the body waits for the client's
    # delayed ACK of the headers (~40 ms on Linux loopback), which real API servers do not make anyone wait
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def _send(
        self, code: int, body: bytes, headers: Optional[dict] = None, content_type: str = "application/json"
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _error(self, code: int, message: str, etype: str, headers: Optional[dict] = None) -> None:
        body = json.dumps({"error": {"message": message, "type": etype, "code": None}}).encode()
        self._send(code, body, headers)

    def do_GET(self) -> None:  # noqa: N802
        if self.server.owner.batches.handle(self, "GET", b""):  # files + batches API (tests/support/fake_batch.py)
            return
        if self.path.rstrip("/").endswith("/models"):
            self._send(200, json.dumps({"object": "list", "data": [{"id": "fake-model", "object": "model"}]}).encode())
        else:
            self._error(404, "not found", "invalid_request_error")

    def do_POST(self) -> None:  # noqa: N802
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if owner.batches.handle(self, "POST", raw):  # files + batches API (tests/support/fake_batch.py)
            return
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._error(404, f"no route {self.path}", "invalid_request_error")
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._error(400, "request body is not JSON", "invalid_request_error")
            return
        n, log = owner._begin(body)
        if n > owner.max_requests:
            log.kind, log.status = "over_limit", 503
            self._error(503, "fake server request limit reached", "server_error")
            owner._finish(log)
            owner._stop_soon()
            return
        try:
            reply = owner._reply_for(body, n)
        except Exception as err:  # a broken responder is a 500 the test will see
            reply = Reply.server_error(payload=f"responder failed: {type(err).__name__}: {err}")
        log.kind, log.tag = reply.kind, reply.tag
        delay = owner.latency if reply.delay is None else reply.delay
        if reply.kind == "hang":
            owner._stopping.wait(reply.delay if reply.delay is not None else owner.max_seconds)
            log.status = 0
            owner._finish(log)
            self.close_connection = True
            return
        if delay > 0:
            owner._stopping.wait(delay)
        log.status = reply.status_code
        try:
            self._answer(body, n, reply)
        finally:
            owner._finish(log)

    def _answer(self, body: dict, n: int, reply: Reply) -> None:
        self._send(*reply_response(body, n, reply))


def _error_body(message: str, etype: str) -> bytes:
    return json.dumps({"error": {"message": message, "type": etype, "code": None}}).encode()


def reply_response(body: dict, n: int, reply: Reply) -> tuple[int, bytes, dict, str]:
    """(status, body bytes, headers, content type) of a reply to a chat completion request (served directly, or
    as one line of a batch job)."""
    if reply.kind == "rate_limited":
        ra = reply.retry_after if reply.retry_after is not None else 1
        ra_text = str(int(ra)) if float(ra).is_integer() else f"{ra:.3f}"
        return (
            429,
            _error_body("Rate limit reached (fake)", "rate_limit_error"),
            {"Retry-After": ra_text, "retry-after-ms": str(int(ra * 1000))},
            "application/json",
        )
    if reply.kind == "server_error":
        return (
            reply.status_code,
            _error_body(str(reply.payload or "internal error (fake)"), "server_error"),
            {},
            "application/json",
        )
    if reply.kind == "status":
        return reply.status_code, _error_body(str(reply.payload), "invalid_request_error"), {}, "application/json"
    if reply.kind == "html":
        return 200, str(reply.payload).encode("utf-8"), {}, "text/html; charset=utf-8"
    if reply.kind == "malformed":
        broken = b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "message": {"role": "assist'
        return 200, broken, {}, "application/json"
    payload = reply.payload
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    finish = "stop"
    if reply.kind == "length":
        text, finish = text[: max(1, len(text) // 2)], "length"
    message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
    tool = forced_tool_name(body)
    if tool:
        message["content"] = None
        message["tool_calls"] = [{"id": f"call_{n}", "type": "function", "function": {"name": tool, "arguments": text}}]
        if finish == "stop":
            finish = "tool_calls"
    # an answer is mostly JSON syntax and ASCII keys (~4 bytes a token) around Chinese (~1.5 bytes a token)
    usage = reply.usage or {
        "prompt_tokens": _estimate_tokens(_prompt_chars(body)),
        "completion_tokens": max(1, len(text.encode("utf-8")) // 4),
    }
    usage = {**usage, "total_tokens": usage["prompt_tokens"] + usage["completion_tokens"]}
    out = {
        "id": f"chatcmpl-fake-{n}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model") or "fake-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": usage,
    }
    return 200, json.dumps(out, ensure_ascii=False).encode("utf-8"), {}, "application/json"


class FakeOpenAI:
    """The server; a context manager. ``base_url`` ends in ``/v1`` as the OpenAI SDK expects."""

    def __init__(
        self,
        responder: Optional[Responder] = None,
        *,
        script: Sequence[Reply] = (),
        latency: float = 0.0,
        fault_rate: float = 0.0,
        fault_kinds: Sequence[str] = ("rate_limited", "server_error"),
        retry_after: float = 0.05,
        seed: int = 0,
        max_requests: int = 10_000,
        max_seconds: float = 120.0,
    ):
        self.responder = responder
        self.script = list(script)
        self.latency = latency
        self.fault_rate = fault_rate
        self.fault_kinds = tuple(fault_kinds)
        self.retry_after = retry_after
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.log: list[RequestLog] = []
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._in_flight = 0
        self.max_in_flight = 0
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None
        from .fake_batch import FakeBatches  # the files + batches API, answered with the same replies

        self.batches = FakeBatches(self)
        self._timer: Optional[threading.Timer] = None

    # --- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True
        )
        self._thread.start()
        self._timer = threading.Timer(self.max_seconds, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._timer is not None and self._timer is not threading.current_thread():
            self._timer.cancel()

    def _stop_soon(self) -> None:
        threading.Thread(target=self.stop, daemon=True).start()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self._server is not None

    # --- bookkeeping -------------------------------------------------------------------------------
    @property
    def requests(self) -> int:
        return len(self.log)

    def tags(self, kind: Optional[str] = "ok") -> list[Optional[str]]:
        """Tags of the requests answered with ``kind`` (all when None)."""
        with self._lock:
            return [r.tag for r in self.log if kind is None or r.kind == kind]

    def _begin(self, body: dict) -> tuple[int, RequestLog]:
        with self._lock:
            n = len(self.log) + 1
            log = RequestLog(n=n, started=time.monotonic(), model=body.get("model"), prompt_chars=_prompt_chars(body))
            self.log.append(log)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            return n, log

    def _finish(self, log: RequestLog) -> None:
        with self._lock:
            log.finished = time.monotonic()
            self._in_flight -= 1

    def _reply_for(self, body: dict, n: int) -> Reply:
        with self._lock:
            scripted = self.script.pop(0) if self.script else None
            fault = None
            if scripted is None and self.fault_rate and self._rng.random() < self.fault_rate:
                fault = self._rng.choice(self.fault_kinds)
        if scripted is not None:
            return scripted
        if fault is not None:
            tag = None
            if self.responder is not None:  # tag faults with the report too, without using the answer
                try:
                    tag = self.responder(body, n).tag
                except Exception:  # noqa: BLE001
                    tag = None
            if fault == "rate_limited":
                return Reply.rate_limited(self.retry_after, tag=tag)
            if fault == "hang":
                return Reply.hang(tag=tag)
            if fault == "malformed":
                return Reply.malformed(tag=tag)
            return Reply.server_error(tag=tag)
        if self.responder is None:
            return Reply.ok({})
        return self.responder(body, n)


# --- faithful answers for the LLM engine -------------------------------------------------------------------------


def faithful_draft(summary: Any) -> dict:
    """The LLM engine's draft (``ReportSummaryDraft`` as JSON) that a faithful model would return for the report
    ``summary`` describes: every item with its verbatim quotes, every metric as the source writes it. Derived from
    the rules engine's summary of the same text, it passes the grounding checks the first time."""

    def quotes(item: Any) -> list[str]:
        return [q.text for q in item.evidence]

    def metrics(item: Any) -> list[dict]:
        return [
            {"label": m.label, "value": m.value, "unit": m.unit, "qualifier": m.qualifier, "quote": m.quote.text}
            for m in item.metrics
        ]

    frp = summary.first_responsible_person
    return {
        "measures": [
            {"title": m.title, "summary": m.summary, "area": m.area, "section": m.section, "quotes": quotes(m)}
            for m in summary.measures
            if m.evidence
        ],
        "achievements": [
            {"statement": a.statement, "section": a.section, "metrics": metrics(a), "quotes": quotes(a)}
            for a in summary.achievements
            if a.evidence
        ],
        "shortfalls": [
            {"issue": s.issue, "section": s.section, "metrics": metrics(s), "quotes": quotes(s)}
            for s in summary.shortfalls
            if s.evidence
        ],
        "causes": [
            {"cause": c.cause, "section": c.section, "metrics": metrics(c), "quotes": quotes(c)}
            for c in summary.causes
            if c.evidence
        ],
        "first_responsible_person": {
            "reported": frp.reported,
            "dedicated_section": frp.dedicated_section,
            "section": frp.section,
            "actions": [
                {"action": a.action, "metrics": metrics(a), "quotes": quotes(a)} for a in frp.actions if a.evidence
            ],
            "quotes": quotes(frp),
        },
        "plans": [
            {
                "action": p.action,
                "target_year": p.target_year,
                "section": p.section,
                "metrics": metrics(p),
                "quotes": quotes(p),
            }
            for p in summary.plans
            if p.evidence
        ],
    }


def _user_text(body: dict) -> str:
    parts = []
    for m in body.get("messages") or []:
        c = m.get("content") if isinstance(m, dict) else None
        if isinstance(c, str):
            parts.append(c)
        elif isinstance(c, list):
            parts += [p.get("text", "") for p in c if isinstance(p, dict)]
    return "\n".join(parts)


class ReportResponder:
    """Answers each request with the faithful draft of the report it carries.

    ``reports`` maps a needle (a string that occurs in exactly one report's text, e.g. its distinct first
    line) to that report's raw text; the rules engine's summary of each text is computed once, up front
    (so the answer costs the server nothing while it is timed). Replies are tagged with the needle, so the
    server's log tells how many requests each report took. A request for no known report gets a 400.
    """

    def __init__(self, reports: dict[str, str], *, marker: Optional[str] = None):
        from summarizer.api import summarize

        self.answers: dict[str, str] = {}
        for needle, text in reports.items():
            draft = faithful_draft(summarize(text, engine="rules"))
            self.answers[needle] = json.dumps(draft, ensure_ascii=False)
        self.marker = marker  # a regex whose first match in the prompt is the needle (faster than scanning)

    def find(self, body: dict) -> Optional[str]:
        text = _user_text(body)
        if self.marker:
            import re

            m = re.search(self.marker, text)
            return m.group(0) if m and m.group(0) in self.answers else None
        return next((n for n in self.answers if n in text), None)

    def __call__(self, body: dict, n: int) -> Reply:
        needle = self.find(body)
        if needle is None:
            return Reply.status(400, "fake server: the request carries no known report")
        return Reply.ok(self.answers[needle], tag=needle)


def main() -> None:  # pragma: no cover - manual use
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--fault-rate", type=float, default=0.0)
    ap.add_argument("--max-seconds", type=float, default=600)
    args = ap.parse_args()
    with FakeOpenAI(latency=args.latency, fault_rate=args.fault_rate, max_seconds=args.max_seconds) as server:
        print(server.base_url, flush=True)
        try:
            server._stopping.wait(args.max_seconds)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":  # pragma: no cover
    main()
