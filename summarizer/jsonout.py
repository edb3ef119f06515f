"""The JSON a person may open: nested parts indented, each small record (a quote, a heading, a number check) on one
line. ``model_dump_json(indent=2)`` put every field and every offset on its own line: a summary came to 4–8× its
source's bytes (a span alone took four lines), and records could not be read or grepped a line at a time. The data
is the same JSON either way (``json.loads`` gives equal values); batch lines stay compact as before."""

from __future__ import annotations

import json
from typing import Any

_SEPARATORS = (",", ":")


def _flat(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=_SEPARATORS)


def _record(obj: Any, depth: int = 0) -> bool:
    """A dict of scalars and short lists of scalars (or of pairs): one line whatever its width."""
    if isinstance(obj, dict):
        return depth == 0 and all(_record(v, 1) for v in obj.values())
    if isinstance(obj, list):
        return depth < 3 and all(_record(v, depth + 1) for v in obj)
    return True


def _dump(obj: Any, indent: int, out: list[str]) -> None:
    if not isinstance(obj, (list, dict)) or not obj or (len(obj) <= 12 and _record(obj)):
        out.append(_flat(obj))
        return
    pad, end = "\n" + " " * (indent + 2), "\n" + " " * indent
    if isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            out.append(("," if i else "") + pad)
            _dump(v, indent + 2, out)
        out.append(end + "]")
        return
    out.append("{")
    for i, (k, v) in enumerate(obj.items()):
        out.append(("," if i else "") + pad + json.dumps(k, ensure_ascii=False) + ": ")
        _dump(v, indent + 2, out)
    out.append(end + "}")


def dumps(model: Any) -> str:
    """A pydantic model (or plain JSON data) as indented JSON with one line per small record, newline-terminated."""
    data = model.model_dump(mode="json") if hasattr(model, "model_dump") else model
    out: list[str] = []
    _dump(data, 0, out)
    return "".join(out) + "\n"
