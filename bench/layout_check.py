"""Snapshot every fixture's outputs, to prove a refactoring changed no behaviour.

    python -m bench.layout_check /tmp/before   # before the change
    python -m bench.layout_check /tmp/after    # after it
    diff -r /tmp/before /tmp/after                             # empty: the same outputs byte for byte

For every ``tests/fixtures/*.txt``, ``examples/*.txt`` and every variant report written in
``tests/test_variants.py`` and ``tests/test_real_shapes.py`` it writes the JSON summary (without the timings,
which differ run to run), the Markdown and the review page (with a fixed nonce) under the folder given.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from summarizer import summarize
from summarizer.pipeline import prepare_source
from summarizer.render.markdown import to_markdown
from summarizer.render.review import to_html
from tests import test_real_shapes, test_variants

ROOT = Path(__file__).resolve().parent.parent

NONCE = "layout-check"


def inputs() -> list[tuple[str, str]]:
    """(name, report text) of every input snapshotted, in a stable order."""
    out = []
    for path in sorted([*ROOT.glob("tests/fixtures/*.txt"), *ROOT.glob("examples/*.txt")]):
        out.append((f"{path.parent.name}-{path.stem}", path.read_text(encoding="utf-8")))
    for name in sorted(n for n in vars(test_variants) if re.fullmatch(r"R\d+", n)):
        out.append((f"variant-{name}", getattr(test_variants, name)))
    for i, shape in enumerate(test_real_shapes.SHAPES):
        out.append((f"shape-{i:02d}", shape[1]))
    return out


def snapshot(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    items = inputs()
    for name, text in items:
        summary = summarize(text=text, engine="rules")
        data = json.loads(summary.model_dump_json())
        data["provenance"].pop("timings_ms", None)
        data["provenance"].pop("seconds", None)
        (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (folder / f"{name}.md").write_text(to_markdown(summary), encoding="utf-8")
        cleaned = prepare_source(text=text).text
        (folder / f"{name}.html").write_text(to_html(summary, cleaned, nonce=NONCE), encoding="utf-8")
    return len(items)


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):
        sys.exit("usage: python -m bench.layout_check FOLDER")
    count = snapshot(Path(sys.argv[1]))
    print(f"layout_check: {count} inputs × (json, md, html) written to {sys.argv[1]}")
