"""Audit offices (rekenkamers) named by their place in ways a head noun and its words do not cover.

``de Hilversumse rekenkamer``, ``de Delftse Rekenkamer``: the adjective of its place before the noun
names the town's own audit office. ``de Rekenkamercommissie Noardeast-Fryslân en Dantumadiel``: many
councils share one audit committee, named after all of its municipalities, so a second municipality
after ``en`` belongs to the name (``en`` otherwise joins two names). ``de Rekenkamercommissie van de
gemeente Het Hogeland``: a bare audit office's noun (no name by itself) named by the council it serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..facts import Mention

_AUDIT_OFFICE = re.compile(r"\b(?P<name>(?P<adj>[A-Z][a-z]+se)[ \t]+[Rr]ekenkamer(?:commissie)?)\b")
#: Adjectives on -se that say how many or which country's audit offices, not whose.
_NOT_A_PLACE = frozenset({"Diverse", "Nederlandse"})
_AUDIT_HEAD = re.compile(r"[Rr]ekenkamer(?:commissie)?[ \t]")
_AND = re.compile(r"[ \t]+en[ \t]+")
_OF_THE_COUNCIL = re.compile(r"(?<![\w-])[Rr]ekenkamer(?:commissie)?[ \t]+van[ \t]+de[ \t]+gemeente[ \t]+")


def by_adjective(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of each audit office named by its place's adjective, whether the
    gazetteer links that adjective or not."""
    adjectives = {m.span.begin for m in mentions if m.kind == "gemeente"}
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _AUDIT_OFFICE.finditer(text)
            if m.start("name") in adjectives or m.group("adj") not in _NOT_A_PLACE]


def shared(
    text: str, names: Iterable[tuple[int, int, str]], mentions: Sequence[Mention]
) -> list[tuple[int, int, int, str]]:
    """``(begin, end, old end, name)`` of each audit office's name that ends in a municipality and
    goes on with ``en`` and another municipality: the office the two share."""
    places = {m.span.begin: m.span.end for m in mentions if m.kind == "gemeente"}
    ends = set(places.values())
    longer = []
    for begin, end, name in names:
        if not _AUDIT_HEAD.match(name) or end not in ends:
            continue
        joint = _AND.match(text, end)
        if joint is not None and (last := places.get(joint.end())) is not None:
            longer.append((begin, last, end, " ".join(text[begin:last].split())))
    return longer


def by_owner(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of each audit office named by the municipality it serves: "de
    Rekenkamercommissie van de gemeente Het Hogeland" (the municipality's name ends it)."""
    places = {m.span.begin: m.span.end for m in mentions if m.kind == "gemeente"}
    found = []
    for m in _OF_THE_COUNCIL.finditer(text):
        if (end := places.get(m.end())) is not None:
            found.append((m.start(), end, " ".join(text[m.start():end].split())))
    return found


__all__ = ["by_adjective", "by_owner", "shared"]
