"""The date of a document: a meeting or adoption date, a place-and-date line, a date field."""

from __future__ import annotations

import re
from datetime import date

from ..facts import DocumentKind
from .dates import find_dates
from .layout import _ADOPTED_ON, _DATE_FIELDS, _MEETING_DATE, _PLACE_DATE, Line, _fields, _head, inline_field


def _is_date_line(text: str) -> bool:
    matches = find_dates(text)
    return len(matches) == 1 and matches[0].span.text.strip() == text.strip()


def _place_date(text: str) -> tuple[date | None, str | None] | None:
    m = _PLACE_DATE.match(text)
    if not m or not _is_date_line(m.group("date")):
        return None
    (found,) = find_dates(m.group("date"))
    return (found.date, None) if found.date else (None, found.text_value)


def _date(lines: list[Line], kind: DocumentKind) -> tuple[date | None, str | None]:
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
    # a plan or regulation adopted by the council: "Vastgesteld door de gemeenteraad op 12 december 2023"
    if kind in {"beleidsplan", "regiovisie", "regeling"}:
        for line in head[:15]:
            m = _ADOPTED_BY.search(line.text)
            if m and _is_date_line(m.group("d")):
                return _date_value(m.group("d"))
    if head and (inline := inline_field(head[0], ("Datum", "Raadsvergadering", "Datum vergadering"))):
        found = _date_value(inline[0])  # the one-line head of a flattened PDF
        if found[0] is not None:
            return found
    # "De gemeenteraad van X, in vergadering bijeen op 12 maart 2025,", "B&W-vergadering 19 januari 2021"
    if kind in {"motie", "amendement", "collegebesluit"}:
        for line in head[:15]:
            m = _MEETING_DATE.search(line.text)
            if m and _is_date_line(m.group("d")):
                return _date_value(m.group("d"))
    for position, line in enumerate(head):
        dated = dateline_date(line.stripped) if position < 8 else None
        if dated is None and position < 8 and (opening := _NEWS_DATELINE.match(line.text)):
            dated = _date_value(opening.group("d"))[0]
        if dated is not None:
            return dated, None
        placed = _place_date(line.text)
        if placed is not None:
            if placed[0] is not None:
                return placed
            partial = partial or placed
        for name, value, _ in _fields(line):
            if name in _DATE_FIELDS and not value and position + 1 < len(head):
                value = head[position + 1].stripped  # "Publicatiedatum:" with the date on the next line
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



_DATELINE = re.compile(
    r"(?i)^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+)?"
    r"(?P<d>\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})\b[,\s]*(?:\d{1,2}[:.]\d{2}(?:\s*uur)?)?[\s,]*(?P<rest>.*)$"
)

# a news dateline that opens the first paragraph: "Ermelo, 12 maart 2015 – De gemeenteraad ..."
_NEWS_DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w'.-]+(?:[ -][A-Z][\w'.-]+){0,2},[ \t]+(?P<d>\d{1,2}[ \t]+[a-z]{3,9}\.?[ \t]+\d{4})"
    r"[ \t]*[-\u2013\u2014][ \t]"
)
_ADOPTED_BY = re.compile(
    r"(?i)^\s*(?:vastgesteld|aangenomen)\s+(?:door\s+(?:de\s+)?(?:gemeente)?raad\s+)?(?:op|d\.d\.)\s+(?P<d>.+?)\.?\s*$"
)
# the byline of a page built on an English template: "February 2, 2023 at 11:47 PM"
_ENGLISH_DATELINE = re.compile(
    r"(?i)^(?P<d>[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4})\s*(?:at\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?\s*$"
)


def dateline_date(line: str) -> date | None:
    """The date of a news or party page's date line: ``woensdag 24 april 2024 10:37``,
    ``vr 5 nov 2021, 09:44 Actueel`` (a weekday, a time and a section name may surround it),
    ``February 2, 2023 at 11:47PM``."""
    english = _ENGLISH_DATELINE.match(line.strip())
    if english:
        return _date_value(english.group("d"))[0]
    m = _DATELINE.match(line.strip())
    if not m or len(m.group("rest").split()) > 2:
        return None
    found, _ = _date_value(m.group("d"))
    return found
