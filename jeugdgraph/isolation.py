"""Running the heavy, input-driven steps of a write where they cannot hurt the server.

Reading an uploaded PDF, extracting facts and SHACL validation run on input a stranger sent.
``IsolatedRunner`` runs them in one long-lived worker process with an address-space limit and a
lower CPU priority (nice 10: a write may wait, a query should not), cut off from the network
(``network_wall``: an update that slipped a LOAD or SERVICE past the checks still cannot reach
out), one job at a time; a job
that passes its time limit (or exhausts the memory limit and takes the process down) is ended by
killing the worker, and the next job gets a fresh one. The server's own process never holds the
GIL for pyshacl, so queries stay fast while a write is being checked.

``InlineRunner`` runs the same jobs in the calling process, for the library and the tests.

Jobs are the functions of a module's ``JOBS`` (``jeugdgraph.writes.jobs``), named by the module's name
so that the worker imports them only after its network wall; arguments and results are pickled.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any

from .errors import JeugdgraphError, StoreError, UnreadableDocument
from .network_wall import close_network
from .parent_watch import exit_with_parent
from .worker_loop import answer_requests

logger = logging.getLogger("jeugdgraph.writes")
STARTUP_SECONDS = 120


JOBS_MODULE = "jeugdgraph.writes.jobs"  # by name: the worker imports it only after the network wall
Jobs = Mapping[str, Callable[..., Any]]


def _jobs(module: str) -> Jobs:
    return importlib.import_module(module).JOBS


class InlineRunner:
    """Runs jobs in this process (no time or memory limit)."""

    def __init__(self, jobs_module: str = JOBS_MODULE) -> None:
        self.jobs_module = jobs_module

    def run(self, job: str, *args: Any, timeout: float | None = None,
            on_timeout: Callable[[], JeugdgraphError] | None = None,
            on_crash: Callable[[], JeugdgraphError] | None = None) -> Any:
        return _jobs(self.jobs_module)[job](*args)

    def close(self) -> None:
        return None


def _worker_main(
    conn: Connection, memory_bytes: int | None, niceness: int, network_wall: bool = True,
    jobs_module: str = JOBS_MODULE,
) -> None:
    """Body of the worker process: answer jobs from ``conn`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    if network_wall:  # first, while the process has one thread
        close_network()
    exit_with_parent()
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    if niceness:
        with contextlib.suppress(OSError):  # not permitted here: the memory limit still holds
            os.nice(niceness)
    jobs = _jobs(jobs_module)
    try:  # imports, reference data and shapes, before the first job's clock starts
        jobs["warm_up"]()
    except Exception:  # noqa: BLE001 - the first job meets the same problem and reports it
        logger.exception("warming up the write worker failed")

    def answer(request: tuple[str, tuple[Any, ...]]) -> tuple[str, Any]:
        name, args = request
        try:
            return "ok", jobs[name](*args)
        except JeugdgraphError as exc:
            return "error", exc
        except MemoryError:
            return "error", UnreadableDocument(
                "Het document vraagt te veel geheugen om te verwerken; het is niet opgenomen."
            )
        except Exception as exc:  # noqa: BLE001 - the worker answers every job, whatever happens
            logger.exception("write job %s failed (%s)", name, type(exc).__name__)
            return "error", UnreadableDocument(
                "Het document kon niet verwerkt worden; het is niet opgenomen."
            )

    answer_requests(conn, answer)


class IsolatedRunner:
    """One worker process for write jobs (see the module docstring)."""

    def __init__(
        self, *, memory_mb: int | None, niceness: int = 10, warm_up: bool = True, network_wall: bool = True,
        jobs_module: str = JOBS_MODULE,
    ) -> None:
        self.jobs_module = jobs_module
        self.memory_bytes = memory_mb * 1024 * 1024 if memory_mb else None
        self.niceness = niceness
        self.network_wall = network_wall
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._scratch: str | None = None
        self.restarts = 0
        if warm_up:
            threading.Thread(target=self._warm_up, name="jeugdgraph-write-warm-up", daemon=True).start()

    def _warm_up(self) -> None:
        """Start the worker now, so the first write does not wait for it."""
        try:
            with self._lock:
                self._ensure()
        except JeugdgraphError as exc:  # pragma: no cover - the first real job will say it again
            logger.warning("starting the write worker failed: %s", exc)

    @property
    def pid(self) -> int | None:
        """Process id of the worker, if one runs (for tests and diagnostics)."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def _ensure(self) -> Connection:
        if self._process is None or self._process.poll() is not None or self._conn is None:
            self._stop()
            # a fresh interpreter started as a module: it inherits no server threads or open store,
            # and unlike multiprocessing's spawn it never re-imports the caller's __main__
            ours, theirs = socket.socketpair()
            command = [
                sys.executable, "-m", "jeugdgraph.isolation", str(theirs.fileno()),
                str(self.memory_bytes or 0), str(self.niceness), "1" if self.network_wall else "0",
                self.jobs_module,
            ]
            # the worker's temporary files go into a folder of its own, removed with the worker, so
            # a job killed at its time limit leaves none behind
            self._scratch = tempfile.mkdtemp(prefix="jeugdgraph-write-")
            env = {**os.environ, "TMPDIR": self._scratch}
            self._process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
                                             env=env)
            theirs.close()
            self._conn = Connection(ours.detach())
            # a job's time limit starts when the worker is ready, not while it imports
            try:
                ready = self._conn.poll(STARTUP_SECONDS) and self._conn.recv()[0] == "ready"
            except (EOFError, OSError):
                ready = False
            if not ready:
                self._stop()
                raise StoreError(f"Het schrijfproces startte niet binnen {STARTUP_SECONDS} s.")
        assert self._conn is not None
        return self._conn

    def _stop(self) -> None:
        process, conn, scratch = self._process, self._conn, self._scratch
        self._process, self._conn, self._scratch = None, None, None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.poll() is None:
                process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)

    def run(self, job: str, *args: Any, timeout: float | None = None,
            on_timeout: Callable[[], JeugdgraphError] | None = None,
            on_crash: Callable[[], JeugdgraphError] | None = None) -> Any:
        """Run ``job(*args)`` in the worker; ``timeout`` counts from when the worker takes it.

        ``on_timeout`` and ``on_crash`` make the error raised when the job passes its time limit
        or the worker dies under it (out of memory, a stack overflow in a parser)."""
        with self._lock:
            conn = self._ensure()
            started = time.monotonic()
            healthy = False
            try:
                conn.send((job, args))
                if not conn.poll(timeout):
                    self.restarts += 1
                    raise (on_timeout() if on_timeout else UnreadableDocument(
                        f"Het verwerken duurde langer dan {timeout:g} s en is afgebroken; "
                        "het document is niet opgenomen."
                    ))
                status, payload = conn.recv()
                healthy = True
            except (EOFError, OSError):
                self.restarts += 1
                raise (on_crash() if on_crash else UnreadableDocument(
                    "Het verwerken stopte onverwacht (te veel geheugen?); het document is niet opgenomen."
                )) from None
            finally:
                if not healthy:
                    self._stop()
                logger.debug("write job %s took %.2f s", job, time.monotonic() - started)
        if status == "error":
            raise payload
        return payload

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError, ValueError):
                    self._conn.send(None)
            self._stop()


if __name__ == "__main__":  # the worker process: python -m jeugdgraph.isolation FD MEMORY NICENESS WALL JOBS
    _fd, _memory, _niceness, _wall = (int(arg) for arg in [*sys.argv[1:4], *(sys.argv[4:5] or ["1"])])
    _worker_main(Connection(_fd), _memory or None, _niceness, bool(_wall), *sys.argv[5:6])
