"""Decisions a report tells: the council or the college as the subject of a perfect ("De raad heeft
besloten om ...", "Het college heeft ingestemd met ..."), a subjectless passive ("Uiteindelijk is besloten
dat ..."), and in news the simple past of consent ("De gemeenteraad stemde gisteren in met het plan").
"""

from __future__ import annotations

import re

from ..facts import Decision
from . import dates
from .structure import sentences

# what a report says the council decided, with the council as the subject of a perfect: "De raad heeft
# besloten om ... te", "De gemeenteraad is ... akkoord gegaan met het inrichten van", "heeft met een
# meerderheid in de raad ingestemd met" (adopting a proposal, motion or amendment is its outcome, and a
# decision told in the simple past, "Op 4 mei besloot de raad", is its history)
_COUNCIL_DECIDED = re.compile(
    r"(?i)\b(?:gemeente)?raad\b[^.;:?!\n]{0,80}?\b(?:heeft|hebben|is)\s+(?:[^.;:?!\n]{0,60}?\s)?"
    r"(?:besloten\s*,?\s+(?:om|dat|tot)\b|(?:ingestemd|akkoord\s+gegaan)\s+met\s+"
    r"(?!(?:een|het|dit|dat|deze|de)\s+(?:\w+\s+){0,2}?(?:voorstel|motie|amendement|raadsvoorstel)))"
    r"|\b(?:heeft|hebben)\s+(?:met\s+)?(?:een|de)\s+meerderheid\s+(?:in|van)\s+de\s+(?:gemeente)?raad\s+"
    r"(?:besloten\s+(?:om|dat|tot)\b|ingestemd\s+met\s+(?!(?:een|het|dit|dat|deze|de)\s+(?:\w+\s+){0,2}?"
    r"(?:voorstel|motie|amendement)))"
    # the council as the agent of a passive: "In de raad werd besloten tot het komen van een CJG"
    r"|\b(?:in|door)\s+de\s+(?:gemeente)?raad\s+(?:werd|is)\s+(?:[^.;:?!\n]{0,40}?\s)?besloten\s+(?:om|dat|tot)\b"
)
# the passive of "besluiten" has no subject; without an agent it is what the meeting reported on decided:
# "Uiteindelijk is besloten dat", "is regionaal besloten om", "Er werd besloten X te hanteren"
_PASSIVE_DECIDED = re.compile(
    r"(?i)\b(?:is|werd)\s+(?:(?!door\b)[a-z]+\s+){0,2}?besloten\s*,?\s+"
    r"(?:om|dat|tot\b|(?:[^.;:?!\n]{0,80}?\s)?te\s+[a-z]+\b)"
)

# the college or an alderman as the agent before the verb: "Door het college is besloten om" (its measure)
_COLLEGE_AGENT = re.compile(r"(?i)\bdoor\s+(?:het\s+college|de\s+wethouder|de\s+burgemeester|b\s*&\s*w)\b")


_FURTHER_WORDS = ("Ook", "Daarnaast", "Verder", "Tevens", "Vervolgens")
# a further decision the report adds in a passive after one it told: "Ook werd de nieuwe verordening ...
# vastgesteld" (adopting a motion is its outcome, not a decision)
_ALSO_ADOPTED = re.compile(
    r"^(?:Ook|Daarnaast|Verder|Tevens|Vervolgens)\s+(?:werd|werden|is|zijn)\s+(?:de|het|een)\s"
    r"(?![^.;:]{0,40}?\b(?:motie|amendement))[^.;:]{0,120}?\b(?:vastgesteld|goedgekeurd)\b")


def reported_decisions(text: str, kind: str | None = None) -> list[Decision]:
    """Each sentence of ``text`` that tells a decision, numbered from 1."""
    found: list[Decision] = []
    for sentence in sentences(text):
        if found and sentence.text.startswith(_FURTHER_WORDS) and _ALSO_ADOPTED.match(sentence.text):
            found.append(Decision(
                number=len(found) + 1, span=sentence, deadline=dates.deadline_of(sentence.text)))
            continue
        body = sentence.text
        passive = _PASSIVE_DECIDED.search(body) if "besloten" in body else None
        if ("raad" in body and _COUNCIL_DECIDED.search(body)) or (
                passive and not _COLLEGE_AGENT.search(body, 0, passive.start())):
            found.append(Decision(
                number=len(found) + 1, span=sentence, deadline=dates.deadline_of(sentence.text)))
    return found
