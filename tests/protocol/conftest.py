"""Fixtures of the protocol tests: the seed store with the W3C test graphs added, served live by
jeugdgraph with SPARQL Update on (and by Oxigraph server, for the comparison)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from liveserver import LiveServer, free_port  # noqa: E402
from prerequisites import missing  # noqa: E402
from w3c_runner import graph_data, load_tests  # noqa: E402

from jeugdgraph.server import create_app  # noqa: E402
from jeugdgraph.server.write_access import write_access  # noqa: E402
from jeugdgraph.settings import Settings  # noqa: E402

TOKEN = "protocol-test-token-5c1e"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@dataclass(frozen=True)
class Endpoint:
    query: str
    update: str
    headers: dict[str, str]
    base: str  # the server's root URL


def add_test_graphs(store_dir: Path) -> None:
    store = ox.Store(str(store_dir))
    for iri, ntriples in graph_data(load_tests()).items():
        store.load(ntriples.encode(), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    store.flush()
    del store


@pytest.fixture(scope="module")
def protocol_store(seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seed store with the W3C test graphs (data1, data2, data3) added."""
    target = tmp_path_factory.mktemp("protocol") / "store"
    shutil.copytree(seed_store_dir, target, ignore=shutil.ignore_patterns("LOCK"))
    add_test_graphs(target)
    return target


@pytest.fixture(scope="module")
def jeugdgraph_endpoint(protocol_store: Path, seed_build, tmp_path_factory) -> Iterator[Endpoint]:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("protocol-server")
    settings = Settings(
        query_workers=2,
        query_timeout=20.0,
        enable_update=True,
        audit_log=folder / "audit.jsonl",
        write_tokens=(hashlib.sha256(TOKEN.encode()).hexdigest(),),
    )
    app = create_app(settings, protocol_store, validation=seed_build.validation)
    server = LiveServer(app)
    try:
        yield Endpoint(f"{server.url}/sparql", f"{server.url}/sparql/update", AUTH, server.url)
    finally:
        server.stop()
        service = write_access(app.state.context).service
        if service is not None:
            service.close()


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def oxigraph_endpoint(protocol_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    """Oxigraph server on a copy of the same data (the PyPI package ``oxigraph``)."""
    binary = oxigraph_binary()
    if binary is None:
        missing("the Oxigraph server binary (pip install oxigraph) is not installed")
    location = tmp_path_factory.mktemp("oxigraph") / "store"
    source = ox.Store.read_only(str(protocol_store))
    copy = ox.Store(str(location))
    copy.load(source.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    copy.flush()
    del copy, source
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("Oxigraph server did not start") from None
                time.sleep(0.1)
        yield Endpoint(f"{url}/query", f"{url}/update", {}, url)
    finally:
        process.terminate()
        process.wait(timeout=30)
