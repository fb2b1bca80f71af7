"""Fixtures of the write tests: writable copies of the seed store, and apps with write tokens
over such a copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from writefixtures import close_writes, copy_store, memory_copy, write_settings

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings


@pytest.fixture
def memory_store(seed_store: ox.Store) -> ox.Store:
    """A writable in-memory copy of the seed store."""
    return memory_copy(seed_store)


@pytest.fixture(scope="module")
def write_app_factory(seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN001, ANN201
    """Makes apps with writes enabled over fresh copies of the seed store; closes them afterwards."""
    made: list[tuple[TestClient, object]] = []

    def make(**changes: object) -> tuple[TestClient, Path, Settings]:
        folder = tmp_path_factory.mktemp("writable")
        store_dir = copy_store(seed_store_dir, folder / "store")
        settings = write_settings(folder, **changes)
        app = create_app(settings, store_dir, validation=seed_build.validation)
        client = TestClient(app)
        client.__enter__()
        made.append((client, app))
        return client, store_dir, settings

    yield make
    for client, app in made:
        client.__exit__(None, None, None)
        close_writes(app)


@pytest.fixture(scope="module")
def write_client(write_app_factory) -> Iterator[tuple[TestClient, Path, Settings]]:  # noqa: ANN001
    """One app with document writes and SPARQL Update enabled, over its own copy of the seeds."""
    yield write_app_factory(enable_update=True)
