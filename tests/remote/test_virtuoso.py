"""A second real engine behind the remote-store mode: Virtuoso Open Source 7. The seeds are built
into it graph by graph over its Graph Store endpoint and served from it (its default graph is the
union of all graphs), and every named query answers as it does on the embedded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import shapely
from fastapi.testclient import TestClient

from jeugdgraph.build import build_remote
from jeugdgraph.derived import GRAPH_DERIVED
from jeugdgraph.namespaces import GEO, GRAPH_GEOMETRY, GRAPH_ONTOLOGY, GRAPH_REFERENCE
from jeugdgraph.query.named import load_named_queries
from jeugdgraph.remote import RemoteStore
from jeugdgraph.server import create_app
from jeugdgraph.settings import QUERIES_DIR, SEEDS_DIR, Settings

NAMED = load_named_queries(QUERIES_DIR)
JSON = {"Accept": "application/sparql-results+json"}


def virtuoso_settings(**changes: object) -> Settings:
    """The README's Virtuoso column."""
    return Settings(
        remote_query="/sparql", remote_update="/sparql", remote_gsp="/sparql-graph-crud?graph-uri={graph}",
        remote_union="native", remote_results="xml", query_workers=2, query_timeout=30.0,
    ).with_(**changes)


@pytest.fixture(scope="module")
def search_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the build writes the full-text index of the remote store (search stays local)."""
    return tmp_path_factory.mktemp("zoekindex") / "index"


@pytest.fixture(scope="module")
def virtuoso_build(virtuoso_server, search_folder: Path):  # noqa: ANN001, ANN201
    settings = virtuoso_settings(remote_search_index=search_folder)
    return build_remote([SEEDS_DIR], virtuoso_server.url, settings=settings, validate=False)


@pytest.fixture(scope="module")
def virtuoso_client(virtuoso_server, virtuoso_build, search_folder: Path) -> Iterator[TestClient]:  # noqa: ANN001
    settings = virtuoso_settings(remote_search_index=search_folder)
    app = create_app(settings, virtuoso_server.url, validate_on_start=False)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def embedded_client(seed_build, seed_store_dir) -> Iterator[TestClient]:  # noqa: ANN001
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    with TestClient(app) as client:
        yield client


def _rows(client: TestClient, path: str, params: dict[str, str]) -> list[tuple]:
    response = client.get(path, params={**params, "limit": "alle"}, headers=JSON)
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:500]}"
    data = response.json()
    variables = data["head"]["vars"]
    rows = []
    for binding in data["results"]["bindings"]:
        rows.append(tuple(_term(binding.get(v)) for v in variables))
    return sorted(rows)


def _term(term: dict | None) -> tuple:
    if term is None:
        return ()
    kind = "literal" if term["type"] == "typed-literal" else term["type"]
    datatype = term.get("datatype", "")
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = ""
    return (kind, term["value"], term.get("xml:lang", "").lower(), datatype)


def test_the_build_writes_every_graph_into_virtuoso(virtuoso_server, virtuoso_build) -> None:  # noqa: ANN001
    assert len(virtuoso_build.built) == 5
    with RemoteStore(virtuoso_server.url, virtuoso_settings()) as remote:
        graphs = set(remote.named_graphs())
    assert {str(GRAPH_ONTOLOGY), str(GRAPH_REFERENCE), GRAPH_DERIVED} <= graphs
    assert sum(g.startswith("https://w3id.org/jeugdgraph/id/document/") for g in graphs) == 5


def test_the_boundaries_arrive_with_the_same_coordinates(  # noqa: ANN001
    virtuoso_server, virtuoso_build, seed_store: ox.Store
) -> None:
    """Virtuoso parses every geo:wktLiteral (and refuses one that starts with a CRS IRI); it gives
    them back as virtrdf:Geometry without spaces, but every coordinate as the build wrote it."""
    query = f"SELECT ?g ?w WHERE {{ GRAPH <{GRAPH_GEOMETRY}> {{ ?g <{GEO.asWKT}> ?w }} }}"
    embedded = {row["g"].value: row["w"].value for row in seed_store.query(query)}
    with RemoteStore(virtuoso_server.url, virtuoso_settings()) as remote:
        remote_rows = {row["g"]: row["w"] for row in remote.select(query)}
    assert len(embedded) == 396 and remote_rows.keys() == embedded.keys()
    for iri, text in embedded.items():
        assert shapely.from_wkt(remote_rows[iri]).equals_exact(shapely.from_wkt(text), tolerance=0), iri


@pytest.mark.parametrize("name", sorted(q.name for q in NAMED))
def test_every_named_query_answers_as_on_the_embedded_store(  # noqa: ANN001
    name: str, virtuoso_client, embedded_client
) -> None:
    query = NAMED.get(name)
    params = query.example_values()
    embedded = _rows(embedded_client, query.api_path, params)
    assert _rows(virtuoso_client, query.api_path, params) == embedded


def test_search_uses_the_local_index_the_build_wrote(virtuoso_client, embedded_client, search_folder) -> None:  # noqa: ANN001
    assert search_folder.is_dir()
    remote = virtuoso_client.get("/api/zoeken", params={"q": "wachttijden", "limit": "50"})
    embedded = embedded_client.get("/api/zoeken", params={"q": "wachttijden", "limit": "50"})
    assert remote.status_code == embedded.status_code == 200
    assert remote.json()["totaal"] > 0
    assert remote.json()["treffers"] == embedded.json()["treffers"]


def test_without_a_local_index_search_says_what_to_set(virtuoso_server, virtuoso_build) -> None:  # noqa: ANN001
    app = create_app(virtuoso_settings(), virtuoso_server.url, validate_on_start=False)
    with TestClient(app) as client:
        response = client.get("/api/queries/zoek-in-citaten", params={"zoek": "kwartaal"}, headers=JSON)
    assert response.status_code == 503
    assert "JEUGDGRAPH_REMOTE_SEARCH_INDEX" in response.json()["fout"]
