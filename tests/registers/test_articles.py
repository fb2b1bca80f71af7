"""Article references: "artikel 2.3 Jeugdwet" becomes the article, part of its law, with its number."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from jeugdgraph.extract import extract_document
from jeugdgraph.facts import SourceText
from jeugdgraph.mapping import map_document
from jeugdgraph.namespaces import JG, RDF
from jeugdgraph.rdf_terms import rdflib_graph
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.validation import validate_graph

JGI = "https://w3id.org/jeugdgraph/id/"
JEUGDWET = JGI + "wet/BWBR0034925"


@pytest.fixture(scope="module")
def reference() -> Graph:
    return load_reference_graph()


def extracted(text: str, reference: Graph):  # noqa: ANN201
    source = SourceText(Path("art.txt"), "art", text, "text/plain")
    return extract_document(source, gazetteer=gazetteer(reference))


def test_article_references_with_their_law_and_number(reference: Graph):
    text = (
        "Gelet op artikel 2.3 Jeugdwet en de artikelen 2.9, 2.10 en 8.1.1 van de Jeugdwet, "
        "artikel 2.9, eerste lid, van de Jeugdwet en artikel 1:247 van het Burgerlijk Wetboek Boek 1. "
        "Artikel 3 van deze verordening noemt geen wet."
    )
    found = {(a.law, a.article) for a in extracted(text, reference).articles}
    assert found == {
        (JEUGDWET, "2.3"), (JEUGDWET, "2.9"), (JEUGDWET, "2.10"), (JEUGDWET, "8.1.1"),
        (JGI + "wet/BWBR0002656", "1:247"),
    }


def test_an_article_in_the_graph_is_part_of_its_law_and_validates(reference: Graph):
    document = extracted("De raad besluit, gelet op artikel 2.3 Jeugdwet, als volgt.", reference)
    graph = rdflib_graph(map_document(document))
    article = URIRef(JEUGDWET + "/artikel/2.3")
    assert (article, RDF.type, JG.Artikel) in graph
    assert (article, JG.artikelVan, URIRef(JEUGDWET)) in graph
    assert (article, JG.artikelnummer, Literal("2.3")) in graph
    assert (URIRef(JGI + "document/art"), JG.verwijstNaarArtikel, article) in graph
    assert validate_graph(graph, context=reference).violations() == []


def test_a_number_without_a_known_law_is_no_reference(reference: Graph):
    assert extracted("Zie artikel 4 van de verordening en artikel 12 lid 3.", reference).articles == []
