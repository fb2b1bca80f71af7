"""SHACL validation of graphs and stores against ``ontology/shapes.ttl``.

The ontology named graph (``jgi:graph/ontology``) holds three files: the ontology
(``jeugdgraph.ttl``), the theme and segment schemes (``themes.ttl``) and the shapes
(``shapes.ttl``); ``load_ontology`` returns exactly that content.

How subclasses are reached: no inference runs. SHACL's ``sh:targetClass`` and ``sh:class`` follow
``rdfs:subClassOf`` triples that are present in the data graph, so a shape on ``jg:Document``
reaches a ``jg:Motie`` as long as the ontology sits beside the data. ``validate_graph`` mixes the
ontology into a copy of the data in an in-memory Oxigraph store; a store built by
``jeugdgraph build`` already holds it in its ontology named graph, so ``validate_store``
validates the store in place, over the union of its named graphs. A store without that graph is
first copied into memory together with the ontology.

Speed: pyshacl checks the core constraints; the shapes' SPARQL constraints are run here
set-at-a-time (one query per constraint over all its targets) instead of pyshacl's one query per
focus node, on Oxigraph rather than on a copy in rdflib (whose SPARQL engine is far slower); the
figures are in ``bench/RESULTS.md``.

Messages come from the shapes (``sh:message`` in Dutch and English, written for policy makers);
a result without one falls back to pyshacl's own (English) message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyshacl import Validator
from pyshacl import shape as pyshacl_shape
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from pyshacl.errors import ValidationFailure
from pyshacl.graph_abstraction import OxigraphDataGraph
from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.term import Node

from .errors import InputError
from .namespaces import (
    GRAPH_ONTOLOGY,
    RDF,
    RDFS,
    SH,
    bind_prefixes,
)
from .ox_answers import select
from .rdf_terms import iri_of, quads_of, to_rdflib
from .settings import ONTOLOGY_DIR
from .sparql_terms import iri_term
from .validation_report import ValidationReport, _labels_from_store, _report

ONTOLOGY_FILE = "jeugdgraph.ttl"
THEMES_FILE = "themes.ttl"
SHAPES_FILE = "shapes.ttl"


# pyshacl logs every SPARQL constraint it loads at WARNING level; the report says what matters.
logging.getLogger("pyshacl").setLevel(logging.ERROR)


class _ListWithSetLookup(list[Any]):
    """A list whose ``in`` is a set lookup (``copy()`` gives a plain list again)."""

    def __init__(self, items: list[Any]) -> None:
        super().__init__(items)
        self._members = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self._members


class _StoreDataGraph(OxigraphDataGraph):
    """A store as pyshacl's data graph, whose truth value is always True: pyshacl writes
    ``datagraph or shapes_graph`` for every result it describes, and the truth value of its
    Oxigraph graph is its length, a full count of the store each time."""

    def __bool__(self) -> bool:
        return True


class _Validator(Validator):
    """pyshacl's validator with the focus-node option as a set lookup: pyshacl tests every target of
    every shape for membership of that list (with the registers' thousands of targets, most of
    the time of a build's validation)."""

    def make_executor(self) -> Any:
        executor = super().make_executor()
        if executor.focus_nodes is not None:
            executor.focus_nodes = _ListWithSetLookup(list(executor.focus_nodes))
        return executor


def _constraint_parameters_by_set() -> None:
    """The one patch of pyshacl that stays (it has no option for it): for every focus node and
    property shape it tests each predicate of the shape for membership in a list of about forty
    constraint parameters, which it caches in ``pyshacl.shape``; the same list with a set lookup
    goes there."""
    pyshacl_shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
        _ListWithSetLookup(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP
    )


_constraint_parameters_by_set()


# --------------------------------------------------------------------------- loading


def _parse_turtle(path: Path) -> Graph:
    if not path.is_file():
        raise InputError(f"Het ontologiebestand {path} ontbreekt.")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise InputError(f"Het ontologiebestand {path} is geen geldige Turtle: {exc}") from exc
    return graph


def _stamp(ontology_dir: Path, *names: str) -> tuple:
    """Cache key: the files' paths and modification times, so an edited file is read again."""
    paths = [Path(ontology_dir).resolve() / name for name in names]
    return tuple((str(p), p.stat().st_mtime_ns if p.exists() else None) for p in paths)


@lru_cache(maxsize=8)
def _load(stamp: tuple) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for path, _mtime in stamp:
        graph += _parse_turtle(Path(path))
    return graph


def load_shapes(ontology_dir: Path = ONTOLOGY_DIR) -> Graph:
    """The SHACL shapes graph (cached; treat it as read-only)."""
    return _load(_stamp(ontology_dir, SHAPES_FILE))


def _vocabulary(ontology_dir: Path = ONTOLOGY_DIR) -> Graph:
    """Ontology and concept schemes: what validation needs beside the data (cached, read-only)."""
    return _load(_stamp(ontology_dir, ONTOLOGY_FILE, THEMES_FILE))


def load_ontology(ontology_dir: Path = ONTOLOGY_DIR) -> Graph:
    """The content of the ontology named graph: ontology, theme/segment schemes and shapes.

    Blank nodes (RDF lists, OWL class expressions, SHACL helper shapes) are replaced by skolem
    IRIs ``https://w3id.org/jeugdgraph/.well-known/genid/{hash}`` derived from their content,
    so the graph is the same in every build and survives an export and re-import unchanged.
    Returns a fresh graph that the caller may change.
    """
    graph = Graph()
    bind_prefixes(graph)
    graph += _skolemized(_stamp(ontology_dir, ONTOLOGY_FILE, THEMES_FILE, SHAPES_FILE))
    return graph


SKOLEM_PREFIX = "https://w3id.org/jeugdgraph/.well-known/genid/"


@lru_cache(maxsize=4)
def _skolemized(stamp: tuple) -> Graph:
    canonical = to_canonical_graph(_load(stamp))  # blank node labels from a hash of their context
    graph = Graph()

    def skolem(term: Node) -> Node:
        return URIRef(SKOLEM_PREFIX + str(term)[:32]) if isinstance(term, BNode) else term

    graph.addN((skolem(s), skolem(p), skolem(o), graph) for s, p, o in canonical)
    return graph


# --------------------------------------------------------------------------- validating


#: what ``validate_graph`` accepts: pyoxigraph triples or quads (a mapped document), or an rdflib
#: graph (a Dataset: the union of its graphs)
GraphData = Graph | Iterable[ox.Triple] | Iterable[ox.Quad]


def validate_graph(
    data: GraphData,
    *,
    ontology: Graph | None = None,
    context: GraphData | None = None,
    ontology_dir: Path = ONTOLOGY_DIR,
) -> ValidationReport:
    """Validate a graph: pyoxigraph triples or quads (such as ``mapping.map_document``'s), or an
    rdflib graph (or Dataset, over the union of its graphs).

    ``ontology`` defaults to the project's ontology and schemes. ``context`` is data the graph
    links to but that is not itself under test, such as the reference graph for a single
    document's graph: it is there so that ``sh:class`` checks can see the types of linked
    municipalities and laws, and only the resources that ``data`` describes are validated.

    The graphs are copied into an in-memory Oxigraph store and validated there: pyshacl's
    SPARQL constraints run much faster on Oxigraph than on rdflib's engine.
    """
    store = ox.Store()
    quads = _quads_of_any(data, _DATA_GRAPH)
    store.extend(quads)
    store.extend(quads_of(ontology if ontology is not None else _vocabulary(ontology_dir), GRAPH_ONTOLOGY))
    focus_nodes = None
    if context is not None:
        store.extend(_quads_of_any(context, _CONTEXT_GRAPH))
        focus_nodes = sorted({iri_of(q.subject) for q in quads if isinstance(q.subject, ox.NamedNode)})
        if not focus_nodes:
            return _report(Graph(), load_shapes(ontology_dir))
    return _validate(store, load_shapes(ontology_dir), focus_nodes)


def validate_store(store: ox.Store, *, ontology_dir: Path = ONTOLOGY_DIR) -> ValidationReport:
    """Validate everything in a store: the union of all its named graphs.

    A store built by ``jeugdgraph build`` holds the ontology in ``jgi:graph/ontology`` and is
    validated in place (read only); any other store is first copied into memory with the
    ontology added, so the store itself is never changed.
    """
    target = store
    if not store.contains_named_graph(ox.NamedNode(str(GRAPH_ONTOLOGY))):
        target = ox.Store()
        target.extend(store.quads_for_pattern(None, None, None, None))
        target.extend(quads_of(_vocabulary(ontology_dir), GRAPH_ONTOLOGY))
    return _validate(target, load_shapes(ontology_dir), None)


# graphs that validate_graph puts its input in (never written to a user's store)
_DATA_GRAPH = ox.NamedNode("urn:jeugdgraph:validation:data")
_CONTEXT_GRAPH = ox.NamedNode("urn:jeugdgraph:validation:context")


def _validate(store: ox.Store, shapes: Graph, focus_nodes: list[URIRef] | None) -> ValidationReport:
    working_shapes, batched = _split_sparql_constraints(shapes)
    options = {"inference": "none", "allow_warnings": True, "allow_infos": True, "focus_nodes": focus_nodes}
    try:
        _conforms, results, _text = _Validator(
            _StoreDataGraph(store), shacl_graph=working_shapes, options=options
        ).run()
    except ValidationFailure as exc:
        raise InputError(f"De validatieregels (SHACL) konden niet worden toegepast: {exc.message}") from exc
    for constraint in batched:
        constraint.evaluate(store, results, focus_nodes)
    report = _report(results, shapes)
    results.set((_report_node(results), SH.conforms, Literal(report.conforms)))
    report.labels = _labels_from_store(store, {f.focus for f in report.findings})
    return report


# --------------------------------------------------------------------------- SPARQL constraints
#
# pyshacl runs a SPARQL constraint once per focus node (pre-binding $this, checking the query
# text each time): about a millisecond per node, most of a store's validation time. The SPARQL
# constraints of node shapes with core targets are evaluated here instead, set-at-a-time: one
# query per constraint, with the shape's targets joined in as a subquery that binds $this. The
# results are the same rows SHACL's pre-binding would give; they go into the same report graph.


@dataclass(frozen=True)
class _BatchedConstraint:
    constraint: Node
    shape: Node
    severity: Node
    messages: tuple[Literal, ...]
    query: str  # with $this bound by the targets subquery; {focus} is where focus nodes go

    def evaluate(self, store: ox.Store, results: Graph, focus_nodes: list[URIRef] | None) -> None:
        focus = ""
        if focus_nodes is not None:
            focus = "VALUES $this { " + " ".join(iri_term(n) for n in focus_nodes) + " }"
        report = _report_node(results)
        for row in select(store, self.query.replace("#{focus}", focus), use_default_graph_as_union=True):
            this = to_rdflib(row["this"])
            value = to_rdflib(row["value"]) if _bound(row, "value") else this
            result = BNode()
            results.add((report, SH.result, result))
            results.add((result, RDF.type, SH.ValidationResult))
            results.add((result, SH.focusNode, this))
            results.add((result, SH.value, value))
            if _bound(row, "path"):
                results.add((result, SH.resultPath, to_rdflib(row["path"])))
            results.add((result, SH.resultSeverity, self.severity))
            results.add((result, SH.sourceShape, self.shape))
            results.add((result, SH.sourceConstraint, self.constraint))
            results.add((result, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
            for message in self.messages:
                results.add((result, SH.resultMessage, message))


def _split_sparql_constraints(shapes: Graph) -> tuple[Graph, list[_BatchedConstraint]]:
    """A working copy of the shapes in which the batched SPARQL constraints are deactivated for
    pyshacl, and those constraints. (pyshacl also adds a few RDFS axioms to the graph it gets,
    so it never sees the cached original.)"""
    working = Graph()
    working += shapes
    batched = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        targets = _target_patterns(shapes, shape)
        text = shapes.value(constraint, SH.select)
        if not targets or text is None or (shape, SH.path, None) in shapes:
            continue  # left to pyshacl
        query = _with_targets(str(text), targets)
        if query is None:
            continue
        prologue = "".join(
            f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
            for prefixes in shapes.objects(constraint, SH.prefixes)
            for d in shapes.objects(prefixes, SH.declare)
        )
        batched.append(_BatchedConstraint(
            constraint=constraint,
            shape=shape,
            severity=shapes.value(shape, SH.severity) or SH.Violation,
            messages=tuple(m for m in shapes.objects(constraint, SH.message) if isinstance(m, Literal)),
            query=prologue + query,
        ))
        working.set((constraint, SH.deactivated, Literal(True)))
    return working, batched


def _target_patterns(shapes: Graph, shape: Node) -> list[str]:
    patterns = [f"{{ $this a/<{RDFS.subClassOf}>* <{c}> }}" for c in shapes.objects(shape, SH.targetClass)]
    patterns += [f"{{ $this <{p}> [] }}" for p in shapes.objects(shape, SH.targetSubjectsOf)]
    patterns += [f"{{ [] <{p}> $this }}" for p in shapes.objects(shape, SH.targetObjectsOf)]
    patterns += [f"{{ VALUES $this {{ <{n}> }} }}" for n in shapes.objects(shape, SH.targetNode)
                 if isinstance(n, URIRef)]
    if (shape, SH.target, None) in shapes:
        return []  # SHACL-AF targets: leave the shape to pyshacl
    return patterns


def _with_targets(select: str, targets: list[str]) -> str | None:
    """``SELECT $this ... WHERE { body }`` -> ``SELECT DISTINCT $this ... WHERE { {targets} body }``."""
    match = _SELECT_WHERE.search(select)
    if match is None or "$this" not in match.group("projection"):
        return None
    subquery = "{ SELECT DISTINCT $this WHERE { #{focus} " + " UNION ".join(targets) + " } }"
    return (
        select[: match.start()]
        + f"SELECT DISTINCT {match.group('projection')} WHERE {{ {subquery}"
        + select[match.end():]
    )


_SELECT_WHERE = re.compile(r"SELECT\s+(?:DISTINCT\s+)?(?P<projection>[^{]*?)\s*WHERE\s*\{", re.IGNORECASE)


def _report_node(results: Graph) -> Node:
    return next(iter(results.subjects(RDF.type, SH.ValidationReport)))


def _bound(row: ox.QuerySolution, name: str) -> bool:
    try:
        return row[name] is not None
    except KeyError:
        return False


def _quads_of_any(source: GraphData, graph_name: ox.NamedNode) -> list[ox.Quad]:
    """The triples of ``source`` (of every graph of a Dataset) as quads in ``graph_name``."""
    if isinstance(source, ConjunctiveGraph):  # rdflib's Dataset is one too
        union = Graph()
        union.addN((s, p, o, union) for s, p, o, _g in source.quads((None, None, None, None)))
        return list(quads_of(union, graph_name.value))
    if isinstance(source, Graph):
        return list(quads_of(source, graph_name.value))
    return [ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in source]


__all__ = [
    "load_shapes",
    "load_ontology",
    "validate_graph",
    "validate_store",
]
