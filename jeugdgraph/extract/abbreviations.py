"""Bodies named with their abbreviation in brackets, before or after their name.

A council text introduces a body it will abbreviate by its name and its abbreviation: ``de ISD
(Intergemeentelijke Sociale Dienst)``, ``BEZINN (Boer en Zorg in Noord Nederland)`` with the
abbreviation first, ``de Regionale Inkooporganisatie Groninger Gemeenten (RIGG)`` with the name
first. The initials of the name's words (bar its small words) give the abbreviation's letters in
order; with the name first, one of its words must also say it is a body (``Inkooporganisatie``,
``Dienst``), so that ``de Algemene Verordening Gegevensbescherming (AVG)`` names no body. A name
whose abbreviation the gazetteer links (``de Vereniging voor Nederlandse Gemeenten (VNG)``) is that
registered body's and is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import iris
from ..facts import GazetteerEntry, Mention, NamedOrganisation, Span
from .compiled import for_gazetteer
from .matching import fold

_SPELLED_OUT = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Z]{1,5})[ \t]*\((?P<full>[A-Z][\w-]*(?:[ \t]+[\w-]+){1,7})\)"
)
_ABBREVIATION = re.compile(r"[ \t]\((?P<abbr>[A-Z]{3,6})\)")
_WORD_BEFORE = re.compile(r"[\w&-]+[ \t]*$")
# the last word of a name that says it is a body ("Inkooporganisatie", "Dienst", "Netwerk")
_BODY_WORD = re.compile(
    r"(?i)(?:organisatie|dienst|bureau|stichting|instituut|autoriteit|inspectie|vereniging|federatie|groep"
    r"|bedrijf|fonds|bond|team)$"
)
_JOINT_WORDS = re.compile(r"(?i)\b(?:intergemeentelijke?|gemeenschappelijke regeling)\b")
_SMALL_WORDS = frozenset({"en", "in", "van", "voor", "de", "het", "der", "den", "op", "aan", "met"})
_PLACES = frozenset({"gemeente", "jeugdregio", "provincie"})
_BODIES = frozenset({"organisatie", "gemeenschappelijke_regeling"})


def names_with_abbreviations(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str, str]]:
    """``(begin, end, name, kind)`` of each body named with its abbreviation, the abbreviation first
    (named by the abbreviation) and then the name first (named by the name)."""
    found = []
    for m in _SPELLED_OUT.finditer(text):
        begin, end = m.start("name"), m.end("name")
        if _initials_fit(m.group("name"), m.group("full")) and not any(
                _overlaps(begin, end, mention.span) for mention in mentions):
            kind = "gemeenschappelijke_regeling" if _JOINT_WORDS.search(m.group("full")) else "organisatie"
            found.append((begin, end, m.group("name"), kind))
    registered_at = {m.span.begin for m in mentions if m.kind in _BODIES}
    for begin, end, name in _named_before_abbreviation(text):
        if end + 2 in registered_at or end + 3 in registered_at:
            continue  # "de Vereniging voor Nederlandse Gemeenten (VNG)": the registered body's name
        if not any(_overlaps(begin, end, m.span) and m.kind not in _PLACES for m in mentions):
            found.append((begin, end, name, "organisatie"))
    return found


def _named_before_abbreviation(text: str) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of each body's name followed by its abbreviation in brackets, the name's
    words (bar the small ones) giving the abbreviation's letters in order and one of them saying the name
    is a body's: "Regionale Inkooporganisatie Groninger Gemeenten (RIGG)"."""
    found = []
    for m in _ABBREVIATION.finditer(text):
        abbreviation, at = m.group("abbr"), m.start()
        words: list[tuple[int, str]] = []
        big: list[str] = []
        while len(big) < len(abbreviation) and not _spells(big, abbreviation):
            word = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if word is None:
                break
            words.insert(0, (word.start(), word.group(0).strip()))
            big = [w for _, w in words if w.lower() not in _SMALL_WORDS]
            at = word.start()
            if not text[max(0, at - 1):at].isspace():
                break
        # a name in lower case needs a capitalised word too ("de regionale inkooporganisatie Groninger
        # gemeenten (RIGG)"); it is written with its abbreviation's capitals, so that one body has one label
        # ("team" says so only as a compound's head: "Regionaal Ondersteuningsteam (ROT)"; a "Crisis
        # Interventie Team (CIT)" is mostly a project)
        if (_spells(big, abbreviation) and any(w[0].isupper() for w in big)
                and any(_BODY_WORD.search(w) and w.lower() != "team" for w in big)):
            begin = words[0][0]
            name = " ".join(text[begin:m.start()].split())
            if not big[0][0].isupper():
                name = " ".join(
                    w if w.lower() in _SMALL_WORDS else w[0].upper() + w[1:] for w in name.split())
            found.append((begin, m.start(), name))
    return found


def _spells(words: list[str], abbreviation: str) -> bool:
    """Whether the initials of ``words`` are the abbreviation's letters, a compound that ends in a body's
    noun giving its head's initial too ("Regionaal Ondersteuningsteam (ROT)", "Serviceorganisatie Jeugd (SOJ)"
    or "(SJ)")."""
    spellings = {""}
    for w in words:
        head = _BODY_WORD.search(w)
        letters = (w[0], w[0] + head.group(0)[0]) if head is not None and head.start() > 1 else (w[0],)
        spellings = {s + letter for s in spellings for letter in letters}
    return bool(words) and abbreviation in {s.upper() for s in spellings}


_OPEN = re.compile(r"[ \t]*\([ \t]*")
_CLOSE = re.compile(r"[ \t]*\)")


def registered_aliases(
    text: str, names: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]
) -> set[str]:
    """The names (as written) that stand beside a registered body's mention with one of the two in
    brackets: "GGD Zeeland (Gemeenschappelijke Gezondheidsdienst Zeeland)" makes every "GGD Zeeland" in
    the text that registered body, not a second one."""
    bodies = [m.span for m in mentions if m.kind in _BODIES]
    aliases = set()
    for begin, end, name in names:
        for b, e in ((s.begin, s.end) for s in bodies):
            after = b >= end and _OPEN.fullmatch(text, end, b) and _CLOSE.match(text, e)
            before = e <= begin and _OPEN.fullmatch(text, e, begin) and _CLOSE.match(text, end)
            if after or before:
                aliases.add(name)
    return aliases


# a body's own abbreviation in brackets right after its name: "Samen Veilig Midden-Nederland (SAVE)"
_OWN_ABBREVIATION = re.compile(r"[ \t]*\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)")


def expanded(text: str, organisations: Sequence[NamedOrganisation]) -> list[NamedOrganisation]:
    """The organisations with each name that is another one's abbreviation in brackets after its full
    name ("Samen Veilig Midden Nederland (SAVE) ... SAVE en Veilig Thuis") made that body: one body, one
    label, however the text goes on to call it."""
    full: dict[str, NamedOrganisation] = {}
    for o in organisations:
        m = _OWN_ABBREVIATION.match(text, o.span.end)
        if m is not None and m.group("abbr") != o.name and len(o.name.split()) > 1:
            full.setdefault(m.group("abbr"), o)
    return [o if (w := full.get(o.name)) is None else NamedOrganisation(w.name, w.iri, o.span, w.kind)
            for o in organisations]


# a word in capitals that is no abbreviation: five letters or more, two of them vowels ("XONAR", "PLATFORM")
_SHOUTED = re.compile(r"(?<![\w-])(?=(?:[A-Z]*[AEIOUY]){2})[A-Z]{5,}(?![\w-])")


def in_prose_case(organisations: Sequence[NamedOrganisation]) -> list[NamedOrganisation]:
    """The organisations with each word a heading or a shouting text writes in capitals written as prose
    writes it ("XONAR, de grootste aanbieder" is Xonar, "WMO PLATFORM MAASGOUW" the WMO Platform Maasgouw):
    one body has one name however a text's layout capitalises it."""
    written = [(o, _SHOUTED.sub(lambda w: w.group(0).capitalize(), o.name)) for o in organisations]
    return [o if name == o.name else NamedOrganisation(name, iris.organisatie(name), o.span, o.kind)
            for o, name in written]


def _initials_fit(abbreviation: str, full: str) -> bool:
    """Whether the capitals of an abbreviation are the first letters of the name's words, in order,
    every word but the small ones giving one ("ISD" of "Intergemeentelijke Sociale Dienst",
    "BEZINN" of "Boer en Zorg in Noord Nederland" with its small words' letters)."""
    words = [w for w in re.split(r"[ \t-]+", full) if w]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    if len(capitals) < 3 or any(w.lower() not in _SMALL_WORDS and not w[0].isupper() for w in words):
        return False
    letters = iter(abbreviation.upper())
    return capitals.upper() == abbreviation or all(c in letters for c in capitals.upper()) and (
        abbreviation[0] == capitals[0] and len(abbreviation) <= len(words) + 2)


# an abbreviation in brackets that a gazetteer mention is: "het Rijks Vaccinatie Programma (RVP)"
_BRACKETED = re.compile(r"[ \t]*\([ \t]*$")


def own_abbreviations(
    text: str, mentions: Sequence[Mention], gazetteer: Sequence[GazetteerEntry]
) -> list[Mention]:
    """The mentions without a register's abbreviation that the text defines as something else: "het Rijks
    Vaccinatie Programma (RVP)" spells out its own RVP, which shares no word with the register's body
    (the Raad voor plantenrassen), so no RVP in the text is that body."""
    own: set[tuple[str, str]] = set()
    labels: dict[str, set[str]] | None = None
    for m in mentions:
        written = m.span.text
        if m.kind not in _BODIES or not written.isalpha() or not written[:1].isupper() or len(written) > 6:
            continue
        if _BRACKETED.search(text, max(0, m.span.begin - 4), m.span.begin) is None:
            continue
        words = _spelling_out(text, text.rfind("(", 0, m.span.begin), written)
        if words is None:
            continue
        if labels is None:
            labels = for_gazetteer(_label_words, gazetteer)
        if not {fold(w) for w in words if w.lower() not in _SMALL_WORDS} & labels.get(m.iri, set()):
            own.add((written, m.iri))
    return [m for m in mentions if (m.span.text, m.iri) not in own] if own else list(mentions)


def _label_words(gazetteer: tuple[GazetteerEntry, ...]) -> dict[str, set[str]]:
    """The folded words of each IRI's labels."""
    labels: dict[str, set[str]] = {}
    for entry in gazetteer:
        labels.setdefault(entry.iri, set()).update(fold(entry.label).split())
    return labels


def _spelling_out(text: str, at: int, abbreviation: str) -> list[str] | None:
    """The capitalised words right before ``at`` whose initials are the abbreviation's letters, or None."""
    words: list[str] = []
    while len([w for w in words if w.lower() not in _SMALL_WORDS]) < len(abbreviation):
        word = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if word is None or not text[max(0, word.start() - 1):word.start()].isspace():
            break
        words.insert(0, word.group(0).strip())
        at = word.start()
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(big) != len(abbreviation) or not all(w[:1].isupper() for w in big):
        return None
    return words if "".join(w[0] for w in big).upper() == abbreviation.upper() else None


def _overlaps(begin: int, end: int, span: Span) -> bool:
    return begin < span.end and span.begin < end


def spelled_out(text: str, begin: int, end: int, taken: Sequence[Span]) -> bool:
    """A name in parentheses right after a registered body's mention, or with the mention in
    parentheses right after it: ``de VNG (Vereniging Nederlandse Gemeenten)`` names the VNG."""
    for span in taken:
        if span.end <= begin and _OPEN.fullmatch(text[span.end:begin]) and _CLOSE.match(text[end:end + 5]):
            return True
        if end <= span.begin and _OPEN.fullmatch(text[end:span.begin]) and _CLOSE.match(
                text[span.end:span.end + 5]):
            return True
    return False


__all__ = [
    "expanded", "in_prose_case", "names_with_abbreviations", "own_abbreviations", "registered_aliases",
    "spelled_out",
]
