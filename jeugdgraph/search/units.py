"""What the search index holds, read from the store: one unit per document (its text ``jg:tekst``
and title) and one per quoted statement (its ``jg:citaat``, at ``jg:begin`` in that text), each
with the facets the search filters on (kind, municipality, region, date).

A document is about a municipality when it was published by it or names it, and about a region
when it names the region or a municipality of the region was its publisher or is named in it (the
same reading as the named query ``themas-per-regio``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ..namespaces import JG_IRI, PREFIXES
from ..sparql_texts import filled, sparql

DOCUMENT_PREFIX = "https://w3id.org/jeugdgraph/id/document/"


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


def _facets(store: ox.Store, values: str, documents: dict[str, Unit]) -> None:
    """Municipalities and regions a document is about (see the module docstring)."""
    members: dict[str, set[str]] = {}
    regions: set[str] = set()
    for row in _rows(store, sparql("search-region-members")):
        regions.add(row["r"].value)
        if row["m"] is not None:
            members.setdefault(row["m"].value, set()).add(row["r"].value)
    municipalities = {row["m"].value for row in _rows(store, sparql("search-municipalities"))}
    for row in _rows(store, filled("search-about", documents=values)):
        unit = documents.get(row["g"].value)
        x = row["x"].value
        if unit is None:
            continue
        if x in municipalities:
            unit.municipalities.add(x)
            unit.regions |= members.get(x, set())
        elif x in regions:
            unit.regions.add(x)
