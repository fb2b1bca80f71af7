"""The in-process backend: queries on a pyoxigraph store of this process, from threads."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import pyoxigraph as ox

from ..errors import QueryTimeout
from .evaluation import evaluate
from .types import QueryRequest, QueryResult, timeout_message


class InProcessBackend:
    """Queries on a pyoxigraph store in this process (an in-memory store has no other home).

    The time limit ends the wait with ``QueryTimeout``; the query itself runs on in its thread.
    """

    def __init__(self, store: ox.Store, *, workers: int, prefixes: Mapping[str, str]) -> None:
        self.store = store
        self.prefixes = dict(prefixes)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jeugdgraph-query")

    def execute(self, request: QueryRequest) -> QueryResult:
        future = self._pool.submit(evaluate, self.store, request, self.prefixes)
        try:
            return future.result(timeout=request.timeout)
        except FutureTimeout:
            future.cancel()
            raise QueryTimeout(timeout_message(request.timeout)) from None

    async def execute_async(self, request: QueryRequest) -> QueryResult:
        future = asyncio.wrap_future(self._pool.submit(evaluate, self.store, request, self.prefixes))
        try:
            return await asyncio.wait_for(future, request.timeout)
        except TimeoutError:
            raise QueryTimeout(timeout_message(request.timeout)) from None

    def local_store(self) -> ox.Store | None:
        return self.store

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
