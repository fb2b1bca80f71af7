"""Whether a pattern can match a text at all, from the literal words every match of it contains.

Most extraction patterns look for phrases a document rarely holds (``verzoekt het college``,
``geen meerderheid``), and Python's ``re`` tries them at every position of the text; a
case-insensitive pattern cannot even skip ahead to its first literal. ``required_literals`` reads
a pattern's parse tree once and finds a set of literal strings of which every match contains at
least one; ``may_match`` then answers with a substring test (on the lowered text for the parts of
the pattern that ignore case) before the pattern runs. It never says no where the pattern would
match: a pattern it cannot read (a character class, an optional part, a back-reference) gives no
literals, and is always run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps

# the parser behind re.compile (private, but the only parse of Python's own pattern syntax)
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, TypeVar

import ahocorasick

from .linelocal import within_a_line
from .matching import lowered_for_search, matches_from

#: A literal one match must contain, and whether it was written where the pattern ignores case.
Literal = tuple[str, bool]

_R = TypeVar("_R")
_PER_PATTERN_MOST = 4096


def per_pattern(function: Callable[[re.Pattern[str]], _R]) -> Callable[[re.Pattern[str]], _R]:
    """``function`` kept per pattern object: ``lru_cache`` hashes its key, and a compiled pattern's
    hash is computed anew from its whole program every time (microseconds for a long one)."""
    kept: dict[int, tuple[re.Pattern[str], _R]] = {}  # holding the pattern keeps its id its own

    @wraps(function)
    def cached(pattern: re.Pattern[str]) -> _R:
        entry = kept.get(id(pattern))
        if entry is not None and entry[0] is pattern:
            return entry[1]
        result = function(pattern)
        if len(kept) >= _PER_PATTERN_MOST:
            kept.clear()
        kept[id(pattern)] = (pattern, result)
        return result

    return cached


_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_REPEATS |= {sre_constants.POSSESSIVE_REPEAT} if hasattr(sre_constants, "POSSESSIVE_REPEAT") else set()
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
_SHORTEST = 3  # a shorter literal is in nearly every text: looking it up only costs
_KEPT = 3  # literal sets looked up per pattern, the rarest-looking first


def _best(alternatives: list[frozenset[Literal]]) -> frozenset[Literal] | None:
    """Of several sets that each must hold, the one a text passes least often: longest shortest word."""
    if not alternatives:
        return None
    return max(alternatives, key=lambda s: (min(len(word) for word, _ in s), -len(s)))


def _usable(word: str, folds: bool) -> bool:
    # a case-insensitive word is looked up in the lowered text, which is exact for ASCII only
    return bool(word) and (not folds or word.isascii())


_MOST_SPELLINGS = 16  # a literal run with more spellings than this ("[Dd]e [-\u2013]") is cut


def _characters(op: Any, av: Any, folds: bool) -> list[str] | None:
    """The strings one node matches when it is a literal, a small class of literals, or a group of
    alternatives made of those (at most ``_MOST_SPELLINGS``)."""
    if op is sre_constants.LITERAL:
        chars = [chr(av)]
    elif op is sre_constants.IN and len(av) <= 4 and all(o is sre_constants.LITERAL for o, _ in av):
        chars = [chr(code) for _, code in av]
    elif op is sre_constants.SUBPATTERN and not av[1] & re.IGNORECASE and not av[2] & re.IGNORECASE:
        return _spelled(list(av[3].data), folds)
    elif op is sre_constants.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            spelled = _spelled(list(branch.data), folds)
            if spelled is None or len(found | set(spelled)) > _MOST_SPELLINGS:
                return None
            found |= set(spelled)
        return sorted(found)
    else:
        return None
    return sorted({c.lower() for c in chars}) if folds else chars


def _spelled(items: list[tuple[Any, Any]], folds: bool) -> list[str] | None:
    """Every string the whole sequence ``items`` matches, when it is few literals and groups of them."""
    spellings = [""]
    for op, av in items:
        chars = _characters(op, av, folds)
        if chars is None or len(spellings) * len(chars) > _MOST_SPELLINGS:
            return None
        spellings = [word + c for word in spellings for c in chars]
    return spellings


def _run(items: list[tuple[Any, Any]], index: int, folds: bool) -> tuple[frozenset[Literal] | None, int]:
    """The spellings of the run of literals (and small classes) from ``items[index]`` on, and where
    the run ends; None when a spelling cannot be looked up."""
    spellings = [""]
    while index < len(items):
        chars = _characters(*items[index], folds)
        if chars is None or len(spellings) * len(chars) > _MOST_SPELLINGS:
            break
        spellings = [word + c for word in spellings for c in chars]
        index += 1
    if not all(_usable(word, folds) for word in spellings):
        return None, index
    return frozenset((word, folds) for word in spellings), index


def _sequence(items: list[tuple[Any, Any]], folds: bool) -> list[frozenset[Literal]]:
    """Sets of literals, each of which a match of the sequence ``items`` contains one of."""
    needed: list[frozenset[Literal]] = []
    index = 0
    while index < len(items):
        spellings, end = _run(items, index, folds)
        if end > index:  # a run of literals
            if spellings is not None:
                needed.append(spellings)
            index = end
            continue
        needed.extend(_item(*items[index], folds))
        index += 1
    return needed


def _item(op: Any, av: Any, folds: bool) -> list[frozenset[Literal]]:
    """The literal sets every match of one node of the parse tree meets (empty: none known)."""
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        inner = (folds or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(list(sub.data), inner)
    if op is sre_constants.BRANCH:
        _, branches = av
        union: set[Literal] = set()
        for branch in branches:
            best = _best(_sequence(list(branch.data), folds))
            if best is None:
                return []  # a branch without a literal: the alternation needs none
            union |= best
        return [frozenset(union)]
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(list(sub.data), folds) if low >= 1 else []
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av.data), folds)
    return []  # a class, any character, an anchor, a look-around, a back-reference


@per_pattern
def _parse_tree(pattern: re.Pattern[str]) -> Any:
    """``pattern``'s parse tree (``sre_parse.SubPattern``; None for a bytes pattern), parsed once."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except (re.error, TypeError, ValueError):  # pragma: no cover - compiled, so it parses
        return None


@per_pattern
def _parsed(pattern: re.Pattern[str]) -> tuple[list[tuple[Any, Any]], bool] | None:
    """The top sequence of ``pattern``'s parse tree and whether it ignores case."""
    parsed = _parse_tree(pattern)
    if parsed is None:
        return None
    return list(parsed.data), bool(parsed.state.flags & re.IGNORECASE)


@per_pattern
def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[Literal], ...]:
    """Sets of literals such that every match of ``pattern`` contains a literal of each set, the
    rarest-looking first; empty when none can be named."""
    parsed = _parsed(pattern)
    if parsed is None:
        return ()
    needed = {s for s in _sequence(*parsed) if min(len(word) for word, _ in s) >= _SHORTEST}
    return tuple(sorted(needed, key=lambda s: (-min(len(word) for word, _ in s), len(s), sorted(s))))[:_KEPT]


def may_match(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``.

    ``lowered`` is ``matching.lowered_for_search(text)`` (None: the case-insensitive literals cannot
    be looked up, and count as present)."""
    for written, folded in _required_by_spelling(pattern):
        if any(map(text.__contains__, written)) or (
                folded and (lowered is None or any(map(lowered.__contains__, folded)))):
            continue
        return False
    return True


@per_pattern
def _required_by_spelling(pattern: re.Pattern[str]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """``required_literals`` with each set split into its words as written and its lowered words (so
    ``may_match`` tests them with ``str.__contains__`` in C, not in a generator)."""
    return tuple((tuple(sorted(word for word, folds in literals if not folds)),
                  tuple(sorted(word for word, folds in literals if folds)))
                 for literals in required_literals(pattern))


_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_LEADING_SHORTEST = 3  # a shorter first word starts too many places to try the pattern at each
_MOST_STARTS = 48  # more places than this (or one per _CHARACTERS_PER_START): one scan is cheaper
_CHARACTERS_PER_START = 40
_SHORTEST_LEADING = 2  # a one-letter leading word: no gain
_CHARACTERS_PER_SHORT_START = 80


def _leading(items: list[tuple[Any, Any]], folds: bool) -> frozenset[Literal] | None:
    """The literals one of which every match of the sequence ``items`` starts with (or None)."""
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # an anchor or a look-around takes no character
        spellings, end = _run(items, index, folds)
        if end > index:  # a run of literals
            return _continued(spellings, items[end:], folds)
        if op is sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = (folds or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            return _leading(list(sub.data), inner)
        if op is sre_constants.BRANCH:
            union: set[Literal] = set()
            for branch in av[1]:
                found = _leading(list(branch.data), folds)
                if found is None:
                    return None
                union |= found
            return frozenset(union)
        if op in _REPEATS and av[0] >= 1:
            return _leading(list(av[2].data), folds)
        if op in _REPEATS:  # an optional part: a match starts in it or, without it, in what follows
            inside = _leading(list(av[2].data), folds)
            after = _leading(items[index + 1:], folds)
            return inside | after if inside is not None and after is not None else None
        return None
    return None


_MOST_CONTINUED = 32  # spellings of a short run joined with what follows it


def _continued(spellings: frozenset[Literal] | None, rest: list[tuple[Any, Any]],
               folds: bool) -> frozenset[Literal] | None:
    """A run of literals too short to look up (``[Oo]n`` of ``[Oo]n(?:ze motie|s voorstel)``, where the
    parser took the branches' common start out) joined with the literals what follows starts with."""
    if spellings is None or min(len(word) for word, _ in spellings) >= _LEADING_SHORTEST or not rest:
        return spellings
    after = _leading(rest, folds)
    if after is None or len(spellings) * len(after) > _MOST_CONTINUED:
        return spellings
    if len({ignores for _, ignores in spellings} | {ignores for _, ignores in after}) != 1:
        return spellings  # a word partly case-sensitive cannot be looked up in one text
    return frozenset((word + more, ignores) for word, ignores in spellings for more, _ in after)


@per_pattern
def _leading_words(pattern: re.Pattern[str]) -> tuple[frozenset[Literal] | None, int]:
    """Literals one of which every match of ``pattern`` starts with (or None), and the shortest's length."""
    parsed = _parsed(pattern)
    found = _leading(*parsed) if parsed is not None else None
    return found, min((len(word) for word, _ in found), default=0) if found is not None else 0


def leading_literals(pattern: re.Pattern[str],
                     shortest: int = _LEADING_SHORTEST) -> frozenset[Literal] | None:
    """Literals one of which every match of ``pattern`` starts with; None when none can be named (or
    one is shorter than ``shortest``)."""
    found, length = _leading_words(pattern)
    return found if length >= shortest else None


_FEW_LEADING = 4  # more leading words than this are looked for in one pass of an automaton


@per_pattern
def _leading_automata(pattern: re.Pattern[str]) -> tuple[tuple[bool, ahocorasick.Automaton], ...] | None:
    """Per spelling (case-sensitive or lowered), an automaton of the leading words written that way
    (each with its length); None for a pattern with a few leading words or none."""
    leading = _leading_words(pattern)[0]
    if leading is None or len(leading) <= _FEW_LEADING:
        return None
    automata = []
    for folds in (False, True):
        words = sorted(word for word, ignores in leading if ignores is folds)
        if words:
            automaton = ahocorasick.Automaton()
            for word in words:
                automaton.add_word(word, len(word))
            automaton.make_automaton()
            automata.append((folds, automaton))
    return tuple(automata)


def _starts(pattern: re.Pattern[str], text: str, lowered: str | None,
            shortest: int = _LEADING_SHORTEST) -> list[int] | None:
    """Every place a match of ``pattern`` can start, ascending; None: too many, or not known. A leading
    word shorter than ``shortest`` (two letters: ``we``, ``de``) starts more places, so fewer are taken."""
    leading, length = _leading_words(pattern)
    if leading is None or length < _SHORTEST_LEADING:
        return None
    places: set[int] = set()
    limit = max(_MOST_STARTS, len(text) // (_CHARACTERS_PER_START if length >= shortest else
                                            _CHARACTERS_PER_SHORT_START))
    automata = _leading_automata(pattern)
    if automata is not None:  # many words: every place one of them starts, in one pass per spelling
        for folds, automaton in automata:
            haystack = lowered if folds else text
            if haystack is None:
                return None
            for end, length in automaton.iter(haystack):
                places.add(end - length + 1)
                if len(places) > limit:
                    return None
        return sorted(places)
    for word, folds in leading:
        if folds and lowered is None:
            return None
        haystack = lowered if folds else text
        assert haystack is not None
        if haystack.count(word) + len(places) > limit:
            return None
        places.update(_find_all(haystack, word))
    return sorted(places)


def _find_all(haystack: str, word: str) -> list[int]:
    """Every place ``word`` starts in ``haystack``, overlaps included."""
    found = []
    at = haystack.find(word)
    while at >= 0:
        found.append(at)
        at = haystack.find(word, at + 1)
    return found


@per_pattern
def anchored_at(pattern: re.Pattern[str]) -> str | None:
    """"line" when every match starts at the start of a line (``(?m)^...``), "text" when at the start
    of the text (``\\A``, or ``^`` without MULTILINE), else None."""
    parsed = _parsed(pattern)
    if parsed is None or not parsed[0] or parsed[0][0][0] is not sre_constants.AT:
        return None
    at = parsed[0][0][1]
    if at is sre_constants.AT_BEGINNING:
        return "line" if pattern.flags & re.MULTILINE else "text"
    return "text" if at is sre_constants.AT_BEGINNING_STRING else None


_SHORTEST_LINES = 40  # lines shorter than this on average: one scan of the text is cheaper


@per_pattern
def line_local(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` lies within one line and is found there as in the whole text
    (``linelocal.within_a_line``), and no match is empty."""
    parsed = _parse_tree(pattern)
    return parsed is not None and parsed.getwidth()[0] >= 1 and within_a_line(list(parsed.data),
                                                                              parsed.state.flags)


_MOST_LINE_HITS = 64  # more places of the literal than this (or one per _CHARACTERS_PER_LINE_HIT): scan all
_CHARACTERS_PER_LINE_HIT = 200
_MOST_COVERED = 2  # lines that make up more than half of the text are not worth it


def _lines_with_literal(pattern: re.Pattern[str], text: str,
                        lowered: str | None) -> list[tuple[int, int]] | None:
    """For a ``line_local`` pattern, the runs of whole lines (start, end without the line break) that
    hold one of the literals every match contains, in text order: only there can a match be; None
    when not known or when the literal is in too many places to gain from it."""
    literals = _required_by_spelling(pattern)
    if not literals or not line_local(pattern):
        return None
    written, folded = literals[0]
    if folded and lowered is None:
        return None
    limit = max(_MOST_LINE_HITS, len(text) // _CHARACTERS_PER_LINE_HIT)
    places: list[int] = []
    for haystack, words in ((text, written), (lowered, folded)):
        assert haystack is not None or not words
        for word in words:
            assert haystack is not None
            if haystack.count(word) + len(places) > limit:
                return None
            places.extend(_find_all(haystack, word))
    places.sort()
    lines: list[tuple[int, int]] = []
    for at in places:
        if lines and at < lines[-1][1]:
            continue  # in the line (or run of lines) already taken
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if lines and begin <= lines[-1][1] + 1:  # the next line: one run
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((begin, end))
    if sum(end - begin for begin, end in lines) * _MOST_COVERED > len(text):
        return None  # most of the text: one scan of it is as cheap
    return lines


@lru_cache(maxsize=16)
def _line_starts(text: str) -> tuple[int, ...]:
    """Where each line of ``text`` starts (where ``^`` matches in MULTILINE mode)."""
    return (0, *(m.end() for m in _NEWLINE.finditer(text)))


_NEWLINE = re.compile("\n")


def search(pattern: re.Pattern[str], text: str, lowered: str | None,
           shortest: int = _LEADING_SHORTEST) -> re.Match[str] | None:
    """``pattern.search(text)``: not run when the text lacks a literal every match needs, and tried
    only where a match can start when every match starts with one of a few words, or at the start
    of a line or of the text (``shortest``: the shortest leading word worth looking up)."""
    if not may_match(pattern, text, lowered):
        return None
    starts = _starts(pattern, text, lowered, shortest)
    if starts is None:
        anchored = anchored_at(pattern)
        if anchored == "text":
            return pattern.match(text)
        if anchored != "line" or text.count("\n") * _SHORTEST_LINES >= len(text):
            lines = _lines_with_literal(pattern, text, lowered)
            if lines is None:
                return pattern.search(text)
            return next((m for begin, end in lines if (m := pattern.search(text, begin, end))), None)
    for start in starts if starts is not None else _line_starts(text):
        m = pattern.match(text, start)  # a look-behind or \b still sees the text before start
        if m is not None:
            return m
    return None


def finditer(pattern: re.Pattern[str], text: str, lowered: str | None) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, tried only where one can start when every
    match starts with one of a few words (such a match is never empty)."""
    if not may_match(pattern, text, lowered):
        return []
    starts = _starts(pattern, text, lowered)
    if starts is None:
        lines = _lines_with_literal(pattern, text, lowered)
        if lines is None:
            return list(pattern.finditer(text))
        return [m for begin, end in lines for m in pattern.finditer(text, begin, end)]
    return matches_from(pattern, text, starts)


def in_sentence(pattern: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """``pattern.search(sentence)``, tried only where a match can start even when a leading word is two
    letters long (``de``, ``we``): a sentence holds a handful of those, and the pattern would otherwise
    be tried at every word."""
    return search(pattern, sentence, lowered_for_search(sentence), _SENTENCE_SHORTEST)


_SENTENCE_SHORTEST = 2
