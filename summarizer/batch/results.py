"""results.jsonl: one record per report (done or failed), appended whole and fsync'ed, read back line by line."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from ..errors import ConfigError, OutputError
from ..models import Provenance, Summary
from .inputs import PathLike

_SHA256 = re.compile(r"[0-9a-f]{64}")


def record_problem(rec: Any) -> Optional[str]:
    """Why a parsed line is not a usable batch record, or ``None``: the shape every reader relies on.

    A ``done`` record needs a file, the input's SHA-256 and a summary that validates (else the report would count
    as done forever without one); a ``failed`` record needs a file and its error. Anything else is ignored, so
    that report is simply done again."""
    if not isinstance(rec, dict):
        return "not a JSON object"
    status = rec.get("status")
    if status not in ("done", "failed"):
        return f'status {json.dumps(status)[:40]} is neither "done" nor "failed"'
    if not isinstance(rec.get("file"), str):
        return "file is not a string"
    sha = rec.get("sha256")
    if status == "done" or sha is not None:
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            return "sha256 is not a SHA-256 hex digest"
    if status == "failed":
        if not isinstance(rec.get("error"), str):
            return "error is not a string"
        if rec.get("exit_code") is not None and not (
            isinstance(rec["exit_code"], int) and not isinstance(rec["exit_code"], bool)
        ):
            return "exit_code is not an integer"
        return None
    summary = rec.get("summary")
    if not isinstance(summary, dict):
        return "a done record without a summary object"
    try:
        Summary.model_validate(summary)
    except ValueError as err:
        first = err.errors()[0] if hasattr(err, "errors") else {}  # type: ignore[attr-defined]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return f"summary.{where}: {first.get('msg', 'invalid')}" if where else "the summary does not validate"
    return None


def iter_results(path: PathLike, *, errors: Optional[list[str]] = None, offsets: bool = False) -> Iterator[Any]:
    """The records of a results file, in order, read line by line (a missing file has none).

    A truncated last line (a write cut short by a crash) is ignored; any other line that is not JSON, or is JSON
    of the wrong shape (:func:`record_problem`), is skipped and described with its line number in ``errors`` when
    a list is given; its report is then redone. With ``offsets=True`` yields ``(record, offset, length)`` so a
    caller can keep an index instead of the records.
    """
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return
    with f:
        pos = 0
        for i, line in enumerate(f, 1):
            start, pos = pos, pos + len(line)
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                if line.endswith(b"\n") and errors is not None:  # without "\n": an unfinished last line
                    errors.append(f"{path}:{i}: not JSON, skipped")
                continue
            problem = record_problem(rec)
            if problem is not None:
                if errors is not None:
                    errors.append(f"{path}:{i}: not a batch record ({problem}), skipped: that report is redone")
                continue
            yield (rec, start, len(line)) if offsets else rec


def read_results(path: PathLike, *, errors: Optional[list[str]] = None) -> list[dict]:
    """All records of a results file (see :func:`iter_results`, which streams them)."""
    return list(iter_results(path, errors=errors))


def _done_index(path: PathLike, errors: Optional[list[str]] = None) -> dict[str, tuple[int, int]]:
    """SHA-256 of every report with a ``done`` line -> where that line is (the summaries stay on disk)."""
    index = {}
    for rec, start, length in iter_results(path, errors=errors, offsets=True):
        if rec.get("status") == "done" and rec.get("sha256"):
            index[rec["sha256"]] = (start, length)
    return index


def read_record(path: PathLike, where: tuple[int, int]) -> dict:
    with open(path, "rb") as f:
        f.seek(where[0])
        return json.loads(f.read(where[1]))


class ResultsWriter:
    """Appends one record per call: a single ``os.write`` of a whole line on an O_APPEND fd, then ``fsync``.

    Opening takes an exclusive ``flock`` (one batch per results file) and cuts off a partial last line left
    by a killed writer, so the next line starts on a line of its own.
    """

    def __init__(self, path: PathLike, *, fsync: bool = True):
        self.path = Path(path)
        self.fsync = fsync
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as err:  # (a parent that is a file, no permission, a read-only disk: before any report is run)
            raise OutputError(f"cannot write results to {self.path}: {err.strerror or err}: use another -o") from None
        try:
            self._lock()
            self.repaired = self._repair_tail()
        except BaseException:
            os.close(self.fd)
            raise

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(f"{self.path} is being written by another batch: wait for it or use another -o") from None

    def _repair_tail(self) -> int:
        """Truncate an unfinished last line; returns how many bytes were cut."""
        size = os.fstat(self.fd).st_size
        if size == 0 or os.pread(self.fd, 1, size - 1) == b"\n":
            return 0
        pos, chunk = size, 65536
        while pos > 0:
            start = max(0, pos - chunk)
            buf = os.pread(self.fd, pos - start, start)
            nl = buf.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        else:
            keep = 0
        os.ftruncate(self.fd, keep)
        if self.fsync:
            os.fsync(self.fd)
        return size - keep

    @staticmethod
    def encode(record: dict) -> bytes:
        """One line; :class:`Summary` values are serialised by pydantic (fast) and appended as the last keys."""
        models = (Summary, EncodedSummary)
        plain = {k: v for k, v in record.items() if not isinstance(v, models)}
        text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
        extra = "".join(
            f",{json.dumps(k)}:{v.json if isinstance(v, EncodedSummary) else v.model_dump_json()}"
            for k, v in record.items()
            if isinstance(v, models)
        )
        if extra:
            text = (text[:-1] + extra + "}") if plain else "{" + extra[1:] + "}"
        if "\n" in text:  # cannot happen with json.dumps / model_dump_json; a line must stay one line
            raise ValueError("a results record would span lines")
        return (text + "\n").encode("utf-8")

    def append(self, record: dict) -> None:
        """Write ``record`` as one whole line, or raise :class:`OutputError` with the file left as whole lines: the
        reports recorded before stay done, and a run after the disk is freed goes on from them."""
        line = self.encode(record)
        before = os.fstat(self.fd).st_size
        try:
            written = os.write(self.fd, line)
            if written != len(line):  # a short write (disk full): take it back so the file stays whole lines
                os.ftruncate(self.fd, before)
                raise OSError(f"short write ({written} of {len(line)} bytes)")
            if self.fsync:
                os.fsync(self.fd)
        except OSError as err:
            raise OutputError(
                f"cannot write results to {self.path}: {err.strerror or err}: the reports recorded before are kept; "
                "free space and run the same command again to go on"
            ) from None

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # releases the flock
            self.fd = -1

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class EncodedSummary:
    """A summary a worker process has already serialised: the parent writes the JSON out as it is and reads
    only the provenance (requests, tokens), instead of rebuilding and re-serialising the whole model."""

    json: str
    provenance: Provenance
