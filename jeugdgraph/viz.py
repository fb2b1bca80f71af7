"""A networkx projection of the graph for pictures: municipalities, regions, joint bodies,
documents, laws and what documents decide, joined by typed edges.

The projection is fed by SPARQL query rows (:data:`jeugdgraph.viz_queries.QueryRows`) and never
opens a store itself, so the server builds it through its own query backend and the command line
through a store it opened. Every node and edge attribute is a string (never ``None``), which is what
GraphML and GEXF need.

Node attributes: ``iri``, ``label``, ``kind`` (a key of :data:`KINDS`), ``kind_label``, ``type``
(the most specific class, e.g. ``Raadsvoorstel``), ``date`` (a document's own ``dcterms:date``),
``quote`` (``jg:citaat`` of an extracted statement), ``deadline``, ``code`` (CBS code) and
``source`` (the document a statement came from). Edge attributes: ``relation`` (a key of
:data:`RELATIONS`, also the edge key), ``label`` (Dutch) and ``predicate``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import networkx as nx

from . import iris
from .errors import InputError, NotFound
from .namespaces import JGI_IRI
from .viz_queries import (
    DEFAULT_KINDS,
    KINDS,
    KINDS_BY_KEY,
    MUNICIPALITIES_QUERY,
    REGIONS_QUERY,
    RELATIONS_BY_KEY,
    STATEMENT_KINDS,
    QueryRows,
    Row,
    documents_about_query,
    edges_query,
    municipality_focus_query,
    nodes_query,
    parts_query,
    region_focus_query,
    value,
)

_CLASS_KIND: dict[str, tuple[int, str]] = {
    cls: (rank, kind.key) for rank, kind in enumerate(KINDS) for cls in kind.classes
}
# Class precedence inside a kind (Raadsvoorstel before Document), for the ``type`` attribute.
_CLASS_RANK: dict[str, int] = {cls: i for kind in KINDS for i, cls in enumerate(kind.classes)}
_TYPE_LABELS = {"GemeenschappelijkeRegeling": "Gemeenschappelijke regeling", "Organization": "Organisatie"}
_LABEL_LENGTH = 60
# Rounds of following a document to its parts, its whole and their parts; documents nest shallowly.
_MAX_DOCUMENT_ROUNDS = 4


@dataclass(frozen=True)
class Look:
    colour: str
    vis_shape: str  # vis-network node shape
    marker: str  # matplotlib marker


#: How each kind is drawn, the same in the interactive page and the images.
LOOKS: dict[str, Look] = {
    "gemeente": Look("#4e79a7", "dot", "o"),
    "jeugdregio": Look("#e15759", "diamond", "D"),
    "gemeenschappelijke_regeling": Look("#f28e2b", "square", "s"),
    "organisatie": Look("#76b7b2", "triangle", "^"),
    "programma": Look("#59a14f", "triangleDown", "v"),
    "wet": Look("#b6992d", "star", "*"),
    "document": Look("#b07aa1", "hexagon", "h"),
    "besluit": Look("#d37295", "dot", "o"),
    "opdracht": Look("#9c755f", "dot", "o"),
    "maatregel": Look("#8cd17d", "dot", "o"),
    "bedrag": Look("#f1ce63", "dot", "o"),
    "begrip": Look("#86bcb6", "dot", "o"),
    "principe": Look("#a0cbe8", "dot", "o"),
    "termijn": Look("#ff9d9a", "dot", "o"),
    "persoon": Look("#d4a6c8", "dot", "o"),
    "thema": Look("#79706e", "dot", "o"),
}
#: Edge colours per relation.
RELATION_COLOURS: dict[str, str] = {
    "lid_van": "#4e79a7",
    "uitgevoerd_door": "#f28e2b",
    "inkoop_samen_met": "#e15759",
    "uitgegeven_door": "#499894",
    "deel_van": "#b07aa1",
    "verwijst_naar": "#b6992d",
    "noemt": "#bab0ac",
    "bevat": "#9c755f",
    "stelt_vast": "#d37295",
    "regiovisie_van": "#e15759",
    "betreft": "#59a14f",
    "namens": "#d4a6c8",
    "gaat_over": "#79706e",
}


@dataclass(frozen=True)
class NetworkFilter:
    """What part of the graph to show. Without region or municipality: the whole graph."""

    regio: str | None = None  # a region slug or name (``rijnmond``)
    gemeente: str | None = None  # a CBS code (``GM0622``) or a municipality name
    kinds: frozenset[str] | None = None  # None: DEFAULT_KINDS
    van: date | None = None  # documents dated on or after
    tot: date | None = None  # documents dated on or before

    @classmethod
    def parse(
        cls,
        regio: str | None = None,
        gemeente: str | None = None,
        kinds: str | Iterable[str] | None = None,
        van: str | date | None = None,
        tot: str | date | None = None,
    ) -> NetworkFilter:
        """A filter from user input (query parameters, CLI options); bad input raises ``InputError``."""
        wanted = None
        if kinds:
            parts = kinds.split(",") if isinstance(kinds, str) else list(kinds)
            wanted = frozenset(p.strip().lower() for p in parts if p.strip())
            unknown = sorted(wanted - KINDS_BY_KEY.keys())
            if unknown:
                raise InputError(
                    f"Onbekende soort(en) {', '.join(unknown)}; kies uit: {', '.join(KINDS_BY_KEY)}."
                )
        start, end = _parse_date(van, "van"), _parse_date(tot, "tot")
        if start and end and start > end:
            raise InputError(f"De periode begint ({start}) na het einde ({end}).")
        return cls(
            regio=(regio or "").strip() or None,
            gemeente=(gemeente or "").strip() or None,
            kinds=wanted,
            van=start,
            tot=end,
        )

    @property
    def shown_kinds(self) -> frozenset[str]:
        return self.kinds if self.kinds is not None else DEFAULT_KINDS

    @property
    def has_period(self) -> bool:
        return self.van is not None or self.tot is not None

    def in_period(self, day: str) -> bool:
        try:
            when = date.fromisoformat(day[:10])
        except ValueError:
            return False  # a date the filter cannot place is not inside the period
        return (self.van is None or when >= self.van) and (self.tot is None or when <= self.tot)


def _parse_date(text: str | date | None, name: str) -> date | None:
    if text is None or isinstance(text, date):
        return text
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{name}' moet een datum zijn als 2025-01-31, niet {text!r}.") from None


def build_network(query: QueryRows, flt: NetworkFilter | None = None) -> nx.MultiDiGraph:
    """The network for ``flt``, built from the rows ``query`` returns."""
    flt = flt or NetworkFilter()
    focus: set[str] = set()
    titles: list[str] = []
    if flt.regio:
        region, label = resolve_region(query, flt.regio)
        focus |= _column(query(region_focus_query(region)), "node")
        titles.append(f"Jeugdregio {label}")
    if flt.gemeente:
        municipality, label = resolve_municipality(query, flt.gemeente)
        focus |= _column(query(municipality_focus_query(municipality)), "node")
        titles.append(f"Gemeente {label}")

    if focus:
        scope = _scope_around(query, focus)
        node_rows = query(nodes_query(scope))
        edge_rows = query(edges_query(scope))
    else:
        node_rows = query(nodes_query())
        edge_rows = query(edges_query())

    graph = nx.MultiDiGraph()
    graph.graph.update(
        title=" + ".join(titles) or "alle gemeenten, regio's en documenten",
        filter=describe_filter(flt),
    )
    for iri, attrs in _nodes_from_rows(node_rows).items():
        graph.add_node(iri, **attrs)
    for row in edge_rows:
        s, rel, o = value(row, "s"), value(row, "rel"), value(row, "o")
        if s in graph and o in graph and rel in RELATIONS_BY_KEY and s != o:
            relation = RELATIONS_BY_KEY[rel]
            graph.add_edge(s, o, key=rel, relation=rel, label=relation.label, predicate=relation.predicate)

    if flt.has_period:
        graph.remove_nodes_from(_outside_period(graph, flt))
    graph.remove_nodes_from([n for n, kind in graph.nodes(data="kind") if kind not in flt.shown_kinds])
    return graph


def _column(rows: Iterable[Row], var: str) -> set[str]:
    return {v for v in (value(r, var) for r in rows) if v}


def _scope_around(query: QueryRows, focus: set[str]) -> set[str]:
    """The focus, the documents about it with their wholes and parts, their statements, and
    everything those documents and statements point at."""
    documents = _column(query(documents_about_query(focus)), "doc")
    scope = set(focus) | documents
    statements: set[str] = set()
    frontier = set(documents)
    for _ in range(_MAX_DOCUMENT_ROUNDS):
        if not frontier:
            break
        related = _column(query(parts_query(frontier)), "part")
        for row in query(edges_query(frontier)):
            rel, target = value(row, "rel"), value(row, "o")
            if target is None:
                continue
            scope.add(target)
            if rel == "bevat":
                statements.add(target)
            elif rel == "deel_van":
                related.add(target)
        frontier = related - documents
        documents |= frontier
        scope |= frontier
    if statements:
        scope |= _column(query(edges_query(statements)), "o")
    return scope | statements


def _nodes_from_rows(rows: Iterable[Row]) -> dict[str, dict[str, str]]:
    """Node attributes per IRI; a resource of several kinds takes the kind that comes first."""
    best: dict[str, tuple[tuple[int, int], Row]] = {}
    for row in rows:
        iri, cls = value(row, "node"), value(row, "class")
        if not iri or cls not in _CLASS_KIND:
            continue
        rank = (_CLASS_KIND[cls][0], _CLASS_RANK[cls])
        if iri not in best or rank < best[iri][0]:
            best[iri] = (rank, row)
    return {iri: _node_attributes(iri, row) for iri, (_, row) in best.items()}


def _node_attributes(iri: str, row: Row) -> dict[str, str]:
    cls = value(row, "class") or ""
    kind = _CLASS_KIND[cls][1]
    quote = value(row, "quote") or ""
    number = value(row, "number") or ""
    local = cls.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return {
        "iri": iri,
        "label": _label(iri, kind, row, quote, number),
        "kind": kind,
        "kind_label": KINDS_BY_KEY[kind].label,
        "type": _TYPE_LABELS.get(local, local),
        "date": value(row, "date") or "",
        "quote": quote,
        "deadline": value(row, "deadline") or "",
        "code": value(row, "code") or "",
        "source": value(row, "source") or "",
    }


def _label(iri: str, kind: str, row: Row, quote: str, number: str) -> str:
    for var in ("label", "title", "name", "term"):
        if text := value(row, var):
            return _shorten(text)
    kind_label = KINDS_BY_KEY[kind].label
    if number:
        return f"{kind_label} {number}"
    if quote:
        return _shorten(f"{kind_label}: {quote}") if kind not in {"bedrag", "termijn"} else _shorten(quote)
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _shorten(text: str, length: int = _LABEL_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _outside_period(graph: nx.MultiDiGraph, flt: NetworkFilter) -> list[str]:
    """Documents not dated inside the period (a part without its own date takes its whole's; an
    undated document cannot be placed in it), and the statements that came only from them."""
    dates = {n: d for n, d in graph.nodes(data="date") if d}
    for part, whole, rel in graph.edges(keys=True):
        if rel == "deel_van" and part not in dates and whole in dates:
            dates[part] = dates[whole]
    documents = {n for n, kind in graph.nodes(data="kind") if kind == "document"}
    kept = {n for n in documents if n in dates and flt.in_period(dates[n])}
    removed = documents - kept
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] in STATEMENT_KINDS:
            sources = {s for s, _, rel in graph.in_edges(node, keys=True) if rel == "bevat"}
            if attrs["source"]:
                sources.add(attrs["source"])
            if sources and not sources & kept:
                removed.add(node)
    return sorted(removed)


def describe_filter(flt: NetworkFilter) -> str:
    """The filter in Dutch words, for titles and file metadata."""
    parts = []
    if flt.regio:
        parts.append(f"regio {flt.regio}")
    if flt.gemeente:
        parts.append(f"gemeente {flt.gemeente}")
    if flt.van or flt.tot:
        parts.append(f"documenten van {flt.van or '…'} tot en met {flt.tot or '…'}")
    parts.append("soorten: " + ", ".join(k.label.lower() for k in KINDS if k.key in flt.shown_kinds))
    return "; ".join(parts)


# --- resolving user input to IRIs ------------------------------------------------------------

def resolve_region(query: QueryRows, slug_or_name: str) -> tuple[str, str]:
    """(IRI, label) of a region given by slug or name; ``NotFound`` when the graph has no such region."""
    try:
        wanted = iris.slugify(slug_or_name)
    except ValueError:
        raise InputError(f"'{slug_or_name}' is geen naam van een jeugdregio.") from None
    for row in query(REGIONS_QUERY):
        iri, label = value(row, "region") or "", value(row, "label") or ""
        if iri == str(iris.jeugdregio(wanted)) or (label and iris.slugify(label) == wanted):
            return iri, label or wanted
    raise NotFound(f"De jeugdregio '{slug_or_name}' komt niet voor in de graaf.")


def resolve_municipality(query: QueryRows, code_or_name: str) -> tuple[str, str]:
    """(IRI, label) of a municipality given by CBS code (``GM0622``) or by (alternative) name."""
    text = code_or_name.strip()
    try:
        wanted = iris.slugify(text)
    except ValueError:
        raise InputError(f"'{code_or_name}' is geen CBS-code of naam van een gemeente.") from None
    labels: dict[str, str] = {}  # IRI -> first label seen
    codes: dict[str, str] = {}  # IRI -> CBS code
    named: set[str] = set()  # IRIs whose name or alternative name is the one asked for
    for row in query(MUNICIPALITIES_QUERY):
        iri, label, code = value(row, "gemeente"), value(row, "label"), value(row, "code")
        if not iri:
            continue
        if code:
            codes[iri] = code.upper()
        if label:
            labels.setdefault(iri, label)
            if iris.slugify(label) == wanted:
                named.add(iri)
    by_code = [iri for iri, code in codes.items() if code == text.upper()]
    by_code += [iri for iri in labels if iri.lower() == f"{JGI_IRI}gemeente/{text.lower()}"]
    if by_code:
        return by_code[0], labels.get(by_code[0], text)
    if len(named) == 1:
        iri = named.pop()
        return iri, labels[iri]
    if len(named) > 1:
        options = ", ".join(sorted(f"{codes.get(i, i)} ({labels[i]})" for i in named))
        raise InputError(f"'{code_or_name}' past bij meer dan één gemeente; gebruik de CBS-code: {options}.")
    raise NotFound(f"De gemeente '{code_or_name}' komt niet voor in de graaf.")


# --- exports ---------------------------------------------------------------------------------

def to_node_link_data(graph: nx.MultiDiGraph) -> dict:
    """The networkx node-link form (``nodes``, ``links`` with ``source``/``target``/``key``)."""
    return nx.node_link_data(graph, edges="links")


def to_node_link_json(graph: nx.MultiDiGraph) -> str:
    return json.dumps(to_node_link_data(graph), ensure_ascii=False)


def write_graphml(graph: nx.MultiDiGraph, path: Path | str) -> None:
    """GraphML for yEd and Gephi (string attributes only, so every reader keeps them)."""
    nx.write_graphml(_export_safe(graph), str(path))


def write_gexf(graph: nx.MultiDiGraph, path: Path | str) -> None:
    nx.write_gexf(_export_safe(graph), str(path))


def _export_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose graph, node and edge attributes are all strings (GraphML cannot hold ``None``)."""
    safe = nx.MultiDiGraph()
    safe.graph.update({k: _text(v) for k, v in graph.graph.items()})
    for node, attrs in graph.nodes(data=True):
        safe.add_node(node, **{k: _text(v) for k, v in attrs.items()})
    for s, o, key, attrs in graph.edges(keys=True, data=True):
        safe.add_edge(s, o, key=key, **{k: _text(v) for k, v in attrs.items()})
    return safe


def _text(v: object) -> str:
    return "" if v is None else str(v)


def kind_of_class(class_iri: str) -> str | None:
    """The node kind a class makes a resource (``None`` for classes the network does not show)."""
    found = _CLASS_KIND.get(class_iri)
    return found[1] if found else None
