"""Bodies other than a municipality that a page's head names as its own: a province's letterhead atop its
page or press release ("Provincie Utrecht", also as the site's name after the title: "Nieuws | Provincie
Gelderland") and a press release headed with the body that issues it ("Persbericht GGD IJsselland").
A municipality's letterhead is ``layout._LETTERHEAD``'s."""

from __future__ import annotations

import re
from collections.abc import Callable

from .layout import Line, _head

_PROVINCE_HEAD = re.compile(
    r"^(?:\s*|.*[ \t](?:\||-|\u2013)[ \t]+)(?:[Pp]rovincie|PROVINCIE)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+)?)\s*$"
)
_PRESS_RELEASE_OF = re.compile(
    r"^\s*(?i:persbericht)\s+(?:van\s+)?(?:de\s+|het\s+)?(?P<name>[A-Z][^\n]{2,60}?)\s*$"
)


def head_issuer(
    lines: list[Line], province: Callable[[str], str | None], body: Callable[[str], str | None]
) -> str | None:
    """The IRI of the province or body the page's first lines name as its own; ``province`` looks up a
    province by its register label ("provincie Utrecht"), ``body`` a body by its exact name."""
    for line in _head(lines, 3):
        if "rovincie" in line.text or "ROVINCIE" in line.text:
            m = _PROVINCE_HEAD.match(line.text)
            if m and (found := province(f"provincie {m.group('name')}")) is not None:
                return found
        m = _PRESS_RELEASE_OF.match(line.text)
        if m and (found := body(m.group("name"))) is not None:
            return found
    return None


__all__ = ["head_issuer"]
