"""Fixtures of the visualisation tests: query rows over the seed store, the app over it, a small
store whose texts try to break out of HTML, and a live uvicorn server for the browser test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from liveserver import LiveServer
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


@pytest.fixture(scope="module")
def live_seed_server(seed_build, seed_store_dir: Path) -> Iterator[LiveServer]:  # noqa: ANN001
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    server = LiveServer(app)
    try:
        yield server
    finally:
        server.stop()
