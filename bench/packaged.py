"""Do a real report's items survive the packagings its copies show, and does every summary pass its own check?

``bench/perturb.py`` asks this of the document facts, and ``bench/layout_check.py`` of our five fixtures' items. This
script asks it of the items of real reports (the texts ``bench/realworld.py`` scores, kept on your machine): each
text is summarised as it is and again after one change its copies show (a mirror's traditional script, a copy pasted
as one line, a fixed-width wrap, line breaks turned into spaces; the same changes ``perturb.py`` makes). It prints,
for each change, how many texts keep the same number of items in each section and the same figures (value and
unit of every metric), and, for the plain texts and each change, how many summaries fail their own verification
(a number or quote the checker cannot find in the source): the engine should never give one.

    python bench/packaged.py DOCS_DIR [--labels FILE ...] [--only IDS] [--genre annual_report] [--jobs N] [-v]
        [--change NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Optional

if __package__ in (None, ""):  # run as a script (python bench/packaged.py): its siblings are bench.*
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # (last: PYTHONPATH's summarizer stays first)

from bench.perturb import PERTURBATIONS, Doc  # noqa: E402
from bench.realworld import genre_arguments, genre_texts, mapped  # noqa: E402
from summarizer import summarize  # noqa: E402
from summarizer.models import Summary  # noqa: E402

CHANGES = ("traditional", "one_line", "wrap38", "printed_pages", "spaced_line")
SECTIONS = ("measures", "achievements", "shortfalls", "causes", "plans")


def items_of(summary: Summary) -> dict[str, object]:
    """What a packaging must keep: the number of items of each section, and every metric's value and unit; and the
    words of every item, counted apart (``print_table``'s last column)."""
    kept: dict[str, object] = {name: len(getattr(summary, name)) for name in SECTIONS}
    items = [*summary.achievements, *summary.shortfalls, *summary.causes, *summary.plans]
    kept["figures"] = sorted((round(m.value, 6), m.unit) for item in items for m in item.metrics)
    # (…and, apart, the words of every item: a wrap that cut a heading keeps the count but not the title)
    kept["wording"] = [
        *(m.title for m in summary.measures),
        *(a.statement for a in summary.achievements),
        *(s.issue for s in summary.shortfalls),
        *(c.cause for c in summary.causes),
        *(p.action for p in summary.plans),
    ]
    return kept


def read_one(path: Path, changes: tuple[str, ...]) -> tuple[bool, dict[str, tuple[list[str], bool]]]:
    """``packagings_of`` the text in ``path`` (a top-level function, so worker processes can run it)."""
    return packagings_of(path.read_text(encoding="utf-8"), path.stem, changes)


def packagings_of(text: str, name: str, changes: tuple[str, ...]) -> tuple[bool, dict[str, tuple[list[str], bool]]]:
    """Whether the plain text's summary passes its check, and for each change that applies, what it lost (section
    names, 'figures') and whether its summary passes."""
    plain = summarize(text=text, engine="rules")
    before = items_of(plain)
    doc = Doc(id=name, label={}, text=text, read=plain.document)
    out: dict[str, tuple[list[str], bool]] = {}
    for change in changes:
        changed = PERTURBATIONS[change](doc)
        if changed is None:
            continue  # (traditional: the text already is)
        after = summarize(text=changed, engine="rules")
        kept = items_of(after)
        out[change] = ([key for key in before if before[key] != kept[key]], after.verification.ok)
    return plain.verification.ok, out


def print_table(
    names: list[str],
    results: list[tuple[bool, dict[str, tuple[list[str], bool]]]],
    changes: list[str],
    what: str,
    verbose: bool = False,
) -> None:
    """The table of what each change kept, over the texts ``names`` and their ``packagings_of`` results."""
    applies: Counter[str] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    changed: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    for name, (plain_ok, out) in zip(names, results):
        failed["plain"] += not plain_ok
        if verbose and not plain_ok:
            print(f"{name}\tplain\tfails its check")
        for change, (keys, ok) in out.items():
            applies[change] += 1
            changed[change] += bool(set(keys) - {"wording"})
            failed[change] += not ok
            for key in keys:
                lost[(change, key)] += 1
            if verbose and (keys or not ok):
                print(f"{name}\t{change}\t{', '.join(keys) or '-'}" + ("\tfails its check" if not ok else ""))
    print(f"documents: {len(names)} ({what})   plain summaries failing their check: {failed['plain']}")
    columns = (*SECTIONS, "figures", "wording")
    print(
        f"{'change':<14}{'applies':>8}{'all kept':>10}" + "".join(f"{c:>14}" for c in columns) + f"{'fail check':>12}"
    )
    for change in changes:
        n = applies[change]
        if not n:
            continue
        kept = f"{(n - changed[change]) / n:.1%}"
        row = "".join(f"{lost[(change, c)]:>14}" for c in columns)
        print(f"{change:<14}{n:>8}{kept:>10}{row}{failed[change]:>12}")
    print("(the section columns count the texts whose number of items in that section changed; figures, the texts")
    print(" whose metrics' values and units changed; 'all kept' counts these. Wording, apart from them: the texts")
    print(" where any item's words changed, a title cut or run on where a count stayed)")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    genre_arguments(ap)
    ap.add_argument("--change", nargs="+", choices=CHANGES, default=list(CHANGES), help="the packagings to apply")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every text a change alters or fails")
    args = ap.parse_args(argv)

    if (texts := genre_texts(args)) is None:
        return 2
    results = mapped(partial(read_one, changes=tuple(args.change)), [path for _, path in texts], args.jobs, 8)
    print_table([lab["id"] for lab, _ in texts], results, args.change, args.genre, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
