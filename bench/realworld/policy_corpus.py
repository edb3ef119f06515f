"""Turn the State Council's policy documents kept in a public repository into a corpus for ``bench/corpus.py``.

``ZhouYNF/platform-1`` keeps 60 documents of gov.cn's policy library (notices, opinions, replies, decrees; near misses
every one) as one SQL dump, ``db/ge_policy_raw20190217.sql``, a row an insert: the page's content as HTML, its title,
its issuer (``release_office``) and its number (国办发〔2019〕5号). This reads the dump and writes one JSON object a
line: ``title``, ``content`` (the content's text as our HTML loader reads it), ``office`` (the first issuer of a joint
one), ``year`` (the number's; a decree's, whose number names none, the first its text gives). Like every corpus here, the output stays on this machine (COLLECTING.md).

    git --git-dir <snapshot> show HEAD:db/ge_policy_raw20190217.sql > policy.sql
    python bench/realworld/policy_corpus.py policy.sql /work/realworld/gwr/policy2019.jsonl
    python bench/corpus.py /work/realworld/gwr/policy2019.jsonl --genre other,implementation_plan --agency-field office
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from summarizer.api import prepare_source

_COLUMNS = (
    "id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, "
    "release_time, effect_time, content, image_url, status, html, remark"
).split(", ")
_BARE = re.compile(r"[^,)]*")


def rows(dump: str) -> list[dict[str, str]]:
    """Each insert's values by column: quoted strings ('' and backslash escapes) or bare words (null, numbers)."""
    out, i = [], 0
    while (j := dump.find(" values (", i)) >= 0:
        i, values = j + len(" values ("), []
        while True:
            while dump[i].isspace():
                i += 1
            if dump[i] == "'":
                i, chars = i + 1, []
                while dump[i] != "'" or dump[i + 1] == "'":
                    step = 2 if dump[i] in "\\'" else 1
                    chars.append(dump[i + 1] if step == 2 else dump[i])
                    i += step
                values.append("".join(chars))
                i += 1
            else:
                bare = _BARE.match(dump, i)
                assert bare is not None  # (it matches the empty string at worst)
                values.append(bare.group().strip())
                i = bare.end()
            while dump[i].isspace():
                i += 1
            i += 1
            if dump[i - 1] == ")":
                break
        out.append(dict(zip(_COLUMNS, values)))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: policy_corpus.py DUMP.sql OUT.jsonl", file=sys.stderr)
        return 2
    dump, target = Path(argv[0]), Path(argv[1])
    with target.open("w", encoding="utf-8") as out:
        for row in rows(dump.read_text(encoding="utf-8")):
            page = f"<html><body>{row['content']}</body></html>".encode()
            text = prepare_source(page).text
            # (a decree's number names no year: the year it is signed in, the first its text gives)
            number = re.search(r"〔(\d{4})〕", row["release_number"] or "") or re.search(r"((?:19|20)\d{2})年", text)
            out.write(
                json.dumps(
                    {
                        "title": row["title"],
                        "content": text,
                        "office": row["release_office"].split("、")[0],
                        "year": int(number.group(1)) if number else None,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
