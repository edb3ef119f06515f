"""The batch dashboard: built from results, self-contained and escaped; sorting, filtering and links in Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.batch import run_batch

from .conftest import FIXTURES
from .test_review import XSS, browser  # noqa: F401  (the module's Chromium fixture)

SECOND_YEAR = FIXTURES / "years" / "jinpu-2026.txt"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("dash")
    inputs = root / "in"
    inputs.mkdir()
    for p in sorted(FIXTURES.glob("0*.txt")) + [SECOND_YEAR]:
        (inputs / p.name).write_bytes(p.read_bytes())
    (inputs / "xss.txt").write_text(
        f"某县司法局2024年法治政府建设年度报告\n一、主要举措和成效\n办理案件12件。\n"
        f"二、存在的不足和原因\n一是{XSS}有待加强。\n三、2025年工作安排\n（一）加强普法。\n",
        encoding="utf-8",
    )
    report = run_batch([inputs], root / "r.jsonl", engine="rules", workers=0, dashboard=root / "dash")
    assert report.exit_code == 0
    return root, report


def test_dashboard_is_self_contained_and_escaped(batch):
    root, report = batch
    page = (root / "dash" / "index.html").read_text(encoding="utf-8")
    assert report.dashboard == root / "dash" / "index.html"
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert XSS not in page and "&lt;script&gt;" in page
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", page)  # no external resource
    assert len(re.findall(r'<tr id="r-\d+"', page)) == 7
    for href in re.findall(r'href="([^"#][^"]*)"', page):  # every review page and Markdown link resolves
        assert (root / "dash" / href).is_file(), href


def test_dashboard_says_a_tasks_unit_apart_from_its_words(batch):
    # fixture 003 is a plan whose tasks name their 责任科室: the plans by area show each task's unit as a unit, not
    # run onto the task's words as if the source wrote them together
    root, _ = batch
    page = (root / "dash" / "index.html").read_text(encoding="utf-8")
    assert "持续抓好常态化疫情防控（责任单位：医政医管科、疾控科、中医科）" in page
    assert "持续抓好常态化疫情防控医政医管科" not in page


@pytest.mark.chromium
def test_dashboard_sorts_filters_and_links_in_chromium(browser, batch):  # noqa: F811
    root, _ = batch
    browser.open((root / "dash" / "index.html").as_uri())
    rows = "Array.from(document.querySelectorAll('#reports tbody tr')).filter(r=>!r.hidden)"
    col = lambda k: browser.js(f"{rows}.map(r=>r.querySelector('td[data-k={k}]').dataset.v)")  # noqa: E731
    browser.js("document.querySelector('th[data-sort=year]').click()")
    years = [int(y) for y in col("year") if y]
    assert years == sorted(years) and len(years) >= 5
    browser.js("document.querySelector('th[data-sort=year]').click()")
    years = [int(y) for y in col("year") if y]
    assert years == sorted(years, reverse=True)
    browser.js("document.querySelector('th[data-sort=generic]').click()")
    generic = [int(v) for v in col("generic")]
    assert generic == sorted(generic)
    # filter by text, by type and by missing parts
    browser.js("{const q=document.getElementById('q'); q.value='金普'; q.dispatchEvent(new Event('input'))}")
    assert sorted(col("agency")) == ["金普新区卫生健康局", "金普新区卫生健康局"]
    assert browser.js("document.getElementById('shown').textContent") == "2"
    browser.js(
        "{const q=document.getElementById('q'); q.value=''; q.dispatchEvent(new Event('input'));"
        "const t=document.getElementById('type'); t.value='implementation_plan';"
        "t.dispatchEvent(new Event('change'))}"
    )
    assert col("type") == ["implementation_plan"]
    browser.js(
        "{const t=document.getElementById('type'); t.value=''; t.dispatchEvent(new Event('change'));"
        "const m=document.getElementById('missing'); m.checked=true; m.dispatchEvent(new Event('change'))}"
    )
    assert sorted(col("file")) == ["003_3719d567a220afbd.txt", "xss.txt"]  # the plan, and a report without the duty
    # a shortfall's link goes to its report's row (and clears a filter hiding it)
    href = browser.js("document.querySelector('#areas a[href^=\"#r-\"]').getAttribute('href')")
    browser.js("document.querySelector('#areas a[href^=\"#r-\"]').click()")
    assert browser.js("location.hash") == href
    assert browser.js(f"document.getElementById('{href[1:]}').hidden") is False
    assert browser.js(f"document.getElementById('{href[1:]}').classList.contains('hit')") is True
    # review page and Markdown links point to the files the batch wrote
    links = browser.js("Array.from(document.querySelectorAll('#reports a.review, #reports a.md')).map(a=>a.href)")
    assert len(links) == 14
    for link in links:
        assert Path(link.removeprefix("file://")).is_file()
    # follow-through of the agency with two years, with a plan not found and a recurring shortfall
    follow = browser.js("document.getElementById('follow').textContent")
    assert "金普新区卫生健康局" in follow and "未见" in follow and "重复出现的不足" in follow
    assert browser.js("document.querySelectorAll('#follow li.followed').length") == 3
    assert not [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
    assert browser.js("document.title") != "pwned"
