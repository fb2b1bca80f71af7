"""Any well-formed INSERT DATA or DELETE DATA is applied or refused with a 4xx, never a 5xx;
what is applied is in the store afterwards."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jeugdgraph.server import create_app
from jeugdgraph.server.write_access import write_access
from jeugdgraph.settings import Settings

TOKEN = "property-test-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
GRAPHS = [
    "http://example.org/c1",
    "http://example.org/c2",
    "urn:x-test:g",
    "https://w3id.org/jeugdgraph/id/graph/ontology",  # locked: refused with 403
    "https://w3id.org/jeugdgraph/id/graph/scratch",
]
XSD = "http://www.w3.org/2001/XMLSchema#"

iris = st.sampled_from(
    [
        "http://example.org/s",
        "http://example.org/p",
        "urn:a:b",
        "http://example.org/é#x",
        "https://w3id.org/jeugdgraph/def#Motie",
        "http://www.w3.org/2000/01/rdf-schema#label",
    ]
)
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
literals = st.one_of(
    text.map(ox.Literal),
    st.tuples(text, st.sampled_from(["nl", "en-GB", "de-CH-1996"])).map(
        lambda t: ox.Literal(t[0], language=t[1])
    ),
    st.integers(-(10**20), 10**20).map(lambda n: ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))),
    st.floats(allow_nan=True).map(lambda f: ox.Literal(repr(f), datatype=ox.NamedNode(XSD + "double"))),
    st.tuples(text, st.sampled_from(["date", "decimal", "boolean", "anyURI"])).map(
        lambda t: ox.Literal(t[0], datatype=ox.NamedNode(XSD + t[1]))
    ),  # possibly ill-typed: still RDF
)
labels = st.sampled_from(["x", "y", "z"])


def triple_text(blank: bool):  # noqa: ANN201 - a strategy of N-Triples lines
    subjects = (
        st.one_of(iris.map(ox.NamedNode), labels.map(ox.BlankNode)) if blank else iris.map(ox.NamedNode)
    )
    objects = st.one_of(iris.map(ox.NamedNode), literals, *([labels.map(ox.BlankNode)] if blank else []))
    return st.tuples(subjects, iris.map(ox.NamedNode), objects).map(lambda t: f"{t[0]} {t[1]} {t[2]} .")


def blocks(blank: bool):  # noqa: ANN201
    block = st.tuples(st.sampled_from(GRAPHS), st.lists(triple_text(blank), min_size=1, max_size=4))
    return st.lists(block, min_size=1, max_size=3).map(
        lambda bs: " ".join(f"GRAPH <{g}> {{ {' '.join(ts)} }}" for g, ts in bs)
    )


updates = st.one_of(
    blocks(True).map(lambda b: f"INSERT DATA {{ {b} }}"),
    blocks(False).map(lambda b: f"DELETE DATA {{ {b} }}"),
    st.tuples(blocks(False), blocks(True)).map(
        lambda t: f"DELETE DATA {{ {t[0]} }} ; INSERT DATA {{ {t[1]} }}"
    ),
)


@pytest.fixture(scope="module")
def client(
    seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:  # noqa: ANN001
    import shutil

    folder = tmp_path_factory.mktemp("property")
    store_dir = folder / "store"
    shutil.copytree(seed_store_dir, store_dir, ignore=shutil.ignore_patterns("LOCK"))
    settings_ = Settings(
        query_workers=1,
        enable_update=True,
        audit_log=folder / "audit.jsonl",
        write_tokens=(hashlib.sha256(TOKEN.encode()).hexdigest(),),
    )
    app = create_app(settings_, store_dir, validation=seed_build.validation)
    with TestClient(app) as test_client:
        yield test_client
    write_access(app.state.context).service.close()


def test_the_blank_node_spanning_two_graphs_is_inserted(client: TestClient) -> None:
    update = (
        "INSERT DATA { GRAPH <http://example.org/c1> { _:x <http://example.org/p> 1 } "
        "GRAPH <http://example.org/c2> { _:x <http://example.org/p> 2 } }"
    )
    response = client.post("/sparql/update", content=update, headers=HEADERS)
    assert response.status_code == 200, response.text
    ask = (
        "ASK { GRAPH <http://example.org/c1> { ?b <http://example.org/p> 1 } "
        "GRAPH <http://example.org/c2> { ?b <http://example.org/p> 2 } }"
    )
    answer = client.get(
        "/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
    )
    assert answer.json()["boolean"] is True


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(update=updates)
def test_a_well_formed_data_update_is_applied_or_refused_with_4xx(client: TestClient, update: str) -> None:
    ox.Store().update(update)  # well-formed: the reference parser takes it
    response = client.post("/sparql/update", content=update, headers=HEADERS)
    assert response.status_code < 500, (update, response.text)
    if response.status_code == 200 and update.startswith("INSERT DATA") and "_:" not in update:
        ask = "ASK " + update.removeprefix("INSERT DATA ")
        answer = client.get(
            "/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
        )
        assert answer.json()["boolean"] is True, update


def test_using_parameters_become_using_clauses_of_each_modify_operation() -> None:
    from jeugdgraph.server.update import with_using

    update = (
        "DELETE DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } } ; "
        "INSERT { GRAPH <urn:t> { ?s a <urn:X> } } WHERE { ?s ?p ?o } ; "
        "DELETE WHERE { GRAPH <urn:g> { ?s ?p ?o } } ; "
        "DELETE { GRAPH <urn:t> { ?s ?p ?o } } INSERT { GRAPH <urn:u> { ?s ?p ?o } } WHERE { "
        "{ SELECT ?s ?p ?o WHERE { ?s ?p ?o } } }"
    )
    rewritten = with_using(update, ["urn:d1"], ["urn:n1"])
    assert rewritten.count("USING <urn:d1> USING NAMED <urn:n1> WHERE") == 2
    ox.Store().update(rewritten)  # still a valid update


def test_update_in_the_url_or_with_using_and_with_is_400(client: TestClient) -> None:
    in_url = client.post("/sparql/update?update=CLEAR%20DEFAULT", content="CLEAR DEFAULT", headers=HEADERS)
    assert in_url.status_code == 400
    conflict = client.post(
        "/sparql/update?using-graph-uri=urn:g",
        content="WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        headers=HEADERS,
    )
    assert conflict.status_code == 400 and "USING of WITH" in conflict.json()["fout"]
