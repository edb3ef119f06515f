"""The public data types: a number as written (``NumberMention``) and a verdict on one (``NumberCheck``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class NumberMention:
    """One number as written in a text; ``text == searched_text[start:end]`` always holds."""

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    raw_value: Decimal
    raw_unit: str
    qualifier: str | None
    kind: str  # "number" | "percent" | "date" | "range" | "year"
    high: Decimal | None = None


@dataclass(frozen=True)
class NumberCheck:
    """The verdict on one claimed number: ``exact`` | ``equivalent`` | ``unsupported``."""

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    status: str
    source_spans: list[tuple[int, int]] = field(default_factory=list)  # the first MAX_SPANS places, in text order
    source_count: int = 0  # how many places of the source support the claim


#: places of the source a number check lists (the count says how many there are). Listing all of them made
#: verification superlinear and a 1M-character source's summary 26× its size: 「1」 stands in thousands of places.
MAX_SPANS = 3
