"""Score the offline engine's document facts on real published documents that nobody here wrote.

The texts are not in the repository (their wording is not ours): keep them in a folder of your own, one
``<id>.txt`` per labelled document, and point this script at it. The labels, with the URL each text came from,
are committed in ``bench/realworld/labels.jsonl`` (one JSON object a line):

    id, url, title, doc_type, agency (as the text names itself, or null when it never does),
    agency_aliases (other forms the text uses for the same body), agency_full (the official name when known
    from elsewhere), year (the year reported on or covered; null when unstated or several years), level,
    department, script, packaging, shape (what is unusual about it), year_in_text (false where the labelled year
    is one the text never writes: only the page's address or outside knowledge gives it)

Prints, for the whole folder:
- genre: share of documents whose ``doc_type`` is the label's;
- year: share right among documents whose text states the year (label not null, and not marked
  ``year_in_text: false``); also how many documents got a year when the label has none, and, apart, how the
  documents whose year only their address gives were read (with the share over every labelled year, as scored
  before the mark);
- agency: share right among documents whose text names the agency; and wrong-agency, the share of all
  documents given a non-null agency that is not theirs (a wrong agency in a table is worse than none).

An agency is right when it is the label's agency, one of its aliases or its full name, also after reading
委员会 as 委, and a place for its government (南昌县 = 南昌县人民政府: so reports of a place's
government name themselves).

    python bench/realworld.py DOCS_DIR [--labels bench/realworld/labels.jsonl ...] [-v] [--missing FILE]
        [--only IDS] [--rows FILE] [--jobs N]

Texts live on one machine only: on a new one, ``--missing FILE`` lists what to collect again (by URL or title;
``bench/realworld_save.py`` files what was found). ``--only`` scores a frozen list of ids (a development set chosen
before looking; what arrives later can be held back), and ``--rows`` writes what was read of each document, so that
two commits' readings can be compared document by document with ``bench/realworld_diff.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Optional, TypeVar

from summarizer import summarize
from summarizer.clean import to_simplified
from summarizer.models import Document

LABELS = Path(__file__).resolve().parent / "realworld" / "labels.jsonl"
T = TypeVar("T")
S = TypeVar("S")


def canonical(name: str) -> str:
    """Long and short forms of one body's name compare equal: 卫生健康委员会 = 卫生健康委, 南昌县人民政府 = 南昌县政府 =
    南昌县; a
    traditional-script label equals the simplified name the summary gives."""
    # (joint issuers parted by a space in a label, by 、 in a summary: one pair of names)
    name = to_simplified("".join(name.split()).replace("、", ""))
    name = re.sub(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]", "", name)  # pinyin debris in a mirror's label
    name = re.sub(r"(?:党组|党委)$", "", name)  # (中共)某局党组 speaks for 某局
    name = re.sub(r"第?[一二三四五六七八九十百]+届", "", name)  # 某县第十八届人民政府: the same government in its term
    name = name.replace("人民代表大会常务委员会", "人大常委会").replace(
        "人民代表大会", "人大"
    )  # 某市人大常委会 in full
    if name.startswith("中共") and not re.search(r"(?:委员会|委)$", name):
        name = name[2:]
    if name.startswith("中华人民共和国") and len(name) > 9:
        name = name[7:]  # 中华人民共和国国务院 = 国务院, 中华人民共和国司法部 = 司法部: a national organ's full name
    # (a department's official name and its short form without 和: 住房和城乡建设局 = 住房城乡建设局)
    name = re.sub(r"(住房|人力资源|工业|文化|自然资源)和(城乡|社会保障|信息化|旅游|规划)", r"\1\2", name)
    # (a new district's or a zone's administrative committee is its government: 大鹏新区管理委员会 = 大鹏新区管委会 =
    # 大鹏新区, as 南昌县人民政府 = 南昌县)
    name = re.sub(r"(?<=区)(?:管理委员会|管委会)$", "", name)
    for long, short in (("委员会", "委"), ("人民政府", ""), ("政府", ""), ("街道办事处", "街道")):
        if name.endswith(long):
            name = name[: -len(long)] + short
    return name


_COMMITTEE_AND_GOVERNMENT = re.compile(r"(?:中共)?([\u4e00-\u9fff]{2,12}?)(?:党委|委)[、和及]\s*(?:人民)?政府")
_JOINT = re.compile(r"(?:中共)?[\u4e00-\u9fff]{1,12}?(?:省委|市委|区委|县委|州委|旗委|党委|党工委|工委)|[、\s和]+")


def agency_ok(predicted: Optional[str], label: dict) -> bool:
    """Right when it is the label's body by any of its names; of joint issuers (中共浚县县委 浚县人民政府,
    自治区党委、政府) the government named on its own is right too."""
    names = [label.get("agency"), label.get("agency_full"), *(label.get("agency_aliases") or [])]
    for name in list(names):
        if name and _JOINT.search(name):
            names += [part for part in _JOINT.split(name) if len(part) >= 3]
            # (joint issuers a label parts by a space, each named whole: 中共某省委某工委 某省教育厅)
            names += [part for part in name.split() if len(part) >= 3]
            # (…and a government named by its level alone after its place's committee: 自治区党委和政府, 某市委、政府:
            # the place's government)
            if m := _COMMITTEE_AND_GOVERNMENT.fullmatch(name):
                names.append(m.group(1) + "政府")
    wanted = {canonical(n) for n in names if n}
    if predicted is None:
        return False
    got = canonical(predicted)
    # 榆林市定边县委依法治县办 for a label's 定边县委依法治县办: the same body under its higher place's name
    above = _ABOVE.match(got)
    if got in wanted or (above and got[above.end() :] in wanted and got[above.end()] not in _LEVELS):
        return True
    # 山西省吕梁市文水县孝义镇 for a label's 孝义镇: a place under the whole chain of the places above it
    if any(
        got[k - 1] in "省市县区州盟旗" and got[k] not in _LEVELS and got[k:] in wanted and got[-1] in "镇乡道"
        for k in range(3, len(got) - 1)
    ):
        return True
    # …and the other way: 大兴区安定镇 for a label's 北京市大兴区安定镇人民政府
    if got[0] not in _LEVELS and any((a := _ABOVE.match(w)) and w[a.end() :] == got for w in wanted):
        return True
    # 某某市 for a label that names the place by its stem alone (某某): the same place with its level word
    if got[-1] in "省市县区州旗" and got[:-1] in wanted and got[-2] not in _LEVELS:
        return True
    # 襄阳市人大常委会 for a label's 市人大常委会 (汉台区政府 for 区人民政府): the body the label names by its level
    # alone, with its place's name in front
    return any(w[0] in _LEVELS and got.endswith(w) and _STEM.fullmatch(got[: -len(w)]) for w in wanted if w)


_ABOVE = re.compile(r"(?![全各本我该每])[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|自治州|州|地区|盟)(?=[\u4e00-\u9fff]{2})")
_LEVELS = "省市县区州盟旗镇乡街"
_STEM = re.compile(r"(?![全各本我该每])[\u4e00-\u9fff]{1,5}[^\W\d省市县区州盟旗镇乡街]")


def agency_as_labelled(predicted: Optional[str], label: dict) -> bool:
    """The agency read as the label has it: the body when the text names one, null when it names none."""
    return agency_ok(predicted, label) if label.get("agency") else predicted is None


def read_labels(paths: list[Path]) -> list[dict]:
    """Every label of every file, one JSON object a line; a file that cannot be read or parsed is a ValueError
    naming it (the scripts say so in one line and exit 2)."""
    labels = []
    for path in paths:
        try:
            labels += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, ValueError) as e:
            raise ValueError(f"cannot read labels {path}: {e}") from None
    return labels


def texts_or_complain(docs: Path, label_files: list[Path]) -> Optional[tuple[list[dict], list[tuple[dict, Path]]]]:
    """(every label the files hold, (label, path of its text) for every label whose ``<id>.txt`` is in ``docs``), or
    None after saying in one line which label file cannot be read (exit 2). The labels come with the texts so that a
    caller can say how many labelled documents have none, and which, without reading the files again."""
    try:
        labels = read_labels(label_files)
    except ValueError as e:
        print(e, file=sys.stderr)
        return None
    return labels, [(lab, path) for lab in labels if (path := docs / f"{lab['id']}.txt").exists()]


def only_ids(path: Path) -> Optional[set[str]]:
    """The ids a frozen list holds (one a line), or None after saying in one line that it cannot be read."""
    try:
        return set(path.read_text(encoding="utf-8").split())
    except OSError as e:
        print(f"cannot read {path}: {e.strerror or e}", file=sys.stderr)
        return None


def read_one(path: Path) -> Document:
    """The document facts the rules engine reads from one text (a top-level function, so worker processes can run
    it)."""
    return summarize(str(path), engine="rules").document


def read_all(paths: list[Path], jobs: int) -> list[Document]:
    """Every text's facts, in order; ``jobs`` > 1 reads them in that many processes (2,000 texts take minutes in
    one)."""
    return mapped(read_one, paths, jobs)


def mapped(read: Callable[[S], T], paths: list[S], jobs: int, chunksize: int = 16) -> list[T]:
    """``read`` of every path (or other item), in order; in ``jobs`` processes when more than one (``read`` must then
    be a top-level function or a partial of one)."""
    if jobs <= 1:
        return [read(p) for p in paths]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(read, paths, chunksize=chunksize))


def row_of(label: dict, doc: Document) -> dict:
    """What was read of one document beside what its label says, with a verdict per fact (for --rows)."""
    return {
        "id": label["id"],
        "want": {"doc_type": label["doc_type"], "year": label.get("year"), "agency": label.get("agency")},
        "got": {
            "doc_type": getattr(doc.doc_type, "value", doc.doc_type),
            "year": doc.report_year,
            "agency": doc.agency,
        },
        "genre_ok": doc.doc_type == label["doc_type"],
        "year_ok": doc.report_year == label.get("year"),
        "year_stated": year_stated(label),
        "agency_ok": agency_as_labelled(doc.agency, label),
        "agency_wrong": doc.agency is not None and not agency_ok(doc.agency, label),
    }


def year_stated(label: dict) -> bool:
    """The text states the labelled year: a year only the page's address gives (news dated 3月5日 at a URL of
    2024/0306) is not asked of an engine that reads the text."""
    return label.get("year") is not None and label.get("year_in_text") is not False


def score_line(rows: list) -> str:
    """genre / year / agency / wrong agency of a subset, in one line."""
    n = len(rows)
    genre = sum(1 for lab, doc in rows if doc.doc_type == lab["doc_type"])
    dated = [(lab, doc) for lab, doc in rows if year_stated(lab)]
    year = sum(1 for lab, doc in dated if doc.report_year == lab["year"])
    named = [(lab, doc) for lab, doc in rows if lab.get("agency")]
    agency = sum(1 for lab, doc in named if agency_ok(doc.agency, lab))
    wrong = sum(1 for lab, doc in rows if doc.agency is not None and not agency_ok(doc.agency, lab))
    return (
        f"genre {genre / n:.1%}, year {year / max(len(dated), 1):.1%}, agency {agency / max(len(named), 1):.1%}, "
        f"wrong agency {wrong / n:.1%}"
    )


def folder_arguments(ap: argparse.ArgumentParser) -> None:
    """The arguments every script that reads a folder of labelled texts takes: the folder and the label files."""
    ap.add_argument("docs", type=Path, help="folder holding <id>.txt for each labelled document")
    ap.add_argument(
        "--labels",
        type=Path,
        nargs="+",
        default=sorted(LABELS.parent.glob("*.jsonl")),
        help="label files (default: every bench/realworld/*.jsonl; sets are told apart by their id's prefix)",
    )


def genre_arguments(ap: argparse.ArgumentParser) -> None:
    """The arguments of a script that reads the labelled texts of one genre in a folder (bench/labels.py,
    bench/packaged.py): the folder and label files, a frozen list of ids, the genre and the worker processes."""
    folder_arguments(ap)
    ap.add_argument("--only", type=Path, metavar="IDS", help="read only the ids listed in IDS (one a line)")
    ap.add_argument(
        "--genre", default="annual_report", help="read only documents labelled so (default annual_report; 'all')"
    )
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")


def genre_texts(args: argparse.Namespace) -> Optional[list[tuple[dict, Path]]]:
    """(label, path) of every text the arguments of ``genre_arguments`` select, or None after saying in one line
    why there is none to read (a label file or the --only list cannot be read, or no labelled text of the genre)."""
    if (found := texts_or_complain(args.docs, args.labels)) is None:
        return None
    texts = [(lab, path) for lab, path in found[1] if args.genre == "all" or lab.get("doc_type") == args.genre]
    if args.only:
        if (wanted := only_ids(args.only)) is None:
            return None
        texts = [(lab, path) for lab, path in texts if lab["id"] in wanted]
    if not texts:
        print(f"no labelled {args.genre} text in {args.docs}", file=sys.stderr)
        return None
    return texts


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    folder_arguments(ap)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument(
        "--missing",
        type=Path,
        metavar="FILE",
        help="write the labelled documents that have no text (id, url, title; tab-separated) to FILE, to collect again",
    )
    ap.add_argument("--only", type=Path, metavar="IDS", help="score only the ids listed in IDS (one a line)")
    ap.add_argument("--rows", type=Path, metavar="FILE", help="write what was read of each document (JSON lines)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args(argv)

    if (found := texts_or_complain(args.docs, args.labels)) is None:
        return 2
    labels, texts = found
    labelled = len(labels)
    if args.missing:
        have = {lab["id"] for lab, _ in texts}
        lacking = [lab for lab in labels if lab["id"] not in have]
        try:
            args.missing.write_text(
                "".join(f"{lab['id']}\t{lab.get('url') or ''}\t{lab.get('title') or ''}\n" for lab in lacking),
                encoding="utf-8",
            )
        except OSError as e:
            print(f"cannot write {args.missing}: {e.strerror or e}", file=sys.stderr)
            return 2
        print(f"{len(lacking)} labelled documents without text listed in {args.missing}")
    if args.only:
        if (wanted := only_ids(args.only)) is None:
            return 2
        texts = [(lab, path) for lab, path in texts if lab["id"] in wanted]
        labelled = len(wanted)
    rows = list(zip([lab for lab, _ in texts], read_all([path for _, path in texts], args.jobs)))
    if args.rows:
        try:
            args.rows.write_text(
                "".join(json.dumps(row_of(lab, doc), ensure_ascii=False) + "\n" for lab, doc in rows),
                encoding="utf-8",
            )
        except OSError as e:
            print(f"cannot write {args.rows}: {e.strerror or e}", file=sys.stderr)
            return 2
    if not rows:
        print(f"no labelled documents found in {args.docs}", file=sys.stderr)
        return 3
    if missing := labelled - len(rows):
        # texts live on one machine only: a new one holds what was collected again, and the figures are of those
        print(f"{missing} labelled documents have no text in {args.docs}: the figures are of the other {len(rows)}")

    n = len(rows)
    genre_ok = [r for r in rows if r[1].doc_type == r[0]["doc_type"]]
    dated = [r for r in rows if year_stated(r[0])]
    year_ok = [r for r in dated if r[1].report_year == r[0]["year"]]
    outside = [r for r in rows if r[0].get("year") is not None and not year_stated(r[0])]
    year_extra = [r for r in rows if r[0].get("year") is None and r[1].report_year is not None]
    named = [r for r in rows if r[0].get("agency")]
    agency_right = [r for r in named if agency_ok(r[1].agency, r[0])]
    wrong_agency = [r for r in rows if r[1].agency is not None and not agency_ok(r[1].agency, r[0])]
    unnamed_null = [r for r in rows if not r[0].get("agency") and r[1].agency is None]

    types = Counter(r[0]["doc_type"] for r in rows)
    print(f"documents: {n} ({', '.join(f'{k} {v}' for k, v in types.most_common())})")
    print(f"genre:   {len(genre_ok) / n:6.1%}  ({len(genre_ok)}/{n})")
    print(
        f"year:    {len(year_ok) / max(len(dated), 1):6.1%}  ({len(year_ok)}/{len(dated)} where stated; "
        f"{len(year_extra)} given a year where the label has none)"
    )
    if outside:
        every = [r for r in rows if r[0].get("year") is not None]
        print(
            f"         {len(outside)} labelled with a year the text never writes (only its address gives it): "
            f"{sum(1 for r in outside if r[1].report_year == r[0]['year'])} read it, "
            f"{sum(1 for r in outside if r[1].report_year is None)} left it null; over every labelled year "
            f"{sum(1 for r in every if r[1].report_year == r[0]['year']) / len(every):.1%}"
        )
    print(
        f"agency:  {len(agency_right) / max(len(named), 1):6.1%}  ({len(agency_right)}/{len(named)} where named; "
        f"{len(unnamed_null)}/{n - len(named)} unnamed left null)"
    )
    print(f"wrong agency: {len(wrong_agency) / n:6.1%}  ({len(wrong_agency)}/{n} non-null and not the document's)")
    for kind, subset in (
        ("annual reports", [r for r in rows if r[0]["doc_type"] == "annual_report"]),
        ("near misses", [r for r in rows if r[0]["doc_type"] != "annual_report"]),
    ):
        if subset:
            print(f"  {kind} ({len(subset)}): " + score_line(subset))
    sets = sorted({r[0]["id"].split("-")[0] for r in rows})
    if len(sets) > 1:  # each set as collected (A–I, J, K, M, N): the later ones were first scored blind
        for name in sets:
            subset = [r for r in rows if r[0]["id"].split("-")[0] == name]
            print(f"  set {name} ({len(subset)}): " + score_line(subset))
    if args.verbose:
        confusion = Counter((r[0]["doc_type"], r[1].doc_type) for r in rows if r not in genre_ok)
        for (want, got), k in confusion.most_common():
            print(f"  genre {want} -> {got}: {k}")
        for lab, doc in rows:
            misses = []
            if doc.doc_type != lab["doc_type"]:
                misses.append(f"genre {doc.doc_type} (want {lab['doc_type']})")
            if year_stated(lab) and doc.report_year != lab["year"]:
                misses.append(f"year {doc.report_year} (want {lab['year']})")
            if lab.get("year") is None and doc.report_year is not None:
                misses.append(f"year {doc.report_year} (want none)")
            if doc.agency is not None and not agency_ok(doc.agency, lab):
                misses.append(f"agency {doc.agency!r} (want {lab.get('agency')!r})")
            elif lab.get("agency") and doc.agency is None:
                misses.append(f"agency None (want {lab['agency']!r})")
            if misses:
                print(f"{lab['id']}: " + "; ".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
