"""What the map shows about each municipality and region, asked of the graph with SPARQL.

Like the network view, everything goes through :data:`~jeugdgraph.viz_queries.QueryRows`, so the
server runs these queries in its own backend (embedded or remote store) and the command line on a
store it opened.

Membership on a date: the registers' ``org:Membership`` resources with an ``org:memberDuring``
period (OWL-Time: ``time:hasBeginning``/``time:hasEnd`` instants with ``time:inXSDDate`` or a
date-time) where the graph has them; for a municipality without any, today's ``org:memberOf``. As
in ``leden-van-regio``, a period holds from its first up to and including its last day; an open end
holds on, and an end without a date has passed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from ..errors import InputError, NotFound
from ..namespaces import sparql_prologue
from ..sparql_texts import filled, sparql
from ..viz_queries import REGION_BODIES_QUERY, REGIONS_QUERY, QueryRows, Row, iri_ref, value

TIME = "http://www.w3.org/2006/time#"
_PROLOGUE = sparql_prologue() + f"PREFIX time: <{TIME}>\n"

_PARALLEL_QUERIES = 4
#: regiovisie status of a municipality, as the map colours it
ADOPTED, NOT_YET, UNKNOWN = "vastgesteld", "nog niet", "onbekend"

MUNICIPALITIES_QUERY = _PROLOGUE + sparql("geo-municipalities")
HAS_PERIODS_QUERY = _PROLOGUE + sparql("geo-has-periods")
VISIONS_QUERY = _PROLOGUE + sparql("geo-visions")


def membership_query(day: date) -> str:
    """Municipality -> region on ``day``: from dated memberships where a municipality has them,
    else from ``org:memberOf``."""
    return _PROLOGUE + filled("geo-memberships-on-day", day=day.isoformat())


def counts_query(day: date) -> str:
    """Per municipality: the documents about it, and the items with a deadline on or after ``day``."""
    return _PROLOGUE + filled("geo-counts", day=day.isoformat())


def documents_query(municipality: str) -> str:
    return _PROLOGUE + filled("geo-documents", municipality=iri_ref(municipality))


def items_query(municipality: str) -> str:
    """Every item with a deadline in the documents about ``municipality`` (open or passed)."""
    return _PROLOGUE + filled("geo-items", municipality=iri_ref(municipality))


@dataclass
class Region:
    iri: str
    slug: str
    label: str
    code: str
    bodies: list[tuple[str, str]] = field(default_factory=list)  # (IRI, label) of jg:uitgevoerdDoor
    visions: set[str] = field(default_factory=set)


@dataclass
class Municipality:
    iri: str
    code: str
    label: str
    province: str
    region: str = ""  # IRI of its region on the day, "" for none
    documents: int = 0
    open_items: int = 0
    vision: str = UNKNOWN


@dataclass
class MapFacts:
    day: date
    has_periods: bool  # the graph has memberships through time (else: today's state on every day)
    regions: dict[str, Region]
    municipalities: dict[str, Municipality]  # by CBS code (GM0622)
    counted: bool = True  # documents, open items and regiovisie status were asked for

    def region_iri(self, name: str) -> str:
        """The IRI of the region with this slug or name; ``NotFound`` for none."""
        wanted = name.strip().lower()
        for region in self.regions.values():
            if wanted in (region.slug, region.label.lower()):
                return region.iri
        raise NotFound(f"Er is geen jeugdregio '{name}' in de graaf.")

    def members(self) -> dict[str, list[str]]:
        """Region IRI -> CBS codes of its members on the day."""
        found: dict[str, list[str]] = defaultdict(list)
        for m in self.municipalities.values():
            if m.region:
                found[m.region].append(m.code)
        return {r: sorted(c) for r, c in found.items()}


def parse_day(datum: str | None) -> date:
    """The day of a ``datum`` parameter (ISO), today when it is empty."""
    if not datum or not datum.strip():
        return date.today()
    try:
        return date.fromisoformat(datum.strip())
    except ValueError:
        raise InputError(f"'{datum}' is geen datum; schrijf JJJJ-MM-DD, zoals 2026-01-01.") from None


def facts_on(query: QueryRows, datum: str | None, *, counts: bool = True
             ) -> tuple[MapFacts, dict[str, list[str]]]:
    """The facts on the day asked for, and today's membership (region IRI -> member codes), which
    sets the colours so that a region keeps its colour on every day."""
    day = parse_day(datum)
    facts = map_facts(query, day, counts=counts)
    if day == date.today():
        return facts, facts.members()
    codes = {m.iri: m.code for m in facts.municipalities.values()}
    today: dict[str, list[str]] = defaultdict(list)
    for municipality, region in memberships(query, date.today()).items():
        if municipality in codes:
            today[region].append(codes[municipality])
    return facts, {region: sorted(members) for region, members in today.items()}


def _regions(region_rows: Sequence[Row], body_rows: Sequence[Row]) -> dict[str, Region]:
    found = {}
    for row in region_rows:
        iri = value(row, "region") or ""
        found[iri] = Region(iri, iri.rsplit("/", 1)[-1], value(row, "label") or iri.rsplit("/", 1)[-1],
                            value(row, "code") or "")
    for row in body_rows:
        region = found.get(value(row, "region") or "")
        if region is not None and value(row, "rel") == "uitgevoerd_door":
            body = value(row, "body") or ""
            region.bodies.append((body, value(row, "label") or body.rsplit("/", 1)[-1]))
    return found


def memberships(query: QueryRows, day: date) -> dict[str, str]:
    """Municipality IRI -> region IRI on ``day`` (one region each; the first by IRI if several)."""
    return _memberships(query(membership_query(day)))


def _memberships(rows: Sequence[Row]) -> dict[str, str]:
    found: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: value(r, "regio") or ""):
        found.setdefault(value(row, "gemeente") or "", value(row, "regio") or "")
    return found


def map_facts(query: QueryRows, day: date | None = None, *, counts: bool = True) -> MapFacts:
    """Everything the map colours and counts, on ``day`` (default today); without ``counts`` only
    the municipalities and regions and who is member of which (the part that does not grow with the
    number of documents: the page draws that first and asks for the counts after).

    The queries are independent, so they run side by side (the server has several query worker
    processes): the answer then takes about as long as its slowest query.
    """
    day = day or date.today()
    texts = {"regions": REGIONS_QUERY, "bodies": REGION_BODIES_QUERY, "members": membership_query(day),
             "municipalities": MUNICIPALITIES_QUERY, "periods": HAS_PERIODS_QUERY}
    if counts:
        texts.update(counts=counts_query(day), visions=VISIONS_QUERY)
    with ThreadPoolExecutor(max_workers=_PARALLEL_QUERIES) as pool:
        futures = {name: pool.submit(query, text) for name, text in texts.items()}
        rows = {name: future.result() for name, future in futures.items()}
    found_regions = _regions(rows["regions"], rows["bodies"])
    member_of = _memberships(rows["members"])
    municipalities: dict[str, Municipality] = {}
    by_iri: dict[str, Municipality] = {}
    for row in rows["municipalities"]:
        iri, code = value(row, "gemeente") or "", (value(row, "code") or "").upper()
        m = Municipality(iri, code, value(row, "naam") or code, value(row, "provincie") or "",
                         member_of.get(iri, ""))
        municipalities[code] = by_iri[iri] = m
    for row in rows.get("counts", []):
        if counted := by_iri.get(value(row, "gemeente") or ""):
            counted.documents = int(value(row, "documenten") or 0)
            counted.open_items = int(value(row, "open") or 0)
    adopted: set[tuple[str, str]] = set()
    for row in rows.get("visions", []):
        region = found_regions.get(value(row, "regio") or "")
        if region is not None:
            region.visions.add(value(row, "visie") or "")
            if value(row, "gemeente"):
                adopted.add((value(row, "gemeente") or "", region.iri))
    for m in municipalities.values():
        region = found_regions.get(m.region)
        if region is not None and region.visions:
            m.vision = ADOPTED if (m.iri, region.iri) in adopted else NOT_YET
    return MapFacts(day, bool(rows["periods"]), found_regions, municipalities, counted=counts)


def _shorten(text: str, length: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def municipality_details(query: QueryRows, facts: MapFacts, code: str, link: Callable[[str], str]) -> dict:
    """What a click on a municipality shows: its region and joint body, the documents about it and
    the items with a deadline in them (open ones first)."""
    m = facts.municipalities.get(code.upper())
    if m is None:
        raise NotFound(f"Er is geen gemeente met CBS-code {code} in de graaf.")
    region = facts.regions.get(m.region)
    documents = sorted(
        ({"iri": value(r, "doc") or "", "href": link(value(r, "doc") or ""),
          "titel": value(r, "titel") or (value(r, "doc") or "").rsplit("/", 1)[-1],
          "datum": value(r, "datum") or "", "soort": (value(r, "soort") or "").rsplit("#", 1)[-1]}
         for r in query(documents_query(m.iri))),
        key=lambda d: (d["datum"] == "", "".join(chr(0x7F - ord(c)) for c in d["datum"]), d["titel"].lower()))
    items = []
    for r in query(items_query(m.iri)):
        kind = (value(r, "klasse") or "").rsplit("#", 1)[-1] or "Opdracht"
        deadline = value(r, "termijn") or ""
        items.append({
            "iri": value(r, "item") or "", "href": link(value(r, "item") or ""),
            "label": f"{kind} {value(r, 'nummer')}" if value(r, "nummer") else kind,
            "termijn": deadline, "open": deadline[:10] >= facts.day.isoformat(),
            "citaat": _shorten(value(r, "citaat") or ""),
            "document": value(r, "titel") or (value(r, "doc") or "").rsplit("/", 1)[-1],
        })
    items.sort(key=lambda i: (not i["open"], i["termijn"], i["label"]))
    return {
        "code": m.code, "naam": m.label, "iri": m.iri, "href": link(m.iri), "provincie": m.province,
        "peildatum": facts.day.isoformat(),
        "regio": _region_json(region, link) if region else None,
        "regiovisie": m.vision,
        "documenten": documents,
        "opdrachten": items,
    }


def _region_json(region: Region, link: Callable[[str], str]) -> dict:
    return {"iri": region.iri, "href": link(region.iri), "naam": region.label, "code": region.code,
            "slug": region.slug,
            "uitgevoerd_door": [{"iri": b, "href": link(b), "naam": label} for b, label in region.bodies]}


def region_details(facts: MapFacts, slug: str, link: Callable[[str], str]) -> dict:
    """What a click on a region shows: its members on the day, its joint body and its page."""
    region = next((r for r in facts.regions.values() if r.slug == slug.lower()), None)
    if region is None:
        raise NotFound(f"Er is geen jeugdregio '{slug}' in de graaf.")
    members = sorted((m for m in facts.municipalities.values() if m.region == region.iri),
                     key=lambda m: m.label.lower())
    return {
        **_region_json(region, link),
        "peildatum": facts.day.isoformat(),
        "overzicht": f"/regions#{region.slug}",
        "regiovisies": len(region.visions),
        "leden": [{"code": m.code, "naam": m.label, "href": link(m.iri), "regiovisie": m.vision,
                   "documenten": m.documents} for m in members],
    }
