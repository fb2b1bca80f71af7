"""The overview of youth-care regions: members, the body that carries out the region's tasks,
documents about the region and the assignments (with deadlines) in them. Built from query rows,
like the network, so the server and tests use the same code on any store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .viz_queries import (
    REGION_ASSIGNMENTS_QUERY,
    REGION_BODIES_QUERY,
    REGION_DOCUMENTS_QUERY,
    REGION_MEMBERS_QUERY,
    REGIONS_QUERY,
    QueryRows,
    value,
)

_QUOTE_LENGTH = 180
_KIND_NAMES = {"Opdracht": "Opdracht", "Besluit": "Besluit", "Maatregel": "Maatregel"}


@dataclass(frozen=True)
class Link:
    iri: str
    href: str
    label: str
    type: str = ""
    date: str = ""


@dataclass(frozen=True)
class Assignment:
    iri: str
    href: str
    label: str
    document: str
    deadline: str  # "" when the document names none
    overdue: bool
    quote: str


@dataclass
class RegionSummary:
    iri: str
    slug: str
    label: str
    code: str
    href: str
    members: list[Link] = field(default_factory=list)
    bodies: list[Link] = field(default_factory=list)  # jg:uitgevoerdDoor
    partners: list[Link] = field(default_factory=list)  # jg:inkoopSamenMet
    documents: list[Link] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)


def region_overview(query: QueryRows, today: date, link: Callable[[str], str]) -> list[RegionSummary]:
    """Every region of the graph, ordered by name, with what the graph says about it."""
    regions: dict[str, RegionSummary] = {}
    for row in query(REGIONS_QUERY):
        iri = value(row, "region") or ""
        label = value(row, "label") or iri.rsplit("/", 1)[-1]
        regions[iri] = RegionSummary(iri, iri.rsplit("/", 1)[-1], label, value(row, "code") or "", link(iri))

    for row in query(REGION_MEMBERS_QUERY):
        region, member = value(row, "region"), value(row, "member") or ""
        if region in regions:
            regions[region].members.append(
                Link(member, link(member), value(row, "label") or member.rsplit("/", 1)[-1], date=""))

    for row in query(REGION_BODIES_QUERY):
        region, body = value(row, "region"), value(row, "body") or ""
        if region not in regions:
            continue
        entry = Link(body, link(body), value(row, "label") or body.rsplit("/", 1)[-1])
        summary = regions[region]
        (summary.bodies if value(row, "rel") == "uitgevoerd_door" else summary.partners).append(entry)

    titles: dict[str, str] = {}
    for row in query(REGION_DOCUMENTS_QUERY):
        region, doc = value(row, "region"), value(row, "doc") or ""
        title = value(row, "title") or doc.rsplit("/", 1)[-1]
        titles[doc] = title
        if region in regions:
            kind = (value(row, "class") or "").rsplit("#", 1)[-1]
            regions[region].documents.append(Link(doc, link(doc), title, kind, value(row, "date") or ""))

    seen: dict[str, set[str]] = defaultdict(set)
    for row in query(REGION_ASSIGNMENTS_QUERY):
        region, item = value(row, "region"), value(row, "item") or ""
        if region not in regions or item in seen[region]:
            continue
        seen[region].add(item)
        doc = value(row, "doc") or ""
        kind = _KIND_NAMES.get((value(row, "class") or "").rsplit("#", 1)[-1], "Opdracht")
        number = value(row, "number")
        deadline = value(row, "deadline") or ""
        regions[region].assignments.append(Assignment(
            item, link(item),
            f"{kind} {number}" if number else kind,
            titles.get(doc, doc.rsplit("/", 1)[-1]),
            deadline,
            _overdue(deadline, today),
            _shorten(value(row, "quote") or ""),
        ))

    for summary in regions.values():
        summary.members.sort(key=lambda m: m.label.lower())
        summary.bodies.sort(key=lambda b: b.label.lower())
        summary.partners.sort(key=lambda p: p.label.lower())
        summary.documents.sort(key=lambda d: (d.date == "", _negated(d.date), d.label.lower()))
        summary.assignments.sort(key=lambda a: (a.deadline == "", a.deadline, a.document, a.label))
    return sorted(regions.values(), key=lambda r: r.label.lower())


def _overdue(deadline: str, today: date) -> bool:
    try:
        return date.fromisoformat(deadline[:10]) < today
    except ValueError:
        return False


def _negated(day: str) -> str:
    """Sorts ISO dates newest first."""
    return "".join(chr(0x7F - ord(c)) for c in day)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1].rstrip() + "…"
