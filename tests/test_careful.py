"""The rules engine item by item against a careful reader's reading of the five fixtures (tests/careful/*.json).

Every section (measures, achievements, shortfalls, causes, duty actions, plans, metrics with their labels, the
plan document's responsible units) reaches 95% precision and recall; ``python bench/careful.py --items`` lists
what is missed. The figures are in bench/RESULTS.md.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "careful", Path(__file__).resolve().parent.parent / "bench" / "careful.py"
)
careful = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(careful)


@pytest.fixture(scope="module")
def reading():
    return careful.run()


@pytest.mark.parametrize("section", careful.SECTIONS)
def test_every_section_at_95_percent(reading, section):
    scores, _ = reading
    precision, recall, n_engine, n_reader = careful.totals(scores)[section]
    missed = [
        (name, s[section][3], s[section][4])
        for name, s in scores.items()
        if section in s and (s[section][3] or s[section][4])
    ]
    assert n_reader > 0
    assert precision >= 0.95 and recall >= 0.95, missed


def test_document_readings(reading):
    """Doc type, causes stated or not, duty reported/dedicated and the plan's period, fixture by fixture."""
    _, mismatches = reading
    assert {k: v for k, v in mismatches.items() if v} == {}


def test_the_scorer_counts_a_wrong_label_as_a_miss():
    """A metric with the right number but the label before a trailing noun (`合同、`) does not count."""
    from summarizer.models import Metric, Quote

    q = Quote(text="1份", start=0, end=2)
    gold = [1, "份", "重要文件"]
    assert not careful.label_ok(Metric(label="合同、", value=1, unit="份", quote=q), gold)
    assert careful.label_ok(Metric(label="重要文件", value=1, unit="份", quote=q), gold)
    assert not careful.label_ok(
        Metric(label="我局法律顾问共对13份合同、1份重要文件进行了合法性审查", value=1, unit="份", quote=q), gold
    )
