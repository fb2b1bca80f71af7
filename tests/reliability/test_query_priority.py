"""A query that runs long gives up CPU priority while it runs, so quick queries are not held up
by it; the priority comes back when it ends (or the worker retires where that is not allowed)."""

from __future__ import annotations

import os
import threading
import time

from jeugdgraph.server import execution


def wait_for(condition, seconds: float = 10.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_a_long_query_runs_at_lower_priority_until_it_ends() -> None:
    seen: dict[str, object] = {}

    def worker_thread() -> None:  # stands in for a worker's main thread evaluating queries
        demotion = execution._Demotion()
        tid = threading.get_native_id()
        seen["before"] = os.getpriority(os.PRIO_PROCESS, tid)
        demotion.begin()  # a query starts ...
        seen["lowered"] = wait_for(lambda: demotion.lowered)  # ... and runs past SLOW_AFTER
        seen["during"] = os.getpriority(os.PRIO_PROCESS, tid)
        seen["retire"] = demotion.end()
        seen["after"] = os.getpriority(os.PRIO_PROCESS, tid)
        demotion.begin()  # a quick query: ends before the watchdog acts
        seen["quick_retire"] = demotion.end()
        seen["after_quick"] = os.getpriority(os.PRIO_PROCESS, tid)

    thread = threading.Thread(target=worker_thread)
    thread.start()
    thread.join(timeout=30)
    assert seen["before"] == 0 and seen["lowered"] is True
    assert seen["during"] == execution.SLOW_NICENESS
    if seen["retire"]:  # not allowed to raise priority again here: the worker would retire
        assert seen["after"] == execution.SLOW_NICENESS
    else:
        assert seen["after"] == 0 and seen["after_quick"] == 0
    assert seen["quick_retire"] is False
