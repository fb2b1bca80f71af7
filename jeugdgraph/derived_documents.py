"""The per-document derived rules in Python, for the build: the statements that the rules of
``jeugdgraph.derived`` listed in ``DOCUMENT_RULES`` would make from one document's graph, computed
from the graph the mapping made, so that they are bulk loaded with it and the build runs only the
rules that read more than one graph as ``CONSTRUCT`` queries.

The SPARQL rules (``sparql/derived-<name>.ru``) stay the definition: writes and ``rederive`` run
them, and ``tests/derived`` checks every function here against its rule. Which mirrors which:

=====================  ==========================  =========================================
rule (``jg:``)         function                    reads in the document's graph
=====================  ==========================  =========================================
``bronNoemt``          ``_bron_noemt``             ``?doc jg:noemt ?x``
``documentBlok``       ``_document_blok``          the document's IRI
``datumBlok``          ``_datum_blok``             ``dcterms:date``, ``jg:datum``, ``jg:deadline``
``deadlineBlok``       ``_deadline_blok``          ``jg:deadline``
``zonderDatum``        ``_zonder_datum``           ``?doc a jg:Document``, no ``dcterms:date``
``wetDatumBlok``       ``_wet_datum_blok``         ``jg:verwijstNaar`` of a dated ``jg:Document``
``besluitVan``         ``_besluit_van``            a publisher's ``jg:bevat`` of a ``jg:Besluit``
``uitsprakenBlok``     ``_uitspraken_blok``        ``jg:thema`` of the document and its statements
=====================  ==========================  =========================================

Every rule binds ``?doc`` to a graph under ``jgi:document/`` whose document has ``jg:bronbestand``
in it (``derived._restrict``), and reads that graph only; the three others (``overRegio``,
``regiovisieBlok``, ``namensBlok``) read the reference data or any graph, and the counts and names
read every document's statements: those are no per-document rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import pyoxigraph as ox

from .derived import DOCUMENT_BUCKET_LENGTH, DOCUMENT_PREFIX, GRAPH_DERIVED, THEME_BUCKET_LENGTH
from .namespaces import JG_IRI

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Statement = tuple[Term, ox.NamedNode, Term]

_DCTERMS = "http://purl.org/dc/terms/"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_DATE = ox.NamedNode(_DCTERMS + "date")
_PUBLISHER = ox.NamedNode(_DCTERMS + "publisher")
_DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_TRUE = ox.Literal(True)


def _jg(name: str) -> ox.NamedNode:
    return ox.NamedNode(JG_IRI + name)


_BRONBESTAND, _NOEMT, _DATUM, _DEADLINE = _jg("bronbestand"), _jg("noemt"), _jg("datum"), _jg("deadline")
_DOCUMENT, _BESLUIT, _BEVAT, _STELT_VAST = _jg("Document"), _jg("Besluit"), _jg("bevat"), _jg("steltVast")
_VERWIJST_NAAR, _THEMA = _jg("verwijstNaar"), _jg("thema")
_BRON_NOEMT, _DOCUMENT_BLOK, _DATUM_BLOK = _jg("bronNoemt"), _jg("documentBlok"), _jg("datumBlok")
_DEADLINE_BLOK, _ZONDER_DATUM, _WET_DATUM_BLOK = _jg("deadlineBlok"), _jg("zonderDatum"), _jg("wetDatumBlok")
_BESLUIT_VAN, _UITSPRAKEN_BLOK = _jg("besluitVan"), _jg("uitsprakenBlok")


class _Graph:
    """One document's statements, looked up by predicate."""

    def __init__(self, doc: ox.NamedNode, statements: Sequence[Statement]) -> None:
        self.doc = doc
        self.by_predicate: dict[ox.NamedNode, list[tuple[Term, Term]]] = {}
        for s, p, o in statements:
            self.by_predicate.setdefault(p, []).append((s, o))

    def pairs(self, predicate: ox.NamedNode) -> list[tuple[Term, Term]]:
        return self.by_predicate.get(predicate, [])

    def objects(self, subject: Term, predicate: ox.NamedNode) -> list[Term]:
        return [o for s, o in self.pairs(predicate) if s == subject]

    def subjects(self, predicate: ox.NamedNode, obj: Term) -> set[Term]:
        return {s for s, o in self.pairs(predicate) if o == obj}

    @property
    def slug(self) -> str:
        """``STRAFTER(STR(?doc), prefix)``: the graph is under the prefix (``_applies``)."""
        return self.doc.value[len(DOCUMENT_PREFIX):]


def _month(term: Term) -> str | None:
    """``SUBSTR(STR(?datum), 1, 7)`` of a date the rules take (``xsd:date`` of ten characters)."""
    if isinstance(term, ox.Literal) and term.datatype == _XSD_DATE and len(term.value) == 10:
        return term.value[:7]
    return None


def _text(term: Term) -> str | None:
    """``STR(?x)``: an error (no statement) for a blank node."""
    return None if isinstance(term, ox.BlankNode) else term.value


def _bron_noemt(g: _Graph) -> Iterator[Statement]:
    for o in g.objects(g.doc, _NOEMT):
        yield g.doc, _BRON_NOEMT, o


def _document_blok(g: _Graph) -> Iterator[Statement]:
    yield g.doc, _DOCUMENT_BLOK, ox.Literal(g.slug[:DOCUMENT_BUCKET_LENGTH])


def _datum_blok(g: _Graph) -> Iterator[Statement]:
    for predicate in (_DATE, _DATUM, _DEADLINE):
        for s, o in g.pairs(predicate):
            month = _month(o)
            if month is not None:
                yield s, _DATUM_BLOK, ox.Literal(month)


def _deadline_blok(g: _Graph) -> Iterator[Statement]:
    for s, o in g.pairs(_DEADLINE):
        month = _month(o)
        if month is not None:
            yield s, _DEADLINE_BLOK, ox.Literal(month)


def _zonder_datum(g: _Graph) -> Iterator[Statement]:
    if _DOCUMENT in g.objects(g.doc, _TYPE) and not g.objects(g.doc, _DATE):
        yield g.doc, _ZONDER_DATUM, _TRUE


def _wet_datum_blok(g: _Graph) -> Iterator[Statement]:
    for s in {s for s, o in g.pairs(_TYPE) if o == _DOCUMENT}:
        months = [m for m in map(_month, g.objects(s, _DATE)) if m is not None]
        for law in g.objects(s, _VERWIJST_NAAR):
            text = _text(law)
            if text is not None:
                for month in months:
                    yield s, _WET_DATUM_BLOK, ox.Literal(f"{text} {month}")


def _besluit_van(g: _Graph) -> Iterator[Statement]:
    decisions = g.subjects(_TYPE, _BESLUIT) & {s for s, _ in g.pairs(_STELT_VAST)}
    for source, publisher in g.pairs(_PUBLISHER):
        for contained in g.objects(source, _BEVAT):
            if contained in decisions:
                yield contained, _BESLUIT_VAN, publisher


def _uitspraken_blok(g: _Graph) -> Iterator[Statement]:
    themes = g.objects(g.doc, _THEMA)
    if not themes:
        return
    derived_from = g.subjects(_DERIVED_FROM, g.doc)
    # COUNT(DISTINCT ?uitspraak) per theme, in one pass over the themes of the graph
    counts = Counter(theme for s, theme in set(g.pairs(_THEMA)) if s in derived_from)
    begin = g.slug[:THEME_BUCKET_LENGTH]
    for theme in themes:
        text = _text(theme)
        if text is None:
            continue
        count = counts[theme]
        rest = str(999999 - count)
        # SUBSTR(CONCAT("000000", ?rest), STRLEN(?rest) + 1): six digits, padded with zeros
        yield g.doc, _UITSPRAKEN_BLOK, ox.Literal(f"{text} {('000000' + rest)[len(rest):]} {begin}")


#: the Python mirror of each per-document rule, by the property it derives
MIRRORS: dict[str, Callable[[_Graph], Iterator[Statement]]] = {
    "bronNoemt": _bron_noemt, "documentBlok": _document_blok, "datumBlok": _datum_blok,
    "deadlineBlok": _deadline_blok, "zonderDatum": _zonder_datum, "wetDatumBlok": _wet_datum_blok,
    "besluitVan": _besluit_van, "uitsprakenBlok": _uitspraken_blok,
}


def _applies(g: _Graph) -> bool:
    """Whether the rules bind ``?doc`` to this graph (``derived._restrict`` for every document)."""
    return g.doc.value.startswith(DOCUMENT_PREFIX) and bool(g.objects(g.doc, _BRONBESTAND))


def document_derived(
    doc: ox.NamedNode, statements: Sequence[Statement], rules: Sequence[str] = tuple(MIRRORS)
) -> list[Statement]:
    """The derived statements the per-document ``rules`` make from the graph ``doc`` holding
    ``statements``: each once, in the order the rules and the graph give them."""
    g = _Graph(doc, statements)
    if not _applies(g):
        return []
    made: dict[Statement, None] = {}
    for name in rules:
        made.update(dict.fromkeys(MIRRORS[name](g)))
    return list(made)


def derived_nquads(doc: ox.NamedNode, statements: Sequence[Statement]) -> bytes:
    """``document_derived`` as N-Quads in the derived graph (the terms' own N-Triples forms)."""
    graph = f"<{GRAPH_DERIVED}>"
    made = document_derived(doc, statements)
    return "".join([f"{s!s} {p!s} {o!s} {graph} .\n" for s, p, o in made]).encode()
