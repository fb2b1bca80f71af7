"""Joint bodies named by their written name that a register holds after all.

``organisations`` mints ``jgi:organisatie/{slug}`` for a joint body whose full name the gazetteer
does not list (``Gemeenschappelijke Regeling Bedrijfsvoeringsorganisatie Centrum Jeugd en Gezin
Drimmelen Geertruidenberg``). When a register holds that body, the text is speaking of the
register's resource, which carries its TOOI ``owl:sameAs``; the minted one would be a second,
unconnected resource. Two ways a text ties the written name to a registered body:

* the name without its head (``Gemeenschappelijke regeling``, ``Centrumregeling``, ``Openbaar
  lichaam``) and a trailing year is a register's name for the body (``Gemeenschappelijke regeling
  Servicebureau Jeugdhulp Haaglanden`` is ``Servicebureau Jeugdhulp Haaglanden``);
* a one-word name (``Meerinzicht``), which the gazetteer keeps only as ``GR Meerinzicht``, where
  an apposition says it is a joint body (``Meerinzicht, het samenwerkingsverband van ...``) or a
  head names it (``gemeenschappelijke regeling Meerinzicht``);
* the text names its short form right after it (``..., hierna te noemen 'CJG Drimmelen
  Geertruidenberg'``, or in parentheses) and the gazetteer links that short form to one body.

An organisation's name that is a register's name with other small words or spacing (``de Vereniging
voor Nederlandse Gemeenten`` for the ``Vereniging van Nederlandse Gemeenten``) is that register's body,
and so is the first part of a registered body's name the text gives in full elsewhere (``de adviesraad
Sociaal Domein`` beside ``de Adviesraad Sociaal Domein Vlaardingen``), and a one-word joint body's name
beside the body's mention (``de organisatie Peelgemeenten`` beside ``de GR Peelgemeenten``).

``resolve_registered`` turns such names into mentions of the registered body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..facts import EntityKind, GazetteerEntry, Mention, NamedOrganisation, SourceText, Span
from .compiled import for_gazetteer
from .matching import fold

_JOINT: Final = "gemeenschappelijke_regeling"
_HEAD = re.compile(
    r"^(?:gemeenschappelijke\s+regeling|centrumregeling|openbaar\s+lichaam|gr)\s+(?:(?:de|het)\s+)?"
    # the legal form the regulation gives the body (Wgr): "Gemeenschappelijke regeling
    # bedrijfsvoeringsorganisatie Regionaal Serviceteam Jeugd IJsselland" is the registered body
    r"(?:(?:bedrijfsvoeringsorganisatie|gemeenschappelijk\s+orgaan|openbaar\s+lichaam)\s+)?",
    re.IGNORECASE,
)
_AREA_BODY = re.compile(r"^(?:Regio|Samenwerkingsorgaan|Samenwerkingsverband)[ \t]+(?=[A-Z])")
_YEAR = re.compile(r"\s+(?:19|20)\d{2}$")
#: what may stand between a name and its short form: ", hierna te noemen: '", " ("
_SHORT_FORM_AFTER = re.compile(
    r"^[\s,]*(?:\(\s*(?:hierna(?:\s+te\s+noemen|\s+genoemd)?\s*:?\s*)?|"
    r"(?:hierna(?:\s+te\s+noemen|\s+genoemd)?|verder\s+te\s+noemen)\s*:?\s*)[\"'\u2018\u201c]?$",
    re.IGNORECASE,
)


class _JointBodies:
    """The registered joint bodies by folded name (a name of several bodies is left out)."""

    def __init__(self, gazetteer: tuple[GazetteerEntry, ...]) -> None:
        by_name: dict[str, set[str]] = {}
        one_word: dict[str, set[str]] = {}
        everyday_names: dict[str, set[str]] = {}
        for entry in gazetteer:
            if entry.kind == _JOINT:
                by_name.setdefault(fold(entry.label), set()).add(entry.iri)
                # "GR Meerinzicht": the gazetteer keeps a one-word body's name only with "GR" before it
                if entry.label.startswith("GR ") and " " not in entry.label[3:].strip():
                    one_word.setdefault(entry.label[3:].strip(), set()).add(entry.iri)
                # "Regio Holland Rijnland": a body named after its area is called by the area's name,
                # which stands for the body after a joint body's head ("de GR Holland Rijnland")
                if (everyday := _AREA_BODY.sub("", entry.label)) != entry.label:
                    everyday_names.setdefault(fold(everyday), set()).add(entry.iri)
        self.by_name = {name: next(iter(iris)) for name, iris in by_name.items() if len(iris) == 1}
        for name, iris in one_word.items():
            if len(iris) == 1:
                self.by_name.setdefault(fold(name), next(iter(iris)))
        for name, iris in everyday_names.items():
            if len(iris) == 1:
                self.by_name.setdefault(name, next(iter(iris)))
        self.one_word = {name: next(iter(iris)) for name, iris in one_word.items() if len(iris) == 1}

    def named(self, name: str) -> str | None:
        short = _YEAR.sub("", _HEAD.sub("", name.strip()))
        if short == name.strip():
            return None
        return self.by_name.get(fold(short))


def resolve_registered(
    source: SourceText,
    organisations: Sequence[NamedOrganisation],
    mentions: Sequence[Mention],
    gazetteer: Sequence[GazetteerEntry],
) -> tuple[list[NamedOrganisation], list[Mention]]:
    """The named organisations a register does not hold, and mentions of the ones it does."""
    text = source.text
    # "de Vereniging voor Nederlandse Gemeenten": a register's name with another small word is its body
    loose = for_gazetteer(_loose_names, gazetteer)
    spelled = {o.iri: loose[key] for o in organisations if (key := _loose(o.name)) in loose}
    # "het Nederlands Jeugd Instituut": a registered two-word name whose compound the text writes apart
    apart = for_gazetteer(_compound_names, gazetteer)
    spelled.update({o.iri: apart[key] for o in organisations if o.iri not in spelled
                    and len(o.name.split()) >= 3 and (key := _loose(o.name)) in apart})
    # "Serviceorganisatie Holland-Rijnland" for the "Serviceorganisatie Zorg Holland Rijnland": a register's
    # name of four words or more with one inner word left out, and no other body of that name
    shortened = for_gazetteer(_shortened_names, gazetteer) if organisations else {}
    spelled.update({o.iri: shortened[key] for o in organisations
                    if o.iri not in spelled and (key := _loose(o.name)) in shortened})
    # "de adviesraad Sociaal Domein" after "de Adviesraad Sociaal Domein Vlaardingen": the body named in full
    in_full = {fold(m.span.text): (m.iri, m.kind) for m in mentions if m.kind in {"organisatie", _JOINT}}
    for o in organisations:
        full = [body for name, body in in_full.items() if name.startswith(fold(o.name) + " ")]
        if o.iri not in spelled and len({iri for iri, _ in full}) == 1:
            spelled[o.iri] = full[0]
    # "de organisatie Peelgemeenten" beside "de GR Peelgemeenten": the one-word name of a registered joint
    # body the text names is that body, whatever noun introduces it
    named_joint = {m.iri for m in mentions if m.kind == _JOINT}
    if named_joint:
        one_word = for_gazetteer(_JointBodies, gazetteer).one_word
        spelled.update({o.iri: (iri, _JOINT) for o in organisations
                        if o.iri not in spelled and (iri := one_word.get(o.name)) in named_joint})
    respelled = [Mention(spelled[o.iri][1], spelled[o.iri][0], o.span) for o in organisations
                 if o.iri in spelled]
    organisations = [o for o in organisations if o.iri not in spelled]
    joint = [o for o in organisations if o.kind == _JOINT]
    lowered = text.lower() if "," in text else ""
    described = _described_bodies(text, gazetteer) if any(w in lowered for w in _DESCRIBED_WORDS) else []
    described = [*respelled, *described]
    if not joint:
        return list(organisations), described
    bodies = for_gazetteer(_JointBodies, gazetteer)
    registered = [m for m in mentions if m.kind == _JOINT]
    # a name stands for the same body wherever the text repeats it
    resolved: dict[str, str] = {}
    for organisation in joint:
        iri = bodies.named(organisation.name)
        if iri is None:
            end = organisation.span.end
            for mention in registered:
                between = text[end:mention.span.begin]
                if mention.span.begin >= end and len(between) <= 40 and _SHORT_FORM_AFTER.match(between):
                    iri = mention.iri
                    break
        if iri is not None:
            resolved.setdefault(organisation.iri, iri)
    kept = [o for o in organisations if o.iri not in resolved]
    linked = [Mention(_JOINT, resolved[o.iri], o.span) for o in organisations if o.iri in resolved]
    return kept, linked + described


_LOOSE_WORDS = re.compile(r"(?<![\w-])(?:van|voor|der|de|het|den)(?![\w-])|[\s-]+")


def _loose(name: str) -> str:
    """A name without its small words and spacing: "vereniging voor nederlandse gemeenten" and
    "Vereniging van Nederlandse Gemeenten" are one name."""
    return _LOOSE_WORDS.sub("", fold(name))


def _loose_names(gazetteer: tuple[GazetteerEntry, ...]) -> dict[str, tuple[str, EntityKind]]:
    """The registered bodies by their loose names of three words or more (a name of several bodies is
    left out): loose name -> (IRI, kind)."""
    found: dict[str, set[tuple[str, EntityKind]]] = {}
    for entry in gazetteer:
        if entry.kind in {"organisatie", _JOINT} and len(entry.label.split()) >= 3:
            found.setdefault(_loose(entry.label), set()).add((entry.iri, entry.kind))
    return {key: next(iter(bodies)) for key, bodies in found.items() if len(bodies) == 1}


def _compound_names(gazetteer: tuple[GazetteerEntry, ...]) -> dict[str, tuple[str, EntityKind]]:
    """The registered bodies by the loose names of their two-word names that hold a compound (a name of
    several bodies is left out): loose name -> (IRI, kind); used for a name written in three words or more,
    the compound apart ("Nederlands Jeugd Instituut" for "Nederlands Jeugdinstituut")."""
    found: dict[str, set[tuple[str, EntityKind]]] = {}
    for entry in gazetteer:
        words = entry.label.split()
        if entry.kind in {"organisatie", _JOINT} and len(words) == 2 and max(map(len, words)) >= 10:
            found.setdefault(_loose(entry.label), set()).add((entry.iri, entry.kind))
    return {key: next(iter(bodies)) for key, bodies in found.items() if len(bodies) == 1}


def _shortened_names(gazetteer: tuple[GazetteerEntry, ...]) -> dict[str, tuple[str, EntityKind]]:
    """The registered bodies by their loose names with one inner word left out (first and last kept):
    loose name -> (IRI, kind); a key of several bodies, or another body's own name, is left out."""
    own = _loose_names(gazetteer)
    found: dict[str, set[tuple[str, EntityKind]]] = {}
    for entry in gazetteer:
        words = [w for w in re.split(r"[\s-]+", fold(entry.label)) if w and _loose(w)]
        if entry.kind in {"organisatie", _JOINT} and len(words) >= 4:
            for i in range(1, len(words) - 1):
                key = _loose(" ".join(words[:i] + words[i + 1:]))
                found.setdefault(key, set()).add((entry.iri, entry.kind))
    return {key: next(iter(bodies)) for key, bodies in found.items() if len(bodies) == 1 and key not in own}


# "Meerinzicht, het samenwerkingsverband van Harderwijk, Zeewolde en Ermelo": a one-word name the
# gazetteer leaves out (it may be a word) is the registered joint body where an apposition says so
_DESCRIBED = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w-]+),[ \t]+(?:het|de|een|onze)[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:samenwerkingsverband|gemeenschappelijke[ \t]+regeling|werkorganisatie|uitvoeringsorganisatie"
    r"|samenwerkingsorganisatie|uitvoeringsdienst)(?![\w-])"
)
_DESCRIBED_WORDS = ("samenwerkingsverband", "gemeenschappelijke regeling", "organisatie", "uitvoeringsdienst")


def _described_bodies(text: str, gazetteer: Sequence[GazetteerEntry]) -> list[Mention]:
    bodies = for_gazetteer(_JointBodies, gazetteer)
    if not bodies.one_word:
        return []
    return [Mention(_JOINT, bodies.one_word[m.group("name")], Span.of(text, m.start("name"), m.end("name")))
            for m in _DESCRIBED.finditer(text) if m.group("name") in bodies.one_word]


__all__ = ["resolve_registered"]
