"""One Aho-Corasick pass over a text for several phrase matchers.

A document is searched for the gazetteer's names (the entity linker) and for the themes' labels, each
with a ``matching.PhraseMatcher``; most of the cost of a pass is per character of the text, whatever
the phrases. Matchers made ``shared`` register their tables here: the first of them to search a text
runs one automaton over the keys of all of them and keeps its hits, and each takes its own from them:
for every key of its table, every place the key ends, as its own automaton reports them. The last
``_MOST_JOINED`` live matchers are joined (an older one searches alone again); a matcher that is
collected leaves the joint automaton.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from itertools import count
from threading import Lock
from typing import Any

import ahocorasick

_MOST_JOINED = 4
_TEXTS_KEPT = 4  # the texts being searched (one per document in a build) and a few more

_lock = Lock()
_tables: dict[int, dict[str, Any]] = {}  # per slot: key -> the value its own automaton holds
_owners: dict[int, weakref.ref[object]] = {}
_dead: list[int] = []  # slots of collected owners (appended by a weakref callback, without the lock)
_slots = count(1)
_generation = 0
_automaton: tuple[int, ahocorasick.Automaton] | None = None
# per text (held, so its id stays its own): the generation read and the hits (end, {slot: value})
_kept: dict[int, tuple[str, int, list[tuple[int, dict[int, Any]]]]] = {}


def _forget_dead() -> None:
    """Drop the tables of collected owners (with the lock held)."""
    global _generation
    while _dead:
        slot = _dead.pop()
        if _tables.pop(slot, None) is not None:
            _owners.pop(slot, None)
            _generation += 1


def _on_collected(slot: int) -> Callable[[weakref.ref[object]], None]:
    def collected(_ref: weakref.ref[object]) -> None:
        _dead.append(slot)  # (a list's append needs no lock: the collector may run while it is held)

    return collected


def register(owner: object, table: dict[str, Any]) -> int | None:
    """A slot for ``owner``'s table (key -> value) in the joint automaton, while ``owner`` lives and
    until ``_MOST_JOINED`` later ones are joined (the oldest leaves; ``hits`` then says None); None
    for an empty table."""
    global _generation
    if not table:
        return None
    with _lock:
        _forget_dead()
        while len(_tables) >= _MOST_JOINED:
            oldest = next(iter(_tables))
            del _tables[oldest], _owners[oldest]
        slot = next(_slots)
        _tables[slot] = table
        _owners[slot] = weakref.ref(owner, _on_collected(slot))
        _generation += 1
        return slot


def _built() -> tuple[int, ahocorasick.Automaton]:
    """The generation and the automaton over every key of every joined table (with the lock held)."""
    global _automaton
    _forget_dead()
    if _automaton is None or _automaton[0] != _generation:
        joined: dict[str, dict[int, Any]] = {}
        for slot, table in _tables.items():
            for key, value in table.items():
                joined.setdefault(key, {})[slot] = value
        automaton = ahocorasick.Automaton()
        for key, values in joined.items():
            automaton.add_word(key, values)
        if joined:
            automaton.make_automaton()
        _automaton = (_generation, automaton)
    return _automaton


def hits(slot: int, text: str) -> list[tuple[int, Any]] | None:
    """``(end, value)`` for every key of ``slot``'s table that ends at ``end`` in ``text``: what
    ``iter(text)`` of an automaton of that table alone gives; None when the slot has left."""
    kept = _kept.get(id(text))
    if kept is None or kept[0] is not text or kept[1] != _generation or _dead:
        with _lock:
            if slot not in _tables:
                return None
            generation, automaton = _built()
        found = list(automaton.iter(text)) if len(automaton) else []
        with _lock:
            if len(_kept) >= _TEXTS_KEPT:
                del _kept[next(iter(_kept))]
            _kept[id(text)] = kept = (text, generation, found)
    elif slot not in _tables:
        return None
    return [(end, values[slot]) for end, values in kept[2] if slot in values]
