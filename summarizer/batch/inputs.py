"""The batch's inputs: files, folders and glob patterns expanded into report files, in order, once."""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable, Union

from ..ingest import read_file
from ..render.review import GENERATOR

EXTENSIONS = (".txt", ".htm", ".html", ".pdf", ".docx")
PathLike = Union[str, os.PathLike]


def _walk(folder: Path) -> list[Path]:
    """Report files under ``folder``, hidden files and folders excluded, sorted by path."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / n for n in files if not n.startswith(".") and Path(n).suffix.lower() in EXTENSIONS]
    return sorted(p for p in found if not _review_page(p))


def _review_page(path: Path) -> bool:
    """A review page an earlier batch wrote (``--html-dir`` inside the input folder): not a report. Pages are
    only skipped when found in a folder or by a pattern; a page named on the command line is read."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with open(path, "rb") as f:
            return GENERATOR.encode() in f.read(2048)
    except OSError:
        return False


def expand_inputs(inputs: Iterable[PathLike], *, exclude: Iterable[PathLike] = ()) -> list[Path]:
    """Files as given, folders recursively (report extensions only), glob patterns expanded; in order, once.

    A path that does not exist and is not a pattern is kept, so that the batch records it as failed.
    ``exclude`` removes files and everything under folders (the batch's own outputs).
    """
    excluded = [Path(p).resolve() for p in exclude]

    def skip(p: Path) -> bool:
        r = p.resolve()
        return any(r == e or e in r.parents for e in excluded)

    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen and not skip(p):
            seen.add(key)
            out.append(p)

    for item in inputs:
        raw = os.fspath(item)
        p = Path(raw).expanduser()
        if p.is_dir():
            for f in _walk(p):
                add(f)
        elif p.exists() or not glob.has_magic(raw):
            add(p)
        else:
            for match in sorted(glob.glob(os.path.expanduser(raw), recursive=True)):
                m = Path(match)
                if m.is_dir():
                    for f in _walk(m):
                        add(f)
                elif m.suffix.lower() in EXTENSIONS and not _review_page(m):
                    add(m)
    return out


def _read(path: Path, max_bytes: int) -> bytes:
    """The input's bytes, read as ``summarize`` reads them (a FIFO or device is refused, never waited on)."""
    return read_file(path, max_bytes, str(path))
