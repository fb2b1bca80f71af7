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
from threading import Lock

import ahocorasick

_SHORT = 400  # a shorter text is scanned word by word: running the automaton costs more
_FEW = 2  # so few words are looked for one by one until the text's words are known
_TEXTS_KEPT = 8  # the texts of the documents being extracted (raw and lowered) and a few more

_lock = Lock()
_words: set[str] = set()
_automaton: ahocorasick.Automaton | None = None
# per text object (held, so its id stays its own): the registered words it holds
_present: dict[int, tuple[str, frozenset[str]]] = {}


def _register(words: frozenset[str]) -> None:
    global _automaton
    with _lock:
        if not words <= _words:
            _words.update(words)
            _automaton = None  # built anew, over every word, at the next question
            _present.clear()


def _built() -> ahocorasick.Automaton:
    global _automaton
    with _lock:
        if _automaton is None:
            automaton = ahocorasick.Automaton()
            for word in _words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            _automaton = automaton
        return _automaton


def _kept(text: str) -> frozenset[str] | None:
    kept = _present.get(id(text))
    return kept[1] if kept is not None and kept[0] is text else None


def present(text: str) -> frozenset[str]:
    """The registered words that occur in ``text`` (computed once per text of the last few)."""
    kept = _kept(text)
    if kept is not None:
        return kept
    automaton = _built()
    found = frozenset(word for _end, word in automaton.iter(text)) if _words else frozenset()
    with _lock:
        if automaton is _automaton:  # no word was registered meanwhile
            if len(_present) >= _TEXTS_KEPT:
                del _present[next(iter(_present))]
            _present[id(text)] = (text, found)
    return found


class Cues:
    """A set of words, to ask whether a text holds any of them."""

    __slots__ = ("words", "_always", "_scan")

    def __init__(self, words: Iterable[str]) -> None:
        every = tuple(dict.fromkeys(words))
        self._always = "" in every  # the empty word is in every text
        self._scan = tuple(word for word in every if word)
        self.words = frozenset(self._scan)
        _register(self.words)

    def any_in(self, text: str) -> bool:
        """``any(word in text for word in words)``."""
        if self._always:
            return True
        if len(text) < _SHORT:
            return any(word in text for word in self._scan)
        found = _kept(text)
        if found is None:
            if len(self._scan) <= _FEW:
                return any(word in text for word in self._scan)
            found = present(text)
        return not self.words.isdisjoint(found)


_by_words: dict[tuple[str, ...], Cues] = {}


def any_in(text: str, words: tuple[str, ...]) -> bool:
    """``any(word in text for word in words)``, the words registered as ``Cues`` at their first use."""
    cues = _by_words.get(words)
    if cues is None:
        cues = _by_words[words] = Cues(words)
    return cues.any_in(text)


__all__ = ["Cues", "any_in", "present"]
