"""Decisions as minutes and decision lists record them, beside the points of a raadsbesluit.

* The points of a proposal (``Voorstel van de afdeling X:`` and a numbered list) that the minutes
  record as taken ``conform het voorstel`` or ``conform advies``.
* In a besluitenlijst, the points (or the one sentence) right before each ``Toelichting:``.
"""

from __future__ import annotations

import re

from ..facts import Decision
from . import dates
from .structure import ListItem, lines, list_at, paragraphs

_EXPLANATION = re.compile(r"(?i)^\s*toelichting\s*:?\s*$")
_INFINITIVE_CLAUSE = re.compile(r"(?i)\bte\s+[a-z]{3,}(?:en|eren)\b")


def listed_with_explanation(text: str) -> list[Decision]:
    """A besluitenlijst that gives each decision right before its ``Toelichting:``: the points
    (``1. De nadere regels vast te stellen``) or the one sentence (``De raad te informeren ...``)."""
    if "besluitenlijst" not in text[:400].lower():
        return []
    found: list[Decision] = []
    for line in lines(text):
        if not _EXPLANATION.match(line.text):
            continue
        before = paragraphs(text[: line.begin])
        if not before:
            continue
        block = before[-1]
        items = list_at(text, block.lines[0].begin)
        if not items and len(block.lines) == 1 and len(block.span.text.split()) <= 60:
            items = [ListItem(1, block.span, block.span)]
        for item in items:
            if _INFINITIVE_CLAUSE.search(item.content.text):
                found.append(Decision(
                    number=item.number, span=item.content, deadline=dates.deadline_of(item.content.text)))
    return found


# minutes of the college: "Voorstel van de afdeling X:" + points, then "Besluit: conform het voorstel"
_PROPOSAL_HEADER = re.compile(r"(?i)^\s*(?:\w+\s+)?(?:voorstel|advies|voorgesteld\s+besluit)\b[^\n]*:\s*$")
_AS_PROPOSED = re.compile(
    r"(?i)^\s*(?:besluit|besloten|besluitvorming)?\s*:?\s*(?:het\s+college\s+besluit\s+)?"
    r"(?:conform|overeenkomstig)\s+(?:het\s+)?(?:voorstel|advies)\b"
)


def adopted_proposals(text: str) -> list[Decision]:
    """The points of a proposal that the minutes record as decided as proposed."""
    found: list[Decision] = []
    header = None
    for line in lines(text):
        if _PROPOSAL_HEADER.match(line.text):
            header = line
        elif header is not None and _AS_PROPOSED.match(line.text):
            for item in list_at(text, header.end + 1):
                if item.content.end <= line.begin:
                    found.append(Decision(
                        number=item.number, span=item.content, deadline=dates.deadline_of(item.content.text)
                    ))
            header = None
    return found


__all__ = ["adopted_proposals", "listed_with_explanation"]
