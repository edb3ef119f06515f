"""Summarise many reports: bounded concurrency, one JSON line per report, resumable, cached.

``inputs`` (which files), ``results`` (results.jsonl, written and read), ``cache`` (LLM results), ``engines``
(the engines as the batch runs them, in this process or in worker processes, ``shards``), ``pages`` (review pages),
``progress`` (per-report results, totals, the bar), ``runner`` (:func:`run_batch`) and ``provider`` (provider batch
jobs, ``--provider-batch``). The command is
``summarizer batch`` (:mod:`summarizer.cli`); ``python -m summarizer.batch`` runs it too.
"""

from __future__ import annotations

from .cache import ResultCache
from .engines import RulesEngine
from .inputs import EXTENSIONS, expand_inputs
from .progress import BatchReport, ItemResult
from .results import ResultsWriter, iter_results, read_results
from .runner import run_batch

__all__ = [
    "EXTENSIONS",
    "BatchReport",
    "ItemResult",
    "ResultCache",
    "ResultsWriter",
    "RulesEngine",
    "expand_inputs",
    "iter_results",
    "read_results",
    "run_batch",
]
