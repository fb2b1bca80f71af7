"""The national political parties by the names and abbreviations council texts use for them.

Local parties have names of every shape ("Mooi Lelystad", "Beter voor Rijswijk"); they are found by
position (a party's own page, ``Voor stemden:``), never from this list.
"""

from __future__ import annotations

import re

#: The national parties as written in council texts (a longer spelling before its prefix).
PARTY_NAMES = (
    # the joint lists of GroenLinks and the PvdA, as councils write them
    "GroenLinks-PvdA", "GroenLinks/PvdA", "PvdA/GroenLinks", "PvdA-GroenLinks", "GL-PvdA", "GL/PvdA",
    "PvdA/GL",
    "GroenLinks", "PvdA", "CDA", "VVD", "D66", "D'66", "SP",
    "ChristenUnie", "Christen Unie", "CU-SGP", "SGP", "PVV", "JA21", "FvD", "Forum voor Democratie", "BBB",
    "BoerBurgerBeweging", "Volt", "DENK", "Denk", "50PLUS", "Partij voor de Dieren", "PvdD",
    "Partij van de Arbeid", "Democraten 66", "Democraten '66", "CU", "GL",
)
# "Denk" also opens an imperative sentence: "Denk aan de jeugdwet" names no party
_IMPERATIVE = r"(?<=Denk)(?!\s+(?:aan|na|mee|eens|erom|erover|bijvoorbeeld|hierbij|daarbij|ook)\b)"
#: A national party, as a regular expression group.
PARTY = "(?:" + "|".join(
    re.escape(name) + (_IMPERATIVE if name == "Denk" else "") for name in PARTY_NAMES) + ")"
PARTY_PATTERN = re.compile(rf"^{PARTY}$")


def is_party(name: str) -> bool:
    """Whether ``name`` is one of the national parties (``CDA``, ``GroenLinks``), as written."""
    return bool(PARTY_PATTERN.match(name.strip()))


__all__ = ["PARTY", "PARTY_NAMES", "is_party"]
