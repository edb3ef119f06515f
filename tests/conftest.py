"""Shared test fixtures. Network is blocked for every test (pytest-socket, see pyproject addopts)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# urllib3 (under trafilatura) opens a socket at import to probe for IPv6; import it here, at collection, before
# pytest-socket blocks sockets, so that the probe is not reported as a test using the network.
import trafilatura  # noqa: F401,E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = sorted(p.name for p in FIXTURES.glob("0*.txt"))


@cache
def cleaned_text(name: str, keep_script: bool = False) -> str:
    """The cleaned text of a seed: what every offset of its summary indexes."""
    from summarizer.clean import clean

    return clean((FIXTURES / name).read_text(encoding="utf-8"), keep_script=keep_script).text


# --- cassettes (vcrpy via pytest-recording) ----------------------------------------------------------------

import pytest  # noqa: E402


@pytest.fixture(scope="module")
def vcr_config():
    from .support.llm_helpers import vcr_settings

    return vcr_settings()


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    from .support.llm_helpers import CASSETTES

    return str(CASSETTES)


@pytest.fixture
def sent():
    """Every request the engine sends, as httpx saw it (vcr replays below the client)."""
    return []


@pytest.fixture
def client(record_mode, sent):
    import httpx

    from .support.llm_helpers import client_for

    return client_for(record_mode, http_client=httpx.Client(event_hooks={"request": [sent.append]}))


def pytest_collection_modifyitems(config, items):
    """Recording (``--record-mode`` other than none) talks to a real service: the cassette tests get their
    sockets back (``--disable-socket`` in addopts blocks them otherwise, and the failure would look like a
    cassette miss). Replay, the default, keeps every socket blocked."""
    mode = config.getoption("--record-mode", default="none")
    if mode and mode != "none":
        for item in items:
            if item.get_closest_marker("vcr"):
                item.add_marker(pytest.mark.enable_socket)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A cassette recorded from a live service gets its first line ``# RECORDED from <model> via <server> on
    <date>`` (``SUMMARIZER_RECORDED_FROM`` says "<model> via <server>"); written ones keep theirs. After the
    teardown of every fixture: vcr writes the cassette when its own fixture ends."""
    yield
    from .support.llm_helpers import recording, stamp_recorded

    marker = item.get_closest_marker("default_cassette")
    if recording(item.config.getoption("--record-mode", default="none")) and marker is not None:
        stamp_recorded(marker.args[0])
