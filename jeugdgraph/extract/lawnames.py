"""Laws named by a compound on ``-wet`` that the law register does not hold.

``wetten.csv`` holds the laws youth-care documents cite most; a text may name another one, as one
word that ends in ``wet`` (``de jeugdbeschermingswet``, ``de Omgevingswet``, ``de Woningwet``).
Such a word is a law's name in Dutch: a compound on ``wet`` is the name of a law. So is a title
``Wet`` and lower-case words with the law's abbreviation after it (``Wet sociale werkvoorziening
(Wsw)``). Words that speak
of a kind of law (``kaderwet``, ``wijzigingswet``, ``verzamelwet``) name none; a word the gazetteer
already links (``Jeugdwet``, ``Participatiewet``) is the register's law.

Each gets ``jgi:wet/{slug}`` with its name as written and a capital first letter, so that every
spelling of one law gives one resource with one name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import iris
from ..facts import Mention, NamedLaw, SourceText, Span

_COMPOUND_LAW = re.compile(r"(?<![\w-])(?P<name>[A-Za-z\u00c0-\u00ff][a-z\u00e0-\u00ff]{4,}wet)(?![\w-])")
# where a word ends in "wet": found by its literal, where _COMPOUND_LAW is tried at every position
_WET_AT_END = re.compile(r"wet(?![\w-])")


def _compound_laws(text: str) -> list[re.Match[str]]:
    """``_COMPOUND_LAW.finditer(text)``: a match is a whole word ending in "wet", tried at its start only."""
    found = []
    for end in _WET_AT_END.finditer(text):
        start = end.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # what [\w-] matches
            start -= 1
        if (m := _COMPOUND_LAW.match(text, start)) is not None:
            found.append(m)
    return found


#: Compounds that speak of a kind of law, not of one law.
_KINDS_OF_LAW = frozenset({
    "kaderwet", "raamwet", "wijzigingswet", "verzamelwet", "reparatiewet", "spoedwet", "noodwet",
    "invoeringswet", "aanpassingswet", "uitvoeringswet", "veegwet", "initiatiefwet", "tijdelijke wet",
    "deelwet", "basiswet", "modelwet", "hoofdwet", "sectorwet", "kaderwetten", "overgangswet",
})


#: A treaty by its title: "het VN-Verdrag inzake de rechten van personen met een handicap", "het
#: Internationaal verdrag inzake de rechten van het kind", "het (VN-)Kinderrechtenverdrag".
_TREATY = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:VN|EU)-)?(?:(?:Internationaal|Europees)\s+)?[Vv]erdrag\s+(?:inzake|betreffende)"
    r"\s+[^;:.,()\n]{3,80}?|(?:VN-)?[A-Z][a-z]*rechtenverdrag)(?=\s*[;:.,()\n]|\s+(?:en|of|is|zijn|wordt|geldt)\b|$)"
)


# a law's title with its abbreviation after it: "Wet sociale werkvoorziening (Wsw)"
_TITLED_LAW = re.compile(
    r"(?<![\w-])(?P<name>Wet(?:[ \t]+[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff-]+){1,6})"
    r"(?=[ \t]*\([A-Z][A-Za-z]{1,8}\))"
)


# a title-cased title, an adjective before it, whose capitals give its abbreviation after it: "Algemene
# Wet Bijzondere Ziektekosten (AWBZ)"
_TITLE_CASED_LAW = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+e[ \t]+)?Wet(?:[ \t]+(?:[A-Z][a-z]+|op|van|de|het|en|voor)){1,6})"
    r"(?=[ \t]*\((?P<abbr>[A-Z]{2,8})\))"
)


# words that end a law's title written without its abbreviation: a verb, a conjunction or a preposition
_TITLE_ENDS = (
    r"is|was|wordt|werd|worden|werden|geldt|gold|gaat|ging|regelt|bepaalt|verplicht|schrijft|biedt|vraagt|treedt"
    r"|trad|heeft|had|hebben|moet|moeten|kan|kunnen|zal|zullen|zijn|en|of|in|op|van|voor|met|bij|uit|door|per"
    r"|sinds|vanaf|tot|te|om|als|dat|die|niet|ook|nog|de|het|een"
)
# a law's title after "de", its lower-case words closed by a verb, a conjunction or punctuation: "de Wet
# normering topinkomens is van toepassing", "(zoals de Wet sociale werkvoorziening)" (not a title that runs on
# into another name: "de Wet maatschappelijk verantwoord inkopen Jeugdwet")
_TITLE_AFTER_ARTICLE = re.compile(
    rf"(?<=\b[dD]e[ \t])(?P<name>Wet(?:[ \t]+(?!(?:{_TITLE_ENDS})\b)"
    r"[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff-]+){1,5}?)"
    rf"(?=[ \t]*[.;:)]|,[ \t]+(?:die|dat|waarin|waarbij|waarmee|en|of)\b|[ \t]+(?:{_TITLE_ENDS})\b)"
)


# a law's title as the whole item of a list ("Wettelijke grondslagen:" over "1. Wet op de Leerplicht 1969",
# "2. Wet OKe"), up to an addition after a comma (", alsmede de Aanwijzing ..."); not "Wet en regelgeving"
_LISTED_LAW = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u2013])[ \t]+(?P<name>Wet(?![ \t]+(?:en|of|&)\b)"
    r"(?:[ \t]+[\w\u00c0-\u00ff'-]+){1,8}?)[ \t]*(?:[.;]|,[ \t]+(?:alsmede|en|of)\b[^\n]*)?[ \t]*$",
    re.MULTILINE,
)


# a bill is no law yet: "het wetsvoorstel Wet verbetering beschikbaarheid jeugdzorg", "het voorstel van wet"
_BILL_BEFORE = re.compile(
    r"(?i)(?:wetsvoorstel|voorstel[ \t]+van[ \t]+wet|ontwerpwet|conceptwet)[ \t]+(?:de[ \t]+)?$"
)


def find_named_laws(source: SourceText, mentions: Sequence[Mention]) -> list[NamedLaw]:
    """Laws named by a compound on ``-wet`` or treaties named by their title outside the
    gazetteer's mentions, in text order; a name after ``wetsvoorstel`` is a bill's, not a law's."""
    found = _named_laws(source, mentions)
    text = source.text
    if "oorstel" not in text and "ontwerp" not in text and "concept" not in text:
        return found
    return [law for law in found if not names_a_bill(text, law.span.begin)]


def law_kind(span: Span, mentions: Sequence[Mention]) -> bool:
    """Whether ``span`` is a law's mention."""
    return any(m.span == span and m.kind == "wet" for m in mentions)


def inside_a_named_law(mention: Mention, laws: Sequence[NamedLaw]) -> bool:
    """Whether a law's mention is a shorter name inside a longer law's title the text gives."""
    return mention.kind == "wet" and any(
        law.span.begin <= mention.span.begin and mention.span.end <= law.span.end and law.span != mention.span
        for law in laws)


def names_a_bill(text: str, begin: int) -> bool:
    """Whether the law's name at ``begin`` follows ``wetsvoorstel`` (a bill's name, no law yet)."""
    return _BILL_BEFORE.search(text, max(0, begin - 30), begin) is not None


def _named_laws(source: SourceText, mentions: Sequence[Mention]) -> list[NamedLaw]:
    text = source.text
    if "wet" not in text and "Wet " not in text and "erdrag" not in text:
        return []
    taken = [m.span for m in mentions]
    found = []
    if "erdrag" in text:
        for m in _TREATY.finditer(text):
            begin, end = m.start("name"), m.end("name")
            if not any(span.begin < end and begin < span.end for span in taken):
                word = " ".join(m.group("name").split())
                name = word[0].upper() + word[1:]
                found.append(NamedLaw(name, str(iris.wet(name)), Span.of(text, begin, end)))
    if "Wet " in text:
        titled = [*_TITLED_LAW.finditer(text), *_TITLE_AFTER_ARTICLE.finditer(text)]
        titled += [*_LISTED_LAW.finditer(text), *(
            m for m in _TITLE_CASED_LAW.finditer(text)
            if "".join(w[0] for w in m.group("name").split() if w[0].isupper()) == m.group("abbr"))]
        for m in titled:
            begin, end = m.start("name"), m.end("name")
            # a register's shorter name inside the title gives way: "Wet inburgering" in "Wet inburgering
            # nieuwkomers (Win)" (extract_document drops that mention)
            inner = [s for s in taken if begin <= s.begin and s.end < end and law_kind(s, mentions)]
            if not any(s.begin < end and begin < s.end and s not in inner for s in taken) and not any(
                    law.span.begin < end and begin < law.span.end for law in found):
                name = " ".join(m.group("name").split())
                found.append(NamedLaw(name, str(iris.wet(name)), Span.of(text, begin, end)))
    for m in _compound_laws(text):
        word = m.group("name")
        if word.lower() in _KINDS_OF_LAW:
            continue
        begin, end = m.start("name"), m.end("name")
        if any(span.begin < end and begin < span.end for span in taken):
            continue
        name = word[0].upper() + word[1:]
        found.append(NamedLaw(name, str(iris.wet(name)), Span.of(text, begin, end)))
    return sorted(found, key=lambda law: (law.span.begin, law.span.end))


__all__ = ["find_named_laws", "inside_a_named_law", "names_a_bill"]
