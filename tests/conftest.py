"""Fixtures shared by every capability: the seed corpus, the dev half and a mixed corpus (seeds,
generated documents of every genre, the dev half), each built once per test session."""

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


@pytest.fixture(scope="session")
def dev_build(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - BuildReport
    """The dev half of the evaluation corpus alone, built and validated once per session (the
    evaluation scores it; validation leaves the store as a build without it would)."""
    from corpora import DEV_CORPUS

    from jeugdgraph.build import build_store

    if not DEV_CORPUS.is_dir():
        missing(f"the dev half of the evaluation corpus is not present at {DEV_CORPUS}")
    return build_store([DEV_CORPUS], tmp_path_factory.mktemp("dev") / "store")


@pytest.fixture(scope="session")
def mixed_build(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - BuildReport
    """The seeds, generated documents of every genre (two generated corpora, four documents of
    each genre in each) and the dev half, built once per session without validation."""
    from corpora import DEV_CORPUS, generate, genre_corpus

    from jeugdgraph.build import build_store

    sources = [SEEDS_DIR]
    for seed in (7, 11):
        folder = tmp_path_factory.mktemp(f"genres-{seed}")
        assert set(genre_corpus(folder, seed)) == set(generate.GENRES)
        sources.append(folder)
    if DEV_CORPUS.is_dir():
        sources.append(DEV_CORPUS)
    return build_store(sources, tmp_path_factory.mktemp("mixed") / "store", validate=False)
