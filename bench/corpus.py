"""Score the rules engine on a public corpus of whole documents that all share one genre and one writer.

Some public repositories hold full-length government documents of one kind (the State Council's work reports from
1954 on, for one), one JSON object a line with the document's title and text. Every one of them should read as that
genre and that writer; this prints how many do, read from the body alone (as a copy that lost its title shows it)
and with the title above the body, and lists those that do not. Like the texts of ``realworld.py``, a corpus stays on
this machine and never enters the repository; ``bench/realworld/COLLECTING.md`` says where the one we use comes from.

    python bench/corpus.py FILE.jsonl --genre government_work_report --agency 国务院 [--since 1978] [-v]
    python bench/corpus.py FILE.jsonl --genre government_work_report --agency-field province   # a writer a line
    python bench/corpus.py FILE.jsonl ... --packaged [-j N]   # and do its items survive bench/packaged.py's changes?

Whole documents are what the openings ``packaged.py`` reads are not: long, with dozens of parts and hundreds of
figures. ``--packaged`` asks of them, titled, what ``packaged.py`` asks of the openings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

if __package__ in (None, ""):  # run as a script (python bench/corpus.py): its sibling is bench.realworld
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # (last: PYTHONPATH's summarizer stays first)

from bench.packaged import CHANGES, packagings_of, print_table  # noqa: E402
from bench.realworld import agency_ok as names_writer  # noqa: E402
from bench.realworld import mapped  # noqa: E402
from summarizer import summarize  # noqa: E402


def read_corpus(
    path: Path, text_field: str, title_field: str, since: int, agency_field: Optional[str] = None
) -> list[tuple[str, str, str, str]]:
    """(name, title, text, writer) of each document whose year field is ``since`` or later (a document without a
    year, such as a resolution filed with the reports, is left out: it is not of the kind); the writer is the
    ``agency_field``'s value when one is named (a corpus of many writers: one province's report a line), else ''."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number} is not JSON ({exc.msg}): one JSON object a line") from exc
        if not isinstance(row, dict):
            raise ValueError(f"line {number} is not a JSON object: one JSON object a line")
        year = str(row.get("year") or "")
        if not year.isdigit() or int(year) < since or not row.get(text_field):
            continue
        writer = str(row.get(agency_field) or "") if agency_field else ""
        if agency_field and not writer:
            raise ValueError(f"line {number} has no {agency_field!r}: the writer each document is scored against")
        out.append((f"{year}#{number}", str(row.get(title_field) or ""), str(row[text_field]), writer))
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSON-lines file: one document an object")
    parser.add_argument(
        "--genre",
        required=True,
        help="the genre every document should read as, or several separated by commas (other,implementation_plan: a "
        "corpus of notices and opinions, each of which may be either)",
    )
    writers = parser.add_mutually_exclusive_group(required=True)
    writers.add_argument("--agency", help="the writer every document should name")
    writers.add_argument(
        "--agency-field", help="the field holding each document's writer (省 for 省人民政府: a place is its government)"
    )
    parser.add_argument("--text-field", default="content")
    parser.add_argument("--title-field", default="title")
    parser.add_argument("--since", type=int, default=0, help="only documents of this year or later")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each document read otherwise")
    parser.add_argument(
        "--packaged",
        action="store_true",
        help="also check each titled document's items under bench/packaged.py's changes",
    )
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes for --packaged (default 1)")
    args = parser.parse_args(argv)
    try:
        docs = read_corpus(args.corpus, args.text_field, args.title_field, args.since, args.agency_field)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"corpus.py: cannot read {args.corpus}: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print(f"corpus.py: no documents in {args.corpus} (with a year of {args.since} or later)", file=sys.stderr)
        return 1
    genres = set(args.genre.split(","))
    counts: Counter[str] = Counter()
    for name, title, body, writer in docs:
        for form, text in (("body", body), ("titled", f"{title}\n{body}" if title else body)):
            doc = summarize(text=text, engine="rules").document
            genre_ok, agency_ok = (
                doc.doc_type in genres,
                names_writer(doc.agency, {"agency": writer or args.agency}),
            )
            counts[f"{form} genre"] += genre_ok
            counts[f"{form} agency"] += agency_ok
            if args.verbose and not (genre_ok and agency_ok):
                print(f"  {form} {name}: genre {doc.doc_type}, agency {doc.agency!r}")
    print(f"documents: {len(docs)} ({args.corpus.name})")
    for form in ("body", "titled"):
        genre, agency = counts[f"{form} genre"], counts[f"{form} agency"]
        print(
            f"{form:7} genre {100 * genre / len(docs):5.1f}% ({genre}/{len(docs)})"
            f"   agency {100 * agency / len(docs):5.1f}% ({agency}/{len(docs)})"
        )
    if args.packaged:
        titled = [(name, f"{title}\n{body}" if title else body) for name, title, body, _ in docs]
        results = mapped(_packagings, titled, args.jobs, 2)
        print_table([name for name, _ in titled], results, list(CHANGES), args.corpus.name, args.verbose)
    return 0


def _packagings(named: tuple[str, str]) -> tuple[bool, dict[str, tuple[list[str], bool]]]:
    """``packagings_of`` one (name, text) pair, every change (a top-level function, so worker processes can run it)."""
    return packagings_of(named[1], named[0], CHANGES)


if __name__ == "__main__":
    sys.exit(main())
