"""A query that runs long gives up CPU priority while it runs, so the quick queries of the other
workers are not held up by it; the priority comes back when it ends, or the worker retires where
the system does not allow raising it again."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

from serverfixtures import GRAPH_BULK

from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.pool import SLOW_AFTER, SLOW_NICENESS, ProcessPoolBackend
from jeugdgraph.query.types import QueryRequest

# about half a second of work on the small store's 1 200 bulk triples: well past SLOW_AFTER
LONG_QUERY = (
    f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_BULK}> "
    "{ ?a ?p ?b . ?c ?q ?d FILTER(STR(?b) != STR(?d)) } }"
)
QUICK_QUERY = "ASK { ?s ?p ?o }"


def priorities_while(pid: int, run) -> tuple[set[int], float]:  # noqa: ANN001
    """The priorities the worker ``pid`` had while ``run()`` ran, and how long it ran."""
    seen: set[int] = set()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            try:
                seen.add(os.getpriority(os.PRIO_PROCESS, pid))
            except OSError:  # the worker retired
                return
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    started = time.monotonic()
    try:
        run()
    finally:
        done.set()
        watcher.join()
    return seen, time.monotonic() - started


def test_a_long_query_runs_at_lower_priority_until_it_ends(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=1, prefixes=PREFIXES)
    try:
        (pid,) = backend.worker_pids()
        answer: dict[str, object] = {}
        seen, seconds = priorities_while(
            pid, lambda: answer.update(r=backend.execute(QueryRequest(LONG_QUERY, results_format="tsv"))))
        assert answer["r"].body.decode().splitlines()[1] == "1438800"
        assert seconds > SLOW_AFTER * 2  # long enough for the demotion to be seen
        assert SLOW_NICENESS in seen
        if backend.worker_pids() == [pid]:  # allowed to give the priority back: it did
            assert os.getpriority(os.PRIO_PROCESS, pid) == 0
        else:  # not allowed here: the demoted worker retired and a fresh one serves
            assert backend.replaced == 0 and len(backend.worker_pids()) == 1

        (pid,) = backend.worker_pids()
        quick = QueryRequest(QUICK_QUERY)
        seen, _ = priorities_while(pid, lambda: [backend.execute(quick) for _ in range(20)])
        assert seen == {0}  # quick queries never lose priority
    finally:
        backend.close()


def test_the_event_loop_path_demotes_and_restores_the_same_way(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=1, prefixes=PREFIXES)
    try:
        (pid,) = backend.worker_pids()
        answer: dict[str, object] = {}

        def run() -> None:
            answer["r"] = asyncio.run(backend.execute_async(QueryRequest(LONG_QUERY, results_format="tsv")))

        seen, _ = priorities_while(pid, run)
        assert answer["r"].body.decode().splitlines()[1] == "1438800"
        assert SLOW_NICENESS in seen
        if backend.worker_pids() == [pid]:
            assert os.getpriority(os.PRIO_PROCESS, pid) == 0
    finally:
        backend.close()
