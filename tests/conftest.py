"""Shared test fixtures. Network is blocked for every test (pytest-socket, see pyproject addopts)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# urllib3 (under trafilatura) opens a socket at import to probe for IPv6; import it here, at collection, before
# pytest-socket blocks sockets, so that the probe is not reported as a test using the network.
import trafilatura  # noqa: F401,E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = sorted(p.name for p in FIXTURES.glob("0*.txt"))


@lru_cache(maxsize=None)
def cleaned_text(name: str, keep_script: bool = False) -> str:
    """The cleaned text of a seed: what every offset of its summary indexes."""
    from summarizer.clean import clean

    return clean((FIXTURES / name).read_text(encoding="utf-8"), keep_script=keep_script).text
