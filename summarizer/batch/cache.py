"""Cache of LLM results by (input SHA-256, model, prompt version, schema version)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Optional

from ..models import SCHEMA_VERSION, Summary
from .inputs import PathLike


def default_cache_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_CACHE_DIR") or "~/.cache/summarizer").expanduser()


class ResultCache:
    """Summaries by (input SHA-256, model, prompt version, schema version), one JSON file each."""

    def __init__(self, directory: PathLike):
        self.dir = Path(directory).expanduser()

    @staticmethod
    def key(sha256: str, model: str, prompt_version: str, schema_version: str = SCHEMA_VERSION, extra: str = "") -> str:
        raw = json.dumps([sha256, model, prompt_version, schema_version, extra], ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / "llm" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[Summary]:
        try:
            return Summary.model_validate_json(self._path(key).read_bytes())
        except (OSError, ValueError):  # missing, unreadable or from an older schema: a miss
            return None

    def put(self, key: str, summary: Summary) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{id(summary)}.tmp")
            tmp.write_text(summary.model_dump_json(), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:  # a cache that cannot be written is not a reason to fail a report
            pass
