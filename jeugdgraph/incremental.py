"""Incremental validation: one changed document, validated against the store it will join.

Validating the whole store after every edit costs time in proportion to the store; one document's
graph is small. ``validate_document`` validates only the resources the document's own graph
describes, with the shapes that target them, and mixes in just the context those shapes look at:
the descriptions of the resources the document links to (municipalities, regions, laws, themes,
the regional vision a decision adopts, ...), read from the store or graph it will be part of.
That is sound because every shape on a document's resources looks at most one link away
(``sh:class`` of a linked resource); the store-wide shapes (a municipality in at most one region,
membership stated both ways) concern the reference graph, which a document never changes.

The document's previous graph in the store is left out of the context: the new graph replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph

from .namespaces import JG, RDF
from .settings import ONTOLOGY_DIR
from .sparql_terms import iri_term
from .validation import load_shapes, validate_graph
from .validation_report import ValidationReport

#: predicates left out of the context: other documents' full texts are large and no shape on a
#: linked resource reads them
_SKIPPED = (JG.tekst,)
_CHUNK = 400
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def linked_resources(doc_graph: Graph) -> list[URIRef]:
    """The IRIs the graph links to but does not itself describe (class IRIs of ``rdf:type`` excluded)."""
    described = {s for s in doc_graph.subjects() if isinstance(s, URIRef)}
    linked = {
        o for _s, p, o in doc_graph
        if isinstance(o, URIRef) and p != RDF.type and o not in described
    }
    return sorted(linked)


def document_context(source: object, doc_graph: Graph) -> Graph:
    """What the store (or graph) ``source`` says about the resources ``doc_graph`` links to.

    ``source`` is a pyoxigraph ``Store``, a ``jeugdgraph.remote.RemoteStore``, or an rdflib
    ``Graph``/``Dataset``. Triples from the document's own named graph (its previous version) and
    the full texts of other documents are left out.
    """
    own = str(doc_graph.identifier) if isinstance(doc_graph.identifier, URIRef) else None
    linked = linked_resources(doc_graph)
    context = Graph()
    if not linked:
        return context
    if isinstance(source, ox.Store):
        for triple in _from_store(source.query, linked, own, with_default_graph=True):
            context.add(triple)
    elif isinstance(source, Graph):
        for triple in _from_rdflib(source, linked, own):
            context.add(triple)
    elif hasattr(source, "query_results"):  # a RemoteStore
        # a remote store's default graph is the union of its graphs, own graph included: skip it
        for triple in _from_store(source.query_results, linked, own, with_default_graph=False):
            context.add(triple)
    else:
        raise TypeError(f"cannot read a validation context from {type(source).__name__}")
    return context


def _context_query(chunk: list[URIRef], own: str | None, with_default_graph: bool) -> str:
    values = " ".join(iri_term(iri) for iri in chunk)  # checked terms: never text of their own
    skipped = ", ".join(f"<{p}>" for p in _SKIPPED)
    own_filter = f" FILTER (?g != {iri_term(own)})" if own else ""
    pattern = f"{{ GRAPH ?g {{ ?s ?p ?o }}{own_filter} }}"
    if with_default_graph:
        pattern += " UNION { ?s ?p ?o }"
    return f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} {pattern} FILTER (?p NOT IN ({skipped})) }}"


def _from_store(run, linked: list[URIRef], own: str | None, *, with_default_graph: bool):  # noqa: ANN001, ANN202
    for start in range(0, len(linked), _CHUNK):
        query = _context_query(linked[start:start + _CHUNK], own, with_default_graph)
        for row in run(query):
            yield URIRef(row["s"].value), URIRef(row["p"].value), _to_rdflib(row["o"])


def _to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode):  # noqa: ANN202
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # rdflib writes a plain literal for xsd:string
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    # a blank node of another graph cannot be referred to from here; keep it as a fresh one
    from rdflib import BNode

    return BNode(term.value)


def _from_rdflib(source: Graph, linked: Iterable[URIRef], own: str | None):  # noqa: ANN202
    skipped = set(_SKIPPED)
    if isinstance(source, Dataset | ConjunctiveGraph):
        for s in linked:
            for s_, p, o, g in source.quads((s, None, None, None)):
                name = getattr(g, "identifier", g)
                if p not in skipped and (own is None or str(name) != own):
                    yield s_, p, o
        return
    for s in linked:
        for s_, p, o in source.triples((s, None, None)):
            if p not in skipped:
                yield s_, p, o


def validate_document(
    source: object, doc_graph: Graph, *, ontology_dir: Path = ONTOLOGY_DIR
) -> ValidationReport:
    """Validate one document's graph as it would stand in ``source`` (a store or graph).

    The resources the graph describes are the focus nodes, so only the shapes that target them
    (their classes, the predicates they use) run, against the context ``document_context`` reads
    from ``source`` plus the ontology.
    """
    context = document_context(source, doc_graph)
    load_shapes(ontology_dir)  # fail early and clearly on a missing shapes file
    return validate_graph(doc_graph, context=context, ontology_dir=ontology_dir)
