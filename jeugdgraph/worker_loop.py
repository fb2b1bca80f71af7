"""The request loop of jeugdgraph's worker processes (query workers and the write worker).

A worker says ``("ready", None)`` once it is set up, then answers every request it reads from its
pipe with ``("ok", value)`` or ``("error", exception)`` until the pipe closes or brings ``None``.
This module imports the standard library only: worker processes import it before anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

Reply = tuple[str, Any]


def answer_requests(conn: Connection, answer: Callable[[Any], Reply]) -> None:
    """Say ready, then ``conn.send(answer(request))`` for each request until there are no more.

    ``answer`` must not raise: it turns every failure into an ``("error", …)`` reply, since the
    other side waits for one reply per request."""
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
            conn.send(answer(request))
        except (OSError, ValueError):
            return
