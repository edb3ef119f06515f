"""Regular expressions compiled on first use, for the patterns most reports never need.

Why: ``re`` compiles in Python, and a character class over a big Unicode range (``[\\u4e00-\\u9fff]``) costs ~1 ms
because sre fills a 64k-entry map one code point at a time. The package compiles ~240 patterns when it is
imported; those of rare shapes (a report whose line breaks were lost, a date range, a reading that only some reports
need) cost ~25 ms of every start-up although most runs never touch them (issue 15, bench/RESULTS.md, measured
2026-11-30 over the 43 inputs of ``bench/layout_check.py``). ``lazy(pattern, flags)`` is ``re.compile`` with the
compilation moved to the first attribute used: the same pattern, the same flags, the same compiled object, so no
match changes. After that first use the compiled pattern's methods sit on the instance, and a call costs what a
call on a module-level ``re.Pattern`` costs.

Only attribute use works (``P.search(...)``, ``P.sub(...)``, ``P.pattern``): do not pass one to ``re.sub`` or test it
with ``isinstance(..., re.Pattern)``; :meth:`LazyPattern.compiled` gives the real pattern where one is needed.
"""

from __future__ import annotations

import re
from typing import Any

_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """An ``re.Pattern`` that compiles when first used (see the module's docstring for why)."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiled now if it was not yet; ``re``'s cache makes a second call cheap)."""
        return re.compile(*self._source)

    def __getattr__(self, name: str) -> Any:  # only for names not yet on the instance: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.compiled()
        for attribute in _ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str | bytes, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, compiled on first use. Typed ``Any`` so call sites read as an ``re.Pattern``."""
    return LazyPattern(pattern, flags)
