"""Check any summary against its report: every number and every quoted passage of free text.

``summarizer verify`` re-checks our own JSON; this module takes text a person or a chat model wrote (a bullet
list, a Markdown briefing, a DOCX) and checks it with the same number checker (:mod:`summarizer.numbers`) and
quote alignment (:mod:`summarizer.quotes`) against the cleaned report.

What it adds to those two, and why:

* **Numbers that are not claims about the report are left alone, and said so**: the summary's own date, list
  numbering (1. 2. / （1）), section numbers (一、 （二）), ordinals (第N) and fixed phrases (一网通办, 十四五,
  第一责任人). They are found first and masked (same length, so offsets hold) before numbers are read; each is
  listed with its reason, so nothing disappears silently.
* **Rounding that says so is faithful**: a chat model writes 约58% for the report's 58.4%. The number checker
  alone calls that unsupported (its contract: rounding without the report's words is not the report's number).
  Here a figure with an approximate word (约, 近, 左右…) is accepted as ``rounded`` when it is a figure the report
  states without a qualifier, rounded at the precision the summary wrote it and within 5% of it (约58% ← 58.4%,
  约1200万条 ← 1196万条, not 约1000万条 ← 1200万条). Without such a word (58% for 58.4%) it stays unsupported,
  with a note naming the report's figure; so do derived bounds (5000余人次 for 5213人次, see ``_rounded``).
* **Notes for unsupported numbers**: the report figure it most likely came from (the same digits at another
  magnitude, a digit changed or swapped, the sum of two report figures), so a reader can fix it at once.
* **Quotes** (「」 “” 『』 and ASCII "…", at least 5 characters) are ``verbatim`` (the report's characters; script
  conversion aside), ``near_verbatim`` (differences of whitespace/punctuation only, or ≥ 90% of the characters
  in order with no numeral among the differences; the note says which) or ``not_found``.

Traditional script on either side works: both texts are read in simplified script (OpenCC t2s, converted so
that no line changes length) while offsets index the texts as given.
"""

from __future__ import annotations

# with the names outside __all__, importable from summarizer.check as they were when it was one module
from .model import CHECK_VERSION, CheckResult, LeftAlone, NumberFinding, QuoteFinding, check_json_schema
from .model import CheckCounts as CheckCounts
from .model import LeftAloneReason as LeftAloneReason
from .model import NumberStatus as NumberStatus
from .model import QuoteStatus as QuoteStatus
from .model import Span as Span
from .model import TextInfo as TextInfo
from .run import check, check_files, check_prepared, prepare_report
from .run import check_texts as check_texts

__all__ = [
    "CHECK_VERSION",
    "CheckResult",
    "LeftAlone",
    "NumberFinding",
    "QuoteFinding",
    "check",
    "check_files",
    "check_json_schema",
    "check_prepared",
    "prepare_report",
]
