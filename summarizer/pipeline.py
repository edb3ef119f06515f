"""What every engine starts from: the cleaned text, its outline, its parts, its facts and its numbers.

Data flows one way (load → clean → outline → extract → verify → render). This module is the only place that
sequence is assembled: :func:`prepare_source` is the front half every engine starts from (so both engines and the
verifier see the same text and the same offsets), :func:`finish` the back half every summary leaves an engine
through, and :func:`summarize_source` the two around one engine run. The API, the CLI and the batch call these.
"""

from __future__ import annotations

import bisect
import os
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Optional, Union

from .claims import check_claims
from .clean import CleanedText, clean
from .facts import Facts, document_facts
from .facts.names import level_only
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, LoadedDocument, load, load_text
from .ingest.common import text_report_elsewhere
from .models import DocType, Document, FactEvidence, Quote, Section, Summary
from .numbers import NumberMention, SourceIndex, find_numbers
from .outline import Outline, parse
from .quality import assess
from .sections import OTHER, PartMap, classify, heading_parts, is_part_heading


@dataclass
class Prepared:
    loaded: LoadedDocument
    cleaned: CleanedText
    outline: Outline
    parts: PartMap
    facts: Facts
    numbers: list[NumberMention]
    timings_ms: dict[str, float] = field(default_factory=dict)
    started: float = 0.0  # perf_counter() when loading began, for provenance timings
    _starts: list[int] = field(default_factory=list, repr=False)
    _index: Optional[SourceIndex] = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.cleaned.text

    @property
    def index(self) -> SourceIndex:
        """The source's numbers indexed once, from the mentions already found (grounding and verify share it)."""
        if self._index is None:
            self._index = SourceIndex(self.cleaned.analysis_text, self.numbers)
        return self._index

    def numbers_in(self, start: int, end: int) -> list[NumberMention]:
        """Mentions wholly inside ``[start, end)``, found once for the whole text."""
        if not self._starts:
            self._starts = [m.start for m in self.numbers]
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.numbers) and self.numbers[i].start < end:
            if self.numbers[i].end <= end:
                out.append(self.numbers[i])
            i += 1
        return out

    def quote(self, span: Optional[tuple[int, int]]) -> Optional[Quote]:
        return Quote(text=self.text[span[0] : span[1]], start=span[0], end=span[1]) if span else None

    def document(self) -> Document:
        f = self.facts
        evidence = FactEvidence(
            title=self.quote(f.title_span),
            agency=self.quote(f.agency_span),
            agency_source=f.agency_source,
            report_year=self.quote(f.year_span),
            report_year_source=f.year_source,
            genre=[q for span in f.genre_evidence if (q := self.quote(span))],
        )
        return Document(
            title=self.facts.title,
            agency=self.facts.agency,
            report_year=self.facts.report_year,
            doc_type=self.facts.doc_type,
            script=self.cleaned.script,
            text_script=self.cleaned.text_script,
            char_count=len(self.text),
            sha256=self.cleaned.sha256,
            source=self.loaded.source,
            source_format=self.loaded.format,
            encoding=self.loaded.encoding,
            evidence=evidence,
        )

    def fact_warnings(self) -> list[str]:
        """An annual report whose agency or year could not be read says so: null is honest, a guess is not."""
        if self.facts.doc_type is not DocType.annual_report:
            return []
        out = []
        if self.facts.agency is None:
            out.append(
                "agency not found: the report names no organisation in its title, metadata, opening or "
                "signature (only 我局/我委-style self-references, or none)"
            )
        elif level_only(self.facts.agency):
            out.append(
                f"agency named by its level alone ({self.facts.agency}): which place's it is was not found in the "
                "text; check the page or file it came from before comparing agencies"
            )
        if self.facts.report_year is None:
            out.append("report year not found: no single year is stated in the title, the preamble or the opening")
        return out

    def sections(self) -> list[Section]:
        out = []
        for node in self.outline.nodes():
            out.append(
                Section(
                    id=node.id,
                    heading=self.outline.title(node),
                    level=node.level,
                    part=self.parts.part_of(node),
                    start=node.start,
                    end=node.end,
                )
            )
        return out


# what a heading is not, when a copy that lost its line breaks runs a heading into its body: a document it cites
# (主要内容《重点工作安排》共…), a sentence that leads into a list (基本原则党政主要负责人履行…职责,必须遵循以下原则:)
_CITED_IN_HEADING = re.compile(r"《[^《》]*》")
_LEAD_IN = re.compile(r"[，,][^，,]*[:：]$")


def part_headings(outline: Outline) -> list[tuple[int, int]]:
    """Headings (down to （一）) whose own words name a mandated part: evidence that the document is a report.
    Only the heading's own words vote: never a cited document's title or a sentence run on after it."""
    out = []
    for node in outline.nodes():
        if node.level > 2:
            continue
        words = _CITED_IN_HEADING.sub("", outline.title(node))
        if not _LEAD_IN.search(words) and any(p != OTHER for p in heading_parts(words)):
            out.append((node.title_start, node.title_end))
    return out


def _in_output_script(facts: Facts, analysis: str, text: str) -> Facts:
    """Facts were read from the simplified text; give them in the script the summary keeps."""
    if facts.title_span:
        facts.title = text[facts.title_span[0] : facts.title_span[1]].replace("\n", "")
    if facts.agency and (pos := analysis.find(facts.agency)) >= 0:
        facts.agency = text[pos : pos + len(facts.agency)]
    return facts


def prepare(loaded: LoadedDocument, *, keep_script: bool = False) -> Prepared:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    cleaned = clean(loaded.text, keep_script=keep_script)
    if loaded.format == "text":
        text_report_elsewhere(
            loaded.text, cleaned.text, loaded.source
        )  # (an HTML page's loader asks this of the page itself)
    t1 = time.perf_counter()
    analysis = cleaned.analysis_text  # simplified; offsets equal to cleaned.text
    outline = parse(analysis, unnumbered=is_part_heading)
    parts = classify(outline)
    t2 = time.perf_counter()
    facts = document_facts(analysis, part_headings(outline))
    if analysis is not cleaned.text:
        facts = _in_output_script(facts, analysis, cleaned.text)
    numbers = find_numbers(analysis)
    t3 = time.perf_counter()
    timings.update(clean=(t1 - t0) * 1000, outline=(t2 - t1) * 1000, facts_numbers=(t3 - t2) * 1000)
    return Prepared(loaded, cleaned, outline, parts, facts, numbers, timings)


def _load(
    source: Union[str, os.PathLike[str], bytes, None],
    max_bytes: int,
    *,
    text: Optional[str] = None,
    name: Optional[str] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> LoadedDocument:
    """A path (``str`` or ``Path``), ``-`` for stdin, raw bytes, or ``text=`` the report's text itself.

    A ``str`` holding a line break is taken as report text too (what the API always accepted: no file name has
    one in practice); any other ``str`` is a path, so a mistyped file name is "file not found", never summarised
    as if it were the report. The command line only ever passes paths (``Path``) and ``-``."""
    if text is not None:
        return load_text(text, name or "<text>", max_chars=max_chars)
    if source is None:
        raise TypeError("pass a path, '-', bytes, or text=")
    if isinstance(source, str) and "\n" in source:
        return load_text(source, name or "<text>", max_chars=max_chars)
    return load(source, max_bytes=max_bytes, name=name, max_chars=max_chars)


def prepare_source(
    source: Union[str, os.PathLike[str], bytes, None] = None,
    *,
    text: Optional[str] = None,
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    name: Optional[str] = None,
) -> Prepared:
    """Load and prepare one input: the front half every engine starts from (the batch calls it too)."""
    t0 = time.perf_counter()
    loaded = _load(source, max_bytes, text=text, name=name, max_chars=max_chars)
    t1 = time.perf_counter()
    doc = prepare(loaded, keep_script=keep_script)
    doc.started = t0
    doc.timings_ms["load"] = (t1 - t0) * 1000
    return doc


# A text that stops in the middle of a sentence (…二是专, …，) or right after a numbered heading ((三)积极营造法): a
# copy cut short, whose last item may be incomplete. A report ends on a full stop, a signature, a date or 特此报告;
# a page's last line may be a box of links (相关报道：), which is no cut.
_CLOSED_END = re.compile(r"[。！？!?；;…”’」』）)》】\]]$")
_NUMBERED_HEAD = re.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]+是)"
)


def _cut_off_warnings(text: str) -> list[str]:
    """Whether the text seems cut short (its last line a sentence left open or a heading with nothing under it)."""
    *before, last = [line.strip() for line in text.rstrip().rsplit("\n", 2)]
    if not last or "\t" in last or _CLOSED_END.search(last):
        return []
    open_sentence = (
        last[-1] in "，,、"
        or (len(last) >= 40 and re.search(r"[\u4e00-\u9fff]$", last) is not None)
        # (…or a point opened and left at once: …全年学法9次。二是专)
        or re.search(r"(?:^|[。；;])[一二三四五六七八九十]是[\u4e00-\u9fff]{0,3}$", last) is not None
    )
    # (…but the last of a list of short numbered lines, 一、持续深化…示范创建 / 二、加强…, is an item, not a cut)
    bare_heading = _heading_only(last) and not (before and _heading_only(before[-1]))
    if not (open_sentence or bare_heading):
        return []
    return [
        f"the text may be cut off: it ends before its last sentence does (…{last[-12:]}), so its last item may be "
        "incomplete"
    ]


def _heading_only(line: str) -> bool:
    return _NUMBERED_HEAD.match(line) is not None and len(line) <= 40 and not _CLOSED_END.search(line)


def _plan_year_warnings(summary: Summary) -> list[str]:
    """Plans dated no later than the year reported on are said, whichever engine read them: next year's plans of a
    2023 report are 2024's, and a part dated 2023 is more likely the year's own work read as plans (or a report
    that mislabels its year) than a plan the analyst should count."""
    if summary.document.doc_type != DocType.annual_report:
        return []  # (a half-year summary's 下半年 plans are its own year's, as they should be)
    reported = summary.document.report_year
    early = sorted({p.target_year for p in summary.plans if p.target_year and reported and p.target_year <= reported})
    if not early:
        return []
    dated = "、".join(str(y) for y in early)
    return [
        f"plans dated {dated}, not after the report year {reported}: check that this part is next year's plans "
        "and not the year's own work"
    ]


def finish(summary: Summary, doc: Prepared) -> Summary:
    """Verify a summary against its document and record the timings: how every summary leaves an engine."""
    t2 = time.perf_counter()
    for warning in [*doc.fact_warnings(), *_plan_year_warnings(summary), *_cut_off_warnings(doc.text)]:
        if warning not in summary.warnings:
            summary.warnings.append(warning)
    summary.quality = assess(summary, doc.text, doc.loaded.text)  # before verify: its quotes are checked too
    check_claims(summary, doc.index, text=doc.text)
    t3 = time.perf_counter()
    for warning in doc.loaded.warnings:  # what loading repaired (stray bytes) is said where the summary is read
        if warning not in summary.warnings:
            summary.warnings.append(warning)
    summary.provenance.timings_ms["verify"] = (t3 - t2) * 1000
    summary.provenance.timings_ms["total"] = (t3 - doc.started) * 1000
    if not summary.provenance.seconds:
        summary.provenance.seconds = round(t3 - doc.started, 4)
    return summary


def summarize_source(
    source: Union[str, os.PathLike[str], bytes, None],
    run: Callable[[Prepared], Summary],
    *,
    text: Optional[str] = None,
    keep_script: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    name: Optional[str] = None,
) -> tuple[Summary, Prepared]:
    """Load, prepare, run one engine and finish: the summary and the prepared source its offsets index."""
    doc = prepare_source(
        source, text=text, keep_script=keep_script, max_bytes=max_bytes, max_chars=max_chars, name=name
    )
    return finish(run(doc), doc), doc
