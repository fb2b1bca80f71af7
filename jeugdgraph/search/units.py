"""What the search index holds: one unit per document (its text ``jg:tekst`` and title) and one
per quoted statement (its ``jg:citaat``, at ``jg:begin`` in that text), each with the facets the
search filters on (kind, municipality, region, date). Writes read them from the store
(``read_units``); a build makes them from each graph the mapping made (``mapped_units``), the same
units (``tests/search/test_build_units.py``).

A document is about a municipality when it was published by it or names it, and about a region
when it names the region or a municipality of the region was its publisher or is named in it (the
same reading as the named query ``themas-per-regio``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ..namespaces import JG_IRI, PREFIXES
from ..sparql_texts import filled, sparql

DOCUMENT_PREFIX = "https://w3id.org/jeugdgraph/id/document/"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass
class Unit:
    """One searchable passage."""

    key: str  # the IRI of the document or statement
    document: str  # the document (= its named graph)
    unit: str  # "document" or "uitspraak"
    text: str
    begin: int  # where ``text`` starts in the document's jg:tekst
    title: str = ""
    kinds: set[str] = field(default_factory=set)  # local names of jg: classes, lower case
    municipalities: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    date: int | None = None  # yyyymmdd of the document


def _values(graphs: Iterable[str] | None) -> str:
    if graphs is None:
        return ""
    return "VALUES ?g { " + " ".join(f"<{ox.NamedNode(g).value}>" for g in graphs) + " }"


def _rows(store: ox.Store, query: str) -> Iterator[dict[str, Any]]:
    """The solutions as dictionaries: pyoxigraph looks a solution's value up by name at a cost
    many times that of a dictionary's (it tries the name as a position first)."""
    solutions = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)  # a SELECT
    names = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield dict(zip(names, solution, strict=True))


def _date_number(literal: ox.Literal) -> int | None:
    text = literal.value
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        try:
            return int(text[:4] + text[5:7] + text[8:10])
        except ValueError:
            return None
    return None


def document_graphs(store: ox.Store) -> list[str]:
    """Every source document (a named graph whose document has ``jg:tekst``), sorted."""
    rows = _rows(store, sparql("search-document-graphs"))
    return sorted({row["g"].value for row in rows if row["g"].value.startswith(DOCUMENT_PREFIX)})


def read_units(store: ox.Store, graphs: Iterable[str] | None = None) -> list[Unit]:
    """The units of the document graphs ``graphs`` (``None``: every document graph)."""
    if graphs is not None:
        graphs = [g for g in graphs if g.startswith(DOCUMENT_PREFIX)]
        if not graphs:
            return []
    values = _values(graphs)
    documents: dict[str, Unit] = {}
    for row in _rows(store, filled("search-texts", documents=values)):
        g = row["g"].value
        documents[g] = Unit(g, g, "document", row["tekst"].value, 0)
    if not documents:
        return []
    for row in _rows(store, filled("search-titles", documents=values)):
        unit = documents.get(row["g"].value)
        if unit is not None and not unit.title:
            unit.title = row["t"].value
    for row in _rows(store, filled("search-dates", documents=values)):
        unit = documents.get(row["g"].value)
        if unit is not None and unit.date is None:
            unit.date = _date_number(row["d"])
    _facets(store, values, documents)

    kinds: dict[str, set[str]] = {}
    for row in _rows(store, filled("search-kinds", documents=values)):
        kinds.setdefault(row["x"].value, set()).add(row["type"].value[len(JG_IRI):].lower())
    units = list(documents.values())
    for unit in units:
        unit.kinds = set(kinds.get(unit.key, ()))
    for row in _rows(store, filled("search-quotes", documents=values)):
        document = documents.get(row["g"].value)
        if document is None:
            continue
        begin = row["begin"]
        try:
            start = int(begin.value) if begin is not None else -1
        except ValueError:
            start = -1
        units.append(Unit(
            row["u"].value, document.key, "uitspraak", row["citaat"].value, start,
            title=document.title, kinds=kinds.get(row["u"].value, set()) | document.kinds,
            municipalities=document.municipalities, regions=document.regions, date=document.date,
        ))
    return units


@dataclass(frozen=True)
class Facets:
    """What a named municipality or region stands for in the store: its municipalities (typed
    ``jg:Gemeente`` in any graph) and its regions (``jg:Jeugdregio``) with their members."""

    municipalities: frozenset[str]
    regions: frozenset[str]
    members: Mapping[str, frozenset[str]]  # municipality -> the regions it is a member of

    @classmethod
    def of_store(cls, store: ox.Store) -> Facets:
        members: dict[str, set[str]] = {}
        regions: set[str] = set()
        for row in _rows(store, sparql("search-region-members")):
            regions.add(row["r"].value)
            if row["m"] is not None:
                members.setdefault(row["m"].value, set()).add(row["r"].value)
        municipalities = {row["m"].value for row in _rows(store, sparql("search-municipalities"))}
        return cls(frozenset(municipalities), frozenset(regions),
                   {m: frozenset(r) for m, r in members.items()})

    def add(self, unit: Unit, about: str) -> None:
        """Puts in ``unit``'s facets what a document that is about ``about`` is about."""
        if about in self.municipalities:
            unit.municipalities.add(about)
            unit.regions |= self.members.get(about, frozenset())
        elif about in self.regions:
            unit.regions.add(about)


def _facets(store: ox.Store, values: str, documents: dict[str, Unit]) -> None:
    """Municipalities and regions a document is about (see the module docstring)."""
    facets = Facets.of_store(store)
    for row in _rows(store, filled("search-about", documents=values)):
        unit = documents.get(row["g"].value)
        if unit is not None:
            facets.add(unit, row["x"].value)


@dataclass
class MappedUnits:
    """The units of one document graph as the mapping made it, before its facets are known: what
    the build reads instead of asking the store (``read_units``) for every document again."""

    document: Unit
    quotes: list[Unit]
    about: list[str]  # the publisher and what the document names (``search-about``)

    def units(self, facets: Facets) -> list[Unit]:
        """The units with their facets: the document's first, then its quotes."""
        for about in self.about:
            facets.add(self.document, about)
        for quote in self.quotes:
            quote.municipalities, quote.regions = self.document.municipalities, self.document.regions
        return [self.document, *self.quotes]


_TEXT, _TITLE, _DATE = JG_IRI + "tekst", DCTERMS + "title", DCTERMS + "date"
_PUBLISHER, _NOEMT, _TYPE = DCTERMS + "publisher", JG_IRI + "noemt", RDF_TYPE
_CITAAT, _BEGIN = JG_IRI + "citaat", JG_IRI + "begin"


def mapped_units(graph: str, statements: Iterable[tuple[Any, Any, Any]]) -> MappedUnits | None:
    """The units of the document graph ``graph`` holding ``statements`` (pyoxigraph terms), as
    ``read_units`` reads them from a store holding that graph; ``None`` for a graph that is no
    source document (no ``jg:tekst`` of its own)."""
    if not graph.startswith(DOCUMENT_PREFIX):
        return None
    text: str | None = None
    title = ""
    date: int | None = None
    about: list[str] = []
    kinds: dict[str, set[str]] = {}
    quotes: dict[str, list[str]] = {}
    begins: dict[str, list[ox.Literal]] = {}
    for s, p, o in statements:
        predicate, subject = p.value, s.value
        if predicate == _TYPE:
            if o.value.startswith(JG_IRI):
                kinds.setdefault(subject, set()).add(o.value[len(JG_IRI):].lower())
        elif predicate == _CITAAT:
            quotes.setdefault(subject, []).append(o.value)
        elif predicate == _BEGIN:
            begins.setdefault(subject, []).append(o)
        elif subject != graph:
            continue
        elif predicate == _TEXT:
            text = o.value
        elif predicate == _TITLE:
            title = title or o.value
        elif predicate == _DATE:
            date = date if date is not None else _date_number(o)
        elif predicate in (_PUBLISHER, _NOEMT):
            about.append(o.value)
    if text is None:
        return None
    document = Unit(graph, graph, "document", text, 0, title=title, kinds=set(kinds.get(graph, ())),
                    date=date)
    units: list[Unit] = []
    for key, citations in quotes.items():
        starts = [_start(b) for b in begins.get(key, [])] or [-1]
        units.extend(
            Unit(key, graph, "uitspraak", citation, start, title=title,
                 kinds=kinds.get(key, set()) | document.kinds, date=date)
            for citation in citations for start in starts
        )
    return MappedUnits(document, units, about)


def _start(begin: ox.Literal) -> int:
    try:
        return int(begin.value)
    except ValueError:
        return -1
