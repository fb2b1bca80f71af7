"""Candidate statements (decisions, assignments) and their features for the learned models.

A candidate is one sentence of the text as ``structure.sentences`` splits it (list items and headings are
sentences of their own). Its features are general, not wordings of any document: the words it opens and
ends with, its word forms (cut to a crude stem), whether it is a list item, the sentence that introduces it
(``Besluit:``, ``verzoekt het college:``), the heading above it, the document's kind, its length and where it
stands. Training (``jeugdgraph.learn``) and the build use these same functions, so a model sees in the build
exactly what it was trained on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Sequence
from dataclasses import dataclass
from operator import itemgetter

import ahocorasick

from ..facts import Span
from .structure import ITEM_MARKER, is_heading, sentences

_WORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*|\d+")
STEM = 7  # a crude stem: the word's first letters ("vaststellen", "vastgesteld" stay apart by ending)
WORDS_KEPT = 60  # words of a candidate that give word-form features (the opening says most)
MAX_WORDS = 120  # a longer sentence is a paragraph of prose or a flattened table: no candidate
MIN_WORDS = 3
LENGTHS = (4, 8, 15, 30, 60)  # the edges of the buckets of a candidate's length in words
POSITIONS = (1, 3, 6, 8)  # the edges of the buckets of where it stands, in tenths of the text
_REACH = 12  # sentences back where an item's introducing sentence or a heading may stand
_INFINITIVE_END = re.compile(r"\bte\s+[a-zà-ÿ]+en\s*[.;,]?\s*$")
TE_INFINITIVE = re.compile(r"\bte\s+[a-zà-ÿ]+en\b")
_PARTICIPLE = re.compile(r"\bge[a-zà-ÿ]{3,}[dt]\b")
#: Kinds of sentence that introduce decisions or requests, in any wording of the genre.
_TRIGGERS = {
    "decide": re.compile(r"\bbeslu(?:it|iten|ten)\b|\bbeslispunt|\bbesloten\b|\bbesluitpunt"),
    "propose": re.compile(r"\bstel(?:t|len)\b.{0,60}\bvoor\b|\bvoorgesteld\b|\bvoorstel\b"),
    "ask": re.compile(
        r"\bverzo(?:ek|ekt|eken|cht)\b|\bdra(?:agt|gen|agt)\b.{0,60}\bop\b|\bopdracht\b"
        r"|\broep(?:t|en)\b.{0,60}\bop\b|\bspreekt\b.{0,60}\buit\b"
    ),
    "motion": re.compile(r"\bmotie|\bamendement"),
    "college": re.compile(r"\bcollege\b"),
    "council": re.compile(r"\b(?:gemeente)?raad\b"),
}
#: A word each trigger's every match holds: a look for it is cheaper than the pattern's search.
_TRIGGER_CUES = {
    "decide": ("besl",), "propose": ("voor",), "ask": ("verzo", "dra", "opdracht", "roep", "spreekt"),
    "motion": ("motie", "amendement"), "college": ("college",), "council": ("raad",),
}
#: Each trigger's cue words in one automaton: one pass over a sentence tells which triggers' cues it holds.
_CUES = ahocorasick.Automaton()
for _name, _words_of_cue in _TRIGGER_CUES.items():
    for _cue in _words_of_cue:
        _CUES.add_word(_cue, _name)
_CUES.make_automaton()
_CUE_NAME = itemgetter(1)
TRIGGER_REACH = 10
TRIGGER_NAMES = tuple(_TRIGGERS)
#: The verb forms that tell a body decided, adopted or consented, in any tense.
DECIDED = re.compile(
    r"\b(?:besluit|besluiten|besloot|besloten|ingestemd|stem(?:t|de|den|men)\s+(?:\w+\s+){0,6}?in\b"
    r"|vastgesteld|vast\s+te\s+stellen|vaststellen|goedgekeurd|goed\s+te\s+keuren|aangenomen|akkoord"
    r"|gemachtigd|toegekend|beschikbaar\s+(?:te\s+stellen|gesteld)|in\s+te\s+stemmen|kennis\s+te\s+nemen"
    r"|verworpen|afgewezen)\b"
)
#: A word each match of ``DECIDED`` holds: looking for them is cheaper than the pattern's search.
DECIDED_CUES = ("besl", "stem", "vast", "goed", "aangenomen", "akkoord", "gemachtigd", "toegekend",
                "beschikbaar", "kennis", "verworpen", "afgewezen")
PERFECT = re.compile(r"\b(?:heeft|hebben|is|zijn|werd|werden|wordt|worden)\b")
_SUBJECTS = {
    "council": re.compile(r"^(?:de\s+)?(?:gemeente)?raad\b|^(?:een\s+)?meerderheid\b"),
    "college": re.compile(
        r"^(?:het\s+|ons\s+)?college\b|^b\s*(?:&|en)\s*w\b|^burgemeester\s+en\s+wethouders\b"
    ),
    "we": re.compile(r"^(?:wij|we)\b"),
    "board": re.compile(r"^(?:het\s+)?(?:algemeen|dagelijks)\s+bestuur\b"),
}


#: Verbs of duty, intent or possibility: what is still to be done, not what was decided.
MODALS = frozenset({
    "moet", "moeten", "moest", "moesten", "dient", "dienen", "zal", "zullen", "zou", "zouden",
    "kan", "kunnen", "kon", "konden", "gaat", "gaan", "wil", "willen", "mag", "mogen",
})
_OPENERS = frozenset({
    "de", "het", "een", "in", "op", "voor", "met", "dat", "die", "dit", "deze", "er", "ook", "maar", "en",
    "als", "om", "te", "wij", "we", "ik", "u", "zij", "ze", "hij", "zo", "nu",
})


@dataclass(slots=True)  # not frozen: made for every sentence, and never changed after
class Sentence:
    """What the features read of one sentence, read once per document."""

    span: Span
    lowered: str
    words: list[str]
    marker: str | None
    heading: bool
    introduces: bool  # ends in ":"
    triggers: tuple[str, ...]


def _triggers(lowered: str) -> tuple[str, ...]:
    """The triggers whose pattern the sentence holds (in ``_TRIGGERS``' order), each searched for only
    where one of its cue words occurs (the automaton reports every occurrence, overlapping or not)."""
    cued = set(map(_CUE_NAME, _CUES.iter(lowered)))
    if not cued:
        return ()
    return tuple(name for name, pattern in _TRIGGERS.items() if name in cued and pattern.search(lowered))


def _read(text: str, spans: Sequence[Span]) -> list[Sentence]:
    read = []
    for span in spans:
        stripped = span.text.strip()
        lowered = stripped.lower()
        read.append(Sentence(
            span, lowered, _WORD.findall(lowered), _marker_of(text, span), is_heading(stripped),
            stripped.endswith(":"), _triggers(lowered),
        ))
    return read


@dataclass(frozen=True)
class Candidate:
    """One sentence that may be a decision or an assignment, and its features."""

    span: Span
    features: frozenset[str]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _stem(word: str) -> str:
    return word[:STEM]


def _item_kind(text: str) -> str | None:
    marker = ITEM_MARKER.match(text)
    if marker is None:
        return None
    for kind in ("num", "letter", "bullet", "roman"):
        if marker.group(kind):
            return kind
    return None


def _line_prefix(text: str, begin: int) -> str:
    """What stands on the candidate's line before it (the list marker the splitter cut off, if any)."""
    return text[text.rfind("\n", 0, begin) + 1 : begin]


def _marker_of(text: str, span: Span) -> str | None:
    return _item_kind(span.text) or _item_kind(_line_prefix(text, span.begin) + span.text[:4])


def bucket(value: int, edges: Sequence[int]) -> int:
    """The index of the first edge the value does not exceed (``len(edges)`` past the last)."""
    return bisect_left(edges, value)


def opening_of(words: Sequence[str]) -> list[str]:
    """The sentence's first words that are not numbers (of its first four)."""
    return [w for w in words[:4] if not w.isdigit()]


SUBJECT_NAMES = (*_SUBJECTS, "name")  # what ``subject_of`` may give


def subject_of(lowered: str, body: str, opening: Sequence[str]) -> str | None:
    """Who the sentence opens with: the council, the college, we, a board or a name."""
    subject = next((name for name, pattern in _SUBJECTS.items() if pattern.match(lowered)), None)
    if subject is None and body[:1].isupper() and opening and opening[0] not in _OPENERS:
        subject = "name"  # a municipality or a party as the subject: "Noordenveld stemt in met"
    return subject


def reading(text: str) -> list[Sentence]:
    """What the features read of every sentence of the text."""
    return _read(text, sentences(text))


def candidates(
    text: str, kind: str | None, read: Sequence[Sentence] | None = None, keep: Container[int] | None = None
) -> list[Candidate]:
    """Every sentence of the text that may state a decision or an assignment, with its features; given
    ``keep``, only those at an index of ``read`` (the text's ``reading``) it holds."""
    read = _read(text, sentences(text)) if read is None else read
    length = max(1, len(text))
    return [Candidate(sentence.span, frozenset(_features(read, index, kind, length)))
            for index, sentence in enumerate(read)
            if MIN_WORDS <= len(sentence.words) <= MAX_WORDS and (keep is None or index in keep)]


def features_of(text: str, span: Span, kind: str | None) -> frozenset[str]:
    """The features of any passage (a rule's decision point), read as if it were a sentence."""
    spans = sentences(text)
    index = next((i for i, s in enumerate(spans) if s.end > span.begin), len(spans))
    return frozenset(_features(_read(text, [*spans[:index], span]), index, kind, max(1, len(text))))


def _features(read: Sequence[Sentence], index: int, kind: str | None, length: int) -> list[str]:
    sentence = read[index]
    span, words, lowered = sentence.span, sentence.words, sentence.lowered
    body = span.text.strip()
    features = [
        f"k:{kind or 'none'}",
        f"len:{bucket(len(words), LENGTHS)}",
        f"pos:{bucket(10 * span.begin // length, POSITIONS)}",
    ]
    features += [f"w:{w[:STEM]}" for w in words[:WORDS_KEPT]]
    opening = opening_of(words)
    features += [f"f:{w}" for w in opening[:1]] + [f"f2:{'_'.join(opening[:2])}"] if opening else []
    features += [f"b:{a}_{b}" for a, b in zip(words[:8], words[1:8], strict=False)]
    features += [f"l:{'_'.join(words[-2:])}", f"l1:{words[-1]}"]
    if _INFINITIVE_END.search(lowered[-60:]):  # (its end only: a search of all of it costs more)
        features.append("inf_end")
    te_infinitive = "te " in lowered and TE_INFINITIVE.search(lowered) is not None
    if te_infinitive:
        features.append("te_inf")
    if "ge" in lowered and _PARTICIPLE.search(lowered):
        features.append("participle")
    features.append(f"end:{body[-1] if body[-1] in '.;:,?!' else 'none'}")
    if sentence.marker:
        features += ["item", f"item:{sentence.marker}"]
    features += _context(read, index)
    features += [f"s:{name}" for name in sentence.triggers]
    subject = subject_of(lowered, body, opening)
    if subject:
        features.append(f"subj:{subject}")
    modals = [w for w in words if w in MODALS]
    features += [f"modal:{w}" for w in modals[:2]]
    if modals and te_infinitive:
        features.append("modal:te_inf")  # a duty still to do ("dienen deze vast te stellen"), no decision
    if any(map(lowered.__contains__, DECIDED_CUES)) and DECIDED.search(lowered):
        features += ["decided", f"decided:{kind or 'none'}", f"decided:{subject}"]
        if PERFECT.search(lowered):
            features.append("decided:perfect")
    features += _triggers_before(read, index)
    return features


def context_of(read: Sequence[Sentence], index: int) -> tuple[int | None, int | None, int | None]:
    """Where the introducing sentence (one ending in ``:`` right before, or before the list's items), the
    heading above and the sentence right before stand in ``read``."""
    intro: int | None = None
    heading: int | None = None
    item = read[index].marker is not None
    previous = index - 1 if index else None
    if previous is not None and read[previous].introduces:
        intro = previous
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        sentence = read[back]
        if heading is None and sentence.heading:
            heading = back
        if intro is None and item and (sentence.introduces or sentence.marker is None):
            intro = back  # the sentence the list's items follow
        if intro is not None and heading is not None:
            break
    return intro, heading, previous


def _context(read: Sequence[Sentence], index: int) -> list[str]:
    """The words of the introducing sentence, the heading above and the sentence before."""
    features: list[str] = []
    intro, heading, previous = context_of(read, index)
    if intro is not None:
        features.append("intro")
        features += [f"i:{_stem(w)}" for w in read[intro].words[-8:]]
    if heading is not None:
        features += [f"h:{_stem(w)}" for w in read[heading].words[:4]]
    if previous is not None:
        features += [f"p:{_stem(w)}" for w in read[previous].words[-3:]]
    return features


def triggers_before(read: Sequence[Sentence], index: int) -> list[tuple[str, int, bool]]:
    """The kinds of introducing sentence above, each with how far up (a bucket) and whether only list items
    stand between."""
    found: list[tuple[str, int, bool]] = []
    seen: set[str] = set()
    items_only = True
    for distance, back in enumerate(range(index - 1, max(-1, index - 1 - TRIGGER_REACH), -1), start=1):
        sentence = read[back]
        for name in sentence.triggers:
            if name not in seen:
                seen.add(name)
                found.append((name, bucket(distance, (1, 3, 6)), items_only))
        items_only = items_only and sentence.marker is not None
    return found


def _triggers_before(read: Sequence[Sentence], index: int) -> list[str]:
    features: list[str] = []
    for name, reach, items_only in triggers_before(read, index):
        features.append(f"t:{name}:{reach}")
        if items_only:
            features.append(f"t:{name}:list")
    return features
