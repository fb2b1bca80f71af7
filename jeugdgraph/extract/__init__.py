"""Extraction: one ``SourceText`` in, every fact it states (with its exact passage) out.

``extract_document`` runs the extractors in a fixed order: metadata and parts first (decisions
need the parts they adopt, persons the issuing body), then entities, persons and statements. Every
list is sorted by its passage's offsets, so the same text always gives the same facts in the
same order, and the mapping's numbering (``.../besluit/1``) is stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..facts import ExtractedDocument, GazetteerEntry, SourceText
from .abbreviations import own_abbreviations
from .articles import find_article_references
from .compiled import for_gazetteer
from .entities import EntityLinker, find_persons
from .lawnames import find_named_laws, inside_a_named_law
from .measuremodel import APPLIED as LEARNED_MEASURES
from .metadata import extract_metadata
from .organisations import extended, find_named_organisations
from .outcome import find_outcome
from .places import not_actors
from .regions import with_named_regions
from .registered import resolve_registered
from .resolutions import find_assignments, find_decisions, proposed_points
from .statements import (
    find_amount_facts,
    find_dated,
    find_glossary,
    find_measures,
    find_principles,
    find_themes,
)


def _overlap(a: Any, b: Any) -> bool:
    return a.begin < b.end and b.begin < a.end


def _by_span(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda item: (item.span.begin, item.span.end))


def extract_document(
    source: SourceText,
    *,
    gazetteer: Sequence[GazetteerEntry],
    sidecar: dict[str, Any] | None = None,
) -> ExtractedDocument:
    """Everything ``source`` states, linked against ``gazetteer``; ``sidecar`` metadata wins."""
    entries = tuple(gazetteer)
    metadata, parts = extract_metadata(source, sidecar, gazetteer=entries)
    linked = for_gazetteer(EntityLinker, entries).link(source)
    if "(" in source.text:  # "het Rijks Vaccinatie Programma (RVP)": the text's own RVP, not a register's
        linked = own_abbreviations(source.text, linked, entries)
    named = find_named_organisations(source, linked)
    linked = extended(linked, named, source.text)
    organisations, registered = resolve_registered(source, named, linked, entries)
    if registered:
        linked = sorted([*linked, *registered], key=lambda m: (m.span.begin, m.span.end, m.kind, m.iri))
    # a place inside a body's name is the body's, whether a register holds the body or not
    mentions = not_actors(source.text, linked, named)
    # "de regio Alkmaar", "de Twentse gemeenten": a region named by its municipality or adjective
    mentions = with_named_regions(source, mentions, entries, named)
    persons = find_persons(source, entries, mentions=mentions, parts=parts, publisher=metadata.publisher)
    outcome = find_outcome(source, metadata.kind)
    reports_motion = outcome is not None and outcome.value is not None
    assignments = find_assignments(source, metadata, parts, reports_motion=reports_motion)
    decisions = find_decisions(source, parts, metadata.kind)
    # an item a motion asks for is its request, a sentence that holds a decision that decision, and a part
    # of a point the college proposes is not yet taken: none is a measure
    proposed = proposed_points(source.text, decisions)
    # a motion or amendment asks and takes no measure: what it tells of its aim is its request
    asks = metadata.kind in {"motie", "amendement"}
    measures = [] if asks else [
        m for m in find_measures(source, mentions, metadata.kind, learned=LEARNED_MEASURES)
        if not any(_overlap(m.span, a.span) for a in assignments)
        and not any(m.span.begin <= d.span.begin and d.span.end <= m.span.end for d in decisions)
        and not any(_overlap(m.span, p) for p in proposed)]
    named_laws = find_named_laws(source, linked)
    if named_laws:  # "Wet inburgering" inside "Wet inburgering nieuwkomers (Win)" is that law's name
        mentions = [m for m in mentions if not inside_a_named_law(m, named_laws)]
    return ExtractedDocument(
        source=source,
        metadata=metadata,
        parts=sorted(parts, key=lambda p: (p.span.begin, p.metadata.kind, p.number)),
        mentions=mentions,
        persons=_by_span(persons),
        decisions=_by_span(decisions),
        assignments=_by_span(assignments),
        measures=_by_span(measures),
        amounts=_by_span(find_amount_facts(source, mentions, entries)),
        glossary=_by_span(find_glossary(source)),
        principles=_by_span(find_principles(source)),
        dated=_by_span(find_dated(source)),
        themes=sorted(find_themes(source), key=lambda h: (h.span.begin, h.span.end, h.theme)),
        articles=find_article_references(source, mentions),
        outcome=outcome,
        organisations=organisations,
        named_laws=named_laws,
    )


__all__ = ["extract_document"]
