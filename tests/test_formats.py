"""Every input format ends in the same facts: each seed report rebuilt as GB18030, Big5 traditional, UTF-16,
full-width digits and punctuation, a CMS web page, a DOCX with automatic numbering, a PDF, and plain text hard-wrapped
at a fixed width (as copied from a PDF viewer) must meet the same GOLD.md assertions as the plain UTF-8 seed.

How the inputs are made (tests/support/builders.py): text encodings by ``str.encode``; Big5 by OpenCC ``s2t`` then
``big5hkscs``; the web page by ``gov_page`` (navigation, breadcrumbs, tool links, a script and a footer with
主办单位/网站标识码/ICP备 around a ``TRS_Editor`` div, declared ``gbk``); the DOCX by python-docx with the seed's
``一、``/``（一）`` markers removed from the text and put into Word numbering (numbering.xml); the PDF by fpdf2 with
the CJK font of Debian's ``fonts-wqy-microhei`` (installed by .ci/run), drawn line by line with wrapping, indents,
page breaks and page-number footers.
"""

from __future__ import annotations

import copy
import os
import re

import opencc
import pytest

from summarizer import summarize

from .support.builders import encodable, find_cjk_font, gov_page, seed_docx, seed_paragraphs, seed_pdf, seed_text
from .test_gold import GOLD, assert_gold

SEEDS = {
    0: "000_aacb369b95bbd567.txt",
    1: "001_fe0e8058e257553a.txt",
    2: "002_69ba15540b3f8e73.txt",
    4: "004_85fd514af7da5818.txt",
}
_FW_PUNCT = {ord(","): "，", ord(":"): "：", ord("("): "（", ord(")"): "）", ord("%"): "％", ord(";"): "；"}
_FW_DIGITS = {ord("0") + d: chr(0xFF10 + d) for d in range(10)}
_HTML_TITLES = {2: "关于2025年度法治政府建设情况的报告"}


def full_width(text: str) -> str:
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return text.translate({**_FW_PUNCT, **_FW_DIGITS})


def build(fmt: str, number: int, tmp_path) -> bytes:
    text = seed_text(number)
    if fmt == "gb18030":
        return text.encode("gb18030")
    if fmt == "utf-16":
        return text.encode("utf-16")
    if fmt == "big5":
        traditional = text if number == 0 else opencc.OpenCC("s2t").convert(text)
        return encodable(traditional, "big5hkscs").encode("big5hkscs")
    if fmt == "full-width":
        return full_width(text).encode("utf-8")
    if fmt == "html":
        paragraphs = seed_paragraphs(number)
        title = _HTML_TITLES.get(number, paragraphs[0])
        return gov_page(paragraphs, title=title, layout="trs", charset="gb18030")
    if fmt == "docx":
        return seed_docx(number)
    if fmt == "pdf":
        font = find_cjk_font()
        if font is None:
            if os.environ.get("CI"):
                pytest.fail("no CJK font: .ci/run installs fonts-wqy-microhei")
            pytest.skip("no CJK font (apt-get install fonts-wqy-microhei)")
        return seed_pdf(number, font)
    raise AssertionError(fmt)


def expected(fmt: str, number: int) -> dict:
    gold = copy.deepcopy(GOLD[SEEDS[number]])
    if fmt == "big5":
        gold["script"] = "traditional"
    if fmt == "full-width":  # cleaning maps the digits back one-to-one; punctuation is the report's and stays
        for key in ("shortfalls", "causes", "plans", "duty_actions"):
            if isinstance(gold[key], list):
                gold[key] = [s.translate(_FW_PUNCT) for s in gold[key]]
    return gold


@pytest.mark.parametrize("fmt", ["gb18030", "big5", "utf-16", "full-width", "html", "docx", "pdf"])
@pytest.mark.parametrize("number", sorted(SEEDS))
def test_every_format_yields_the_gold_facts(fmt, number, tmp_path):
    data = build(fmt, number, tmp_path)
    path = tmp_path / f"report-{number}.{ {'html': 'htm', 'docx': 'docx', 'pdf': 'pdf'}.get(fmt, 'txt') }"
    path.write_bytes(data)
    summary = summarize(path, engine="rules")
    assert_gold(summary, expected(fmt, number))
    assert summary.verification.ok
    assert summary.document.source_format == {"html": "html", "docx": "docx", "pdf": "pdf"}.get(fmt, "text")


def hard_wrap(text: str, width: int) -> str:
    """Text as copied from a PDF viewer: every paragraph broken at ``width`` display columns (CJK counts two, a
    no-break space of an indent one, as a viewer shows it)."""
    from summarizer.clean import _width as gb_width

    def _width(c: str) -> int:
        return 1 if c == "\xa0" else gb_width(c)

    out = []
    for line in text.split("\n"):
        cur, w = "", 0
        for c in line:
            if w + _width(c) > width:
                out.append(cur)
                cur, w = "", 0
            cur += c
            w += _width(c)
        out.append(cur)
    return "\n".join(out)


@pytest.mark.parametrize("width", [56, 72, 80])
@pytest.mark.parametrize("number", sorted(SEEDS))
def test_hard_wrapped_text_yields_the_gold_facts(number, width):
    summary = summarize(hard_wrap(seed_text(number), width), engine="rules")
    assert_gold(summary, expected("text", number))
    assert summary.verification.ok


def test_html_page_furniture_never_reaches_the_summary(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(build("html", 1, tmp_path))
    summary = summarize(path, engine="rules")
    dump = summary.model_dump_json()
    for furniture in ("网站首页", "网站标识码", "ICP备", "打印本页", "脚本里的统计代码"):
        assert furniture not in dump
