"""The SPARQL behind the network view, the region overview and the resource pages, in one place.

Everything here produces query text or turns query answers into rows; nothing here decides what a
picture or a page shows. Rows are SPARQL 1.1 Query Results JSON bindings (``{"var": {"type":
"uri", "value": ...}}``), so the same code works on answers from the server's query backend, from a
pyoxigraph store or from any SPARQL endpoint.

IRIs are written into query text only after :func:`iri_ref` has checked that they cannot break out
of ``<...>``; free text from users never reaches a query (names are matched in Python).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import InputError
from .namespaces import JG_IRI, sparql_prologue
from .ox_answers import select
from .sparql_texts import filled, sparql

Row = Mapping[str, Mapping[str, str]]
#: Runs one SELECT query (the project's prefixes predeclared, union default graph) and returns its rows.
QueryRows = Callable[[str], Sequence[Row]]

ORG = "http://www.w3.org/ns/org#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"


@dataclass(frozen=True)
class Kind:
    key: str
    label: str  # Dutch, as the legend shows it
    classes: tuple[str, ...]  # rdf:type IRIs that make a resource this kind, most specific first


def _jg(*names: str) -> tuple[str, ...]:
    return tuple(JG_IRI + name for name in names)


#: Node kinds in order of precedence: a resource typed with classes of two kinds gets the first.
KINDS: tuple[Kind, ...] = (
    Kind("gemeente", "Gemeente", _jg("Gemeente")),
    Kind("jeugdregio", "Jeugdregio", _jg("Jeugdregio")),
    Kind("gemeenschappelijke_regeling", "Gemeenschappelijke regeling", _jg("GemeenschappelijkeRegeling")),
    Kind("organisatie", "Organisatie", (*_jg("Organisatie"), ORG + "Organization")),
    Kind("programma", "Programma", _jg("Programma")),
    Kind("wet", "Wet", _jg("Wet")),
    Kind("document", "Document", _jg(
        "Motie", "Amendement", "Raadsvoorstel", "Raadsbesluit", "Collegebesluit", "Raadsinformatiebrief",
        "Nieuwsbericht", "Regeling", "Beleidsplan", "Verslag", "Presentatie", "Brief", "Advies", "Regiovisie",
        "Document")),
    Kind("besluit", "Besluit", _jg("Besluit")),
    Kind("opdracht", "Opdracht", _jg("Opdracht")),
    Kind("maatregel", "Maatregel", _jg("Maatregel")),
    Kind("bedrag", "Bedrag", _jg("Bedrag")),
    Kind("begrip", "Begrip", _jg("Begrip")),
    Kind("principe", "Principe", _jg("Principe")),
    Kind("termijn", "Termijn", _jg("Termijn")),
    Kind("persoon", "Persoon", _jg("Persoon")),
    Kind("thema", "Thema", _jg("Thema")),
)
KINDS_BY_KEY: dict[str, Kind] = {k.key: k for k in KINDS}
#: What the network shows when no kinds are asked for: the organisations, documents and what they decide.
DEFAULT_KINDS: frozenset[str] = frozenset({
    "gemeente", "jeugdregio", "gemeenschappelijke_regeling", "organisatie", "programma", "wet",
    "document", "besluit", "opdracht", "maatregel",
})
#: Kinds of things extracted from a document (they live and die with their document in a period filter).
STATEMENT_KINDS: frozenset[str] = frozenset({
    "besluit", "opdracht", "maatregel", "bedrag", "begrip", "principe", "termijn", "persoon",
})


@dataclass(frozen=True)
class Relation:
    key: str
    label: str  # Dutch edge label
    predicate: str
    inverse: str | None = None  # a predicate stated the other way round that means the same edge


RELATIONS: tuple[Relation, ...] = (
    Relation("lid_van", "lid van", ORG + "memberOf", ORG + "hasMember"),
    Relation("uitgevoerd_door", "uitgevoerd door", JG_IRI + "uitgevoerdDoor"),
    Relation("inkoop_samen_met", "inkoop samen met", JG_IRI + "inkoopSamenMet"),
    Relation("uitgegeven_door", "uitgegeven door", DCTERMS + "publisher"),
    Relation("deel_van", "deel van", DCTERMS + "isPartOf", DCTERMS + "hasPart"),
    Relation("verwijst_naar", "verwijst naar", JG_IRI + "verwijstNaar"),
    Relation("noemt", "noemt", JG_IRI + "noemt"),
    Relation("bevat", "bevat", JG_IRI + "bevat"),
    Relation("stelt_vast", "stelt vast", JG_IRI + "steltVast"),
    Relation("regiovisie_van", "regiovisie van", JG_IRI + "regio"),
    Relation("betreft", "betreft", JG_IRI + "betreft"),
    Relation("namens", "namens", JG_IRI + "namens"),
    Relation("gaat_over", "gaat over", JG_IRI + "thema"),
)
RELATIONS_BY_KEY: dict[str, Relation] = {r.key: r for r in RELATIONS}

# Characters that may not appear inside an IRIREF (SPARQL 1.1 grammar, production [139]).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_ref(iri: str) -> str:
    """``<iri>`` for query text; refuses anything that could end the IRI and start SPARQL."""
    if not iri or _BAD_IRI.search(iri) or ":" not in iri:
        raise InputError(f"Dit is geen bruikbare IRI: {iri!r}.")
    return f"<{iri}>"


def values(var: str, iris: Iterable[str]) -> str:
    """A ``VALUES ?var { <a> <b> }`` block (sorted, so the same set gives the same query)."""
    return f"VALUES ?{var} {{ {' '.join(iri_ref(i) for i in sorted(set(iris)))} }}"


def _query(body: str) -> str:
    return sparql_prologue() + "\n" + body


# --- the network -----------------------------------------------------------------------------

def nodes_query(scope: Iterable[str] | None = None) -> str:
    """Kind-bearing classes and display attributes of every node, or of the nodes in ``scope``."""
    classes = " ".join(iri_ref(c) for kind in KINDS for c in kind.classes)
    restrict = values("node", scope) if scope is not None else ""
    return _query(filled("viz-nodes", restrict=restrict, classes=classes))


def edges_query(subjects: Iterable[str] | None = None) -> str:
    """Every typed edge ``?s ?rel ?o`` (``?rel`` a relation key), or those leaving ``subjects``."""
    branches = []
    for rel in RELATIONS:
        branches.append(f'{{ ?s {iri_ref(rel.predicate)} ?o BIND("{rel.key}" AS ?rel) }}')
        if rel.inverse:
            branches.append(f'{{ ?o {iri_ref(rel.inverse)} ?s BIND("{rel.key}" AS ?rel) }}')
    restrict = values("s", subjects) if subjects is not None else ""
    union = "\n  UNION ".join(branches)
    return _query(filled("viz-edges", restrict=restrict, union=union))


def region_focus_query(region: str) -> str:
    """The region, its members (either direction of membership) and the body that carries out its tasks."""
    r = iri_ref(region)
    return _query(filled("viz-region-focus", region=r))


def municipality_focus_query(municipality: str) -> str:
    """The municipality, what it is a member of, and the bodies that carry out its regions' tasks."""
    g = iri_ref(municipality)
    return _query(filled("viz-municipality-focus", municipality=g))


def documents_about_query(focus: Iterable[str]) -> str:
    """Documents that mention, are published by, or are the vision of any of ``focus``."""
    return _query(filled("viz-documents-about", focus=values("focus", focus)))


def parts_query(wholes: Iterable[str]) -> str:
    """The documents that are part of any of ``wholes`` (either direction of the part relation)."""
    return _query(filled("viz-parts", wholes=values("whole", wholes)))


REGIONS_QUERY = _query(sparql("viz-regions"))
MUNICIPALITIES_QUERY = _query(sparql("viz-municipalities"))


# --- the region overview ---------------------------------------------------------------------

REGION_MEMBERS_QUERY = _query(sparql("viz-region-members"))
REGION_BODIES_QUERY = _query(sparql("viz-region-bodies"))
# a document belongs to a region when it, or a part of it, mentions, is published by, or is the
# vision of the region, one of its members or the body that carries out the region's tasks
REGION_DOCUMENTS_QUERY = _query(sparql("viz-region-documents"))
# assignments, and decisions or measures with a deadline, stated in a region's documents
REGION_ASSIGNMENTS_QUERY = _query(sparql("viz-region-assignments"))


# --- resource pages --------------------------------------------------------------------------

def resource_exists_query(iri: str) -> str:
    """One row when ``iri`` is a subject, an object or a named graph anywhere in the store."""
    r = iri_ref(iri)
    return _query(filled("resource-exists", resource=r))


def resource_properties_query(iri: str) -> str:
    """The resource's own statements with labels of IRI values and of predicates (Dutch first)."""
    r = iri_ref(iri)
    return _query(filled("resource-properties", resource=r))


def resource_incoming_query(iri: str, limit: int) -> str:
    r = iri_ref(iri)
    return _query(filled("resource-incoming", resource=r, limit=str(int(limit))))


def resource_graphs_query(iri: str) -> str:
    """The named graphs that hold statements about the resource, and the size of the resource as a graph."""
    r = iri_ref(iri)
    return _query(filled("resource-graphs", resource=r))


def class_labels_query(classes: Iterable[str]) -> str:
    return _query(filled("resource-class-labels", classes=values("class", classes)))


def quote_context_query(iri: str) -> str:
    """The passage a statement came from: its offsets and the text of its document."""
    r = iri_ref(iri)
    return _query(filled("resource-quote-context", resource=r))


# --- answers as rows -------------------------------------------------------------------------

def value(row: Row, var: str) -> str | None:
    """The lexical value (or IRI) bound to ``var``, ``None`` when unbound."""
    term = row.get(var)
    return None if term is None else term.get("value")


def term_to_json(term: object) -> dict[str, str]:
    """A pyoxigraph term in the SPARQL 1.1 Query Results JSON form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    raise TypeError(f"not an RDF term: {term!r}")


def solutions_to_rows(solutions: ox.QuerySolutions) -> list[dict[str, dict[str, str]]]:
    names = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term_to_json(term)
        rows.append(row)
    return rows


def store_query_rows(store: ox.Store) -> QueryRows:
    """A :data:`QueryRows` over a pyoxigraph store (for the command line; the server uses its backend)."""

    def run(query: str) -> list[dict[str, dict[str, str]]]:
        return solutions_to_rows(select(store, query, use_default_graph_as_union=True))

    return run
