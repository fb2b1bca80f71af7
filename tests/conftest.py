"""Fixtures shared by every capability: the seed corpus built once per test session."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from prerequisites import missing

from jeugdgraph.settings import PROJECT_ROOT, SEEDS_DIR

SHARED_DIR = PROJECT_ROOT.parent / "shared"
OPENDATA_DIR = SHARED_DIR / "opendata"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - BuildReport
    """The build report of the seed documents, built once into a session store."""
    from jeugdgraph.build import build_store

    store_dir = tmp_path_factory.mktemp("seed") / "store"
    return build_store([SEEDS_DIR], store_dir)


@pytest.fixture(scope="session")
def seed_store_dir(seed_build) -> Path:  # noqa: ANN001
    """Directory of the built seed store (open it read-only if you need your own handle)."""
    return seed_build.store_dir


@pytest.fixture(scope="session")
def seed_store(seed_store_dir: Path) -> ox.Store:
    """A read-only handle on the built seed store."""
    return ox.Store.read_only(str(seed_store_dir))


@pytest.fixture(scope="session")
def opendata_dir() -> Path:
    """The published open-government lists beside the checkout; skips where they are absent."""
    if not OPENDATA_DIR.is_dir():
        missing(f"the open-government lists are not present at {OPENDATA_DIR}")
    return OPENDATA_DIR
