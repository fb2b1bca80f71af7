"""The outcome of a motion or amendment, and the vote, where the document states them.

Read from the text in any layout: a result field (``Uitslag`` with ``Verworpen`` on the next
line, ``Deze motie is aangenomen op 30-09-2019``), or a sentence that names a motion or amendment
and what happened to it (``werd die motie verworpen``, ``is 8 november unaniem aangenomen``,
``heeft geen meerderheid gekregen``, ``een - later weer ingetrokken - motie``, ``nam de
gemeenteraad een motie ... aan``). The first statement counts: a news item is about the motion it
opens with. Nothing is inferred: a text that does not say what happened has no outcome.

A motion's or amendment's own line that opens with the result (``Aangenomen met 28 stemmen voor
en 9 tegen.``) states it too.

The vote: ``unaniem`` in the same sentence (or in a later one that reports the same outcome of a
motion), ``met 20 stemmen voor en 5 tegen``, and the parties
after ``Voor stemden:`` / ``Tegen stemden:``, or before ``stemden voor``/``tegen`` in the sentence
of the outcome (``alleen SP en GroenLinks stemden voor``).
"""

from __future__ import annotations

import re

from ..facts import DocumentKind, Outcome, SourceText, Span
from .matching import lowered_for_search

OUTCOMES = ("aangenomen", "verworpen", "ingetrokken", "aangehouden")
#: Kinds of document whose text may report an outcome (a proposal or regulation that mentions an
#: old motion does not get that motion's outcome).
REPORTING_KINDS: frozenset[str] = frozenset({"motie", "amendement", "nieuwsbericht", "document"})

_RESULT_FIELD = re.compile(
    r"(?im)^[ \t]*(?:uitslag|stemuitslag|resultaat|besluit(?:vorming)?|stemming)[ \t]*:?[ \t]*\n?[ \t]*"
    r"(?:(?:motie|amendement)\s+is\s+)?(?P<word>aangenomen|verworpen|ingetrokken|aangehouden)\b"
    # a flattened PDF has the field mid-line, with its colon: "... P. Smit Stemuitslag: aangenomen"
    r"|(?i:\b(?:uitslag|stemuitslag|uitslag stemming|besluitvorming))[ \t]*:[ \t]*"
    r"(?:(?:motie|amendement)\s+is\s+)?(?P<inline>aangenomen|verworpen|ingetrokken|aangehouden)\b"
)
#: A motion's or amendment's own result line: "Aangenomen met 28 stemmen voor en 9 tegen."
_RESULT_LINE = re.compile(
    r"(?im)^[ \t]*(?P<word>aangenomen|verworpen|ingetrokken|aangehouden)\b(?![ \t]+(?:motie|amendement))"
)
_WORD = re.compile(
    r"(?i)\b(?P<word>aangenomen|verworpen|ingetrokken|aangehouden|geen\s+meerderheid"
    r"|verwierp(?:en)?|aannam(?:en)?)\b"
)
_TOOK = re.compile(r"(?i)\bnam(?:en)?\b[^.;\n]{0,160}?\b(?:motie|amendement)\b[^.;]{0,200}?\baan\b")
_SUBJECT = re.compile(r"(?i)\b(?:motie|moties|amendement|amendementen|raadsmotie)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
_RECALLS = re.compile(r"(?i)\b(?:constaterende|overwegende|van mening|gelet op|verwijzend naar|eerder)\b")
_UNANIMOUS = re.compile(r"(?i)\bunaniem\b|\bzonder\s+hoofdelijke\s+stemming\b|\braadsbreed\b")
_COUNTS = re.compile(
    r"(?i)\bmet\s+(?P<for>\d{1,3})\s+(?:stemmen\s+)?(?:voor\s+)?(?:en|tegen)\s+(?P<against>\d{1,3})"
    r"(?:\s+tegen)?\b"
    r"|\bmet\s+(?P<for2>\d{1,3})\s+tegen\s+(?P<against2>\d{1,3})\s+stemmen\b"
)
_AGAINST_COUNT = re.compile(r"(?i)\btegenstem(?:men)?\s+van\b[^.()]{0,80}\((?P<n>\d{1,3})\s+stemmen\)")
_PARTIES = re.compile(r"(?im)^[ \t]*(?P<side>v[oó]{1,2}r|tegen)\s+stemden\s*:?\s*(?P<list>[^\n]+)$")
# "alleen SP en GroenLinks stemden voor", "VVD, CDA en D66 stemden tegen"
_PARTY_NAME = r"[A-Z][\w'\u2019-]*(?:(?:[ \t]+(?:voor|van|de|het|der|op)){0,2}[ \t]+[A-Z0-9][\w'\u2019%-]*)*"
_PARTIES_VOTED = re.compile(
    rf"(?P<list>{_PARTY_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+){_PARTY_NAME})*)"
    r"[ \t]+stemden[ \t]+(?P<side>voor|tegen)\b"
)
_NOT_A_PARTY = re.compile(r"^(?:Alleen|Ook|Zowel|Behalve|Daarnaast|De|Het|Alle|Beide)(?:[ \t]+|$)")
# a text without one of these words states no outcome (looking for words is faster than the search)
_OUTCOME_WORDS = ("aangenomen", "verworpen", "ingetrokken", "aangehouden", "meerderheid", "verwierp",
                  "aannam",
                  " nam ", " namen ")
_NORMALISE = {"verwierp": "verworpen", "verwierpen": "verworpen", "aannam": "aangenomen",
              "aannamen": "aangenomen", "geen meerderheid": "verworpen", "aan genomen": "aangenomen"}


def _sentence(text: str, position: int) -> tuple[int, int]:
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, position):
        begin = m.end()
    end = _SENTENCE_END.search(text, position)
    return begin, (end.start() + 1 if end else len(text))


def _word(raw: str) -> str:
    key = " ".join(raw.lower().split())
    return _NORMALISE.get(key, key)


def find_outcome(source: SourceText, kind: DocumentKind) -> Outcome | None:
    """The outcome the text states for its motion or amendment, with the vote when stated."""
    if kind not in REPORTING_KINDS:
        return None
    text = source.text
    lowered = lowered_for_search(text)
    if lowered is not None and not any(w in lowered for w in _OUTCOME_WORDS):
        return None
    candidates: list[tuple[int, str, int, int]] = []
    if kind in {"motie", "amendement"} and (own := _RESULT_LINE.search(text)):
        line_end = text.find("\n", own.end())
        candidates.append((own.start("word"), _word(own.group("word")), own.start(),
                           len(text) if line_end < 0 else line_end))
    field = _RESULT_FIELD.search(text)
    if field:
        group = "word" if field.group("word") else "inline"
        line_end = text.find("\n", field.end())
        candidates.append((field.start(group), _word(field.group(group)), field.start(),
                           len(text) if line_end < 0 else line_end))
    for m in _WORD.finditer(text):
        begin, end = _sentence(text, m.start())
        # a motion's considerations may recall another motion ("constaterende dat de motie X in 2019
        # is aangenomen"): that is not this motion's outcome
        if kind in {"motie", "amendement"} and _RECALLS.search(text, max(0, begin - 200), end):
            continue
        if _SUBJECT.search(text, begin, end):
            candidates.append((m.start(), _word(m.group("word")), begin, end))
            break
    took = _TOOK.search(text) if lowered is None or " nam " in lowered or " namen " in lowered else None
    if took:
        begin, end = _sentence(text, took.start())
        candidates.append((took.start(), "aangenomen", begin, end))
    if not candidates:
        return None
    _, value, begin, end = min(candidates)
    outcome = Outcome(value=value, span=Span.trimmed_of(text, begin, end))
    _read_vote(outcome, outcome.span.text)
    if not _has_vote(outcome):
        # the vote may stand in a later sentence that reports the same outcome of a motion
        # ("de aangenomen motie ..." first, "De motie ... is 8 november unaniem aangenomen" later)
        for m in _WORD.finditer(text, end):
            other_begin, other_end = _sentence(text, m.start())
            if _word(m.group("word")) == value and _SUBJECT.search(text, other_begin, other_end):
                _read_vote(outcome, text[other_begin:other_end])
                if _has_vote(outcome):
                    break
    for m in _PARTIES.finditer(text):
        names = [p.strip(" .") for p in re.split(r",|\ben\b", m.group("list")) if p.strip(" .")]
        if m.group("side").lower().startswith("v"):
            outcome.parties_for.extend(names)
        else:
            outcome.parties_against.extend(names)
    if not (outcome.parties_for or outcome.parties_against) and "stemden" in outcome.span.text:
        for m in _PARTIES_VOTED.finditer(outcome.span.text):
            names = [_NOT_A_PARTY.sub("", p).strip() for p in re.split(r",|\ben\b", m.group("list"))]
            (outcome.parties_for if m.group("side") == "voor" else outcome.parties_against).extend(
                n for n in names if n)
    return outcome


def _has_vote(outcome: Outcome) -> bool:
    return outcome.unanimous or outcome.votes_for is not None or outcome.votes_against is not None


def _read_vote(outcome: Outcome, sentence: str) -> None:
    """``unaniem`` and the counts a sentence states."""
    if _UNANIMOUS.search(sentence):
        outcome.unanimous = True
    counts = _COUNTS.search(sentence)
    if counts:
        outcome.votes_for = int(counts.group("for") or counts.group("for2"))
        outcome.votes_against = int(counts.group("against") or counts.group("against2"))
    elif against := _AGAINST_COUNT.search(sentence):
        outcome.votes_against = int(against.group("n"))


__all__ = ["OUTCOMES", "REPORTING_KINDS", "find_outcome"]
