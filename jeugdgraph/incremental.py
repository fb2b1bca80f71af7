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

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import ConjunctiveGraph

from .namespaces import JG_TERMS, RDF_TERMS
from .rdf_terms import iri_of, to_ox
from .settings import ONTOLOGY_DIR
from .sparql_terms import iri_term
from .sparql_texts import filled
from .validation import load_shapes, validate_graph
from .validation_report import ValidationReport

#: predicates left out of the context: other documents' full texts are large and no shape on a
#: linked resource reads them
_SKIPPED = (JG_TERMS.tekst,)
_CHUNK = 400


def parse_graph(ntriples: str, graph_iri: str) -> list[ox.Quad]:
    """A graph's N-Triples as quads in the named graph ``graph_iri``."""
    name = ox.NamedNode(graph_iri)
    return [ox.Quad(t.subject, t.predicate, t.object, name)
            for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]


def linked_resources(doc_graph: Iterable[ox.Quad]) -> list[ox.NamedNode]:
    """The IRIs the graph links to but does not itself describe (class IRIs of ``rdf:type`` excluded)."""
    quads = list(doc_graph)
    described = {q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}
    linked = {
        q.object for q in quads
        if isinstance(q.object, ox.NamedNode) and q.predicate != RDF_TERMS.type and q.object not in described
    }
    return sorted(linked, key=lambda node: node.value)


def _own_graph(quads: list[ox.Quad]) -> str | None:
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    return next(iter(names)) if len(names) == 1 else None


def document_context(source: object, doc_graph: Iterable[ox.Quad]) -> list[ox.Triple]:
    """What the store (or graph) ``source`` says about the resources ``doc_graph`` (a document's
    quads, ``mapping.map_document``) links to.

    ``source`` is a pyoxigraph ``Store``, a ``jeugdgraph.remote.RemoteStore``, or an rdflib
    ``Graph``/``Dataset``. Triples from the document's own named graph (its previous version) and
    the full texts of other documents are left out.
    """
    quads = list(doc_graph)
    own = _own_graph(quads)
    linked = linked_resources(quads)
    if not linked:
        return []
    if isinstance(source, ox.Store):
        return list(_from_store(source.query, linked, own, with_default_graph=True))
    if isinstance(source, Graph):
        return list(_from_rdflib(source, linked, own))
    run = getattr(source, "query_results", None)
    if run is not None:  # a RemoteStore
        # a remote store's default graph is the union of its graphs, own graph included: skip it
        return list(_from_store(run, linked, own, with_default_graph=False))
    raise TypeError(f"cannot read a validation context from {type(source).__name__}")


def _context_query(chunk: list[ox.NamedNode], own: str | None, with_default_graph: bool) -> str:
    values = " ".join(iri_term(iri.value) for iri in chunk)  # checked terms: never text of their own
    skipped = ", ".join(str(p) for p in _SKIPPED)
    own_filter = f" FILTER (?g != {iri_term(own)})" if own else ""
    default_graph = " UNION { ?s ?p ?o }" if with_default_graph else ""
    return filled("incremental-context", subjects=values, own_filter=own_filter, default_graph=default_graph,
                  skipped=skipped)


def _from_store(
    run: Callable[[str], Any], linked: list[ox.NamedNode], own: str | None, *, with_default_graph: bool
) -> Iterator[ox.Triple]:
    for start in range(0, len(linked), _CHUNK):
        query = _context_query(linked[start:start + _CHUNK], own, with_default_graph)
        for row in run(query):
            yield ox.Triple(row["s"], row["p"], row["o"])


def _from_rdflib(source: Graph, linked: Iterable[ox.NamedNode], own: str | None) -> Iterator[ox.Triple]:
    skipped = {iri_of(p) for p in _SKIPPED}
    subjects = [iri_of(s) for s in linked]
    if isinstance(source, Dataset | ConjunctiveGraph):
        for s in subjects:
            for s_, p, o, g in source.quads((s, None, None, None)):
                name = getattr(g, "identifier", g)
                if p not in skipped and (own is None or str(name) != own):
                    yield ox.Triple(to_ox(s_), to_ox(p), to_ox(o))  # type: ignore[arg-type]
        return
    for s in subjects:
        for s_, p, o in source.triples((s, None, None)):
            if p not in skipped:
                yield ox.Triple(to_ox(s_), to_ox(p), to_ox(o))  # type: ignore[arg-type]


def validate_document(
    source: object, doc_graph: Iterable[ox.Quad], *, ontology_dir: Path = ONTOLOGY_DIR
) -> ValidationReport:
    """Validate one document's graph (its quads) as it would stand in ``source`` (a store or graph).

    The resources the graph describes are the focus nodes, so only the shapes that target them
    (their classes, the predicates they use) run, against the context ``document_context`` reads
    from ``source`` plus the ontology.
    """
    quads = list(doc_graph)
    context = document_context(source, quads)
    load_shapes(ontology_dir)  # fail early and clearly on a missing shapes file
    return validate_graph(quads, context=context, ontology_dir=ontology_dir)
