"""Names whose last word says what they are: ``Pleegzorg Nederland``, ``Verwey-Jonker Instituut``,
``Heracles Almelo Stadion N.V.``.

A national association is mostly named by its field and the country (``Jeugdzorg Nederland``, ``GGZ
Nederland``, ``Zorgverzekeraars Nederland``), an institute or a group by its own words and the noun
(``Trimbos Instituut``, ``Lunet Groep``), a company by its legal form. Capitalised words right before
such a last word inside a sentence are the name: Dutch does not capitalise ordinary words there. Not a
name: a preposition or article before the country (``In Nederland``, ``heel Nederland``), a compass
word alone (``Noord Nederland``, a part of the country), a party's branch, a plan's or an act's title
(``Regiovisie Jeugdhulp Nederland``), and any run in a line written in title case or in capitals (a
heading, whose words are capitalised whatever they are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Mention

#: The last words that say what a name is (a country names a national body).
_TAILS = r"(?:Nederland|Instituut|Groep|Academie|N\.V\.|NV|B\.V\.|BV)"
_WORD = r"(?:[A-Z\u00c0-\u00dd][\w'\u2019&!-]*|[A-Z]{2,}\+?)"
_TAILED = re.compile(
    r"(?<![\w'\u2019&-])(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3}?[ \t]+" + _TAILS + r")(?![\w-])"
)
# words that open no name: function words, compass words and the nouns of places
_NOT_FIRST = frozenset(w.lower() for w in (
    "In", "Uit", "Naar", "Van", "Voor", "Vanuit", "Binnen", "Buiten", "En", "Of", "De", "Het", "Een",
    "Heel", "Geheel", "Rond", "Over", "Met", "Bij", "Tot", "Door", "Om", "Op", "Aan", "Als", "Dat", "Die",
    "Dit", "Deze", "Ook", "Wij", "We", "Zij", "Hij", "Ze", "Noord", "Oost", "Zuid", "West", "Midden",
    "Noordoost", "Noordwest", "Zuidoost", "Zuidwest", "Regio", "Provincie", "Gemeente", "Gemeenten",
    "Koninkrijk", "Rijk", "Staat", "Kabinet", "Minister", "Ministerie", "Staatssecretaris",
    "Volgens", "Namens", "Dankzij", "Tijdens", "Sinds", "Omdat", "Toen", "Nu", "Daarom", "Alleen", "Vooral",
    "Zowel", "Ondanks", "Tegen", "Onder", "Na", "Bovendien", "Ook", "Wel", "Niet", "Geen", "Alle", "Elke",
))
# a plan, an act or a meeting before the tail names a document, not a body
_DOCUMENT_WORD = re.compile(
    r"(?i)(?:plan|visie|besluit|nota|verordening|regeling|agenda|begroting|rapport|verslag|onderzoek|brief"
    r"|motie|amendement|subsidie|programma|strategie|aanpak|akkoord|monitor|convenant|kader|beleid|wet"
    r"|overleg|bijeenkomst|congres|conferentie|dag|week|prijs|award|campagne)$"
)
_PARTY = re.compile(r"^(?:CDA|VVD|PvdA|D66|SP|GL|GroenLinks|CU|ChristenUnie|SGP|PVV|JA21|BBB|DENK|FvD|PvdD|"
                    r"Volt|50PLUS)$")


def _title_cased(line: str) -> bool:
    """A short line most of whose other words are capitalised: a heading, not a sentence (a paragraph
    naming many bodies is long)."""
    if len(line.split()) > 14:
        return False
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return not words or (len(words) >= 2 and sum(w[0].isupper() for w in words) * 3 > len(words) * 2)


def names_with_a_tail(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of each name inside a sentence that ends in a word saying what it is."""
    if not any(tail in text for tail in ("Nederland", "Instituut", "Groep", "Academie", "NV", "N.V.", "BV",
                                         "B.V.")):
        return []
    spans = [(m.span.begin, m.span.end) for m in mentions if m.kind != "gemeente"]
    found = []
    for m in _TAILED.finditer(text):
        words = m.group("name").split()
        begin = m.start("name")
        while len(words) > 1 and (words[0].lower() in _NOT_FIRST or _PARTY.match(words[0])):
            begin = text.index(words[1], begin + len(words[0]))
            words = words[1:]
        if len(words) < 2 or any(_DOCUMENT_WORD.search(w) for w in words[:-1]):
            continue
        end = m.end("name")
        line_start = text.rfind("\n", 0, begin) + 1
        line_end = text.find("\n", end)
        line = text[line_start:begin] + " " + text[end:line_end if line_end >= 0 else len(text)]
        if _title_cased(line) or line.isupper() or any(b < end and begin < e for b, e in spans):
            continue
        found.append((begin, end, " ".join(text[begin:end].split())))
    return found


__all__ = ["names_with_a_tail"]
