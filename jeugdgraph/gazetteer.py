"""The gazetteer: every name under which a reference entity may be mentioned in a document.

The names of the hand-made tables (``base``) keep the meaning they have always had. The registers
and the naming rules (``jeugdgraph.names``) add names; an added name that is already a name of
the hand-made tables, that has fewer than three letters, or that belongs to more than one entity
(``Bergen``: Bergen (NH) and Bergen (L)) is left out, so that a document saying it is never
linked by a guess.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterator

from rdflib import Graph, URIRef
from rdflib.term import Node

from .facts import EntityKind, GazetteerEntry
from .names import search_key
from .namespaces import JG, ORG, RDF, SKOS

#: The class of each kind of entity the gazetteer knows (the first that fits gives the kind).
KIND_CLASSES: dict[EntityKind, URIRef] = {
    "gemeente": JG.Gemeente,
    "jeugdregio": JG.Jeugdregio,
    "gemeenschappelijke_regeling": JG.GemeenschappelijkeRegeling,
    "organisatie": JG.Organisatie,
    "wet": JG.Wet,
    "programma": JG.Programma,
    "provincie": JG.Provincie,
}
_MIN_LETTERS = 3
#: reference graph -> the graph of its hand-made tables (``reference.load_reference`` records it)
BASES: weakref.WeakKeyDictionary[Graph, Graph] = weakref.WeakKeyDictionary()


def gazetteer(graph: Graph, base: Graph | None = None) -> list[GazetteerEntry]:
    """Every name under which an entity of ``graph`` may be mentioned, sorted.

    ``base`` is the graph of the hand-made tables alone: its names come first and unchanged;
    ``graph``'s other names are added where they are unambiguous. Without ``base``, the one that
    ``reference.load_reference`` recorded for ``graph``; without either, every name counts as
    hand-made.
    """
    base = base if base is not None else BASES.get(graph)
    entries = _entries(graph)
    if base is None:
        return entries
    kept = _entries(base)
    taken = {search_key(e.label) for e in kept}
    candidates: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for entry in entries:
        key = search_key(entry.label)
        if key not in taken and _usable(entry):
            candidates[key].append(entry)
    added = [e for found in candidates.values() if len({x.iri for x in found}) == 1 for e in found]
    return sorted({*kept, *added}, key=lambda e: (e.label, e.kind, e.iri))


def _usable(entry: GazetteerEntry) -> bool:
    """An added name that a document can only mean as that entity.

    Too short (``NH``) is not; nor is a one-word name of a body that is also an ordinary word
    (``Sociaal``, a joint body): documents write such a body as ``GR Sociaal``, which is kept."""
    # a code of a letter and digits ("H10", "U16") is as distinctive as three letters, and no word
    code = any(c.isdigit() for c in entry.label) and any(c.isupper() for c in entry.label)
    if sum(c.isalnum() if code else c.isalpha() for c in entry.label) < _MIN_LETTERS:
        return False
    one_word = " " not in entry.label.strip() and "-" not in entry.label
    bodies = ("gemeenschappelijke_regeling", "organisatie")
    return code or not (one_word and entry.kind in bodies and sum(c.isupper() for c in entry.label) < 2)


def _casefold(label: str) -> str:
    return " ".join(label.casefold().split())


def _entries(graph: Graph) -> list[GazetteerEntry]:
    """Every name under which a reference entity may be mentioned, sorted.

    prefLabels and altLabels of municipalities, regions, joint bodies, organisations, laws and
    programmes; the labels of a group of municipalities (``MVS-gemeenten``) give one entry per
    member. Where a name is shared, a current municipality wins over former ones of that name,
    and a municipality over a region of that name (``Groningen``, ``Haarlemmermeer``).
    """
    kind_of: dict[Node, EntityKind] = {}
    for kind, cls in KIND_CLASSES.items():
        for subject in graph.subjects(RDF.type, cls):
            kind_of.setdefault(subject, kind)

    def labels(subject: Node) -> Iterator[str]:
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(subject, predicate):
                text = str(label).strip()
                if text:
                    yield text

    entries: set[GazetteerEntry] = set()
    for subject, kind in kind_of.items():
        for label in labels(subject):
            entries.add(GazetteerEntry(label, str(subject), kind))
    for group in set(graph.subjects(ORG.hasMember, None)):
        if group in kind_of:
            continue  # regions list their members too, but are entities themselves
        members = [m for m in graph.objects(group, ORG.hasMember) if m in kind_of]
        for label in labels(group):
            for member in members:
                entries.add(GazetteerEntry(label, str(member), kind_of[member]))

    dissolved = {str(s) for s in graph.subjects(JG.einddatum, None)}
    current_municipality_labels = {
        _casefold(e.label) for e in entries if e.kind == "gemeente" and e.iri not in dissolved
    }
    municipality_labels = {_casefold(e.label) for e in entries if e.kind == "gemeente"}

    def keep(entry: GazetteerEntry) -> bool:
        key = _casefold(entry.label)
        if entry.kind == "gemeente" and entry.iri in dissolved:
            return key not in current_municipality_labels
        if entry.kind == "jeugdregio":
            return key not in municipality_labels
        return True

    return sorted((e for e in entries if keep(e)), key=lambda e: (e.label, e.kind, e.iri))
