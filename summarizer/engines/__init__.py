"""Engines fill the same schema from a prepared document: ``rules`` offline, ``llm`` through a model."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Mapping

from ..errors import ConfigError
from ..models import Summary


@dataclass
class EngineChoice:
    name: str
    reason: str
    run: Callable[..., Summary]


def model_configured(options: Mapping[str, object]) -> bool:
    """A model named by flag, environment or config file (``~/.config/summarizer/config.toml`` or ``config=``)."""
    if options.get("model") or os.environ.get("SUMMARIZER_MODEL"):
        return True
    from .llm_config import read_config_file

    try:
        return bool(read_config_file(options.get("config")).get("model"))  # type: ignore[arg-type]
    except ConfigError:
        return True  # a broken config file: let the LLM engine say what is wrong with it


def resolve_engine(name: str, options: Mapping[str, object]) -> EngineChoice:
    """``auto`` picks the LLM engine only when a model is configured, so a fresh install works offline."""
    if name == "auto":
        if model_configured(options):
            name = "llm"
        else:
            from . import rules

            return EngineChoice("rules", "no model configured (set SUMMARIZER_MODEL, --model or config.toml for "
                                "the LLM engine): using the offline rules engine", rules.run)
    if name == "rules":
        from . import rules

        return EngineChoice("rules", "rules engine", rules.run)
    if name == "llm":
        try:
            from . import llm
        except ImportError as err:  # pragma: no cover - depends on the installation
            raise ConfigError(f"the LLM engine is unavailable: {err}") from None
        return EngineChoice("llm", "LLM engine", llm.make_runner(options))
    raise ConfigError(f"unknown engine {name!r}: use auto, rules or llm")
