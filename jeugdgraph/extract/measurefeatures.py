"""The sentences a learned model may read as measures, and the features it reads them by.

Pure functions from a text and a sentence's position to feature strings: the build
(``measuremodel``) and the training (``jeugdgraph.learn.measures``) both call them, so the model is
trained on exactly what it later sees. The features are general, not wordings: lowercased words
cut to a crude stem, the sentence's first words, who acts ("we", the college, the municipality), the
document's kind, whether the sentence is a list item or follows a line that opens a list, its
length and its place in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Span
from .measureacts import PARTY_VOICE, PARTY_WE, headline
from .structure import ITEM_MARKER, sentences

_WORD = re.compile(r"[a-zà-ÿ]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# the words that open a list of actions on the line before (its items are measures, its heading no sentence)
_LIST_OPENER = re.compile(
    r"(?i)\b(?:maatregel\w*|stappen|acties|actiepunten|speerpunten|aanpak|gaan\s+we|we\s+gaan|zullen\s+we|we\s+zullen)\b")
# who acts, by a word of the sentence: "we", the college, an alderman, the municipality, the region, the
# council, a party, the national government
_ACTOR_OF_WORD = {
    **dict.fromkeys(("we", "wij", "ons", "onze"), "we"),
    "college": "college",
    **dict.fromkeys(("wethouder", "wethouders"), "wethouder"),
    **dict.fromkeys(("gemeente", "gemeenten"), "gemeente"),
    "regio": "regio",
    **dict.fromkeys(("raad", "gemeenteraad"), "raad"),
    **dict.fromkeys(("fractie", "partij", "motie", "amendement"), "partij"),
    **dict.fromkeys(("kabinet", "minister", "staatssecretaris", "rijk"), "rijk"),
}
_QUOTE_MARKS = "'\"\u2018\u201c\u2019\u201d"
_STEM = 6
_MIN_WORDS = 4
_MAX_WORDS = 90


@dataclass(frozen=True)
class Candidate:
    """A sentence (without its list marker) a model may read as a measure, with what it is read by."""

    span: Span
    features: frozenset[str]


def _length(count: int) -> str:
    for bound in (8, 15, 25, 40):
        if count <= bound:
            return f"len:<={bound}"
    return "len:>40"


def _number(token: str) -> str:
    if token.endswith("%"):
        return "<pct>"
    return "<year>" if _YEAR.fullmatch(token) else "<num>"


def sentence_features(
    body: str, *, kind: str | None, item: bool, after_opener: bool, place: float
) -> frozenset[str]:
    """The features of one sentence ``body`` (without its list marker) in a document of ``kind``
    (``item``: it is a list item; ``after_opener``: an item of a list a line opens with actions; ``place``:
    where it begins in the document, 0 to 1)."""
    words = _WORD.findall(body.lower())
    # a crude stem (a word's first six letters) joins inflections: "investeert", "investeren"
    features = {f"w:{w[:_STEM]}" for w in words}
    features.update(f"w:{_number(n)}" for n in _NUMBER.findall(body))
    if "€" in body:
        features.add("w:€")
    if words:
        features.add(f"f:{words[0]}")
        if len(words) > 1:
            features.add(f"f2:{words[0]}_{words[1]}")
    features.update(f"a:{_ACTOR_OF_WORD[w]}" for w in words if w in _ACTOR_OF_WORD)
    features.add(f"k:{kind or 'none'}")
    features.add(_length(len(words)))
    features.add(f"pos:{min(4, int(place * 5))}")
    if item:
        features.add("item")
    if after_opener:
        features.add("after_opener")
    if body[:1] in _QUOTE_MARKS:
        features.add("quoted")
    return frozenset(features)


def candidates(text: str, kind: str | None) -> list[Candidate]:
    """The sentences of ``text`` a model may read as measures: no question, no line that opens a list,
    no headline, no sentence of a party speaking as "we", none too short or too long."""
    party = ("fractie" in text or "partij" in text) and PARTY_VOICE.search(text) is not None
    size = max(1, len(text))
    found: list[Candidate] = []
    in_opened_list = False  # the items after a line that opens a list of actions
    for sentence in sentences(text):
        body = sentence.text
        marker = ITEM_MARKER.match(body)
        if body.endswith(":"):
            in_opened_list = _LIST_OPENER.search(body) is not None
            continue
        in_opened_list = in_opened_list and marker is not None
        if body.endswith("?") or headline(sentence, text) or (party and PARTY_WE.search(body)):
            continue
        span = Span.trimmed_of(text, sentence.begin + marker.end(), sentence.end) if marker else sentence
        count = span.text.count(" ") + 1
        if count < _MIN_WORDS or count > _MAX_WORDS:
            continue
        features = sentence_features(
            span.text, kind=kind, item=marker is not None, after_opener=in_opened_list,
            place=sentence.begin / size)
        found.append(Candidate(span, features))
    return found


__all__ = ["Candidate", "candidates", "sentence_features"]
