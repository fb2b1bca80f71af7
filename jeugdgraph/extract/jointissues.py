"""Where an issuing formula or a register's field names no one issuer: several colleges that issue a
regulation together, a council named as a sentence's object, a joint regulation filed under one
municipality."""

from __future__ import annotations

import re
from collections.abc import Callable

from .layout import Line, _head

#: The official register's fields (lokaleregelgeving.overheid.nl), run on: "OrganisatieIJsselstein" over
#: "OrganisatietypeGemeente" name the municipality that issues the regulation or plan.
_REGISTER_ORGANISATION = re.compile(r"^\s*Organisatie\s*:?\s*(?P<name>[A-Z][^\n]{1,60}?)\s*$")
_REGISTER_TYPE = re.compile(r"^\s*Organisatietype\s*:?\s*Gemeente\s*$")
# a regulation of several bodies has no one issuer, whichever municipality the register files it under
_JOINT = re.compile(r"(?i)\b(?:colleges|raden|besturen)\s+van\s+de\s+(?:gemeenten|deelnemende)\b"
                    r"|\bcentrumregeling\b|\bgemeenschappelijke\s+regeling\b")
#: The preamble of a regulation that several colleges or councils issue together: "De colleges van
#: burgemeester en wethouders van de gemeenten A, B en C,", "Instellingsbesluit van de colleges van ... van de
#: gemeenten".
_JOINT_PREAMBLE = re.compile(
    r"^\s*(?:[A-Z]\w*besluit van )?(?i:de )?(?i:colleges|raden|besturen)\s+"
    r"(?:van\s+burgemeester\s+en\s+wethouders\s+)?van\s+de\s+gemeenten\s+[A-Z'\u2019]"
)
# a preposition or verb before the council's name makes it a sentence's object, not the issuing formula
_MENTIONED_BODY = re.compile(
    r"\b(?:aan|door|met|voor|bij|naar|tot|om|dat|over|tegen|tussen|en|of|in|is|wordt)\s+$")


def register_organisation(lines: list[Line], municipality: Callable[[str], str | None]) -> str | None:
    """The municipality the register's fields file a regulation under, unless several bodies issue it."""
    head = _head(lines, 25)
    if not any(line.text.lstrip().startswith("Organisatietype") for line in head):
        return None
    for above, below in zip(head, head[1:], strict=False):
        if (m := _REGISTER_ORGANISATION.match(above.text)) and _REGISTER_TYPE.match(below.text):
            if any(_JOINT.search(line.text) for line in _head(lines, 60)):
                return None
            return municipality(m.group("name"))
    return None


def jointly_issued(lines: list[Line]) -> bool:
    """Whether the head's preamble has several colleges, councils or boards issue the text together."""
    return any(_JOINT_PREAMBLE.match(line.text) for line in _head(lines, 40))


def mentioned_body(text: str, start: int) -> bool:
    """Whether the council's name at ``start`` follows a preposition or verb: "verzonden aan de gemeenteraad
    van Assen", "geagendeerd in de gemeenteraad van Assen" tell of it, they are no formula that issues."""
    return _MENTIONED_BODY.search(text, max(0, start - 12), start) is not None


__all__ = ["jointly_issued", "mentioned_body", "register_organisation"]
