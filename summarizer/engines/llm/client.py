"""Clients, the batch's request slot, transient-fault retries and one-line model errors.

One retry policy for service faults, :func:`retrying`: it repeats a request when the root cause is
transient (rate limit, timeout, connection, 5xx), waiting what the server's Retry-After says (capped) or
backing off, for at most ``1 + transient_retries + http_retries`` HTTP attempts and no new attempt once
``retry_deadline`` seconds have passed. The SDK's own retries are off (``max_retries=0``): with both layers a
persistent 500 cost 12 requests while the message said 3, and a hung service blocked for half an hour. So
the attempts the message reports are the requests made. Re-asks after failed checks are the engine's
(targeted, see ``llm``); instructor itself makes one request per call.

Never retried: authentication and permission (401/403), bad requests (400/404/422), quota exhaustion,
validation failures and truncated answers. Whatever ends a report becomes a :class:`ModelError` with one
line that says what to do.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from contextvars import ContextVar
from typing import Any, Optional

import httpx

from ...errors import ModelError
from .config import LLMConfig, key_variable, redact_url

#: the batch's ``--concurrency`` slot of the report whose task is running (see :class:`SlotTransport`)
REQUEST_SLOT: ContextVar[Optional[asyncio.Semaphore]] = ContextVar("summarizer_request_slot", default=None)


class SlotTransport(httpx.AsyncBaseTransport):
    """``--concurrency`` counts requests on the wire: each HTTP attempt (re-asks and the SDK's retries too)
    holds the batch's slot from sending the request until its answer has been read, and nothing else does.
    Holding it around the whole model call instead kept a slot busy while the answer was validated and
    grounded and the next request built: ~40 ms of a 200 ms cycle with 16 in flight (bench/RESULTS.md)."""

    def __init__(self, inner: httpx.AsyncBaseTransport):
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        slot = REQUEST_SLOT.get()
        if slot is None:
            return await self.inner.handle_async_request(request)
        async with slot:
            response = await self.inner.handle_async_request(request)
            try:
                body = await response.aread()
            finally:
                await response.aclose()
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


def instructor_mode(name: str):
    from instructor import Mode

    return {"tools": Mode.TOOLS, "json": Mode.JSON, "md_json": Mode.MD_JSON, "json_schema": Mode.JSON_SCHEMA}[name]


def build_client(config: LLMConfig, *, async_: bool, http_client: Any = None):
    """An explicitly built OpenAI client (sync or async) for an OpenAI-compatible endpoint."""
    import openai

    cls = openai.AsyncOpenAI if async_ else openai.OpenAI
    return cls(
        api_key=config.api_key or "unused",
        base_url=config.base_url,
        max_retries=0,
        timeout=config.timeout,
        http_client=http_client,
    )


def wrap(client: Any, config: LLMConfig):
    """``instructor.from_openai(client, mode=…)``; an already wrapped instructor client is used as is."""
    import instructor

    if isinstance(client, instructor.Instructor):  # AsyncInstructor is a subclass
        return client
    return instructor.from_openai(client, mode=instructor_mode(config.mode))


# --- classification -------------------------------------------------------------------------------------


def root_cause(exc: BaseException) -> BaseException:
    """The API error under instructor's wrappers (``InstructorRetryException.__cause__``)."""
    from instructor.core import InstructorError

    seen = exc
    while isinstance(seen, InstructorError) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def _error_code(err: Any) -> str:
    body = getattr(err, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("code") or inner.get("type") or "")
    return ""


def is_transient(exc: BaseException) -> bool:
    import openai

    err = root_cause(exc)
    if isinstance(err, (openai.APIConnectionError, NonJSONBody)):  # includes APITimeoutError
        return True
    if isinstance(err, openai.APIStatusError):
        if err.status_code == 429 and _error_code(err) == "insufficient_quota":
            return False  # billing, not load: waiting does not help
        return err.status_code in (408, 409, 429) or err.status_code >= 500
    return False


def retry_after(exc: BaseException) -> Optional[float]:
    """Seconds the server asked us to wait (``retry-after-ms`` / ``retry-after``: seconds or an HTTP date)."""
    response = getattr(root_cause(exc), "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        if headers.get("retry-after-ms"):
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def wait_seconds(exc: BaseException, attempt: int, cap: float) -> float:
    asked = retry_after(exc)
    if asked is not None:
        return min(cap, asked)
    return min(cap, 2.0 ** (attempt - 1) + random.uniform(0, 0.5))


# Indirection so tests (and a batch runner) can observe or shorten waits without patching time.
def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def retrying(config: LLMConfig, *, async_: bool, on_wait=None):
    """The outer tenacity policy for one report call."""
    from tenacity import AsyncRetrying, Retrying, retry_if_exception, stop_after_attempt, stop_after_delay

    def wait(state) -> float:
        exc = state.outcome.exception()
        seconds = wait_seconds(exc, state.attempt_number, config.retry_max_wait)
        if on_wait is not None:
            on_wait(exc, seconds)
        return seconds

    stop = stop_after_attempt(1 + config.transient_retries + config.http_retries)
    if config.retry_deadline:
        stop = stop | stop_after_delay(config.retry_deadline)
    common = dict(retry=retry_if_exception(is_transient), stop=stop, wait=wait, reraise=True)
    if async_:
        return AsyncRetrying(sleep=lambda s: _asleep(s), **common)
    return Retrying(sleep=lambda s: _sleep(s), **common)


# --- one-line errors -------------------------------------------------------------------------------------


def _detail(err: BaseException, limit: int = 160) -> str:
    body = getattr(err, "body", None)
    msg = ""
    if isinstance(body, dict):
        inner = body.get("error", body)
        msg = str(inner.get("message", "")) if isinstance(inner, dict) else str(inner)
    msg = " ".join((msg or str(getattr(err, "message", "") or err)).split())
    return msg if len(msg) <= limit else msg[:limit] + "…"


def scrub(text: str, config: Optional[LLMConfig] = None) -> str:
    """``text`` without the API key (an error body may echo it) or credentials in URLs."""
    import os

    keys = {config.api_key} if config is not None and config.api_key else set()
    keys |= {os.environ.get(v) for v in ("OPENAI_API_KEY", "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY")}
    for key in sorted((k for k in keys if k and len(k) >= 6), key=len, reverse=True):
        text = text.replace(key, "***")
    return redact_url(text)


class NonJSONBody(Exception):
    """HTTP 200 whose body is not JSON (a cut-off answer, an HTML error page, a proxy's login page): a fault of
    the service, retried like a 5xx, never a model answer to re-ask or to summarise as empty."""

    def __init__(self, cause: BaseException, body: Any = None):
        body = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        self.doc = " ".join(str(body or getattr(cause, "doc", "") or "").split())[:60]
        super().__init__(f"HTTP 200 with a body that is not JSON ({self.doc!r}…)")


def model_error(exc: BaseException, config: LLMConfig, attempts: int = 1) -> ModelError:
    """The one-line :class:`ModelError` for a failure that ends a report (keys and URL credentials scrubbed)."""
    return ModelError(scrub(_model_error_text(exc, config, attempts), config))


def _model_error_text(exc: BaseException, config: LLMConfig, attempts: int) -> str:
    import openai
    from instructor.core import IncompleteOutputException

    where = redact_url(config.base_url or "https://api.openai.com/v1")
    err = root_cause(exc)
    tries = f" after {attempts} attempt(s)" if attempts > 1 else ""
    if isinstance(exc, IncompleteOutputException) or isinstance(err, IncompleteOutputException):
        return (
            f"the model's answer was cut off at the output limit (max_tokens={config.max_tokens}): "
            f"raise --max-tokens (or max_tokens in the config file)"
        )
    if isinstance(err, openai.AuthenticationError):
        return f"the model service at {where} refused the API key (401): check {key_variable(config)}"
    if isinstance(err, openai.PermissionDeniedError):
        return f"the model service at {where} denied access (403) to model {config.model}: check the key's permissions"
    if isinstance(err, openai.NotFoundError):
        return f"model {config.model!r} or endpoint not found at {where} (404): check --model and --base-url"
    if isinstance(err, openai.RateLimitError):
        if _error_code(err) == "insufficient_quota":
            return f"the model service says the quota is exhausted (429 insufficient_quota): {_detail(err)}"
        return f"the model service is rate limiting (429){tries}: try again later or lower the batch concurrency"
    if isinstance(err, (openai.BadRequestError, openai.UnprocessableEntityError)):
        return (
            f"the model service rejected the request ({err.status_code}): {_detail(err)}; "
            f"check --model and --mode ({config.mode})"
        )
    if isinstance(err, openai.APITimeoutError):
        return f"the model service at {where} timed out{tries} (timeout {config.timeout:g}s)"
    if isinstance(err, openai.APIConnectionError):
        return f"cannot reach the model service at {where}{tries}: check --base-url and the network"
    if isinstance(err, openai.APIStatusError):
        return f"the model service failed (HTTP {err.status_code}){tries}: {_detail(err)}"
    if isinstance(err, NonJSONBody):
        return (
            f"the model service at {where} answered HTTP 200 with a body that is not JSON{tries}"
            + (f" ({err.doc!r}…)" if err.doc else "")
            + ": check --base-url"
        )
    if isinstance(err, AssertionError):  # instructor's refusal check
        return f"the model refused to answer: {_detail(err)}"
    return f"the LLM call failed: {type(err).__name__}: {_detail(err)}"
