"""Names that end or open with an area: ``Jeugdhulp Friesland``, ``SHV Zeeland``, ``Achterhoek Board``.

Many regional bodies are named by what they do followed by the area they serve, with no head noun
that says they are a body. Inside a sentence, capitalised words right before a region's or a
province's name (``het gesprek met Jeugdhulp Friesland``) are such a name: Dutch does not
capitalise ordinary words there. Not a name: a party's branch (``PvdA Flevoland``), a plan's title
(``Regiovisie Jeugdhulp Haaglanden`` names the region), words opening a sentence or a heading in
capitals, a place noun or preposition (``Provincie Zeeland``, ``In Drenthe``), a broadcaster
(mostly a credit), and a document or act before the name (``Subsidievaststelling SHV Zeeland``
names ``SHV Zeeland``; ``Jeugdbeleidsplan IJmond`` names none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Mention
from .domains import POLICY_DOMAIN
from .entities import at_sentence_start
from .places import PARTY_BEFORE, PLAN_BEFORE

_AREAS = frozenset({"jeugdregio", "provincie"})
_ACT = re.compile(
    r"(?i)(?:plan|visie|vaststelling|besluit|nota|verordening|regeling|agenda|begroting|rapport|verslag"
    r"|onderzoek|brief|motie|subsidie|jaarstukken|perspectief|programma|strategie|aanpak|akkoord|deal"
    r"|monitor|convenant|kader|beleid|profiel|transformatie|transitie|arrangement|aanbesteding|evaluatie"
    r"|notitie|conferentie|congres|bijeenkomst|ambitie|opgave|document|statement"
    # the municipalities of an area, no body: "Regiogemeenten Zaanstreek-Waterland"
    r"|gemeenten|gemeentes)$"
)
# an abstract noun ("Bereikbaarheid", "Opmerkingen") or a person's initial ("R.") after an area opens the
# next heading or a person's name, no part of a body's name
_NOT_A_NAME_WORD = re.compile(r"[a-z](?:heid|ingen)$|^[A-Z]$")
_OPEN_QUOTE = frozenset("\u2018\u201c'\"")
_MEDIA = frozenset({"Omroep", "Omrop", "RTV", "Radio", "TV"})
# a job's noun right before the words makes them a job title: "de programmamanager Jeugdhulp Zeeland"
_JOB_BEFORE = re.compile(
    r"(?i)(?:manager|co\u00f6rdinator|coordinator|directeur|wethouder|portefeuillehouder|adviseur|medewerker"
    r"|consulent|regisseur|secretaris|voorzitter|ambtenaar)[ \t]+$"
)
_RUN_BEFORE = re.compile(r"(?<![\w-])(?P<run>[A-Z][\w&!-]*(?:[ \t]+[A-Z][\w&!-]*){0,2})[ \t]$")
# words that stand before an area without being part of a name
_NOT_IN_NAME = frozenset(w.lower() for w in (
    "Regio", "Jeugdregio", "Jeugdhulpregio", "Jeugdzorgregio", "Provincie", "Gemeente", "Gemeenten", "In",
    "Uit", "Naar", "Van", "Voor", "Vanuit", "Binnen", "Buiten", "En", "Of", "De", "Het", "Heel", "Geheel",
    "Rond", "Over", "Met", "Bij", "Tot", "Door", "Om", "Noord", "Oost", "Zuid", "West", "Midden",
))

_COMPASS_WORDS = frozenset({"noord", "oost", "zuid", "west", "midden"})


def names_ending_in_an_area(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of every name whose last words are an area the gazetteer linked."""
    found = []
    # a registered body's abbreviation before an area names that body's regional branch, a body of its own
    # ("het jaarverslag van RBL Holland Rijnland"); other mentions before an area are no part of a name
    spans = [(m.span.begin, m.span.end) for m in mentions
             if not (m.kind == "organisatie" and m.span.text.isupper() and len(m.span.text) >= 3)]
    for mention in mentions:
        if mention.kind not in _AREAS or _opens_with_a_place_noun(mention):
            continue
        begin, end = mention.span.begin, mention.span.end
        line_start = text.rfind("\n", 0, begin) + 1
        m = _RUN_BEFORE.search(text, max(line_start, begin - 60), begin)
        if m is None:
            continue
        words = m.group("run").split()
        # a document or an act before the name is not part of it: "Subsidievaststelling SHV Zeeland"
        acts = [i for i, w in enumerate(words) if _ACT.search(w)]
        if acts:
            words = words[acts[-1] + 1:]
            if words and POLICY_DOMAIN.fullmatch(" ".join(words)):
                continue  # "Uitvoeringsprogramma Jeugd Noord-Veluwe": the domain the act is about
        while words and words[0].lower() in _NOT_IN_NAME:
            words = words[1:]
        if words and words[0] in _MEDIA:
            continue  # a broadcaster's name, mostly a credit ("foto: Omroep Gelderland")
        if not words or any(w.lower() in _NOT_IN_NAME for w in words):
            continue
        start = begin - len(text[m.start("run"):begin]) + text[m.start("run"):begin].find(words[0])
        if at_sentence_start(text, start) or any(b < begin and start < e for b, e in spans):
            continue
        if all(w.isupper() for w in words) and text[begin:end].isupper():
            continue  # a heading in capitals
        run = text[start:begin]
        if start > 0 and text[start - 1] in _OPEN_QUOTE:
            continue  # "'Toekomstperspectief Zeeland 2050'": a quoted title
        if PARTY_BEFORE.search(run) or PLAN_BEFORE.search(text, max(0, begin - 80), begin) or (
                _JOB_BEFORE.search(text, max(0, start - 30), start)):
            continue
        found.append((start, end, " ".join(text[start:end].split())))
    found.extend(_names_opening_with_an_area(text, mentions, {b for b, _, _ in found}))
    return found


def _opens_with_a_place_noun(mention: Mention) -> bool:
    """"provincie Noord-Holland", "regio Twente": the area named as such, which no body's name holds."""
    words = mention.span.text.split()
    # (a compass word opens the area's own name: "Zuid Holland Zuid", "Midden Holland")
    return len(words) > 1 and words[0].lower() in _NOT_IN_NAME and words[0].lower() not in _COMPASS_WORDS


# capitalised words or an abbreviation right after an area: "de Achterhoek Board", "Achterhoek VO"
_RUN_AFTER = re.compile(r"[ \t](?P<run>[A-Z][\w&!-]*(?:[ \t]+[A-Z][\w&!-]*){0,2})(?![\w-])")
# "de regio Twente Noord" is the area's own name; "in Drenthe Zijn" a place in a title-cased line
_AREA_WORD_BEFORE = re.compile(
    r"(?i)(?:regio|provincie|gemeente|in|uit|naar|buiten|binnen|rond|door|heel)[ \t]+$"
)


def _names_opening_with_an_area(
    text: str, mentions: Sequence[Mention], starts: set[int]
) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of every name inside a sentence whose first word is an area and whose
    other words are capitalised (``de Achterhoek Board``): Dutch does not capitalise the words after
    a place that are not part of a name."""
    found = []
    begins = {m.span.begin for m in mentions}
    for mention in mentions:
        begin, end = mention.span.begin, mention.span.end
        if mention.kind not in _AREAS or begin in starts or _opens_with_a_place_noun(mention) or (
                m := _RUN_AFTER.match(text, end)) is None:
            continue
        words = m.group("run").split()
        kept = []
        for word in words:
            if word.lower() in _NOT_IN_NAME or _ACT.search(word) or word.endswith(("se", "sche")) or (
                    _NOT_A_NAME_WORD.search(word)):
                break  # "Noord-Holland Noordse gemeenten": an adjective, not a name
            kept.append(word)
        if not kept or m.start("run") in begins or at_sentence_start(text, begin):
            continue
        if text[begin:end].isupper() or _AREA_WORD_BEFORE.search(text, max(0, begin - 12), begin):
            continue  # a heading in capitals, the area's own name, a place
        stop = m.start("run") + len(" ".join(kept))
        found.append((begin, stop, " ".join(text[begin:stop].split())))
    return found


__all__ = ["names_ending_in_an_area"]
