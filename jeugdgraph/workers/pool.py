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
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from queue import Empty, LifoQueue, Queue
from typing import Any

import anyio.to_thread

from .loop import FINAL, Reply, WorkerSpec
from .process import WorkerDied, WorkerProcess, WorkerTimeout


@dataclass
class _Lane:
    """A worker that ``map`` holds, with the requests sent to it in order (index, request)."""

    worker: WorkerProcess
    held: deque[tuple[int, Any]] = field(default_factory=deque)
    deadline: float | None = None  # of the first request held


class PoolClosed(Exception):
    """The pool was closed; no worker can be had."""


class StartupFailed(Exception):
    """A worker did not say ready within ``seconds``, or ended while starting (``exitcode``)."""

    def __init__(self, seconds: float | None = None, exitcode: int | None = None) -> None:
        super().__init__(f"not ready within {seconds:g} s" if seconds is not None else
                         f"ended while starting, exit code {exitcode}")
        self.seconds = seconds
        self.exitcode = exitcode


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
        # last in, first out: the worker that answered last is still warm (caches, scheduler)
        self._idle: LifoQueue[WorkerProcess] = LifoQueue()
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
            if timeout is not None and timeout <= 0:
                return self._idle.get_nowait()
            return self._idle.get(timeout=timeout)
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
                    raise StartupFailed(startup_timeout)
            except WorkerDied as exc:
                raise StartupFailed(exitcode=exc.exitcode) from None
            reply = worker.call(request, timeout)
            healthy = True
        finally:
            self.release(worker, healthy)
        return reply

    # ---------------------------------------------------------------- many requests

    def map(
        self, requests: Iterable[Any], *, timeout: float | None = None, depth: int = 2, ahead: int = 4
    ) -> Iterator[Reply]:
        """The final reply to each request, in input order, with every worker kept busy.

        A thread of its own sends the requests and reads the replies, so a worker never waits
        for the caller to take a reply; each worker holds up to ``depth`` requests, the next one
        waiting in its pipe. A request whose worker dies under it or passes ``timeout`` gets
        ``("died", WorkerDied)`` or ``("timeout", WorkerTimeout())`` and the worker is replaced;
        the requests queued behind it go to another worker. At most ``ahead`` replies per worker
        wait for their turn, so memory does not grow with the input.
        """
        replies: Queue[tuple[int, Reply] | BaseException | None] = Queue()
        room = threading.Semaphore(ahead * self.size)
        stop = threading.Event()

        def run() -> None:
            try:
                self._run_map(iter(requests), timeout, depth, room, stop, replies)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
                replies.put(exc)
            finally:
                replies.put(None)

        thread = threading.Thread(target=run, name=f"{self.spec.name}-map", daemon=True)
        thread.start()
        done: dict[int, Reply] = {}
        next_out = 0
        try:
            while (item := replies.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                done[item[0]] = item[1]
                while next_out in done:
                    room.release()
                    yield done.pop(next_out)
                    next_out += 1
        finally:
            stop.set()
            thread.join()

    def _run_map(self, pending: Iterator[Any], timeout: float | None, depth: int, room: threading.Semaphore,
                 stop: threading.Event, replies: Queue[tuple[int, Reply] | BaseException | None]) -> None:
        """``map``'s thread: send while there is room, read replies, until every reply is handed on."""
        lanes: dict[Any, _Lane] = {}  # pipe -> the worker and the requests it holds
        retry: deque[tuple[int, Any]] = deque()
        done: dict[int, Reply] = {}
        sent = tokens = 0  # tokens: room taken for requests not yet sent
        exhausted = False
        try:
            while not stop.is_set():
                while retry or not exhausted:
                    if not retry and not tokens:
                        if not room.acquire(blocking=False):
                            break
                        tokens += 1
                    lane = self._lane_with_room(lanes, depth)
                    if lane is None:
                        break
                    if retry:
                        index, request = retry.popleft()
                    else:
                        try:
                            request = next(pending)
                        except StopIteration:
                            exhausted = True
                            break
                        index, sent, tokens = sent, sent + 1, tokens - 1
                    self._send(lanes, lane, index, request, timeout, retry, done)
                for index in list(done):
                    replies.put((index, done.pop(index)))
                if not any(lane.held for lane in lanes.values()):
                    if exhausted and not retry:
                        return
                    if room.acquire(timeout=0.5):  # every reply waits for the caller: wait for room
                        tokens += 1
                    continue
                self._collect(lanes, timeout, retry, done)
        finally:
            for lane in lanes.values():
                self.release(lane.worker, not lane.held)

    def _lane_with_room(self, lanes: dict[Any, _Lane], depth: int) -> _Lane | None:
        """An idle worker of the map, else a free one of the pool, else the least busy below
        ``depth``; None when every worker is full."""
        least = min(lanes.values(), key=lambda lane: len(lane.held), default=None)
        if least is not None and not least.held:
            return least
        worker = self.acquire(0) if lanes else self.acquire(None)
        if worker is not None:
            lanes[worker.conn] = _Lane(worker)
            return lanes[worker.conn]
        return least if least is not None and len(least.held) < depth else None

    def _send(self, lanes: dict[Any, _Lane], lane: _Lane, index: int, request: Any, timeout: float | None,
              retry: deque[tuple[int, Any]], done: dict[int, Reply]) -> None:
        lane.held.append((index, request))
        if len(lane.held) == 1 and timeout is not None:
            lane.deadline = time.monotonic() + timeout
        try:
            lane.worker.await_ready(None)
            lane.worker.send(request)
        except WorkerDied as exc:
            self._drop(lanes, lane, ("died", exc), retry, done)

    def _collect(self, lanes: dict[Any, _Lane], timeout: float | None, retry: deque[tuple[int, Any]],
                 done: dict[int, Reply]) -> None:
        """Wait for at least one final reply (or a time limit) and take every one that came."""
        busy = [lane for lane in lanes.values() if lane.held]
        deadlines = [lane.deadline for lane in busy if lane.deadline is not None]
        # at most half a second, so that a map the caller stopped ends soon
        wait_for = min([0.5, *(max(0.0, d - time.monotonic()) for d in deadlines)])
        for conn in wait([lane.worker.conn for lane in busy], wait_for):
            lane = lanes[conn]
            try:
                reply = lane.worker.reply(0)
            except WorkerDied as exc:
                self._drop(lanes, lane, ("died", exc), retry, done)
                continue
            if reply[0] in FINAL:
                done[lane.held.popleft()[0]] = reply
                lane.deadline = time.monotonic() + timeout if timeout is not None and lane.held else None
        now = time.monotonic()
        for lane in list(lanes.values()):
            if lane.held and lane.deadline is not None and lane.deadline <= now:
                self._drop(lanes, lane, ("timeout", WorkerTimeout()), retry, done)

    def _drop(self, lanes: dict[Any, _Lane], lane: _Lane, failure: Reply, retry: deque[tuple[int, Any]],
              done: dict[int, Reply]) -> None:
        """The worker failed its first request: that one gets ``failure``, the ones queued behind
        it go to another worker, and the pool replaces it."""
        del lanes[lane.worker.conn]
        self.release(lane.worker, False)
        done[lane.held.popleft()[0]] = failure
        retry.extendleft(reversed(lane.held))

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
                raise StartupFailed(startup_timeout)
        for worker in started:
            if not worker.await_ready(startup_timeout):
                raise StartupFailed(startup_timeout)
    except WorkerDied as exc:
        for worker in started:
            worker.stop()
        raise StartupFailed(exitcode=exc.exitcode) from None
    except StartupFailed:
        for worker in started:
            worker.stop()
        raise
    return started
