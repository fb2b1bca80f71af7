"""Fixtures of the visualisation tests: query rows over the seed store, the app over it, a small
store whose texts try to break out of HTML, and a live uvicorn server for the browser test."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from vizdata import hostile_trig

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings
from jeugdgraph.viz_queries import QueryRows, store_query_rows


@pytest.fixture(scope="session")
def seed_rows(seed_store: ox.Store) -> QueryRows:
    return store_query_rows(seed_store)


@pytest.fixture(scope="module")
def viz_client(seed_build, seed_store_dir: Path) -> Iterator[TestClient]:  # noqa: ANN001
    """The whole app over the seed store, queries in worker processes as in production."""
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def hostile_store() -> ox.Store:
    store = ox.Store()
    store.load(hostile_trig(), ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def hostile_client(hostile_store: ox.Store) -> Iterator[TestClient]:
    app = create_app(Settings(query_workers=2), hostile_store, validate_on_start=False)
    with TestClient(app) as client:
        yield client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn on a free port of 127.0.0.1, in a thread of this process; ``stop()`` ends it."""

    def __init__(self, app: FastAPI) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-viz-test", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start within 30 s")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture(scope="module")
def live_seed_server(seed_build, seed_store_dir: Path) -> Iterator[LiveServer]:  # noqa: ANN001
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    server = LiveServer(app)
    try:
        yield server
    finally:
        server.stop()
