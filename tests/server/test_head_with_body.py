"""The server's protocol sends a response's head in one write with its first body part, and a head
whose body is not ready yet on the next turn of the event loop (``connections.HeadWithBody``)."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from liveserver import LiveServer

from jeugdgraph.server.connections import uvicorn_options
from jeugdgraph.settings import Settings

BODY = b'{"head":{},"boolean":true}'
WRITES: list[bytes] = []  # every write of the server's protocol to a connection, in order


class RecordedTransport:
    """The connection's real transport, with its writes noted in ``WRITES``."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self.transport = transport

    def write(self, data: bytes) -> None:
        WRITES.append(bytes(data))
        self.transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


def recording(protocol: type) -> type:
    """The server's own protocol class, its transport recorded."""

    def connection_made(self: Any, transport: asyncio.Transport) -> None:
        protocol.connection_made(self, RecordedTransport(transport))

    return type("RecordingProtocol", (protocol,), {"connection_made": connection_made})


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    if scope["path"] == "/late":  # a body that takes its time: the head must not wait for it
        await asyncio.sleep(1.0)
    await send({"type": "http.response.body", "body": BODY})


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    options = uvicorn_options(Settings())
    options["http"] = recording(options["http"])
    live = LiveServer(app, **options)
    yield live.port
    live.stop()


def test_head_and_small_body_leave_in_one_write(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server), timeout=5) as sock:
        for _ in range(5):  # on one connection, as a client with keep-alive sends them
            WRITES.clear()
            sock.sendall(b"GET /small HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = b""
            while not answer.endswith(BODY):
                answer += sock.recv(65536)
            assert len(WRITES) == 1
            assert WRITES[0].startswith(b"HTTP/1.1 200") and WRITES[0].endswith(b"\r\n\r\n" + BODY)


def test_head_is_not_held_for_a_late_body(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server), timeout=5) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /late HTTP/1.1\r\nHost: x\r\n\r\n")
        first = sock.recv(65536)
        assert time.monotonic() - started < 0.8
        assert first.startswith(b"HTTP/1.1 200") and first.endswith(b"\r\n\r\n")
        rest = b""
        while len(rest) < len(BODY):
            rest += sock.recv(65536)
        assert rest == BODY
