"""Whole-word phrase matching that forgives case, diacritics, dashes and line breaks.

Documents write the same name in many ways: ``Wmo`` and ``WMO``, ``wet Verbetering
beschikbaarheid jeugdzorg``, ``Gemeenschappelijke Regeling`` broken over two lines, ``Kind‑ en
Gezinsbescherming`` with a non-breaking hyphen, ``continuïteit`` and ``continuiteit``. The matcher
searches a normalised copy of the text (case-folded, diacritics stripped, every run of white space
one space, every dash a space) with an Aho-Corasick automaton and maps each hit back to the exact
characters of the original text, so a match's span is always a verbatim passage.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import ahocorasick

from . import jointphrases

T = TypeVar("T")

_DASHES = set("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad")
_SINGLE_QUOTES = set("'\u2018\u2019\u201a\u201b\u00b4`")
_DOUBLE_QUOTES = set('"\u201c\u201d\u201e\u201f')


def _fold_char(ch: str) -> str:
    """One original character as it appears in the normalised text (may be 0..n characters)."""
    if ch.isspace() or ch in _DASHES:
        return " "
    if ch in _SINGLE_QUOTES:
        return "'"
    if ch in _DOUBLE_QUOTES:
        return '"'
    folded = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


# The characters other than A-Z and a-z that re.IGNORECASE takes for a Latin letter (i, i, s, k).
_FOLDS_TO_LATIN = ("\u0130", "\u0131", "\u017f", "\u212a")


def caseless(word: str) -> str:
    """The key to look up a word that a ``re.IGNORECASE`` pattern matched.

    Such a pattern also matches letters that only fold to the Latin ones (``İ`` for ``i``, ``ſ``
    for ``s``, the Kelvin sign for ``k``), which ``str.lower`` keeps: case-fold and drop the
    combining marks, so the key is the plain word the pattern was written with."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=32)  # the extractors of one document each ask for its text's lowered copy
def lowered_for_search(text: str) -> str | None:
    """``text.lower()``, to look for the words a case-insensitive pattern needs before running it.

    Offsets are the same as in ``text``, and a Latin word occurs in it exactly when it occurs in
    ``text`` as ``re.IGNORECASE`` sees it; when ``text`` holds a character for which that is not
    so, ``None``, and the pattern must be run without looking first.
    """
    if any(c in text for c in _FOLDS_TO_LATIN):
        return None
    return text.lower()


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given (in ascending order) every position where a
    match can start: the pattern is tried there only, instead of at every position of the text."""
    found = []
    searched_from = 0
    for start in starts:
        if start >= searched_from:
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                searched_from = m.end()
    return found


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Every position (ascending) where one of ``words`` occurs in ``text``, overlaps included."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


class _FoldTable(dict):
    """Character code -> what it folds to; ``str.translate`` asks it for every character, and a
    character not met before is folded (and kept) at that moment."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = _fold_char(ch)
        if len(folded) != 1:
            _IRREGULAR.add(ch)  # before the table has it, for a thread reading both
        self[code] = folded
        return folded


_FOLDED = _FoldTable()
# the characters that fold to no character or to several: texts holding one take the exact path
_IRREGULAR: set[str] = set()
_SPACE_RUNS = re.compile("  +")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The normalised form of a phrase (what labels are compared in)."""
    return NormalisedText.of(text).text.strip()


# (normalised text, offsets) where the exact path made every offset; (normalised text, None,
# breaks, shifts) on the fast path: from normalised position breaks[k] on, the original index is
# the normalised one plus shifts[k] (the spaces dropped before it)
_Normalised = tuple[str, "tuple[int, ...] | None", "tuple[int, ...]", "tuple[int, ...]"]


@lru_cache(maxsize=16)
def _normalise(original: str) -> _Normalised:
    folded = original.translate(_FOLDED)  # (learns the characters it has not met)
    irregular = tuple(_IRREGULAR)
    if irregular and any(ch in original for ch in irregular):
        text, offsets = _normalise_exactly(original)
        return text, offsets, (), ()
    # every character folds to exactly one: the folded text lines up with the original, and a
    # run of spaces keeps its first one
    breaks: list[int] = []
    shifts: list[int] = []
    dropped = 0
    for run in _SPACE_RUNS.finditer(folded):
        dropped += run.end() - run.start() - 1
        breaks.append(run.end() - dropped)  # the normalised position after the kept space
        shifts.append(dropped)
    return _SPACE_RUNS.sub(" ", folded), None, tuple(breaks), tuple(shifts)


def _normalise_exactly(original: str) -> tuple[str, tuple[int, ...]]:
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(original):
        folded = _FOLDED[ord(ch)]
        if folded == " " and chars and chars[-1] == " ":
            continue  # a run of white space (or dashes) is one space
        for c in folded:
            chars.append(c)
            offsets.append(index)
    return "".join(chars), tuple(offsets)


class NormalisedText:
    """A normalised copy of a text with, per normalised character, its index in the original."""

    __slots__ = ("original", "text", "_offsets", "_breaks", "_shifts")

    def __init__(
        self,
        original: str,
        text: str,
        offsets: tuple[int, ...] | None,
        breaks: tuple[int, ...] = (),
        shifts: tuple[int, ...] = (),
    ) -> None:
        self.original = original
        self.text = text
        self._offsets = offsets
        self._breaks = breaks
        self._shifts = shifts

    @classmethod
    def of(cls, original: str) -> NormalisedText:
        # the last few texts are kept: the extractors of one document all search the same text
        return cls(original, *_normalise(original))

    @property
    def offsets(self) -> tuple[int, ...]:
        """Per normalised character, its index in the original."""
        if self._offsets is None:
            return tuple(self.original_index(i) for i in range(len(self.text)))
        return self._offsets

    def original_index(self, index: int) -> int:
        """The index in the original of normalised position ``index``."""
        if self._offsets is not None:
            return self._offsets[index]
        k = bisect_right(self._breaks, index)
        return index + (self._shifts[k - 1] if k else 0)

    def original_span(self, begin: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised range ``begin..end`` (end exclusive, non-empty)."""
        return self.original_index(begin), self.original_index(end - 1) + 1

    def is_word_boundary(self, index: int) -> bool:
        """True when normalised position ``index`` is not inside a word (or lies at an edge)."""
        return index < 0 or index >= len(self.text) or not self.text[index].isalnum()


def _footnote(normal: str, index: int) -> bool:
    """Whether one digit glued to a word's end is a footnote's mark ("Eemnes1, Hilversum"): a year or a
    code ("Amersfoort2014", "GGD3D") goes on with more characters."""
    return (normal[index].isdigit() and normal[index - 1].isalpha()
            and (index + 1 >= len(normal) or normal[index + 1] in ",;:.) \n\t"))


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    """One occurrence of a phrase: original offsets and the payloads registered for it."""

    begin: int
    end: int
    key: str  # the normalised phrase
    payloads: tuple[T, ...]


class PhraseMatcher(Generic[T]):
    """Finds registered phrases as whole words, longest match first, without overlaps."""

    def __init__(self, phrases: Iterable[tuple[str, T]], *, shared: bool = False) -> None:
        """``shared``: search a text in one pass with the other shared matchers (``jointphrases``)."""
        table: dict[str, list[T]] = {}
        for phrase, payload in phrases:
            key = fold(phrase)
            if not key:
                continue
            bucket = table.setdefault(key, [])
            if payload not in bucket:
                bucket.append(payload)
        self._automaton = ahocorasick.Automaton()
        values = {key: (key, tuple(payloads)) for key, payloads in table.items()}  # what the automaton holds
        for key, value in values.items():
            self._automaton.add_word(key, value)
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()
        self._slot = jointphrases.register(self, values) if shared else None

    def find(
        self, text: NormalisedText, accept: Callable[[int, int, str, T], bool] | None = None
    ) -> list[PhraseMatch[T]]:
        """All whole-word matches; where matches overlap, the longest (then the first) wins.

        ``accept(begin, end, key, payload)`` (original offsets) may reject a payload at a place;
        a match with no accepted payload does not take part, so a shorter match can win there.
        """
        if self._empty:
            return []
        candidates: list[tuple[int, int, str, tuple[T, ...]]] = []
        normal = text.text
        size = len(normal)
        shared = jointphrases.hits(self._slot, normal) if self._slot is not None else None
        for last, (key, payloads) in self._automaton.iter(normal) if shared is None else shared:
            start = last - len(key) + 1
            # whole words only: what ``is_word_boundary`` says on both sides, inline (a hot loop)
            if (start > 0 and normal[start - 1].isalnum()) or (
                    last + 1 < size and normal[last + 1].isalnum() and not _footnote(normal, last + 1)):
                continue
            if accept is not None:
                begin, stop = text.original_span(start, last + 1)
                payloads = tuple(p for p in payloads if accept(begin, stop, key, p))
            if payloads:
                candidates.append((start, last + 1, key, payloads))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(text.text))  # 1 where a chosen match is
        chosen: list[PhraseMatch[T]] = []
        for start, end, key, payloads in candidates:
            if taken.find(1, start, end) >= 0:
                continue  # it overlaps a longer (or an earlier) match
            taken[start:end] = b"\x01" * (end - start)
            begin, stop = text.original_span(start, end)
            chosen.append(PhraseMatch(begin, stop, key, payloads))
        chosen.sort(key=lambda m: (m.begin, m.end))
        return chosen
