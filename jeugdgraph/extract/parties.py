"""The national political parties by the names and abbreviations council texts use for them.

Local parties have names of every shape ("Mooi Lelystad", "Beter voor Rijswijk"); they are found by
position (a party's own page, ``Voor stemden:``), never from this list.
"""

from __future__ import annotations

import re

#: A national party as written in council texts (longest spelling first within each alternation).
PARTY = (
    r"(?:GroenLinks-PvdA|GL-PvdA|GroenLinks|PvdA|CDA|VVD|D66|D'66|SP|ChristenUnie|Christen Unie|CU-SGP|SGP"
    r"|PVV|JA21|FvD|Forum voor Democratie|BBB|BoerBurgerBeweging|Volt|DENK|Denk|50PLUS|"
    r"Partij voor de Dieren|PvdD|Partij van de Arbeid|Democraten ?'?66|CU|GL)"
)
PARTY_PATTERN = re.compile(rf"^{PARTY}$")


def is_party(name: str) -> bool:
    """Whether ``name`` is one of the national parties (``CDA``, ``GroenLinks``), as written."""
    return bool(PARTY_PATTERN.match(name.strip()))


__all__ = ["PARTY", "is_party"]
