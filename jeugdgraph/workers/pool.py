"""N worker processes with a free-list: a worker that dies or passes its time limit is replaced.

A caller takes a free worker (``acquire``, or ``acquire_async`` in the event loop), gives it one
request and hands it back with ``release``: a worker that answered goes back on the free-list, one
that did not (dead, killed at its time limit, cancelled) is stopped and a fresh one takes its
place. ``call`` does all three for one request; ``map`` runs many, one per free worker at a time,
with the results in input order. ``reopen`` switches the whole pool to a new spec (a query pool
to a new store) without a moment without ready workers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait
from queue import Empty, Queue
from typing import Any

import anyio.to_thread

from .loop import FINAL, Reply, WorkerSpec
from .process import WorkerDied, WorkerProcess, WorkerTimeout

Busy = dict[Any, tuple[int, WorkerProcess, float | None]]  # pipe -> (request index, worker, deadline)


class PoolClosed(Exception):
    """The pool was closed; no worker can be had."""


class StartupFailed(Exception):
    """A worker did not say ready in time, or ended while starting (``str`` says which)."""


class WorkerPool:
    """``size`` workers running ``spec``; ``stop_beside``: stop a replaced worker in a thread of its
    own rather than in the caller's way (a query answer should not wait for a kill)."""

    def __init__(self, spec: WorkerSpec, size: int, *, startup_timeout: float = 120.0,
                 stop_beside: bool = True) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.spec = spec
        self.size = size
        self.stop_beside = stop_beside
        self._idle: Queue[WorkerProcess] = Queue()
        self._lock = threading.Lock()
        self._generation = 0
        self._complete_from = 0  # workers of older generations retire without a replacement
        self._closed = False
        self.replaced = 0  # workers killed at a time limit or after a crash
        # all at once: a new server answers its first request at full speed
        for worker in _start_all(spec, size, 0, startup_timeout, one_by_one=False):
            self._idle.put(worker)

    # ---------------------------------------------------------------- one worker at a time

    def acquire(self, timeout: float | None) -> WorkerProcess | None:
        """A free worker, waiting at most ``timeout`` seconds for one (None: all stayed busy)."""
        if self._closed:
            raise PoolClosed
        try:
            return self._idle.get(timeout=None if timeout is None else max(timeout, 0.001))
        except Empty:
            return None

    async def acquire_async(self, timeout: float) -> WorkerProcess | None:
        """``acquire`` for the event loop: a free worker at once, else the wait in a thread."""
        if self._closed:
            raise PoolClosed
        try:
            return self._idle.get_nowait()
        except Empty:
            return await anyio.to_thread.run_sync(self.acquire, timeout)

    def release(self, worker: WorkerProcess, healthy: bool, *, retiring: bool = False) -> None:
        """Hand ``worker`` back: on the free-list when it answered (``healthy``), else (or when
        ``retiring``) stopped and replaced by a fresh worker of the current generation."""
        with self._lock:
            current = healthy and not retiring and worker.generation == self._generation and not self._closed
            if not current:
                self.replaced += 0 if healthy else 1
                # after reopen() a complete new set serves: an old worker just retires
                retired = worker.generation < self._complete_from
                replacement = None if self._closed or retired else WorkerProcess(self.spec, self._generation)
        if current:
            self._idle.put(worker)
            return
        if self.stop_beside:
            threading.Thread(target=worker.stop, name=f"{self.spec.name}-stop", daemon=True).start()
        else:
            worker.stop()
        if replacement is not None:
            self._idle.put(replacement)

    def call(self, request: Any, timeout: float | None, *, startup_timeout: float = 120.0) -> Reply:
        """Run one request on a free worker and return its final reply; the time limit counts from
        when the worker is ready. Raises ``WorkerTimeout`` or ``WorkerDied`` (the worker is then
        replaced), ``StartupFailed`` when the worker never became ready."""
        worker = self.acquire(None)
        assert worker is not None  # no time limit on the wait
        healthy = False
        try:
            try:
                if not worker.await_ready(startup_timeout):
                    raise StartupFailed(f"{startup_timeout:g} s")
            except WorkerDied as exc:
                raise StartupFailed(str(exc)) from None
            reply = worker.call(request, timeout)
            healthy = True
        finally:
            self.release(worker, healthy)
        return reply

    # ---------------------------------------------------------------- many requests

    def map(
        self, requests: Iterable[Any], *, timeout: float | None = None, ahead: int = 4
    ) -> Iterator[Reply]:
        """The final reply to each request, in input order, with every worker kept busy.

        A request whose worker dies or passes ``timeout`` gets ``("died", WorkerDied)`` or
        ``("timeout", WorkerTimeout())`` and the worker is replaced; the others go on. At most
        ``ahead`` replies per worker wait for their turn, so memory does not grow with the input.
        """
        pending = iter(requests)
        busy: Busy = {}
        done: dict[int, Reply] = {}
        sent = next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and sent - next_out < ahead * self.size:
                    worker = self.acquire(0) if busy else self.acquire(None)
                    if worker is None:
                        break
                    try:
                        request = next(pending)
                    except StopIteration:
                        exhausted = True
                        self._idle.put(worker)
                        break
                    self._dispatch(worker, request, sent, timeout, busy, done)
                    sent += 1
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and next_out == sent:
                    return
                self._collect(busy, done)
        finally:
            for _index, worker, _deadline in busy.values():
                self.release(worker, False)

    def _dispatch(self, worker: WorkerProcess, request: Any, index: int, timeout: float | None,
                  busy: Busy, done: dict[int, Reply]) -> None:
        try:
            if not worker.await_ready(None):
                raise WorkerTimeout
            worker.send(request)
        except WorkerDied as exc:
            self.release(worker, False)
            done[index] = ("died", exc)
            return
        busy[worker.conn] = (index, worker, None if timeout is None else time.monotonic() + timeout)

    def _collect(self, busy: Busy, done: dict[int, Reply]) -> None:
        """Wait for at least one busy worker's final reply (or its time limit)."""
        deadlines = [d for _i, _w, d in busy.values() if d is not None]
        wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        for conn in wait(list(busy), wait_for):
            index, worker, deadline = busy[conn]
            try:
                reply = worker.reply(0)
            except WorkerDied as exc:
                del busy[conn]
                self.release(worker, False)
                done[index] = ("died", exc)
                continue
            if reply[0] in FINAL:
                del busy[conn]
                self.release(worker, True)
                done[index] = reply
        now = time.monotonic()
        for conn, (index, worker, deadline) in list(busy.items()):
            if deadline is not None and deadline <= now:
                del busy[conn]
                self.release(worker, False)
                done[index] = ("timeout", WorkerTimeout())

    # ---------------------------------------------------------------- the pool as a whole

    def reopen(self, spec: WorkerSpec, *, startup_timeout: float = 120.0) -> None:
        """Run ``spec`` from now on. A complete set of new workers starts first; only when every
        one is ready do they take over. Idle old workers stop at the switch, busy ones when their
        request ends."""
        with self._lock:
            generation = self._generation + 1
        fresh = _start_all(spec, self.size, generation, startup_timeout, one_by_one=True)
        with self._lock:
            self.spec = spec
            self._generation = generation
            self._complete_from = generation
        stale: list[WorkerProcess] = []
        while True:
            try:
                stale.append(self._idle.get_nowait())
            except Empty:
                break
        for worker in fresh:
            self._idle.put(worker)
        for worker in stale:
            threading.Thread(target=worker.stop, name=f"{self.spec.name}-stop", daemon=True).start()

    def idle(self) -> list[WorkerProcess]:
        """The workers on the free-list now (for tests and diagnostics)."""
        with self._idle.mutex:
            return list(self._idle.queue)

    def pids(self) -> list[int]:
        """Process ids of the idle workers (for tests and diagnostics)."""
        return [w.pid for w in self.idle() if w.pid is not None]

    def close(self) -> None:
        """Stop every idle worker; a busy one stops when it is released."""
        with self._lock:
            self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except Empty:
                break
            worker.close()


def _start_all(
    spec: WorkerSpec, size: int, generation: int, startup_timeout: float, *, one_by_one: bool
) -> list[WorkerProcess]:
    """``size`` ready workers, or none when one fails. ``one_by_one`` starts each when the one
    before is ready: many processes starting at once would take the CPU from the work under way."""
    started: list[WorkerProcess] = []
    try:
        for _ in range(size):
            started.append(WorkerProcess(spec, generation))
            if one_by_one and not started[-1].await_ready(startup_timeout):
                raise StartupFailed(f"{startup_timeout:g} s")
        for worker in started:
            if not worker.await_ready(startup_timeout):
                raise StartupFailed(f"{startup_timeout:g} s")
    except WorkerDied as exc:
        for worker in started:
            worker.stop()
        raise StartupFailed(str(exc)) from None
    except StartupFailed:
        for worker in started:
            worker.stop()
        raise
    return started
