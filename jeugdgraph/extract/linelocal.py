"""Whether every match of a pattern lies within one line, read from its parse tree.

A pattern none of whose parts can take a line break (``[ \\t]``, ``\\w``, ``[^.\\n]``, not ``\\s`` or
``[^.]``) matches inside one line, so it can only match on a line that holds a literal every match
contains (``prefilter.required_literals``). Run with ``pos`` at such a line's start and ``endpos`` at
its end, ``re`` finds there exactly what it finds in the whole text, provided nothing in the pattern
reads differently at ``endpos`` than before the line break: look-aheads whose parts take no line break
either (they see nothing at ``endpos`` where the text has ``\\n``, which they could not take), ``\\b``
and a multi-line ``$`` (both hold before ``\\n`` and at the end alike), never ``\\Z`` or a single-line
``$`` (they hold at ``endpos`` but not before ``\\n``). A look-behind and ``^`` read the text before
``pos`` as it is (``re`` keeps the whole string), so they may hold anything.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from typing import Any

_C = sre_constants
# the character categories a line break belongs to, and those it does not (any other: not known)
_WITH_BREAK = {getattr(_C, name) for name in (
    "CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK",
    "CATEGORY_LOC_NOT_WORD",
    "CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK")}
_WITHOUT_BREAK = {getattr(_C, name) for name in (
    "CATEGORY_DIGIT", "CATEGORY_NOT_SPACE", "CATEGORY_WORD", "CATEGORY_NOT_LINEBREAK", "CATEGORY_LOC_WORD",
    "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_UNI_WORD", "CATEGORY_UNI_NOT_LINEBREAK")}
_BREAK = ord("\n")
# zero-width tests that read the same at ``endpos`` as before a line break (``$``: in multi-line mode only)
_SAME_AT_THE_END = {_C.AT_BEGINNING, _C.AT_BEGINNING_LINE, _C.AT_BEGINNING_STRING, _C.AT_BOUNDARY,
                    _C.AT_NON_BOUNDARY, _C.AT_END_LINE, _C.AT_LOC_BOUNDARY, _C.AT_LOC_NON_BOUNDARY,
                    _C.AT_UNI_BOUNDARY, _C.AT_UNI_NON_BOUNDARY}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | (
    {_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)


def _class_takes_break(items: list[tuple[Any, Any]]) -> bool | None:
    """Whether a character class holds the line break (None: not known)."""
    negated = False
    holds = False
    for op, av in items:
        if op is _C.NEGATE:
            negated = True
        elif op is _C.LITERAL:
            holds = holds or av == _BREAK
        elif op is _C.RANGE:
            holds = holds or av[0] <= _BREAK <= av[1]
        elif op is _C.CATEGORY and av in _WITH_BREAK:
            holds = True
        elif not (op is _C.CATEGORY and av in _WITHOUT_BREAK):
            return None
    return holds is not negated


def within_a_line(items: list[tuple[Any, Any]], flags: int) -> bool:
    """Whether no part of the parsed sequence ``items`` (under ``flags``) takes a line break or reads
    differently at ``endpos`` than before one (see the module's docstring)."""
    for op, av in items:
        if op is _C.LITERAL:
            if av == _BREAK:
                return False
        elif op is _C.NOT_LITERAL:
            if av != _BREAK:
                return False
        elif op is _C.IN:
            if _class_takes_break(av) is not False:
                return False
        elif op is _C.ANY:
            if flags & re.DOTALL:
                return False
        elif op is _C.AT:  # (the parser writes ``$`` as AT_END, multi-line or not)
            if not (av in _SAME_AT_THE_END or (av is _C.AT_END and flags & re.MULTILINE)):
                return False
        elif op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not within_a_line(list(sub.data), (flags | add_flags) & ~del_flags):
                return False
        elif op is _C.BRANCH:
            if not all(within_a_line(list(branch.data), flags) for branch in av[1]):
                return False
        elif op in _REPEATS:
            if not within_a_line(list(av[2].data), flags):
                return False
        elif _ATOMIC is not None and op is _ATOMIC:
            if not within_a_line(list(av.data), flags):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            if direction > 0 and not within_a_line(list(sub.data), flags):
                return False  # a look-behind reads the text before pos as it is
        elif op is _C.GROUPREF:
            continue  # what its group took
        elif op is _C.GROUPREF_EXISTS:
            _group, yes, no = av
            if not within_a_line(list(yes.data), flags) or (
                    no is not None and not within_a_line(list(no.data), flags)):
                return False
        else:
            return False  # not known: may take anything
    return True
