"""Start-up (issue 15): `lazy` patterns compile on first use and are then exactly `re.compile`'s pattern; a rules run
loads only what it uses; the command line turns pydantic plugins off."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.lazyre import lazy

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"([\u4e00-\u9fff“”]{2,16}?)(?:中|里|内|的)?(?=[，,。]|$)", 0, "在执法检查中，发现问题3个。"),
        (r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月", 0, "2024年3月至2024年12月"),
        (r"^abc$", re.IGNORECASE | re.MULTILINE, "x\nABC\nabc"),
    ],
)
def test_a_lazy_pattern_matches_what_re_compile_matches(pattern, flags, text):
    eager, deferred = re.compile(pattern, flags), lazy(pattern, flags)
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.findall(text) == eager.findall(text)
    assert deferred.sub("#", text) == eager.sub("#", text)
    assert deferred.split(text) == eager.split(text)
    assert (deferred.pattern, deferred.flags, deferred.groups, deferred.groupindex) == (
        eager.pattern,
        eager.flags,
        eager.groups,
        eager.groupindex,
    )
    m, n = deferred.search(text, 1), eager.search(text, 1)
    assert (m and m.span()) == (n and n.span())


def test_a_lazy_pattern_compiles_on_first_use_not_before():
    broken = lazy("(unclosed")  # re.compile would raise here
    with pytest.raises(re.error):
        broken.search("text")


def test_bytes_patterns_work_too():
    assert lazy(rb"charset=([a-z0-9-]+)", re.I).search(b'<meta CHARSET=GB2312">').group(1) == b"GB2312"


def test_a_plain_text_rules_run_loads_no_reader_or_engine_it_does_not_use():
    # the start-up saving of issue 15: the PDF, DOCX and HTML readers, the LLM engine and its configuration, the
    # review page and the batch machinery load only when an input, engine or command needs them
    code = (
        "import sys\n"
        "from summarizer.cli import main\n"
        "sys.argv = ['summarizer', 'summarize', 'tests/fixtures/004_85fd514af7da5818.txt', '--engine', 'rules',"
        " '-o', '/dev/null']\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('summarizer'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT)}
    )
    assert done.returncode == 0, done.stderr[-500:]
    loaded = set(done.stdout.split())
    assert "summarizer.engines.rules" in loaded and "summarizer.ingest.read" in loaded  # the walk saw the run
    unwanted = {
        "summarizer.ingest.pdf",
        "summarizer.ingest.docx",
        "summarizer.ingest.html",
        "summarizer.engines.llm.config",
        "summarizer.engines.llm.engine",
        "summarizer.render.review",
        "summarizer.batch.runner",
    }
    assert loaded & unwanted == set()


def test_the_command_line_turns_pydantic_plugins_off_unless_the_user_set_the_variable():
    # the command builds no plugin-instrumented models: pydantic's entry-point scan is skipped (start-up, issue 15)
    code = "import os, summarizer.__main__; print(repr(os.environ.get('PYDANTIC_DISABLE_PLUGINS')))"
    for given, expected in [(None, "'__all__'"), ("", "''"), ("logfire", "'logfire'")]:
        env = {"PYTHONPATH": str(ROOT), **({} if given is None else {"PYDANTIC_DISABLE_PLUGINS": given})}
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
        assert done.returncode == 0 and done.stdout.strip() == expected, done.stderr[-300:]
