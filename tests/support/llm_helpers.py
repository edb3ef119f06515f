"""Helpers shared by the LLM tests and ``cassettes/write_cassettes.py``.

* ``vcr_settings``: how cassettes are recorded and matched (method, path and the request body compared
  as parsed JSON by vcrpy's ``body`` matcher, after ``scrub_request`` made it canonical), which headers
  are kept, and how secrets are scrubbed.
* ``client_for`` / ``config_for``: replay uses a dummy key and fixed settings; with
  ``--record-mode=once`` (or any mode but ``none``) they read ``OPENAI_API_KEY``, ``OPENAI_BASE_URL`` and
  ``SUMMARIZER_MODEL`` so the same tests record real cassettes.
* ``faithful_draft``: a model answer that is faithful by construction (every quote and number sliced
  from the cleaned text), built from the rules engine's reading of a seed; used to write cassettes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any, Optional

try:  # urllib3 probes IPv6 with a socket when first imported (lazily, by vcrpy or the SDK): do it at collection,
    import urllib3  # noqa: F401  # before pytest-socket blocks sockets, so no test warns about it
except ImportError:  # pragma: no cover
    pass

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
FIXTURES = ROOT / "tests" / "fixtures"
SEED_002 = "002_69ba15540b3f8e73.txt"
SEED_004 = "004_85fd514af7da5818.txt"
WRITTEN_MARK = "# WRITTEN BY HAND, NOT RECORDED"
RECORDED_MARK = "# RECORDED from "
TEST_MODEL = "gpt-4o-mini"
ANSWER_MODEL = "gpt-4o-mini-2024-07-18"
DUMMY_KEY = "test-key-not-a-secret"

# --- vcr configuration -------------------------------------------------------------------------------------

FILTER_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]
KEEP_REQUEST_HEADERS = {"content-type", "accept"}
KEEP_RESPONSE_HEADERS = {"content-type", "retry-after", "retry-after-ms", "x-request-id"}
_PYDANTIC_URL = re.compile(r"https://errors\.pydantic\.dev/[^/\s]+/")
SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_\-]{16,}"),
    re.compile(r"Bearer\s+[A-Za-z0-9._\-]{8,}"),
    re.compile(r"(?im)^\s*-?\s*['\"]?(?:x-)?api-key['\"]?\s*:"),
]


def _secrets() -> list[str]:
    return [
        v
        for k in ("OPENAI_API_KEY", "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY")
        if (v := os.environ.get(k)) and len(v) >= 8
    ]


def _redact(text: str) -> str:
    for s in _secrets():
        text = text.replace(s, "<API_KEY>")
    return text


def canonical_body(body: Any) -> Any:
    """The request body as stored and matched: the model is a placeholder (the answer's ``model`` says
    which one replied), pydantic's versioned doc links are unversioned, keys are sorted."""
    if not body:
        return body
    raw = body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else str(body)
    try:
        data = json.loads(raw)
    except ValueError:
        return _redact(raw).encode("utf-8")
    if isinstance(data, dict) and "model" in data:
        data["model"] = "<model>"
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return _redact(_PYDANTIC_URL.sub("https://errors.pydantic.dev/<v>/", text)).encode("utf-8")


def scrub_request(request):
    request.headers = {k: v for k, v in request.headers.items() if k.lower() in KEEP_REQUEST_HEADERS}
    request.body = canonical_body(request.body)
    if request.path.endswith("/chat/completions"):  # any OpenAI-compatible base path replays the same
        request.uri = f"{request.scheme}://{request.host}/v1/chat/completions"
    return request


def scrub_response(response: dict) -> dict:
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() in KEEP_RESPONSE_HEADERS}
    body = response.get("body", {}).get("string")
    if isinstance(body, (bytes, bytearray)) and _secrets():
        response["body"]["string"] = _redact(body.decode("utf-8", "replace")).encode("utf-8")
    return response


def vcr_settings() -> dict:
    # no record_mode here: it would override --record-mode (CI replays with the default, none)
    return {
        "filter_headers": FILTER_HEADERS,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "path", "body"],
    }


# --- clients -----------------------------------------------------------------------------------------------


def recording(record_mode: Optional[str]) -> bool:
    return bool(record_mode) and record_mode != "none"


def stamp_recorded(name: str) -> None:
    """Give a freshly recorded cassette its first line (see ``conftest._mark_recorded``)."""
    import datetime

    path = CASSETTES / name
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    if text.startswith("#"):
        return
    source = os.environ.get("SUMMARIZER_RECORDED_FROM") or f"{os.environ.get('SUMMARIZER_MODEL')} via an unnamed server"
    path.write_text(f"{RECORDED_MARK}{source} on {datetime.date.today().isoformat()}\n{text}", encoding="utf-8")


def client_for(record_mode: Optional[str] = "none", *, async_: bool = False, http_client: Any = None):
    """``max_retries=0``: a cassette miss surfaces as a connection error, which the SDK would retry. Recording
    waits as long as ``SUMMARIZER_RECORD_TIMEOUT`` says (default 1800 s: a local model on a CPU is slow)."""
    import openai

    live = recording(record_mode)
    cls = openai.AsyncOpenAI if async_ else openai.OpenAI
    timeout = float(os.environ.get("SUMMARIZER_RECORD_TIMEOUT") or 1800) if live else 120
    return cls(
        api_key=(os.environ.get("OPENAI_API_KEY") if live else None) or DUMMY_KEY,
        base_url=(os.environ.get("OPENAI_BASE_URL") if live else None) or "https://api.openai.com/v1",
        max_retries=0,
        timeout=timeout,
        default_headers={"Accept-Encoding": "gzip"},
        http_client=http_client,
    )


def config_for(record_mode: Optional[str] = "none", mode: str = "tools", **changes: Any):
    from summarizer.engines.llm.config import LLMConfig

    model = (os.environ.get("SUMMARIZER_MODEL") if recording(record_mode) else None) or TEST_MODEL
    return LLMConfig(model=model, api_key=DUMMY_KEY, mode=mode, http_retries=0, **changes)


def prepared(name: str, text: Optional[str] = None):
    from summarizer.ingest import load, load_text
    from summarizer.pipeline import prepare

    return prepare(load_text(text) if text is not None else load(FIXTURES / name))


# --- faithful answers --------------------------------------------------------------------------------------

_SEP = "，,；;：:。、\n"


def _metric(m, text: str) -> dict:
    lo = max(0, m.quote.start - 16)
    head = text[lo : m.quote.start]
    cut = max(head.rfind(c) for c in _SEP)
    start = lo + cut + 1 if cut >= 0 else lo
    return {
        "label": m.label,
        "value": m.value,
        "unit": m.unit,
        "qualifier": m.qualifier,
        "quote": text[start : m.quote.end],
    }


def _quotes(evidence) -> list[str]:
    return [q.text for q in evidence]


def faithful_draft(doc) -> dict:
    """What a faithful model would answer: the rules engine's reading, as a draft (quotes verbatim)."""
    from summarizer.engines import rules

    s = rules.run(doc)
    t = doc.text
    frp = s.first_responsible_person
    return {
        "measures": [
            {
                "title": m.title,
                "summary": m.summary,
                "area": m.area,
                "section": m.section,
                "quotes": _quotes(m.evidence),
            }
            for m in s.measures
        ],
        "achievements": [
            {
                "statement": a.statement,
                "section": a.section,
                "metrics": [_metric(m, t) for m in a.metrics],
                "quotes": _quotes(a.evidence),
            }
            for a in s.achievements
        ],
        "shortfalls": [
            {
                "issue": x.issue,
                "section": x.section,
                "metrics": [_metric(m, t) for m in x.metrics],
                "quotes": _quotes(x.evidence),
            }
            for x in s.shortfalls
        ],
        "causes": [
            {
                "cause": x.cause,
                "section": x.section,
                "metrics": [_metric(m, t) for m in x.metrics],
                "quotes": _quotes(x.evidence),
            }
            for x in s.causes
        ],
        "first_responsible_person": {
            "reported": frp.reported,
            "dedicated_section": frp.dedicated_section,
            "section": frp.section,
            "actions": [
                {"action": a.action, "metrics": [_metric(m, t) for m in a.metrics], "quotes": _quotes(a.evidence)}
                for a in frp.actions
            ],
            "quotes": _quotes(frp.evidence),
        },
        "plans": [
            {
                "action": p.action,
                "target_year": p.target_year,
                "section": p.section,
                "metrics": [_metric(m, t) for m in p.metrics],
                "quotes": _quotes(p.evidence),
            }
            for p in s.plans
        ],
    }


def chunk_draft(draft: dict, doc, start: int, end: int) -> dict:
    """The part of a faithful draft whose items lie in ``text[start:end]`` (for per-part requests)."""
    t = doc.text

    def inside(item: dict) -> bool:
        q = item["quotes"][0] if item.get("quotes") else None
        pos = t.find(q, start) if q else -1
        return q is not None and start <= pos < end and pos + len(q) <= end

    out = {k: [i for i in v if inside(i)] for k, v in draft.items() if isinstance(v, list)}
    duty = draft["first_responsible_person"]
    keep = [a for a in duty["actions"] if inside(a)]
    if keep or (duty["quotes"] and inside(duty)):
        out["first_responsible_person"] = {**duty, "actions": keep}
    else:
        out["first_responsible_person"] = {
            "reported": False,
            "dedicated_section": False,
            "section": None,
            "actions": [],
            "quotes": [],
        }
    return out


# --- OpenAI wire format ------------------------------------------------------------------------------------


def _tokens(text: str) -> int:
    from summarizer.engines.llm.tokens import count

    return count(text)


def forced_tool(request_body: bytes) -> str:
    """The function name a tools-mode request forces (``ReportSummaryDraft`` when none is named)."""
    choice = json.loads(request_body).get("tool_choice")
    return (
        choice.get("function", {}).get("name", "ReportSummaryDraft")
        if isinstance(choice, dict)
        else "ReportSummaryDraft"
    )


def prompt_tokens(request_body: bytes) -> int:
    from summarizer.engines.llm.tokens import count_messages

    data = json.loads(request_body)
    return count_messages(data.get("messages", []), data.get("tools") or data.get("response_format"))


def chat_completion(
    mode: str,
    payload: str,
    *,
    prompt: int,
    finish_reason: str = "stop",
    model: str = ANSWER_MODEL,
    created: int = 1767225600,
    tool: str = "ReportSummaryDraft",
) -> dict:
    """An OpenAI ``chat.completion`` object as the service sends it, for the given instructor mode (``tool``: the
    function the request forced, ``ReportRepair`` for a targeted re-ask)."""
    digest = hashlib.sha256((mode + payload).encode()).hexdigest()
    if mode == "tools":
        message = {
            "role": "assistant",
            "content": None,
            "refusal": None,
            "annotations": [],
            "tool_calls": [
                {"id": f"call_{digest[:24]}", "type": "function", "function": {"name": tool, "arguments": payload}}
            ],
        }
    else:
        content = f"```json\n{payload}\n```" if mode == "md_json" else payload
        message = {"role": "assistant", "content": content, "refusal": None, "annotations": []}
    completion = _tokens(payload)
    return {
        "id": f"chatcmpl-{digest[:29]}",
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_written0",
    }


def api_error(status: int, message: str, type_: str, code: Optional[str] = None) -> dict:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


def request_messages(request) -> list[dict]:
    """The chat messages of a recorded or live request (vcr Request or httpx.Request)."""
    body = request.body if hasattr(request, "body") else request.content
    return json.loads(body)["messages"]
