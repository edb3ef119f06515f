"""Score the rules engine on a public corpus of whole documents that all share one genre and one writer.

Some public repositories hold full-length government documents of one kind (the State Council's work reports from
1954 on, for one), one JSON object a line with the document's title and text. Every one of them should read as that
genre and that writer; this prints how many do, read from the body alone (as a copy that lost its title shows it)
and with the title above the body, and lists those that do not. Like the texts of ``realworld.py``, a corpus stays on
this machine and never enters the repository; ``bench/realworld/COLLECTING.md`` says where the one we use comes from.

    python bench/corpus.py FILE.jsonl --genre government_work_report --agency 国务院 [--since 1978] [-v]
    python bench/corpus.py FILE.jsonl --genre government_work_report --agency-field province   # a writer a line
    python bench/corpus.py FILE.jsonl --genre-field genre --agency-field writer --year-field report_year  # a line each
    python bench/corpus.py FILE.jsonl ... --packaged [-j N]   # and do its items survive bench/packaged.py's changes?

Whole documents are what the openings ``packaged.py`` reads are not: long, with dozens of parts and hundreds of
figures. ``--packaged`` asks of them, titled, what ``packaged.py`` asks of the openings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

if __package__ in (None, ""):  # run as a script (python bench/corpus.py): its sibling is bench.realworld
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # (last: PYTHONPATH's summarizer stays first)

from bench.packaged import CHANGES, packagings_of, print_table  # noqa: E402
from bench.realworld import agency_ok as names_writer  # noqa: E402
from bench.realworld import mapped  # noqa: E402
from summarizer import summarize  # noqa: E402


@dataclass
class Doc:
    """One document of a corpus and what it should read as ('' where the corpus names no such field)."""

    name: str
    title: str
    body: str
    writer: str
    genre: str
    year: str
    aliases: list[str] = field(default_factory=list)


def read_corpus(
    path: Path,
    text_field: str,
    title_field: str,
    since: int,
    agency_field: Optional[str] = None,
    genre_field: Optional[str] = None,
    year_field: Optional[str] = None,
) -> list[Doc]:
    """Each document whose year field is ``since`` or later (a document
    without a year, such as a resolution filed with the reports, is left out: it is not of the kind); the writer is the
    ``agency_field``'s value when one is named (a corpus of many writers: one province's report a line), the genre the
    ``genre_field``'s (a corpus of several kinds: one department's 法治政府 and 信息公开 reports), the year the one
    ``year_field`` says it reports on; each '' where no field is named. A row's ``aliases`` (a list) are the writer's
    other names (河北省人社厅 for 河北省人力资源和社会保障厅: the short form its own reports use)."""
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
        genre = str(row.get(genre_field) or "") if genre_field else ""
        if genre_field and not genre:
            raise ValueError(f"line {number} has no {genre_field!r}: the genre each document is scored against")
        stated = str(row.get(year_field) or "") if year_field else ""
        aliases = [str(alias) for alias in row.get("aliases") or []]
        out.append(
            Doc(
                f"{year}#{number}",
                str(row.get(title_field) or ""),
                str(row[text_field]),
                writer,
                genre,
                stated,
                aliases,
            )
        )
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSON-lines file: one document an object")
    genres_wanted = parser.add_mutually_exclusive_group(required=True)
    genres_wanted.add_argument(
        "--genre",
        help="the genre every document should read as, or several separated by commas (other,implementation_plan: a "
        "corpus of notices and opinions, each of which may be either)",
    )
    genres_wanted.add_argument("--genre-field", help="the field holding each document's genre (or several, by commas)")
    parser.add_argument(
        "--year-field", help="the field holding the year each document reports on: its year is scored too"
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
        docs = read_corpus(
            args.corpus,
            args.text_field,
            args.title_field,
            args.since,
            args.agency_field,
            args.genre_field,
            args.year_field,
        )
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"corpus.py: cannot read {args.corpus}: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print(f"corpus.py: no documents in {args.corpus} (with a year of {args.since} or later)", file=sys.stderr)
        return 1
    counts: Counter[str] = Counter()
    for one in docs:
        genres = set((one.genre or args.genre).split(","))
        label = {"agency": one.writer or args.agency, "agency_aliases": one.aliases}
        for form, text in (("body", one.body), ("titled", f"{one.title}\n{one.body}" if one.title else one.body)):
            doc = summarize(text=text, engine="rules").document
            genre_ok, agency_ok = doc.doc_type in genres, names_writer(doc.agency, label)
            year_ok = not one.year or str(doc.report_year) == one.year
            counts[f"{form} genre"] += genre_ok
            counts[f"{form} agency"] += agency_ok
            counts[f"{form} wrong"] += doc.agency is not None and not agency_ok
            counts[f"{form} year"] += bool(one.year) and year_ok
            counts["stated"] += bool(one.year) and form == "body"
            if args.verbose and not (genre_ok and agency_ok and year_ok):
                print(f"  {form} {one.name}: genre {doc.doc_type}, agency {doc.agency!r}, year {doc.report_year}")
    print(f"documents: {len(docs)} ({args.corpus.name})")
    for form in ("body", "titled"):
        genre, agency, year = counts[f"{form} genre"], counts[f"{form} agency"], counts[f"{form} year"]
        wrong = counts[f"{form} wrong"]
        print(
            f"{form:7} genre {100 * genre / len(docs):5.1f}% ({genre}/{len(docs)})"
            f"   agency {100 * agency / len(docs):5.1f}% ({agency}/{len(docs)})"
            f"   wrong agency {100 * wrong / len(docs):4.1f}% ({wrong})"
            + (f"   year {100 * year / counts['stated']:5.1f}% ({year}/{counts['stated']})" if counts["stated"] else "")
        )
    if args.packaged:
        titled = [(one.name, f"{one.title}\n{one.body}" if one.title else one.body) for one in docs]
        results = mapped(_packagings, titled, args.jobs, 2)
        print_table([name for name, _ in titled], results, list(CHANGES), args.corpus.name, args.verbose)
    return 0


def _packagings(named: tuple[str, str]) -> tuple[bool, dict[str, tuple[list[str], bool]]]:
    """``packagings_of`` one (name, text) pair, every change (a top-level function, so worker processes can run it)."""
    return packagings_of(named[1], named[0], CHANGES)


if __name__ == "__main__":
    sys.exit(main())
