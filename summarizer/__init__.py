"""summarizer: grounded structured summaries of 法治政府建设年度报告.

``summarize`` turns a report into a :class:`Summary` whose every quote has offsets into the cleaned source and
whose every number has been checked against it; ``check_numbers`` and ``verify`` expose that check, and ``check``
runs it on any summary text (a person's or a chat model's) against its report.

The names are loaded on first use (PEP 562), so ``import summarizer`` and ``import summarizer.<module>`` load only
what is asked for: importing everything cost ~0.37 s before any work (issue 15, bench/RESULTS.md).
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .version import __version__

__all__ = ["CheckResult", "NumberCheck", "Summary", "__version__", "check", "check_numbers", "summarize", "verify"]

_WHERE = {
    "summarize": ".api",
    "CheckResult": ".check",
    "check": ".check",
    "Summary": ".models",
    "NumberCheck": ".numbers",
    "check_numbers": ".numbers",
    "verify": ".verify",
}

if TYPE_CHECKING:
    from .api import summarize
    from .check import CheckResult, check
    from .models import Summary
    from .numbers import NumberCheck, check_numbers
    from .verify import verify


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


_SHADOWED = ("check", "verify")  # public functions that share their name with the module that defines them


class _Package(types.ModuleType):
    """``summarizer.check`` and ``summarizer.verify`` are the functions (as they always were), also after
    ``import summarizer.check``: the import system binds a loaded submodule on its package, and that binding is
    turned into the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
