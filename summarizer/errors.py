"""Errors a user can act on.

Every error the CLI may meet carries its own exit code and a one-line message that says what to do,
so a batch can record it and a shell script can branch on it without parsing text.
"""

from __future__ import annotations

import sys


class SummarizerError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user.

    Exit codes: 1 verification failed, 2 usage (click), 3 unreadable path, 4 empty, 5 binary,
    6 too large, 7 undecodable, 8 no text layer, 9 configuration, 10 model service or timeout, 11 other,
    12 output not written.
    """

    exit_code: int = 11


class UsageError(SummarizerError):
    """The command line asks for something that cannot be right (``-o`` a directory, or the input itself)."""

    exit_code = 2


class OutputError(SummarizerError):
    """An output could not be written (disk full, no permission); nothing half-written is left behind."""

    exit_code = 12


class InputError(SummarizerError):
    """The input cannot be read as a report (missing, empty, binary, too large, undecodable)."""

    exit_code = 3


class EmptyInputError(InputError):
    exit_code = 4


class BinaryInputError(InputError):
    exit_code = 5


class InputTooLargeError(InputError):
    exit_code = 6


class DecodeError(InputError):
    exit_code = 7


class NoTextLayerError(InputError):
    """A scanned PDF: there is no text to summarise without OCR."""

    exit_code = 8


class ReportElsewhereError(InputError):
    """A web page that holds no report text, only a link to the report's file or pictures of its pages: a summary of
    the page would say the report lacks every part (exit 8, as a PDF without text: the text is not in this input)."""

    exit_code = 8


class ConfigError(SummarizerError):
    """The engine or model configuration is incomplete or contradictory."""

    exit_code = 9


class ModelError(SummarizerError):
    """The model service failed in a way retries could not fix (auth, bad request, truncation)."""

    exit_code = 10


class ReportTimeout(SummarizerError):
    """``--timeout``: one report took longer than allowed (the batch records the same exit code)."""

    exit_code = 10


class VerificationFailed(SummarizerError):
    """``--strict``: the summary contains a number or quote the source does not support."""

    exit_code = 1


def _timeouts() -> tuple[type[BaseException], ...]:
    """TimeoutError, and asyncio's (a distinct class before Python 3.11) when asyncio is in use at all: checked
    through ``sys.modules`` so that the CLI does not import asyncio for its error messages."""
    aio = sys.modules.get("asyncio")
    return (TimeoutError, aio.TimeoutError) if aio is not None else (TimeoutError,)


def one_line(err: BaseException) -> tuple[str, int]:
    """Any failure as (one line of at most 500 characters, exit code): what a batch record keeps of it."""
    if isinstance(err, SummarizerError):
        text, code = str(err), err.exit_code
    elif isinstance(err, _timeouts()):
        text, code = "timed out", 10
    else:
        msg = str(err).strip()
        text, code = f"internal error: {type(err).__name__}" + (f": {msg}" if msg else ""), 11
    text = " ".join(text.split()) or type(err).__name__
    return text[:500], code
