"""The server's side of one worker process: start it, send requests, wait for replies, kill it.

Workers start from multiprocessing's forkserver: a clean process that has the worker loop (and
the modules a spec names) loaded, so a replacement starts at once and never inherits the
server's threads or open store. A forked child has one thread, so its network wall can be raised
whatever the forkserver imported.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.context
import os
import select
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from .loop import FINAL, Reply, WorkerSpec, worker_main


class WorkerDied(Exception):
    """The worker ended (or its pipe broke) before its reply came; ``exitcode`` says how."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"worker ended with exit code {exitcode}")
        self.exitcode = exitcode


class WorkerTimeout(Exception):
    """No reply came within the time limit (the worker is still busy and must be killed)."""


def _main_preload() -> list[str]:
    """What the forkserver should import once so that a new worker does not.

    multiprocessing runs the main module again in every child (``jeugdgraph.cli`` under
    ``python -m``, the ``jeugdgraph`` script otherwise), and with it imports rdflib, typer and the
    rest: a cost paid by every worker, again whenever workers are replaced after a write. With the
    main module (or its imports) already in the forkserver, a child only forks.
    """
    main = sys.modules.get("__main__")
    name = getattr(getattr(main, "__spec__", None), "name", None)
    if name and name != "__main__":
        return [name]  # the child re-runs it by name; its imports are then loaded already
    return ["__main__"] if getattr(main, "__file__", None) else []


Context = (multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext
           | multiprocessing.context.ForkContext)


def _context(preload: tuple[str, ...], start: str) -> Context:
    """The forkserver context (or fork, where the spec asks for it); the preload list counts only
    until the forkserver has started, so the first pool of a process (the query pool in the
    server) chooses it."""
    if start == "fork":
        return multiprocessing.get_context("fork")
    try:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([worker_main.__module__, *preload, *_main_preload()])
        return ctx
    except ValueError:  # pragma: no cover - platforms without forkserver
        return multiprocessing.get_context("spawn")


class WorkerProcess:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, spec: WorkerSpec, generation: int = 0) -> None:
        self.spec = spec
        self.generation = generation
        self.ready = False  # its "ready" message (set-up done) has been read
        self.scratch = tempfile.mkdtemp(prefix=f"{spec.name}-") if spec.scratch else None
        ctx = _context(spec.preload, spec.start)
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, spec, self.scratch), name=spec.name,
                                   daemon=True)
        self.process.start()
        child.close()
        self._waiting = select.poll()  # asks the pipe "anything to read?" in one system call
        self._waiting.register(self.conn.fileno(), select.POLLIN)

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def await_ready(self, timeout: float | None) -> bool:
        """Read the worker's "ready" message if it has not been read yet; False on timeout."""
        if self.ready:
            return True
        if not self._poll(timeout):
            return False
        self._receive()
        self.ready = True
        return True

    async def await_ready_async(self, timeout: float) -> bool:
        """``await_ready`` in the event loop."""
        if not self.ready and not await self.readable(timeout):
            return False
        return self.await_ready(0)

    def send(self, request: Any) -> None:
        try:
            self.conn.send(request)
        except (OSError, ValueError):
            raise self.died() from None

    def reply(self, timeout: float | None) -> Reply:
        """The next message about the current request, within ``timeout`` seconds (None: no limit)."""
        if not self._poll(timeout):
            raise WorkerTimeout
        return self._receive()

    def receive(self) -> Reply:
        """The message that ``readable`` (or ``poll``) said is waiting, read without asking again."""
        return self._receive()

    def call(self, request: Any, timeout: float | None) -> Reply:
        """Send ``request`` and return its final reply; the time limit counts for the whole answer."""
        self.send(request)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            reply = self.reply(None if deadline is None else deadline - time.monotonic())
            if reply[0] in FINAL:
                return reply

    def replies(self, deadline: float) -> Iterator[Reply]:
        """The messages about the current request up to its final one, each by ``deadline``."""
        while True:
            reply = self.reply(deadline - time.monotonic())
            yield reply
            if reply[0] in FINAL:
                return

    def poll(self, timeout: float | None) -> bool:
        """Whether a message is waiting or arrives within ``timeout`` seconds."""
        return self._poll(timeout)

    def _poll(self, timeout: float | None) -> bool:
        """``conn.poll(timeout)`` without building a selector each time: a message (or the pipe's
        end) is waiting or arrives within ``timeout`` seconds."""
        if self.conn.closed:
            raise self.died()
        try:
            return bool(self._waiting.poll(None if timeout is None else max(0.0, timeout) * 1000))
        except OSError:
            raise self.died() from None

    def _receive(self) -> Reply:
        try:
            message: Reply = self.conn.recv()
        except (EOFError, OSError):
            raise self.died() from None
        return message

    async def readable(self, timeout: float) -> bool:
        """Wait in the event loop until a message is waiting (True) or ``timeout`` passes (False)."""
        if self._poll(0):
            return True
        if timeout <= 0:
            return False
        loop = asyncio.get_running_loop()
        arrived: asyncio.Future[bool] = loop.create_future()

        def settle(value: bool) -> None:
            if not arrived.done():
                arrived.set_result(value)

        fd = self.conn.fileno()
        loop.add_reader(fd, settle, True)
        timer = loop.call_later(timeout, settle, False)
        try:
            return await arrived
        finally:
            timer.cancel()
            loop.remove_reader(fd)
            os.set_blocking(fd, True)  # uvloop makes a watched fd non-blocking; recv() needs it blocking

    async def reply_async(self, deadline: float) -> Reply:
        """``reply`` in the event loop, by ``deadline`` (``time.monotonic``)."""
        if not await self.readable(deadline - time.monotonic()):
            raise WorkerTimeout
        return self._receive()

    def died(self) -> WorkerDied:
        """The error for a worker that ended under a request (its exit code, once it is known)."""
        self.process.join(timeout=2)
        return WorkerDied(self.process.exitcode)

    def set_priority(self, niceness: int) -> bool:
        """Set the worker's CPU niceness; False where the system does not allow it."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid or 0, niceness)
        except OSError:
            return False
        return True

    def stop(self) -> None:
        """Kill the worker (if it still runs) and remove its temporary folder."""
        try:
            self.conn.close()
        finally:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
            if self.scratch is not None:
                shutil.rmtree(self.scratch, ignore_errors=True)

    def close(self) -> None:
        """Ask the worker to end, then stop it."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.stop()
