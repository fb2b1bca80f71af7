"""Hostile queries: nested past what a parser can take, exponential joins and paths, bad bytes in
the URL. Each ends with a clear answer (4xx, or 503 at the time limit), never a 500, and the
server keeps answering."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

JSON = {"Accept": "application/sparql-results+json"}
QUERY_BODY = {**JSON, "Content-Type": "application/sparql-query"}


@pytest.fixture(scope="module")
def client(seed_build, seed_store_dir: Path) -> Iterator[TestClient]:  # noqa: ANN001
    settings = Settings(query_workers=2, query_timeout=2.0)
    with TestClient(create_app(settings, seed_store_dir, validation=seed_build.validation)) as test_client:
        yield test_client


def still_answers(client: TestClient) -> bool:
    response = client.get("/sparql", params={"query": "ASK { ?s a jg:Gemeente }"}, headers=JSON)
    return response.status_code == 200 and response.json()["boolean"] is True


@pytest.mark.parametrize("depth", [5_000, 20_000])
def test_deeply_nested_groups(client: TestClient, depth: int) -> None:
    query = "SELECT * WHERE " + "{ " * depth + "?s ?p ?o" + " }" * depth
    response = client.post("/sparql", content=query, headers=QUERY_BODY)
    assert response.status_code in (400, 413, 503), response.text
    assert response.json()["fout"]
    assert still_answers(client)


def test_deeply_nested_expressions(client: TestClient) -> None:
    depth = 20_000
    query = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * depth + "1" + ")" * depth + ") }"
    response = client.post("/sparql", content=query, headers=QUERY_BODY)
    assert response.status_code in (400, 413, 503), response.text
    assert still_answers(client)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:p>|!<urn:q>)* ?b . ?b (!<urn:q>)* ?c }",
    ],
)
def test_exponential_queries_end_at_the_time_limit_with_503(client: TestClient, query: str) -> None:
    response = client.get("/sparql", params={"query": query}, headers=JSON)
    assert response.status_code == 503
    assert "tijdslimiet" in response.json()["fout"]
    assert still_answers(client)


def test_invalid_utf8_in_the_url_is_400_not_a_repaired_query(client: TestClient) -> None:
    response = client.get(
        "/sparql?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%22%FF%22%20%7D", headers=JSON
    )
    assert response.status_code == 400
    assert "UTF-8" in response.json()["fout"]
    assert client.get("/api/queries/leden-van-regio?regio=%C3%28", headers=JSON).status_code == 400
    ok = client.get("/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%22%C3%A9%C3%A9n%22%20%7D", headers=JSON)
    assert ok.status_code == 200  # valid UTF-8 (één) passes


@pytest.mark.parametrize("query", [
    "BASE <http://a[/> SELECT * FROM <x> WHERE { ?s ?p ?o }",
    "BASE <http://a[/> PREFIX p: <y> SELECT * WHERE { SERVICE p:z { ?s ?p ?o } }",
    "BASE <http://127...[0.0.1:9/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
])
def test_an_iri_unresolvable_against_its_base_is_400_not_500(client: TestClient, query: str) -> None:
    response = client.get("/sparql", params={"query": query}, headers=JSON)
    assert response.status_code == 400, response.text
    assert "BASE" in response.json()["fout"] or "onleesbaar" in response.json()["fout"]
    assert still_answers(client)


def test_a_malformed_query_is_400_with_line_and_column(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE {\n  ?s ?p \n}"}, headers=JSON)
    assert response.status_code == 400
    assert re.search(r"regel \d+, kolom \d+", response.json()["fout"])


def test_a_query_over_the_size_limit_is_refused_before_it_runs(client: TestClient) -> None:
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    response = client.post("/sparql", content=huge, headers=QUERY_BODY)
    assert response.status_code == 413
    assert still_answers(client)
