"""A batch engine spread over forked worker processes ("shards"), each with its own event loop.

Why: one report costs the LLM path ~13 ms of pure-Python CPU (cleaning, outline, instructor, grounding,
verification). With many requests in flight and a fast service, one process is CPU-bound long before the
service is: 16 requests of 200 ms finish a report every 12.5 ms. Each shard runs the whole per-report
pipeline with its share of ``--concurrency`` (its own connection pool and cache writes), so the
work spreads over the cores and nothing but a finished summary crosses a process boundary: the shard sends
back the summary already serialised to JSON (and writes its review page itself), and the parent appends
that line to results.jsonl, so one process owns the results file, the progress bar and the resume logic.

Shards are forked after the engine's modules are imported (they start warm: no second import of openai),
before any thread or event loop exists in the parent. Where ``fork`` is missing (Windows) the batch runs in
one process. A shard that dies fails its reports in flight with a reason (a rerun retries them); the other
shards go on. When the parent dies, each shard sees its pipe close and stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import multiprocessing
import os
import signal
import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional

from ..errors import SummarizerError


def can_fork() -> bool:
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()


def split(total: int, parts: int) -> list[int]:
    """``total`` spread over ``parts`` as evenly as integers allow (16 over 3 → 6, 5, 5)."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


class ShardError(SummarizerError):
    """A report failed in a shard: its one-line reason and exit code, as the shard classified them."""

    def __init__(self, message: str, exit_code: int = 11, usage: Optional[dict] = None):
        super().__init__(message)
        self.exit_code = exit_code
        self.usage = usage


@dataclass
class _Shard:
    process: Any
    conn: Any
    pending: dict[int, asyncio.Future]
    alive: bool = True
    fatal: Optional[tuple[str, int]] = None  # why the shard could not start, as it said before exiting
    gone: Optional[asyncio.Event] = None  # set once its reader has seen the end (made with the loop)


# (job id, data, name, sha256) → shard; shard → (job id, "done", payload) | (job id, "failed", (text, code, usage))
Factory = Callable[[int], Any]  # shard index → a BatchEngine (built in the shard, after the fork)
Finisher = Callable[[Any, str, str], Any]  # (outcome, name, sha256) → what is sent back (picklable)
Describer = Callable[[BaseException], tuple[str, int]]


class ShardedEngine:
    """The :class:`~summarizer.batch.BatchEngine` protocol over ``shards`` forked processes.

    ``factory(i)`` builds shard ``i``'s engine inside the shard; ``slots[i]`` is its share of the batch's
    concurrency; ``finish(outcome, name, sha256)`` runs in the shard on each outcome and returns what the
    parent gets back; ``describe(err)`` turns a failure into the one line and exit code the parent records.
    """

    def __init__(self, name: str, factory: Factory, slots: list[int], finish: Finisher, describe: Describer):
        self.name = name
        ctx = multiprocessing.get_context("fork")
        self._ids = itertools.count()
        self._shards: list[_Shard] = []
        self._started = False
        for i, n in enumerate(slots):
            parent_end, child_end = ctx.Pipe()
            # the parent's ends of every pipe (the earlier shards' too) must be closed in the child: a copy
            # left open there would keep a shard from seeing end-of-file when the parent closes or dies
            theirs = [parent_end] + [s.conn for s in self._shards]
            proc = ctx.Process(
                target=_shard_main,
                args=(child_end, theirs, factory, i, n, finish, describe),
                name=f"summarizer-shard-{i}",
                daemon=True,
            )
            proc.start()
            child_end.close()
            self._shards.append(_Shard(proc, parent_end, {}))

    def _start(self) -> None:
        """Reader threads, one per shard, hand answers to the event loop (started with the loop)."""
        loop = asyncio.get_running_loop()
        for i, shard in enumerate(self._shards):
            shard.gone = asyncio.Event()
            threading.Thread(
                target=self._read, args=(loop, shard, i), daemon=True, name=f"summarizer-shard-reader-{i}"
            ).start()
        self._started = True

    def _read(self, loop: asyncio.AbstractEventLoop, shard: _Shard, index: int) -> None:
        while True:
            try:
                msg = shard.conn.recv()
            except (EOFError, OSError):
                break
            with contextlib.suppress(RuntimeError):  # the loop is closed: the batch is over
                loop.call_soon_threadsafe(self._answer, shard, msg)
        shard.process.join(timeout=5)  # here, not in the loop: its exit code goes into the reason
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._lost, shard, index)

    @staticmethod
    def _answer(shard: _Shard, msg: tuple) -> None:
        job, kind, payload = msg
        if kind == "fatal":
            shard.fatal = payload[:2]
            return
        fut = shard.pending.pop(job, None)
        if fut is None or fut.done():
            return
        if kind == "done":
            fut.set_result(payload)
        else:
            text, code, usage = payload
            fut.set_exception(ShardError(text, code, usage))

    def _lost(self, shard: _Shard, index: int) -> None:
        if shard.gone is not None:
            shard.gone.set()
        shard.alive = False
        if not shard.pending:
            return
        code = shard.process.exitcode
        if shard.fatal is not None:
            text, exit_code = shard.fatal
        else:
            text = (
                f"worker process {index} died"
                + (f" (exit code {code})" if code is not None else "")
                + ": rerun to retry this report"
            )
            exit_code = 11
        for fut in shard.pending.values():
            if not fut.done():
                fut.set_exception(ShardError(text, exit_code))
        shard.pending.clear()

    async def summarize(self, data: bytes, name: str, sha256: str, slot: asyncio.Semaphore) -> Any:
        """``slot`` is the parent's: not held here, each shard holds its own share around its requests."""
        if not self._started:
            self._start()
        while True:
            live = [s for s in self._shards if s.alive]
            if not live:
                fatal = next((s.fatal for s in self._shards if s.fatal), None)
                if fatal is not None:
                    raise ShardError(*fatal)
                raise ShardError("every worker process died: rerun to retry, or use --workers 0", 11)
            shard = min(live, key=lambda s: len(s.pending))  # the least busy shard
            job = next(self._ids)
            fut = asyncio.get_running_loop().create_future()
            shard.pending[job] = fut
            try:
                shard.conn.send((job, data, name, sha256))  # blocking, but a shard's reader thread drains its pipe
            except (OSError, ValueError):  # the shard is gone: learn why from its reader, then ask another one
                shard.pending.pop(job, None)
                assert shard.gone is not None
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(shard.gone.wait(), 5)
                shard.alive = False
                continue
            try:
                return await fut
            except asyncio.CancelledError:  # --timeout or interrupted: the shard stops working on it too
                shard.pending.pop(job, None)
                with contextlib.suppress(OSError, ValueError):
                    shard.conn.send((job, None, None, None))
                raise

    async def aclose(self) -> None:
        # a stop message, not just closing our end: our reader thread, blocked in recv() on it, keeps the
        # socket open, so the shard would not see end-of-file until it exits
        for shard in self._shards:
            with contextlib.suppress(OSError, ValueError):
                shard.conn.send(None)
        for shard in self._shards:
            if shard.gone is not None:  # its reader thread joins the process, then sets this
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(shard.gone.wait(), 10)
            else:
                await asyncio.to_thread(shard.process.join, 10)
            if shard.process.is_alive():
                shard.process.terminate()
                shard.process.join(2)
            with contextlib.suppress(OSError):
                shard.conn.close()


# --- inside a shard ----------------------------------------------------------------------------------------------


def _shard_main(
    conn: Any, parent_ends: list, factory: Factory, index: int, slots: int, finish: Finisher, describe: Describer
) -> None:
    for end in parent_ends:  # holding the parent's ends open would hide the parent's death from us
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it closes our pipe
    # what the parent imported stays shared and is never scanned again; short-lived per-report garbage is
    # collected less often (measured: ~2 ms of each report's ~15 ms went to collections over the heap)
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    try:
        asyncio.run(_serve(conn, factory(index), slots, finish, describe))
    except BaseException as err:  # noqa: BLE001 - a shard that cannot start fails its reports, not silently
        text, code = describe(err)
        with contextlib.suppress(Exception):
            conn.send((-1, "fatal", (text, code, None)))
    finally:
        with contextlib.suppress(Exception):
            conn.close()


async def _serve(conn: Any, engine: Any, slots: int, finish: Finisher, describe: Describer) -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue = asyncio.Queue()

    def read() -> None:
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                msg = None
            with contextlib.suppress(RuntimeError):  # the loop is closed already
                loop.call_soon_threadsafe(inbox.put_nowait, msg)
            if msg is None:
                return

    threading.Thread(target=read, daemon=True, name="summarizer-shard-inbox").start()
    slot = asyncio.Semaphore(slots)
    tasks: dict[int, asyncio.Task] = {}
    send_lock = asyncio.Lock()

    async def reply(msg: tuple) -> None:
        async with send_lock:
            with contextlib.suppress(OSError, ValueError):
                conn.send(msg)

    async def run(job: int, data: bytes, name: str, sha256: str) -> None:
        try:
            outcome = await engine.summarize(data, name, sha256, slot)
            payload = await asyncio.to_thread(finish, outcome, name, sha256)
            await reply((job, "done", payload))
        except asyncio.CancelledError:
            raise
        except Exception as err:  # noqa: BLE001 - recorded by the parent as this report's failure
            text, code = describe(err)
            usage = getattr(err, "usage", None)
            await reply((job, "failed", (text, code, usage if isinstance(usage, dict) else None)))
        finally:
            tasks.pop(job, None)

    try:
        while (msg := await inbox.get()) is not None:  # None: end-of-file or the parent's stop message
            job, data, name, sha256 = msg
            if data is None:  # the parent gave up on this report
                if (task := tasks.pop(job, None)) is not None:
                    task.cancel()
                continue
            tasks[job] = asyncio.create_task(run(job, data, name, sha256))
    finally:
        for task in list(tasks.values()):
            task.cancel()
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        await engine.aclose()
