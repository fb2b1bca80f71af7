"""Fixtures of the server tests: a small hand-written store on disk, apps over it and over the
seed store, and a real uvicorn server on 127.0.0.1 where concurrency matters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from serverfixtures import LiveServer, small_settings, write_small_store

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings


@pytest.fixture(scope="session")
def small_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_store(tmp_path_factory.mktemp("small") / "store")


@pytest.fixture(scope="session")
def small_counts(small_store_dir: Path) -> dict[str, int]:
    """Triples per named graph of the small store, counted directly (not through the server)."""
    store = ox.Store.read_only(str(small_store_dir))
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"].value: int(row["n"].value) for row in rows}


@pytest.fixture(scope="module")
def client(small_store_dir: Path) -> Iterator[TestClient]:
    """The app over the small store, with worker processes, not validated at start-up."""
    app = create_app(small_settings(), small_store_dir, validate_on_start=False)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def seed_client(seed_build, seed_store_dir: Path) -> Iterator[TestClient]:  # noqa: ANN001
    """The app over the built seed store; the build's own validation report says it is ready."""
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def live_server_factory() -> Iterator:
    servers: list[LiveServer] = []

    def start(app: FastAPI) -> LiveServer:
        server = LiveServer(app)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
