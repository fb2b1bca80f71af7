"""rdflib's SPARQLStore (reading) and SPARQLUpdateStore (writing) against a live server."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

SCRATCH = URIRef("https://w3id.org/jeugdgraph/id/graph/rdflib-scratch")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
@pytest.mark.parametrize("return_format", ["xml", "json", "csv", "tsv"])
def test_sparqlstore_reads_the_union_default_graph(live, method: str, return_format: str) -> None:  # noqa: ANN001
    store = SPARQLStore(live.query, method=method, returnFormat=return_format)
    expected = int(next(iter(live.store.query(COUNT)))["n"].value)
    rows = list(Dataset(store=store, default_union=True).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert int(rows[0][0]) == expected  # the default graph is the union of all graphs
    titled = list(
        Dataset(store=store, default_union=True).query(
            "SELECT ?d ?t WHERE { ?d a <https://w3id.org/jeugdgraph/def#Document> ; "
            "<http://purl.org/dc/terms/title> ?t }"
        )
    )
    assert titled and all(isinstance(t, Literal) for _d, t in titled)


def test_sparqlstore_construct_gives_a_graph(live) -> None:  # noqa: ANN001
    store = SPARQLStore(live.query, returnFormat="xml")
    result = Dataset(store=store, default_union=True).query(
        "CONSTRUCT { ?d ?p ?o } WHERE { ?d a <https://w3id.org/jeugdgraph/def#Document> ; ?p ?o } LIMIT 20"
    )
    assert len(result.graph) == 20


def test_sparqlupdatestore_adds_reads_and_removes_a_triple(live) -> None:  # noqa: ANN001
    store = SPARQLUpdateStore(live.query, live.update, headers=dict(live.auth), method="POST")
    graph = Graph(store=store, identifier=SCRATCH)
    triple = (URIRef("urn:jeugdgraph-test:a"), URIRef("urn:jeugdgraph-test:b"), Literal("één"))
    graph.add(triple)
    assert triple in graph
    assert list(Graph(store=store, identifier=SCRATCH).triples((None, None, None))) == [triple]
    graph.remove(triple)
    assert triple not in graph
