"""The date of a document: a meeting or adoption date, a place-and-date line, a date field."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..facts import DocumentKind
from .dates import MONTHS, find_dates
from .datestamps import adoption_stamp, council_met, flat_place_day, page_stamp, reading_time_stamp
from .layout import (
    _ADOPTED_ON,
    _DATE_FIELDS,
    _MEETING_DATE,
    _PLACE_DATE,
    Line,
    _fields,
    _head,
    below_viewer,
    inline_field,
)


def _is_date_line(text: str) -> bool:
    matches = find_dates(text)
    return len(matches) == 1 and matches[0].span.text.strip() == text.strip()


def _place_date(text: str) -> tuple[date | None, str | None] | None:
    m = _PLACE_DATE.match(text.rstrip().removesuffix("."))  # "Roermond, 21 juli 2015."
    if not m:
        return None
    when = m.group("date")
    if not _is_date_line(when):
        # a meeting's place, date, venue and hours: "Heel, 11 mei 2011, Dorpshuis, 19.30 uur - 20.30 uur"
        when, _, rest = when.partition(",")
        if not (_is_date_line(when) and _HOURS.search(rest) and len(rest.split()) <= 10):
            return None
    (found,) = find_dates(when)
    return (found.date, None) if found.date else (None, found.text_value)


_DATE_COLUMN = re.compile(r"\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,2}-\d{1,2}-\d{4})+")
_BIJEEN_AT_END = re.compile(r"(?i)\bbij\s?een\s*$")
_HOURS = re.compile(r"\b\d{1,2}[.:]\d{2}(?:\s*uur)?\b|\buur\b")


def _date(lines: list[Line], kind: DocumentKind) -> tuple[date | None, str | None]:
    """The document's own date; below a document viewer's notice, the document it shows is read (the
    viewer's label and counters above it take the head's first lines)."""
    shown = below_viewer(lines)
    found = _own_date(shown, kind)
    if found == (None, None) and len(shown) < len(lines):
        return _own_date(lines, kind)  # the viewer's label may name the file with its date
    return found


def _own_date(lines: list[Line], kind: DocumentKind) -> tuple[date | None, str | None]:
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
    if (signed := _register_signing_date(lines)) is not None:
        return signed, None
    partial: tuple[date | None, str | None] | None = None
    for line in head[:15]:  # an annex dated by the council's decision it belongs to, atop it
        if "raadsbesluit" in line.text and (m := _BELONGS_TO_DECISION.search(line.text, 0, 600)) and (
                found := _date_value(m.group("d")))[0] is not None:
            return found
    # a plan or regulation adopted by the council: "Vastgesteld door de gemeenteraad op 12 december 2023"
    if kind in {"beleidsplan", "regiovisie", "regeling"}:
        for line in head[:15]:
            m = _ADOPTED_BY.search(line.text)
            if m and _is_date_line(m.group("d")):
                return _date_value(m.group("d"))
        for line in head[:15]:  # its title block: "... Vastgesteld in het Bestuurlijk Overleg op 3 mei 2013"
            if (adopted := adoption_stamp(line.text)) and (found := _date_value(adopted))[0] is not None:
                return found

        if kind == "regeling":  # else the day the gazette published it, as its masthead prints it
            for line in head[:15]:
                if "uitgave" in line.text and (m := _GAZETTE_ISSUE.search(line.text, 0, 400)) and (
                        found := _date_value(m.group("d")))[0] is not None:
                    return found
    if head and (inline := inline_field(head[0], ("Datum", "Raadsvergadering", "Datum vergadering"))):
        found = _date_value(inline[0])  # the one-line head of a flattened PDF
        if found[0] is not None:
            return found
    if head and len(head[0].text) >= 200 and (label := _FLAT_DATE_LABEL.search(head[0].text, 0, 1500)):
        found = _date_value(label.group("d"))  # the label lost its colon with the PDF's table cell
        if found[0] is not None:
            return found
    if head and (placed_day := flat_place_day(head[0].text)) and (found := _date_value(placed_day))[0]:
        return found
    # "De gemeenteraad van X, in vergadering bijeen op 12 maart 2025,", "B&W-vergadering 19 januari 2021"
    if kind == "collegebesluit":  # the day of the decision on the college's proposal form
        for line in head[:15]:
            if "d.d." in line.text and (m := _COLLEGE_DECIDED.search(line.text)) and (
                    found := _date_value(m.group("d")))[0] is not None:
                return found
    if kind == "collegebesluit":  # a decision list's heading with its date: "Besluitenlijst 31 oktober 2023"
        for line in head[:3]:
            m = _HEADING_MEETING.search(line.text) if len(line.stripped.split()) <= 12 else None
            if m and (found := _date_value(m.group("d") or m.group("n")))[0] is not None:
                return found
    if kind in {"motie", "amendement", "collegebesluit"}:
        for position, line in enumerate(head[:15]):
            m = _MEETING_DATE.search(line.text)
            if _BIJEEN_AT_END.search(line.text) and position + 1 < len(head):
                # the formula broken over two lines: "in vergadering bijeen" over "op 20 februari 2018"
                m = _MEETING_DATE.search(f"{line.text} {head[position + 1].stripped}")
            if m and _is_date_line(meeting := _first_day(m.group("d"))):
                found = _date_value(meeting)
                if found[0] is not None:
                    return found
                partial = partial or found  # "Vergadering 4 juli": a later line may give the year
        completed = _with_year(partial[1], head[:15]) if partial is not None and partial[1] else None
        if completed is not None:
            return completed, None
    if kind in {"nieuwsbericht", "document"}:
        # a post's stamp with its time ("donderdag 12 maart 2015 20:53") dates the page, before a meeting
        # that a heading or category above it names
        for line in head[:8]:
            if ":" in line.text and _TIME.search(line.text) and (stamp := dateline_date(line.stripped)):
                return stamp, None
            if (read := reading_time_stamp(line.text)) and (stamp := _date_value(read)[0]):
                return stamp, None  # "18 april 2025 1 minuten lezen", under the site's own day
    above = len(_above_prose(head[:8]))
    # a line that heads each item of a list ("Raadsvergadering 1 november 2018" over every motion) dates the
    # items, not the list
    each_item = {text for text, count in Counter(line.stripped for line in head).items() if count >= 3}
    for position, line in enumerate(head):
        if line.stripped in each_item:
            continue
        dated = dateline_date(line.stripped) if position < above else None
        if dated is None and position < 8 and (opening := _NEWS_DATELINE.match(line.text)):
            dated = _date_value(opening.group("d"))[0]
        if dated is None and position < 8 and (stamped := page_stamp(line.text)):
            dated = _date_value(stamped)[0]
        if dated is None and position < 8 and (byline := _BYLINE_ON.match(line.text) or _NAME_AND_DATE.match(
                line.text)):
            dated = _date_value(byline.group("d"))[0]
        if dated is None and position == 0 and (stored := _STORED_DATE.match(line.text)):
            dated = date(int(stored.group("y")), int(stored.group("m")), int(stored.group("d")))
        if dated is None and position < 5 and kind in {"nieuwsbericht", "document"} and (
                headline := DATED_HEADLINE.match(line.text)):
            dated = _date_value(headline.group("d"))[0]
        if dated is None and position < 8 and len(line.stripped.split()) <= 15:
            # a byline with the date as one of its cells: "Door Redactie | 12 maart 2024, 14:05"
            cells = _CELL_SEPARATOR.split(line.stripped)
            dated = next((d for cell in cells[1:] + cells[:1] if len(cells) > 1
                          and (d := dateline_date(cell)) is not None), None)
            # a label and the date after a dash: "Nieuws - 12 maart 2024" (a date before it opens a title)
            labelled = _LABEL_DASH.split(line.stripped) if dated is None else []
            dated = dateline_date(labelled[1]) if len(labelled) == 2 else dated
            # also with a category after it, the label a word or two: "Nieuws - 12 maart 2024 - Jeugd"
            if dated is None and len(labelled) == 3 and len(labelled[0].split()) <= 2:
                dated = dateline_date(labelled[1])
            # a news page's kind word before its day: "Nieuwsbericht 12 maart 2024", "Persbericht 3-4-2024"
            if dated is None and (kind_dated := _KIND_WORD_DATE.match(line.stripped)):
                dated = dateline_date(kind_dated.group("d"))
        if dated is not None:
            return dated, None
        placed = _place_date(line.text)
        if placed is not None:
            if placed[0] is not None:
                return placed
            partial = partial or placed
        for name, value, _ in _fields(line):
            if name in _DATE_FIELDS and not value and position + 1 < len(head) and len(
                    head[position + 1].stripped.split()) <= 8:
                value = head[position + 1].stripped  # "Publicatiedatum:" with the date on the next line
            # (a field of several dates is a table's column: "Datum 06-03-2013 11-03-2013", a version history)
            if name in _DATE_FIELDS and value and not _DATE_COLUMN.fullmatch(value):
                found = _date_value(value)
                if found[0] is not None:
                    return found
                partial = partial or (found if found[1] else None)
    for line in _above_prose(head[:12]):
        if _is_date_line(line.stripped):
            found = _date_value(line.stripped)
            if found[0] is not None:
                return found
            partial = partial or found
    # minutes or a report dated by the meeting its heading or its opening sentence names
    for position, line in enumerate(head[:6]):
        words = len(line.stripped.split())
        m = _HEADING_MEETING.search(line.text) if words <= (20 if position < 3 else 12) else None
        m = None if line.stripped in each_item else m
        if m and (found := _date_value(m.group("d") or m.group("n")))[0] is not None:
            return found
    for line in head[:3]:  # "Terugblik op de raadsvergadering van donderdag 11 november": its year below
        if (m := _HEADING_MEETING_DAY.search(line.text)) and len(line.stripped.split()) <= 20:
            if (completed := _with_year(m.group("d"), head[:15])) is not None:
                return completed, None
            partial = partial or (None, " ".join(m.group("d").split()))  # the day as written, no year
    for line in head[:20]:
        if (dated_meeting := _DATED_MEETING.match(line.stripped)) and (
                found := _date_value(dated_meeting.group("d")))[0]:
            return found
    for line in head[:12]:  # a convocation that states no date of its own: the meeting it convenes
        if "uit" in line.text and (invited := _INVITATION.search(line.text, 0, 2000)) and (
                found := _date_value(invited.group("d")))[0] is not None:
            return found
    if kind in {"nieuwsbericht", "document"} and head:
        first_prose = next((line for line in head if len(line.stripped.split()) >= 12), None)
        opening = _OPENING_MEETING.match(first_prose.text) if first_prose is not None else None
        if opening is None and first_prose is not None and (event := _OPENING_EVENT.match(first_prose.text)):
            opening = event if _no_later_day(lines, first_prose, event.group("d")) else None
        if opening and (found := _date_value(opening.group("d")))[0] is not None:
            return found
        met = council_met(first_prose.text) if first_prose is not None else None
        if met and (found := _date_value(met))[0] is not None:
            return found
    for line in head[:12]:  # a flattened letter: the date between its address and its salutation
        if "eacht" in line.text and (letter := _BEFORE_SALUTATION.search(line.text, 0, 3000)) and (
                found := _date_value(letter.group("d")))[0] is not None:
            return found
    # a report's title block with its date: "Titel. 23 april 2012, Eindrapport"
    if head and len(head[0].stripped.split()) <= 40 and len(
            block := _TITLE_BLOCK_DATE.findall(head[0].text)) == 1:
        found = _date_value(block[0])
        if found[0] is not None:
            return found
    # a date field after another on one line, or a table's cells: "E-mailadres: x@y.nl Datum: 24 maart 2020"
    days = {day for line in head[:15] if "atum" in line.text for m in _INLINE_DATE.finditer(line.text)
            if (day := _date_value(m.group("d"))[0]) is not None}
    if len(days) == 1:
        return days.pop(), None
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


def _above_prose(head: list[Line]) -> list[Line]:
    """The head's lines above its first paragraph of prose: a date alone on a line below the text is a
    feed's or a list's (a tweet under a post), not the document's own."""
    first = next((i for i, line in enumerate(head) if len(line.stripped.split()) >= 25
                  and line.stripped.rstrip("\"'\u201d\u2019)")[-1:] in ".!?"), len(head))
    return head[:first]


# "Besluit B&W d.d. 12 juni 2017" on the college's proposal form
_COLLEGE_DECIDED = re.compile(
    r"(?i)\bbesluit (?:b\s*&\s*w|burgemeester en wethouders|van het college) d\.d\.\s*"
    r"(?P<d>\d{1,2}\s+[a-z]{3,9}\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})\b"
)
_INLINE_DATE = re.compile(
    r"(?<![\w-])(?:Datum|DATUM)(?:\s*:\s*|\t+)(?P<d>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})\b"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_DAY_AND_MONTH = re.compile(r"^(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\.?$")


def _with_year(day_and_month: str, head: list[Line]) -> date | None:
    """The full date of a meeting named without its year ("bijeen op 6 november"), where the motion's
    head gives that day with its year ("Voerendaal 6 november 2014"); a post's other date is no meeting's."""
    m = _DAY_AND_MONTH.match(day_and_month.strip().lower())
    month = MONTHS.get(m.group("month")) if m else None
    if m is None or month is None:
        return None
    days = {found.date for line in head if any(c.isdigit() for c in line.text)
            for found in find_dates(line.text)
            if found.date is not None and (found.date.day, found.date.month) == (int(m.group("day")), month)}
    return days.pop() if len(days) == 1 else None
# the last full date before a salutation on one line: "Aan de leden van de raad 23 oktober 2013 Geachte"
_BEFORE_SALUTATION = re.compile(
    r"(?<!\bvan )(?<!\bop )(?<!\bper )(?<!\bsinds )(?P<d>\b\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})\b"
    r"(?:(?!\b\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\b)[^\n]){0,400}?\b[Gg]eachte\b"
)
# a date standing as a part of a title block, after a stop or at its start and before a comma or the end
_TITLE_BLOCK_DATE = re.compile(r"(?:^\s*|[.,]\s+)(\d{1,2}\s+[a-z]{3,9}\s+\d{4})(?=\s*(?:,|$))",
                               re.IGNORECASE)
_FLAT_DATE_LABEL = re.compile(
    r"\b(?:Datum|DATUM)\s+(?P<d>\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})\b"
)
_DAY_MONTH_YEAR = (
    r"(?P<d>(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
)
# "VERSLAG VAN DE RAADSSESSIE ... OP DONDERDAG 24 JANUARI 2013", "Besluitenlijst vergadering 3 maart 2022"
# also "Commissie Samenleving 9 september 2020", "Besluitenlijst 13 december 2022", "Vergadering
# burgemeester en wethouders Oosterhout, 10 mei 2022", "Raadsvergadering 19-09-2017"
_HEADING_MEETING = re.compile(
    r"(?i)(?:\b(?:\w*vergadering|\w*avond|\w*bijeenkomst|raadssessie|sessie|commissie|besluitenlijst"
    # the council's decisions of a meeting: "Besluiten van de gemeenteraad op 3 juli 2018"
    r"|besluiten\s+van\s+de\s+(?:gemeente)?raad"
    r"|(?:raads|college)besluiten"
    r"|(?:informatieve|besluitvormende|oordeelsvormende|beeldvormende)\s+raad)\b"
    r"[^\n.]{0,80}?(?:\b(?:op|van|d\.d\.)\s+|,?\s)"
    # the council's meeting is named "de raad van <date>" ("de raad op <date>" tells what it did then)
    r"|\b(?:gemeente)?raad(?:splein|s?zaal)?\b[^\n.]{0,80}?\bvan\s+)"
    r"(?:" + _DAY_MONTH_YEAR + r"|(?P<n>\d{1,2}-\d{1,2}-\d{4}))\b"
)
# the same heading with the day and month only: "Terugblik op de raadsvergadering van donderdag 11 november"
_HEADING_MEETING_DAY = re.compile(
    r"(?i)\b(?:\w*vergadering|raadssessie|(?:gemeente)?raad)\s+(?:op|van)\s+"
    r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?(?P<d>\d{1,2}\s+[a-z]{3,9})\s*$"
)
# a report that opens with the meeting it is about: "Tijdens de gemeenteraad van 16 oktober 2019 ..."
_OPENING_MEETING = re.compile(
    r"(?i)^\s*(?:tijdens|in|op)\s+de\s+(?:raadsvergadering|gemeenteraad|raad|vergadering|commissievergadering)"
    r"\s+van\s+" + _DAY_MONTH_YEAR + r"\b"
)
# "Hierbij nodig ik u uit voor de vergadering van het algemeen bestuur op donderdag 28 september 2017"
_INVITATION = re.compile(
    r"(?i)\bnodig(?:en)?\s+(?:ik|wij|we)\s+u\s+(?:graag\s+|hierbij\s+)?uit\s+(?:voor|tot)\s+[^.\n]{0,80}?"
    r"\bvergadering\b[^.\n]{0,80}?\bop\s+" + _DAY_MONTH_YEAR
)
# a meeting named after its date: "12-11-2020, Raadsvergadering", "Kies een vergadering: 25-09-2025, Raad"
_DATED_MEETING = re.compile(
    r"(?i)^(?:[^:\n]{0,30}:\s*)?(?P<d>\d{1,2}-\d{1,2}-\d{4}),\s*(?:\w*vergadering|raad|commissie\w*)\s*$"
)
# a report that opens with the day of what it tells: "Op donderdag 19 mei 2016 heeft de gemeenteraad ..."
_OPENING_EVENT = re.compile(
    r"(?i)^\s*op\s+" + _DAY_MONTH_YEAR + r"\s+(?:heeft|hebben|nam|namen|stemde|stemden|besloot|besloten"
    r"|sprak|spraken|vergaderde|vergaderden|stelde|stelden|diende|dienden)\b"
)


def _no_later_day(lines: list[Line], opening: Line, day: str) -> bool:
    """Whether the text after its opening sentence names no other day: a report that goes on to "Op 15
    januari ontvingen wij ..." tells of later events, so its opening is background, not its date."""
    first = _date_value(day)[0]
    rest = "\n".join(line.text for line in lines if line.begin > opening.begin)
    return all(m.date in (None, first) and m.kind != "partial" for m in find_dates(rest)
               if m.kind in {"date", "partial"})


_KIND_WORD_DATE = re.compile(r"(?i)^(?:nieuwsbericht|persbericht|nieuws)\s*:?\s+(?P<d>\d[^\n]{5,40})$")
# (also a wide gap between a label and the day: "NIEUWS   12-09-2021")
_CELL_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+|[ \t]{3,}|\t")
_LABEL_DASH = re.compile(r"\s+[\u2013-]\s+")
# a meeting over two days: "op 2 en 3 juli 2008" is dated by its first day
_TWO_DAYS = re.compile(
    r"^\s*(?P<first>\d{1,2})\s+en\s+\d{1,2}\s+(?P<rest>[a-z]{3,9}\.?\s+\d{4})\s*$", re.IGNORECASE
)


def _first_day(value: str) -> str:
    m = _TWO_DAYS.match(value)
    return f"{m.group('first')} {m.group('rest')}" if m else value


def _date_value(value: str) -> tuple[date | None, str | None]:
    matches = [m for m in find_dates(value) if m.kind in {"date", "partial", "deadline", "effective"}]
    if not matches:
        return None, None
    first = matches[0]
    return (first.date, None) if first.date else (None, first.text_value)



_DATELINE = re.compile(
    r"(?i)^(?:(?:posted|published|geplaatst|gepubliceerd)\s+(?:on|op)\s+)?"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+)?"
    r"(?P<d>\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\b[,\s]*"
    r"(?:(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?[\s,]*"
    r"(?:(?:by|door)\s+\S+(?:\s+\S+)?\s*$)?(?P<rest>.*)$"
)
# a headline that opens with its date: "12 maart 2024 - Raad kritisch over jeugdzorg"
DATED_HEADLINE = re.compile(
    r"^\s*(?P<d>\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})(?:\s+[-\u2013|]|:)\s+(?=\S)",
    re.IGNORECASE,
)

# a news dateline that opens the first paragraph: "Ermelo, 12 maart 2015 – De gemeenteraad ..."
# also with the weekday ("Ede, dinsdag 12 maart 2024 -"), and the place and the day each before a dash
# ("EDE - Dinsdag 12 maart 2024 - De raad ...")
_WEEKDAY = r"(?:(?i:maan|dins|woens|donder|vrij|zater|zon)dag,?[ \t]+)?"
_NEWS_DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w'.-]+(?:[ -][A-Z][\w'.-]+){0,2}(?:,|[ \t]+[-\u2013\u2014])[ \t]+" + _WEEKDAY
    + r"(?P<d>\d{1,2}[ \t]+[a-z]{3,9}\.?[ \t]+\d{4})"
    r"(?:[ \t]*[-\u2013\u2014][ \t]|\.[ \t]+(?=[A-Z]))"
)
# a byline with the day it was posted: "Door Els Bos op 16 november 2014", also with its time ("om 19:00")
_BYLINE_ON = re.compile(
    r"^\s*(?:(?:[Gg]eschreven|[Gg]eplaatst|[Gg]epost)\s+door|[Dd]oor)\s+(?:[A-Z][^\n]{0,60}?\s+)?op\s+(?P<d>\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
    r"(?:,?\s+(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?\s*$"
)
# an author's byline as a name and the day: "Els de Bos 23.01.2022", "Jan Smit | 3 maart 2024"
_NAME_AND_DATE = re.compile(
    # (a version's label is no name: "Versie Concept 12 april 2019", "Status Definitief 3 mei 2020")
    r"^\s*(?:[Dd]oor\s+)?(?!(?:Versie|Concept|Status|Definitief|Vastgesteld|Datum)\b)[A-Z][a-z\u00e0-\u00ff]+(?:\s+(?:van|de|der|den|ter|te)){0,3}(?:\s+[A-Z][\w\u00e0-\u00ff'-]+){1,2}"
    r"\s*[|\u00b7,-]?\s*(?P<d>\d{1,2}[.-]\d{1,2}[.-]\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
    # its time and the note of an update after it: "17-10-2016, 9:37 (Update 17-10-2016, 9:37)"
    r"(?:,?\s+(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?(?:\s*\((?i:update|bijgewerkt|gewijzigd)\b[^()]*\))?\s*$"
)
# a stored page opens with the day it was published: " date 2025-11-13 ..."
_STORED_DATE = re.compile(r"^\s*date (?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# the table of a regulation in the official register (lokaleregelgeving.overheid.nl), flattened: its
# headings first, then the values, the dates of effect glued to "Betreft", then the signing date
_REGISTER_HEADINGS = ("datum inwerkingtreding", "datum ondertekening", "kenmerk voorstel")
_GLUED_DATES = re.compile(r"^\d{2}-\d{2}-\d{4}")


def _register_signing_date(lines: list[Line]) -> date | None:
    """The signing date ("Datum ondertekening") of a regulation's page in the official register."""
    stripped = [line.stripped.lower() for line in lines if not line.blank]
    if not all(heading in stripped for heading in _REGISTER_HEADINGS):
        return None
    begin, signed, end = (stripped.index(heading) for heading in _REGISTER_HEADINGS)
    if not begin < signed < end <= len(stripped) - 3 or end - begin > 8:
        return None
    effect, signing = [line for line in lines if not line.blank][end + 1:end + 3]
    if not _GLUED_DATES.match(effect.stripped) or not _is_date_line(signing.stripped):
        return None
    return _date_value(signing.stripped)[0]


#: The gazette's masthead with its issue and day: "Officiële uitgave van X. Nr. 1234 21 december 2018".
_GAZETTE_ISSUE = re.compile(
    r"(?i)\boffici[e\u00eb]le uitgave van [^.\n]{2,60}\.?\s+nr\.?\s*(?:[\w-]*\d[\w-]*\s+)?"
    r"(?P<d>\d{1,2}\s+[a-z]{3,9}\s+\d{4})\b"
)
_ADOPTED_BY = re.compile(
    r"(?i)^\s*(?:vastgesteld|aangenomen)\s+(?:door\s+(?:de\s+)?(?:gemeente)?raad\s+)?(?:op|d\.d\.)\s+(?P<d>.+?)\.?\s*$"
)
# the council's decision a plan belongs to, atop it: "Behoort bij raadsbesluit d.d. 27 februari 2014"
_BELONGS_TO_DECISION = re.compile(
    r"(?i)\b(?:behoort|behorend|hoort)\s+bij\s+(?:het\s+)?raadsbesluit\s+(?:d\.d\.|van)\s+"
    r"(?P<d>\d{1,2}\s+[a-z]{3,9}\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})\b"
)
# the byline of a page built on an English template: "February 2, 2023 at 11:47 PM"
_ENGLISH_DATELINE = re.compile(
    r"(?i)^(?P<d>[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4})\s*(?:at\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?\s*$"
)


# a page that sets the day and the month apart, read as one word: "23apr 2015"
_GLUED_DAY = re.compile(r"^(\d{1,2})([a-z]{3,9}\.?\s+\d{4})\b")
# an image's name or caption glued to the weekday of a date line: "IMG_0042maandag 3 maart 2025 10:12"
_GLUED_WEEKDAY = re.compile(r"^[^\n]{0,80}?\S(?=(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+\d)")


def dateline_date(line: str) -> date | None:
    """The date of a news or party page's date line: ``woensdag 24 april 2024 10:37``,
    ``vr 5 nov 2021, 09:44 Actueel`` (a weekday, a time and a section name may surround it),
    ``February 2, 2023 at 11:47PM``."""
    line = _GLUED_WEEKDAY.sub("", _GLUED_DAY.sub(r"\1 \2", line.strip()))
    english = _ENGLISH_DATELINE.match(line)
    if english:
        return _date_value(english.group("d"))[0]
    m = _DATELINE.match(line.strip())
    if m and len(m.group("rest").split()) <= 2:
        return _date_value(m.group("d"))[0]
    if _is_date_line(line) and (found := _date_value(line.strip())[0]) is not None:
        return found  # a numeric date ("12-03-2024") alone, as in a byline's cell
    return None
