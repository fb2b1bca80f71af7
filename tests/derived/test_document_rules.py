"""The per-document derived rules in Python (``jeugdgraph.derived_documents``) make the statements
their SPARQL rules make: each pair on a store of the seeds, generated documents of every genre and
the dev corpus, and on graphs made to hit the rules' edges; and a build, which loads the Python
statements and runs only the other rules, ends with the derived graph of a recomputation."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from jeugdgraph.derived import (
    DERIVED_PROPERTIES,
    DOCUMENT_RULES,
    GRAPH_DERIVED,
    recompute,
    recompute_constructs,
)
from jeugdgraph.derived_documents import MIRRORS, document_derived

DOC = "https://w3id.org/jeugdgraph/id/document/"
JG = "https://w3id.org/jeugdgraph/def#"


@pytest.fixture(scope="module")
def built(mixed_build) -> ox.Store:  # noqa: ANN001 - the session's BuildReport (tests/conftest.py)
    """The seeds, generated documents of every genre and the dev corpus, built without validation."""
    return ox.Store.read_only(str(mixed_build.store_dir))


def derived(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_DERIVED))}


def by_rule(store: ox.Store, name: str) -> set[ox.Triple]:
    """What the SPARQL rule ``name`` makes on ``store`` (its ``CONSTRUCT``, every document)."""
    construct = recompute_constructs(skip=[r for r in DERIVED_PROPERTIES if r != name])[0]
    answer = store.query(construct)
    assert isinstance(answer, ox.QueryTriples)
    return set(answer)


def by_mirror(store: ox.Store, name: str) -> set[ox.Triple]:
    """What the Python mirror of ``name`` makes from every graph of ``store``, graph by graph."""
    made: set[ox.Triple] = set()
    for graph in store.named_graphs():
        if isinstance(graph, ox.NamedNode):
            quads = store.quads_for_pattern(None, None, None, graph)
            statements = [(q.subject, q.predicate, q.object) for q in quads]
            made |= {ox.Triple(*s) for s in document_derived(graph, statements, [name])}
    return made


def test_every_per_document_rule_has_a_mirror_and_no_other_rule_has_one():
    assert set(MIRRORS) == set(DOCUMENT_RULES)
    assert set(DOCUMENT_RULES) < set(DERIVED_PROPERTIES)


@pytest.mark.parametrize("name", DOCUMENT_RULES)
def test_the_mirror_makes_what_the_rule_makes_on_a_built_store(built: ox.Store, name: str):
    made = by_rule(built, name)
    assert made, name  # the corpus exercises every rule
    assert by_mirror(built, name) == made


def test_a_build_ends_with_the_derived_graph_of_a_recomputation(built: ox.Store):
    copy = ox.Store()
    copy.extend(built.quads_for_pattern(None, None, None, None))
    copy.update(recompute())
    assert derived(built) == derived(copy)


def _edge_store() -> ox.Store:
    """Graphs at the rules' edges: dates the rules skip, a document without a source file, a graph
    outside the documents, statements that share a theme, decisions without adoption."""
    text = f"""
@prefix jg: <{JG}> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{DOC}abcdefg> {{
  <{DOC}abcdefg> a jg:Document, jg:Motie ; jg:bronbestand "a.txt" ; jg:noemt <urn:x:a>, "een naam" ;
    dcterms:date "2025-03-04"^^xsd:date, "2025-03-05Z"^^xsd:date, "2024-13-01"^^xsd:date, "2025"^^xsd:gYear ;
    jg:verwijstNaar <urn:wet:1>, "wet als tekst" ; jg:thema <urn:t:1>, <urn:t:2> ;
    dcterms:publisher <urn:gm:1> ; jg:bevat <urn:b:1>, <urn:b:2> .
  <urn:b:1> a jg:Besluit ; jg:steltVast <urn:v> ; jg:thema <urn:t:1> ; prov:wasDerivedFrom <{DOC}abcdefg> ;
    jg:deadline "2026-01-31"^^xsd:date, "2026-02-31"^^xsd:date .
  <urn:b:2> a jg:Besluit ; jg:thema <urn:t:1> ; prov:wasDerivedFrom <{DOC}abcdefg> ;
    jg:datum "2019-1-1"^^xsd:date .
  <urn:b:3> jg:thema <urn:t:1> ; prov:wasDerivedFrom <{DOC}ander> .
  <{DOC}abcdefg/deel/1> a jg:Document ; dcterms:date "2025-06-07"^^xsd:date ; jg:verwijstNaar <urn:wet:2> .
}}
<{DOC}zonder> {{ <{DOC}zonder> a jg:Document ; jg:bronbestand "z.txt" ; jg:thema <urn:t:1> . }}
<{DOC}geenbron> {{ <{DOC}geenbron> a jg:Document ; jg:noemt <urn:x:b> ; jg:thema <urn:t:1> . }}
<{DOC}a/b> {{ <{DOC}a/b> a jg:Document ; jg:bronbestand "c.txt" ; jg:noemt <urn:x:c> . }}
<urn:elders> {{ <urn:elders> a jg:Document ; jg:bronbestand "e.txt" ; jg:noemt <urn:x:d> . }}
"""
    store = ox.Store()
    store.load(text.encode(), ox.RdfFormat.TRIG)
    return store


@pytest.mark.parametrize("name", DOCUMENT_RULES)
def test_the_mirror_makes_what_the_rule_makes_at_the_edges(name: str):
    store = _edge_store()
    assert by_mirror(store, name) == by_rule(store, name)
