"""Days that share the month and year of the date after them: ``op 2 en 3 juli 2008``,
``de vergaderingen van 4, 5 en 6 maart 2025``.

``dates.find_dates`` reads ``3 juli 2008``; the days before it, joined by a comma, ``en`` or
``of``, are dates of the same month and year. A day that month does not have (``30 en 31
februari``) is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Span
from .dates import DateMatch

_DAY_LIST_BEFORE = re.compile(
    # not the numbers of articles, members or chapters ("artikel 2 en 3 januari ...")
    r"(?<![\d.,/-])(?<!artikel )(?<!art\. )(?<!lid )(?<!leden )(?<!hoofdstuk )(?<!nummer )(?<!nr\. )"
    r"(?P<days>[0-3]?\d(?:[ \t]*,[ \t]*[0-3]?\d)*)(?:[ \t]+(?:en|of)[ \t]+|[ \t]*[-\u2013][ \t]*)$"
)
# a range of days before a month and year: "18-19 januari 2022" (the pair is no date of its own)
_DAY_RANGE = re.compile(r"(?<![\d.,/-])(?P<first>[0-3]?\d)[ \t]*[-\u2013][ \t]*(?P<last>[0-3]?\d)[ \t]+$")
_DAY = re.compile(r"[0-3]?\d")


def days_before(text: str, found: Sequence[DateMatch]) -> list[DateMatch]:
    """The dates written as days before a full date of the month (``2 en`` in ``2 en 3 juli 2008``)."""
    extra: list[DateMatch] = []
    for match in found:
        if match.kind != "date" or match.date is None or not _DAY.match(match.span.text):
            continue
        before = _DAY_LIST_BEFORE.search(text, max(0, match.span.begin - 40), match.span.begin)
        if before is None:
            continue
        for day in _DAY.finditer(text, before.start("days"), before.end("days")):
            try:
                when = match.date.replace(day=int(day.group()))
            except ValueError:
                continue  # "30 en 31 februari": no such day
            if when < match.date:
                span = Span.of(text, day.start(), match.span.end)  # "2 en 3 juli 2008"
                extra.append(DateMatch(span, when, None, "date", when.isoformat()))
    return extra + _ranges_before_month(text, found)


def _ranges_before_month(text: str, found: Sequence[DateMatch]) -> list[DateMatch]:
    """Both days of a range written before a month and year (``18-19 januari 2022``)."""
    extra: list[DateMatch] = []
    for match in found:
        if match.kind != "month" or match.interval is None or not match.span.text[:1].isalpha():
            continue
        pair = _DAY_RANGE.search(text, max(0, match.span.begin - 12), match.span.begin)
        if pair is None:
            continue
        for group in ("first", "last"):
            try:
                when = match.interval[0].replace(day=int(pair.group(group)))
            except ValueError:
                return extra  # "30-31 februari": no such day
            span = Span.of(text, pair.start(group), match.span.end)
            extra.append(DateMatch(span, when, None, "date", when.isoformat()))
    return extra


__all__ = ["days_before"]
