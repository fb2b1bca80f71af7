"""Helpers compiled from a gazetteer once and reused for every document linked against it.

A build extracts thousands of documents against one gazetteer. Hashing the gazetteer (hundreds
of entries) to look its compiled helper up would cost as much as a small document's extraction,
so the last few gazetteers are recognised by comparing their entries, which for the same
entries is one identity check each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from threading import Lock
from typing import TypeVar

from ..facts import GazetteerEntry

T = TypeVar("T")

_KEPT = 4  # gazetteers remembered per kind of helper
_cache: dict[Callable[..., object], list[tuple[tuple[GazetteerEntry, ...], object]]] = {}
_lock = Lock()


def for_gazetteer(build: Callable[[tuple[GazetteerEntry, ...]], T], gazetteer: Sequence[GazetteerEntry]) -> T:
    """``build(gazetteer)``, built once per distinct gazetteer (of the last few)."""
    entries = tuple(gazetteer)
    with _lock:
        kept = _cache.setdefault(build, [])
        for index, (known, helper) in enumerate(kept):
            if known == entries:
                # kept under these entries: an equal gazetteer of other objects (a second build reads
                # it anew) would otherwise be compared field by field on every document
                kept.pop(index)
                kept.insert(0, (entries, helper))
                return helper  # type: ignore[return-value]
    helper = build(entries)
    with _lock:
        kept.insert(0, (entries, helper))
        del kept[_KEPT:]
    return helper
