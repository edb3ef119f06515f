"""How often the rules engine's metric labels are ones a careful reader would throw out, on real reports.

``bench/careful.py`` judges every metric label item by item, but only on our five fixtures. Real reports hold
shapes those five do not, so this script reads a folder of real texts (the ones ``bench/realworld.py`` scores, kept
on your machine) and counts, among every metric the engine gives, the labels that are plainly unusable:

- one character (对, 和, 减: a preposition or what is left of a verb);
- a verb alone, with its scope or preposition at most (完成, 组织对, 实现全县): it says nothing of what is counted;
- a cut title (组织犯罪法》《…: a label cut inside 《…》);
- a cut quotation (实现“网上办: one quotation mark without its partner).

It cannot see a label that is whole but wrong; the careful reader's bench does that where a reading exists. It
shows that real texts keep no kind of broken label that the five fixtures hide.

    python bench/labels.py DOCS_DIR [--labels FILE ...] [--only IDS] [--genre annual_report] [--jobs N] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

if __package__ in (None, ""):  # run as a script (python bench/labels.py): its sibling is bench.realworld
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # (last: PYTHONPATH's summarizer stays first)

from bench.careful import engine_metrics  # noqa: E402
from bench.realworld import genre_arguments, genre_texts, mapped  # noqa: E402
from summarizer import summarize  # noqa: E402

# a verb alone, or with its scope or preposition (完成, 累计组织, 组织对, 实现全县)
_VERB_ALONE = re.compile(
    r"(?:共|累计|全年)?(?:开展|实现|组织|完成|举办|召开|进行|对|做到|达到|办理|收到|覆盖)(?:对|了|全[省市县区镇乡])?"
)
KINDS = ("one character", "verb alone", "cut title", "cut quotation")


def flaw(label: str) -> Optional[str]:
    """The kind of flaw that makes ``label`` unusable, or None."""
    if len(label) <= 1:
        return KINDS[0]
    if _VERB_ALONE.fullmatch(label):
        return KINDS[1]
    if label.count("《") != label.count("》"):
        return KINDS[2]
    if label.count("“") != label.count("”"):
        return KINDS[3]
    return None


def labels_of(path: Path) -> list[tuple[str, str]]:
    """(the number as written, its label) for every metric of every item the rules engine reads in one text."""
    return [(m.quote.text, m.label) for m in engine_metrics(summarize(str(path), engine="rules"))]


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    genre_arguments(ap)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every unusable label")
    args = ap.parse_args(argv)

    if (texts := genre_texts(args)) is None:
        return 2
    read = mapped(labels_of, [path for _, path in texts], args.jobs)
    kinds: Counter[str] = Counter()
    total = 0
    for (lab, _), metrics in zip(texts, read):
        total += len(metrics)
        for number, label in metrics:
            if kind := flaw(label):
                kinds[kind] += 1
                if args.verbose:
                    print(f"{lab['id']}\t{number}\t{kind}\t{label}")
    unusable = sum(kinds.values())
    share = unusable / total if total else 0.0
    print(f"documents: {len(texts)} ({args.genre})   metrics: {total}   unusable labels: {unusable} ({share:.1%})")
    for kind in KINDS:
        print(f"  {kind:<15} {kinds[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
