"""An app over the built seed store for the search tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings


@pytest.fixture(scope="module")
def seed_client(seed_build, seed_store_dir: Path) -> Iterator[TestClient]:  # noqa: ANN001
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    with TestClient(app) as test_client:
        yield test_client
