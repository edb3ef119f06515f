"""What a batch reports: one result per input, the run's totals and its one-line summary, and the progress bar."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..engines.llm.config import cost_text


@dataclass
class ItemResult:
    file: str
    status: str  # done | failed | skipped (already done) | duplicate (same bytes as another input)
    sha256: Optional[str] = None
    error: Optional[str] = None
    exit_code: Optional[int] = None
    cached: bool = False
    seconds: float = 0.0
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    html: Optional[str] = None


@dataclass
class BatchReport:
    output: Path
    engine: str = ""
    items: list[ItemResult] = field(default_factory=list)
    seconds: float = 0.0
    table: Optional[Path] = None
    html_dir: Optional[Path] = None
    dashboard: Optional[Path] = None
    interrupted: bool = False
    warnings: list[str] = field(default_factory=list)  # bad lines of the results file (skipped, their reports redone)
    # the user's prices per million tokens (LLM config price_in/price_out): the line then states the run's cost
    price_in: Optional[float] = None
    price_out: Optional[float] = None
    # a provider batch job submitted or still running (``--provider-batch``): what to tell the user, exit 75
    pending: Optional[str] = None

    def _count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        """Reports summarised by this run."""
        return self._count("done")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def skipped(self) -> int:
        """Reports already done in the results file (not summarised again)."""
        return self._count("skipped")

    @property
    def duplicates(self) -> int:
        return self._count("duplicate")

    @property
    def cached(self) -> int:
        return sum(1 for i in self.items if i.cached)

    @property
    def requests(self) -> int:
        return sum(i.requests for i in self.items)

    @property
    def input_tokens(self) -> int:
        return sum(i.input_tokens for i in self.items)

    @property
    def output_tokens(self) -> int:
        return sum(i.output_tokens for i in self.items)

    @property
    def exit_code(self) -> int:
        """0 when every report is done (now or before), 1 when any failed, 75 (EX_TEMPFAIL: try again later) while
        a provider batch job is running."""
        if self.pending:
            return 75
        return 1 if self.failed else 0

    def line(self) -> str:
        if self.pending:
            return f"summarizer: batch {self.pending}"
        parts = [f"{self.total} report(s): {self.done + self.skipped} done"]
        extra = []
        if self.skipped:
            extra.append(f"{self.skipped} already done")
        if self.cached:
            extra.append(f"{self.cached} from cache")
        if extra:
            parts[0] += f" ({', '.join(extra)})"
        parts.append(f"{self.failed} failed")
        if self.duplicates:
            dups = [i for i in self.items if i.status == "duplicate"]
            named = "; ".join(f"{i.file} ({i.error})" for i in dups[:5]) + ("; …" if len(dups) > 5 else "")
            parts.append(f"{self.duplicates} duplicate(s) skipped: {named}")
        if self.requests or self.input_tokens:
            parts.append(
                f"{self.requests} request(s), {self.input_tokens + self.output_tokens} tokens "
                f"({self.input_tokens} in, {self.output_tokens} out)"
                + cost_text(self.input_tokens, self.output_tokens, self.price_in, self.price_out).replace(";", ",", 1)
            )
        parts.append(f"{self.seconds:.1f} s")
        msg = "summarizer: batch " + ("interrupted: " if self.interrupted else "") + ", ".join(parts)
        msg += f" → {self.output}" + (f", dashboard {self.dashboard}" if self.dashboard else "")
        if self.interrupted:
            msg += " (rerun the same command to resume)"
        elif self.failed:
            msg += " (reasons in the results file; rerun to retry the failed ones)"
        return msg


class _Progress:
    """A rich progress bar on stderr (done / failed / remaining / tokens), or nothing."""

    def __init__(self, total: int, enabled: bool):
        self.enabled = enabled
        self.progress = None
        self.done = self.failed = self.tokens = 0
        self.total = total
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("[bold]batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(
                    "done {task.fields[done]} · [red]failed {task.fields[failed]}[/] · "
                    "left {task.fields[left]} · tokens {task.fields[tokens]}"
                ),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self.task = self.progress.add_task("batch", total=total, done=0, failed=0, left=total, tokens=0)
            self.progress.start()

    def update(self, item: ItemResult) -> None:
        if item.status == "failed":
            self.failed += 1
        else:
            self.done += 1
        self.tokens += item.input_tokens + item.output_tokens
        if self.progress is not None:
            self.progress.update(
                self.task,
                advance=1,
                done=self.done,
                failed=self.failed,
                left=self.total - self.done - self.failed,
                tokens=f"{self.tokens:,}",
            )

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
