"""The embedded worker pool: every read of an on-disk store runs in a killable worker process.

Oxigraph cannot cancel a running query, so a query that must end at its time limit has to run
where it can be killed. ``ProcessPoolBackend`` keeps a pool of worker processes that each open the
on-disk store read-only; a worker that passes the time limit is killed and replaced, and the
client gets ``QueryTimeout`` (503). Each query holds one worker, so a slow query never delays a
fast one while a worker is free. Answers are serialised completely inside the worker, within the
time limit, so a response never starts before its body is whole.

``InProcessBackend`` serves an in-memory store from threads. Its time limit ends the wait, not the
query: the thread runs on until the query is done. Use an on-disk store where that matters.

This module imports pyoxigraph and the standard library only: the worker processes import it.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from queue import Empty, Queue

import anyio.to_thread
import pyoxigraph as ox

from ..errors import JeugdgraphError, QueryError, QueryTimeout, StoreError
from ..workers.loop import answer_requests
from ..workers.parent_watch import exit_with_parent
from .evaluation import evaluate
from .fair_share import ClientSlots, NoSlot, busy_message
from .proven_queries import ProvenQueries
from .types import QueryRequest, QueryResult, timeout_message
from .worker_limits import MEMORY_MESSAGE, QueryMemoryExceeded, WorkerLimits

# --------------------------------------------------------------------------- worker processes


def _worker_main(
    conn: Connection, store_dir: str, prefixes: dict[str, str], limits: WorkerLimits | None = None,
) -> None:
    """Body of a query worker process: answer requests from ``conn`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    limits = limits or WorkerLimits()
    limits.apply()
    exit_with_parent()  # after the network wall: a namespace needs a process of one thread
    store: ox.Store | None = None
    open_error: JeugdgraphError | None = None
    try:
        store = ox.Store.read_only(store_dir)
    except OSError:
        open_error = StoreError("De store kan niet geopend worden; probeer het later opnieuw.")
    limits.limit_memory()  # on top of what the worker holds with its store open
    def answer(request: QueryRequest, _send: object) -> tuple[str, object]:
        try:
            if store is None:
                raise open_error or StoreError("De store is niet geopend.")
            return "ok", evaluate(store, request, prefixes)
        except JeugdgraphError as exc:
            return "error", exc
        except MemoryError:
            return "error", QueryMemoryExceeded(MEMORY_MESSAGE)
        except Exception:  # noqa: BLE001 - a worker answers every request, whatever happens
            return "error", QueryError("De query kan niet worden uitgevoerd.")

    answer_requests(conn, answer)


SLOW_AFTER = 0.1  # seconds; a query running longer yields the CPU to the quick ones
SLOW_NICENESS = 10


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    generation: int
    ready: bool = False  # its "ready" message (store opened) has been read

    def await_ready(self, timeout: float) -> bool:
        """Read the worker's "ready" message if it has not been read yet; False on timeout."""
        if self.ready:
            return True
        if not self.conn.poll(max(0.0, timeout)):
            return False
        self.conn.recv()
        self.ready = True
        return True

    def demote(self) -> bool:
        """Lower the worker's CPU priority while it runs a slow query, so the quick queries of
        other workers get the cores first; False where the system does not allow it."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid or 0, SLOW_NICENESS)
        except OSError:
            return False
        return True

    def restore(self) -> bool:
        """Give the worker its normal priority back; False where raising priority is not allowed
        (the worker must then retire: a demoted worker would slow down every later query)."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid or 0, 0)
        except OSError:
            return False
        return True

    def stop(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)


def _main_preload() -> list[str]:
    """What the forkserver should import once so that a new worker does not.

    multiprocessing runs the main module again in every child (``jeugdgraph.cli`` under
    ``python -m``, the ``jeugdgraph`` script otherwise), and with it imports rdflib, typer and the
    rest: a few hundred milliseconds of CPU per worker, eight workers after every write. With the
    main module (or its imports) already in the forkserver, a child only forks.
    """
    main = sys.modules.get("__main__")
    name = getattr(getattr(main, "__spec__", None), "name", None)
    if name and name != "__main__":
        return [name]  # the child re-runs it by name; its imports are then loaded already
    return ["__main__"] if getattr(main, "__file__", None) else []


def _context() -> multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext:
    """forkserver: workers fork from a clean process that has pyoxigraph loaded, so a replacement
    starts in milliseconds and never inherits the server's threads or open store."""
    try:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__, *_main_preload()])
        return ctx
    except ValueError:  # pragma: no cover - platforms without forkserver
        return multiprocessing.get_context("spawn")


class ProcessPoolBackend:
    """Queries on an on-disk store, each in a worker process that is killed at its time limit."""

    def __init__(
        self, store_dir: Path | str, *, workers: int, prefixes: Mapping[str, str],
        startup_timeout: float = 120.0, limits: WorkerLimits | None = None, per_client: int | None = None,
        repeat_fast_path: bool = False,
    ) -> None:
        if workers < 1:
            raise ValueError("a query pool needs at least one worker")
        self.store_dir = str(store_dir)
        self.prefixes = dict(prefixes)
        self.size = workers
        self.limits = limits or WorkerLimits()
        self.client_slots = ClientSlots(per_client if per_client is not None else max(2, workers - 1))
        self._ctx = _context()
        self._idle: Queue[_Worker] = Queue()
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self.replaced = 0  # workers killed at a time limit or after a crash
        self._complete_from = 0  # workers of older generations retire without a replacement
        # off by default: exact repeats would skip the worker, and latency must name what it measures
        self.proven = ProvenQueries(self.store_dir, self.prefixes) if repeat_fast_path else None
        started = [self._spawn() for _ in range(workers)]
        for worker in started:  # a new server answers its first query at full speed
            try:
                if not worker.await_ready(startup_timeout):
                    raise StoreError(f"De queryprocessen startten niet binnen {startup_timeout:g} s.")
            except (EOFError, OSError) as exc:
                for w in started:
                    w.stop()
                raise StoreError(f"Een queryproces stopte bij het starten: {exc}") from None
            self._idle.put(worker)

    def _spawn(self, store_dir: str | None = None, generation: int | None = None) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main, args=(child, store_dir or self.store_dir, self.prefixes, self.limits),
            name="jeugdgraph-query", daemon=True,
        )
        process.start()
        child.close()
        return _Worker(process, parent, self._generation if generation is None else generation)

    def execute(self, request: QueryRequest) -> QueryResult:
        deadline = time.monotonic() + request.timeout
        try:
            worker = self._idle.get(timeout=max(request.timeout, 0.001))
        except Empty:
            raise self._all_busy(request) from None
        healthy = demoted = False
        try:
            if not worker.await_ready(deadline - time.monotonic()):
                raise QueryTimeout(timeout_message(request.timeout))
            worker.conn.send(request)
            if not worker.conn.poll(min(SLOW_AFTER, max(0.0, deadline - time.monotonic()))):
                demoted = worker.demote()
                if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    raise QueryTimeout(timeout_message(request.timeout))
            status, payload = worker.conn.recv()
            healthy = True
        except (EOFError, OSError):
            raise _worker_died(worker) from None
        finally:
            self._release(worker, healthy, retiring=healthy and demoted and not worker.restore())
        return _outcome(status, payload)

    async def execute_async(self, request: QueryRequest) -> QueryResult:
        """``execute`` for the event loop: the wait for the worker's answer is a reader on its
        pipe, not a thread, which saves a small query the hand-over to and from a thread. A query
        proven quick on this store skips the worker altogether when the fast path for repeated queries
        is on (``repeat_fast_path``, see ``proven_queries``)."""
        if self.proven is None:
            return await self._execute_in_worker(request)
        key = self.proven.key_of(request)
        proven_seconds = self.proven.proven_seconds(key)
        if proven_seconds is not None:
            return await self.proven.execute(key, request, proven_seconds)
        store_dir = self.store_dir
        result = await self._execute_in_worker(request)
        self.proven.record(key, result, store_dir, request.query)
        return result

    async def _execute_in_worker(self, request: QueryRequest) -> QueryResult:
        deadline = time.monotonic() + request.timeout
        try:
            async with self.client_slots.hold(request.timeout):
                return await self._execute_with_slot(request, deadline)
        except NoSlot:  # the client's own other queries held its share of the workers
            raise QueryTimeout(busy_message(self.client_slots.per_client, request.timeout)) from None

    async def _execute_with_slot(self, request: QueryRequest, deadline: float) -> QueryResult:
        try:
            worker = self._idle.get_nowait()
        except Empty:  # every worker busy: wait for one in a thread, where blocking is allowed
            try:
                worker = await anyio.to_thread.run_sync(self._idle.get, True, max(request.timeout, 0.001))
            except Empty:
                raise self._all_busy(request) from None
        healthy = demoted = False
        try:
            if not worker.ready and not await _readable(worker.conn, deadline - time.monotonic()):
                raise QueryTimeout(timeout_message(request.timeout))
            worker.await_ready(0)
            worker.conn.send(request)
            if not await _readable(worker.conn, min(SLOW_AFTER, deadline - time.monotonic())):
                demoted = worker.demote()
                if not await _readable(worker.conn, deadline - time.monotonic()):
                    raise QueryTimeout(timeout_message(request.timeout))
            status, payload = worker.conn.recv()
            healthy = True
        except (EOFError, OSError):
            raise _worker_died(worker) from None
        finally:  # also when the request is cancelled: a worker with a query under way is replaced
            self._release(worker, healthy, retiring=healthy and demoted and not worker.restore())
        return _outcome(status, payload)

    def _all_busy(self, request: QueryRequest) -> QueryTimeout:
        return QueryTimeout(
            f"Alle {self.size} queryprocessen waren bezet tot de tijdslimiet van {request.timeout:g} s "
            "verstreek; probeer het zo opnieuw."
        )

    def _release(self, worker: _Worker, healthy: bool, *, retiring: bool = False) -> None:
        with self._lock:
            current = healthy and not retiring and worker.generation == self._generation and not self._closed
            if not current:
                self.replaced += 0 if healthy else 1
                # after reopen() a complete new set serves: an old worker just retires
                retired = worker.generation < self._complete_from
                replacement = None if self._closed or retired else self._spawn()
        if current:
            self._idle.put(worker)
            return
        # stopping a killed worker takes a moment; do it beside the request, not in its way
        threading.Thread(target=worker.stop, name="jeugdgraph-query-stop", daemon=True).start()
        if replacement is not None:
            self._idle.put(replacement)

    def reopen(self, store_dir: Path | str | None = None, *, startup_timeout: float = 120.0) -> None:
        """Serve ``store_dir`` (default: the same directory opened anew) from now on.

        A complete set of new workers starts first and opens the store; only when every one is
        ready do they take over, so no query ever waits for a worker to start. The old workers go
        on answering until then; idle ones stop at the switch, busy ones when their query ends.
        """
        target = str(store_dir) if store_dir is not None else self.store_dir
        with self._lock:
            generation = self._generation + 1
        fresh: list[_Worker] = []
        try:
            # one at a time: eight processes starting at once would take the CPU from the queries
            for _ in range(self.size):
                fresh.append(self._spawn(target, generation))
                if not fresh[-1].await_ready(startup_timeout):
                    raise StoreError(f"De nieuwe queryprocessen startten niet binnen {startup_timeout:g} s.")
        except (EOFError, OSError, StoreError) as exc:
            for worker in fresh:
                worker.stop()
            raise StoreError(f"De store kon niet opnieuw geopend worden: {exc}") from None
        with self._lock:
            self.store_dir = target
            self._generation = generation
            self._complete_from = generation
            if self.proven is not None:
                self.proven.serve(target)
        stale: list[_Worker] = []
        while True:
            try:
                stale.append(self._idle.get_nowait())
            except Empty:
                break
        for worker in fresh:
            self._idle.put(worker)
        for worker in stale:
            threading.Thread(target=worker.stop, name="jeugdgraph-query-stop", daemon=True).start()

    def local_store(self) -> ox.Store | None:
        return ox.Store.read_only(self.store_dir)

    def worker_pids(self) -> list[int]:
        """Process ids of the idle workers (for tests and diagnostics)."""
        with self._idle.mutex:
            return [w.process.pid for w in list(self._idle.queue) if w.process.pid is not None]

    def close(self) -> None:
        with self._lock:
            self._closed = True
        if self.proven is not None:
            self.proven.close()
        while True:
            try:
                worker = self._idle.get_nowait()
            except Empty:
                break
            worker.stop()


def _worker_died(worker: _Worker) -> JeugdgraphError:
    """What to tell the client when its worker died under the query: out of memory (the engine
    aborts when an allocation fails under the address-space limit), or something else."""
    worker.process.join(timeout=2)
    code = worker.process.exitcode
    if code is not None and code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, 134, 137):
        return QueryMemoryExceeded(MEMORY_MESSAGE)
    return StoreError("Het queryproces stopte onverwacht; probeer het opnieuw.")


def _outcome(status: str, payload: object) -> QueryResult:
    if status == "error":
        raise payload  # type: ignore[misc]
    return payload  # type: ignore[return-value]


async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait until ``conn`` has data (True) or ``timeout`` seconds pass (False), in the event loop."""
    if conn.poll(0):
        return True
    if timeout <= 0:
        return False
    loop = asyncio.get_running_loop()
    arrived: asyncio.Future[bool] = loop.create_future()

    def settle(value: bool) -> None:
        if not arrived.done():
            arrived.set_result(value)

    fd = conn.fileno()
    loop.add_reader(fd, settle, True)
    timer = loop.call_later(timeout, settle, False)
    try:
        return await arrived
    finally:
        timer.cancel()
        loop.remove_reader(fd)
        os.set_blocking(fd, True)  # uvloop makes a watched fd non-blocking; recv() needs it blocking
