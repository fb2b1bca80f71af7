"""Work for the worker-pool tests, run inside real worker processes (named ``workerjobs:...``)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Reply = tuple[str, Any]
Send = Callable[[Reply], None]


def commands(greeting: str) -> Callable[[tuple[str, Any], Send], Reply]:
    """A worker that echoes, sleeps, exits or answers in chunks, as the request says."""

    def answer(request: tuple[str, Any], send: Send) -> Reply:
        kind, value = request
        if kind == "echo":
            return "ok", (greeting, value, os.getpid())
        if kind == "sleep":
            time.sleep(value)
            return "ok", value
        if kind == "exit":
            os._exit(value)
        if kind == "chunks":
            for n in range(value):
                send(("chunk", n))
            return "end", value
        return "error", ValueError(kind)

    return answer


def documents_dying_on(name: str) -> Callable[[list[Path], Send], Reply]:
    """A build worker whose process ends on the document called ``name``."""

    def answer(paths: list[Path], _send: Send) -> Reply:
        if any(path.name == name for path in paths):
            os._exit(7)
        return "ok", [(path, "<urn:s> <urn:p> <urn:o> .\n", None, {}, ()) for path in paths]

    return answer
