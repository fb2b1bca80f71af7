"""Measures by the section of the document that holds them.

Under a heading that names the actions (``Aanpak``, ``Maatregelen``, ``Acties``, ``Wat gaan we doen?``),
each listed point or each line that opens with an action verb (``Samenvoegen segmenten 1 en 5``) is a
measure. A budget programme states the college's planned activities in the table column ``Wat gaan we
daarvoor doen?``: there, each row that opens with "we" and its verb (``We bieden ondersteuning aan ...``)
is a measure, until the part that says what it costs. Used by ``measures``.
"""

from __future__ import annotations

import re

from ..facts import Span
from .measureacts import BODY
from .structure import ITEM_MARKER, is_heading, lines, list_at, paragraphs

_ACTION_SECTION = re.compile(
    r"^(?:(?:onze|de)\s+)?(?:aanpak|maatregelen|acties|actiepunten)$"
    r"|^wat\s+(?:gaan\s+(?:we|wij)|gaat\s+(?:de\s+gemeente|het\s+college))(?:\s+\w+){0,2}\s+doen\s*\??$"
    r"|^wat\s+doen\s+(?:we|wij)\s*\??$",
    re.I,
)
_VERB_NOUN_EXCEPTIONS = frozenset({
    "gemeenten", "kinderen", "jongeren", "jeugdigen", "kosten", "middelen", "problemen", "wachtlijsten",
    "wachttijden", "aanbieders", "partners", "ouders", "scholen", "teams", "regio's", "uitgaven",
    "opgaven", "behoeften", "wensen", "grenzen", "gezinnen", "instellingen", "organisaties",
})


def _is_action_verb(word: str) -> bool:
    """A capitalised infinitive that opens a slide bullet (``Samenvoegen``, ``Aanscherpen``)."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and len(word) >= 6
        and lower.endswith("en")
        and not lower.endswith(("ingen", "heden", "schappen"))
        and lower not in _VERB_NOUN_EXCEPTIONS
        and word[1:].islower()
    )


# the column of a budget programme that lists the college's activities ("Wat gaan we daarvoor doen?",
# "Wat doen we ervoor?"), and the part after it
_PLANNED_COLUMN = re.compile(
    r"(?i)^[ \t]*wat\s+(?:gaan\s+(?:we|wij)|gaat\s+(?:de\s+gemeente|het\s+college))\s+"
    r"(?:daar\s*voor|hiervoor|ervoor)\s+doen\s*\??[ \t]*$"
    r"|^[ \t]*wat\s+doen\s+(?:we|wij)\s+(?:daar\s*voor|hiervoor|ervoor)\s*\??[ \t]*$"
    # the annual account's column of what was done: "Wat hebben we daarvoor gedaan?"
    r"|^[ \t]*wat\s+(?P<done>hebben\s+(?:we|wij))\s+(?:daar\s*voor|hiervoor|ervoor)\s+gedaan\s*\??[ \t]*$",
    re.MULTILINE)
_COST_PART = re.compile(
    r"(?i)^[ \t]*wat\s+(?:gaat|mag|kost|heeft)\s+(?:het|dat)(?:\s+\w+)?\s*\??[ \t]*$", re.MULTILINE)
# a row that opens with "we" and its finite verb: not a question, a wish, a view, a verb of being or an aim
# ("We zorgen ervoor dat iedereen ..."), and one
# statement (a paragraph of several sentences is prose, read sentence by sentence)
_WE_ROW = re.compile(
    r"^[ \t]*(?:we|wij)[ \t]+(?!(?:zijn|hebben|willen|kunnen|moeten|mogen|zien|vinden|denken|weten|hopen"
    r"|verwachten|merken|constateren|streven)\b)(?!zorgen\s+ervoor\s+dat\b)"
    r"[a-z]{3,}(?:en|t)\b(?![^\n]*[.!?][ \t]+(?-i:[A-Z]))[^?\n]*$",
    re.IGNORECASE)
# in the column of what was done, a row in the perfect: "We hebben de toegang tot jeugdhulp versterkt."
_WE_DID_ROW = re.compile(
    r"(?i)^[ \t]*(?:we|wij)[ \t]+(?:hebben|zijn)[ \t]+(?![^\n]*[.!?][ \t]+(?-i:[A-Z]))[^?\n]*"
    r"\b(?:ge[a-z]{3,}|[a-z]{2,}ge[a-z]{3,}|[a-z]*(?:be|ver|ont|her)[a-z]{3,})(?:d|t|en)[ \t]*\.?[ \t]*$")


# a list opened by what the body will do, its verbs last in a clause after "dat": "De conclusie is dat de
# gemeente de komende jaren vooral gaat investeren in:" (not what befalls it: "... zal krijgen:")
_WILL_LAST = re.compile(
    rf"(?i)\bdat\s+(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\s+(?:[^.;:,]{{1,60}}?\s)?"
    r"(?:gaat|gaan|zal|zullen)\s+(?!(?:uitkomen|hebben|krijgen|zijn|worden|blijven|kunnen|moeten)\b)"
    r"[a-z]{3,}en(?:\s+(?:in|aan|op|met|voor))?\s*:$")


def opens_planned_list(sentence: str) -> bool:
    """Whether the sentence that opens a list says the body will do its points, its verbs last."""
    return "dat " in sentence and _WILL_LAST.search(sentence) is not None


def planned_rows(text: str) -> list[Span]:
    """The statements of a budget programme's ``Wat gaan we daarvoor doen?`` column or part that say what
    "we" do: its rows, or the sentences of its prose, up to what it costs or the next aims."""
    # "daarvoor doen", "daar voor doen", "hiervoor doen", "Wat doen we daarvoor?", "daarvoor gedaan"
    if not any(word in text for word in ("voor doen", "doen we", "doen wij", "voor gedaan")):
        return []
    spans: list[Span] = []
    for column in _PLANNED_COLUMN.finditer(text):
        after = (_COST_PART.search(text, column.end()), _AIM_PART.search(text, column.end()))
        ends = [m.start() for m in after if m is not None]
        end = min(ends, default=len(text))
        for line in lines(text[column.end():end]):
            begin = column.end() + line.begin
            for piece in _STATEMENT.finditer(text, begin, column.end() + line.end):
                row = piece.group()
                if _WE_ROW.match(row) or (column.group("done") and _WE_DID_ROW.match(row)):
                    spans.append(Span.trimmed_of(text, piece.start(), piece.end()))
    return spans


# the aims of the next part: "Wat willen we bereiken?"
_AIM_PART = re.compile(r"(?i)^[ \t]*wat\s+willen\s+(?:we|wij)\s+bereiken\s*\??[ \t]*$", re.MULTILINE)
# one statement of a line: up to its sentence's end before the next sentence's capital, or the line's end
_STATEMENT = re.compile(r"[^\n]+?(?:[.!?](?=[ \t]+[A-Z])|$)", re.MULTILINE)


def action_section_lines(text: str) -> list[Span]:
    """The lines under an action heading (``Aanpak``, ``Wat gaan we doen?``) that say what will be done."""
    spans: list[Span] = []
    for title in lines(text):
        if not _ACTION_SECTION.match(title.text.strip()):
            continue
        offset = title.end
        listed = list_at(text, offset + 1)
        if listed:  # "Wat gaan we doen?" / • Een wachtlijstcoördinator aanstellen. / • ...
            spans.extend(item.content for item in listed)
            continue
        for paragraph in paragraphs(text[offset:]):
            span = Span.of(text, offset + paragraph.span.begin, offset + paragraph.span.end)
            first_line = paragraph.lines[0].text
            if ITEM_MARKER.match(first_line) and re.match(r"\s*\d", first_line):
                break  # a numbered list starts the next slide
            body = span.text
            if body.rstrip().endswith(":"):
                continue  # a sub-heading such as "GEMEENTEN:"
            words = body.split()
            if len(words) >= 2 and _is_action_verb(words[0]) and words[1][:1].islower():
                spans.append(span)
            elif is_heading(body) and not body.isupper():
                break  # the next section
    return spans


__all__ = ["action_section_lines", "planned_rows"]
