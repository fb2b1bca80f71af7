"""SPARQLWrapper against a live server: every request method with every format it offers for
each query form (3 methods x (SELECT 4 + ASK 4 + CONSTRUCT 6 + DESCRIBE 6) = 60 combinations,
a superset of the 42 the issue counted), each answer converted and checked against the store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDF,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)

METHODS = {"GET": (GET, URLENCODED), "POST-form": (POST, URLENCODED), "POST-direct": (POST, POSTDIRECTLY)}
SELECT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
ASK = "ASK { ?d a jg:Document }"
CONSTRUCT = "CONSTRUCT { ?d dcterms:title ?t } WHERE { ?d a jg:Document ; dcterms:title ?t }"
DESCRIBE = "DESCRIBE ?d WHERE { ?d a jg:Document } LIMIT 1"
FORMS = {
    "SELECT": (SELECT, (JSON, XML, CSV, TSV)),
    "ASK": (ASK, (JSON, XML, CSV, TSV)),
    "CONSTRUCT": (CONSTRUCT, (XML, RDF, RDFXML, TURTLE, N3, JSONLD)),
    "DESCRIBE": (DESCRIBE, (XML, RDF, RDFXML, TURTLE, N3, JSONLD)),
}
CASES = [
    (method, form, fmt) for method in METHODS for form, (_q, formats) in FORMS.items() for fmt in formats
]
PREFIXES = "PREFIX jg: <https://w3id.org/jeugdgraph/def#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"


def expected_counts(live) -> dict[str, int]:  # noqa: ANN001
    return {row["g"].value: int(row["n"].value) for row in live.store.query(SELECT)}


def graph_of(result, fmt: str) -> rdflib.Graph:  # noqa: ANN001
    converted = result.convert()
    if isinstance(converted, rdflib.Graph):
        return converted
    text = converted.decode() if isinstance(converted, bytes) else converted
    return rdflib.Graph().parse(
        data=text, format={TURTLE: "turtle", N3: "n3", JSONLD: "json-ld"}.get(fmt, "xml")
    )


@pytest.mark.parametrize(("method", "form", "fmt"), CASES)
def test_sparqlwrapper(live, method: str, form: str, fmt: str) -> None:  # noqa: ANN001
    query, _formats = FORMS[form]
    client = SPARQLWrapper(live.query)
    client.setMethod(METHODS[method][0])
    client.setRequestMethod(METHODS[method][1])
    client.setQuery(PREFIXES + query)
    client.setReturnFormat(fmt)
    result = client.query()
    assert result.response.status == 200
    if form == "SELECT":
        converted = result.convert()
        if fmt == JSON:
            rows = {b["g"]["value"]: int(b["n"]["value"]) for b in converted["results"]["bindings"]}
        elif fmt == XML:
            ns = "{http://www.w3.org/2005/sparql-results#}"
            rows = {}
            for result_node in converted.getElementsByTagName("result"):
                values = {
                    b.getAttribute("name"): b.firstChild.firstChild.nodeValue
                    for b in result_node.getElementsByTagName("binding")
                }
                rows[values["g"]] = int(values["n"])
            assert ns
        else:
            sep = "," if fmt == CSV else "\t"
            lines = converted.decode().strip().splitlines()[1:]
            rows = {
                line.split(sep)[0].strip("<>"): int(line.split(sep)[1].split("^^")[0].strip('"'))
                for line in lines
            }
        assert rows == expected_counts(live)
    elif form == "ASK":
        converted = result.convert()
        if fmt == JSON:
            assert converted["boolean"] is True
        elif fmt == XML:
            assert converted.getElementsByTagName("boolean")[0].firstChild.nodeValue == "true"
        else:
            assert converted.decode().strip().splitlines()[-1] == "true"
    else:
        graph = graph_of(result, fmt)
        assert len(graph) > 0
        if form == "CONSTRUCT":
            titles = {
                row["t"].value
                for row in live.store.query(
                    PREFIXES + CONSTRUCT.replace("CONSTRUCT { ?d dcterms:title ?t }", "SELECT ?t"),
                    use_default_graph_as_union=True,
                )
            }
            assert {str(o) for o in graph.objects()} == titles


def test_a_large_answer_is_complete(live) -> None:  # noqa: ANN001
    """No silent cap: every quad of the store comes back to SPARQLWrapper."""
    client = SPARQLWrapper(live.query)
    client.setQuery("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    client.setReturnFormat(JSON)
    result = client.query()
    rows = result.convert()["results"]["bindings"]
    expected = sum(1 for q in live.store if not isinstance(q.graph_name, ox.DefaultGraph))
    assert len(rows) == expected > 5000
    assert result.info()["x-jeugdgraph-truncated"] == "false"
