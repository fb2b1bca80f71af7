"""Search hits inside SPARQL: a named query whose header declares ``#+ zoekindex:`` gets the hits of
the full-text index bound as a ``VALUES`` block at the start of its WHERE group, so graph patterns
join with them like with any other data::

    #+ zoekindex: {treffer: uitspraak, score: score, eenheid: uitspraak}
    #+ params:
    #+   zoek: text                 # the search text (required)
    #+   regio: jeugdregio?         # optional filters, by these names: regio, gemeente, soort, van, tot
    SELECT ?uitspraak ?score ?citaat ?zoek ?regio WHERE { ?uitspraak jg:citaat ?citaat } ORDER BY DESC(?score)

The server runs the search with the query's own parameter values, takes as many hits as the page
needs (or the row cap for the whole answer) and writes them as IRIs and ``xsd:double`` scores from
its own index, never text from the request. The same block works in any SPARQL store: copy the
query from the page with its ``VALUES`` block to combine a search with a query of your own.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import yaml

from ..errors import InputError
from ..query.named import NamedQuery
from ..query.shape import query_shape
from .index import Filters, SearchIndex

XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double"
FILTER_PARAMS = ("regio", "gemeente", "soort", "van", "tot")


@dataclass(frozen=True)
class SearchBinding:
    hit: str  # variable bound to the hit's IRI
    score: str | None  # variable bound to its BM25 score
    unit: str | None  # "document" or "uitspraak": which units the index returns
    text_param: str = "zoek"


def search_binding(named: NamedQuery) -> SearchBinding | None:
    """The ``#+ zoekindex:`` declaration of a named query, if it has one."""
    header = [line[3:] if line.startswith("#+ ") else line[2:]
              for line in named.sparql.splitlines() if line.startswith("#+")]
    spec = (yaml.safe_load("\n".join(header)) or {}).get("zoekindex")
    if spec is None:
        return None
    if not isinstance(spec, dict) or not isinstance(spec.get("treffer"), str):
        raise InputError(f"{named.name}: '#+ zoekindex:' moet minstens 'treffer: VARIABELE' geven.")
    return SearchBinding(hit=spec["treffer"], score=spec.get("score"), unit=spec.get("eenheid"),
                         text_param=spec.get("tekst", "zoek"))


def with_hits(named: NamedQuery, binding: SearchBinding, index: SearchIndex, text: str, filters: Filters,
              hits: int, sparql: str | None = None) -> str:
    """The query text (``sparql``, default the named query's) with the first ``hits`` hits as its
    VALUES block (an empty block: no answer)."""
    sparql = named.sparql if sparql is None else sparql
    if binding.unit and filters.unit is None:
        filters = Filters(filters.region, filters.municipality, filters.kind, filters.date_from,
                          filters.date_to, binding.unit)
    found = index.search(text, filters, limit=max(1, hits), snippets=False)
    names = [binding.hit] + ([binding.score] if binding.score else [])
    rows = []
    for hit in found.hits:
        terms = [str(ox.NamedNode(hit.key))]
        if binding.score:
            # six significant digits: Virtuoso writes a double so, and must answer as the embedded store
            score = repr(float(f"{hit.score:.6g}"))
            terms.append(str(ox.Literal(score, datatype=ox.NamedNode(XSD_DOUBLE))))
        rows.append("(" + " ".join(terms) + ")")
    # a block of the index's own terms placed by the parse, not a query text: it stays here
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(rows)} }}"
    shape = named.shape if sparql == named.sparql else query_shape(sparql)
    if shape.where_open is None:
        raise InputError(f"{named.name}: de query heeft geen WHERE-blok om de treffers in te zetten.")
    return shape.insert(sparql, "\n  " + block)
