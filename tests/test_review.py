"""The HTML review page: escaping, overlapping quotes, number colours, missing parts; and in a real browser.

The browser tests drive Debian's headless Chromium over the DevTools protocol on a pipe
(``--remote-debugging-pipe``: no socket, no websocket library). They skip when /usr/bin/chromium is absent,
except when ``CI`` is set: CI installs it, so there they fail.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.api import summarize, summarize_html
from summarizer.labels import PART_LABELS
from summarizer.models import Achievement, Document, Measure, Metric, Plan, Provenance, Quote, Shortfall, Summary
from summarizer.render.review import collect_quotes, segments, to_html
from summarizer.verify import verify

from .conftest import FIXTURES, SEEDS, cleaned_text

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
XSS = "<script>alert(1)</script>"

REPORT = f"""某某县司法局2024年度法治政府建设情况报告
一、主要举措和成效
（一）加强{XSS}制度建设
全年审查规范性文件56件，办理行政复议案件105.2879万元。组织培训12次，参训1500人次。
（二）推进严格执法<img src=x onerror="document.title='pwned'">
开展执法检查30次，查处案件8起。
二、存在的不足和原因
一是执法力量不足；二是培训覆盖面不广。
三、党政主要负责人履行推进法治建设第一责任人职责情况
主要负责人主持召开专题会议4次，带头讲法治课1次。
四、2025年工作安排
一是加强队伍建设；二是推进执法规范化。
"""


# --------------------------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------------------------


class _Marks(HTMLParser):
    """Collects every <mark> (data-start, data-end, data-q, text) and every element's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.attrs: list[tuple[str, dict]] = []
        self.scripts = 0
        self._stack: list[dict] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        a = dict(attrs)
        self.attrs.append((tag, a))
        if tag == "script":
            self.scripts += 1
        if tag in ("mark", "span") and "data-start" in a:
            self._stack.append(
                {
                    "tag": tag,
                    "start": int(a["data-start"]),
                    "end": int(a["data-end"]),
                    "q": (a.get("data-q") or "").split(),
                    "text": "",
                    "class": a.get("class", ""),
                }
            )

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in ("mark", "span") and self._stack and self._stack[-1]["tag"] == tag:
            self.marks.append(self._stack.pop())

    def handle_data(self, data):  # noqa: ANN001
        if self._stack:
            self._stack[-1]["text"] += data


def parse(page: str) -> _Marks:
    p = _Marks()
    p.feed(page)
    p.close()
    return p


def _summary(text: str, **items) -> Summary:
    s = Summary(document=Document(char_count=len(text)), provenance=Provenance(engine="rules", version="test"), **items)
    verify(s, text)
    return s


def q(text: str, start: int, end: int) -> Quote:
    return Quote(text=text[start:end], start=start, end=end)


# --------------------------------------------------------------------------------------------------------------------
# Static page tests
# --------------------------------------------------------------------------------------------------------------------


def test_script_in_report_is_escaped_everywhere():
    summary = summarize(REPORT, engine="rules")
    assert any(XSS in m.title for m in summary.measures), "the heading should reach a summary field"
    page = to_html(summary, REPORT)
    assert XSS not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and 'onerror="document' not in page
    parsed = parse(page)
    assert parsed.scripts == 1  # only the page's own, nonce'd script
    nonce = re.search(r"script-src 'nonce-([^']+)'", page).group(1)
    assert f'<script nonce="{nonce}">' in page


def test_page_is_self_contained():
    page = to_html(summarize(str(FIXTURES / SEEDS[1]), engine="rules"), cleaned_text(SEEDS[1]))
    parsed = parse(page)
    for tag, attrs in parsed.attrs:
        for name in ("src", "href", "action", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:|//|file:)", value), f"external resource <{tag} {name}={value}>"
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    assert "default-src 'none'" in page
    assert "@import" not in page and "url(" not in page


@pytest.mark.parametrize("name", SEEDS)
def test_highlights_match_offsets(name):
    summary = summarize(str(FIXTURES / name), engine="rules")
    text = cleaned_text(name)
    parsed = parse(to_html(summary, text))
    quotes = collect_quotes(summary, text)
    assert quotes and all(x.match for x in quotes)
    for m in parsed.marks:
        assert m["text"] == text[m["start"] : m["end"]]
    for ref in quotes:  # every quote is the concatenation of the segments that carry its id
        pieces = sorted((m for m in parsed.marks if ref.id in m["q"]), key=lambda m: m["start"])
        assert "".join(m["text"] for m in pieces) == ref.text
        assert pieces[0]["start"] == ref.start and pieces[-1]["end"] == ref.end


def test_overlapping_and_nested_quotes():
    text = "第一句话包含数字56件。第二句话很长很长包含10次。第三句话。"
    a, b, c = q(text, 0, 20), q(text, 12, 28), q(text, 14, 18)  # a∩b overlap, c inside both
    summary = _summary(
        text,
        measures=[Measure(title="甲", evidence=[a])],
        achievements=[Achievement(statement="乙", evidence=[b])],
        shortfalls=[Shortfall(issue="丙", evidence=[c])],
    )
    segs = segments(len(text), collect_quotes(summary, text))
    assert [(s.start, s.end) for s in segs] == [(0, 12), (12, 14), (14, 18), (18, 20), (20, 28), (28, len(text))]
    assert [s.quotes for s in segs] == [["q1"], ["q2", "q1"], ["q3", "q2", "q1"], ["q2", "q1"], ["q2"], []]
    parsed = parse(to_html(summary, text))
    by_q = {
        qid: "".join(m["text"] for m in sorted(parsed.marks, key=lambda m: m["start"]) if qid in m["q"])
        for qid in ("q1", "q2", "q3")
    }
    assert by_q == {"q1": a.text, "q2": b.text, "q3": c.text}
    assert 'class="d3"' in to_html(summary, text) or "d3" in [m["class"] for m in parsed.marks]


def test_numbers_coloured_by_status_and_bad_quotes_flagged():
    text = "全年办理案件56件，罚没款105.2879万元，培训1500人次。"
    ok = q(text, 0, 9)
    summary = _summary(
        text,
        achievements=[
            Achievement(
                statement="办理案件56件，罚没款1052879元",
                evidence=[ok],
                metrics=[
                    Metric(label="培训", value=1600, unit="人次", quote=q(text, text.index("培训"), text.index("。")))
                ],
            ),
            Achievement(statement="培训999人次", evidence=[Quote(text="不在原文", start=2, end=6)]),
        ],
        plans=[Plan(action="越界引文", evidence=[Quote(text="x", start=500, end=501)])],
    )
    page = to_html(summary, text)
    assert re.search(r'class="num n-exact"[^>]*>56件<', page)
    assert re.search(r'class="num n-equivalent"[^>]*>1052879元<', page)
    assert re.search(r'class="num n-unsupported"[^>]*>999人次⚠<', page)
    assert re.search(r'class="num n-unsupported"[^>]*>1600人次⚠<', page)
    assert "⚠引文1无效" in page and "⚠引文1</a>" in page  # out of range; mismatched text
    assert "核验未通过" in page
    parsed = parse(page)
    # verified numbers are coloured in the source too (inside a quote, and outside any)
    assert any(m["start"] == 6 and m["end"] == 9 and "n-exact" in m["class"] and m["q"] for m in parsed.marks)
    assert any(
        m["text"] == "105.2879万元" and m["class"] == "n-equivalent" and m["tag"] == "span" and not m["q"]
        for m in parsed.marks
    )
    assert all(m["text"] == text[m["start"] : m["end"]] for m in parsed.marks)


def test_missing_parts_called_out():
    name = next(n for n in SEEDS if n.startswith("003"))  # an implementation plan: no mandated parts
    summary = summarize(str(FIXTURES / name), engine="rules")
    page = to_html(summary, cleaned_text(name))
    assert summary.compliance.missing
    banner = re.search(r'<div class="banner missing" id="missing">(.*?)</div>', page).group(1)
    for part in summary.compliance.missing:
        assert PART_LABELS[part] in banner
    assert page.count('<span class="badge missing">缺失</span>') == len(summary.compliance.missing)


def test_raw_text_is_cleaned_to_the_indexed_text():
    name = SEEDS[0]  # traditional script, pinyin debris: raw and cleaned differ
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    summary = summarize(str(FIXTURES / name), engine="rules")
    assert to_html(summary, raw, nonce="n") == to_html(summary, cleaned_text(name), nonce="n")
    assert "SHA-256 不同" not in to_html(summary, raw)


def test_summarize_html_from_path(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    summary, page = summarize_html(str(path), engine="rules")
    assert summary.document.source == "r.txt"
    assert page.startswith("<!DOCTYPE html>") and XSS not in page


# --------------------------------------------------------------------------------------------------------------------
# In a real browser (DevTools protocol over a pipe)
# --------------------------------------------------------------------------------------------------------------------


class CDP:
    """A minimal DevTools client on ``--remote-debugging-pipe`` (fd 3 in, fd 4 out, NUL-separated JSON)."""

    def __init__(self, exe: str, profile: Path, width: int = 1280, height: int = 900):
        cmd_r, cmd_w = os.pipe()
        out_r, out_w = os.pipe()
        # move the child's ends out of the way of 3 and 4 before dup2 in the child
        import fcntl

        child_in = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 100)
        child_out = fcntl.fcntl(out_w, fcntl.F_DUPFD, 100)
        os.close(cmd_r)
        os.close(out_w)

        def wire() -> None:
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        args = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--mute-audio",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,
            pass_fds=(3, 4),
        )
        os.close(child_in)
        os.close(child_out)
        self.w, self.r = cmd_w, out_r
        self.buf = b""
        self.next_id = 0
        self.events: list[dict] = []
        self.width, self.height = width, height
        self.session = None

    def _recv(self, deadline: float) -> dict:
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self.r], [], [], left)
            if ready:
                chunk = os.read(self.r, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method: str, params: dict | None = None, *, session: bool = True, timeout: float = 20) -> dict:
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._recv(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method: str, timeout: float = 20) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._recv(deadline))

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        for domain in ("Page.enable", "Runtime.enable"):
            self.send(domain)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def js(self, expression: str):
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            raise RuntimeError(f"JS error: {res['exceptionDetails']}")
        return res["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def close(self) -> None:
        with_suppress = (OSError, subprocess.TimeoutExpired)
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:  # noqa: BLE001
            pass
        try:
            self.proc.wait(timeout=10)
        except with_suppress:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for fd in (self.w, self.r):
            try:
                os.close(fd)
            except OSError:
                pass


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI must install the Debian package 'chromium'")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    cdp = CDP(CHROMIUM, tmp_path_factory.mktemp("chromium-profile"))
    try:
        cdp.send("Browser.getVersion", session=False, timeout=30)
        yield cdp
    finally:
        cdp.close()


def _load(browser: CDP, tmp_path: Path, page: str) -> None:
    path = tmp_path / "review.html"
    path.write_text(page, encoding="utf-8")
    browser.open(path.as_uri())


_MARKS_JS = """Array.from(document.querySelectorAll('#text mark, #text span[data-start]')).map(e => [
  +e.dataset.start, +e.dataset.end, (e.dataset.q || ''), e.textContent])"""


@pytest.mark.chromium
@pytest.mark.parametrize("name", [SEEDS[0], SEEDS[2]])
def test_browser_highlights_where_offsets_say(browser, tmp_path, name):
    summary = summarize(str(FIXTURES / name), engine="rules")
    text = cleaned_text(name)
    _load(browser, tmp_path, to_html(summary, text))
    assert browser.js("document.getElementById('text').textContent") == text
    marks = browser.js(_MARKS_JS)
    assert len(marks) > 10
    for start, end, _, shown in marks:
        assert shown == text[start:end]
    for ref in collect_quotes(summary, text):
        pieces = sorted((m for m in marks if ref.id in m[2].split()), key=lambda m: m[0])
        assert "".join(m[3] for m in pieces) == text[ref.start : ref.end] == ref.text
    assert not [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]


@pytest.mark.chromium
def test_browser_does_not_run_script_from_report(browser, tmp_path):
    summary = summarize(REPORT, engine="rules")
    _load(browser, tmp_path, to_html(summary, REPORT))
    time.sleep(0.2)
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert browser.js("document.title") != "pwned"
    assert browser.js("document.querySelectorAll('#text script, #summary script, img').length") == 0
    assert XSS in browser.js("document.getElementById('text').textContent")
    assert browser.js("document.getElementById('summary').textContent").count(XSS) >= 1


_RECT_JS = """(function(sel){const e=document.querySelector(sel); if(!e) return null;
  const r=(e.tagName==='MARK'&&e.getClientRects().length)?e.getClientRects()[0]:e.getBoundingClientRect();
  return {top:r.top,bottom:r.bottom,left:r.left,right:r.right,h:innerHeight,w:innerWidth,cls:e.className};})"""


def _rect(browser: CDP, selector: str):
    return browser.js(f"{_RECT_JS}({json.dumps(selector)})")


def _visible(r) -> bool:
    return r is not None and r["top"] >= 0 and r["bottom"] <= r["h"] and r["left"] >= 0 and r["right"] <= r["w"]


@pytest.mark.chromium
def test_browser_click_item_scrolls_quote_into_view_and_back(browser, tmp_path):
    name = SEEDS[1]  # a long report: its plans are quoted far below the first screen
    summary = summarize(str(FIXTURES / name), engine="rules")
    text = cleaned_text(name)
    _load(browser, tmp_path, to_html(summary, text))
    refs = collect_quotes(summary, text)
    targets = [f"plans[{len(summary.plans) - 1}]", "measures[0]", f"achievements[{len(summary.achievements) - 1}]"]
    for path in targets:
        item_id = "it-" + path.replace("[", "-").replace("]", "").replace(".", "-").replace("_", "-")
        first = next(r for r in refs if r.item == item_id)
        mark_sel = f'#text mark[data-q~="{first.id}"]'
        # bring the item into view in the summary pane (the user scrolls there), then click its heading
        browser.js(f"document.getElementById({json.dumps(item_id)}).scrollIntoView({{block:'center'}})")
        head = _rect(browser, f"#{item_id} .it-head")
        assert _visible(head)
        browser.click(head["left"] + 4, (head["top"] + head["bottom"]) / 2)
        r = _rect(browser, mark_sel)
        assert _visible(r), f"{path}: quote {first.id} not in view after click: {r}"
        assert "active" in r["cls"]
        assert "current" in _rect(browser, f"#{item_id}")["cls"]
    # and back: scroll the summary away, click a highlight of that quote alone, its item comes into view
    item_id = "it-measures-0"
    first = next(r for r in refs if r.item == item_id)
    sel = f'#text mark[data-q="{first.id}"]'
    browser.js("document.getElementById('summary').scrollTop = 1e6")
    assert not _visible(_rect(browser, f"#{item_id} .it-head"))
    browser.js(f"document.querySelector({json.dumps(sel)}).scrollIntoView({{block:'center'}})")
    m = _rect(browser, sel)
    browser.click(m["left"] + 3, (m["top"] + m["bottom"]) / 2)
    it = _rect(browser, f"#{item_id}")
    assert "current" in it["cls"]
    assert _visible(_rect(browser, f"#{item_id} .it-head"))
