"""The agency fallback's standalone precision: run it on every labelled document as if no finder had fired.

``find_agency`` asks its fallback (summarizer/facts/fallback.py) only when every finder named no one, and on the
development sets those are the hardest documents left, so its effect there flatters nothing and says little of
its precision. Here it answers on every labelled document, through the guards every finder passes, and is scored
against the label. Prints:

- answers: how often it names a body at all;
- right: how often that body is the label's agency (the same test as ``bench/realworld.py``);
- wrong: answers on documents whose label has an agency, naming another body;
- wrong (label null): answers on documents whose label names no agency (a body where there is none);
- precision: right / answers (a label-null answer counts as wrong), and the same per kind of evidence (the role
  of the name returned; ``reworded`` when the guards every finder passes returned another form of it, such as a
  heard report's body or a name with a page word cut off its front).

With ``-v``, every wrong answer with the document's id.

    python bench/fallback.py DOCS_DIR [--labels bench/realworld/*.jsonl ...] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Optional

from bench.realworld import agency_ok, folder_arguments, texts_or_complain
from summarizer.facts.agency import _own_levels, fallback_agency
from summarizer.facts.fallback import self_references
from summarizer.pipeline import prepare_source


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    folder_arguments(ap)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong answer")
    args = ap.parse_args(argv)
    if (found := texts_or_complain(args.docs, args.labels)) is None:
        return 2
    texts = found[1]

    n = len(texts)
    if not n:
        print(f"no labelled documents found in {args.docs}", file=sys.stderr)
        return 3
    answers: list[tuple[dict, str, str]] = []  # (label, name, kind)
    for lab, path in texts:
        prepared = prepare_source(str(path))
        text, title_span = prepared.cleaned.analysis_text, prepared.facts.title_span
        name, span, _ = fallback_agency(text, title_span)
        if name is not None and span is not None:
            cues = self_references(text, title_span[1] if title_span else 0, _own_levels(text))
            answers.append((lab, name, next((c.kind for c in cues if c.span == span), "reworded")))

    right = [a for a in answers if a[0].get("agency") and agency_ok(a[1], a[0])]
    wrong = [a for a in answers if a[0].get("agency") and not agency_ok(a[1], a[0])]
    unnamed = [a for a in answers if not a[0].get("agency")]
    k = max(len(answers), 1)
    print(f"documents: {n}")
    print(f"answers:   {len(answers)} ({len(answers) / n:.1%} of documents)")
    print(f"right:     {len(right)} ({len(right) / k:.1%} of answers)")
    print(f"wrong:     {len(wrong)} ({len(wrong) / k:.1%} of answers; label names another body)")
    print(f"wrong (label null): {len(unnamed)} ({len(unnamed) / k:.1%} of answers; label names no body)")
    print(f"precision: {len(right) / k:.1%}")
    kinds = Counter(a[2] for a in answers)
    for kind, count in kinds.most_common():
        ok = sum(1 for a in right if a[2] == kind)
        print(f"  {kind}: {count} answers, {ok} right ({ok / count:.1%})")
    if args.verbose:
        for lab, name, kind in wrong + unnamed:
            print(f"{lab['id']}: {name!r} by {kind} (want {lab.get('agency')!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
