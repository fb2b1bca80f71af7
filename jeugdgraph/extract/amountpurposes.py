"""What an amount of money or a percentage is for: the phrase of its sentence that says so.

``een regionaal budget van € 400.000 voor het project Jeugdhulp naar de voorkant`` -> ``voor het project
Jeugdhulp naar de voorkant``; ``Voor Alblasserdam komt dat neer op € 19.000,=`` -> ``Voor Alblasserdam``.
"""

from __future__ import annotations

import re

from ..facts import Span
from .amounts import AmountMatch

_PURPOSE_MARKERS = (
    ("ten", "behoeve", "van"), ("t.b.v.",), ("tbv",), ("bestemd", "voor"), ("bedoeld", "voor"),
    ("ter", "dekking", "van"), ("ter", "financiering", "van"), ("ter", "uitvoering", "van"),
    ("voor",), ("om",),
)
# words that start a new clause, so a purpose phrase ends before them
_VERBS = frozenset({
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "komt", "komen", "kwam", "kan",
    "kunnen", "kon", "zal", "zullen", "zou", "moet", "moeten", "mag", "mogen", "heeft", "hebben",
    "had", "hadden", "gaat", "gaan", "ging", "blijft", "blijven", "bedraagt", "ontvangen", "nodig",
})
# participles that may stand between an amount and its purpose ("€ 400.000 beschikbaar gesteld voor")
_PARTICIPLES = frozenset({
    "beschikbaar", "gesteld", "uitgetrokken", "gereserveerd", "begroot", "geraamd", "toegekend",
    "ingezet", "besteed",
})
_CONNECTIVES = frozenset({
    "maar", "of", "omdat", "waardoor", "waarmee", "waarvan", "zodat", "terwijl", "dat", "die", "we",
    "wij", "ze", "zij", "u", "hij", "ik",
})
_STOP_WORDS = _VERBS | _PARTICIPLES | _CONNECTIVES
_CLAUSE_END = re.compile(r"[.,;:!?)\]]+$")
_SENTENCE_END = re.compile(r"[!?;:]|\.(?=\s+[A-Z\u00c0-\u00dd\d\u2022(-])|\.$")
_TOKEN = re.compile(r"\S+")
MAX_GAP_WORDS = 3  # "€ 400.000 beschikbaar gesteld voor ...": words between amount and purpose
MAX_PURPOSE_WORDS = 12


def purpose_of(text: str, match: AmountMatch) -> str | None:
    """A short verbatim phrase saying what the amount is for, when its sentence says so.

    ``een regionaal budget van € 400.000 voor het project Jeugdhulp naar de voorkant`` -> ``voor
    het project Jeugdhulp naar de voorkant``; ``Voor Alblasserdam komt dat neer op € 19.000,=`` ->
    ``Voor Alblasserdam``; for a percentage also the thing it measures (``een korting van 10%`` ->
    ``korting``). The phrase is a slice of ``text`` (see ``purpose_span`` for its offsets).
    """
    span = purpose_span(text, match)
    return span.text if span else None


def purpose_span(text: str, match: AmountMatch) -> Span | None:
    return (
        _after(text, match)
        or _before(text, match)
        or (_measured(text, match) if match.unit == "%" else None)
    )


def _tokens(text: str, begin: int, end: int) -> list[tuple[int, int, str]]:
    return [(begin + t.start(), begin + t.end(), t.group()) for t in _TOKEN.finditer(text[begin:end])]


def _marker_at(tokens: list[tuple[int, int, str]], index: int, percentage: bool = False) -> int:
    """How many tokens a purpose marker starting at ``index`` takes (0: none there)."""
    for marker in _PURPOSE_MARKERS + ((("van",),) if percentage else ()):
        words = [t[2].lower() for t in tokens[index:index + len(marker)]]
        if len(words) == len(marker) and all(
            w == m for w, m in zip(words[:-1], marker[:-1], strict=True)
        ) and _CLAUSE_END.sub("", words[-1]) == marker[-1] and not _CLAUSE_END.search(words[-1]):
            return len(marker)
    return 0


def _phrase(text: str, tokens: list[tuple[int, int, str]], start: int, marker_length: int,
            limit: int) -> Span | None:
    """The phrase from the marker at ``start`` up to the first stop; None when nothing follows it.

    It stops before a verb, conjunction or pronoun that starts a new clause, before another
    amount or a parenthesis, after a word followed by punctuation, and after ``limit`` words; an
    ``om`` phrase ends with the verb after ``te`` and is only a purpose when it has one.
    """
    marker = tokens[start][2].lower()
    end = tokens[start][0]
    content = 0
    after_te = False
    for begin_t, _, token in tokens[start + marker_length:start + marker_length + limit]:
        if token.lower() in _STOP_WORDS or token.startswith(("€", "(")) or token.upper() == "EUR":
            break
        if re.fullmatch(r"\d+(?:,\d+)?%\W*", token):
            break
        stripped = _CLAUSE_END.sub("", token)
        end = begin_t + len(stripped)
        content += 1
        if stripped != token or after_te:
            break
        after_te = marker == "om" and stripped.lower() == "te"
    if content == 0:
        return None
    if marker == "om" and not re.search(r"(?<![^\W_])te\s+\S+$", text[tokens[start][0]:end]):
        return None
    return Span.of(text, tokens[start][0], end)


def _after(text: str, match: AmountMatch) -> Span | None:
    limit = _sentence_end(text, match.span.end)
    tokens = _tokens(text, match.span.end, limit)
    for index, (_, _, token) in enumerate(tokens):
        length = _marker_at(tokens, index, percentage=match.unit == "%")
        if length:
            return _phrase(text, tokens, index, length, MAX_PURPOSE_WORDS)
        if index >= MAX_GAP_WORDS or _CLAUSE_END.search(token) or token.startswith(("€", "(")):
            return None
        if token.lower() in _VERBS | _CONNECTIVES:
            return None
    return None


def _before(text: str, match: AmountMatch) -> Span | None:
    begin = _sentence_start(text, match.span.begin)
    tokens = _tokens(text, begin, match.span.begin)
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index][2].lower()
        if word not in {"voor", "ten", "t.b.v.", "tbv"}:
            continue
        length = _marker_at(tokens, index)
        if length and tokens[index][2].lower() != "om":
            phrase = _phrase(text, tokens, index, length, 8)
            if phrase is not None:
                return phrase
    return None


def _measured(text: str, match: AmountMatch) -> Span | None:
    """``een korting van 10%`` -> ``korting``: the noun right before ``van``."""
    before = text[max(0, match.span.begin - 60):match.span.begin]
    m = re.search(r"(?<![^\W_])([^\W\d_]{3,})\s+van\s+$", before)
    if not m or m.group(1).lower() in _STOP_WORDS | {"een", "het", "de", "totaal"}:
        return None
    begin = match.span.begin - len(before) + m.start(1)
    return Span.of(text, begin, begin + len(m.group(1)))


def _sentence_start(text: str, position: int) -> int:
    window_start = max(0, position - 300)
    last = window_start
    for m in _SENTENCE_END.finditer(text, window_start, position):
        if not _inside_number_or_abbreviation(text, m.start()):
            last = m.end()
    return last


def _sentence_end(text: str, position: int) -> int:
    window_end = min(len(text), position + 300)
    for m in _SENTENCE_END.finditer(text, position, window_end):
        if not _inside_number_or_abbreviation(text, m.start()):
            return m.start()
    return window_end


def _inside_number_or_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    before = text[max(0, dot - 6):dot]
    return bool(re.search(r"(?:\d|(?<![^\W_])(?:ca|bijv|bv|o\.a|mln|mld|nr|jl|incl|excl|resp|evt|d\.d))$",
                          before, re.IGNORECASE))
