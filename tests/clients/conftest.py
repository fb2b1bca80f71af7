"""Fixtures of the client tests: a live jeugdgraph server on a writable copy of the seed store,
with SPARQL Update on behind a bearer token."""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from liveserver import LiveServer  # noqa: E402

from jeugdgraph.server import create_app  # noqa: E402
from jeugdgraph.server.write_access import write_access  # noqa: E402
from jeugdgraph.settings import Settings  # noqa: E402

TOKEN = "client-test-token-91b2"


@dataclass(frozen=True)
class Live:
    url: str
    store: ox.Store  # a read-only handle on a copy of the served data, for expected answers

    @property
    def query(self) -> str:
        return f"{self.url}/sparql"

    @property
    def update(self) -> str:
        return f"{self.url}/sparql/update"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def live(seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("clients")
    store_dir = folder / "store"
    shutil.copytree(seed_store_dir, store_dir, ignore=shutil.ignore_patterns("LOCK"))
    settings = Settings(
        query_workers=2,
        query_timeout=20.0,
        enable_update=True,
        audit_log=folder / "audit.jsonl",
        write_tokens=(hashlib.sha256(TOKEN.encode()).hexdigest(),),
    )
    app = create_app(settings, store_dir, validation=seed_build.validation)
    server = LiveServer(app)
    try:
        yield Live(server.url, ox.Store.read_only(str(seed_store_dir)))
    finally:
        server.stop()
        service = write_access(app.state.context).service
        if service is not None:
            service.close()
