"""Put a collected text where ``bench/realworld.py`` reads it: ``DOCS/<id>.txt`` for the label whose URL it came from.

The texts live on one machine only (their wording is not ours), so a new machine collects them again, usually by
searching a store of published pages by the labels' titles and copying each opening whose address a label holds.
This script is the one place that decides which label a page belongs to, so that every collector files texts the
same way and never overwrites one already kept:

    python bench/realworld_save.py DOCS URL < page.txt        # prints SAVE <id>, HAVE <id> or NOT LABELLED
    python bench/realworld_save.py DOCS --todo todo.tsv       # how many of a --missing list are still lacking

A URL matches a label's when they are equal after dropping the scheme, a leading ``www.`` and a trailing slash
(mirrors and stores write them either way). Exit 0 when saved or already kept, 1 when no label has the URL or the
text is empty, 2 on bad arguments, unreadable labels or a folder that cannot be written (a text is written whole or not
at all).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Optional

LABELS = Path(__file__).resolve().parent / "realworld"


def url_key(url: str) -> str:
    """One spelling of a page's address: http/https, www. and a trailing slash do not make another page."""
    url = re.sub(r"^[a-z]+://", "", url.strip().lower())
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


def labels_by_url(folder: Path = LABELS) -> dict[str, list[str]]:
    """Every labelled URL with the ids that carry it (a page labelled in two sets is kept under both ids)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                if label.get("url"):
                    found.setdefault(url_key(label["url"]), []).append(label["id"])
    return found


def save(docs: Path, url: str, text: str, known: Optional[dict[str, list[str]]] = None) -> list[str]:
    """Write ``text`` under every id labelled with ``url`` that has no text yet; one line per id saying what
    happened."""
    ids = (known if known is not None else labels_by_url()).get(url_key(url))
    if not ids:
        return ["NOT LABELLED"]
    said = []
    docs.mkdir(parents=True, exist_ok=True)
    for id_ in ids:
        path = docs / f"{id_}.txt"
        if path.exists():
            said.append(f"HAVE {id_}")
        else:
            # written whole or not at all: a text cut short by a full disk would be kept (HAVE) ever after
            part = path.with_name(path.name + ".part")
            try:
                part.write_text(text, encoding="utf-8")
                part.replace(path)
            finally:
                part.unlink(missing_ok=True)
            said.append(f"SAVE {id_}")
    return said


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", type=Path, help="folder of <id>.txt texts")
    ap.add_argument("url", nargs="?", help="the page's address; its text is read from standard input")
    ap.add_argument("--todo", type=Path, help="a list written by realworld.py --missing: say how many still lack text")
    args = ap.parse_args(argv)
    try:
        known = labels_by_url()
    except (OSError, ValueError) as e:
        print(f"cannot read labels: {e}", file=sys.stderr)
        return 2
    if args.todo:
        try:
            rows = [line.split("\t") for line in args.todo.read_text(encoding="utf-8").splitlines() if line]
        except OSError as e:
            print(f"cannot read {args.todo}: {e.strerror or e}", file=sys.stderr)
            return 2
        lacking = [r for r in rows if not (args.docs / f"{r[0]}.txt").exists()]
        print(f"{len(rows) - len(lacking)} of {len(rows)} collected, {len(lacking)} still lacking")
        return 0
    if not args.url:
        print("give a URL (with the page's text on standard input) or --todo FILE", file=sys.stderr)
        return 2
    text = sys.stdin.read()
    if not text.strip():
        print("EMPTY: no text on standard input, nothing saved", file=sys.stderr)
        return 1
    try:
        said = save(args.docs, args.url, text, known)
    except OSError as e:
        print(f"cannot write to {args.docs}: {e.strerror or e}; nothing was saved for this page", file=sys.stderr)
        return 2
    print("\n".join(said))
    return 1 if said == ["NOT LABELLED"] else 0


if __name__ == "__main__":
    sys.exit(main())
