"""Fixtures of the remote-store tests: a real Oxigraph server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from oxigraphfixtures import OxigraphServer, free_port, oxigraph_binary
from prerequisites import missing


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh, empty Oxigraph server for one test."""
    binary = oxigraph_binary()
    if binary is None:
        missing("the 'oxigraph' server binary is not installed (pip install oxigraph)")
    server = OxigraphServer(binary, tmp_path / "oxigraph")
    yield server
    server.stop()


@pytest.fixture
def unused_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens."""
    return f"http://127.0.0.1:{free_port()}"


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A Virtuoso Open Source 7 of its own for one test module (it takes seconds to start)."""
    from virtuosofixtures import VirtuosoServer, virtuoso_binary

    binary = virtuoso_binary()
    if binary is None:
        missing("Virtuoso Open Source 7 is not installed (apt-get install virtuoso-opensource-7)")
    server = VirtuosoServer(binary, tmp_path_factory.mktemp("virtuoso") / "db")
    yield server
    server.stop()
