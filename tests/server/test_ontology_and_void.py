"""``/def`` dereferences the ontology namespace (HTML with an anchor per term, or RDF), and
``/.well-known/void`` describes the dataset, linked from the service description."""

from __future__ import annotations

import re

import pyoxigraph as ox
from fastapi.testclient import TestClient

JG = "https://w3id.org/jeugdgraph/def#"
VOID = "http://rdfs.org/ns/void#"


def test_def_as_a_page_has_an_anchor_per_term(seed_client: TestClient) -> None:
    page = seed_client.get("/def", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'id="Document"' in page.text and 'id="Motie"' in page.text
    assert "Klassen" in page.text and "Relaties" in page.text
    assert "<script" not in page.text


def test_def_as_turtle_is_the_ontology_graph(seed_client: TestClient, seed_store: ox.Store) -> None:
    answer = seed_client.get("/def", headers={"Accept": "text/turtle"})
    assert answer.headers["content-type"].startswith("text/turtle")
    served = {q.triple for q in ox.parse(answer.content, ox.RdfFormat.TURTLE)}
    stored = {
        q.triple
        for q in seed_store.quads_for_pattern(
            None, None, None, ox.NamedNode("https://w3id.org/jeugdgraph/id/graph/ontology")
        )
    }
    assert (
        len(served) == len(stored)
        and {t for t in served if _ground(t)} == {t for t in stored if _ground(t)}
        and ox.Triple(
            ox.NamedNode(JG + "Document"),
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("http://www.w3.org/2002/07/owl#Class"),
        )
        in served
    )


def test_every_class_anchor_in_the_page(seed_client: TestClient, seed_store: ox.Store) -> None:
    page = seed_client.get("/def?format=html").text
    anchors = set(re.findall(r'<dt id="([^"]+)"', page))
    classes = {
        row["c"].value[len(JG) :]
        for row in seed_store.query(
            "SELECT ?c WHERE { GRAPH ?g { ?c a <http://www.w3.org/2002/07/owl#Class> } "
            f"FILTER(STRSTARTS(STR(?c), '{JG}')) }}"
        )
    }
    assert classes and classes <= anchors


def test_a_term_path_redirects_to_its_anchor(seed_client: TestClient) -> None:
    answer = seed_client.get("/def/Motie", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/def#Motie"


def test_the_void_description_names_endpoint_graphs_and_sizes(
    seed_client: TestClient, seed_store: ox.Store
) -> None:
    answer = seed_client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    triples = [q.triple for q in ox.parse(answer.content, ox.RdfFormat.TURTLE)]
    dataset = ox.NamedNode("http://127.0.0.1:8000/.well-known/void#dataset")

    def value(subject, predicate: str):  # noqa: ANN001, ANN202
        return [t.object for t in triples if t.subject == subject and t.predicate == ox.NamedNode(predicate)]

    assert value(dataset, VOID + "sparqlEndpoint") == [ox.NamedNode("http://127.0.0.1:8000/sparql")]
    assert ox.NamedNode("http://www.w3.org/ns/dcat#Dataset") in value(
        dataset, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    )
    total = sum(1 for q in seed_store if not isinstance(q.graph_name, ox.DefaultGraph))
    assert [int(v.value) for v in value(dataset, VOID + "triples")] == [total]
    graphs = {q.graph_name for q in seed_store if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert set(value(dataset, VOID + "subset")) == graphs


def test_the_service_description_links_to_the_void_description(seed_client: TestClient) -> None:
    answer = seed_client.get("/sparql", headers={"Accept": "text/turtle"})
    triples = [q.triple for q in ox.parse(answer.content, ox.RdfFormat.TURTLE)]
    assert (
        ox.Triple(
            ox.NamedNode("http://127.0.0.1:8000/sparql"),
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
            ox.NamedNode("http://127.0.0.1:8000/.well-known/void"),
        )
        in triples
    )


def _ground(triple: ox.Triple) -> bool:
    return not isinstance(triple.subject, ox.BlankNode) and not isinstance(triple.object, ox.BlankNode)
