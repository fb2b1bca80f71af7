"""The embedded worker pool: every read of an on-disk store runs in a killable worker process.

Oxigraph cannot cancel a running query, so a query that must end at its time limit has to run
where it can be killed. ``ProcessPoolBackend`` keeps a pool of worker processes
(``jeugdgraph.workers``) that each open the on-disk store read-only; a worker that passes the time
limit is killed and replaced, and the client gets ``QueryTimeout`` (503). Each query holds one
worker, so a slow query never delays a fast one while a worker is free; a query that runs long
gives up CPU priority to the quick ones, and each client holds at most its share of the workers.

A protocol answer (``QueryRequest.stream``) larger than ``streaming.STREAM_AFTER`` is streamed:
the worker sends it over its pipe in chunks as it serialises it, and ``execute_async`` gives a
``StreamedResult`` whose ``rest`` reads them, holding the worker and the client's slot until the
last one. Errors found before the first chunk are raised as before; once the answer is under way,
the time limit or a failure kills the worker and ``rest`` raises, so that the response is cut off
as an incomplete transfer. Other answers (``execute``, ``stream`` off) are serialised whole.

``InProcessBackend`` serves an in-memory store from threads. Its time limit ends the wait, not the
query: the thread runs on until the query is done. Use an on-disk store where that matters.

The worker processes import this module (their set-up, ``answer_queries``, lives here).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

from ..errors import JeugdgraphError, QueryError, QueryTimeout, StoreError
from ..workers.limits import WorkerLimits
from ..workers.loop import Answer, Reply, Send, WorkerSpec
from ..workers.pool import StartupFailed, WorkerPool
from ..workers.process import WorkerDied, WorkerProcess, WorkerTimeout
from .evaluation import evaluate_in_chunks
from .fair_share import ClientSlots, NoSlot, busy_message
from .proven_queries import ProvenQueries
from .streaming import StreamStart
from .types import QueryRequest, QueryResult, StreamedResult, timeout_message
from .worker_limits import MEMORY_MESSAGE, QueryMemoryExceeded

# --------------------------------------------------------------------------- in the worker


def answer_queries(store_dir: str, prefixes: dict[str, str]) -> Answer:
    """Set-up of a query worker (run there, after its limits): the store, opened read-only."""
    store: ox.Store | None = None
    open_error: JeugdgraphError | None = None
    try:
        store = ox.Store.read_only(store_dir)
    except OSError:
        open_error = StoreError("De store kan niet geopend worden; probeer het later opnieuw.")

    def answer(request: QueryRequest, send: Send) -> Reply:
        try:
            if store is None:
                raise open_error or StoreError("De store is niet geopend.")
            result = evaluate_in_chunks(store, request, prefixes, send)
            return ("end", None) if result is None else ("ok", result)  # None: sent in chunks
        except JeugdgraphError as exc:
            return "error", exc
        except MemoryError:
            return "error", QueryMemoryExceeded(MEMORY_MESSAGE)
        except Exception:  # noqa: BLE001 - a worker answers every request, whatever happens
            return "error", QueryError("De query kan niet worden uitgevoerd.")

    return answer


# --------------------------------------------------------------------------- in the server

SLOW_AFTER = 0.1  # seconds; a query running longer yields the CPU to the quick ones
SLOW_NICENESS = 10


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
        # off by default: exact repeats would skip the worker, and latency must name what it measures
        self.proven = ProvenQueries(self.store_dir, self.prefixes) if repeat_fast_path else None
        try:
            self._pool = WorkerPool(self._spec(self.store_dir), workers, startup_timeout=startup_timeout)
        except StartupFailed as exc:
            raise StoreError(_startup_message(exc, "De queryprocessen")) from None

    def _spec(self, store_dir: str) -> WorkerSpec:
        return WorkerSpec(setup=f"{__name__}:answer_queries", args=(store_dir, self.prefixes),
                          limits=self.limits, name="jeugdgraph-query", preload=(__name__,))

    @property
    def replaced(self) -> int:
        """Workers killed at a time limit or after a crash."""
        return self._pool.replaced

    def execute(self, request: QueryRequest) -> QueryResult:
        deadline = time.monotonic() + request.timeout
        worker = self._pool.acquire(request.timeout)
        if worker is None:
            raise self._all_busy(request)
        healthy = demoted = False
        try:
            if not worker.await_ready(deadline - time.monotonic()):
                raise QueryTimeout(timeout_message(request.timeout))
            worker.send(replace(request, stream=False) if request.stream else request)
            if not worker.poll(min(SLOW_AFTER, deadline - time.monotonic())):
                demoted = worker.set_priority(SLOW_NICENESS)
            status, payload = worker.reply(deadline - time.monotonic())
            healthy = True
        except WorkerTimeout:
            raise QueryTimeout(timeout_message(request.timeout)) from None
        except WorkerDied as exc:
            raise _worker_died(exc) from None
        finally:
            self._release_after_query(worker, healthy, demoted)
        return _outcome(status, payload)

    async def execute_async(self, request: QueryRequest) -> QueryResult | StreamedResult:
        """``execute`` for the event loop: the wait for the worker's answer is a reader on its
        pipe, not a thread, which saves a small query the hand-over to and from a thread. A large
        answer to a request with ``stream`` comes as a ``StreamedResult``. A query proven quick on
        this store skips the worker altogether when the fast path for repeated queries is on
        (``repeat_fast_path``, see ``proven_queries``)."""
        if self.proven is None:
            return await self._execute_in_worker(request)
        key = self.proven.key_of(request)
        proven_seconds = self.proven.proven_seconds(key)
        if proven_seconds is not None:
            return await self.proven.execute(key, request, proven_seconds)
        store_dir = self.store_dir
        result = await self._execute_in_worker(request)
        if isinstance(result, QueryResult):  # a streamed answer is never quick
            self.proven.record(key, result, store_dir, request.query)
        return result

    async def _execute_in_worker(self, request: QueryRequest) -> QueryResult | StreamedResult:
        deadline = time.monotonic() + request.timeout
        try:  # the slot goes back when the answer is whole, or when the stream that holds it closes
            give_back = await self.client_slots.take(request.timeout)
        except NoSlot:  # the client's own other queries held its share of the workers
            raise QueryTimeout(busy_message(self.client_slots.per_client, request.timeout)) from None
        try:
            result = await self._execute_with_slot(request, deadline, give_back)
        except BaseException:
            give_back()
            raise
        if isinstance(result, QueryResult):
            give_back()
        return result

    async def _execute_with_slot(
        self, request: QueryRequest, deadline: float, give_back: Callable[[], None],
    ) -> QueryResult | StreamedResult:
        worker = await self._pool.acquire_async(request.timeout)
        if worker is None:
            raise self._all_busy(request)
        healthy = demoted = streaming = False
        try:
            if not await worker.await_ready_async(deadline - time.monotonic()):
                raise QueryTimeout(timeout_message(request.timeout))
            worker.send(request)
            demoted = await _await_first_reply(worker, request, deadline)
            status, payload = worker.receive()  # waiting: _await_first_reply saw it
            healthy = True
            if status == "start":  # the answer is large: it comes in chunks, the worker stays held
                streaming = True
                return _streamed(payload, _WorkerStream(self, worker, request, deadline, demoted, give_back),
                                 deadline)
        except WorkerDied as exc:
            raise _worker_died(exc) from None
        finally:  # also when the request is cancelled: a worker with a query under way is replaced
            if not streaming:
                self._release_after_query(worker, healthy, demoted)
        return _outcome(status, payload)

    def _release_after_query(self, worker: WorkerProcess, healthy: bool, demoted: bool) -> None:
        """Back to the idle workers after a query; a demoted worker whose priority cannot be
        restored retires (it would slow down every later query), a worker that did not finish
        its query is replaced."""
        self._pool.release(worker, healthy, retiring=healthy and demoted and not worker.set_priority(0))

    def _all_busy(self, request: QueryRequest) -> QueryTimeout:
        return QueryTimeout(
            f"Alle {self.size} queryprocessen waren bezet tot de tijdslimiet van {request.timeout:g} s "
            "verstreek; probeer het zo opnieuw."
        )

    def reopen(self, store_dir: Path | str | None = None, *, startup_timeout: float = 120.0) -> None:
        """Serve ``store_dir`` (default: the same directory opened anew) from now on.

        A complete set of new workers starts first and opens the store; only when every one is
        ready do they take over, so no query ever waits for a worker to start. The old workers go
        on answering until then; idle ones stop at the switch, busy ones when their query ends.
        """
        target = str(store_dir) if store_dir is not None else self.store_dir
        try:
            self._pool.reopen(self._spec(target), startup_timeout=startup_timeout)
        except StartupFailed as exc:
            message = _startup_message(exc, "De nieuwe queryprocessen")
            raise StoreError(f"De store kon niet opnieuw geopend worden: {message}") from None
        self.store_dir = target
        if self.proven is not None:
            self.proven.serve(target)

    def local_store(self) -> ox.Store | None:
        return ox.Store.read_only(self.store_dir)

    def worker_pids(self) -> list[int]:
        """Process ids of the idle workers (for tests and diagnostics)."""
        return self._pool.pids()

    def close(self) -> None:
        if self.proven is not None:
            self.proven.close()
        self._pool.close()


def _startup_message(exc: StartupFailed, who: str) -> str:
    if exc.seconds is not None:
        return f"{who} startten niet binnen {exc.seconds:g} s."
    return f"Een queryproces stopte bij het starten (exitcode {exc.exitcode})."


def _worker_died(exc: WorkerDied) -> JeugdgraphError:
    """What to tell the client when its worker died under the query: out of memory (the engine
    aborts when an allocation fails under the address-space limit), or something else."""
    code = exc.exitcode
    if code is not None and code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, 134, 137):
        return QueryMemoryExceeded(MEMORY_MESSAGE)
    return StoreError("Het queryproces stopte onverwacht; probeer het opnieuw.")


class _WorkerStream:
    """The rest of a streamed answer, chunk by chunk from the worker's pipe, within the time limit.

    It holds the worker and the client's slot until ``aclose``: a worker that sent its last chunk
    (or an error) goes back to the pool; one closed before that (time limit, client gone) still
    has a query under way and is replaced.
    """

    def __init__(self, pool: ProcessPoolBackend, worker: WorkerProcess, request: QueryRequest,
                 deadline: float, demoted: bool, give_back: Callable[[], None]) -> None:
        self._pool = pool
        self._worker = worker
        self._timeout = request.timeout
        self._deadline = deadline
        self._started = deadline - request.timeout
        self._demoted = demoted
        self._give_back = give_back  # the client's slot
        self._finished = False  # the worker sent "end" or "error": its request is done
        self._closed = False

    def __aiter__(self) -> _WorkerStream:
        return self

    async def __anext__(self) -> bytes:
        if self._finished or self._closed:
            raise StopAsyncIteration
        if not self._demoted and time.monotonic() - self._started > SLOW_AFTER:
            # a long answer is a slow query, however soon it began
            self._demoted = self._worker.set_priority(SLOW_NICENESS)
        try:
            status, payload = await self._worker.reply_async(self._deadline)
        except WorkerTimeout:
            raise QueryTimeout(timeout_message(self._timeout)) from None
        except WorkerDied as exc:
            raise _worker_died(exc) from None
        if status == "chunk":
            chunk: bytes = payload
            return chunk
        self._finished = True
        if status == "end":
            raise StopAsyncIteration
        raise payload  # the worker's error after the answer had started

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._pool._release_after_query(self._worker, self._finished, self._demoted)
        finally:
            self._give_back()


def _streamed(start: StreamStart, rest: _WorkerStream, deadline: float) -> StreamedResult:
    return StreamedResult(start.kind, start.format_key, start.first, rest, start.rows, start.truncated,
                          start.seconds, deadline)


async def _await_first_reply(worker: WorkerProcess, request: QueryRequest, deadline: float) -> bool:
    """Wait for the worker's first reply within the time limit (``QueryTimeout`` otherwise);
    True when the query ran long enough to be demoted meanwhile."""
    if await worker.readable(min(SLOW_AFTER, deadline - time.monotonic())):
        return False
    demoted = worker.set_priority(SLOW_NICENESS)
    if not await worker.readable(deadline - time.monotonic()):
        raise QueryTimeout(timeout_message(request.timeout))
    return demoted


def _outcome(status: str, payload: object) -> QueryResult:
    if status == "error":
        raise payload  # type: ignore[misc]
    return payload  # type: ignore[return-value]
