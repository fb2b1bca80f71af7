"""Decision lists flattened to running text (a PDF or a web page without line breaks): numbered points after
a header on one line (``Voorgesteld besluit: 1. ... 2. ...``), verdicts after ``Besluit:`` with the body that
decides, and agenda items each closed by their verdict (``4. Vaststelling X Besluit Aangenomen 5. ...``); a
proposal's page that asks its decision in a sentence of prose (``De raad wordt voorgesteld om ... te ...``).
Used by ``resolutions``."""

from __future__ import annotations

import re

from ..facts import Decision, Span
from . import dates
from .structure import in_turn, sentences

# a besluitenlijst flattened to running text records each verdict after "Besluit:" with the body that decides
# as its subject: "... de raad. Besluit: Het college besluit de subsidie te verlenen. Toelichting: ..."
_INLINE_VERDICT = re.compile(
    r"\b[Bb]esluit[ \t]*:[ \t]+(?P<d>(?:[Hh]et[ \t]+college|[Dd]e[ \t]+(?:gemeente)?raad|B[ \t]*&[ \t]*W"
    r"|[Bb]urgemeester[ \t]+en[ \t]+wethouders)[ \t]+(?:besluit|besluiten|stemt[ \t]+in|stemmen[ \t]+in"
    r"|gaat[ \t]+akkoord|gaan[ \t]+akkoord|neemt[ \t]+kennis|stelt|stellen)\b[^\n]{3,300}?[.;])(?=\s|$)"
)


def inline_verdicts(text: str) -> list[Decision]:
    """Each verdict of a flattened besluitenlijst (``Besluit: Het college besluit ... .``), in turn."""
    found: list[Decision] = []
    for m in _INLINE_VERDICT.finditer(text):
        if m.start() == 0 or text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() == "":
            continue  # a verdict that opens its line is the minutes' own (recorded_verdicts)
        span = Span.trimmed_of(text, m.start("d"), m.end("d"))
        found.append(Decision(number=len(found) + 1, span=span, deadline=dates.deadline_of(span.text)))
    return found


_INLINE_HEADER = re.compile(
    r"(?i)\b(?:voorgesteld\s+(?:raads)?besluit|beslispunten|besluit(?:en)?"
    # a proposal's form: "Ter besluitvorming door het college 1. ..."
    r"|ter\s+besluitvorming(?:\s+(?:door|aan)\s+(?:het\s+college|de\s+(?:gemeente)?raad|B\s*&\s*W))?)"
    r"\s*:?\s+(?=1[.)]\s)"
)
_INLINE_ITEM = re.compile(r"(?:^|\s)(?P<n>\d{1,2})[.)]\s+")
# the last point's infinitive that closes its sentence, before the next field of a flattened form
_POINT_CLOSED = re.compile(r"\bte\s+[a-z]{3,}en\s*\.+(?=\s+[A-Z])")
_INLINE_END = re.compile(
    r"\s(?:Inleiding|Aanleiding|Argumenten|Toelichting|Samenvatting|Beoogd effect|Kanttekeningen"
    r"|Financi\w+)\b"
)


def inline_numbered(text: str) -> list[Decision]:
    """Numbered decisions written on one line of a flattened PDF: ``Voorgesteld besluit: 1. De
    Regiovisie ... vast te stellen. 2. Het college ...``."""
    header = _INLINE_HEADER.search(text, 0, 3000)
    if header is None:
        return []
    line_end = text.find("\n", header.end())
    line_end = len(text) if line_end < 0 else line_end
    stop = _INLINE_END.search(text, header.end(), line_end)
    end = stop.start() if stop else line_end
    found: list[Decision] = []
    items = in_turn(_INLINE_ITEM.finditer(text, header.end() - 1, end))
    for index, m in enumerate(items):
        item_end = items[index + 1].start() if index + 1 < len(items) else end
        if index + 1 == len(items) and (closed := _POINT_CLOSED.search(text, m.end(), item_end)):
            item_end = closed.end()  # the form's next field after the last point: "... te stellen. Afdeling"
        span = Span.trimmed_of(text, m.end(), item_end)
        if len(span.text.split()) >= 3:
            found.append(Decision(number=int(m.group("n")), span=span, deadline=dates.deadline_of(span.text)))
    return found


# an agenda flattened to one line, each item closed by its verdict: "4. Aanpassing X Besluit Aangenomen 5."
_AGENDA_VERDICT = re.compile(
    r"(?:^|(?<=\s))(?P<n>\d{1,2})\.[ \t]+(?P<item>(?:(?![ \t]\d{1,2}\.[ \t])[^\n]){3,200}?)"
    r"[ \t]+[Bb]esluit[ \t]*:?[ \t]+(?:(?:[Gg]ewijzigd|[Oo]ngewijzigd|[Uu]naniem)[ \t]+)?"
    r"(?:[Aa]angenomen|[Vv]astgesteld|[Aa]kkoord|[Ii]ngestemd|[Gg]oedgekeurd"
    r"|[Cc]onform(?:[ \t]+(?:advies|voorstel))?)\b"
)


def agenda_verdicts(text: str) -> list[Decision]:
    """Each agenda item of a flattened list with the verdict that closes it, numbered as the agenda."""
    found: list[Decision] = []
    for m in _AGENDA_VERDICT.finditer(text):
        span = Span.trimmed_of(text, m.start("item"), m.end())
        found.append(Decision(number=int(m.group("n")), span=span, deadline=dates.deadline_of(span.text)))
    return found



# a proposal's page that tells what the council is asked to decide in a sentence of prose: "De gemeenteraad
# wordt nu voorgesteld om de conclusies over te nemen en het college op te dragen ...", "Het college stelt de
# raad voor om de verordening vast te stellen."
_PROPOSED_IN_PROSE = re.compile(
    r"(?i)\b(?:(?:de\s+(?:gemeente)?raad|uw\s+raad|u)\s+wordt\s+(?:nu\s+|daarom\s+|hierbij\s+)?voorgesteld"
    r"|stel(?:t|len)\s+(?:wij\s+|we\s+|het\s+college\s+)?(?:u|uw\s+raad|de\s+(?:gemeente)?raad)\s+"
    r"(?:daarom\s+|hierbij\s+)?voor)\s+(?:om|te\s+besluiten(?:\s+om)?)\s+(?=[^.;:\n]{0,300}?\bte\s+[a-z]{3,})"
)


def proposed_in_prose(text: str) -> list[Decision]:
    """The decision a proposal asks in its first sentence of prose that proposes it (point 1)."""
    m = _PROPOSED_IN_PROSE.search(text)
    if m is None:
        return []
    end = next((s.end for s in sentences(text) if s.begin <= m.start() < s.end), len(text))
    span = Span.trimmed_of(text, m.end(), end)
    return [Decision(number=1, span=span, deadline=dates.deadline_of(span.text))]


__all__ = ["agenda_verdicts", "inline_numbered", "inline_verdicts", "proposed_in_prose"]
