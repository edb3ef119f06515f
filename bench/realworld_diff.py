"""Compare two commits' readings of the same real documents, document by document.

``bench/realworld.py DOCS --rows A.jsonl`` on one commit and ``--rows B.jsonl`` on another write what each read of
every text; this prints, per fact (genre, year, agency, wrong agency), how many documents each got right, and which
documents a change mended or broke, with what was read before and after. A rule is kept only when what it breaks is
understood, so the broken ones are listed first.

    python bench/realworld_diff.py A.jsonl B.jsonl [--ids IDS]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

FACTS = ("genre_ok", "year_ok", "agency_ok", "agency_wrong")


def read_rows(path: Path) -> dict[str, dict]:
    """One row per document id, as realworld.py --rows wrote it."""
    return {
        (row := json.loads(line))["id"]: row for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    }


def compare(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """Lines to print: the counts per fact, then each document whose verdict changed (broken before mended)."""
    ids = sorted(before.keys() & after.keys())
    out = [f"{len(ids)} documents in both"]
    changed: list[tuple[int, str]] = []
    for fact in FACTS:
        was = sum(before[i][fact] for i in ids)
        now = sum(after[i][fact] for i in ids)
        out.append(f"{fact:13} {was:5} -> {now:5} ({now - was:+d})")
        for i in ids:
            if before[i][fact] != after[i][fact]:
                # a wrong agency that appears is a break, one that goes is a mend
                broke = after[i][fact] if fact == "agency_wrong" else before[i][fact]
                key = fact.split("_")[0]
                got = {"genre": "doc_type", "year": "year", "agency": "agency"}[key]
                changed.append(
                    (
                        0 if broke else 1,
                        f"{'BROKE' if broke else 'MENDED'} {fact} {i}: {before[i]['got'][got]!r} -> "
                        f"{after[i]['got'][got]!r} (label {after[i]['want'][got]!r})",
                    )
                )
    out += [line for _, line in sorted(changed)]
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--ids", type=Path, help="compare only the ids listed in this file (one a line)")
    args = ap.parse_args(argv)
    try:
        before, after = read_rows(args.before), read_rows(args.after)
        if args.ids:
            keep = set(args.ids.read_text(encoding="utf-8").split())
            before = {k: v for k, v in before.items() if k in keep}
    except (OSError, ValueError, KeyError) as e:
        print(f"cannot read rows: {e}", file=sys.stderr)
        return 2
    print("\n".join(compare(before, after)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
