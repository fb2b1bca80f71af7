"""The full dates a document's head and foot state, each with the features the ``docdate`` model reads.

Every full date (day, month and year) on the document's first lines and last lines is a candidate
for its own date. A candidate's features say where it stands (line, share of the head, first or last
date), how it is written (a line of its own, after a place and a comma, after a field label, with a
time), the words just before and after it, and how its day relates to the other dates (the latest
one, a year below the latest). Pure functions of the lines, so training sees what the build sees.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .dates import find_dates
from .structure import Line

HEAD_LINES = 60  # non-blank lines at the top that may date the document
FOOT_LINES = 12  # and at the bottom (a decision's "vastgesteld in de vergadering van ...")
#: Features that mark a date as no document's date by the wording rules' conventions.
REPEATED_LINE = "line:repeated"
BELOW_PROSE = "line:below-prose"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_WEEKDAY = re.compile(r"(?i)\b(?:maan|dins|woens|donder|vrij|zater|zon)dag\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_PLACE_COMMA = re.compile(r"^\s*[A-Z][\w'.-]+(?:[ -][A-Za-z][\w'.-]+){0,2},\s*(?:\w+dag,?\s+)?$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_NUMERIC = re.compile(r"^\d{1,4}[-./]\d")


@dataclass(frozen=True)
class DateCandidate:
    """One full date on a line of the document, with its features."""

    day: date
    line: Line
    features: frozenset[str]


@dataclass(frozen=True)
class _Found:
    day: date
    line: Line
    position: int  # among the non-blank lines of the document
    foot: bool
    begin: int  # within the line
    end: int
    kind: str
    offset: int  # characters from the document's first line to the date
    below_prose: bool


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _found_dates(lines: list[Line]) -> list[_Found]:
    filled = [line for line in lines if not line.blank]
    head = filled[:HEAD_LINES]
    foot = [line for line in filled[HEAD_LINES:][-FOOT_LINES:]]
    # the first paragraph of prose: a date alone on a line below it is a feed's or a list's
    prose = next((i for i, line in enumerate(head) if len(line.stripped.split()) >= 25
                  and line.stripped.rstrip("\"'\u201d\u2019)")[-1:] in ".!?"), len(head))
    found: list[_Found] = []
    for position, line in enumerate(head + foot):
        if not _YEAR.search(line.text):
            continue
        at = position if position < len(head) else len(filled) - len(head) - len(foot) + position
        for match in find_dates(line.text):
            if match.date is not None and match.kind in {"date", "deadline", "effective"}:
                offset = line.begin + match.span.begin - lines[0].begin
                found.append(_Found(match.date, line, at, position >= len(head), match.span.begin,
                                    match.span.end, match.kind, offset, position > prose))
    return found


def date_candidates(lines: list[Line], kind: str) -> list[DateCandidate]:
    """The document's full dates in text order, each with its features."""
    found = _found_dates(lines)
    if not found:
        return []
    days = [f.day for f in found]
    latest, earliest = max(days), min(days)
    top_year = latest.year
    distinct = len(set(days))
    total = max(1, sum(1 for line in lines if not line.blank))
    # a line repeated over a list's items ("Raadsvergadering 1 november 2018" atop each motion) heads them
    line_counts = Counter(item.line.stripped for item in found)
    effective = {item.day for item in found if item.kind == "effective"}
    candidates = []
    for order, item in enumerate(found):
        features = set(_standing(item, order, len(found), distinct, total))
        features.update(_wording(item, lines))
        features.add(f"mk:{item.kind}")
        features.add("day:latest" if item.day == latest else "day:earlier")
        if item.day == earliest and distinct > 1:
            features.add("day:earliest")
        features.add(f"yr:{_bucket(top_year - item.day.year, (0, 1, 2, 5))}")
        features.add(f"rep:{_bucket(days.count(item.day), (1, 2, 3))}")
        features.add(f"kind:{kind}")
        if line_counts[item.line.stripped] >= 3:
            features.add(REPEATED_LINE)
        if item.below_prose:
            features.add(BELOW_PROSE)
        if item.day in effective and item.kind != "effective":
            features.add("day:effective-elsewhere")  # "1 januari 2017 van start" over "vanaf 1 januari 2017"
        crossed = [f for f in features if f.startswith(("li:", "ord:", "alone"))]
        features.update(f"kind:{kind}|{f}" for f in crossed)
        candidates.append(DateCandidate(item.day, item.line, frozenset(features)))
    return candidates


def _standing(item: _Found, order: int, count: int, distinct: int, total: int) -> list[str]:
    features = [f"li:{_bucket(item.position, (0, 1, 2, 4, 7, 12, 20, 35))}",
                f"off:{_bucket(item.offset, (80, 250, 600, 1500, 4000))}",
                f"share:{_bucket(item.position * 10 // total, (0, 1, 3, 6))}",
                f"n:{_bucket(distinct, (1, 2, 4))}"]
    if item.foot:
        features.append("foot")
    features.append("ord:first" if order == 0 else ("ord:2" if order == 1 else "ord:3+"))
    if order == count - 1 and count > 1:
        features.append("ord:last")
    return features


def _wording(item: _Found, lines: list[Line]) -> list[str]:
    text = item.line.text
    before, written, after = text[:item.begin], text[item.begin:item.end], text[item.end:]
    words_before, words_after = _words(before), _words(after)
    features = [f"form:{'numeric' if _NUMERIC.match(written.strip()) else 'words'}"]
    if not before.strip(" \t,:-–|") and not after.strip(" \t,.:-–|"):
        features.append("alone")
    features.append(f"lw:{_bucket(len(text.split()), (3, 6, 12, 25))}")
    # how deep in the line's prose the date stands: its sentence, and the words before it
    features.append(f"sent:{_bucket(len(_SENTENCE_END.findall(before)), (0, 1))}")
    features.append(f"wb:{_bucket(len(words_before), (0, 3, 8))}")
    if _WEEKDAY.search(before[-14:]):
        features.append("weekday")
    if _TIME.search(after[:12]):
        features.append("time")
    if _PLACE_COMMA.match(before):
        features.append("placecomma")
    if before.rstrip().endswith(":"):
        features.append("colon")
    if after.lstrip()[:1] in {"-", "\u2013", "\u2014", "|"}:
        features.append("dash")
    # the document's lines are one run of the text's: the line above is found by its number
    above = item.line.index - lines[0].index - 1
    if not words_before and above >= 0:
        words_before = [f"^{w}" for w in _words(lines[above].text)[-2:]]
    for offset, word in enumerate(reversed(words_before[-3:]), start=1):
        features.append(f"b{offset}:{word}")
    if len(words_before) >= 2:
        features.append(f"bb:{words_before[-2]}_{words_before[-1]}")
    if words_before:
        features.append(f"first:{words_before[0]}")
    for offset, word in enumerate(words_after[:2], start=1):
        features.append(f"a{offset}:{word}")
    return features


__all__ = ["BELOW_PROSE", "REPEATED_LINE", "DateCandidate", "date_candidates"]
