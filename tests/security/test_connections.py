"""Connection hygiene with slow clients on 127.0.0.1: connections that never send their headers,
or send them a byte at a time, are closed at the header time limit; normal requests are served
meanwhile; past the connection limit the server answers 503 at once."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from liveserver import LiveServer

from jeugdgraph.server.connections import uvicorn_options
from jeugdgraph.settings import Settings


def small_app() -> FastAPI:
    app = FastAPI()

    @app.get("/ping")
    def ping() -> dict[str, str]:
        return {"antwoord": "pong"}

    @app.get("/slow")
    def slow() -> dict[str, str]:
        time.sleep(2)
        return {"antwoord": "traag"}

    return app


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    settings = Settings(header_timeout=1.0, keep_alive_timeout=1.0, max_connections=30)
    live = LiveServer(small_app(), **uvicorn_options(settings))
    yield f"127.0.0.1:{live.port}"
    live.stop()


def closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


def connect(address: str) -> socket.socket:
    host, port = address.split(":")
    return socket.create_connection((host, int(port)), timeout=5)


def test_silent_and_slow_header_clients_are_cut_off(server: str) -> None:
    silent = [connect(server) for _ in range(10)]
    dribbler = connect(server)
    stop = threading.Event()

    def dribble() -> None:  # one header byte every 0.3 s: never done within the limit
        request = b"GET /ping HTTP/1.1\r\nHost: x\r\nX-Langzaam: " + b"a" * 100
        for byte in request:
            if stop.is_set():
                return
            with contextlib.suppress(OSError):
                dribbler.send(bytes([byte]))
            time.sleep(0.3)

    thread = threading.Thread(target=dribble, daemon=True)
    thread.start()
    started = time.monotonic()
    response = httpx.get(f"http://{server}/ping", timeout=5)  # served meanwhile
    assert response.status_code == 200
    assert all(closed_by_server(sock, 4) for sock in silent)
    assert closed_by_server(dribbler, 4)
    assert time.monotonic() - started < 6
    stop.set()
    for sock in [*silent, dribbler]:
        sock.close()


def test_an_idle_connection_after_a_response_is_closed(server: str) -> None:
    sock = connect(server)
    sock.sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\n\r\n")
    assert b"200 OK" in sock.recv(4096)
    assert closed_by_server(sock, 4)
    sock.close()


def test_past_the_connection_limit_the_answer_is_503(server: str) -> None:
    answers: list[int] = []

    def slow() -> None:
        with contextlib.suppress(httpx.HTTPError):
            answers.append(httpx.get(f"http://{server}/slow", timeout=10).status_code)

    threads = [threading.Thread(target=slow) for _ in range(45)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 503 in answers and 200 in answers, answers
