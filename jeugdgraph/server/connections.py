"""Connection hygiene for uvicorn: a time limit on reading a request's headers, and a limit on
connections.

uvicorn times out a connection that stays idle after a response (``timeout_keep_alive``), but not
one that never finishes sending its headers: thousands of such connections ("slowloris") would
exhaust the server's file descriptors. ``HeaderTimeoutProtocol`` closes a connection whose
request headers are not complete ``header_timeout`` seconds after it opened (or after its
previous response). ``uvicorn_options`` gives the settings ``jeugdgraph serve`` runs uvicorn
with: this protocol, the keep-alive time limit and the connection limit (``limit_concurrency``:
past it uvicorn answers 503 at once).

The protocol also sends a response's status line and headers in one write with its first body
part (``HeadWithBody``): uvicorn writes them apart, so a small answer left in two TCP segments
and the client had to be woken twice for it. A head whose body does not follow in the same turn
of the event loop (a streamed answer still being made) is sent on the next turn, as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

uvloop: ModuleType | None
try:
    import uvloop
except ImportError:  # not built for Windows: uvicorn's asyncio loop serves there
    uvloop = None


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a time limit on receiving a request's headers."""

    parser_version = httptools.__version__  # the C parser this protocol runs on, for diagnostics

    header_timeout: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def on_headers_complete(self) -> None:
        self._cancel_header_timer()
        previous = self.cycle
        super().on_headers_complete()
        cycle = self.cycle
        if cycle is not None and cycle is not previous:  # a new request: its task has not run yet
            HeadWithBody.install(cycle, self.loop)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and not self.pipeline:
            self._arm_header_timer()  # the next request on this connection gets the same limit

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)


class HeadWithBody:
    """A response cycle's transport that holds the head until the first body part is written.

    Only the write made while ``http.response.start`` is sent is held (not a ``100 Continue``);
    it goes out with the next write, or on the next turn of the event loop, or before a close.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self.transport = transport
        self.loop = loop
        self.holding = False
        self.held = b""

    @classmethod
    def install(cls, cycle: Any, loop: asyncio.AbstractEventLoop) -> None:
        """Route ``cycle``'s writes through a ``HeadWithBody`` (before its ASGI task runs)."""
        coalescing = cls(cycle.transport, loop)
        cycle.transport = coalescing
        send: Callable[[Any], Awaitable[None]] = cycle.send

        async def send_head_with_body(message: Any) -> None:
            if message["type"] != "http.response.start":
                await send(message)
                return
            coalescing.holding = True
            try:
                await send(message)
            finally:
                coalescing.holding = False
            if coalescing.held:
                loop.call_soon(coalescing.flush)  # a body that is not ready yet must not hold it

        cycle.send = send_head_with_body  # run_asgi hands the app ``self.send``

    def write(self, data: bytes) -> None:
        if self.holding:
            self.held += data
            return
        if self.held:
            data, self.held = self.held + data, b""
        self.transport.write(data)

    def flush(self) -> None:
        if self.held and not self.transport.is_closing():
            self.transport.write(self.held)
        self.held = b""

    def close(self) -> None:
        self.flush()
        self.transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


def protocol_with(header_timeout: float) -> type[HeaderTimeoutProtocol]:
    """``HeaderTimeoutProtocol`` with its own time limit (uvicorn takes a class, not an instance)."""
    return type("JeugdgraphHttpProtocol", (HeaderTimeoutProtocol,), {"header_timeout": header_timeout})


def uvicorn_options(settings: Any) -> dict[str, Any]:
    """The uvicorn settings jeugdgraph serves with: the httptools parser (``HttpToolsProtocol``) and
    the uvloop event loop where they are installed, and connection hygiene from ``Settings``."""
    return {
        "http": protocol_with(float(settings.header_timeout)),
        "loop": "uvloop" if uvloop is not None else "asyncio",
        "timeout_keep_alive": int(settings.keep_alive_timeout),
        "limit_concurrency": int(settings.max_connections) or None,
    }
