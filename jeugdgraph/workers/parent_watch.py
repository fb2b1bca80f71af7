"""Child processes end when the server that started them is gone, whatever it was doing.

A query worker, the write worker and the start-up validation may be busy for minutes (a SHACL
run, a long query) and never read from their pipe; should the server end then (SIGTERM,
SIGKILL, a crash), they would run on as orphans. ``exit_with_parent`` starts a thread that checks
twice a second whether the parent process is still the one that started this process, and ends
this process at once when it is not. Standard library only: worker processes import it first.
"""

from __future__ import annotations

import os
import threading
import time

INTERVAL = 0.5


def exit_with_parent(interval: float = INTERVAL) -> None:
    """End this process as soon as its parent is gone (call once, early)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="jeugdgraph-parent-watch", daemon=True).start()
