"""PDF extraction time per page, for PDFs from two generators (issue 10: paragraph rebuilding from any generator).

Run from the repository root: ``python -m bench.pdf_pages`` (needs fonts-wqy-microhei, fpdf2 and
reportlab from the ``test`` extras). Prints the best of three runs, in milliseconds per page.
"""

from __future__ import annotations

import io
import sys
import time

import pdfplumber

from summarizer.ingest import pdf as ingest
from tests.support.builders import find_cjk_font, reportlab_pdf, seed_paragraphs, seed_pdf


def main() -> None:
    font = find_cjk_font()
    if font is None:
        sys.exit("no CJK font: apt-get install fonts-wqy-microhei")
    for name, data in (
        ("reportlab justified, seed 000 x8", reportlab_pdf(seed_paragraphs(0) * 8, font, "justified")),
        ("reportlab grid, seed 000 x8", reportlab_pdf(seed_paragraphs(0) * 8, font, "grid")),
        ("fpdf2, seed 000", seed_pdf(0, font)),
    ):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            ingest._pdf_to_text(data, "bench.pdf")
            best = min(best, time.perf_counter() - start)
        print(f"{name}: {pages} pages, {best / pages * 1000:.1f} ms/page")


if __name__ == "__main__":
    main()
