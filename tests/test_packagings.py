"""The same report, however it is packaged, gives the same summary: document facts and every item.

Issue 10: a PDF from another generator kept its hard line breaks, so ``70学时`` became a metric ``0学时`` and
``2025年`` became ``025年``. Here each of the five seed reports is packaged every way users send reports — PDFs from
three generators (fpdf2 drawn line by line; reportlab justified, in a narrow ragged column and on a fixed character
grid that splits numbers; LibreOffice printing a justified DOCX, as Word and WPS users export), a DOCX with Word
numbering, a CMS web page, GB18030, Big5 traditional, UTF-16, full-width digits and punctuation, the whole report on
one line, and plain text hard-wrapped at 40, 56 and 80 columns — and the rules engine's summary of each must equal
the summary of the plain UTF-8 text: genre, agency, year; the measures, achievements, shortfalls, causes, plans and
duty actions, in count and text; every metric's value, unit and qualifier.

What "equal" allows, and why: offsets differ (the cleaned texts differ in layout), whitespace is ignored, and texts
are compared after NFKC and an OpenCC round trip (s2tw, t2s), because full-width punctuation (，（）) is the full-width
packaging's own and a traditional-script copy converted back may pick another simplified variant (``著`` for ``着``).
Nothing else may differ.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from functools import cache
from pathlib import Path

import opencc
import pytest

from summarizer import summarize
from summarizer.models import Summary

from .support.builders import (
    REPORTLAB_LAYOUTS,
    SOFFICE,
    encodable,
    find_cjk_font,
    gov_page,
    libreoffice_pdfs,
    reportlab_pdf,
    seed_docx,
    seed_paragraphs,
    seed_pdf,
    seed_text,
    squash,
)
from .test_formats import full_width, hard_wrap

NUMBERS = (0, 1, 2, 3, 4)
# (one line: every line break removed, the report pasted as one line)
TEXT_PACKAGINGS = ("gb18030", "big5", "utf-16", "full-width", "one-line", "wrap-40", "wrap-56", "wrap-80")
FILE_PACKAGINGS = (
    "html",
    "docx",
    "pdf-fpdf2",
    *(f"pdf-reportlab-{layout}" for layout in REPORTLAB_LAYOUTS),
    "pdf-libreoffice",
)
_SUFFIX = {"html": ".htm", "docx": ".docx"}


def _font() -> tuple[Path, int]:
    font = find_cjk_font()
    if font is None:
        if os.environ.get("CI"):
            pytest.fail("no CJK font: .ci/run installs fonts-wqy-microhei")
        pytest.skip("no CJK font (apt-get install fonts-wqy-microhei)")
    return font


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory) -> dict[int, bytes]:
    """Every seed's DOCX printed to PDF by LibreOffice, in one run of soffice (it takes seconds to start)."""
    if shutil.which(SOFFICE) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{SOFFICE} is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip(f"{SOFFICE} not installed (apt-get install libreoffice-writer-nogui)")
    _font()
    return libreoffice_pdfs({number: seed_docx(number) for number in NUMBERS}, tmp_path_factory.mktemp("lo"))


def package(packaging: str, number: int) -> bytes | str:
    """The seed as bytes of a file in ``packaging``, or as a ``str`` for pasted text."""
    text = seed_text(number)
    if packaging == "gb18030":
        return text.encode("gb18030")
    if packaging == "utf-16":
        return text.encode("utf-16")
    if packaging == "big5":
        traditional = (
            text if number == 0 else opencc.OpenCC("s2tw").convert(text)
        )  # Taiwan forms (為, not 爲): what Big5 holds
        return encodable(traditional, "big5hkscs").encode("big5hkscs")
    if packaging == "full-width":
        return full_width(text).encode("utf-8")
    if packaging == "one-line":
        return "".join(line.strip() for line in text.splitlines())
    if packaging.startswith("wrap-"):
        return hard_wrap(text, int(packaging[5:]))
    if packaging == "html":
        paragraphs = seed_paragraphs(number)
        return gov_page(paragraphs, title=paragraphs[0], layout="trs", charset="gb18030")
    if packaging == "docx":
        return seed_docx(number)
    if packaging == "pdf-fpdf2":
        return seed_pdf(number, _font())
    if packaging.startswith("pdf-reportlab-"):
        return reportlab_pdf(seed_paragraphs(number), _font(), packaging.rsplit("-", 1)[1])
    raise AssertionError(packaging)


@cache
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def norm(text: str) -> str:
    """Text without layout, in one script: whitespace removed, NFKC, then a round trip through traditional script
    (``着`` and ``著``, ``痹`` and ``痺`` are one character to a reader, and t2s gives back either)."""
    return _opencc("t2s").convert(_opencc("s2tw").convert(squash(unicodedata.normalize("NFKC", text))))


def facts_and_items(summary: Summary) -> dict:
    """What a reader compares between two summaries of the same report (no offsets, no layout)."""
    d = summary.document
    frp = summary.first_responsible_person

    def metrics(items) -> list:  # noqa: ANN001
        return [[(m.value, norm(m.unit), m.qualifier) for m in item.metrics] for item in items]

    return {
        "doc_type": getattr(d.doc_type, "value", d.doc_type),
        "agency": d.agency,
        "report_year": d.report_year,
        "measures": [(norm(m.title), m.section) for m in summary.measures],
        "achievements": [norm(a.statement) for a in summary.achievements],
        "achievement metrics": metrics(summary.achievements),
        "shortfalls": [norm(s.issue) for s in summary.shortfalls],
        "shortfall metrics": metrics(summary.shortfalls),
        "causes": [norm(c.cause) for c in summary.causes],
        "plans": [(norm(p.action), p.target_year) for p in summary.plans],
        "plan metrics": metrics(summary.plans),
        "duty": (frp.reported, frp.dedicated_section, frp.section),
        "duty actions": [norm(a.action) for a in frp.actions],
        "duty metrics": metrics(frp.actions),
        "missing parts": list(summary.compliance.missing),
    }


@cache
def plain(number: int) -> dict:
    return facts_and_items(summarize(text=seed_text(number), engine="rules"))


def assert_same(summary: Summary, number: int) -> None:
    got, want = facts_and_items(summary), plain(number)
    for key in want:
        assert got[key] == want[key], f"{key} differs from the plain text's"
    assert summary.verification.ok


@pytest.mark.parametrize("packaging", TEXT_PACKAGINGS)
@pytest.mark.parametrize("number", NUMBERS)
def test_text_packagings_give_the_plain_texts_summary(packaging, number, tmp_path):
    data = package(packaging, number)
    if isinstance(data, str):
        summary = summarize(text=data, engine="rules")
    else:
        path = tmp_path / "report.txt"
        path.write_bytes(data)
        summary = summarize(path, engine="rules")
    assert_same(summary, number)


@pytest.mark.parametrize("packaging", FILE_PACKAGINGS)
@pytest.mark.parametrize("number", NUMBERS)
def test_file_packagings_give_the_plain_texts_summary(packaging, number, tmp_path, request):
    if packaging == "pdf-libreoffice":
        data = request.getfixturevalue("libreoffice")[number]
    else:
        data = package(packaging, number)
    path = tmp_path / ("report" + _SUFFIX.get(packaging, ".pdf"))
    path.write_bytes(data)
    summary = summarize(path, engine="rules")
    assert_same(summary, number)
