"""Names as people write them, derived from the registers' names by rules.

Documents rarely use an official name in full: ``Valkenburg`` for Valkenburg aan de Geul,
``Bergen NH`` for Bergen (NH), ``Friesland`` for the region Friesland (Fryslân), ``Westfriesland``
for West Friesland, ``Een 10 voor
de Jeugd`` for the joint body Jeugdregio Een 10 voor de Jeugd, ``Nederlands Jeugdinstituut`` and
``NJi`` for Stichting Nederlands Jeugdinstituut/NJi, ``Inspectie van Justitie en Veiligheid`` for the
Inspectie Justitie en Veiligheid, ``provincie Friesland`` for the province.
``derived_names`` gives those forms for one name; ``search_key`` is the form every name is
compared in when a person types one (no case, no diacritics, a dash is a space), so that
``Sudwest-Fryslan`` finds Súdwest-Fryslân. This module uses the standard library only: the
server's query workers import it.
"""

from __future__ import annotations

import re
import unicodedata

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_PROVINCE_SUFFIX = re.compile(r"^(?P<name>.+?) \((?P<code>[A-Z](?:\.?[A-Z])?\.?)\)$")  # Bergen (NH)
_PARENTHESES = re.compile(r"^(?P<name>.+?) \((?P<other>[^()]+)\)$")  # Friesland (Fryslân)
_ON_RIVER = re.compile(r"^(?P<name>\S+(?: \S+)?) aan (?:de|den) \S+(?: \S+)?$")  # Valkenburg aan de Geul
#: Words before the name of a body that documents leave out ("de GR Peelgemeenten" -> Peelgemeenten).
_BODY_PREFIXES = (
    "Jeugdregio ", "Jeugdhulpregio ", "Gemeenschappelijke Regeling ", "Gemeenschappelijke regeling ",
    "GR ", "Openbaar Lichaam ", "Openbaar lichaam ", "Stichting ",
)
_COMPASS_AND_AREA = re.compile(r"^(?P<compass>West|Oost|Noord|Zuid)[ -](?P<area>[A-Z][a-z]{3,})$")
_ACRONYM = re.compile(r"^[A-Za-z&]{2,8}$")
_ACRONYM_CAPS = re.compile(r"^[A-Z&]{2,8}$")
#: An inspectorate the register names without "van" (Inspectie Justitie en Veiligheid), as it calls itself
#: in documents ("de Inspectie van Justitie en Veiligheid").
_INSPECTORATE = re.compile(r"^Inspectie (?!van |voor |der )(?P<field>[A-Z].+)$")
#: A company's legal form after its name, which documents leave out ("VGZ Zorgkantoor B.V.").
_LEGAL_FORM = re.compile(r"^(?P<name>.+?) (?:B\.V\.|N\.V\.|BV|NV)$")
#: A care office named after its insurer, which documents write either way round ("VGZ Zorgkantoor",
#: "Zorgkantoor VGZ").
_CARE_OFFICE = re.compile(r"^(?:(?P<insurer>.+?) [Zz]orgkantoor|Zorgkantoor (?P<after>.+))$")


def search_key(name: str) -> str:
    """``'Súdwest-Fryslân'`` -> ``'sudwest fryslan'``: how names are compared when typed."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for dash in _DASHES:
        plain = plain.replace(dash, " ")
    plain = plain.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(plain.split())


#: An abbreviation followed by its area's initials: "RDOG HM", "ISD BOL".
_ABBREVIATED_AREA = re.compile(r"^(?P<head>[A-Z][A-Za-z&]{1,7}) (?P<initials>[A-Z]{2,4})$")


def spelled_areas(names: list[str]) -> list[str]:
    """A body's abbreviation with its area written out, from two of its names: "RDOG HM" beside
    "Regionale dienst openbare gezondheidszorg Hollands Midden" is also "RDOG Hollands Midden" (the
    area's capitalised words whose initials the short name gives)."""
    found = []
    for short in names:
        m = _ABBREVIATED_AREA.match(short)
        if m is None:
            continue
        size = len(m["initials"])
        for full in names:
            words = full.split()
            area = words[-size:]
            if len(words) > size and all(w[:1].isupper() for w in area) and "".join(
                    w[0] for w in area) == m["initials"]:
                found.append(f"{m['head']} {' '.join(area)}")
    return [n for i, n in enumerate(found) if n not in names and n not in found[:i]]


def derived_names(name: str, kind: str) -> list[str]:
    """Other forms of ``name`` (of an entity of ``kind``) that documents use, without ``name``.

    ``kind`` is a gazetteer kind: gemeente, jeugdregio, gemeenschappelijke_regeling, organisatie,
    provincie. The forms may be shared by other entities: whoever uses them decides what an
    ambiguous form means (nothing, in the gazetteer; a choice, in the API).
    """
    found: list[str] = []
    if kind == "gemeente":
        province = _PROVINCE_SUFFIX.match(name)
        if province:  # Bergen (NH) -> Bergen, Bergen NH
            code = province["code"].replace(".", "")
            found += [province["name"], f"{province['name']} {code}"]
        river = _ON_RIVER.match(name)
        if river:  # Valkenburg aan de Geul -> Valkenburg
            found.append(river["name"])
    elif kind == "jeugdregio":
        both = _PARENTHESES.match(name)
        if both:  # Friesland (Fryslân) -> Friesland, Fryslân
            found += [both["name"], both["other"]]
        compass = _COMPASS_AND_AREA.match(name)
        if compass:  # West Friesland -> Westfriesland: a compass word written on to the area's name
            found.append(compass["compass"] + compass["area"].lower())
    elif kind in ("gemeenschappelijke_regeling", "organisatie"):
        short = name
        for prefix in _BODY_PREFIXES:
            if short.startswith(prefix) and len(short) > len(prefix) + 3:
                short = short[len(prefix):]
                break
        if short != name:
            found.append(short)
        if kind == "gemeenschappelijke_regeling" and " " not in short and not _ACRONYM_CAPS.match(short):
            found.append(f"GR {short}")  # one word (Peelgemeenten): documents write "GR Peelgemeenten"
        inspectorate = _INSPECTORATE.match(name)
        if inspectorate:  # Inspectie Justitie en Veiligheid -> Inspectie van Justitie en Veiligheid
            found.append(f"Inspectie van {inspectorate['field']}")
        company = _LEGAL_FORM.match(short)
        if company:  # VGZ Zorgkantoor B.V. -> VGZ Zorgkantoor, Zorgkantoor VGZ
            short = company["name"]
            found.append(short)
        office = _CARE_OFFICE.match(short)
        if office and kind == "organisatie":
            insurer = office["insurer"]
            found.append(f"Zorgkantoor {insurer}" if insurer else f"{office['after']} Zorgkantoor")
        if short.count("/") == 1:  # Nederlands Jeugdinstituut/NJi -> both
            left, right = (part.strip() for part in short.split("/"))
            if _ACRONYM.match(right) and len(left) > len(right):
                found += [left, right]
    elif kind == "provincie" and not name.lower().startswith("provincie "):
        found.append(f"provincie {name}")
    return [n for i, n in enumerate(found) if n and n != name and n not in found[:i]]
