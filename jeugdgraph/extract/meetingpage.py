"""A meeting's page on a council-information site: its name and date over its fields; the heading that names a
meeting or its minutes."""

from __future__ import annotations

import re

from ..facts import DocumentKind
from .layout import Line, is_chrome

#: A line that is only a date, with its weekday or without: "donderdag 12 maart 2015".
DATE_ONLY = re.compile(
    r"(?i)^(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}$"
)
# the fields of a meeting's page on a council-information site, each on a line of its own
_MEETING_FIELD = re.compile(
    r"(?i)^(?:locatie|voorzitter|agendapunten|agenda documenten|griffier|notulist)\s*:?$"
)
# the meeting's date as a field of its own: "Datum 12-04-2021 Tijd 20:30 - 22:00", "Datum: 3 maart 2021"
_DATE_FIELD = re.compile(
    r"(?i)^datum\s*:?\s*(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})(?:\s+tijd\b.*)?$"
)
_COLLEGE = re.compile(r"(?i)\bcollege|\bburgemeester en wethouders\b|\bb\s*(?:&|en)\s*w\b")


def meeting_page_kind(lines: list[str]) -> DocumentKind | None:
    """A meeting's page (its name, date and the fields "Locatie", "Voorzitter", "Agendapunten" above its
    items; the date also as a field, "Datum 12-04-2021"): the college's record of decisions, or the record
    of a council or committee meeting."""
    fields = [i for i, line in enumerate(lines) if _MEETING_FIELD.match(line)]
    dated = next(
        (i for i, line in enumerate(lines) if DATE_ONLY.match(line) or _DATE_FIELD.match(line)), None)
    if len(fields) < 2 or dated is None or dated > fields[0]:
        return None
    heading = " ".join(line for line in lines[:dated] if not is_chrome(line))
    return "collegebesluit" if _COLLEGE.search(heading) else "verslag"


# a heading that names a meeting and its date: "Commissie Welzijn 3 februari 2021", "Besluitenlijst
# 8 maart 2022", "VERSLAG RAADSVERGADERING 30 JANUARI 2020", "Raadsvergadering gemeenteraad X, 10 maart 2015",
# "Fractievergadering 29 mei 2012"
MEETING_TITLE = re.compile(
    r"(?i)^(?:verslag\s+(?:van\s+de\s+)?)?(?:\w*vergadering|besluitenlijst"
    r"|commissie\s+[a-z]+)\b[^.!?:]{0,50}?,?\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}$"
    r"|^besluitenlijst\b[^.!?:]{0,60}$"  # "Besluitenlijst week 28", "Besluitenlijst college"
    # the college's decisions of a day: "Later openbaar gemaakte collegebesluiten 2 september"
    r"|^(?:[a-z]+\s+){0,3}collegebesluiten\s+(?:van\s+)?\d{1,2}\s+[a-z]{3,9}(?:\s+\d{4})?$"
)
# minutes headed by what they are, with the subject field run on: "VERSLAG VAN DE ... 2013 Onderwerp:"
_MINUTES_HEADING = re.compile(
    r"^\s*(?P<t>(?i:verslag|notulen)\b.*?)\s*(?:\b(?i:onderwerp|agendapunt)\s*:.*)?$"
)


# a flattened head of minutes: the meeting's name, then the kind word and the list of those present
# ("Informatieavond 3 maart 2030 samenvattend verslag Aanwezigen Voorzitter: ...")
_RUN_ON_MINUTES = re.compile(
    r"^\s*(?P<t>\S.{8,150}?)\s+(?i:(?:samenvattend|beknopt|openbaar|besluiten)\s+)?(?i:verslag|notulen)\s+"
    r"(?i:aanwezig|voorzitter)"
)


def minutes_heading(head: list[Line]) -> tuple[str, int, int] | None:
    """The heading of minutes among the head's first lines, and where it begins and ends in the text."""
    for line in head[:5]:
        m = _MINUTES_HEADING.match(line.text) or _RUN_ON_MINUTES.match(line.text)
        if m and 1 < len(m.group("t").split()) <= 25:
            return m.group("t"), line.begin + m.start("t"), line.begin + m.end("t")
    return None


__all__ = ["DATE_ONLY", "MEETING_TITLE", "meeting_page_kind", "minutes_heading"]
