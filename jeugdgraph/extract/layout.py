"""The lines of a document text and the ``name: value`` fields in them (one splitter for all).

Metadata, titles, dates and publishers all look at a document line by line: ``split_lines``
keeps each line's offsets into the text, so a value found in a line becomes a span of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .structure import Line, lines

#: The lines of a text with their offsets (``structure.lines``: one splitter for all extractors).
split_lines = lines

_SALUTATION = re.compile(r"^\s*Geachte?\s+[^\n]{0,80}?,?\s*$")
# a place's name: capitalised words and the particles between them ("Alphen aan den Rijn", "Peel en
# Maas", "'s-Hertogenbosch"), not a sentence ("Zwolle investeert extra in jeugdhulp")
_PLACE_NAME = (r"[A-Z\u00c0-\u00dd'][\w'\u00c0-\u00ff.-]*(?:[ \t]+(?:[A-Z\u00c0-\u00dd'][\w'\u00c0-\u00ff.-]*"
               r"|aan|den|de|en|op|in|an|der|van|'t)){0,4}")
PLACE_NAME = re.compile(_PLACE_NAME)
# a letterhead line, also as the alt text of its logo ("Logo Maastricht", "Logo gemeente Ede"), and what
# may follow it after a separator ("Gemeente Zwolle | Postbus 10007")
_LETTERHEAD = re.compile(
    r"^\s*(?:Gemeente(?:raad)?|Logo(?:\s+[Gg]emeente)?)\s+(?P<name>" + _PLACE_NAME + r")"
    r"\s*(?:[|\u2013\u2014-]\s.*)?$"
)
# who a page says it is from: its copyright line ("© 2024 Gemeente Zwolle", "Copyright RTV Oost"), the
# heading of a press release ("Persbericht gemeente Deventer")
_PAGE_OWNER = re.compile(
    r"^\s*(?:(?:copyright\s*)?(?:\u00a9|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?\s*)?"
    r"|persbericht\s+(?:van\s+)?(?:de\s+)?(?=gemeente\b))"
    r"(?P<name>[A-Z\u00c0-\u00dd'][\w'.&\u00c0-\u00ff-]*(?:[ \t]+[\w'.&\u00c0-\u00ff-]+){0,4}?)"
    r"[ \t]*[.|,]?[ \t]*"
    r"(?:[Aa]lle rechten voorbehouden\.?)?\s*$",
    re.IGNORECASE,
)
_FIELD_NAMES = (
    "datum", "verzenddatum", "publicatiedatum", "betreft", "onderwerp", "kenmerk", "ons kenmerk",
    "uw kenmerk", "uw brief van", "uw brief", "briefnummer", "bijlage(n)", "bijlagen", "bijlage",
    "telefoon", "tel.", "e-mail", "email", "bezoekadres", "postadres", "contactpersoon",
    "behandeld door", "doorkiesnummer", "registratienummer", "zaaknummer", "documentnummer",
    "verzonden", "pagina", "portefeuillehouder", "datum besluit b&w", "datum collegebesluit",
    "datum raadsvergadering", "datum vergadering", "vergaderdatum", "raadsvergadering", "agendapunt",
    "voorstelnummer", "raadsvoorstelnummer", "raadsnummer", "motienummer",
    "nummer", "corsanummer", "ons nummer", "reg.nr.", "registratienr.", "motie nr.", "motie nr",
    "voorstel nr.", "raadsvoorstel nr.", "besluitnummer", "gepubliceerd op", "geplaatst op",
    "gepubliceerd", "geplaatst", "datum publicatie", "publicatiedatum", "besluitdatum",
    "plaatsingsdatum", "datum plaatsing", "verschenen op",
)
_FIELD = re.compile(
    r"^\s*(?P<name>" + "|".join(re.escape(n) for n in sorted(_FIELD_NAMES, key=len, reverse=True))
    + r")(?![^\W_])\s*(?P<sep>:?)\s*(?P<value>[^\t]*?)\s*$",
    re.IGNORECASE,
)
_IDENTIFIER_FIELDS = (
    "registratienummer", "zaaknummer", "documentnummer", "briefnummer", "kenmerk", "ons kenmerk",
    "voorstelnummer", "raadsvoorstelnummer", "raadsnummer", "motienummer", "nummer", "corsanummer",
    "ons nummer", "reg.nr.", "registratienr.", "motie nr.", "motie nr", "voorstel nr.", "raadsvoorstel nr.",
    "besluitnummer",
)
_IDENTIFIER_VALUE = re.compile(r"[A-Za-z]{0,8}[ -]?[A-Za-z0-9][\w./-]{0,38}")
_DATE_FIELDS = (
    "datum", "verzenddatum", "publicatiedatum", "gepubliceerd op", "geplaatst op", "gepubliceerd",
    "geplaatst", "datum publicatie", "datum vergadering",
    "vergaderdatum", "datum raadsvergadering", "raadsvergadering", "besluitdatum",
    # a page's day of publication as other templates label it
    "plaatsingsdatum", "datum plaatsing", "verschenen op",
)
_POSTBUS = re.compile(r"^\s*Postbus\s+\d+", re.IGNORECASE)
_POSTCODE = re.compile(r"^\s*\d{4}\s?[A-Z]{2}(?:\s|$)")
_STREET = re.compile(r"^\s*[A-Z\u00c0-\u00dd][\w'.-]+(?:\s[\w'.-]+){0,4}\s\d{1,5}[a-zA-Z]?(?:[-\s]\d+)?\s*$")
_URL_OR_MAIL = re.compile(r"^\s*(?:www\.|https?://)\S+\s*$|^\s*\S+@\S+\.\w+\s*$", re.IGNORECASE)
_PHONE = re.compile(r"^\s*[\d()+][\d()+\s-]{7,}\s*$")
_ADDRESSEE = re.compile(r"^\s*(?:Aan|t\.a\.v\.|ter attentie van|van de|van het)\s", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^\s*(?P<place>[A-Z\u00c0-\u00dd][\w'.-]+(?:[ -][A-Za-z\u00c0-\u00ff][\w'.-]*){0,3}),"
    r"\s+(?P<date>.+?)\s*$"
)
_ITEM = re.compile(r"^\s*(?:[-\u2013\u2022*]|\d{1,2}[.)]|[a-z][.)])\s")
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:het\s+)?college\s+van\s+)?(?:burgemeester\s+en\s+wethouders|b\s*&\s*w)\s+van\s+(?P<a>[^,\n]+?),?\s*$"
    r"|^\s*(?:de\s+)?gemeenteraad\s+van\s+(?P<b>[^,\n]+?),?\s*$"
    r"|^\s*(?:de\s+)?raad\s+van\s+de\s+gemeente\s+(?P<c>[^,;\n]+?)[,;]?\s*$"
    r"|^\s*besluit\s+van\s+de\s+(?:gemeente)?raad\s+van\s+(?P<d>[^,;\n]+?)[,;]?\s*$"
    r"|^\s*de\s+(?:gemeente)?raad\s+van\s+(?:de\s+gemeente\s+)?(?P<f>[^,;\n]+?),\s+(?:in|bijeen)\b"
    r"|^\s*namens\s+(?:het\s+college\s+van\s+burgemeester\s+en\s+wethouders\s+van\s+)?(?P<e>[^,\n]+?),?\s*$",
    re.IGNORECASE,
)
_ATTACHMENT = re.compile(r"^\s*\d{1,2}[.)]\s+(?P<title>.+?)(?:\t+|\s{2,})(?P<number>\d{5,12})\s*$")
_AGENDA_WORDS = frozenset({"inhoud", "agenda", "inhoudsopgave", "programma"})
_BREADCRUMB = re.compile(r"\s[>\u00bb/|]\s")
# "in vergadering bijeen op 3 maart 2021", also written "bij een"
_MEETING_DATE = re.compile(
    r"(?i)\b(?:vergadering(?:\s+bij\s?een)?|bij\s?een)\s+(?:op\s+|van\s+|d\.d\.\s+)?(?P<d>[^,;\n]+?)[,.;]?\s*(?:[,;]|$)"
)
_ADOPTED_ON = re.compile(r"(?i)aldus (?:besloten|vastgesteld) in de .*?(?:van|op)\s+(?P<d>.+?)\.?\s*$")
_SKIP_LINK = re.compile(
    r"^\s*(?:ga|naar)\s+(?:naar\s+)?(?:de\s+|het\s+)?(?:hoofd)?(?:inhoud|begin|menu)\b", re.IGNORECASE
)



def _fields(line: Line) -> tuple[tuple[str, str, int], ...]:
    """The ``name value`` fields of a line (tab-separated fields too): (name, value, value offset)."""
    return _fields_at(line.text, line.begin)


@lru_cache(maxsize=256)  # names, titles and dates each read the fields of the same head lines
def _fields_at(text: str, begin: int) -> tuple[tuple[str, str, int], ...]:
    found = []
    offset = begin
    for cell in text.split("\t"):
        m = _FIELD.match(cell)
        # without a colon, a field name only counts capitalised or in a tab-separated header line
        if m and (m.group("sep") or not m.group("value") or cell.lstrip()[:1].isupper() or "\t" in text):
            found.append((m.group("name").lower(), m.group("value"), offset + m.start("value")))
        offset += len(cell) + 1
    return tuple(found)


def _head(lines: list[Line], count: int = 30) -> list[Line]:
    return [line for line in lines if not line.blank][:count]



_CHROME = re.compile(
    r"(?i)^(?:\d+\s+comments?|permanente link|naar de (?:actuele|door u bekeken) versie|advertentie\b"
    r"|ziet u een fout|maat:\s*px|weergave met pagina|download\b|transcripti[eo]n?\b|menu$|zoeken$|home$"
    r"|inloggen|cookie|deel dit|lees (?:ook|meer|verder|vorig|volgend)|geef een reactie|terug naar"
    r"|date \d{4}-\d{2}\b|https?://|www\.|steun ons\b|word lid\b|doneer\b|word abonnee\b"
    r"|(?:gemeenteblad|staatscourant|provinciaal blad|waterschapsblad)(?: van [A-Z][^\n]{0,40})?$"
    r"|vorige pagina|volgende pagina|kies een vergadering"
    # a page's jump link and a document viewer's buttons: "top of page", "Naar boven", 'Share "X"', "Copied!"
    r"|(?:terug\s+)?naar\s+boven$|(?:back\s+to\s+)?top(?:\s+of\s+(?:the\s+)?page)?$|share\s+[\"\u201c]|copied!?$"
    r"|no results found$|hele tekst$"
    # an image's caption that a page's text keeps: "Afbeelding bij nieuwsitem '...'", "Foto bij het artikel"
    r"|(?:afbeelding|foto|beeld|illustratie)\s+(?:bij|van)\s+(?:het\s+|dit\s+)?(?:nieuws\w*|artikel|bericht)\b)"
    r"|\((?:foto|beeld)\s*:|^door [A-Z][\w.-]+ [A-Z][\w-]+$"
    # a download link's label ends in the file's type and size: "Rapport 2020 PDF, 1.23 MB", "(pdf, 245 kB)"
    r"|\b(?:pdf|docx?|xlsx?|odt)\s*[,|(-]?\s*\d+(?:[.,]\d+)?\s*[km]b\)?$"
    # an image's file name that a page's text keeps beside its caption: "Julia Zomer.jpeg", "IMG_0123.JPG"
    r"|\w\.(?:jpe?g|png|gif|webp)(?![a-z]{1,3}\b)"
)


def is_chrome(line: str) -> bool:
    """A line of page chrome rather than of the document: counters, links, captions, bylines."""
    return bool(_CHROME.search(line.strip()))


# A flattened PDF puts the fields of the head on one line: "Raadsvoorstel Onderwerp: X Datum: 12
# oktober 2023 Voorgesteld besluit: 1. ...". A field's value then runs to the next field name.
_INLINE_STOP = (
    r"(?:Onderwerp|Betreft|Datum|Agendapunt|Agendanummer|Kenmerk|Registratienummer|Portefeuillehouder"
    r"|Behandelaar|Voorgesteld besluit|Beslispunten|Raadsvergadering|Bijlage\(?n?\)?|Inleiding|Samenvatting"
    r"|Geachte|Aan de"
    # a motion's formula after its subject: "Onderwerp: Jeugdzorg dichtbij De raad van de gemeente X, ..."
    r"|(?-i:De (?:gemeente)?[Rr]aad\b)|(?-i:Provinciale Staten\b)|(?-i:[Cc]onstaterende\b))\s*:?"
)


def inline_field(line: Line, names: tuple[str, ...]) -> tuple[str, int] | None:
    """The value of the first of ``names`` written as ``Name: value`` inside a long line, and where
    it starts; for the one-line head of a flattened PDF."""
    if len(line.text) < 200:
        return None
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\s*:\s*(?P<v>.+?)\s*(?=\s" + _INLINE_STOP
        + r"|\s\d{1,2}\.\s|$)", re.IGNORECASE,
    )
    m = pattern.search(line.text, 0, 600)
    if not m or len(m.group("v").split()) > 20:
        return None
    return m.group("v"), line.begin + m.start("v")


# a document viewer's notice over the document it shows ("Bezig met laden.... (Bekijk nu de volledige
# tekst)"): what stands above it is the viewer's chrome (its label, buttons and counters)
_VIEWER_NOTICE = re.compile(
    r"(?i)^(?:bezig met laden\.*\s*)?\(?bekijk (?:nu )?de volledige tekst\)?$"
)
_VIEWER_LINES = 25  # the non-blank lines of a page's opening where a viewer's notice stands


def below_viewer(lines: list[Line]) -> list[Line]:
    """The lines below a document viewer's notice in the page's opening; all lines when it has none."""
    notice = None
    for line in islice((line for line in lines if not line.blank), _VIEWER_LINES):
        # (a cheap look at the line's first letter before the pattern)
        if line.stripped[:1] in "Bb(" and _VIEWER_NOTICE.match(line.stripped):
            notice = line.index
    if notice is None:
        return lines
    return [line for line in lines if line.index > notice]
