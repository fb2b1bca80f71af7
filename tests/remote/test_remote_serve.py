"""Serving a remote store: the same answers, limits, formats and errors as the embedded store."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from oxigraphfixtures import OxigraphServer, oxigraph_binary
from prerequisites import missing

from jeugdgraph.build import build_store
from jeugdgraph.errors import QueryError, QueryTimeout
from jeugdgraph.query.named import load_named_queries
from jeugdgraph.query.remote_backend import RemoteBackend, bind_values, query_form
from jeugdgraph.query.shape import query_shape
from jeugdgraph.query.types import QueryRequest
from jeugdgraph.search.named import search_binding
from jeugdgraph.server import create_app
from jeugdgraph.settings import QUERIES_DIR, SEEDS_DIR, Settings

SETTINGS = Settings(query_workers=2)
NAMED = list(load_named_queries(QUERIES_DIR))


@pytest.fixture(scope="module")
def remote_url(tmp_path_factory) -> Iterator[str]:  # noqa: ANN001
    """A real Oxigraph server holding the seeds, built by 'build --store URL'."""
    binary = oxigraph_binary()
    if binary is None:
        missing("the 'oxigraph' server binary is not installed (pip install oxigraph)")
    server = OxigraphServer(binary, tmp_path_factory.mktemp("oxigraph") / "data")
    try:
        build_store([SEEDS_DIR], server.url, validate=False)
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def remote_client(remote_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(SETTINGS, remote_url, validate_on_start=False)) as client:
        yield client


@pytest.fixture(scope="module")
def embedded_client(seed_store_dir) -> Iterator[TestClient]:  # noqa: ANN001
    with TestClient(create_app(SETTINGS, seed_store_dir, validate_on_start=False)) as client:
        yield client


def _rows(response) -> list[tuple[str, ...]]:  # noqa: ANN001
    assert response.status_code == 200, response.text
    reader = csv.reader(io.StringIO(response.text))
    header = next(reader)
    return [header, *reader] if header else []


def test_the_suite_has_named_queries() -> None:
    assert len(NAMED) >= 15


# full-text search needs the index beside an embedded store (a 503 with the reason, tested below)
GRAPH_ONLY = [q for q in NAMED if search_binding(q) is None]


@pytest.mark.parametrize("name", [q.name for q in GRAPH_ONLY])
def test_every_named_query_answers_as_on_the_embedded_store(name, remote_client, embedded_client) -> None:
    query = next(q for q in NAMED if q.name == name)
    params = {**query.example_values(), "format": "csv"}
    remote = remote_client.get(query.api_path, params=params)
    embedded = embedded_client.get(query.api_path, params=params)
    assert remote.status_code == embedded.status_code == 200, (remote.text, embedded.text)
    remote_rows, embedded_rows = _rows(remote), _rows(embedded)
    if "ORDER BY" in query.sparql.upper():
        assert remote_rows == embedded_rows
    else:
        assert sorted(remote_rows) == sorted(embedded_rows)


def test_the_example_queries_find_something(remote_client) -> None:
    answered = [
        q.name for q in GRAPH_ONLY
        if len(_rows(remote_client.get(q.api_path, params={**q.example_values(), "format": "csv"}))) > 1
    ]
    assert len(answered) >= 0.8 * len(GRAPH_ONLY)


def test_sparql_endpoint_predeclares_prefixes_and_unions_the_graphs(remote_client) -> None:
    response = remote_client.get("/sparql", params={
        "query": "SELECT (COUNT(?g) AS ?n) WHERE { "
                 "?g org:memberOf <https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond> }",
    }, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "13"


@pytest.mark.parametrize("accept, marker", [
    ("text/turtle", b"@prefix"), ("application/n-triples", b"> <"), ("application/ld+json", b"@id"),
])
def test_construct_answers_in_every_rdf_format(remote_client, accept: str, marker: bytes) -> None:
    query = ("CONSTRUCT { ?g a jg:Gemeente ; skos:prefLabel ?n } WHERE { ?g a jg:Gemeente ; "
             "org:memberOf <https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond> ; skos:prefLabel ?n }")
    response = remote_client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert marker in response.content
    parsed = ox.Store()
    if accept != "application/ld+json":
        parsed.load(response.content, format=ox.RdfFormat.from_media_type(accept))
        assert len(parsed) == 26  # 13 municipalities, type and name


def test_ask_and_xml_results(remote_client) -> None:
    yes = remote_client.get("/sparql", params={"query": "ASK { ?x a jg:Motie }"},
                            headers={"Accept": "application/sparql-results+json"})
    assert yes.json() == {"head": {}, "boolean": True}
    xml = remote_client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x a jg:Motie }"},
                            headers={"Accept": "application/sparql-results+xml"})
    assert xml.status_code == 200 and b"<sparql" in xml.content


def test_the_row_cap_is_announced_and_exact(remote_client, embedded_client) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) } ORDER BY ?s ?p ?o"
    params = {"query": query, "row-limit": "7"}
    answers = []
    for client in (remote_client, embedded_client):
        response = client.get("/sparql", params=params, headers={"Accept": "text/csv"})
        assert response.status_code == 200
        assert response.headers["X-Jeugdgraph-Truncated"] == "true"
        assert len(_rows(response)) == 8  # header + 7
        answers.append(response.text)
    assert answers[0] == answers[1]


def test_a_syntax_error_is_400_with_the_line_as_the_client_wrote_it(remote_client) -> None:
    response = remote_client.post("/sparql", data={"query": "SELECT ?x\nWHERE { ?x a jg:Motie \n FILTER( }"},
                                  headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400
    assert "regel 3" in response.text


def test_a_parameter_is_bound_as_a_literal_and_changes_nothing(remote_client, remote_url) -> None:
    query = next(q for q in NAMED if q.name == "begrippenlijst")
    response = remote_client.get(query.api_path, params={"zoek": '"} ; DROP ALL ; #', "format": "csv"})
    assert response.status_code == 200
    assert _rows(response)[1:] == []
    # full-text search needs the index of an embedded store, and says so in Dutch
    searched = remote_client.get("/api/zoeken", params={"q": "jeugdhulp"})
    assert searched.status_code == 503 and "ingebouwde store" in searched.json()["fout"]
    backend = RemoteBackend.from_url(remote_url, workers=1, prefixes={}, settings=SETTINGS)
    try:
        still = backend.execute(QueryRequest("ASK { ?x a <https://w3id.org/jeugdgraph/def#Motie> }"))
        assert still.boolean is True
    finally:
        backend.close()


def test_values_are_bound_at_the_start_of_the_top_level_where_group() -> None:
    query = 'CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o { SELECT ?s WHERE { ?s ?q ?r } } }'
    opened = query_shape(query).where_open
    assert opened is not None and query[:opened].endswith("WHERE {")
    bound = bind_values(query, {"s": ox.NamedNode("http://example.org/a"), "o": ox.Literal('say "hi"\n')})
    assert 'WHERE { VALUES (?o ?s) { ("say \\"hi\\"\\n" <http://example.org/a>) }' in bound
    assert query_form("# SELECT in a comment\nASK { }") == "ASK"
    with pytest.raises(QueryError):
        bind_values("DESCRIBE <http://example.org/a>", {"x": ox.Literal("1")})


def test_the_time_limit_ends_a_slow_query_with_a_timeout(remote_url) -> None:
    backend = RemoteBackend.from_url(remote_url, workers=1, prefixes={}, settings=SETTINGS)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    try:
        with pytest.raises(QueryTimeout):
            backend.execute(QueryRequest(slow, timeout=0.5))
        motions = "SELECT ?x WHERE { ?x a <https://w3id.org/jeugdgraph/def#Motie> }"
        fast = backend.execute(QueryRequest(motions, timeout=5))
        assert json.loads(fast.body)["results"]["bindings"]
    finally:
        backend.close()


def test_an_unreachable_store_is_503_with_a_clear_message(unused_url: str) -> None:
    with TestClient(create_app(SETTINGS, unused_url, validate_on_start=False)) as client:
        response = client.get("/sparql", params={"query": "ASK {}"},
                              headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 503
    assert "niet bereikbaar" in response.text
