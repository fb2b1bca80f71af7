"""The mapping emits pyoxigraph quads: one representation from mapping to store, with the literal
forms the graph always had."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, Literal

from jeugdgraph.build import extract_file, reference_data
from jeugdgraph.facts import Amount, DocumentMetadata, ExtractedDocument, Mention, SourceText, Span
from jeugdgraph.mapping import DocumentQuads, map_document, xsd_duration
from jeugdgraph.settings import SEEDS_DIR

JGI = "https://w3id.org/jeugdgraph/id/"


@pytest.fixture(scope="module")
def seed_quads() -> list:
    _graph, entries = reference_data()
    return [map_document(extract_file(path, entries)) for path in sorted(SEEDS_DIR.glob("*.txt"))]


def test_every_quad_is_in_the_documents_graph_once(seed_quads) -> None:
    for graph in seed_quads:
        assert graph.quads and len(set(graph.quads)) == len(graph.quads)
        assert {q.graph_name for q in graph.quads} == {graph.name}
        assert graph.name.value.startswith(f"{JGI}document/")


def test_the_nquads_are_pyoxigraphs_and_read_back_as_the_same_quads(seed_quads) -> None:
    for graph in seed_quads:
        assert list(ox.parse(graph.nquads(), format=ox.RdfFormat.N_QUADS)) == graph.quads
        assert graph.nquads().count(b"\n") == len(graph)
        triples = [q.triple for q in ox.parse(graph.ntriples(), format=ox.RdfFormat.N_TRIPLES)]
        assert triples == graph.triples()


def test_the_nquads_written_from_the_terms_are_the_serialisers() -> None:
    _graph, entries = reference_data()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        written = map_document(extract_file(path, entries))
        text = written.nquads()  # before the quads are made: from the terms' own forms
        assert text == ox.serialize(written.quads, format=ox.RdfFormat.N_QUADS)


@given(st.text(), st.sampled_from([None, "nl", "en-GB"]))
def test_a_literal_of_any_text_is_written_as_the_serialiser_does(value: str, language: str | None) -> None:
    name, subject = ox.NamedNode(f"{JGI}document/x"), ox.NamedNode(f"{JGI}x")
    literal = ox.Literal(value, language=language) if language else ox.Literal(value)
    graph = DocumentQuads.of_triples(name, [(subject, ox.NamedNode(f"{JGI}p"), literal)])
    assert graph.nquads() == ox.serialize([ox.Quad(subject, ox.NamedNode(f"{JGI}p"), literal, name)],
                                          format=ox.RdfFormat.N_QUADS)


def test_the_quads_go_into_a_store_as_they_are(seed_quads) -> None:
    store = ox.Store()
    for graph in seed_quads:
        store.extend(graph)
    assert len(store) == sum(len(g) for g in seed_quads)


def _span(text: str, phrase: str) -> Span:
    begin = text.index(phrase)
    return Span.of(text, begin, begin + len(phrase))


def _document(text: str, **facts: object) -> ExtractedDocument:
    source = SourceText(Path("proef.txt"), "proef", text, "text/plain")
    return ExtractedDocument(source, DocumentMetadata(kind="motie", date=date(2025, 3, 1)), **facts)  # type: ignore[arg-type]


def _objects(graph: object, predicate: str) -> list[ox.Literal]:
    return [q.object for q in graph if q.predicate.value == predicate]  # type: ignore[attr-defined]


def test_amounts_keep_the_decimals_they_were_written_with() -> None:
    text = "Er is € 400.000,00 en 12,50 procent."
    amounts = [Amount(_span(text, "€ 400.000,00"), Decimal("400000.00")),
               Amount(_span(text, "12,50 procent"), None, percentage=Decimal("12.50")),
               Amount(_span(text, "Er is"), Decimal("4E+5"))]
    graph = map_document(_document(text, amounts=amounts))
    values = {str(o) for o in _objects(graph, "https://w3id.org/jeugdgraph/def#bedrag")}
    assert values == {'"400000.00"^^<http://www.w3.org/2001/XMLSchema#decimal>',
                      '"400000"^^<http://www.w3.org/2001/XMLSchema#decimal>'}
    (percentage,) = _objects(graph, "https://w3id.org/jeugdgraph/def#percentage")
    assert percentage.value == "12.50"
    for value in (Decimal("400000.00"), Decimal("4E+5"), Decimal("12.50"), Decimal("0.1")):
        assert f"{value:f}" == str(Literal(value, datatype=XSD.decimal))  # the form rdflib gave it


def test_dates_and_language_tags() -> None:
    text = "Motie jeugdhulp"
    graph = map_document(_document(text))
    (day,) = _objects(graph, "http://purl.org/dc/terms/date")
    assert (day.value, day.datatype.value) == ("2025-03-01", "http://www.w3.org/2001/XMLSchema#date")
    (file_name,) = _objects(graph, "https://w3id.org/jeugdgraph/def#bronbestand")
    assert file_name == ox.Literal("proef.txt")  # a plain literal (xsd:string)


def test_an_outside_iri_that_is_no_iri_is_refused() -> None:
    text = "De gemeente Velsen."
    mention = Mention("gemeente", "gemeente velsen", _span(text, "Velsen"))
    with pytest.raises(ValueError):
        map_document(_document(text, mentions=[mention]))


@given(st.integers(min_value=1, max_value=5000), st.sampled_from("DW"),
       st.one_of(st.none(), st.integers(min_value=1, max_value=999)))
def test_day_and_week_durations_have_the_canonical_form_rdflib_gave(whole: int, unit: str,
                                                                   fraction: int | None) -> None:
    number = f"{whole}.{fraction}" if fraction else str(whole)
    iso = f"P{Decimal(number).normalize():f}{unit}"
    assert xsd_duration(iso) == str(Literal(iso, datatype=XSD.duration))


@given(st.integers(min_value=1, max_value=600), st.sampled_from("YM"))
def test_whole_years_and_months_have_the_canonical_form_rdflib_gave(number: int, unit: str) -> None:
    iso = f"P{number}{unit}"
    assert xsd_duration(iso) == str(Literal(iso, datatype=XSD.duration))


def test_a_fraction_of_a_year_is_whole_months() -> None:
    """rdflib dropped the fraction (P1.5Y became P1Y, P0.5Y P0D); a year and a half is P1Y6M."""
    assert xsd_duration("P1.5Y") == "P1Y6M"
    assert xsd_duration("P0.5Y") == "P6M"
    assert xsd_duration("P1.5M") == "P1.5M"  # no exact xsd:duration: as written
    assert xsd_duration("P14W") == "P98D"
