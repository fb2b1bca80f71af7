"""The Graph Store Protocol's reads at /store: GET and HEAD of a named graph, of ?default (the
union) and of the whole dataset, N-Quads and TriG, all while writes are off; and TriG/N-Quads
bodies for a write."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from serverfixtures import DOC_MOTIE, GRAPH_REFERENCE


def stored(store_dir, graph: str | None = None) -> set[ox.Triple]:  # noqa: ANN001
    store = ox.Store.read_only(str(store_dir))
    name = ox.NamedNode(graph) if graph else None
    return {
        q.triple
        for q in store.quads_for_pattern(None, None, None, name)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }


@pytest.mark.parametrize(
    ("media", "fmt"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_get_a_named_graph_while_writes_are_off(client: TestClient, small_store_dir, media: str, fmt) -> None:  # noqa: ANN001
    answer = client.get("/store", params={"graph": GRAPH_REFERENCE}, headers={"Accept": media})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
    assert {q.triple for q in ox.parse(answer.content, fmt)} == stored(small_store_dir, GRAPH_REFERENCE)


@pytest.mark.parametrize(
    ("media", "fmt"), [("application/n-quads", ox.RdfFormat.N_QUADS), ("application/trig", ox.RdfFormat.TRIG)]
)
def test_a_graph_as_quads_keeps_its_name(client: TestClient, media: str, fmt) -> None:  # noqa: ANN001
    answer = client.get("/store", params={"graph": DOC_MOTIE}, headers={"Accept": media})
    quads = list(ox.parse(answer.content, fmt))
    assert quads and {q.graph_name for q in quads} == {ox.NamedNode(DOC_MOTIE)}


def test_head_gives_the_headers_of_get_without_a_body(client: TestClient) -> None:
    get = client.get("/store", params={"graph": GRAPH_REFERENCE})
    head = client.head("/store", params={"graph": GRAPH_REFERENCE})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert int(head.headers["content-length"]) == len(get.content)
    assert client.head("/store", params={"graph": "urn:no:such:graph"}).status_code == 404


def test_default_is_the_union_of_the_named_graphs(client: TestClient, small_store_dir) -> None:  # noqa: ANN001
    answer = client.get("/store?default", headers={"Accept": "application/n-triples"})
    assert answer.status_code == 200
    assert {q.triple for q in ox.parse(answer.content, ox.RdfFormat.N_TRIPLES)} == stored(small_store_dir)


def test_without_a_graph_the_whole_dataset_as_nquads(client: TestClient, small_store_dir) -> None:  # noqa: ANN001
    answer = client.get("/store", headers={"Accept": "application/n-quads"})
    quads = set(ox.parse(answer.content, ox.RdfFormat.N_QUADS))
    store = ox.Store.read_only(str(small_store_dir))
    assert quads == set(store)
    assert client.get("/store", headers={"Accept": "text/turtle"}).status_code == 406


def test_graph_and_default_together_is_a_bad_request(client: TestClient) -> None:
    assert client.get("/store", params={"graph": GRAPH_REFERENCE, "default": ""}).status_code == 400
