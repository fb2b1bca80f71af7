"""Derived statements: facts that follow from the documents and the reference data, kept in the
named graph ``jgi:graph/afgeleid`` so that the aggregating named queries look them up instead of
scanning every document (see docs/CONTRACT.md, "Derived graph").

Each rule is one SPARQL ``INSERT … WHERE`` over the document graphs. The build runs every rule on
the whole store; a write adds, in the same update (one transaction) as its graph changes, the
deletion of the derived statements of the documents it changes (before their graphs go) and the
rules restricted to those documents (after the new graphs are in). A write that changes any other
graph (reference data, the derived graph itself) recomputes the whole derived graph. Either way the
derived graph equals a recomputation from scratch; ``tests/derived`` checks that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .namespaces import JG_IRI, JGI_IRI
from .sparql_texts import filled

GRAPH_DERIVED = JGI_IRI + "graph/afgeleid"
DOCUMENT_PREFIX = JGI_IRI + "document/"
_NAMESPACES = {"jg": JG_IRI, "dcterms": "http://purl.org/dc/terms/", "org": "http://www.w3.org/ns/org#"}
_PREFIXED = re.compile(r"\b(jg|dcterms|org):([A-Za-z]+)\b")

#: each rule (``sparql/derived-<name>.ru``) binds ?doc (a source document, its own named graph)
#: and inserts statements whose subject is ?doc or a resource of ?doc (an IRI under the document's IRI)
DERIVED_PROPERTIES = ("overRegio", "zonderDatum", "besluitVan")


def _expanded(operation: str) -> str:
    """Full IRIs instead of prefixed names: Oxigraph takes a PREFIX only at the start of a whole
    update request, and these operations are joined with a write's own."""
    return _PREFIXED.sub(lambda m: f"<{_NAMESPACES[m.group(1)]}{m.group(2)}>", operation)


def _is_document_graph(graph: str) -> bool:
    return graph.startswith(DOCUMENT_PREFIX) and "/" not in graph[len(DOCUMENT_PREFIX):]


def _restrict(documents: Iterable[str] | None) -> str:
    if documents is None:
        return f'GRAPH ?doc {{ ?doc jg:bronbestand ?b0 }} FILTER(STRSTARTS(STR(?doc), "{DOCUMENT_PREFIX}"))'
    return "VALUES ?doc { " + " ".join(f"<{d}>" for d in documents) + " }"


def _rule(name: str, restrict: str) -> str:
    """The rule deriving ``jg:<name>``, restricted to some documents or to all of them."""
    return filled(f"derived-{name}.ru", derived=GRAPH_DERIVED, restrict=restrict)


def recompute() -> str:
    """The update that makes the derived graph from scratch."""
    rules = [_rule(name, _restrict(None)) for name in DERIVED_PROPERTIES]
    return _expanded(" ;\n".join([f"DROP SILENT GRAPH <{GRAPH_DERIVED}>", *rules]))


def _forget(documents: list[str]) -> str:
    """Deletion of the derived statements of ``documents``, while their graphs are still there:
    every derived subject of a document (the document, its decisions, its dated facts) is a
    subject in its graph."""
    values = "VALUES ?doc { " + " ".join(f"<{d}>" for d in documents) + " }"
    return filled("derived-forget.ru", derived=GRAPH_DERIVED, documents=values)


def around(changes: Mapping[str, str | None]) -> tuple[list[str], list[str]]:
    """The update operations to run before and after the graph replacements of ``changes`` so
    that the derived graph follows them in the same transaction."""
    if not changes:
        return [], []
    documents = sorted(g for g in changes if _is_document_graph(g))
    if len(documents) != len(changes):  # another graph changed: what follows from it may be anywhere
        return [], [recompute()]
    rules = [_rule(name, _restrict(documents)) for name in DERIVED_PROPERTIES]
    return [_forget(documents)], [_expanded(r) for r in rules]
