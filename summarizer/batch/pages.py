"""The one place a batch writes review pages: a report's page from its summary (in whichever process summarised
it), or, for a report an earlier run did, from its saved record and its re-cleaned text."""

from __future__ import annotations

from pathlib import Path

from ..claims import source_text
from ..ingest import load
from ..models import Summary
from ..output import write_output
from ..render.review import html_name, to_html
from .results import read_record


def write_page(html_dir: Path, file: str, sha256: str, summary: Summary, text: str) -> str:
    """Write a review page (atomically; a full disk raises OutputError and leaves no temporary file)."""
    path = html_dir / html_name(file, sha256)
    write_output(path, to_html(summary, text), option="--html-dir")
    return str(path)


def page_from_record(
    html_dir: Path, file: str, sha256: str, data: bytes, where: tuple[int, int], results: Path, max_bytes: int
) -> str:
    """A review page for a report done by an earlier run: its saved summary and its re-cleaned text."""
    summary = Summary.model_validate(read_record(results, where)["summary"])
    text = source_text(summary, load(data, max_bytes=max_bytes, name=Path(file).name).text)
    return write_page(html_dir, file, sha256, summary, text)
