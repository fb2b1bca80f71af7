"""Which cue words a text holds, found for all of them in one pass over the text.

Extractors look for a word before running a pattern that needs it (``"verordening" in lowered``),
and a document is asked about some hundreds of such words: each ``in`` scans the whole text. A
``Cues`` is a set of words registered in one shared Aho-Corasick automaton; the first question
about a text runs the automaton over it once and keeps the set of registered words it holds, so
every later question about that text is a set lookup. ``Cues(words).any_in(text)`` (or
``any_in(text, words)``) is exactly ``any(word in text for word in words)``: the words are matched
as they are written (look for lowered words in ``matching.lowered_for_search(text)``).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from threading import Lock

import ahocorasick

_SHORT = 400  # a shorter text is scanned word by word: running the automaton costs more
_FEW = 1  # a single word is looked for directly
_MANY = 8  # more words than this are looked for in a short text by an automaton of their own
_TEXTS_KEPT = 8  # the texts of the documents being extracted (raw and lowered) and a few more

_lock = Lock()
_words: set[str] = set()
_generation = 0  # raised whenever words are registered
# the automaton over every word registered up to its generation, built when a new text is read
_automaton: tuple[int, ahocorasick.Automaton] | None = None
# per text object (held, so its id stays its own): the generation read and the words it holds
_present: dict[int, tuple[str, int, frozenset[str]]] = {}
_WORD = itemgetter(1)


def _register(words: frozenset[str]) -> int:
    """The generation from which the automaton holds ``words``."""
    global _generation
    with _lock:
        if not words <= _words:
            _words.update(words)
            _generation += 1
        return _generation


def _built() -> tuple[int, ahocorasick.Automaton | None]:
    global _automaton
    with _lock:
        if _automaton is None or _automaton[0] != _generation:
            automaton = ahocorasick.Automaton()
            for word in _words:
                automaton.add_word(word, word)
            if _words:
                automaton.make_automaton()
            _automaton = (_generation, automaton)
        return _automaton if _words else (_automaton[0], None)


def _read(text: str) -> tuple[int, frozenset[str]]:
    """The generation and the registered words of ``text``, the automaton run once per text."""
    kept = _present.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1], kept[2]
    # words registered while a text is read are looked for one by one in it, so the automaton is
    # rebuilt at most once per new text
    generation, automaton = _built()
    # the words taken from the automaton's (end, word) pairs in C: a text holds some hundreds
    found = frozenset(map(_WORD, automaton.iter(text))) if automaton is not None else frozenset()
    with _lock:
        if len(_present) >= _TEXTS_KEPT:
            del _present[next(iter(_present))]
        _present[id(text)] = (text, generation, found)
    return generation, found


def present(text: str) -> frozenset[str]:
    """The words registered (up to the last reading of ``text``) that occur in ``text``."""
    return _read(text)[1]


class Cues:
    """A set of words, to ask whether a text holds any of them."""

    __slots__ = ("words", "_always", "_scan", "_generation", "_own")

    def __init__(self, words: Iterable[str]) -> None:
        every = tuple(dict.fromkeys(words))
        self._always = "" in every  # the empty word is in every text
        self._scan = tuple(word for word in every if word)
        self.words = frozenset(self._scan)
        # a single word is looked for directly, and kept out of the automaton (each of its
        # occurrences would cost the automaton's reading of every text)
        self._generation = _register(self.words) if len(self._scan) > _FEW else 0
        # a short text is read once for many words instead of once per word
        self._own: ahocorasick.Automaton | None = None
        if len(self._scan) > _MANY:
            self._own = ahocorasick.Automaton()
            for word in self._scan:
                self._own.add_word(word, word)
            self._own.make_automaton()

    def any_in(self, text: str) -> bool:
        """``any(word in text for word in words)``."""
        if self._always:
            return True
        if len(text) < _SHORT or len(self._scan) <= _FEW:
            if self._own is not None:
                return next(self._own.iter(text), None) is not None
            return any(map(text.__contains__, self._scan))
        generation, found = _read(text)
        if generation < self._generation:  # the text was read before these words were registered
            return any(map(text.__contains__, self._scan))
        return not self.words.isdisjoint(found)


_by_words: dict[tuple[str, ...], Cues] = {}


def any_in(text: str, words: tuple[str, ...]) -> bool:
    """``any(word in text for word in words)``, the words registered as ``Cues`` at their first use."""
    cues = _by_words.get(words)
    if cues is None:
        cues = _by_words[words] = Cues(words)
    return cues.any_in(text)


__all__ = ["Cues", "any_in", "present"]
