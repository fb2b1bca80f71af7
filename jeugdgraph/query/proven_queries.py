"""Queries proven quick on the current store, which the server process answers itself.

Every query first runs in a worker process, where it can be killed at its time limit. Handing a
query to a worker and its answer back costs more than evaluating a small query does. Evaluating
the same query on the same data costs the same again, so a query that a worker answered within
``QUICK_SECONDS`` on the current store cannot run away the next time: the server process then
evaluates it itself, in a thread (Oxigraph does not hold the GIL while it evaluates), or, when it
took no more than ``INLINE_SECONDS``, right on the event loop, since handing it to a thread and
back would cost more than the query. A write makes a new store and starts the proof over.

"The same query" is the whole request: text, parameter values, dataset, answer formats and row
cap. Should a proven query still pass its time limit (the machine is overloaded), the client
gets the usual 503, the thread runs on until the query ends, and the query loses its proof.

This module imports pyoxigraph and the standard library only.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox

from ..errors import QueryTimeout
from .evaluation import evaluate
from .parsed_query import SERVICE, mentions_remote_keyword
from .types import QueryRequest, QueryResult, timeout_message

QUICK_SECONDS = 0.02  # answered this fast by a worker: cannot run away on the same data
INLINE_SECONDS = 0.002  # this fast: evaluated on the event loop itself, as cheap as a thread hand-over
CAPACITY = 4096  # proven queries remembered (least recently used forgotten first)
THREADS = 4


def key_of(request: QueryRequest) -> Hashable:
    """Everything that decides what evaluating ``request`` costs and answers."""
    substitutions = tuple(sorted((name, str(term)) for name, term in request.substitutions.items()))
    return (
        request.query, request.results_format, request.graph_format, request.row_limit, substitutions,
        request.default_graph, request.named_graphs, request.union_default_graph, request.base_iri,
    )


def _may_reach_out(query: str) -> bool:
    return mentions_remote_keyword(query, SERVICE)


class ProvenQueries:
    """The quick queries of one store directory, and a read-only handle on it in this process."""

    def __init__(self, store_dir: str, prefixes: Mapping[str, str]) -> None:
        self.prefixes = dict(prefixes)
        self._lock = threading.Lock()
        self._store_dir = store_dir
        self._store: ox.Store | None = None
        self._proven: OrderedDict[Hashable, float] = OrderedDict()  # key -> seconds in a worker
        self._threads = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="jeugdgraph-proven")
        self.answered = 0  # queries this process answered itself (for tests and diagnostics)

    @staticmethod
    def key_of(request: QueryRequest) -> Hashable:
        return key_of(request)

    def proven_seconds(self, key: Hashable) -> float | None:
        """How long a worker took for ``key`` on the current store; None when it is not proven."""
        with self._lock:
            seconds = self._proven.get(key)
            if seconds is not None:
                self._proven.move_to_end(key)
            return seconds

    def record(self, key: Hashable, result: QueryResult, store_dir: str, query: str = "") -> None:
        """A worker answered ``key`` on ``store_dir`` in ``result.seconds``.

        A text holding the letters of SERVICE is never proven: this process may reach the
        network, the workers may not (``network_wall``)."""
        if result.seconds > QUICK_SECONDS or _may_reach_out(query):
            return
        with self._lock:
            if store_dir != self._store_dir:  # answered on a store that has since been replaced
                return
            self._proven[key] = result.seconds
            self._proven.move_to_end(key)
            while len(self._proven) > CAPACITY:
                self._proven.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        with self._lock:
            self._proven.pop(key, None)

    def serve(self, store_dir: str) -> None:
        """From now on the store is ``store_dir`` (after a write): every proof starts over."""
        with self._lock:
            self._store_dir = store_dir
            self._store = None
            self._proven.clear()

    def _current_store(self) -> ox.Store:
        with self._lock:
            if self._store is None:
                self._store = ox.Store.read_only(self._store_dir)
            return self._store

    async def execute(self, key: Hashable, request: QueryRequest, proven_seconds: float) -> QueryResult:
        """Evaluate a proven query in this process, within ``request.timeout``."""
        store = self._current_store()
        if proven_seconds <= INLINE_SECONDS:
            self.answered += 1
            return evaluate(store, request, self.prefixes)
        future = asyncio.wrap_future(self._threads.submit(evaluate, store, request, self.prefixes))
        try:
            result = await asyncio.wait_for(future, request.timeout)
        except TimeoutError:
            self.forget(key)
            raise QueryTimeout(timeout_message(request.timeout)) from None
        self.answered += 1
        return result

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self._store = None
