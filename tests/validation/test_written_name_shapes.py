"""Names as documents write them: a law, joint body or organisation named only by a document's
graph (``jg:geschrevenNaam``) conforms on its own, one without any name does not, and a second
official name in one language is still refused."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS
from shapesdata import correct_graph, findings_of, the_finding

from jeugdgraph.namespaces import JG
from jeugdgraph.validation import validate_graph

LAW = URIRef("https://w3id.org/jeugdgraph/id/wet/wet-op-de-jeugdhulpregels")
BODY = URIRef("https://w3id.org/jeugdgraph/id/organisatie/gr-jeugdhulp-noord")


def test_a_name_as_written_is_a_name_in_a_documents_own_graph() -> None:
    graph = correct_graph()
    graph.add((LAW, RDF.type, JG.Wet))
    graph.add((LAW, JG.geschrevenNaam, Literal("Wet op de jeugdhulpregels", lang="nl")))
    graph.add((BODY, RDF.type, JG.GemeenschappelijkeRegeling))
    graph.add((BODY, JG.geschrevenNaam, Literal("GR Jeugdhulp Noord", lang="nl")))
    report = validate_graph(graph)
    assert report.conforms, report.text("en")


def test_a_law_without_any_name_is_reported() -> None:
    graph = correct_graph()
    graph.add((LAW, RDF.type, JG.Wet))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Wet-naam-aanwezig", LAW)
    assert "jg:geschrevenNaam" in finding.message_nl


def test_two_official_names_in_one_language_are_still_refused() -> None:
    graph = correct_graph()
    graph.add((LAW, RDF.type, JG.Wet))
    graph.add((LAW, SKOS.prefLabel, Literal("Wet op de jeugdhulpregels", lang="nl")))
    graph.add((LAW, SKOS.prefLabel, Literal("Wet Op De Jeugdhulpregels", lang="nl")))
    report = validate_graph(graph)
    assert not report.conforms
    assert findings_of(report, "Naam-prefLabel") and findings_of(report, "Wet-naam")


def test_a_written_name_has_a_language() -> None:
    graph = correct_graph()
    graph.add((BODY, RDF.type, JG.GemeenschappelijkeRegeling))
    graph.add((BODY, JG.geschrevenNaam, Literal("GR Jeugdhulp Noord")))
    report = validate_graph(graph)
    assert not report.conforms
    the_finding(report, "GeschrevenNaam-taal", BODY)
