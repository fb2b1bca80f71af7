"""Safe RDF parsing on the write paths: no XML entity expansion, literal and graph size limits,
and a refused oversized graph never blocks writes to other graphs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from securityfixtures import AUTH, DIGEST, seed_app_client

GRAPH = "https://w3id.org/jeugdgraph/id/graph/beveiliging-"
TURTLE = {**AUTH, "Content-Type": "text/turtle"}
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/s"><ex:p>&h;</ex:p></rdf:Description>
</rdf:RDF>
"""


@pytest.fixture(scope="module")
def client(  # noqa: ANN001
    seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("rdf-limits")
    with seed_app_client(
        seed_build,
        seed_store_dir,
        folder,
        query_workers=1,
        enable_update=True,
        write_tokens=(DIGEST,),
        audit_log=folder / "audit.jsonl",
        max_literal_chars=1_000,
        max_graph_triples=50,
    ) as test_client:
        yield test_client


def put(client: TestClient, name: str, body: bytes, headers: dict[str, str] = TURTLE):  # noqa: ANN201
    return client.put("/store", params={"graph": GRAPH + name}, content=body, headers=headers)


def other_graph_still_takes_writes(client: TestClient, name: str) -> bool:
    body = f'<{GRAPH}{name}> <http://www.w3.org/2000/01/rdf-schema#label> "gewoon" .'.encode()
    return put(client, name, body).status_code in (200, 201)


def test_rdf_xml_with_entity_declarations_is_refused_before_parsing(client: TestClient) -> None:
    response = put(client, "lach", BILLION_LAUGHS, {**AUTH, "Content-Type": "application/rdf+xml"})
    assert response.status_code == 400, response.text
    assert "ENTITY" in response.json()["fout"]
    assert client.get("/store", params={"graph": GRAPH + "lach"}, headers=AUTH).status_code == 404
    assert other_graph_still_takes_writes(client, "na-lach")


def test_a_literal_past_the_limit_is_refused_and_blocks_nothing(client: TestClient) -> None:
    body = f'<{GRAPH}lang> <http://example.org/p> "{"x" * 1_500}" .'.encode()
    response = put(client, "lang", body)
    assert response.status_code == 413, response.text
    assert "1000 tekens" in response.json()["fout"]
    assert other_graph_still_takes_writes(client, "na-lang")


def test_a_graph_past_the_triple_limit_is_refused(client: TestClient) -> None:
    body = "".join(f'<{GRAPH}veel> <http://example.org/p{i}> "{i}" .\n' for i in range(60)).encode()
    response = put(client, "veel", body)
    assert response.status_code == 413, response.text
    assert other_graph_still_takes_writes(client, "na-veel")


def test_an_update_that_builds_a_long_literal_is_refused(client: TestClient) -> None:
    update = (
        f'INSERT {{ GRAPH <{GRAPH}opgeblazen> {{ <{GRAPH}opgeblazen> <http://example.org/p> ?x }} }} '
        f'WHERE {{ BIND(REPLACE("{"x" * 50}", "x", "{"y" * 50}") AS ?x) }}'  # 2 500 characters
    )
    response = client.post("/sparql/update", content=update.encode(),
                           headers={**AUTH, "Content-Type": "application/sparql-update"})
    assert response.status_code == 413, response.text


def test_a_turtle_syntax_error_says_so(client: TestClient) -> None:
    response = put(client, "kapot", b"<http://example.org/a> <http://example.org/b> .")
    assert response.status_code == 400, response.text
    message = response.json()["fout"]
    assert "ongeldig" in message and "leeg" not in message
