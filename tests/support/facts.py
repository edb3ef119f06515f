"""Document facts as a user gets them, for the tests of real shapes (issue 10): one place that runs the rules
engine on a text and checks an agency the way every shape test means it."""

from __future__ import annotations

from typing import Callable, Optional

from summarizer import summarize
from summarizer.models import Document


def document(text: str) -> Document:
    """The document facts of ``text`` through the whole public path (cleaning, outline, facts), as
    ``summarize(text=…)`` gives them to a user."""
    return summarize(text=text, engine="rules").document


def metric_labels(text: str) -> dict[str, str]:
    """Each achievement metric's label by the figure it quotes (13份, 2.3万余亿元): what a careful reader checks a
    label against."""
    return {m.quote.text: m.label for a in summarize(text=text).achievements for m in a.metrics}


def facts(text: str) -> tuple[str, Optional[str], Optional[int]]:
    """(genre, agency, year) of ``text``: what a copy in another packaging must read the same as the plain one."""
    doc = document(text)
    return doc.doc_type, doc.agency, doc.report_year


def assert_agency(text: str, agency: str, source: str) -> None:
    """``text`` names ``agency`` as its writer, quoted from the cleaned text like every other item, and found
    where ``source`` says (the evidence a reviewer checks)."""
    doc = document(text)
    assert doc.agency == agency
    quote = doc.evidence.agency
    assert quote is not None and quote.text == agency
    assert doc.evidence.agency_source == source


# a short annual report whose one paragraph under part ① is the sentence a shape test reads (see ``in_report``)
_ONE_SENTENCE_REPORT = (
    "平川市2024年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）优化法治化营商环境\n"
    "{}\n"
    "二、2025年工作安排\n"
    "持续深化法治政府示范创建。\n"
)


def in_report(sentence: str) -> str:
    """``sentence`` as the one paragraph of part ① of a short annual report: its figures and labels read as a user's
    report gives them."""
    return _ONE_SENTENCE_REPORT.format(sentence)


def one_line(text: str) -> str:
    """``text`` as a copy pasted as one line shows it: every line break gone (bench/perturb.py's one_line)."""
    return "".join(line.strip() for line in text.split("\n"))


def wrapped(text: str, width: int = 38) -> str:
    """``text`` as a fixed-width export shows it: every line cut every ``width`` characters, its indent kept
    (bench/perturb.py's wrap38 strips the indent first)."""
    return "\n".join(line[k : k + width] for line in text.split("\n") for k in range(0, max(len(line), 1), width))


def spaced_line(text: str) -> str:
    """``text`` as a copy whose line breaks became spaces shows it (bench/perturb.py's spaced_line)."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def packaged(text: str, *packagings: Callable[[str], str]) -> list[str]:
    """``text`` and its copies in ``packagings`` (a one-line and a spaced copy when none is named): what a shape test
    reads the same facts from."""
    return [text, *(pack(text) for pack in packagings or (one_line, spaced_line))]
