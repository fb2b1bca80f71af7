"""Organisations no register holds and whose name has no head noun, from the project's table.

``seeds/reference/organisaties-zonder-register.csv`` lists national youth-care providers and bodies
(``William Schrikker Groep``, ``Leger des Heils``, ``Jeugdautoriteit``), one row each with the
official page it was checked on. A national body is the only one of its name, so its one-word name
in lower case after the definite article still names it (``via de jeugdautoriteit``,
``de kinderombudsman``); a provider's name in lower case does not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..reference_tables import read_table
from ..settings import REFERENCE_DIR

KNOWN_NAMES_TABLE = "organisaties-zonder-register.csv"
_NATIONAL = "landelijk_orgaan"


@lru_cache(maxsize=4)
def _rows(reference_dir: Path = REFERENCE_DIR) -> tuple[tuple[str, str], ...]:
    """(name, kind) of each row, each with its source (a row without one is an error)."""
    rows = []
    for row in read_table(Path(reference_dir) / KNOWN_NAMES_TABLE, ("naam", "soort", "bron")):
        if not row["naam"] or not row["bron"]:
            raise row.fail(
                "elke organisatie heeft een naam en een bron: een officiële pagina van de organisatie."
            )
        rows.append((row["naam"], row["soort"]))
    return tuple(rows)


def known_names(reference_dir: Path = REFERENCE_DIR) -> tuple[str, ...]:
    """The names of the table."""
    return tuple(name for name, _ in _rows(reference_dir))


KNOWN_NAMES = known_names()
#: A team's head noun before its name: "het Sociaal Wijkteam Zwolle", "Gebiedsteam Noord" (not "team").
TEAM_HEADS = (r"Sociaal [Ww]ijkteam", r"Sociaal [Tt]eam", r"Wijkteam", r"Gebiedsteam", r"Jeugdteam",
              r"Buurtteam")
TEAM_WORDS = ("sociaal wijkteam", "sociaal team", "wijkteam", "gebiedsteam", "jeugdteam", "buurtteam")
#: The fields a provider's divisions are named by ("Leger des Heils, Jeugdbescherming en Reclassering").
DIVISION_FIELDS = r"(?:Jeugdbescherming|Jeugdreclassering|Reclassering|Jeugdzorg|Jeugdhulp|Volwassenenzorg)"
_NATIONAL_NAMES = {name.lower(): name for name, kind in _rows() if kind == _NATIONAL and " " not in name}
_NATIONAL_LOWER = re.compile(
    r"(?<![\w-])(?:de|De)[ \t]+(?P<name>" + "|".join(map(re.escape, sorted(_NATIONAL_NAMES))) + r")(?![\w-])"
)


def national_in_lower_case(text: str, lowered: str | None) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of each national body named in lower case after "de", as the table spells it."""
    if lowered is not None and not any(name in lowered for name in _NATIONAL_NAMES):
        return []
    return [(m.start("name"), m.end("name"), _NATIONAL_NAMES[m.group("name")])
            for m in _NATIONAL_LOWER.finditer(text)]


__all__ = ["DIVISION_FIELDS", "KNOWN_NAMES", "KNOWN_NAMES_TABLE", "TEAM_HEADS", "TEAM_WORDS", "known_names",
           "national_in_lower_case"]
