"""The one conversion between the two RDF libraries.

The pipeline's terms are pyoxigraph's (the mapping emits ``ox.Quad``s, the store holds them).
rdflib is there for what needs it: pyshacl (its shapes and report graphs), and the reference
data and ontology, which are built with rdflib's graph API. Terms cross between the two here
and nowhere else: rdflib graphs into a store (``quads_of``, ``nquads_without_blank_nodes``), and
pyoxigraph terms into rdflib (``to_rdflib``, ``rdflib_graph``) for pyshacl's report.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_ox(term: Node) -> OxTerm:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> URIRef | BNode | Literal:
    """A pyoxigraph term as rdflib's; an xsd:string literal becomes a plain one (the same in RDF 1.1)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot use RDF term {term!r} in rdflib")


def iri_of(node: ox.NamedNode) -> URIRef:
    return URIRef(node.value)


def quads_of(graph: Graph, graph_name: str) -> Iterator[ox.Quad]:
    """The triples of an rdflib graph as pyoxigraph quads in the named graph ``graph_name``."""
    name = ox.NamedNode(str(graph_name))
    for s, p, o in graph:
        subject, predicate = to_ox(s), to_ox(p)
        if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
            raise TypeError(f"not an RDF triple: {s!r} {p!r} {o!r}")
        yield ox.Quad(subject, predicate, to_ox(o), name)


def nquads_without_blank_nodes(graph: Graph, graph_name: str) -> str | None:
    """An rdflib graph in N-Quads in the named graph ``graph_name``, or ``None`` when blank nodes
    would not survive the round trip."""
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        return None
    return (ox.serialize(quads_of(graph, graph_name), format=ox.RdfFormat.N_QUADS) or b"").decode()


def rdflib_graph(triples: Iterable[ox.Triple | ox.Quad]) -> Graph:
    """pyoxigraph triples (or the triples of quads) as an rdflib graph."""
    graph = Graph()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph
