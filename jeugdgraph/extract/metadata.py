"""Document metadata (kind, title, date, registration number, publisher) and the documents inside
one file.

A council file often holds several documents: a raadsvoorstel with its raadsbesluit, the
regiovisie it adopts, an advice and a letter. Each starts either with a kind heading on a line
of its own (``RAADSBESLUIT``, ``REGIOVISIE``, ``Raadsinformatiebrief``), possibly under a
``Gemeente X`` letterhead, or as a letter: an address block, a place and date, a subject and a
salutation (``Geacht College,``). Every part gets its own metadata from its own text.

What a document does not state stays empty: a news item dated ``20 januari`` gets no date (its
``date_text`` keeps what is written), a raadsbesluit whose meeting date is left blank gets none,
and the publisher is only taken from a letterhead, a sign-off or a decision formula, never from
a municipality the text merely mentions. Values from a sidecar file win over inferred ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, cast

from .. import iris
from ..errors import InputError
from ..facts import DocumentKind, DocumentMetadata, DocumentPart, GazetteerEntry, SourceText, Span
from .compiled import for_gazetteer
from .dates import find_dates
from .matching import lowered_for_search

# --- lines ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    index: int
    begin: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def span(self, source: str) -> Span:
        return Span.trimmed_of(source, self.begin, self.end)


def _lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(_Line(index, position, position + len(raw), raw))
        position += len(raw) + 1
    return lines


# --- vocabulary -------------------------------------------------------------------------------

#: A line that is only one of these words starts a document of that kind.
HEADING_KINDS: dict[str, DocumentKind] = {
    "raadsvoorstel": "raadsvoorstel",
    "raadsbesluit": "raadsbesluit",
    "raadsinformatiebrief": "raadsinformatiebrief",
    "motie": "motie",
    "regiovisie": "regiovisie",
    "nieuwsbericht": "nieuwsbericht",
}
_SALUTATION = re.compile(r"^\s*Geachte?\s+[^\n]{0,80}?,?\s*$")
_LETTERHEAD = re.compile(r"^\s*Gemeente(?:raad)?\s+(?P<name>[A-Z\u00c0-\u00dd'][^\t\n]{1,40}?)\s*$")
_FIELD_NAMES = (
    "datum", "verzenddatum", "publicatiedatum", "betreft", "onderwerp", "kenmerk", "ons kenmerk",
    "uw kenmerk", "uw brief van", "uw brief", "briefnummer", "bijlage(n)", "bijlagen", "bijlage",
    "telefoon", "tel.", "e-mail", "email", "bezoekadres", "postadres", "contactpersoon",
    "behandeld door", "doorkiesnummer", "registratienummer", "zaaknummer", "documentnummer",
    "verzonden", "pagina", "portefeuillehouder", "datum besluit b&w", "datum collegebesluit",
    "datum raadsvergadering", "agendapunt", "voorstelnummer", "raadsvoorstelnummer", "motienummer",
    "nummer", "corsanummer", "ons nummer", "reg.nr.", "registratienr.", "motie nr.", "motie nr",
    "voorstel nr.", "raadsvoorstel nr.", "besluitnummer", "gepubliceerd op", "geplaatst op",
)
_FIELD = re.compile(
    r"^\s*(?P<name>" + "|".join(re.escape(n) for n in sorted(_FIELD_NAMES, key=len, reverse=True))
    + r")(?![^\W_])\s*(?P<sep>:?)\s*(?P<value>[^\t]*?)\s*$",
    re.IGNORECASE,
)
_IDENTIFIER_FIELDS = (
    "registratienummer", "zaaknummer", "documentnummer", "briefnummer", "kenmerk", "ons kenmerk",
    "voorstelnummer", "raadsvoorstelnummer", "motienummer", "nummer", "corsanummer", "ons nummer",
    "reg.nr.", "registratienr.", "motie nr.", "motie nr", "voorstel nr.", "raadsvoorstel nr.",
    "besluitnummer",
)
_IDENTIFIER_VALUE = re.compile(r"[A-Za-z]{0,8}[ -]?[A-Za-z0-9][\w./-]{0,38}")
_DATE_FIELDS = ("datum", "verzenddatum", "publicatiedatum", "gepubliceerd op", "geplaatst op")
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
_MEETING_DATE = re.compile(
    r"(?i)\bvergadering(?:\s+bijeen)?\s+(?:op|van|d\.d\.)\s+(?P<d>.+?)[,.;]?\s*$"
)
_ADOPTED_ON = re.compile(r"(?i)aldus (?:besloten|vastgesteld) in de .*?(?:van|op)\s+(?P<d>.+?)\.?\s*$")
_SKIP_LINK = re.compile(
    r"^\s*(?:ga|naar)\s+(?:naar\s+)?(?:de\s+|het\s+)?(?:hoofd)?(?:inhoud|begin|menu)\b", re.IGNORECASE
)

# signals of each kind of document: (pattern, weight); patterns run on the part's text
_SIGNALS: dict[str, tuple[tuple[str, int], ...]] = {
    "motie": (
        (r"(?im)^\s*motie\b", 4), (r"\bDeze motie\b", 3),
        (r"(?i)\b(?:geven|geeft) het college (?:de )?opdracht", 3),
        (r"(?i)\bdraagt het college op\b", 3), (r"(?i)\bverzoek(?:t|en) het college\b", 2),
        (r"(?i)en gaat over tot de orde van de dag", 4), (r"(?im)^\s*constaterende\b", 1),
        (r"(?im)^\s*overwegende\b", 1),
    ),
    "raadsvoorstel": (
        (r"(?im)^\s*raadsvoorstel\b", 4), (r"(?i)welk besluit moet (?:er )?worden genomen", 3),
        (r"(?i)\bvoorgesteld (?:raads)?besluit\b", 2), (r"(?i)\bstellen (?:wij|we) (?:u|de raad) voor\b", 2),
        (r"(?im)^\s*aan de gemeenteraad\b", 1),
    ),
    "raadsbesluit": (
        (r"(?im)^\s*raadsbesluit\s*$", 4), (r"(?im)^\s*besluit van de (?:gemeente)?raad\b", 4),
        (r"(?i)\baldus (?:besloten|vastgesteld) in de (?:openbare )?(?:raads)?vergadering\b", 3),
        (r"(?im)^\s*gelezen het voorstel\b", 2),
    ),
    "raadsinformatiebrief": (
        (r"(?im)^\s*raadsinformatiebrief\b", 5), (r"(?i)\braadsinformatiebrief\b", 2), (r"\bRIB\b", 1),
    ),
    "nieuwsbericht": (
        (r"(?im)^\s*ga naar (?:de )?(?:hoofd)?inhoud\s*$", 3), (r"(?im)^\s*ga naar het begin\s*$", 2),
        (r"(?i)\bnieuwsbericht\b", 2), (r"(?im)^\s*(?:terug naar|deel dit)\b", 1),
        (r"(?m)^\s*Wethouder [A-Z][^:\n]{2,40}:", 1),
        (r"(?im)^\s*(?:home|start)\s*[>\u00bb/]\s*(?:actueel\s*[>\u00bb/]\s*)?nieuws", 3),
        (r"(?im)^\s*(?:gepubliceerd|geplaatst)\s+op\b", 2),
    ),
    "presentatie": (
        (r"(?im)\A\s*(?:inhoud|agenda)\s*$", 2), (r"(?im)^\s*vraag aan de raad\s*$", 3),
        (r"(?i)\bbeeldvorming\b", 1),
    ),
    "regiovisie": ((r"(?im)^\s*regiovisie\s*$", 5),),
    "brief": (
        (r"(?im)^\s*geachte?\b", 2), (r"(?im)^\s*betreft\b", 2), (r"(?im)^\s*hoogachtend\b", 1),
        (r"(?im)^\s*met vriendelijke groet", 1), (r"(?i)\bbriefnummer\b", 1), (r"(?i)\buw kenmerk\b", 1),
    ),
    "advies": (
        (r"(?i)\badvies van de adviesraad\b", 3), (r"(?im)^\s*(?:betreft:?\s*)?advies\b", 3),
        (r"(?i)\badviesraad\b", 1), (r"(?i)\b(?:gevraagd|ongevraagd) advies\b", 2),
    ),
}
# A word every match of a signal holds (or one of several): a text without it cannot match, and
# looking for a word is a hundred times faster than running a pattern that starts with ``\b``.
_SIGNAL_WORDS: dict[str, tuple[str, ...]] = {
    r"(?im)^\s*motie\b": ("motie",), r"\bDeze motie\b": ("Deze motie",),
    r"(?i)\b(?:geven|geeft) het college (?:de )?opdracht": (" het college ",),
    r"(?i)\bdraagt het college op\b": ("draagt het college op",),
    r"(?i)\bverzoek(?:t|en) het college\b": (" het college",),
    r"(?i)en gaat over tot de orde van de dag": ("en gaat over tot de orde van de dag",),
    r"(?im)^\s*constaterende\b": ("constaterende",), r"(?im)^\s*overwegende\b": ("overwegende",),
    r"(?im)^\s*raadsvoorstel\b": ("raadsvoorstel",),
    r"(?i)welk besluit moet (?:er )?worden genomen": ("worden genomen",),
    r"(?i)\bvoorgesteld (?:raads)?besluit\b": ("voorgesteld ",),
    r"(?i)\bstellen (?:wij|we) (?:u|de raad) voor\b": ("stellen ",),
    r"(?im)^\s*aan de gemeenteraad\b": ("aan de gemeenteraad",),
    r"(?im)^\s*raadsbesluit\s*$": ("raadsbesluit",),
    r"(?im)^\s*besluit van de (?:gemeente)?raad\b": ("besluit van de ",),
    r"(?i)\baldus (?:besloten|vastgesteld) in de (?:openbare )?(?:raads)?vergadering\b": ("aldus ",),
    r"(?im)^\s*gelezen het voorstel\b": ("gelezen het voorstel",),
    r"(?im)^\s*raadsinformatiebrief\b": ("raadsinformatiebrief",),
    r"(?i)\braadsinformatiebrief\b": ("raadsinformatiebrief",), r"\bRIB\b": ("RIB",),
    r"(?im)^\s*ga naar (?:de )?(?:hoofd)?inhoud\s*$": ("ga naar ",),
    r"(?im)^\s*ga naar het begin\s*$": ("ga naar het begin",),
    r"(?i)\bnieuwsbericht\b": ("nieuwsbericht",),
    r"(?im)^\s*(?:terug naar|deel dit)\b": ("terug naar", "deel dit"),
    r"(?m)^\s*Wethouder [A-Z][^:\n]{2,40}:": ("Wethouder ",),
    r"(?im)^\s*(?:home|start)\s*[>\u00bb/]\s*(?:actueel\s*[>\u00bb/]\s*)?nieuws": ("nieuws",),
    r"(?im)^\s*(?:gepubliceerd|geplaatst)\s+op\b": ("gepubliceerd", "geplaatst"),
    r"(?im)\A\s*(?:inhoud|agenda)\s*$": ("inhoud", "agenda"),
    r"(?im)^\s*vraag aan de raad\s*$": ("vraag aan de raad",),
    r"(?i)\bbeeldvorming\b": ("beeldvorming",), r"(?im)^\s*regiovisie\s*$": ("regiovisie",),
    r"(?im)^\s*geachte?\b": ("geacht",), r"(?im)^\s*betreft\b": ("betreft",),
    r"(?im)^\s*hoogachtend\b": ("hoogachtend",),
    r"(?im)^\s*met vriendelijke groet": ("met vriendelijke groet",),
    r"(?i)\bbriefnummer\b": ("briefnummer",), r"(?i)\buw kenmerk\b": ("uw kenmerk",),
    r"(?i)\badvies van de adviesraad\b": ("advies van de adviesraad",),
    r"(?im)^\s*(?:betreft:?\s*)?advies\b": ("advies",), r"(?i)\badviesraad\b": ("adviesraad",),
    r"(?i)\b(?:gevraagd|ongevraagd) advies\b": (" advies",),
}
_COMPILED_SIGNALS = {
    kind: tuple(
        (re.compile(pattern), weight, _SIGNAL_WORDS[pattern], bool(re.compile(pattern).flags & re.IGNORECASE))
        for pattern, weight in signals
    )
    for kind, signals in _SIGNALS.items()
}
# every signal word is written in its pattern, so a match holds it
assert all(
    any(word in (p.pattern.lower() if folds else p.pattern) for word in words)
    for signals in _COMPILED_SIGNALS.values() for p, _weight, words, folds in signals
)
_KIND_ORDER: tuple[DocumentKind, ...] = (
    "regiovisie", "raadsbesluit", "raadsvoorstel", "motie", "raadsinformatiebrief", "advies",
    "nieuwsbericht", "presentatie", "brief",
)
MIN_SCORE = 3
MIN_PART_LINES = 3  # a kind heading with less text under it is a page header, not a document


# --- entry point ------------------------------------------------------------------------------


def extract_metadata(
    source: SourceText,
    sidecar: dict[str, Any] | None = None,
    *,
    gazetteer: Sequence[GazetteerEntry] = (),
    region: str | None = None,
) -> tuple[DocumentMetadata, list[DocumentPart]]:
    """The file's metadata and, when it holds several documents, each of them as a part.

    ``gazetteer`` resolves a municipality or body named in a letterhead or sign-off (and in the
    sidecar) to its IRI; ``region`` is the IRI of the youth-care region a regiovisie belongs to
    when its title does not name one the gazetteer knows. A file with one document has no parts.
    """
    text = source.text
    lines = _lines(text)
    names = for_gazetteer(_Names, gazetteer)
    ranges = _part_ranges(text, lines)
    parts: list[DocumentPart] = []
    if len(ranges) > 1:
        counters: dict[str, int] = {}
        for part_range in ranges:
            metadata, heading = _infer(text, lines, part_range, names, region)
            counters[metadata.kind] = counters.get(metadata.kind, 0) + 1
            span = Span.trimmed_of(text, part_range.begin, part_range.end)
            parts.append(DocumentPart(counters[metadata.kind], metadata, span, heading))
        _identifiers_from_attachment_lists(text, lines, ranges, parts)
        metadata = replace(parts[0].metadata)
    else:
        whole = _PartRange(0, len(text), ranges[0].heading_kind if ranges else None, None)
        metadata, _ = _infer(text, lines, whole, names, region)
    if sidecar:
        metadata = _apply_sidecar(metadata, sidecar, names, source)
    return metadata, parts


# --- parts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PartRange:
    begin: int
    end: int
    heading_kind: DocumentKind | None
    heading: _Line | None  # the kind heading line, when the part has one


@dataclass(frozen=True)
class _Start:
    line: int  # index of the first line of the part
    heading: _Line | None
    kind: DocumentKind | None
    letter: bool


def _heading_kind(line: _Line) -> DocumentKind | None:
    word = line.stripped.rstrip(":").strip().lower()
    return HEADING_KINDS.get(word)


def _part_ranges(text: str, lines: list[_Line]) -> list[_PartRange]:
    starts: list[_Start] = []
    for line in lines:
        kind = _heading_kind(line)
        if kind is not None:
            starts.append(_Start(_with_letterhead(lines, line.index), line, kind, letter=False))
        elif _SALUTATION.match(line.text):
            starts.append(_Start(_letter_head_start(lines, line.index), None, None, letter=True))
    starts.sort(key=lambda s: s.line)

    kept: list[_Start] = []
    for start in starts:
        one_is_letter = kept and (kept[-1].letter or start.letter)
        if one_is_letter and _no_prose_between(lines, kept[-1].line, start.line):
            previous = kept[-1]
            if previous.heading is None and start.heading is not None:
                # a letter head followed by a kind heading: one document, the heading names it
                kept[-1] = _Start(previous.line, start.heading, start.kind, letter=False)
            continue
        if start.heading is not None and not _has_substance(lines, start):
            continue  # a lone "Raadsinformatiebrief" at the end of a page is no document
        kept.append(start)
    if not kept:
        return []
    first = kept[0]
    if first.line > 0 and not _no_prose_between(lines, 0, first.line):
        kept.insert(0, _Start(0, None, None, letter=False))
    else:
        kept[0] = _Start(0, first.heading, first.kind, first.letter)
    ranges = []
    for index, start in enumerate(kept):
        end = lines[kept[index + 1].line].begin if index + 1 < len(kept) else len(text)
        ranges.append(_PartRange(lines[start.line].begin, end, start.kind, start.heading))
    return ranges


def _with_letterhead(lines: list[_Line], index: int) -> int:
    """The heading's line, or the ``Gemeente X`` letterhead line just above it."""
    j = index - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j if j >= 0 and _LETTERHEAD.match(lines[j].text) else index


def _is_head_line(lines: list[_Line], index: int) -> bool:
    text = lines[index].text
    if (_POSTBUS.match(text) or _POSTCODE.match(text) or _STREET.match(text) or _URL_OR_MAIL.match(text)
            or _PHONE.match(text) or _ADDRESSEE.match(text) or _LETTERHEAD.match(text)):
        return True
    if _FIELD.match(text.split("\t")[0]) or _place_date(text) is not None:
        return True
    previous = index - 1
    while previous >= 0 and lines[previous].blank:
        previous -= 1
    if previous >= 0:  # the subject under an empty "Betreft:" or "Onderwerp:" field
        field = _FIELD.match(lines[previous].text)
        if field and field.group("name").lower() in {"betreft", "onderwerp"} and not field.group("value"):
            return len(text.strip()) < 150
    return _is_name_above_address(lines, index, depth=0)


def _is_name_above_address(lines: list[_Line], index: int, depth: int) -> bool:
    """A short name line directly above an address (``GRJR`` over ``Postbus 70013``)."""
    text = lines[index].stripped
    if not text or len(text) > 60 or len(text.split()) > 8 or text[-1] in ".;:!?" or depth > 3:
        return False
    if index + 1 >= len(lines) or lines[index + 1].blank:
        return False
    below = lines[index + 1].text
    if _POSTBUS.match(below) or _STREET.match(below) or _POSTCODE.match(below):
        return True
    return _is_name_above_address(lines, index + 1, depth + 1)


def _letter_head_start(lines: list[_Line], salutation: int) -> int:
    start = salutation
    j = salutation - 1
    while j >= 0:
        if lines[j].blank:
            j -= 1
            continue
        if not _is_head_line(lines, j):
            break
        start = j
        j -= 1
    return start


def _is_prose(line: _Line) -> bool:
    text = line.stripped
    if _FIELD.match(text.split("\t")[0]):
        return False
    return len(text) >= 70 or len(text.split()) >= 10


def _no_prose_between(lines: list[_Line], first: int, last: int) -> bool:
    return not any(_is_prose(line) for line in lines[first:last])


def _has_substance(lines: list[_Line], start: _Start) -> bool:
    assert start.heading is not None
    following = [line for line in lines[start.heading.index + 1:start.heading.index + 40] if not line.blank]
    return len(following) >= MIN_PART_LINES


# --- inference for one document ---------------------------------------------------------------


def _infer(
    text: str, lines: list[_Line], part: _PartRange, names: _Names, region: str | None
) -> tuple[DocumentMetadata, Span | None]:
    own = [line for line in lines if part.begin <= line.begin < part.end]
    body = text[part.begin:part.end]
    kind = part.heading_kind or classify(body)
    title, title_span = _title(text, own, kind, part)
    when, date_text = _date(own, kind)
    metadata = DocumentMetadata(
        kind=kind,
        title=title,
        date=when,
        date_text=date_text,
        identifier=_identifier(own),
        publisher=_publisher(own, kind, names),
    )
    if kind == "regiovisie":
        metadata.period = _period(title, own)
        metadata.region = names.region_in(title or "") or region
    heading = part.heading.span(text) if part.heading is not None else title_span
    if heading is None:
        first = next((line for line in own if not line.blank), None)
        heading = first.span(text) if first is not None else None
    return metadata, heading


def classify(text: str) -> DocumentKind:
    """The kind of one document from what its text says; ``document`` when nothing is clear."""
    scores: dict[DocumentKind, int] = {}
    lowered = lowered_for_search(text)

    def may_match(words: tuple[str, ...], folds: bool) -> bool:
        if not folds:
            return any(word in text for word in words)
        return lowered is None or any(word in lowered for word in words)

    for kind, signals in _COMPILED_SIGNALS.items():
        score = sum(
            weight for pattern, weight, words, folds in signals
            if may_match(words, folds) and pattern.search(text)
        )
        scores[cast(DocumentKind, kind)] = score
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines:
        bullets = sum(1 for line in lines if line.startswith(("\u2022", "\u25aa", "\u25cf")))
        short = sum(1 for line in lines if len(line) < 60)
        if bullets >= 5 and short / len(lines) > 0.6:
            scores["presentatie"] += 2
    best = max(_KIND_ORDER, key=lambda k: (scores.get(k, 0), -_KIND_ORDER.index(k)))
    return best if scores.get(best, 0) >= MIN_SCORE else "document"


def _fields(line: _Line) -> list[tuple[str, str, int]]:
    """The ``name value`` fields of a line (tab-separated fields too): (name, value, value offset)."""
    found = []
    offset = line.begin
    for cell in line.text.split("\t"):
        m = _FIELD.match(cell)
        # without a colon, a field name only counts capitalised or in a tab-separated header line
        if m and (m.group("sep") or not m.group("value") or cell.lstrip()[:1].isupper() or "\t" in line.text):
            found.append((m.group("name").lower(), m.group("value"), offset + m.start("value")))
        offset += len(cell) + 1
    return found


def _head(lines: list[_Line], count: int = 30) -> list[_Line]:
    return [line for line in lines if not line.blank][:count]


def _title(
    text: str, lines: list[_Line], kind: DocumentKind, part: _PartRange
) -> tuple[str | None, Span | None]:
    head = _head(lines)
    # a subject field: "Betreft: X", "Onderwerp X" (also as a tab-separated field)
    for position, line in enumerate(head):
        for name, value, offset in _fields(line):
            if name not in {"betreft", "onderwerp"}:
                continue
            if value:
                return _clean(value), Span.of(text, offset, offset + len(value))
            following = head[position + 1] if position + 1 < len(head) else None
            if following is not None and len(following.stripped) < 150 and not _fields(following):
                return _clean(following.stripped), following.span(text)
    if kind == "raadsvoorstel":
        for line in head[:20]:
            if re.match(r"^\s*Raadsvoorstel\s+\S", line.text):
                return _clean(line.stripped), line.span(text)
    if kind == "motie":
        for line in head[:5]:
            m = re.match(r"^\s*Motie\s*[:\-\u2013]\s*(?P<title>\S.*)$", line.text)
            if m:
                span = Span.trimmed_of(text, line.begin + m.start("title"), line.end)
                return _clean(m.group("title")), span
    if kind == "regiovisie" and part.heading is not None:
        heading = part.heading
        if heading.stripped.lower() == "regiovisie":
            following = [line for line in lines if line.index > heading.index and not line.blank][:1]
            if following and _title_like(following[0].stripped):
                subtitle = following[0]
                title = f"Regiovisie {subtitle.stripped}"
                return _clean(title), Span.trimmed_of(text, heading.begin, subtitle.end)
    if kind == "presentatie":
        found = _presentation_title(text, lines)
        if found is not None:
            return found
    if kind == "raadsbesluit":
        for line in head[:10]:
            if re.match(r"^\s*Besluit van de\b", line.text, re.IGNORECASE):
                return _clean(line.stripped.rstrip(",;")), line.span(text)
        return None, None
    if kind in {"raadsinformatiebrief", "brief", "advies"}:
        return None, None
    for line in head[:6]:
        if (_SKIP_LINK.match(line.text) or _heading_kind(line) or _LETTERHEAD.match(line.text)
                or _BREADCRUMB.search(line.text) or _fields(line)):
            continue
        if _title_like(line.stripped):
            return _clean(line.stripped), line.span(text)
        break
    return None, None


def _title_like(text: str) -> bool:
    """A line that can be a title: short, no sentence end, not a list item, field or date."""
    return (
        0 < len(text.split()) <= 15
        and len(text) <= 150
        and text[-1] not in ".,;:?!"
        and not _ITEM.match(text + " ")
        and not _FIELD.match(text)
        and any(c.isalpha() for c in text)
        and not _is_date_line(text)
        and _place_date(text) is None
    )


def _presentation_title(text: str, lines: list[_Line]) -> tuple[str, Span] | None:
    """The first block that is not the agenda, a bullet list or an agenda entry repeated."""
    blocks: list[list[_Line]] = []
    for line in lines:
        if line.blank:
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(line)
    agenda = {line.stripped.lstrip("\u2022- ").lower() for line in lines[:40]
              if line.stripped.startswith(("\u2022", "-"))}
    for block in blocks[:12]:
        if not block:
            continue
        joined = " ".join(line.stripped for line in block)
        first = block[0].stripped
        if first.lower() in _AGENDA_WORDS or first.startswith(("\u2022", "-")) or joined.lower() in agenda:
            continue
        if 2 <= len(joined.split()) <= 12 and joined[-1] not in ".,;:?!" and not _ITEM.match(first + " "):
            return _clean(joined), Span.trimmed_of(text, block[0].begin, block[-1].end)
    return None


def _clean(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip()
    return value[:1].upper() + value[1:].lower() if value.isupper() and len(value.split()) == 1 else value


def _is_date_line(text: str) -> bool:
    matches = find_dates(text)
    return len(matches) == 1 and matches[0].span.text.strip() == text.strip()


def _place_date(text: str) -> tuple[date | None, str | None] | None:
    m = _PLACE_DATE.match(text)
    if not m or not _is_date_line(m.group("date")):
        return None
    (found,) = find_dates(m.group("date"))
    return (found.date, None) if found.date else (None, found.text_value)


def _date(lines: list[_Line], kind: DocumentKind) -> tuple[date | None, str | None]:
    head = _head(lines)
    if kind == "raadsbesluit":
        for line in lines:
            for name, value, _ in _fields(line):
                if name == "datum raadsvergadering" and value:
                    return _date_value(value)
            m = _ADOPTED_ON.search(line.text)
            if m and _is_date_line(m.group("d")):
                return _date_value(m.group("d"))
        return None, None
    partial: tuple[date | None, str | None] | None = None
    if kind == "motie":  # "De gemeenteraad van Leiden, in vergadering bijeen op 12 maart 2025,"
        for line in head[:15]:
            m = _MEETING_DATE.search(line.text)
            if m and _is_date_line(m.group("d")):
                return _date_value(m.group("d"))
    for line in head:
        found = _place_date(line.text)
        if found is not None:
            if found[0] is not None:
                return found
            partial = partial or found
        for name, value, _ in _fields(line):
            if name in _DATE_FIELDS and value:
                found = _date_value(value)
                if found[0] is not None:
                    return found
                partial = partial or (found if found[1] else None)
    for line in head[:12]:
        if _is_date_line(line.stripped):
            found = _date_value(line.stripped)
            if found[0] is not None:
                return found
            partial = partial or found
    if partial is not None:
        return partial
    if kind == "raadsvoorstel":  # the day the college sent the proposal, when nothing else is stated
        for line in head:
            for name, value, _ in _fields(line):
                if name in {"datum besluit b&w", "datum collegebesluit"} and value:
                    found = _date_value(value)
                    if found[0] is not None:
                        return found
    return None, None


def _date_value(value: str) -> tuple[date | None, str | None]:
    matches = [m for m in find_dates(value) if m.kind in {"date", "partial", "deadline", "effective"}]
    if not matches:
        return None, None
    first = matches[0]
    return (first.date, None) if first.date else (None, first.text_value)


def _identifier(lines: list[_Line]) -> str | None:
    for line in _head(lines, 40):
        for name, value, _ in _fields(line):
            if name not in _IDENTIFIER_FIELDS or not value:
                continue
            if (_IDENTIFIER_VALUE.fullmatch(value) and any(c.isdigit() for c in value)
                    and not _is_date_line(value)):
                return value
    return None


def _publisher(lines: list[_Line], kind: DocumentKind, names: _Names) -> str | None:
    if not names:
        return None
    head = _head(lines, 12)
    tail = [line for line in lines if not line.blank][-25:]
    from_letterhead = [m.group("name") for line in head if (m := _LETTERHEAD.match(line.text))]
    from_sign_off = []
    for line in head + tail:
        m = _SIGN_OFF.match(line.text)
        if m:
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


def _period(title: str | None, lines: list[_Line]) -> tuple[int, int] | None:
    for match in find_dates(title or ""):
        if match.period:
            return match.period
    for line in lines:
        for match in find_dates(line.text):
            if match.period and re.search(r"(?i)visie", line.text[:match.span.begin]):
                return match.period
    return None


# --- attachment lists: registration numbers of the documents attached -------------------------


def _identifiers_from_attachment_lists(
    text: str, lines: list[_Line], ranges: list[_PartRange], parts: list[DocumentPart]
) -> None:
    """``1. Regiovisie Jeugdhulp Rijnmond 2026-2030<TAB>2051059`` names the registration number of
    an attached document; a later part of that kind whose title shares the words gets it."""
    for index, part_range in enumerate(ranges):
        for line in lines:
            if not part_range.begin <= line.begin < part_range.end:
                continue
            m = _ATTACHMENT.match(line.text)
            if not m:
                continue
            words = _significant_words(m.group("title"))
            kind = HEADING_KINDS.get(words[0]) if words else None
            kind = kind or _ATTACHMENT_KINDS.get(words[0] if words else "")
            if kind is None:
                continue
            candidates = [
                part for part in parts[index + 1:]
                if part.metadata.kind == kind and set(words) <= set(_significant_words(
                    f"{part.metadata.kind} {part.metadata.title or ''}"))
            ]
            if len(candidates) == 1 and candidates[0].metadata.identifier is None:
                candidates[0].metadata.identifier = m.group("number")


_ATTACHMENT_KINDS: dict[str, DocumentKind] = {"advies": "advies", "brief": "brief", "besluit": "raadsbesluit"}
_FILLER_WORDS = frozenset({"aan", "van", "de", "het", "en", "tot"})


def _significant_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _FILLER_WORDS]


# --- names of municipalities and bodies -------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


_BODY_KINDS = frozenset({"gemeente", "gemeenschappelijke_regeling", "organisatie"})


class _Names:
    """Looks up municipalities and bodies by the names the gazetteer lists."""

    def __init__(self, gazetteer: Sequence[GazetteerEntry]) -> None:
        self.by_label: dict[str, set[tuple[str, str]]] = {}
        for entry in gazetteer:
            self.by_label.setdefault(_fold(entry.label), set()).add((entry.iri, entry.kind))

    def __bool__(self) -> bool:
        return bool(self.by_label)

    def _unique(self, label: str, kinds: set[str] | frozenset[str]) -> str | None:
        hits = {iri for iri, kind in self.by_label.get(_fold(label), set()) if kind in kinds}
        return hits.pop() if len(hits) == 1 else None

    def body(self, name: str, *, municipality_only: bool = False) -> str | None:
        """The IRI of the municipality or body a letterhead or sign-off names."""
        kinds = {"gemeente"} if municipality_only else _BODY_KINDS
        name = re.sub(r"^(?:de\s+)?(?:gemeente\s+)?", "", name.strip(), flags=re.IGNORECASE)
        exact = self._unique(name, kinds)
        if exact is not None:
            return exact
        return self._longest_within(name, kinds)

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
