"""Municipalities and bodies by the names the gazetteer lists: publishers and sidecar values."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .. import iris
from ..errors import InputError
from ..facts import DocumentKind, DocumentMetadata, GazetteerEntry, SourceText
from .docdates import _is_date_line
from .layout import _IDENTIFIER_FIELDS, _IDENTIFIER_VALUE, _LETTERHEAD, _SIGN_OFF, Line, _fields, _head
from .matching import fold as _fold


def _identifier(lines: list[Line]) -> str | None:
    for line in _head(lines, 40):
        for name, value, _ in _fields(line):
            if name not in _IDENTIFIER_FIELDS or not value:
                continue
            if (_IDENTIFIER_VALUE.fullmatch(value) and any(c.isdigit() for c in value)
                    and not _is_date_line(value)):
                return value
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
#: one college, never "de colleges ... van de gemeenten A, B".
_ISSUER_INLINE = re.compile(
    r"\b(?:[Dd]e raad van de gemeente|[Dd]e gemeenteraad van"
    r"|(?:[Hh]et college van )?[Bb]urgemeester en wethouders van"
    r"|BURGEMEESTER EN WETHOUDERS VAN|DE RAAD VAN DE GEMEENTE)\s+(?:de gemeente\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|aan|den|de|en|op|in|an|EN|AAN|DEN|OP)){0,4})\s*[;,:]"
)
_PARTY = (
    r"(?:CDA|VVD|PvdA|D66|GroenLinks|SP|ChristenUnie|SGP|PVV|JA21|FvD|BBB|Volt|DENK|50PLUS|"
    r"Partij voor de Dieren|GL-PvdA|GroenLinks-PvdA|CU-SGP)"
)
#: The party that issues a page or written questions: "Namens de fractie van Harlinger Belang",
#: "namens fractie van CDA Noordwijk", a headline that opens with the party ("CDA Hoogeveen stelt").
_PARTY_ISSUER = re.compile(
    r"\b[Nn]amens\s+(?:de\s+)?fractie\s+van\s+(?P<a>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3})"
)
_PARTY_HEADLINE = re.compile(
    rf"^\s*(?P<a>{_PARTY}[ \t]+[A-Z][\w'\u2019-]+)[ \t]+(?:raadslid[ \t]+\S+[ \t]+\S+[ \t]+)?"
    r"(?:stelt|stellen|dient|dienen|vraagt|vragen|wil|wilt)\b"
)
#: A regulation or plan titled after its municipality: "Nadere regels Jeugdhulp gemeente Peel en Maas".
_TITLE_MUNICIPALITY = re.compile(r"\bgemeente\s+(?P<name>[A-Z][^\n]{1,40}?)\s*(?:\d{4})?\s*$")


def party_publisher(lines: list[Line], kind: DocumentKind) -> str | None:
    """The name of the party that issues a letter, written questions or a party page."""
    if kind not in {"brief", "nieuwsbericht", "document"}:
        return None
    for line in _head(lines, 4):
        m = _PARTY_HEADLINE.match(line.text)
        if m:
            return m.group("a")
    for line in lines:
        m = _PARTY_ISSUER.search(line.text)
        if m:
            return m.group("a").strip()
    return None


def _publisher(lines: list[Line], kind: DocumentKind, names: _Names, title: str | None = None) -> str | None:
    if not names:
        return None
    found = _publisher_from_layout(lines, kind, names)
    if found is not None:
        return found
    opening = "\n".join(line.text for line in _head(lines, 40))[:2000]
    for m in _ISSUER_INLINE.finditer(opening):
        iri = names.body(m.group("name"), municipality_only=True)
        if iri is not None:
            return iri
    if kind in {"regeling", "beleidsplan"} and title and (named := _TITLE_MUNICIPALITY.search(title)):
        return names.body(named.group("name"), municipality_only=True)
    return None


def _publisher_from_layout(lines: list[Line], kind: DocumentKind, names: _Names) -> str | None:
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
