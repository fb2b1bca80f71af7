"""Fair sharing: one client cannot hold every query worker.

``server.fair_share.ClientMiddleware`` notes who sent a request (the client's address as the server
sees it) in a
context variable; the worker pool (``query.pool.ProcessPoolBackend``) lets each client hold at
most ``per_client`` workers at once. A client's further queries wait their turn, in order, within
their own time limit, and then get a 503 saying why; queries of other clients find a worker
free. A client that sends twelve heavy queries at once therefore slows down only itself. Queries
the server answers itself (``proven_queries``) hold no worker and never wait here.

Behind a reverse proxy every client has the proxy's address: then the proxy's own per-client
limits do this job, or ``per_client_workers`` can be raised to the pool size.

This module imports the standard library only: worker processes import ``query.pool``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CLIENT: ContextVar[str | None] = ContextVar("jeugdgraph_client", default=None)


def per_client_limit(settings: Any, workers: int) -> int:
    """``settings.per_client_workers``; 0 means every worker but one, and at least two (with two
    workers or fewer there is nothing to share: a client may use them all)."""
    configured = int(getattr(settings, "per_client_workers", 0) or 0)
    if configured <= 0:
        return max(2, workers - 1)
    return min(configured, workers)


def busy_message(per_client: int, seconds: float) -> str:
    return (
        f"Van uw adres lopen al {per_client} query's tegelijk; deze query heeft {seconds:g} s op zijn "
        "beurt gewacht en is niet uitgevoerd. Wacht tot uw andere query's klaar zijn en probeer het "
        "dan opnieuw."
    )


class NoSlot(Exception):
    """The client's share of the workers stayed taken for the whole wait."""


class ClientSlots:
    """At most ``per_client`` workers per client; requests without a client are not limited."""

    def __init__(self, per_client: int) -> None:
        self.per_client = per_client
        self._clients: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}

    @asynccontextmanager
    async def hold(self, timeout: float) -> AsyncIterator[None]:
        """Hold one of the current client's slots; ``NoSlot`` when none frees in time."""
        give_back = await self.take(timeout)
        try:
            yield
        finally:
            give_back()

    async def take(self, timeout: float) -> Callable[[], None]:
        """Take one of the current client's slots and return the function that gives it back
        (call it once); ``NoSlot`` when none frees in time. ``hold`` without a context manager:
        the query path pays for no generator or exit stack."""
        key = CLIENT.get()
        if key is None or self.per_client < 1:
            return _nothing
        entry = self._clients.get(key)
        if entry is None:
            entry = self._clients[key] = (asyncio.Semaphore(self.per_client), [0])
        semaphore, users = entry
        users[0] += 1
        try:
            if semaphore.locked():  # only a wait needs wait_for, whose task costs a turn of the loop
                try:
                    await asyncio.wait_for(semaphore.acquire(), max(timeout, 0.001))
                except TimeoutError:
                    raise NoSlot from None
            else:
                await semaphore.acquire()  # a free slot: taken at once, without suspending
        except BaseException:
            self._leave(key, users)
            raise

        def give_back() -> None:
            try:
                semaphore.release()
            finally:
                self._leave(key, users)

        return give_back

    def _leave(self, key: str, users: list[int]) -> None:
        users[0] -= 1
        if users[0] == 0:
            self._clients.pop(key, None)

    def holding(self, key: str) -> int:
        """Slots client ``key`` holds now (for tests and diagnostics)."""
        entry = self._clients.get(key)
        return 0 if entry is None else self.per_client - entry[0]._value  # noqa: SLF001


def _nothing() -> None:
    """What gives back the slot of a request without a client: there was none."""
