"""Fixtures of the endpoint tests: a generated store large enough that its answers must be
streamed, served live by jeugdgraph's worker pool."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from endpointdata import Served, write_generated_store  # noqa: E402
from liveserver import LiveServer  # noqa: E402

from jeugdgraph.query.pool import ProcessPoolBackend  # noqa: E402
from jeugdgraph.server import create_app  # noqa: E402
from jeugdgraph.settings import Settings  # noqa: E402


@pytest.fixture(scope="session")
def generated_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_generated_store(tmp_path_factory.mktemp("generated") / "store")


@pytest.fixture(scope="module")
def served(generated_store_dir: Path) -> Iterator[Served]:
    """The generated store under uvicorn, two query workers, no row cap, a roomy time limit for a
    busy machine (tests that need a short one ask for it with ``timeout=``)."""
    settings = Settings(query_workers=2, query_timeout=120.0, row_limit=0)
    app = create_app(settings, generated_store_dir, validate_on_start=False)
    backend = app.state.context.backend
    assert isinstance(backend, ProcessPoolBackend)
    server = LiveServer(app, name="uvicorn-endpoint-test")
    try:
        yield Served(server.url, backend)
    finally:
        server.stop()
