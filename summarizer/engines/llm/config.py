"""Configuration of the LLM engine: flags > environment > TOML file > provider preset.

A provider preset says how to talk to a family of OpenAI-compatible services: the base URL, the
instructor mode that works there, and what to switch off. Thinking models break forced tool calls
(DeepSeek rejects ``tool_choice`` while thinking; Qwen3 answers in ``reasoning_content``), so the presets
turn thinking off or pick a JSON mode. Anything missing ends in a :class:`ConfigError` whose one line
says what to set.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping, Optional

from ...errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

MODES = ("tools", "json", "md_json", "json_schema")
_OPENAI_REASONING = re.compile(r"^(?:o\d|gpt-5)")
DEFAULT_CONFIG = Path("~/.config/summarizer/config.toml")


@dataclass(frozen=True)
class Preset:
    base_url: Optional[str]
    mode: str
    key_env: str = "OPENAI_API_KEY"
    needs_key: bool = True
    default_key: Optional[str] = None
    extra_body: Mapping[str, Any] = field(default_factory=dict)
    defaults: Mapping[str, Any] = field(default_factory=dict)  # LLMConfig fields this kind of service needs


PRESETS: dict[str, Preset] = {
    # Forced tool calls are OpenAI's most reliable structured output.
    "openai": Preset(None, "tools"),
    # deepseek-chat with thinking disabled accepts forced tool calls; deepseek-reasoner cannot disable
    # thinking and rejects tool_choice, and DeepSeek has no json_schema response format: see _refine.
    "deepseek": Preset(
        "https://api.deepseek.com/v1",
        "tools",
        key_env="DEEPSEEK_API_KEY",
        extra_body={"thinking": {"type": "disabled"}},
    ),
    # DashScope's compatible mode: json_object with thinking off (Qwen3 otherwise thinks first and
    # refuses response_format while thinking).
    "qwen": Preset(
        "https://dashscope.aliyuncs.com/compatible-mode/v1",
        "json",
        key_env="DASHSCOPE_API_KEY",
        extra_body={"enable_thinking": False},
    ),
    # Ollama and vLLM enforce a JSON schema with grammar-constrained decoding; their tool parsers vary.
    "ollama": Preset("http://localhost:11434/v1", "json_schema", needs_key=False, default_key="ollama"),
    "vllm": Preset("http://localhost:8000/v1", "json_schema", needs_key=False, default_key="EMPTY"),
    # llama-cpp-python's server (scripts/local-model.sh): it answers response_format json_schema with HTTP 500 and
    # accepts json_object or tools; tools are decoded with a grammar built from the schema. On a CPU a request
    # takes minutes, so the timeouts are a local model's, not a cloud service's.
    "llamacpp": Preset(
        "http://127.0.0.1:8080/v1",
        "tools",
        key_env="LLAMACPP_API_KEY",
        needs_key=False,
        default_key="llamacpp",
        defaults={"timeout": 1200.0, "retry_deadline": 2400.0, "context_tokens": 16384, "max_tokens": 6144},
    ),
}
ALIASES = {"dashscope": "qwen", "openai-compatible": "openai", "llama.cpp": "llamacpp", "llama-cpp": "llamacpp"}


_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")
_URL_SECRET_QUERY = re.compile(r"(?i)([?&](?:api[-_]?key|key|token|access_token)=)[^&\s]+")


def redact_url(text: Optional[str]) -> str:
    """``text`` with credentials in URLs hidden: ``http://user:pass@host`` → ``http://***@host``, ``?key=…`` →
    ``?key=***``. Used on everything printed or stored that may hold a base URL."""
    if not text:
        return text or ""
    return _URL_SECRET_QUERY.sub(r"\1***", _URL_CREDENTIALS.sub(r"\1***@", text))


@dataclass(frozen=True)
class LLMConfig:
    """Everything one LLM run needs; immutable, so concurrent reports can share it."""

    model: str
    provider: str = "openai"
    base_url: Optional[str] = None
    api_key: Optional[str] = field(default=None, repr=False)
    mode: str = "tools"
    max_tokens: int = 8192  # output limit per request
    max_retries: int = 2  # re-asks after a validation failure (2 = up to 3 calls)
    token_budget: Optional[int] = 200_000  # cumulative tokens of one report's calls; no re-ask beyond it
    http_retries: int = 0  # extra attempts on transient faults, added to transient_retries (the SDK's are off)
    transient_retries: int = 2  # retries of a request on 429/timeout/connection/5xx (3 attempts in all)
    retry_max_wait: float = 30.0  # seconds, cap on any single wait (Retry-After included)
    timeout: float = 90.0  # seconds per HTTP request
    # no new attempt after this many seconds: a hung service fails in one timeout (90 s), and the worst case, a
    # fault just before the deadline and then a hang, in deadline + timeout = 2 minutes
    retry_deadline: Optional[float] = 30.0
    temperature: Optional[float] = 0.0
    context_tokens: int = 64_000  # prompt + answer budget; longer reports are summarised per part
    extra_body: Mapping[str, Any] = field(default_factory=dict)
    prompt_version: str = "v2"
    max_tokens_param: str = "max_tokens"  # OpenAI's reasoning models (o1/o3/o4, gpt-5) take max_completion_tokens
    # the user's prices per million tokens (no built-in price list: it would go stale); None = cost not shown
    price_in: Optional[float] = None
    price_out: Optional[float] = None
    # re-asks for failing items: "targeted" (short prompt, the passages they point to, their fields' schema) or
    # "full" (the system prompt, the whole part and the full schema, as prompt v2 first did)
    repair: str = "targeted"

    def with_(self, **changes: Any) -> LLMConfig:
        return replace(self, **changes)

    def __repr__(self) -> str:  # no key; no credentials of the base URL
        return (
            f"LLMConfig(model={self.model!r}, provider={self.provider!r}, base_url={redact_url(self.base_url)!r}, "
            f"mode={self.mode!r})"
        )


_INT_FIELDS = ("max_tokens", "max_retries", "token_budget", "http_retries", "transient_retries", "context_tokens")
_FLOAT_FIELDS = ("retry_max_wait", "timeout", "temperature", "retry_deadline", "price_in", "price_out")
_STR_FIELDS = (
    "model",
    "provider",
    "base_url",
    "api_key",
    "mode",
    "prompt_version",
    "api_key_env",
    "max_tokens_param",
    "repair",
)
_KNOWN = set(_INT_FIELDS + _FLOAT_FIELDS + _STR_FIELDS) | {"extra_body"}


def read_config_file(path: Optional[str | os.PathLike]) -> dict[str, Any]:
    """The ``[llm]`` table (or the top level) of a TOML file: ``path``, else ``$SUMMARIZER_CONFIG``, else
    ``~/.config/summarizer/config.toml`` (which may be absent)."""
    explicit = path or os.environ.get("SUMMARIZER_CONFIG")
    p = Path(explicit or DEFAULT_CONFIG).expanduser()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"config file not found: {p}") from None
        return {}
    except OSError as err:
        raise ConfigError(f"cannot read config file {p}: {err.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"config file {p} is not valid TOML: {str(err).splitlines()[0]}") from None
    table = data.get("llm", data)
    if not isinstance(table, dict):
        raise ConfigError(f"config file {p}: [llm] must be a table")
    unknown = sorted(set(table) - _KNOWN - {"llm"})
    if unknown:
        raise ConfigError(f"config file {p}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(_KNOWN))})")
    return {k: v for k, v in table.items() if k != "llm"}


def _env() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, var in (
        ("model", "SUMMARIZER_MODEL"),
        ("base_url", "OPENAI_BASE_URL"),
        ("mode", "SUMMARIZER_MODE"),
        ("provider", "SUMMARIZER_PROVIDER"),
    ):
        if os.environ.get(var):
            out[key] = os.environ[var]
    return out


def _guess_provider(base_url: Optional[str]) -> str:
    url = (base_url or "").lower()
    if "deepseek" in url:
        return "deepseek"
    if "dashscope" in url or "aliyuncs" in url:
        return "qwen"
    if ":11434" in url:
        return "ollama"
    return "openai"


def _coerce(name: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        if name in _INT_FIELDS:
            return int(value)
        if name in _FLOAT_FIELDS:
            return float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a number, got {value!r}") from None
    if name == "extra_body":
        if not isinstance(value, Mapping):
            raise ConfigError("extra_body must be a TOML table")
        return dict(value)
    return str(value)


def load_config(
    options: Mapping[str, Any] | None = None, *, require_model: bool = True, require_key: bool = True
) -> LLMConfig:
    """Build the configuration from ``options`` (CLI flags / API keywords), the environment and the file.

    ``options`` keys: model, base_url, provider, mode, max_tokens, max_retries, config (a TOML path) and
    any other :class:`LLMConfig` field. ``None`` values are ignored, so unset flags fall through.
    """
    options = {k: v for k, v in (options or {}).items() if v is not None}
    unknown = sorted(set(options) - _KNOWN - {"config"})
    if unknown:
        raise ConfigError(f"unknown LLM option(s) {', '.join(unknown)} (known: {', '.join(sorted(_KNOWN))}, config)")
    merged: dict[str, Any] = {}
    merged.update(read_config_file(options.pop("config", None)))
    merged.update(_env())
    merged.update({k: v for k, v in options.items() if k in _KNOWN})
    values = {k: _coerce(k, v) for k, v in merged.items()}

    provider = (values.pop("provider", None) or _guess_provider(values.get("base_url"))).lower()
    provider = ALIASES.get(provider, provider)
    if provider not in PRESETS:
        raise ConfigError(f"unknown provider {provider!r}: use {', '.join(PRESETS)}")
    preset = PRESETS[provider]

    model = values.pop("model", None)
    if not model and require_model:
        raise ConfigError(
            "no model configured for the LLM engine: set SUMMARIZER_MODEL=<model>, pass --model, "
            'or add model = "…" to ~/.config/summarizer/config.toml'
        )
    mode = (values.pop("mode", None) or _refine(provider, preset.mode, model or "")).lower().replace("-", "_")
    if mode not in MODES:
        raise ConfigError(f"unknown mode {mode!r}: use {', '.join(MODES)}")

    key_env = values.pop("api_key_env", None)
    api_key = values.pop("api_key", None) or _key_from_env(key_env, preset)
    if not api_key and preset.default_key:
        api_key = preset.default_key
    if not api_key and require_key:
        var = key_env or preset.key_env
        raise ConfigError(
            f"no API key for provider {provider}: set {var}=<key> "
            "(or use --provider ollama / vllm / llamacpp for a local model)"
        )
    for name, value in preset.defaults.items():
        values.setdefault(name, value)
    extra = dict(preset.extra_body)
    if provider == "deepseek" and "reasoner" in (model or ""):
        extra = {}  # the reasoner always thinks: MD_JSON instead of tools (see _refine)
    extra.update(values.pop("extra_body", None) or {})
    if provider == "openai" and _OPENAI_REASONING.match(model or ""):
        values.setdefault("temperature", None)  # they accept only the default temperature
        values.setdefault("max_tokens_param", "max_completion_tokens")
    cfg = LLMConfig(
        model=model or "",
        provider=provider,
        base_url=values.pop("base_url", None) or preset.base_url,
        api_key=api_key,
        mode=mode,
        extra_body=extra,
        **values,
    )
    _check_ranges(cfg)
    return cfg


def _refine(provider: str, mode: str, model: str) -> str:
    if provider == "deepseek" and "reasoner" in model:
        return "md_json"
    return mode


def _key_from_env(key_env: Optional[str], preset: Preset) -> Optional[str]:
    """The configured variable, else the preset's own. OPENAI_API_KEY goes only to the openai preset (any
    OpenAI-compatible ``--base-url``): never to DeepSeek, DashScope or a local server, which have their own."""
    for var in (key_env, preset.key_env):
        if var and os.environ.get(var):
            return os.environ[var]
    return None


def key_variable(config: LLMConfig) -> str:
    """The environment variable the key of ``config``'s provider comes from (for messages)."""
    preset = PRESETS.get(config.provider)
    return preset.key_env if preset is not None else "OPENAI_API_KEY"


def _check_ranges(cfg: LLMConfig) -> None:
    if cfg.max_tokens < 256:
        raise ConfigError(f"--max-tokens {cfg.max_tokens} is too small for a summary: use at least 1024")
    if cfg.max_retries < 0 or cfg.transient_retries < 0 or cfg.http_retries < 0:
        raise ConfigError("retry counts must be 0 or more")
    if cfg.context_tokens <= cfg.max_tokens:
        raise ConfigError(f"context_tokens ({cfg.context_tokens}) must exceed max_tokens ({cfg.max_tokens})")
    if cfg.max_tokens_param not in ("max_tokens", "max_completion_tokens"):
        raise ConfigError("max_tokens_param must be max_tokens or max_completion_tokens")
    if cfg.repair not in ("targeted", "full"):
        raise ConfigError(f"repair must be targeted or full, got {cfg.repair!r}")
    if cfg.timeout <= 0:
        raise ConfigError("timeout must be more than 0 seconds")
    for name in ("price_in", "price_out"):
        price = getattr(cfg, name)
        if price is not None and not (0 <= price < 1e6):
            raise ConfigError(f"{name} is a price per million tokens: a number from 0, got {price!r}")
    if cfg.retry_deadline is not None and cfg.retry_deadline <= 0:
        object.__setattr__(cfg, "retry_deadline", None)  # 0 in the file means "attempts only"
    if cfg.token_budget is not None and cfg.token_budget <= 0:
        object.__setattr__(cfg, "token_budget", None)  # 0 in the file means "no cap"


def cost_text(
    tokens_in: int, tokens_out: int, price_in: Optional[float], price_out: Optional[float], prefix: str = ""
) -> str:
    """``; cost ≈ 0.0123 (price_in/price_out per million tokens)`` when the user gave both prices, else ''. No
    built-in price list: prices change, and a stale one would be a wrong figure stated as fact."""
    if price_in is None or price_out is None:
        return ""
    cost = tokens_in * price_in / 1e6 + tokens_out * price_out / 1e6
    return f"; cost {prefix}{cost:.4f} (at price_in {price_in:g} / price_out {price_out:g} per million tokens)"
