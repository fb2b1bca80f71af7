"""Municipalities and bodies by the names the gazetteer lists: publishers and sidecar values."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .. import iris
from ..errors import InputError
from ..facts import DocumentKind, DocumentMetadata, GazetteerEntry, SourceText
from . import prefilter
from .docdates import _is_date_line
from .issuers import LOCAL_PARTY
from .jointissues import jointly_issued, mentioned_body, register_organisation
from .layout import (
    _IDENTIFIER_FIELDS,
    _IDENTIFIER_VALUE,
    _LETTERHEAD,
    _PAGE_OWNER,
    _SIGN_OFF,
    PLACE_NAME,
    Line,
    _fields,
    _head,
)
from .letterheads import head_issuer
from .matching import fold as _fold
from .parties import PARTY

#: A regulation's number in the official registers, as its page prints it: the CVDR number of its
#: permanent link (``.../CVDR736243/1``), the gazette and number it was published in ("Gemeenteblad
#: 2019, 315157", "Staatscourant 2020, 1234", "Provinciaal blad 2018, 77").
_PUBLICATION_NUMBER = re.compile(
    # (with the version the register numbers it by when printed: "CVDR472122_1")
    r"(?<![\w])(?P<cvdr>CVDR\d{4,9}(?:_\d{1,3})?)(?![\d_])"
    # (also glued to a register's table cells: "DordrechtStaatscourant 2015, 5975Overig")
    r"|(?:\b|(?<=[a-z]))(?P<gazette>(?:Gemeenteblad|Staatscourant|Provinciaal blad|Waterschapsblad|Blad"
    r" gemeenschappelijke regeling) (?:19|20)\d\d, ?(?:nr\.? ?)?\d{1,9})(?:\b|(?=[A-Z]))"
    # the publication's own id in the register ("Bron bekendmaking"): "gmb-2019-256508", "stcrt-2020-1234"
    r"|^\s*(?P<gmb>(?:gmb|stcrt|prb|wsb|bgr)-(?:19|20)\d\d-\d{1,9})\s*$"
    # a proposal's number where an attachment names it: "Bijlage 2 bij Raadsvoorstel 2134697"
    r"|\b(?:[Rr]aadsvoorstel|RAADSVOORSTEL)\s+(?:nr\.?\s*|nummer\s+)?(?P<proposal>\d{5,10})\b"
)


_INLINE_IDENTIFIER = re.compile(
    r"(?<![Uu]w )(?<![\w-])(?:[Oo]ns kenmerk|[Kk]enmerk|[Zz]aaknummer|[Rr]egistratienummer|[Dd]ocumentnummer"
    r"|[Cc]orsanummer|[Bb]riefnummer)(?:\s*:\s*|\t+)(?P<v>[A-Za-z]{0,8}[/.-]?\d[\w./-]{0,38})(?![\w/-])"
)
#: The document's own number after its subject in a heading ("uw kenmerk" is the addressee's number).
_NUMBER_IN_HEADING = re.compile(r"(?i),\s*kenmerk\s*:?\s*(?P<id>[A-Z0-9][\w/.-]*\d[\w/.-]*?)[.,;]?\s*$")


def _identifier(lines: list[Line]) -> str | None:
    head = _head(lines, 40)
    values: dict[str, set[str]] = {}
    for line in head:
        for name, value, _ in _fields(line):
            if name in _IDENTIFIER_FIELDS and value:
                values.setdefault(name, set()).add(value)
    for line in head:
        for name, value, _ in _fields(line):
            # a field that numbers each item of a list ("Zaaknummer" over every decision) numbers no document
            if name not in _IDENTIFIER_FIELDS or not value or len(values[name]) > 1:
                continue
            if (_IDENTIFIER_VALUE.fullmatch(value) and any(c.isdigit() for c in value)
                    and not _is_date_line(value)):
                return value
    # a field after another on one line or in a table's cells: "Uw brief van: Ons kenmerk: 15381"
    inline = {m.group("v").rstrip(".,;") for line in head if "enmerk" in line.text or "ummer" in line.text
              for m in _INLINE_IDENTIFIER.finditer(line.text)}
    if len(inline) == 1 and not _is_date_line(value := inline.pop()):
        return value
    for line in head[:3]:  # a heading that carries the number: "VRAGEN OVER X, KENMERK AB/12"
        if (m := _NUMBER_IN_HEADING.search(line.text)) and not _is_date_line(m.group("id")):
            return m.group("id")
    for position, line in enumerate(head):
        m = prefilter.search(_PUBLICATION_NUMBER, line.text, None)  # (its literals are case-sensitive)
        if m and (position < 15 or m.group("gmb") or m.group("proposal")):
            return m.group("cvdr") or m.group("gazette") or m.group("gmb") or m.group("proposal")
    return None


#: A motion's or amendment's number in its title: "Motie IX Aanpak betere jeugdzorg", "Amendement
#: A3 Stelpost", "Motie nr. 12 Wachtlijsten" (a year is no number: "Motie 2024 jeugd").
_NUMBER_IN_TITLE = re.compile(
    r"^(?:Motie|Amendement|MOTIE|AMENDEMENT)(?:\s+(?:nr\.?|nummer|no\.?))?\s+"
    r"(?P<id>(?=[IVX]+\b)[IVX]{1,5}|(?!(?:19|20)\d\d\b)[A-Z]{0,3}\d{1,4}[a-z]?(?:[./-]\d{1,4})*)[:.]?\s+\S"
)


def number_in_title(title: str | None, kind: DocumentKind) -> str | None:
    """The number a motion or amendment carries in its title, as printed."""
    if kind not in {"motie", "amendement"} or not title:
        return None
    m = _NUMBER_IN_TITLE.match(title.strip())
    return m.group("id") if m else None


#: An issuing formula anywhere in the opening (a flattened PDF has it mid-line): one council or
#: one college, never "de colleges ... van de gemeenten A, B". The name ends where the formula goes
#: on: a comma, "in vergadering bijeen", "op <date>".
_ISSUER_INLINE = re.compile(
    r"\b(?:[Dd]e [Rr]aad van(?: de gemeente)?|[Dd]e [Gg]emeenteraad van|[Rr]aad der gemeente"
    # also the college's own minutes and lists: "Burgemeester en Wethouders gemeente X van 4 juli 2023",
    # "Vergadering burgemeester en wethouders X, 10 mei 2022"
    r"|(?:[Hh]et college van )?(?:[Bb]urgemeester en [Ww]ethouders|B&W|B\s?en\s?W)(?: van)?"
    r"|BURGEMEESTER EN WETHOUDERS VAN|DE RAAD VAN DE GEMEENTE|RAAD DER GEMEENTE)\s+(?:(?:de )?gemeente\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|aan|den|de|en|op|in|an|EN|AAN|DEN|OP)){0,4}?)"
    r"(?=\s*[;,:]|\s+(?:in (?:openbare |besloten )?vergadering|bijeen|op|d\.d\.|IN (?:OPENBARE )?VERGADERING"
    # the formula's verb: "Het college van burgemeester en wethouders van X besluit:"
    r"|BIJEEN|OP|besluit|besluiten|BESLUIT|BESLUITEN)\b|\s+van\s+\d)"
)
#: A province's council as the body that meets and decides: "Provinciale Staten van Limburg, in vergadering
#: bijeen op 4 november 2016".
_STATES_INLINE = re.compile(
    r"\b(?:Provinciale|PROVINCIALE)\s+(?:[Ss]taten|STATEN)\s+(?:van|VAN)\s+(?P<name>[A-Z][\w'\u2019-]*"
    r"(?:[ -][A-Z][\w'\u2019-]*)?)(?=\s*,?\s+(?:in (?:openbare )?vergadering|bijeen)\b)"
)
#: A regulation or plan titled after its municipality: "Nadere regels Jeugdhulp gemeente Peel en Maas",
#: "Verordening jeugdhulp Opsterland 2015", a title line "... 2026-2029 (gemeente Reusel-De Mierden)".
_TITLE_MUNICIPALITY = re.compile(r"\bgemeente\s+(?P<name>[A-Z][^\n]{1,40}?)\s*(?:\d{4})?\s*$")
_TITLE_PLACE_YEAR = re.compile(
    r"(?i:\b(?:verordening|regels|regeling|beleidsregels?)\b).*?\s(?P<name>[A-Z][\w'\u2019-]+"
    r"(?:\s+(?:[A-Z][\w'\u2019-]+|aan|den|de|en|op|in)){0,3})\s+(?:19|20)\d\d\s*$"
)
_TITLE_LINE_MUNICIPALITY = re.compile(r"\((?i:gemeente)\s+(?P<name>[A-Z][^()\n]{1,40})\)\s*$")


#: A municipality's site names itself in its chrome atop the page: "Homepage Apeldoorn.", "Logo gemeente Ede",
#: "Naar de homepage van gemeente Zwolle".
_MUNICIPALITY_NAME = r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|aan|den|de|en|op|in)){0,3})"
_SITE_HOME = re.compile(
    r"^\s*(?:(?:[Ll]ogo|[Hh]omepage|(?:[Gg]a\s+)?[Nn]aar\s+de\s+homepage\s+van)\s+(?:de\s+)?(?:[Gg]emeente\s+)?"
    # the site's news section: "Nieuws gemeente Ede", "Persberichten van de gemeente Ede"
    r"|(?:[Nn]ieuws(?:berichten)?|[Pp]ersberichten)\s+(?:van\s+)?(?:de\s+)?[Gg]emeente\s+)"
    rf"{_MUNICIPALITY_NAME}\.?\s*$"
    # the page's title with the site's name after it: "Jeugdhulp | Gemeente Ede", "Nota jeugd - Gemeente Ede"
    rf"|[ \t](?:\||-|\u2013)[ \t]+[Gg]emeente[ \t]+{_MUNICIPALITY_NAME.replace('name', 'suffix')}[ \t]*$"
)


def _site_home(lines: list[Line], names: _Names) -> str | None:
    for line in _head(lines, 8):
        m = _SITE_HOME.search(line.text) if "emeente" in line.text or line.text[:1] in "LlHhGgNn" else None
        named = m.group("name") or m.group("suffix") if m else None
        if named and (iri := names.body(named, municipality_only=True)) is not None:
            return iri
    return None


def _publisher(lines: list[Line], kind: DocumentKind, names: _Names, title: str | None = None) -> str | None:
    if not names:
        return None
    if kind == "regeling" and jointly_issued(lines):
        return None  # issued by several colleges together, whichever municipality's logo the gazette shows
    found = (_publisher_from_layout(lines, kind, names)
             or register_organisation(lines, lambda name: names.body(name, municipality_only=True))
             or _site_home(lines, names))
    if found is not None:
        return found
    if (found := head_issuer(lines, names.province, lambda name: names.exact(name, _ISSUING_BODY_KINDS))):
        return found
    if kind != "nieuwsbericht" and (found := _letterhead_domain(lines, names)) is not None:
        return found
    if kind != "nieuwsbericht":  # a news item names the council it reports on, not its own issuer
        opening = "\n".join(line.text for line in _head(lines, 40))[:2000]
        for m in _ISSUER_INLINE.finditer(opening):
            if mentioned_body(opening, m.start()):
                continue  # "verzonden aan de gemeenteraad van Assen": a sentence's object, not a formula
            iri = names.body(m.group("name"), municipality_only=True)
            if iri is not None:
                return iri
        if "taten" in opening or "TATEN" in opening:
            for m in _STATES_INLINE.finditer(opening):
                if (iri := names.province(m.group("name"))) is not None:
                    return iri
    if kind == "collegebesluit" and (found := _decision_list_college(lines, names)) is not None:
        return found
    if kind not in {"nieuwsbericht", "regeling"} and (found := _joint_body(lines, names, title, kind)):
        return found
    if kind in {"regeling", "beleidsplan"} and title:
        return _title_municipality(title, lines, names)
    if kind in {"motie", "amendement"}:
        return _unnamed_council(lines, names)
    return None


#: The college a decision list's heading names: "Besluitenlijst college van B&W Zwolle 3 juni 2025",
#: "Openbare besluitenlijst B&W-vergadering gemeente Zwolle", "... burgemeester en wethouders van Zwolle".
_LIST_COLLEGE = re.compile(
    r"(?:[Gg]emeente|B&W|B\s?en\s?W|wethouders|[Cc]ollege|[Cc]ollegevergadering|B&W-vergadering)\s+(?:van\s+)?"
    r"(?:de\s+)?(?:[Gg]emeente\s+)?(?!B&W|B\s?en\s?W)"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|aan|den|de|en|op|in)){0,3})"
)


def _decision_list_college(lines: list[Line], names: _Names) -> str | None:
    """The one municipality whose college the heading of a decision list names."""
    for line in _head(lines, 3):
        if "esluit" not in line.text.lower() or len(line.stripped.split()) > 20:
            continue
        named = {iri for m in _LIST_COLLEGE.finditer(line.text)
                 if (iri := names.body(m.group("name"), municipality_only=True)) is not None}
        if len(named) == 1:
            return named.pop()
    return None


#: A joint body's board as the body that decides: "Het algemeen bestuur van de Gemeenschappelijke Regeling
#: Jeugdhulp Rijnmond, in vergadering bijeen".
_BOARD = re.compile(
    r"^\s*(?:[Hh]et\s+)?(?:[Aa]lgemeen|[Dd]agelijks)\s+[Bb]estuur\s+van\s+(?:de\s+|het\s+)?(?P<name>[A-Z][^,;:\n]{2,80}?)"
    r"\s*(?:[,;:]|\s+(?:in\s+(?:openbare\s+)?vergadering|bijeen|besluit)\b)"
)
#: The gazetteer's kinds of a joint body and of a municipality.
JOINT_BODY_KINDS = frozenset({"gemeenschappelijke_regeling"})
MUNICIPALITY_KINDS = frozenset({"gemeente"})
_COUNCIL_KINDS = frozenset(
    {"raadsvoorstel", "raadsbesluit", "raadsinformatiebrief", "collegebesluit", "motie", "amendement"})


def _joint_body(lines: list[Line], names: _Names, title: str | None, kind: DocumentKind) -> str | None:
    """The joint body that issues its own document: its board's formula, its name under the title in the title
    block, or its name over its postal address (a letterhead)."""
    head = _head(lines, 12)
    for position, line in enumerate(head):
        m = _BOARD.match(line.text) if "estuur" in line.text else None
        if m and (iri := names.body(m.group("name"))) is not None and names.is_kind(iri, JOINT_BODY_KINDS):
            return iri
        name = line.stripped
        if kind in _COUNCIL_KINDS:
            continue  # a council's or college's document names the body it is about, not its issuer
        # (a title over two lines, "REGIOVISIE" over "Jeugdhulp Rijnmond", names what it is about)
        if not name or len(name) > 80 or name[-1] in ".;:!?," or name.lower() in (title or "").lower():
            continue
        below = head[position + 1].text if position + 1 < len(head) else ""
        # (the first line is the title: a regulation or a page may be named after the body it is about)
        if (0 < position < 4 or _POSTBUS_OR_STREET.match(below)) and (
                iri := names.exact(name, JOINT_BODY_KINDS)) is not None:
            return iri
    return None


_POSTBUS_OR_STREET = re.compile(
    r"^\s*(?:Postbus\s+\d+|[A-Z][\w'.-]+(?:\s[\w'.-]+){0,4}\s\d{1,5}[a-zA-Z]?\s*$)"
)


#: A letterhead's own address on the web beside its postal one: "www.rotterdam.nl", "info@albrandswaard.nl".
_WEB_ADDRESS = re.compile(r"(?:\bwww\.|@)(?P<d>[a-z][a-z-]{2,40})\.nl\b", re.IGNORECASE)


def _letterhead_domain(lines: list[Line], names: _Names) -> str | None:
    """The one municipality whose web or mail address a letterhead gives with its postal address."""
    head = _head(lines, 12)
    if not any("Postbus" in line.text or "adres" in line.text for line in head):
        return None
    opening = " ".join(line.text for line in head)[:1500]
    if "Postbus" not in opening and "adres" not in opening:  # (beyond the first 1500 characters)
        return None
    found = {iri for m in _WEB_ADDRESS.finditer(opening)
             if (iri := names.by_domain(m.group("d"))) is not None}
    return found.pop() if len(found) == 1 else None


#: A council's formula that names no place: "De Raad, bijeen op 21 december 2021", "De gemeenteraad,".
_UNNAMED_COUNCIL = re.compile(r"(?i)^\s*de\s+(?:gemeente)?raad\s*,")


def _unnamed_council(lines: list[Line], names: _Names) -> str | None:
    """The council of a motion whose formula names no place: the one municipality its head names as
    "gemeente X" ("Onderwerp: Verordening jeugdhulp gemeente Leiden 2022")."""
    head = _head(lines, 20)
    if not any(_UNNAMED_COUNCIL.match(line.text) for line in head):
        return None
    named = {iri for line in head for m in _MUNICIPALITY_NAMED.finditer(line.text)
             if (iri := names.body(m.group("name"), municipality_only=True)) is not None}
    return named.pop() if len(named) == 1 else None


#: A municipality's council or college speaking as itself: "Ons college", "Onze raad", "Als college vragen
#: wij" (a party or a resident says "onze gemeente" and "onze inwoners" too).
_GOVERNMENT_VOICE = re.compile(
    r"\b(?:[Oo]ns college|[Oo]nze (?:gemeente)?raad|[Aa]ls college (?:\w+ )?(?:we|wij)"
    r"|[Ww]ij,? als college)\b"
)
#: A municipality's own page speaking to its residents: "we als gemeente", "voor onze inwoners", "Wij horen
#: graag uw mening" (a party says so too: it counts only on a page that names no party, and never in a letter,
#: which a party or resident writes to the council as "Hierbij verzoeken wij u").
_MUNICIPAL_VOICE = re.compile(
    r"\b(?:[Ww]e|[Ww]ij),? als gemeente\b|\b[Aa]ls gemeente (?:\w+ )?(?:we|wij)\b|\b[Oo]nze inwoners\b"
    # an invitation to respond ("Wij horen graag uw mening", "Wij verzoeken u", "nodigen wij u uit")
    r"|\b(?:[Ww]ij|[Ww]e) (?:horen|ontvangen|verzoeken|nodigen) (?:\w+ )?(?:u|uw)\b"
    r"|\b(?:[Nn]odigen|[Vv]erzoeken) (?:wij|we) u\b"
)
_VOICE_WORDS = ("ons college", "Ons college", "onze ", "Onze ", "als college", "Als college")
# every form of the municipal page's voice holds one of these (looking for them is faster than the pattern)
_MUNICIPAL_WORDS = ("ls gemeente", "nze inwoners", "horen", "verzoeken", "nodigen", "ontvangen")
_MUNICIPALITY_NAMED = re.compile(
    # (also the municipality's council or college: "Het college van Leiderdorp", "de gemeenteraad van Ede")
    r"\b(?:[Gg]emeente|[Gg]emeenteraad(?: van)?|[Rr]aadsvergadering(?: van)?|[Cc]ollege van)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|aan|den|de|en|op|in)){0,3})"
)
_LETTER_KINDS = frozenset({"brief", "motie", "amendement"})
# a first person that asks something of the municipality is not the municipality: "Wij vinden dat de gemeente"
_DEMANDS_OF_MUNICIPALITY = re.compile(
    r"\b(?:[Ww]ij|[Ww]e) (?:vinden|willen|vragen|eisen|verwachten)(?: \w+)? dat (?:de )?gemeente\b"
)
_ANY_PARTY = re.compile(rf"(?<![\w-]){PARTY}(?![\w-])|{LOCAL_PARTY}")


def governing_municipality(text: str, names: _Names, kind: DocumentKind = "document") -> str | None:
    """The municipality whose council or college speaks in the text as itself, or whose own page speaks to
    its residents, where the text names one municipality as "gemeente X" (outside quotations): a voice that
    names none issues nothing."""
    if not names:
        return None
    government = any(word in text for word in _VOICE_WORDS) and _GOVERNMENT_VOICE.search(text) is not None
    own_page = (kind not in _LETTER_KINDS and any(word in text for word in _MUNICIPAL_WORDS)
                and _MUNICIPAL_VOICE.search(text) is not None)
    if not government and not own_page:
        return None
    text = _QUOTATION.sub(" ", text)
    government = government and _GOVERNMENT_VOICE.search(text) is not None
    own_page = (own_page and _MUNICIPAL_VOICE.search(text) is not None and not _ANY_PARTY.search(text)
                and not _DEMANDS_OF_MUNICIPALITY.search(text))
    if not government and not own_page:
        return None
    named = {iri for m in _MUNICIPALITY_NAMED.finditer(text)
             if (iri := names.body(m.group("name"), municipality_only=True)) is not None}
    return named.pop() if len(named) == 1 else None


def _title_municipality(title: str, lines: list[Line], names: _Names) -> str | None:
    """The municipality a regulation's or plan's title names as its own."""
    if named := _TITLE_MUNICIPALITY.search(title):
        return names.body(named.group("name"), municipality_only=True)
    if (named := _TITLE_PLACE_YEAR.search(title)) and names.is_municipality(named.group("name")):
        return names.body(named.group("name"), municipality_only=True)
    for line in _head(lines, 40):  # the title repeated with its municipality: "Plan X (gemeente Y)"
        if line.stripped.startswith(title) and (named := _TITLE_LINE_MUNICIPALITY.search(line.stripped)):
            return names.body(named.group("name"), municipality_only=True)
    return None


def _publisher_from_layout(lines: list[Line], kind: DocumentKind, names: _Names) -> str | None:
    head = _head(lines, 12)
    tail = [line for line in lines if not line.blank][-25:]
    from_letterhead = [m.group("name") for line in head if (m := _LETTERHEAD.match(line.text))]
    # (a party's copyright line, "\u00a9 2021 CDA Zwolle", names the party's site, not the municipality)
    from_letterhead += [m.group("name") for line in head + tail[-8:]
                        if (m := _PAGE_OWNER.match(line.text)) and not _PARTY_FIRST.match(m.group("name"))]
    from_sign_off = []
    for line in head + tail:
        m = _SIGN_OFF.match(line.text)
        # a sign-off or heading names a place; "De gemeenteraad van X heeft ..." is a sentence about X
        named = re.sub(r"^(?:de|het)\s+", "", next(g for g in m.groups() if g).strip()) if m else ""
        if m and (m.group("f") or PLACE_NAME.fullmatch(named)):
            from_sign_off.append(next(g for g in m.groups() if g))
    if kind in {"brief", "advies"}:
        candidates = [(n, False) for n in from_sign_off] + [(n, True) for n in from_letterhead]
    else:
        candidates = [(n, True) for n in from_letterhead] + [(n, False) for n in from_sign_off]
    for name, municipality_only in candidates:
        iri = names.body(name, municipality_only=municipality_only)
        if iri is not None:
            return iri
    return None


_QUOTATION = re.compile(
    r"\u201c[^\u201d]{0,1500}\u201d|\u2018[^\u2019]{0,1500}\u2019(?!\w)|\"[^\"\n]{0,1500}\""
)
_PARTY_FIRST = re.compile(rf"{PARTY}(?![\w'-])")
_BODY_KINDS = frozenset({"gemeente", "gemeenschappelijke_regeling", "organisatie"})
_ISSUING_BODY_KINDS = frozenset({"gemeenschappelijke_regeling", "organisatie"})


class _Names:
    """Looks up municipalities and bodies by the names the gazetteer lists."""

    def __init__(self, gazetteer: Sequence[GazetteerEntry]) -> None:
        self.by_label: dict[str, set[tuple[str, str]]] = {}
        self._domains: dict[str, str | None] | None = None
        for entry in gazetteer:
            self.by_label.setdefault(_fold(entry.label), set()).add((entry.iri, entry.kind))

    def __bool__(self) -> bool:
        return bool(self.by_label)

    def _unique(self, label: str, kinds: set[str] | frozenset[str]) -> str | None:
        hits = {iri for iri, kind in self.by_label.get(_fold(label), set()) if kind in kinds}
        return hits.pop() if len(hits) == 1 else None

    def by_domain(self, domain: str) -> str | None:
        """The municipality whose name, written without spaces and hyphens, is this web domain."""
        if self._domains is None:
            self._domains = {}
            for label, entries in self.by_label.items():
                for iri, kind in entries:
                    if kind == "gemeente":
                        key = re.sub(r"[\s'\u2019-]", "", label)
                        self._domains[key] = None if self._domains.get(key, iri) != iri else iri
        return self._domains.get(re.sub(r"-", "", _fold(domain)))

    def exact(self, name: str, kinds: frozenset[str]) -> str | None:
        """The one body of these kinds with exactly this name."""
        return self._unique(name, kinds)

    def is_kind(self, iri: str, kinds: frozenset[str]) -> bool:
        return any(i == iri and kind in kinds for entries in self.by_label.values() for i, kind in entries)

    def is_municipality(self, name: str) -> bool:
        """Whether ``name`` is exactly the name of one municipality."""
        return self._unique(name, MUNICIPALITY_KINDS) is not None

    def body(self, name: str, *, municipality_only: bool = False) -> str | None:
        """The IRI of the municipality or body a letterhead or sign-off names."""
        kinds = MUNICIPALITY_KINDS if municipality_only else _BODY_KINDS
        name = re.sub(r"^(?:de\s+)?(?:gemeente\s+)?", "", name.strip(), flags=re.IGNORECASE)
        exact = self._unique(name, kinds)
        if exact is not None:
            return exact
        return self._longest_within(name, kinds)

    def province(self, name: str) -> str | None:
        """The IRI of the province of exactly this name."""
        return self._unique(name, {"provincie"})

    def region_in(self, text: str) -> str | None:
        return self._longest_within(text, {"jeugdregio"})

    def _longest_within(self, text: str, kinds: set[str] | frozenset[str]) -> str | None:
        folded = _fold(text)
        best: tuple[int, str] | None = None
        for label in self.by_label:
            if len(label) < 3 or label not in folded:  # (the search below is slower than this test)
                continue
            if not re.search(rf"(?<![^\W_]){re.escape(label)}(?![^\W_])", folded):
                continue
            iri = self._unique(label, kinds)
            if iri is not None and (best is None or len(label) > best[0]):
                best = (len(label), iri)
        return best[1] if best else None

    def resolve(self, value: str, kinds: set[str] | frozenset[str], what: str, label: str) -> str:
        """A sidecar value: an IRI as given, a CBS code, or a name the gazetteer knows."""
        if re.match(r"^https?://", value):
            return value
        if re.fullmatch(r"(?i)gm\d{4}", value):
            return str(iris.gemeente(value.upper()))
        if not self:
            raise InputError(
                f"{label}: {what} {value!r} kan niet worden opgezocht zonder referentiegegevens."
            )
        iri = self._unique(value, kinds)
        if iri is None:
            raise InputError(
                f"{label}: {what} {value!r} is niet bekend; gebruik de officiële naam of de code."
            )
        return iri


def _apply_sidecar(
    metadata: DocumentMetadata, sidecar: dict[str, Any], names: _Names, source: SourceText
) -> DocumentMetadata:
    label = f"{source.path.name} (metadata)"
    changes: dict[str, Any] = {}
    for key in ("title", "identifier", "source_url", "period"):
        if sidecar.get(key) is not None:
            changes[key] = sidecar[key]
    if sidecar.get("kind") is not None:
        changes["kind"] = sidecar["kind"]
    if sidecar.get("date") is not None:
        changes["date"] = sidecar["date"]
        changes["date_text"] = None
    if sidecar.get("publisher") is not None:
        changes["publisher"] = names.resolve(
            str(sidecar["publisher"]), _BODY_KINDS | {"jeugdregio"}, "de uitgever", label
        )
    elif sidecar.get("municipality") is not None:
        changes["publisher"] = names.resolve(str(sidecar["municipality"]), {"gemeente"}, "de gemeente", label)
    if sidecar.get("region") is not None:
        changes["region"] = names.resolve(str(sidecar["region"]), {"jeugdregio"}, "de jeugdregio", label)
    return replace(metadata, **changes)
