"""Province names that a list pairs: ``de provincies Groningen en Drenthe``, ``partijen uit Groningen en
Drenthe``.

A province's name is also a municipality's (Groningen, Utrecht) or a youth-care region's (Drenthe,
Zeeland, Flevoland). Joined by "en", "of" or a comma to another province's name, it names the province:
two provinces are named together, not a city beside a province.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..reference_tables import read_table
from ..settings import REFERENCE_DIR
from .matching import fold

_TABLE = "provincies.csv"


@lru_cache(maxsize=2)
def _province_names(reference_dir: Path = REFERENCE_DIR) -> frozenset[str]:
    """The folded names of the provinces in the reference table."""
    return frozenset(fold(row["naam"]) for row in read_table(Path(reference_dir) / _TABLE, ("code", "naam")))


_AFTER = re.compile(r"[ \t]*(?:,|en|of)[ \t]+(?P<name>[A-Z][\w\u00e0-\u00ff-]*)")
_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w\u00e0-\u00ff-]*)[ \t]*(?:,|en|of)[ \t]+$")


# "provincie Groningen", also each item of a list of provinces: "de provincies Groningen en Drenthe"
_PROVINCE_BEFORE = re.compile(
    r"\bprovincie(?:s\s+(?:(?-i:[A-Z])[\w-]*\s*(?:,|en)\s*){1,3})?\s+$", re.IGNORECASE
)


def named_as_province(text: str, begin: int, end: int) -> bool:
    """Whether the name at ``begin:end`` names a province: after "provincie", or beside another province."""
    before = _PROVINCE_BEFORE.search(text, max(0, begin - 60), begin)
    return before is not None or paired_with_a_province(text, begin, end)


def paired_with_a_province(text: str, begin: int, end: int) -> bool:
    """Whether the province's name at ``begin:end`` stands in a list beside another province's name."""
    names = _province_names()
    if fold(text[begin:end]) not in names:
        return False
    after = _AFTER.match(text, end)
    before = _BEFORE.search(text, max(0, begin - 40), begin)
    own = fold(text[begin:end])
    return any(m is not None and fold(m.group("name")) in names - {own} for m in (after, before))


__all__ = ["named_as_province", "paired_with_a_province"]
