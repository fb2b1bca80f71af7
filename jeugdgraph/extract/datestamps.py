"""The stamps a web page or a report's cover dates itself with, beside the ones ``docdates`` reads.

Each pattern is a position that says "this is the page's own day", never a date a sentence mentions:

- a labelled stamp on a line of its own: ``Geschreven op: 12-08-2025 | Laatst bewerkt op: ...``,
  ``Ingediend 1 oktober 2018``, ``Gepost op 3 maart 2024, 10:12`` (not ``Laatst gewijzigd``, an edit);
- a byline with the day after a dash: ``Door Erna Straatsma - 7-10-2016, 17:00 (Update 7-10-2016)``;
- a post's stamp with its reading time: ``18 april 2025 1 minuten lezen``, ``Jan Smit 3 mei 2024 Leestijd 3
  minuten``, or with its update after it: ``12 maart 2024 om 14:05 - Bijgewerkt 13 maart 2024``;
- a news dateline with the day before the place in capitals: ``08-04-2023 BALK \u2013 Alle ...``, or a
  numeric day after the place: ``Ermelo, 12-03-2015 \u2013``;
- a flattened PDF's head with its place and day early in the one long line: ``Verzameling raadsstukken nr. 9
  Schiedam, 5 februari 2014 Team ...``;
- a council's news page that opens with the meeting it reports: ``Op deze pagina leest u waar de raad op 10
  oktober 2023 over heeft vergaderd``, ``Op 3 juli 2023 vergaderde de gemeenteraad over ...``;
- a motion's outcome with the day of its vote (``Status: Aangenomen op 12 maart 2024``), the council's
  meeting as a short heading (``Gemeenteraad d.d. 12 maart 2024``);
- a plan's or regulation's adoption in its title block: ``... Vastgesteld door de gemeenteraad van X op 1
  december 2021``, ``Vastgesteld in het Bestuurlijk Overleg op 20 juni 2013`` (capitalised: a label, not
  a sentence that tells of another document's adoption).
"""

from __future__ import annotations

import re

_DAY = r"(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
_WEEKDAY = r"(?:(?i:maan|dins|woens|donder|vrij|zater|zon)dag,?\s+)?"
_TIME = r"(?:,?\s+(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?"
_UPDATE = r"(?:\s*\((?i:update|bijgewerkt|gewijzigd)\b[^()]*\))?"

_LABELLED = re.compile(
    r"^\s*(?i:geschreven|gepost|geplaatst|gepubliceerd|ingediend|verschenen)(?:\s+(?i:op))?\s*:?\s+"
    + _WEEKDAY + r"(?P<d>" + _DAY + r")" + _TIME + r"\s*(?:$|[|\u00b7\u2022]|\s[-\u2013]\s)"
)
_BYLINE_DASH = re.compile(
    r"^\s*(?i:door|geschreven door|auteur\s*:)\s+[^\n|]{2,80}?\s+[-\u2013|\u00b7]\s+" + _WEEKDAY
    + r"(?P<d>" + _DAY + r")" + _TIME + _UPDATE + r"\s*$"
)
_MINUTES = r"\d{1,2}\s*(?i:min(?:uten|uut)?\.?)"
_READING = rf"(?:{_MINUTES}\s+(?i:lezen|leestijd)|(?i:leestijd)\s*:?\s*{_MINUTES})"
# (an author's name may stand before the day: "Jan Smit 12 maart 2024 Leestijd 3 minuten")
_READING_TIME = re.compile(
    r"^\s*(?:(?:[Dd]oor\s+)?[A-Z][\w'.-]+(?:\s+(?:van|de|der|den|ter|te|[A-Z][\w'.-]+)){0,4}"
    r"\s*[|\u00b7,-]?\s+)?"
    + _WEEKDAY + r"(?P<d>" + _DAY + r")" + _TIME + r"\s*[|\u00b7\u2022-]?\s*" + _READING + r"\s*$"
)
# a post's stamp with its update after it: "12 maart 2024 om 14:05 - Bijgewerkt 13 maart 2024 om 09:00"
_STAMP_THEN_UPDATE = re.compile(
    r"^\s*" + _WEEKDAY + r"(?P<d>" + _DAY + r")" + _TIME + r"\s*[-\u2013|\u00b7,]?\s*\(?"
    r"(?i:bijgewerkt|gewijzigd|laatst gewijzigd|aangepast|update)\b[^\n]{0,60}$"
)
_DAY_PLACE_DATELINE = re.compile(
    r"^\s*(?P<d>" + _DAY + r")\s+[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}\s+[-\u2013\u2014]\s+(?=\S)"
    r"|^[ \t]*[A-Z][\w'.-]+(?:[ -][A-Z][\w'.-]+){0,2}(?:,|[ \t]+[-\u2013\u2014])[ \t]+"
    r"(?P<n>\d{1,2}-\d{1,2}-\d{4})[ \t]*[-\u2013\u2014][ \t]+(?=\S)"
)
# a motion's or proposal's outcome stamped with the day of the vote: "Status: Aangenomen op 12 maart 2024",
# "Besluit: aangenomen (12-03-2024)"; the council's meeting as a short heading: "Gemeenteraad d.d. 12 maart
# 2024", "Agendapunt 5, raad 12 maart 2024"
_OUTCOME_OR_MEETING = re.compile(
    r"(?i)^\s*(?:(?:(?:status|besluit|uitslag|resultaat)\s*:\s*)?(?:aangenomen|verworpen|ingetrokken|aangehouden"
    r"|vastgesteld)\s*(?:op|d\.d\.)?|(?:agendapunt\s+[\w.]+,?\s+)?(?:gemeente)?raad\s*(?:d\.d\.|:)?)\s*"
    + _WEEKDAY + r"\(?(?P<d>" + _DAY + r")\)?\.?\s*$"
)
_ADOPTED_IN = re.compile(
    r"(?:^|\s)Vastgesteld\s+(?:door|in)\s+(?:de|het)\s+[^.\n]{3,60}?\s+(?:op|d\.d\.)\s+(?P<d>" + _DAY + r")\b"
)

_FLAT_PLACE_DAY = re.compile(
    r"(?<![\w,])(?<!\bvan )(?<!\bop )[A-Z][a-z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2},"
    r"\s+(?P<d>\d{1,2}\s+[a-z]{3,9}\s+\d{4})\b"
)
FLAT_HEAD = 200  # a head line this long is a flattened PDF's page
_COUNCIL_MET = re.compile(
    r"(?i)\b(?:gemeente)?raad\s+(?:heeft\s+)?op\s+" + _WEEKDAY + r"(?P<d>\d{1,2}\s+[a-z]{3,9}\s+\d{4})\s+"
    r"(?:over\s+)?(?:heeft\s+)?(?:vergaderd|vergaderde)\b"
    r"|\bop\s+" + _WEEKDAY + r"(?P<e>\d{1,2}\s+[a-z]{3,9}\s+\d{4})\s+vergaderde\s+de\s+(?:gemeente)?raad\b"
)


def flat_place_day(line: str) -> str | None:
    """The place-and-day early in a flattened PDF's one-line head."""
    m = _FLAT_PLACE_DAY.search(line, 0, 300) if len(line) >= FLAT_HEAD else None
    return m.group("d") if m else None


def council_met(sentence: str) -> str | None:
    """The day of the council meeting that a news page's opening sentence says it reports."""
    m = _COUNCIL_MET.search(sentence) if "vergader" in sentence else None
    return (m.group("d") or m.group("e")) if m else None


def page_stamp(line: str) -> str | None:
    """The day as written in a page's labelled stamp, a byline or a dateline that opens ``line``."""
    m = (_LABELLED.match(line) or _BYLINE_DASH.match(line) or _DAY_PLACE_DATELINE.match(line)
         or _STAMP_THEN_UPDATE.match(line) or _OUTCOME_OR_MEETING.match(line))
    return (m.group("d") or m.group("n")) if m else None


def reading_time_stamp(line: str) -> str | None:
    """The day of a post's stamp that gives its reading time."""
    m = _READING_TIME.match(line) if "le" in line.lower() else None
    return m.group("d") if m else None


def adoption_stamp(line: str) -> str | None:
    """The day a plan's or regulation's title block says it was adopted, by whichever body."""
    m = _ADOPTED_IN.search(line) if "Vastgesteld" in line else None
    return m.group("d") if m else None


__all__ = ["adoption_stamp", "council_met", "flat_place_day", "page_stamp", "reading_time_stamp"]
