"""Engines fill the same schema from a prepared document: ``rules`` offline, ``llm`` through a model.

The one place an engine is chosen (:func:`choose`, :func:`resolve_engine`) and the one typed set of engine options
(:class:`EngineOptions`, built by the CLI's shared option decorator for ``summarize`` and ``batch`` alike).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Callable, Mapping, Optional, Protocol

from ..errors import ConfigError
from ..models import Summary
from ..pipeline import Prepared
from . import rules

__all__ = ["Engine", "EngineChoice", "EngineOptions", "choose", "model_configured", "resolve_engine"]

ENGINES = ("auto", "rules", "llm")


class Engine(Protocol):
    """What an engine is: a prepared document in, an unverified summary out (``pipeline.finish`` verifies it)."""

    def __call__(self, doc: Prepared) -> Summary: ...


@dataclass(frozen=True)
class EngineOptions:
    """Options of the LLM engine as the command line gives them; ``None`` means "from the environment, the config
    file or the default"."""

    model: Optional[str] = None
    base_url: Optional[str] = None
    provider: Optional[str] = None
    mode: Optional[str] = None
    max_tokens: Optional[int] = None
    max_retries: Optional[int] = None
    config: Optional[str] = None

    def as_dict(self) -> dict[str, object]:
        """The options given, as the engines' ``**options`` (the keys :func:`load_config` reads)."""
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class EngineChoice:
    name: str
    reason: str
    run: Callable[[Prepared], Summary]


def model_configured(options: Mapping[str, object]) -> bool:
    """A model named by flag, environment or config file (``~/.config/summarizer/config.toml`` or ``config=``)."""
    if options.get("model") or os.environ.get("SUMMARIZER_MODEL"):
        return True
    # start-up optimisation (measured 2026-11-30: engines.llm.config and what it imports, tomllib among them, cost
    # ~8 ms of a 0.3 s rules run, bench/bench_startup.py): only ``--engine auto`` without a model named reads it
    from .llm.config import read_config_file

    try:
        return bool(read_config_file(options.get("config")).get("model"))  # type: ignore[arg-type]
    except ConfigError:
        return True  # a broken config file: let the LLM engine say what is wrong with it


def choose(name: str, options: Mapping[str, object]) -> tuple[str, str]:
    """``(engine, reason)``: ``auto`` picks the LLM engine only when a model is configured, so a fresh install
    works offline."""
    if name == "auto":
        if model_configured(options):
            return "llm", "LLM engine (a model is configured)"
        return "rules", (
            "no model configured (set SUMMARIZER_MODEL, --model or config.toml for the LLM engine): "
            "using the offline rules engine"
        )
    if name == "rules":
        return "rules", "rules engine"
    if name == "llm":
        return "llm", "LLM engine"
    raise ConfigError(f"unknown engine {name!r}: use auto, rules or llm")


def resolve_engine(name: str, options: Mapping[str, object]) -> EngineChoice:
    """The chosen engine, ready to run (the LLM engine reads and checks its configuration here)."""
    name, reason = choose(name, options)
    if name == "rules":
        return EngineChoice("rules", reason, rules.run)
    try:
        # Start-up optimisation (measured 2026-11-30: the LLM engine costs 0.10-0.12 s to import on top of the rest
        # of the package): imported only when it is chosen, so the rules engine never pays for it.
        from .llm import engine as llm
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ConfigError(f"the LLM engine is unavailable: {err}") from None
    return EngineChoice("llm", reason, llm.make_runner(options))
