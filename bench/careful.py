"""The rules engine item by item against a careful reader's reading of the five fixtures.

``tests/careful/NNN.json`` is what a careful reader writes for each fixture (see ``tests/careful/README.md``):
measures (their titles), achievements, shortfalls, causes, duty actions and plans (each a short key phrase of the
source that the item must contain), metrics as (value, unit, counted noun phrase), and for the plan document its
tasks with their 责任科室 and period (and its goals). This script summarises each fixture with the rules engine and prints, per
section, precision (engine items a careful reader also writes) and recall (a careful reader's items the engine
finds), matched one to one:

- measures and plan tasks: the titles are equal (after NFKC and whitespace removal; a task title may end in 。);
  a plan's goal contains its key phrase and names no unit;
- other items: the careful reader's key is contained in the engine's item text;
- metrics: value and unit are equal and the label contains the counted noun phrase without running on
  (at most 14 more characters than the phrase: `共提供各类法律服务` is a label of 法律服务, a whole clause is not).

    python bench/careful.py            # the table
    python bench/careful.py --items    # and every unmatched item, both ways
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CAREFUL = ROOT / "tests" / "careful"
SECTIONS = ("measures", "achievements", "shortfalls", "causes", "duty", "plans", "metrics", "responsible")
LABEL_SLACK = 14


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split()).strip("。.;；,，")


def match(engine: list[Any], gold: list[Any], ok: Callable[[Any, Any], bool]) -> tuple[list[Any], list[Any]]:
    """One-to-one greedy matching in document order: (engine items left unmatched, gold items left unmatched)."""
    left = list(gold)
    extra = []
    for e in engine:
        hit = next((g for g in left if ok(e, g)), None)
        if hit is None:
            extra.append(e)
        else:
            left.remove(hit)
    return extra, left


def contains(text: str, key: str) -> bool:
    return norm(key) in norm(text)


def label_ok(metric: Any, gold: list[Any]) -> bool:
    value, unit, core = gold
    if abs(metric.value - value) > 1e-9 or norm(metric.unit) != norm(unit):
        return False
    label = norm(metric.label)
    cores = core if isinstance(core, list) else [core]
    return any(norm(c) in label and len(label) <= len(norm(c)) + LABEL_SLACK for c in cores)


def engine_metrics(summary) -> list[Any]:
    items = [
        *summary.achievements,
        *summary.shortfalls,
        *summary.causes,
        *summary.plans,
        *summary.first_responsible_person.actions,
    ]
    return [m for item in items for m in item.metrics]


def score(summary, gold: dict) -> dict[str, tuple[int, int, int, list, list]]:
    """Per section: (engine count, gold count, matched, engine items unmatched, gold items unmatched)."""
    out: dict[str, tuple[int, int, int, list, list]] = {}

    def add(
        name: str, engine: list[Any], golds: list[Any], ok: Callable[[Any, Any], bool], show: Callable[[Any], str] = str
    ) -> None:
        extra, left = match(engine, golds, ok)
        out[name] = (len(engine), len(golds), len(engine) - len(extra), [show(e) for e in extra], left)

    tasks = gold.get("tasks")
    add("measures", [m.title for m in summary.measures], gold.get("measures", []), lambda e, g: norm(e) == norm(g))
    add("achievements", [a.statement for a in summary.achievements], gold.get("achievements", []), contains)
    add("shortfalls", [s.issue for s in summary.shortfalls], gold.get("shortfalls", []), contains)
    add("causes", [c.cause for c in summary.causes], gold.get("causes", []), contains)
    add(
        "duty",
        [d.action for d in summary.first_responsible_person.actions],
        (gold.get("duty") or {}).get("actions", []),
        contains,
    )
    if tasks is None:
        add("plans", [p.action for p in summary.plans], gold.get("plans", []), contains)
    else:
        # a plan's goal (its first sentence under 工作目标) is a plan item with no unit, found by its key phrase
        goals = [[key, ""] for key in gold.get("goals", [])]

        def planned(e: str, g: list[str]) -> bool:
            return norm(e) == norm(g[0]) if g[1] else contains(e, g[0])

        add("plans", [p.action for p in summary.plans], tasks + goals, planned, str)
        add(
            "responsible",
            [(p.action, p.responsible) for p in summary.plans],
            tasks + goals,
            lambda e, g: planned(e[0], g) and norm(e[1] or "") == norm(g[1]),
        )
    add(
        "metrics",
        engine_metrics(summary),
        gold.get("metrics", []),
        label_ok,
        lambda m: f"{m.value:g}{m.unit} «{m.label}»",
    )
    return out


def facts(summary, gold: dict) -> list[str]:
    """Whole-document readings: a mismatch is listed (doc type, causes stated, plan period)."""
    bad = []
    if summary.document.doc_type != gold["doc_type"]:
        bad.append(f"doc_type {summary.document.doc_type} != {gold['doc_type']}")
    if "causes_stated" in gold and summary.compliance.shortfalls_causes.causes_stated != gold["causes_stated"]:
        bad.append(f"causes_stated {summary.compliance.shortfalls_causes.causes_stated} != {gold['causes_stated']}")
    if "plan_period" in gold:
        periods = {p.period for p in summary.plans}
        if periods != {gold["plan_period"]}:
            bad.append(f"plan periods {sorted(map(str, periods))} != {gold['plan_period']}")
    duty = gold.get("duty")
    frp = summary.first_responsible_person
    if duty and (frp.reported, frp.dedicated_section) != (duty["reported"], duty["dedicated"]):
        bad.append(f"duty reported/dedicated {(frp.reported, frp.dedicated_section)}")
    return bad


def run(names: Optional[Iterable[str]] = None):
    """(per fixture scores, per fixture fact mismatches) for the fixtures that have a careful reading."""
    from summarizer import summarize

    scores, mismatches = {}, {}
    for path in sorted(CAREFUL.glob("*.json")):
        if names and path.stem not in names:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        summary = summarize(FIXTURES / f"{path.stem}.txt", engine="rules")
        scores[path.stem] = score(summary, gold)
        mismatches[path.stem] = facts(summary, gold)
    return scores, mismatches


def totals(scores: dict) -> dict[str, tuple[float, float, int, int]]:
    """Per section over all fixtures: (precision, recall, engine count, gold count); an empty side scores 1."""
    out = {}
    for sec in SECTIONS:
        rows = [s[sec] for s in scores.values() if sec in s]
        if not rows:
            continue
        n_e, n_g, hit = (sum(r[i] for r in rows) for i in range(3))
        out[sec] = (hit / n_e if n_e else 1.0, hit / n_g if n_g else 1.0, n_e, n_g)
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", action="store_true", help="list unmatched items")
    args = ap.parse_args(argv)
    scores, mismatches = run()
    print(f"{'section':<13}{'precision':>10}{'recall':>9}{'engine':>8}{'reader':>8}")
    for sec, (p, r, n_e, n_g) in totals(scores).items():
        print(f"{sec:<13}{p:>10.1%}{r:>9.1%}{n_e:>8}{n_g:>8}")
    for name, bad in mismatches.items():
        for line in bad:
            print(f"{name}: {line}")
    if args.items:
        for name, secs in scores.items():
            for sec, (_, _, _, extra, left) in secs.items():
                for e in extra:
                    print(f"{name} {sec} engine-only: {e}")
                for g in left:
                    print(f"{name} {sec} reader-only: {g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
