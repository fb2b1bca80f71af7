"""Dutch dates, deadlines, periods and durations as council documents write them.

A hand-written grammar, so every match carries the exact span it came from:

====================================  ============  ==========================================
text                                  kind          value
====================================  ============  ==========================================
``7 april 2026``, ``31-03-2026``      date          ``date`` 2026-04-07 / 2026-03-31
``uiterlijk 1 juli 2026``             deadline      ``date`` 2026-07-01 (the date as written)
``per 1 januari 2029``                effective     ``date`` 2029-01-01
``20 januari``, ``12 juni jl.``       partial       no date: the year is not written
``juni 2026``                         month         no date; ``interval`` June 2026
``uiterlijk juni 2026``               deadline      ``date`` 2026-06-30
``derde kwartaal van 2026``, ``Q3``   quarter       no date; ``interval`` July-September
``uiterlijk in het derde kwartaal      deadline      ``date`` 2026-09-30
van 2026`` (also after voor/vóór/in)
``eerste helft van 2026``             half          like a quarter
``2026``, ``per 2029``, ``medio ..``  year          no date; ``interval`` the year
``eind 2026``, ``uiterlijk 2026``     deadline      ``date`` 2026-12-31
``February 2, 2023`` (a byline)       date          ``date`` 2023-02-02
``per30-10-2019`` (glued in a PDF)    date          ``date`` 2019-10-30
``2026-2030``, ``2020 - 2023``        period        ``period`` (2026, 2030)
``treeknorm van 14 weken``            duration      ``duration`` ``P14W``
``binnen zes weken``                  duration      ``duration`` ``P6W``
====================================  ============  ==========================================

Never invented: a date without a year stays partial, a vague time (``medio``, ``najaar``,
``begin``) gets no date, an impossible date (``31 februari``) is no match at all, and ``voor``
before a bare year is not read as a deadline (``de begroting voor 2026`` is *for* 2026). A span
includes the word that gives a deadline or an effective date its meaning (``uiterlijk``,
``per``), and only then; ``text_value`` is the date expression itself with its white space
collapsed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal, cast

from ..facts import Span
from .matching import caseless, lowered_for_search, matches_from

DateKind = Literal[
    "date", "partial", "quarter", "half", "month", "year", "deadline", "effective", "duration", "period"
]


@dataclass(frozen=True)
class DateMatch:
    """One date, deadline, period or duration in a text."""

    span: Span
    date: dt.date | None
    duration: str | None  # ISO 8601, e.g. P14W
    kind: DateKind
    text_value: str | None  # the date expression as written, white space collapsed
    period: tuple[int, int] | None = None  # for a period: first and last year
    interval: tuple[dt.date, dt.date] | None = None  # first and last day the expression covers


# --- vocabulary -------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
#: English month names, for the bylines of web pages built on English templates ("February 2, 2023").
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
ORDINALS: dict[str, int] = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4,
    "1e": 1, "2e": 2, "3e": 3, "4e": 4, "1ste": 1, "2de": 2, "3de": 3, "4de": 4,
}
NUMBER_WORDS: dict[str, int] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
}
UNITS: dict[str, str | None] = {
    "dag": "D", "dagen": "D", "kalenderdag": "D", "kalenderdagen": "D",
    "werkdag": None, "werkdagen": None,  # no ISO 8601 unit for working days
    "week": "W", "weken": "W",
    "maand": "M", "maanden": "M",
    "kwartaal": "Q", "kwartalen": "Q",
    "jaar": "Y", "jaren": "Y",
}
DEADLINE_WORDS = ("uiterlijk", "niet later dan", "ten laatste", "vóór", "vòòr", "voor", "deadline")
EFFECTIVE_WORDS = ("per", "met ingang van", "m.i.v.", "ingaande", "vanaf")
VAGUE_MODIFIERS = (
    "begin", "medio", "halverwege", "half", "midden", "voorjaar", "zomer", "najaar", "herfst",
    "winter", "lente",
)
END_MODIFIERS = ("eind", "einde", "ultimo")
# words before a four-digit number that make it something other than a year
NOT_YEAR_BEFORE = frozenset(
    {"postbus", "nr", "nr.", "nummer", "huisnummer", "no", "no.", "kamer", "tel", "tel."}
)

# --- grammar ----------------------------------------------------------------------------------

WS = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # white space within a line, or one line break
START = r"(?<![^\W_])"  # not inside a word
END = r"(?![^\W_])"
YEAR = r"(?<![\d.,/€-])(?:19|20)\d{2}(?![\d]|[.,]\d)"


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)  # longest first: "febr" before "feb"
    return "|".join(re.escape(w).replace(r"\ ", WS) for w in ordered)


MONTH = rf"(?:{_alternatives(list(MONTHS))})(?:\.|{END})"
WEEKDAY = rf"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?{WS})?"
DAY = r"(?<![\d.,/-])(?P<day>[0-3]?\d)(?:e|ste|de)?"
ORDINAL = rf"(?:{_alternatives(list(ORDINALS))})"

_TRIGGER = (
    rf"(?P<trigger>{_alternatives(DEADLINE_WORDS + EFFECTIVE_WORDS + ('in',))}){WS}"
    rf"(?:(?P<connector>in|op){WS})?(?:(?:het|de){WS})?"
)
_MODIFIER = (
    rf"(?P<mod>{_alternatives(END_MODIFIERS + VAGUE_MODIFIERS)})(?:{WS}van)?(?:{WS}(?:het|de))?{WS}"
)
PREFIX = rf"{START}(?:{_TRIGGER})?(?:{_MODIFIER})?"

_BASES: dict[str, str] = {
    "text_date": rf"{WEEKDAY}{DAY}{WS}(?P<month>{MONTH}){WS}(?P<year>{YEAR})",
    "numeric_date": r"(?<![\d.,/-])(?P<day>[0-3]?\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)"
                    r"(?P<year>(?:19|20)\d{2})(?![\d]|[-/.]\d)",
    "english_date": rf"(?P<month>(?:{_alternatives(list(ENGLISH_MONTHS))}){END}){WS}"
                    rf"(?<![\d.,/-])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,{WS}?(?P<year>{YEAR})",
    "iso_date": r"(?<![\d.,/-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d]|-\d)",
    "partial": rf"{WEEKDAY}{DAY}{WS}(?P<month>{MONTH})"
               rf"(?P<rel>{WS}(?:jl\.|jl{END}|j\.l\.|jongstleden|a\.s\.|as\.|aanstaande))?"
               rf"(?!{WS}(?:\d|'\d))",
    "month": rf"(?P<month>{MONTH}){WS}(?P<year>{YEAR})",
    "quarter": rf"(?:(?P<ord>{ORDINAL}){WS}kwartaal|kwartaal{WS}(?P<num>[1-4]){END}|Q(?P<q>[1-4]){END})"
               rf"(?:{WS}(?:van{WS})?(?:het{WS})?(?:jaar{WS})?(?P<year>{YEAR}))?",
    "quarter_iso": rf"(?P<year>{YEAR})[- ]?Q(?P<q>[1-4]){END}",
    "half": rf"(?:(?P<ord>eerste|tweede|1e|2e|1ste|2de){WS}(?:helft|halfjaar|half{WS}jaar)|H(?P<h>[12]){END})"
            rf"(?:{WS}(?:van{WS})?(?:het{WS})?(?:jaar{WS})?(?P<year>{YEAR}))?",
    "period": rf"(?P<first>{YEAR})(?:{WS}?[-\u2013\u2014/]{WS}?|{WS}(?:t/m|t\.m\.|tot{WS}en{WS}met){WS})"
              rf"(?P<last>(?:19|20)\d{{2}})(?![\d]|[.,]\d)",
    "year": rf"(?P<year>{YEAR})(?!{WS}?(?-i:[A-Z]{{2}}){END})",
}
_DURATION = re.compile(
    rf"{START}(?P<trigger>binnen|na|gedurende|maximaal|max\.|minimaal|ten{WS}hoogste|ten{WS}minste|uiterlijk"
    rf"|over|in|(?:(?:treek|wachttijd)?norm(?:tijd)?|wachttijd(?:en)?|termijn|periode|looptijd|duur)"
    rf"(?:{WS}(?:van|is|bedraagt))?)"
    rf"{WS}(?:(?:maximaal|ten{WS}hoogste|hooguit|uiterlijk|minimaal|ten{WS}minste|ongeveer|circa|ca\.){WS})?"
    rf"(?P<number>\d{{1,3}}(?:,\d+)?|{_alternatives(list(NUMBER_WORDS))}){WS}"
    rf"(?P<unit>{_alternatives(list(UNITS))}){END}",
    re.IGNORECASE,
)
_PATTERNS = {name: re.compile(PREFIX + f"(?P<base>{body})", re.IGNORECASE) for name, body in _BASES.items()}
# kinds tried first win ties of equal begin and length
_ORDER = ("text_date", "numeric_date", "english_date", "iso_date", "period", "quarter", "quarter_iso",
          "half", "month", "partial", "year")


@dataclass(frozen=True)
class _Candidate:
    begin: int
    end: int
    match: DateMatch | None  # None: an impossible date, which blocks what overlaps it


# --- where matches can be ------------------------------------------------------------------
#
# Trying every pattern at every position of a document is slow, nearly all of it spent in the
# optional trigger and modifier words in front of each pattern. So the patterns are only tried
# where a match can start. Every expression of a base pattern holds an anchor (a digit, or
# "kwartaal", "helft", "half") in its first or second word; a match starts at the start of a
# word (``START``) at most ``_PREFIX_WORDS`` words before its base; and a duration ends in its
# unit, at most ``_DURATION_WORDS`` words after its start. Trying the patterns at those word
# starts, in text order and each from where its previous match ended, finds exactly what
# ``finditer`` over the whole text finds.

_DIGITS = re.compile(r"\d+")
_ANCHOR_WORD = re.compile("kwartaal|helft|half")
# where a unit of a duration may be: looser than the grammar (``twee`` holds ``wee``), but quick
_UNIT_PART = re.compile("dag|we[ek]|maand|kwarta|ja(?:ar|re)")
_ANCHOR_WORD_FOLDED = re.compile(_ANCHOR_WORD.pattern, re.IGNORECASE)
_UNIT_PART_FOLDED = re.compile(_UNIT_PART.pattern, re.IGNORECASE)
_BASE_PATTERNS = {name: re.compile(body, re.IGNORECASE) for name, body in _BASES.items()}
# what the first character of each base is: a year or day number, a month name, or either
_BASE_STARTS = {
    "text_date": "any", "numeric_date": "digit", "english_date": "letter", "iso_date": "digit",
    "period": "digit", "quarter": "any", "quarter_iso": "digit", "half": "any", "month": "letter",
    "partial": "any", "year": "digit",
}
# word starts in the longest trigger ("niet later dan", "m.i.v.") with connector and article (5),
# and in the longest modifier ("eind van het", 3)
_PREFIX_WORDS = 8
# word starts from a duration's trigger to its unit ("ten hoogste", "ten minste", "12,5", unit)
_DURATION_WORDS = 7


def _word_starts_before(text: str, positions: list[int], words: int) -> list[int]:
    """The last ``words`` starts of a word (a letter or digit after none: where ``START`` holds
    before one) at or before each position, together, in text order."""
    starts: set[int] = set()
    for position in positions:
        i = min(position, len(text) - 1)
        for _ in range(words):
            while i >= 0 and not text[i].isalnum():  # str.isalnum is what [^\W_] matches
                i -= 1
            if i < 0:
                break
            while i > 0 and text[i - 1].isalnum():
                i -= 1
            starts.add(i)
            i -= 1
    return sorted(starts)


def _anchors(text: str, lowered: str | None) -> list[int]:
    """Where the anchors of the base patterns are (and perhaps a few more places)."""
    # the first digit of each run: the other digits of a number are in the same word
    found = [m.start() for m in _DIGITS.finditer(text)]
    if lowered is None:
        found.extend(m.start() for m in _ANCHOR_WORD_FOLDED.finditer(text))
    else:
        found.extend(m.start() for m in _ANCHOR_WORD.finditer(lowered))
    return found


def _units(text: str, lowered: str | None) -> list[int]:
    """Where the unit of a duration may be (and a few more places)."""
    if lowered is None:
        return [m.start() for m in _UNIT_PART_FOLDED.finditer(text)]
    return [m.start() for m in _UNIT_PART.finditer(lowered)]


# a full numeric date glued to the word before it, as flattened PDFs write them ("per30-10-2019")
_GLUED_DATE = re.compile(
    r"(?P<trigger>)(?P<mod>)(?P<base>" + _BASES["numeric_date"][len(r"(?<![\d.,/-])"):] + ")"
)


# a written date glued to the word before it ("van7 oktober 2014"), and two numeric dates glued
# together where a flattened table ran its cells into one another ("01-01-201501-01-2017")
_GLUED_TEXT_DATE = re.compile(r"(?P<trigger>)(?P<mod>)(?P<base>" + _BASES["text_date"] + ")", re.IGNORECASE)
_GLUED_PAIR = re.compile(
    r"(?<![\d.,/-])(?P<trigger>)(?P<mod>)(?P<base>(?P<day>[0-3]\d)(?P<sep>-)(?P<month>[01]\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d{2}))(?=[0-3]\d-[01]\d-(?:19|20)\d{2})"
)


def _glued(text: str, anchors: list[int]) -> list[int]:
    """The numbers (of the anchors) that follow a letter without a space."""
    return [a for a in anchors if a > 0 and text[a].isdigit() and text[a - 1].isalpha()]


def find_dates(text: str) -> list[DateMatch]:
    """Every date, deadline, period and duration in ``text``, in text order, never overlapping."""
    return list(_find_dates(text))


@lru_cache(maxsize=256)  # the extractors ask about the same lines and sentences more than once
def _find_dates(text: str) -> tuple[DateMatch, ...]:
    candidates: list[tuple[int, int, int, _Candidate]] = []
    lowered = lowered_for_search(text)
    # a base starts in the word that holds its anchor or in the word before
    anchors = _anchors(text, lowered)
    bases = _word_starts_before(text, anchors, 2)
    by_start = {
        "digit": [b for b in bases if text[b].isdecimal()],  # (what \d matches)
        "letter": [b for b in bases if not text[b].isdecimal()],
        "any": bases,
    }
    for rank, name in enumerate(_ORDER):
        base = _BASE_PATTERNS[name]
        positions = [b for b in by_start[_BASE_STARTS[name]] if base.match(text, b)]
        if not positions:
            continue
        for m in matches_from(_PATTERNS[name], text, _word_starts_before(text, positions, _PREFIX_WORDS + 1)):
            candidate = _interpret(name, m, text)
            if candidate is not None:
                candidates.append((candidate.begin, -(candidate.end - candidate.begin), rank, candidate))
    for position in _glued(text, anchors):
        glued = _GLUED_DATE.match(text, position)
        name = "numeric_date"
        if glued is None:
            glued, name = _GLUED_TEXT_DATE.match(text, position), "text_date"
        candidate = _interpret(name, glued, text) if glued else None
        if candidate is not None:
            candidates.append((candidate.begin, -(candidate.end - candidate.begin), 0, candidate))
    for pair in (p for a in anchors if (p := _GLUED_PAIR.match(text, a))):
        second = _GLUED_DATE.match(text, pair.end())
        for glued in (pair, second):
            candidate = _interpret("numeric_date", glued, text) if glued else None
            if candidate is not None:
                candidates.append((candidate.begin, -(candidate.end - candidate.begin), 0, candidate))
    for m in matches_from(_DURATION, text, _word_starts_before(text, _units(text, lowered), _DURATION_WORDS)):
        candidate = _duration(m, text)
        if candidate is not None:
            candidates.append((candidate.begin, -(candidate.end - candidate.begin), len(_ORDER), candidate))
    candidates.sort(key=lambda c: c[:3])
    chosen: list[_Candidate] = []
    taken_until = -1
    for _, _, _, candidate in candidates:
        if candidate.begin < taken_until:
            continue
        chosen.append(candidate)
        taken_until = candidate.end
    return tuple(c.match for c in chosen if c.match is not None)


def parse_date(text: str) -> date | None:
    """The date of a single date expression (``7 april 2026``, ``31-03-2026``, ``2026-04-07``)."""
    stripped = text.strip()
    matches = find_dates(stripped)
    if len(matches) == 1 and matches[0].span.begin == 0 and matches[0].span.end == len(stripped):
        return matches[0].date
    return None


# no due day: "(die wordt verwacht in het 4e kwartaal 2018", "(het aantal dat eind 2014 werd vastgesteld"
_FORECAST = re.compile(r"(?i)\bverwacht\w*\b[^,;.()\n]*$")
_PAST_AFTER = re.compile(r"(?i)\s+(?:werd|werden|was|waren|bleek|bleken)\b")


def deadline_of(text: str) -> date | None:
    """The last day by which a statement is due (``uiterlijk in het derde kwartaal van 2026`` -> 2026-09-30),
    the latest of several; a date in a clause about the past or a forecast is no due day."""
    deadlines = [m.date for m in find_dates(text) if m.kind == "deadline" and m.date is not None
                 and not _FORECAST.search(text, 0, m.span.begin) and not _PAST_AFTER.match(text, m.span.end)]
    return max(deadlines) if deadlines else None


# --- interpretation ---------------------------------------------------------------------------


_WHITE_SPACE = re.compile(r"\s+")


def _words(value: str | None) -> str:
    return caseless(_WHITE_SPACE.sub(" ", value).strip()) if value else ""


def _interpret(name: str, m: re.Match[str], text: str) -> _Candidate | None:
    trigger = _words(m.group("trigger"))
    modifier = _words(m.group("mod"))
    base_begin, end = m.start("base"), m.end("base")
    value = _WHITE_SPACE.sub(" ", m.group("base")).strip()
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None

    if name == "year" and _preceding_word(text, m.start("base")) in NOT_YEAR_BEFORE:
        return None

    if name in {"text_date", "numeric_date", "english_date", "iso_date"}:
        month = _month_number(groups["month"])
        day = int(groups["day"])
        if year is None or not _valid(year, month, day):
            return _Candidate(m.start("base"), end, None)
        when = date(year, month, day)
        if trigger in DEADLINE_WORDS:
            return _make(m, text, "deadline", when, value, interval=(when, when), with_trigger=True)
        if trigger in EFFECTIVE_WORDS:
            return _make(m, text, "effective", when, value, interval=(when, when), with_trigger=True)
        return _make(m, text, "date", when, value, interval=(when, when))

    if name == "partial":
        month = _month_number(groups["month"])
        if not _valid(2024, month, int(groups["day"])):  # a leap year: 29 februari can be valid
            return _Candidate(base_begin, end, None)
        with_trigger = trigger in DEADLINE_WORDS or trigger in EFFECTIVE_WORDS
        return _make(m, text, "partial", None, value, with_trigger=with_trigger)

    if name == "period":
        first, last = int(groups["first"]), int(groups["last"])
        if not first < last <= first + 50:
            return _Candidate(m.start("base"), end, None)  # "2030-2026" is no period, nor a year
        return _make(m, text, "period", None, value, period=(first, last),
                     interval=(date(first, 1, 1), date(last, 12, 31)))

    if name in {"quarter", "quarter_iso", "half", "month", "year"}:
        interval = _interval(name, groups, year)
        if interval is None:
            # "in het derde kwartaal" without a year: the text states no date
            return _make(m, text, "partial", None, value)
        kind = cast(DateKind, {"quarter_iso": "quarter"}.get(name, name))
        if modifier in END_MODIFIERS:
            return _make(m, text, "deadline", interval[1], value, interval=interval, with_trigger=True,
                         with_modifier=True)
        if modifier in VAGUE_MODIFIERS:
            return _make(m, text, kind, None, value, interval=interval, with_modifier=True)
        deadline_words = {
            "quarter": DEADLINE_WORDS + ("in",),
            "quarter_iso": DEADLINE_WORDS + ("in",),
            "half": DEADLINE_WORDS + ("in",),
            "month": DEADLINE_WORDS,
            "year": ("uiterlijk", "niet later dan", "ten laatste", "deadline"),
        }[name]
        if trigger in deadline_words:
            return _make(m, text, "deadline", interval[1], value, interval=interval, with_trigger=True)
        return _make(m, text, kind, None, value, interval=interval)
    return None


def _make(
    m: re.Match[str],
    text: str,
    kind: DateKind,
    when: date | None,
    value: str,
    *,
    period: tuple[int, int] | None = None,
    interval: tuple[date, date] | None = None,
    with_trigger: bool = False,
    with_modifier: bool = False,
) -> _Candidate:
    """The match, its span starting at the trigger or modifier only when that gives it meaning."""
    begin = m.start("base")
    if with_modifier and m.group("mod"):
        begin = m.start("mod")
        value = _WHITE_SPACE.sub(" ", text[begin:m.end("base")])
    if with_trigger and m.group("trigger"):
        begin = m.start("trigger")
    end = m.end("base")
    span = Span.of(text, begin, end)
    return _Candidate(begin, end, DateMatch(span, when, None, kind, value, period, interval))


def _duration(m: re.Match[str], text: str) -> _Candidate | None:
    raw_number = _words(m.group("number"))
    unit = UNITS[_words(m.group("unit"))]
    if raw_number in NUMBER_WORDS:
        amount = Decimal(NUMBER_WORDS[raw_number])
    else:
        try:
            amount = Decimal(raw_number.replace(",", "."))
        except InvalidOperation:
            return None
    if amount <= 0:
        return None
    iso = None
    if unit is not None:
        number = amount * 3 if unit == "Q" else amount
        designator = "M" if unit == "Q" else unit
        iso = f"P{number.normalize():f}{designator}"
    value = _WHITE_SPACE.sub(" ", text[m.start("number"):m.end("unit")])
    span = Span.of(text, m.start("trigger"), m.end("unit"))
    return _Candidate(span.begin, span.end, DateMatch(span, None, iso, "duration", value))


def _interval(name: str, groups: dict[str, str | None], year: int | None) -> tuple[date, date] | None:
    if year is None:
        return None
    if name in {"quarter", "quarter_iso"}:
        if groups.get("ord"):
            quarter = ORDINALS[_words(groups["ord"])]
        else:
            quarter = int(groups.get("num") or groups.get("q") or 0)
        first_month = 3 * quarter - 2
        return date(year, first_month, 1), _last_day(year, first_month + 2)
    if name == "half":
        half = ORDINALS[_words(groups["ord"])] if groups.get("ord") else int(groups["h"] or 0)
        return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))
    if name == "month":
        month = _month_number(groups["month"])
        return date(year, month, 1), _last_day(year, month)
    return date(year, 1, 1), date(year, 12, 31)


def _month_number(raw: str | None) -> int:
    token = _words(raw).rstrip(".")
    if token in MONTHS:
        return MONTHS[token]
    return ENGLISH_MONTHS[token] if token in ENGLISH_MONTHS else int(token)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _preceding_word(text: str, position: int) -> str:
    before = text[max(0, position - 20):position].split()
    return before[-1].lower() if before else ""
