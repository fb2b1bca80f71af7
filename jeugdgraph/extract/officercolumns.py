"""A municipality's page signed by its alderman or mayor: the column of a municipal officer.

The page is the municipality's where it ends in the officer's sign-off on a line of its own (``Wethouder
Anna de Vries``, ``Burgemeester J. Smit``), speaks to or for the municipality's residents in the first
person plural (``onze inwoners``, ``onze gemeente``), names one municipality and names no party (a party's
site carries its alderman's writing too).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..facts import DocumentKind
from .issuers import LOCAL_PARTY
from .layout import Line
from .parties import PARTY

#: Kinds of page a municipality's site carries.
_PAGE_KINDS = frozenset({"nieuwsbericht", "document"})
_SIGN_OFF = re.compile(
    r"^\s*(?:[Ww]ethouder|[Bb]urgemeester)\s+(?:[A-Z]\.\s?)*[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:van|de|der|den|ter|te|'t)){0,3}(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*$"
)
_OUR_MUNICIPALITY = re.compile(r"\b[Oo]nze\s+(?:inwoners|gemeente|dorpen|kernen|samenleving)\b")
_ANY_PARTY = re.compile(rf"(?<![\w-]){PARTY}(?![\w-])|{LOCAL_PARTY}")
# a place as written inside a sentence: one to three capitalised words, with the small words of place names
# between them (a sentence's first word is capitalised whatever it is: "Buren helpen elkaar", "Best is dat")
_PLACE = re.compile(
    r"(?<![\w'-])(?<![.!?:]\s)(?<!^)[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|aan|den|de|op|in)){0,2}",
    re.MULTILINE,
)


def officer_column(
    lines: list[Line], kind: DocumentKind, municipality: Callable[[str], str | None]
) -> str | None:
    """The IRI of the municipality whose alderman or mayor signs the page, as the page says; ``municipality``
    looks a name up among the municipalities."""
    if kind not in _PAGE_KINDS:
        return None
    last = next((line for line in reversed(lines) if not line.blank), None)
    if last is None or not _SIGN_OFF.match(last.text):
        return None
    text = "\n".join(line.text for line in lines)
    if not _OUR_MUNICIPALITY.search(text) or _ANY_PARTY.search(text):
        return None
    named = {iri for name in _places(text) if (iri := municipality(name)) is not None}
    return named.pop() if len(named) == 1 else None


def _places(text: str) -> set[str]:
    """Every run of capitalised words, and each of its beginnings ("Staphorst waar" gives "Staphorst")."""
    places: set[str] = set()
    for m in _PLACE.finditer(text):
        words = m.group(0).split()
        places.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return places


__all__ = ["officer_column"]
