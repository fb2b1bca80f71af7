"""The vote on a decision that a report or a proposal's page states, where no motion's outcome is stated.

A council adopts proposals, plans and regulations by a vote as it adopts motions, and a report says so in
the sentence that tells the decision: "de gemeenteraad heeft het beleidsplan unaniem vastgesteld", "De
raad besluit unaniem om ...", "werd het voorstel door een ruime meerderheid (19 stemmen voor, 1 stem tegen)
aangenomen". A proposal's page states it in its vote field: "Stemverhouding: met algemene stemmen
vastgesteld". The vote is an ``opengov:VoteEvent`` on the document without a motion's result.

Not a vote on the decision: a sentence about a motion or amendment (that is its outcome, ``outcome.py``),
about parliament's vote, or a decision told as background in a clause of cause or time ("Nadat de raad
unaniem had ingestemd, ..."); nor a vote a motion's considerations recall (motions are not read here).
"""

from __future__ import annotations

import re

from ..facts import Outcome, Span
from .structure import sentences
from .votes import has_vote, read_counts

#: Kinds whose sentences may report the council's decisions and their votes (a proposal or a decision tells
#: an earlier decision as its background: only its vote field counts).
REPORT_KINDS = frozenset({"nieuwsbericht", "verslag"})

#: The decision the sentence tells: adopted, decided, consented to.
_DECIDED = re.compile(
    r"(?i)\b(?:vastgesteld|(?:stelt|stelde|stelden|stellen)\b[^.;!?\n]{1,160}?\bvast|aangenomen|goedgekeurd"
    r"|besloten|besluit|besluiten|besloot|besloten|ingestemd|(?:stemt|stemde|stemden|stemmen)\b[^.;!?\n]{0,120}?"
    r"\bin\s+met|akkoord|aanvaard|hamerstuk)\b"
)
#: A motion's or amendment's vote is its outcome's; parliament's is no council decision.
_NOT_HERE = re.compile(
    r"(?i)\b(?:motie|moties|amendement|amendementen)\b|(?-i:\b(?:Tweede|Eerste)\s+Kamer\b|\bStaten-Generaal\b)"
)
#: A vote field with its content on its line: "Stemverhouding: met algemene stemmen vastgesteld".
_FIELD = re.compile(
    r"(?im)^[ \t]*(?:stemverhouding|stem(?:mings)?uitslag|uitslag\s+stemming)[ \t]*:[ \t]*\S[^\n]*$")
#: A decision told in a clause of cause or time is the background of the news, not its report.
_BACKGROUND = re.compile(
    r"(?i)(?:^|,)\s*(?:nu|omdat|nadat|doordat|sinds|aangezien|toen|zodra|hoewel|terwijl)\b[^,]*$")
#: Words without which a text states no vote (looked for before the sentences are split).
_VOTE_WORDS = ("unaniem", "algemene stemmen", "stemmen", "stem ", "raadsbreed", "voltallige",
               "stemverhouding", "stemuitslag", "unanimiteit", "meerderheid", "hele raad", "gehele raad",
               "alle partijen", "alle fracties")


def decision_vote(text: str, kind: str | None) -> Outcome | None:
    """The vote a text states on the decision it reports: its vote field, or (in a report) the first
    sentence that tells a decision with its vote."""
    lowered = text.lower()
    if not any(word in lowered for word in _VOTE_WORDS):
        return None
    for field in _FIELD.finditer(text):
        if (outcome := _vote_in(text, field.start(), field.end())) is not None:
            return outcome
    if kind not in REPORT_KINDS:
        return None
    for sentence in sentences(text):
        body = sentence.text
        decided = _DECIDED.search(body)
        if decided is None or _NOT_HERE.search(body) or _BACKGROUND.search(body, 0, decided.start()):
            continue
        if (outcome := _vote_in(text, sentence.begin, sentence.end)) is not None:
            return outcome
    return None


def _vote_in(text: str, begin: int, end: int) -> Outcome | None:
    outcome = Outcome(value=None, span=Span.trimmed_of(text, begin, end))
    read_counts(outcome, text[begin:end])
    return outcome if has_vote(outcome) else None


__all__ = ["REPORT_KINDS", "decision_vote"]
