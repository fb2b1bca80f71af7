"""Incremental validation: one document's graph against the store it joins, not the whole store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from jeugdgraph.facts import (
    Assignment,
    Decision,
    DocumentMetadata,
    ExtractedDocument,
    Mention,
    SourceText,
    Span,
)
from jeugdgraph.incremental import document_context, linked_resources, validate_document
from jeugdgraph.mapping import DocumentQuads, map_document
from jeugdgraph.namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE, JG, RDF
from jeugdgraph.reference import load_reference_graph
from jeugdgraph.store import add_graph
from jeugdgraph.validation import load_ontology

JGI = "https://w3id.org/jeugdgraph/id/"
VELSEN = f"{JGI}gemeente/gm0453"
JEUGDWET = f"{JGI}wet/BWBR0034925"
TEXT = (
    "Motie Versterken preventieve jeugdhulp\n\n"
    "De raad van de gemeente Velsen, gelet op de Jeugdwet,\n\n"
    "We geven het college opdracht om:\n\n"
    "1. De sociale basis te versterken;\n\n"
    "2. De wachttijden te meten;\n\n"
    "3. De raad uiterlijk in het derde kwartaal van 2026 te informeren.\n"
)


def motion(slug: str = "motie_test", law: str = JEUGDWET, adopts: str | None = None) -> DocumentQuads:
    """The graph of a small motion: Velsen, a law, three assignments (built by the real mapping)."""
    source = SourceText(Path(f"{slug}.txt"), slug, TEXT, "text/plain")

    def span(phrase: str) -> Span:
        begin = TEXT.index(phrase)
        return Span.of(TEXT, begin, begin + len(phrase))

    lines = ["1. De sociale basis te versterken;", "2. De wachttijden te meten;",
             "3. De raad uiterlijk in het derde kwartaal van 2026 te informeren."]
    extracted = ExtractedDocument(
        source,
        DocumentMetadata(kind="motie", title="Versterken preventieve jeugdhulp", publisher=VELSEN),
        mentions=[Mention("gemeente", VELSEN, span("Velsen")), Mention("wet", law, span("Jeugdwet"))],
        assignments=[
            Assignment(n, span(line), date(2026, 9, 30) if n == 3 else None)
            for n, line in enumerate(lines, start=1)
        ],
        decisions=[Decision(1, span(lines[0]), adopts=(adopts,))] if adopts else [],
    )
    return map_document(extracted)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """An in-memory store as a build leaves it: ontology and reference graphs, one document."""
    db = ox.Store()
    add_graph(db, GRAPH_ONTOLOGY, load_ontology())
    add_graph(db, GRAPH_REFERENCE, load_reference_graph())
    db.extend(motion("ander_document"))
    return db


def test_the_context_is_what_the_store_says_about_the_linked_resources(store) -> None:
    graph = motion()
    assert ox.NamedNode(VELSEN) in linked_resources(graph)
    assert ox.NamedNode(JEUGDWET) in linked_resources(graph)
    assert all(not iri.value.startswith(f"{JGI}document/motie_test") for iri in linked_resources(graph))
    context = document_context(store, graph)
    assert ox.Triple(ox.NamedNode(VELSEN), ox.NamedNode("http://www.w3.org/ns/org#memberOf"),
                     ox.NamedNode(f"{JGI}jeugdregio/ijmond")) in context
    assert ox.Triple(ox.NamedNode(JEUGDWET), ox.NamedNode(str(JG.bwbId)), ox.Literal("BWBR0034925")) \
        in context
    assert not [t for t in context if t.predicate == ox.NamedNode(str(JG.tekst))]


def test_a_correct_document_conforms(store) -> None:
    report = validate_document(store, motion())
    assert report.conforms, report.text("en")
    assert report.findings == []


def test_a_link_is_checked_against_what_the_store_knows(store) -> None:
    """jg:verwijstNaar must reach a law; Velsen is in the store as a municipality, not a law."""
    report = validate_document(store, motion(law=VELSEN))
    assert not report.conforms
    assert {(f.focus, f.path, f.value) for f in report.violations()} == {
        (f"{JGI}document/motie_test", str(JG.verwijstNaar), VELSEN)
    }
    assert "wet" in report.violations()[0].message("nl")


def _with(store: ox.Store, graphs: dict[str, Graph]) -> ox.Store:
    db = ox.Store()
    db.extend(list(store))
    for name, graph in graphs.items():
        add_graph(db, URIRef(name), graph)
    return db


def _vision(iri: str) -> Graph:
    graph = Graph()
    graph.add((URIRef(iri), RDF.type, JG.Document))
    graph.add((URIRef(iri), RDF.type, JG.Regiovisie))
    return graph


def test_a_decision_may_adopt_a_vision_that_another_document_in_the_store_holds(store) -> None:
    vision = f"{JGI}document/regiovisie_doc/regiovisie/1"
    db = _with(store, {f"{JGI}document/regiovisie_doc": _vision(vision)})
    assert validate_document(db, motion(adopts=vision)).conforms
    unknown = validate_document(store, motion(adopts=vision))
    assert [(f.path, f.value) for f in unknown.violations()] == [(str(JG.steltVast), vision)]


def test_the_documents_previous_graph_in_the_store_is_not_part_of_the_check(store) -> None:
    """What only the old version of this document said no longer holds once the new one replaces it."""
    vision = f"{JGI}document/motie_test/regiovisie/1"
    db = _with(store, {f"{JGI}document/motie_test": _vision(vision)})
    report = validate_document(db, motion(adopts=vision))
    assert [(f.path, f.value) for f in report.violations()] == [(str(JG.steltVast), vision)]


def test_only_the_document_is_validated_not_the_rest_of_the_store(store) -> None:
    broken = Graph()
    broken.add((URIRef(f"{JGI}gemeente/gm9999"), RDF.type, JG.Gemeente))
    broken.add((URIRef(f"{JGI}gemeente/gm9999"), JG.cbsCode, Literal("XX12")))  # bad, but not ours
    db = _with(store, {f"{JGI}document/ander_kapot": broken})
    assert not validate_document(db, motion()).findings
    from jeugdgraph.validation import validate_store

    assert not validate_store(db).conforms  # the whole store does break a rule


def test_an_rdflib_dataset_is_a_source_too(store) -> None:
    dataset = Dataset()
    dataset.graph(GRAPH_REFERENCE).__iadd__(load_reference_graph())
    assert validate_document(dataset, motion()).conforms
    assert not validate_document(dataset, motion(law=VELSEN)).conforms
    plain = load_reference_graph()
    assert validate_document(plain, motion()).conforms
