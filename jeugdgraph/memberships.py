"""Region membership through time: W3C ORG ``org:Membership`` with OWL-Time periods.

Derived from three of the project's tables: ``jeugdregio_2016.csv`` (CBS 83287NED, every
municipality of 2016 with its youth-care region), ``gemeenten.csv`` (today's region of every
current municipality) and the municipal changes of the TOOI register
(``tooi-rwc_gemeenten_compleet-wijzigingen.csv``, already in the graph as ``jg:Wijziging``):

* a municipality of 2016 is a member of its 2016 region from before 2016 (no beginning is stated)
  until its end date, or up to now;
* a municipality that began after 2016 is a member from its begin date of today's region, or,
  when it no longer exists, of the region all its predecessors shared;
* a municipality whose region today differs from 2016 moved on a date no table gives: the old
  membership ends and the new one begins at a ``time:Instant`` without a date.

``jgi:lidmaatschap/gm0501-jz29`` is the membership, ``…/periode`` its ``time:Interval``,
``…/periode/begin`` and ``…/periode/eind`` its instants (``time:inXSDDate``, the first and the
last day). Plain ``org:memberOf``/``org:hasMember`` keep stating today's membership.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from . import iris
from .namespaces import JG, JGI_IRI, ORG, RDF, XSD
from .reference_tables import read_table

TIME = Namespace("http://www.w3.org/2006/time#")
TABLE_2016 = "jeugdregio_2016.csv"
SINCE_2016 = date(2016, 1, 1)
UNKNOWN = "onbekend"  # a bound that happened on a date no table gives


@dataclass(frozen=True)
class Period:
    municipality: Node
    region: Node
    begin: date | str | None  # None: before the records begin; UNKNOWN: a date no table gives
    end: date | str | None  # None: still a member
    source: str


def _date_of(graph: Graph, subject: Node, predicate: URIRef) -> date | None:
    for value in graph.objects(subject, predicate):
        return date.fromisoformat(str(value)[:10])
    return None


def periods(graph: Graph, reference_dir: Path) -> list[Period]:
    """Every membership period that the tables support."""
    path = Path(reference_dir) / TABLE_2016
    if not path.is_file():
        return []
    regions: dict[str, Node] = {str(code): r for r, code in graph.subject_objects(JG.cbsCode)
               if (r, RDF.type, JG.Jeugdregio) in graph}
    today: dict[Node, Node] = {m: r for m, r in graph.subject_objects(ORG.memberOf)
                               if (r, RDF.type, JG.Jeugdregio) in graph}
    found: list[Period] = []
    region_of: dict[Node, Node] = {}
    for row in read_table(path, ("cbs_code", "jeugdregio", "bron")):
        listed_region = regions.get(row["jeugdregio"])
        if listed_region is None:
            raise row.fail(f"'{row['jeugdregio']}' is geen jeugdregio uit jeugdregios.csv.")
        region: Node = listed_region
        municipality: Node = URIRef(iris.gemeente(row["cbs_code"]))
        region_of[municipality] = region
        end = _date_of(graph, municipality, JG.einddatum)
        now = today.get(municipality)
        if end is not None or now is None or now == region:
            found.append(Period(municipality, region, None, end, row["bron"]))
        else:
            found.append(Period(municipality, region, None, UNKNOWN, row["bron"]))
            found.append(Period(municipality, now, UNKNOWN, None, "gemeenten.csv (indeling van nu)"))
    later = sorted(
        (begin, m) for m in set(graph.subjects(RDF.type, JG.Gemeente))
        if (begin := _date_of(graph, m, JG.begindatum)) is not None and begin > SINCE_2016
    )
    for begin, municipality in later:
        current = today.get(municipality)
        source = "gemeenten.csv (indeling van nu)"
        if current is None:
            before = {region_of.get(p) for p in _predecessors(graph, municipality)}
            (current,) = before if len(before) == 1 else (None,)
            if current is None:
                continue  # predecessors in different regions: no table says which one it joined
            source = "jeugdregio van de voorgangers (TOOI-samenvoeging)"
        region = current
        region_of[municipality] = region
        end = _date_of(graph, municipality, JG.einddatum)
        found.append(Period(municipality, region, begin, end, source))
    listed = {p.municipality for p in found}
    for municipality, region in sorted(today.items()):
        if municipality not in listed:
            found.append(Period(municipality, region, None, None, "gemeenten.csv (indeling van nu)"))
    return found


def _predecessors(graph: Graph, municipality: Node) -> list[Node]:
    return [old for event in graph.subjects(PROV.generated, municipality)
            for old in graph.objects(event, PROV.invalidated)]


def _instant(graph: Graph, iri: URIRef, when: date | str) -> URIRef:
    graph.add((iri, RDF.type, TIME.Instant))
    if isinstance(when, date):
        graph.add((iri, TIME.inXSDDate, Literal(when, datatype=XSD.date)))
    return iri


def add_memberships(graph: Graph, reference_dir: Path) -> int:
    """Add every membership period to ``graph``; returns how many."""
    count: dict[str, int] = {}
    found = periods(graph, reference_dir)
    for period in found:
        local = f"{str(period.municipality).rsplit('/', 1)[-1]}-{_region_code(graph, period.region)}"
        count[local] = count.get(local, 0) + 1
        if count[local] > 1:
            local += f"-{count[local]}"
        membership = URIRef(f"{JGI_IRI}lidmaatschap/{local}")
        interval = URIRef(f"{membership}/periode")
        graph.add((membership, RDF.type, ORG.Membership))
        graph.add((membership, ORG.member, period.municipality))
        graph.add((membership, ORG.organization, period.region))
        graph.add((membership, ORG.memberDuring, interval))
        graph.add((membership, DCTERMS.source, Literal(period.source, lang="nl")))
        graph.add((interval, RDF.type, TIME.Interval))
        if period.begin is not None:
            begin = _instant(graph, URIRef(f"{interval}/begin"), period.begin)
            graph.add((interval, TIME.hasBeginning, begin))
        if period.end is not None:
            end = _instant(graph, URIRef(f"{interval}/eind"), period.end)
            graph.add((interval, TIME.hasEnd, end))
    return len(found)


def _region_code(graph: Graph, region: Node) -> str:
    for code in graph.objects(region, JG.cbsCode):
        return str(code).lower()
    return iris.slugify(str(region).rsplit("/", 1)[-1])
