"""Running the heavy, input-driven steps of a write where they cannot hurt the server.

Reading an uploaded PDF, extracting facts and SHACL validation run on input a stranger sent.
``IsolatedRunner`` runs them in one long-lived worker process (``jeugdgraph.workers``) with an
address-space limit and a lower CPU priority (nice 10: a write may wait, a query should not), cut
off from the network (``network_wall``: an update that slipped a LOAD or SERVICE past the checks
still cannot reach out), one job at a time; a job that passes its time limit (or exhausts the
memory limit and takes the process down) is ended by killing the worker, and a fresh one takes
the next job. The worker's temporary files go into a folder of its own, removed with it, so a
killed job leaves none behind. The server's own process never holds the GIL for pyshacl, so
queries stay fast while a write is being checked.

``InlineRunner`` runs the same jobs in the calling process, for the library and the tests.

Jobs are the functions of a module's ``JOBS`` (``jeugdgraph.writes.jobs``), named by the module's name
so that the worker imports them only after its network wall; arguments and results are pickled.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from .errors import JeugdgraphError, StoreError, UnreadableDocument
from .workers.limits import WorkerLimits
from .workers.loop import Answer, Reply, Send, WorkerSpec
from .workers.pool import StartupFailed, WorkerPool
from .workers.process import WorkerDied, WorkerTimeout

logger = logging.getLogger("jeugdgraph.writes")
STARTUP_SECONDS = 120


JOBS_MODULE = "jeugdgraph.writes.jobs"  # by name: the worker imports it only after the network wall
Jobs = Mapping[str, Callable[..., Any]]


def _jobs(module: str) -> Jobs:
    jobs: Jobs = importlib.import_module(module).JOBS
    return jobs


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


def answer_jobs(jobs_module: str) -> Answer:
    """Set-up of the write worker (run there, after its limits): the jobs, warmed up."""
    jobs = _jobs(jobs_module)
    try:  # imports, reference data and shapes, before the first job's clock starts
        jobs["warm_up"]()
    except Exception:  # noqa: BLE001 - the first job meets the same problem and reports it
        logger.exception("warming up the write worker failed")

    def answer(request: tuple[str, tuple[Any, ...]], _send: Send) -> Reply:
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

    return answer


class IsolatedRunner:
    """One worker process for write jobs (see the module docstring)."""

    def __init__(
        self, *, memory_mb: int | None, niceness: int = 10, warm_up: bool = True, network_wall: bool = True,
        jobs_module: str = JOBS_MODULE,
    ) -> None:
        self.jobs_module = jobs_module
        self.spec = WorkerSpec(
            setup=f"{__name__}:answer_jobs", args=(jobs_module,), name="jeugdgraph-write", scratch=True,
            limits=WorkerLimits(network_wall=network_wall, address_space_mb=memory_mb, niceness=niceness),
        )
        self._lock = threading.Lock()
        self._pool: WorkerPool | None = None
        self._closed = False  # a warm-up that comes after close must not start a worker
        self.restarts = 0
        if warm_up:
            threading.Thread(target=self._warm_up, name="jeugdgraph-write-warm-up", daemon=True).start()

    def _warm_up(self) -> None:
        """Start the worker now, so the first write does not wait for it."""
        try:
            self.start()
        except JeugdgraphError as exc:  # pragma: no cover - the first real job will say it again
            logger.warning("starting the write worker failed: %s", exc)

    def start(self) -> None:
        """Start the worker (and wait until it is ready) if it does not run yet."""
        with self._lock:
            self._workers()

    def _workers(self) -> WorkerPool:
        if self._closed:
            raise StoreError("Het schrijfproces is gestopt; de server sluit af.")
        if self._pool is None:
            try:
                self._pool = WorkerPool(self.spec, 1, startup_timeout=STARTUP_SECONDS, stop_beside=False)
            except StartupFailed:
                raise StoreError(f"Het schrijfproces startte niet binnen {STARTUP_SECONDS} s.") from None
        return self._pool

    @property
    def pid(self) -> int | None:
        """Process id of the idle worker, if one runs (for tests and diagnostics)."""
        pids = self._pool.pids() if self._pool is not None else []
        return pids[0] if pids else None

    @property
    def scratch(self) -> str | None:
        """The idle worker's temporary folder (for tests and diagnostics)."""
        idle = self._pool.idle() if self._pool is not None else []
        return idle[0].scratch if idle else None

    def run(self, job: str, *args: Any, timeout: float | None = None,
            on_timeout: Callable[[], JeugdgraphError] | None = None,
            on_crash: Callable[[], JeugdgraphError] | None = None) -> Any:
        """Run ``job(*args)`` in the worker; ``timeout`` counts from when the worker takes it.

        ``on_timeout`` and ``on_crash`` make the error raised when the job passes its time limit
        or the worker dies under it (out of memory, a stack overflow in a parser)."""
        with self._lock:
            started = time.monotonic()
            try:
                status, payload = self._workers().call((job, args), timeout, startup_timeout=STARTUP_SECONDS)
            except WorkerTimeout:
                self.restarts += 1
                raise (on_timeout() if on_timeout else UnreadableDocument(
                    f"Het verwerken duurde langer dan {timeout:g} s en is afgebroken; "
                    "het document is niet opgenomen."
                )) from None
            except WorkerDied:
                self.restarts += 1
                raise (on_crash() if on_crash else UnreadableDocument(
                    "Het verwerken stopte onverwacht (te veel geheugen?); het document is niet opgenomen."
                )) from None
            except StartupFailed:
                raise StoreError(f"Het schrijfproces startte niet binnen {STARTUP_SECONDS} s.") from None
            finally:
                logger.debug("write job %s took %.2f s", job, time.monotonic() - started)
        if status == "error":
            raise payload
        return payload

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._pool is not None:
                self._pool.close()
