"""/sparql/update and the Graph Store Protocol at /store: off by default, behind the token and the
SHACL gate when on, atomic, and refusing what reaches outside the store."""

from __future__ import annotations

import pytest
from writefixtures import AUTH

from jeugdgraph.audit import AuditLog

SCRATCH = "https://w3id.org/jeugdgraph/id/graph/test-scratch"
REFERENCE = "https://w3id.org/jeugdgraph/id/graph/reference"
UPDATE = {**AUTH, "Content-Type": "application/sparql-update"}


@pytest.fixture(scope="module")
def client(write_client):  # noqa: ANN001, ANN201
    client, _store_dir, settings = write_client
    client.audit = AuditLog(settings.audit_log)
    return client


def count(client, graph: str) -> int:  # noqa: ANN001
    response = client.get(
        "/sparql",
        params={"query": f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
    )
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_update_and_graph_store_are_off_by_default(write_app_factory) -> None:  # noqa: ANN001
    client, _store_dir, _settings = write_app_factory()  # tokens, but enable_update left off
    response = client.post(
        "/sparql/update",
        content=f"INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:a> <urn:b> 1 }} }}",
        headers=UPDATE,
    )
    assert response.status_code == 403 and "JEUGDGRAPH_ENABLE_UPDATE" in response.json()["fout"]
    assert (
        client.put(
            "/store",
            params={"graph": SCRATCH},
            content=b"<urn:a> <urn:b> 1 .",
            headers={**AUTH, "Content-Type": "text/turtle"},
        ).status_code
        == 403
    )
    assert client.get("/store", params={"graph": REFERENCE}).status_code == 200  # reading is always allowed
    assert count(client, SCRATCH) == 0


def test_an_update_needs_the_token(client) -> None:  # noqa: ANN001
    body = f"INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:a> <urn:b> 1 }} }}"
    assert (
        client.post(
            "/sparql/update", content=body, headers={"Content-Type": "application/sparql-update"}
        ).status_code
        == 401
    )
    assert count(client, SCRATCH) == 0


def test_an_update_over_http_both_body_forms(client) -> None:  # noqa: ANN001
    direct = client.post(
        "/sparql/update",
        headers=UPDATE,
        content=(
            f"PREFIX skos: <http://www.w3.org/2004/02/skos/core#> INSERT DATA {{ GRAPH <{SCRATCH}> "
            '{ <urn:test:a> skos:prefLabel "a"@nl } }'
        ),
    )
    assert direct.status_code == 200, direct.text
    assert direct.json()["grafen"] == {SCRATCH: {"voor": 0, "na": 1}}
    form = client.post(
        "/sparql/update",
        headers=AUTH,
        data={"update": f'INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:test:b> <urn:test:p> "b" }} }}'},
    )
    assert form.status_code == 200, form.text
    assert count(client, SCRATCH) == 2
    assert client.audit.records()[-1]["action"] == "sparql-update"
    client.post("/sparql/update", headers=UPDATE, content=f"DROP GRAPH <{SCRATCH}>")
    assert count(client, SCRATCH) == 0


@pytest.mark.parametrize(
    ("body", "content_type", "status", "words"),
    [
        (
            b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> }",
            "application/sparql-update",
            400,
            "regel 1, kolom",
        ),
        (
            b'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "\xff\xfe" } }',
            "application/sparql-update",
            400,
            "UTF-8",
        ),
        (b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update", 400, "benoemde graaf"),
        (b"LOAD <http://127.0.0.1:9/x.ttl>", "application/sparql-update", 403, "LOAD"),
        (
            b"DROP GRAPH <https://w3id.org/jeugdgraph/id/graph/ontology>",
            "application/sparql-update",
            403,
            "ontologie",
        ),
        (b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } }", "text/plain", 415, "sparql-update"),
        (b"", "application/sparql-update", 400, "leeg"),
    ],
)
def test_bad_updates_get_a_clear_4xx_and_change_nothing(client, body, content_type, status, words) -> None:  # noqa: ANN001
    before = count(client, REFERENCE)
    response = client.post("/sparql/update", content=body, headers={**AUTH, "Content-Type": content_type})
    assert response.status_code == status, response.text
    assert words in response.json()["fout"]
    assert count(client, REFERENCE) == before


def test_an_update_that_breaks_the_shapes_is_422_with_the_report(client) -> None:  # noqa: ANN001
    before = count(client, REFERENCE)
    response = client.post(
        "/sparql/update",
        headers=UPDATE,
        content=(
            f"INSERT DATA {{ GRAPH <{REFERENCE}> {{ "
            "<urn:test:x> a <https://w3id.org/jeugdgraph/def#Gemeente> } }"
        ),
    )
    assert response.status_code == 422
    assert "CBS-gemeentecode" in response.json()["rapport"]
    assert count(client, REFERENCE) == before


def test_an_update_over_the_size_limit_is_413(client) -> None:  # noqa: ANN001
    huge = "INSERT DATA { GRAPH <urn:g> { " + "<urn:a> <urn:b> 1 . " * 10_000 + "} }"
    response = client.post("/sparql/update", headers=UPDATE, content=huge)
    assert response.status_code == 413


def test_the_graph_store_protocol(client) -> None:  # noqa: ANN001
    turtle = {**AUTH, "Content-Type": "text/turtle"}
    created = client.put(
        "/store",
        params={"graph": SCRATCH},
        headers=turtle,
        content='<urn:test:a> <http://www.w3.org/2004/02/skos/core#prefLabel> "a"@nl .',
    )
    assert created.status_code == 201, created.text
    added = client.post(
        "/store",
        params={"graph": SCRATCH},
        headers={**AUTH, "Content-Type": "application/n-triples"},
        content='<urn:test:b> <urn:test:p> "b" .\n',
    )
    assert added.status_code == 200 and added.json()["grafen"][SCRATCH] == {"voor": 1, "na": 2}
    assert client.get("/store", params={"graph": SCRATCH}).status_code == 200  # reading is public
    read = client.get("/store", params={"graph": SCRATCH},
                      headers={**AUTH, "Accept": "application/n-triples"})
    assert read.status_code == 200 and read.headers["content-type"].startswith("application/n-triples")
    assert sorted(read.text.strip().splitlines())[1] == '<urn:test:b> <urn:test:p> "b" .'
    assert client.get("/store", params={"graph": SCRATCH},
                      headers={**AUTH, "Accept": "image/png"}).status_code == 406
    assert (
        client.put(
            "/store", params={"graph": SCRATCH}, headers=turtle, content="<urn:a> <urn:b> ."
        ).status_code
        == 400
    )
    assert (
        client.put(
            "/store", params={"graph": SCRATCH}, headers={**AUTH, "Content-Type": "text/csv"}, content="a,b"
        ).status_code
        == 415
    )
    assert (
        client.put("/store", headers=turtle, content="<urn:a> <urn:b> 1 .").status_code == 400
    )  # no ?graph=
    assert client.delete("/store", params={"graph": SCRATCH}).status_code == 401
    assert client.delete("/store", params={"graph": SCRATCH}, headers=AUTH).status_code == 200
    assert client.get("/store", params={"graph": SCRATCH}, headers=AUTH).status_code == 404
    assert client.delete("/store", params={"graph": SCRATCH}, headers=AUTH).status_code == 404


def test_a_deeply_nested_update_is_refused_before_it_reaches_the_parser(client) -> None:  # noqa: ANN001
    depth = 5_000
    body = "DELETE WHERE " + "{ " * depth + "GRAPH <urn:g> { ?s ?p ?o }" + " }" * depth
    response = client.post("/sparql/update", headers=UPDATE, content=body)
    assert response.status_code == 400
    assert "genest" in response.json()["fout"]


def test_a_graph_written_as_trig_or_nquads(client) -> None:  # noqa: ANN001
    graph = "https://w3id.org/jeugdgraph/id/graph/test-quads"
    headers = {**AUTH, "Content-Type": "application/trig"}
    body = f"<{graph}> {{ <urn:a> <urn:b> 1 }} <urn:c> <urn:d> 2 ."
    assert client.put("/store", params={"graph": graph}, headers=headers, content=body).status_code == 201
    assert count(client, graph) == 2
    nquads = {**AUTH, "Content-Type": "application/n-quads"}
    other = "<urn:e> <urn:f> \"3\" <urn:some:other:graph> ."
    refused = client.post("/store", params={"graph": graph}, headers=nquads, content=other)
    assert refused.status_code == 400 and "andere grafen" in refused.json()["fout"]
    assert client.post("/store", params={"graph": graph}, headers=nquads,
                       content=f"<urn:e> <urn:f> \"3\" <{graph}> .").status_code == 200
    assert count(client, graph) == 3
    assert client.put("/store?default", headers=headers, content="<urn:a> <urn:b> 1 .").status_code == 400


def test_an_update_sees_the_union_default_graph(client) -> None:  # noqa: ANN001
    target = "https://w3id.org/jeugdgraph/id/graph/test-union"
    update = (f"INSERT {{ GRAPH <{target}> {{ ?d <urn:jeugdgraph-test:gezien> true }} }} "
              "WHERE { ?d a <https://w3id.org/jeugdgraph/def#Document> }")
    response = client.post("/sparql/update", content=update, headers=UPDATE)
    assert response.status_code == 200 and response.json()["resultaat"] == "updated", response.text
    assert count(client, target) > 0
