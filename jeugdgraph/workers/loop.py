"""The worker's side: set up, say ready, answer every request from the pipe until it closes.

A worker runs ``WorkerSpec.setup`` (``"module:function"``, imported only after the limits are in
place), which returns the function that answers a request. The worker says ``("ready", None)``,
then answers each request with one final reply: ``("ok", value)``, ``("error", exception)``, or
``("end", None)`` for an answer given in parts. The parts go before it, through the ``send``
function the answer is called with (``("chunk", part)`` or any status but a final one), so a large
answer leaves the worker while it is being made. ``None`` or a closed pipe ends the worker.

Standard library only: worker processes import it before anything else.
"""

from __future__ import annotations

import importlib
import os
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from .limits import WorkerLimits
from .parent_watch import exit_with_parent

Reply = tuple[str, Any]
FINAL = frozenset({"ok", "error", "end"})
Send = Callable[[Reply], None]  # sends one part of an answer before its final reply
Answer = Callable[[Any, Send], Reply]  # what ``setup`` returns: request, send -> final reply


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker runs and under which limits (pickled to the worker when it starts)."""

    setup: str  # "module:function": called with ``args`` in the worker, returns its ``Answer``
    args: tuple[Any, ...] = ()
    limits: WorkerLimits = field(default_factory=WorkerLimits)
    name: str = "jeugdgraph-worker"
    scratch: bool = False  # a temporary folder of its own (TMPDIR), removed with the worker
    preload: tuple[str, ...] = ()  # modules the forkserver imports once for all its workers
    # "fork" only for a process that runs nothing else meanwhile (the build): the worker inherits
    # what the caller imported and holds instead of making it again
    start: str = "forkserver"


def _setup_function(name: str) -> Callable[..., Answer]:
    module, _, function = name.partition(":")
    setup: Callable[..., Answer] = getattr(importlib.import_module(module), function)
    return setup


def worker_main(conn: Connection, spec: WorkerSpec, scratch: str | None = None) -> None:
    """Body of every worker process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    spec.limits.apply()  # first: the network wall needs a process of one thread
    exit_with_parent()
    if scratch is not None:  # a job killed at its time limit leaves its temporary files in here
        os.environ["TMPDIR"] = scratch
        tempfile.tempdir = None
    answer = _setup_function(spec.setup)(*spec.args)
    spec.limits.limit_memory()  # on top of what the worker holds once it is set up
    answer_requests(conn, answer)


def answer_requests(conn: Connection, answer: Answer) -> None:
    """Say ready, then send the final reply to each request until there are no more.

    ``answer`` must not raise: it turns every failure into an ``("error", …)`` reply, since the
    other side waits for a final reply to every request."""
    try:
        conn.send(("ready", None))
    except (OSError, ValueError):
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            conn.send(answer(request, conn.send))
        except (OSError, ValueError):
            return
