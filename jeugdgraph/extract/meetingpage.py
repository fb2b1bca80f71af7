"""A meeting's page on a council-information site: its name and date over its fields."""

from __future__ import annotations

import re

from ..facts import DocumentKind
from .layout import is_chrome

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


__all__ = ["DATE_ONLY", "meeting_page_kind"]
