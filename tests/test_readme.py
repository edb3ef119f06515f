"""The documents match the code: the README's Python API example runs as written and says what it does, and
ARCHITECTURE.md names every module of the package, and only modules that exist."""

from __future__ import annotations

import os
import re

from .conftest import ROOT


def python_api_example() -> str:
    """The ```python block of the README's "Python API" section, exactly as a reader copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python API\n") :]
    section = section[: section.index("\n## ", 1)]
    blocks = re.findall(r"^```python\n(.*?)^```$", section, flags=re.S | re.M)
    assert len(blocks) == 1, "the Python API section has one example"
    return blocks[0]


def test_readme_python_api_example_runs_as_written(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)  # the example names the bundled report by its path from the repository root
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)  # engine "auto": the offline rules engine
    monkeypatch.setenv("SUMMARIZER_CONFIG", os.devnull)
    code = python_api_example()
    namespace: dict[str, object] = {"__name__": "readme_example"}
    exec(compile(code, "README.md (Python API)", "exec"), namespace)  # noqa: S102 - our own README

    # what the example's comments promise
    summary, result = namespace["summary"], namespace["result"]
    assert (summary.document.agency, summary.document.report_year) == ("金普新区卫生健康局", 2025)
    assert summary.compliance.missing == [] and summary.verification.ok is True
    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"{s.issue} {s.evidence[0].start} {s.evidence[0].end}" for s in summary.shortfalls]
    assert len(printed) == 4
    assert [c.status for c in namespace["check_numbers"]("罚没款105.2879万元", namespace["source_text"])] == ["exact"]
    assert (result.ok, [n.text for n in result.unsupported()]) == (False, ["72起"])


def architecture_modules() -> set[str]:
    """The modules ARCHITECTURE.md's table names: `ingest/` `read` · `sniff` is ingest/read and ingest/sniff."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    names = set()
    for row in re.findall(r"^\|[^|\n]*\|([^|\n]*)\|", text, flags=re.M)[2:]:  # after the header and its rule
        folder = ""
        for token in re.findall(r"`([^`]+)`", row):
            if token.endswith("/"):
                folder = token
            else:
                names.add(token if "/" in token else folder + token)
    return names


def test_architecture_names_every_module_and_only_real_ones():
    package = ROOT / "summarizer"
    real = {str(p.relative_to(package).with_suffix("")) for p in package.rglob("*.py")}
    named = architecture_modules()
    assert named - real == set(), "ARCHITECTURE.md names modules that do not exist"
    # every module is named, except entry points and packages' __init__ that only re-export their modules
    unnamed = {m for m in real - named if not m.endswith(("__main__", "__init__"))}
    assert unnamed == set(), "modules ARCHITECTURE.md does not name"
