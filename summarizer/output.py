"""Writing outputs without clobbering anything: the one place every output file is written.

``-o PATH`` used to be written to ``PATH.tmp`` and renamed over ``PATH``, which turned ``/dev/null`` into a regular
file, replaced FIFOs and symlinks, overwrote the report with its own summary and left ``.tmp`` files on a full
disk. Here:

- a regular file, or a path that does not exist yet, is replaced atomically (a temporary file in the same folder,
  fsync'ed, then ``os.replace``); a symlink is followed, so the file it points to is replaced and the link stays;
- a character device, FIFO or socket (``/dev/null``, ``/dev/stdout``, a pipe) is written in place, as a shell
  redirection would;
- ``-`` (or no path) is standard output;
- a directory, or the very file being read, is a usage error, raised by :func:`check_output` before any work;
- any failure (disk full, permission) removes the temporary file and raises :class:`OutputError` (exit 12), so the
  old file is untouched and no half-written file or ``.tmp`` remains.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Iterable, Optional, Union

from .errors import OutputError, UsageError

PathLike = Union[str, os.PathLike]

__all__ = ["check_output", "write_output"]


def _is_stdout(path: Optional[PathLike]) -> bool:
    return path is None or os.fspath(path) in ("", "-")


def check_output(path: Optional[PathLike], inputs: Iterable[PathLike] = (), option: str = "-o") -> None:
    """Refuse, before any work, an output that is a directory or one of the inputs."""
    if _is_stdout(path):
        return
    try:
        info = os.stat(path)  # type: ignore[arg-type]
    except OSError:
        return  # a new file: nothing to clobber
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{option} {path} is a directory: give a file name")
    if not stat.S_ISREG(info.st_mode):
        return  # a device or a pipe: written in place, never an input we read
    for item in inputs:
        if os.fspath(item) in ("", "-"):
            continue
        try:
            other = os.stat(item)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            raise UsageError(
                f"{option} {path} is the input {item}: writing it would destroy the report; choose another file"
            )


def write_output(
    path: Optional[PathLike], data: Union[str, bytes], *, inputs: Iterable[PathLike] = (), option: str = "-o"
) -> None:
    """Write ``data`` (text is UTF-8) to ``path`` as described in the module docstring."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if _is_stdout(path):
        stream = getattr(sys.stdout, "buffer", None)
        try:
            if stream is None:
                sys.stdout.write(payload.decode("utf-8"))
            else:
                stream.write(payload)
            sys.stdout.flush()
        except OSError as err:
            raise OutputError(f"cannot write to standard output: {err.strerror or err}") from None
        return
    assert path is not None  # None is standard output, written above
    check_output(path, inputs, option)
    target = Path(os.path.realpath(os.fspath(path)))
    try:
        info: Optional[os.stat_result] = os.stat(target)
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(target, payload, path)
    else:
        _replace(target, payload, info, path)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_in_place(target: Path, payload: bytes, shown: PathLike) -> None:
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise OutputError(f"cannot write {shown}: {err.strerror or err}") from None
    try:
        _write_all(fd, payload)
    except OSError as err:
        raise OutputError(f"cannot write {shown}: {err.strerror or err}") from None
    finally:
        os.close(fd)


def _replace(target: Path, payload: bytes, info: Optional[os.stat_result], shown: PathLike) -> None:
    tmp: Optional[Path] = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666  # umask applies to a new file
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
        try:
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
    except OSError as err:
        raise OutputError(f"cannot write {shown}: {err.strerror or err}; nothing was written") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
