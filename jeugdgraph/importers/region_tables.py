"""CBS table 83287NED (municipality -> youth-care region, 2016) -> ``seeds/reference/jeugdregio_2016.csv``.

The project keeps its own copy of the 2016 division (``cbs_code, naam, jeugdregio, bron``): the
memberships through time (``jeugdgraph.memberships``) start from it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import InputError
from .regions import _municipality_code, _read, _recognise, _region_code

TABLE = "jeugdregio_2016.csv"
COLUMNS = ("cbs_code", "naam", "jeugdregio", "bron")


def region_table_rows(path: Path | str, source: str) -> list[dict[str, str]]:
    """The rows of a CBS municipality -> region table, as the project writes them."""
    path = Path(path)
    header, rows = _read(path)
    columns = _recognise(path, header)
    if "gemeente_code" not in columns.indexes:
        raise InputError(f"{path.name} is een lijst van jeugdregio's, geen tabel gemeente -> jeugdregio.")
    out = []
    for line, row in rows:
        out.append({
            "cbs_code": _municipality_code(path, line, columns.get(row, "gemeente_code")),
            "naam": columns.get(row, "gemeente_naam"),
            "jeugdregio": _region_code(path, line, columns.get(row, "regio_code")),
            "bron": source,
        })
    return sorted(out, key=lambda r: r["cbs_code"])


def write_region_table(path: Path | str, folder: Path | str, source: str = "CBS 83287NED 2016") -> Path:
    """Write ``jeugdregio_2016.csv`` into ``folder`` from the published table at ``path``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(region_table_rows(path, source))
    target = Path(folder) / TABLE
    temporary = target.with_suffix(".csv.tmp")
    temporary.write_text(buffer.getvalue(), encoding="utf-8")
    temporary.replace(target)
    return target
