"""Reading the project's reference tables (CSV, UTF-8, ``|`` between several names in a cell)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError

_LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class Row:
    """One line of a reference table, with where it came from for error messages."""

    path: Path
    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "")

    def names(self, column: str = "andere_namen") -> list[str]:
        return [n.strip() for n in self[column].split(_LIST_SEPARATOR) if n.strip()]

    def fail(self, problem: str) -> InputError:
        return InputError(f"{self.path.name}, regel {self.line}: {problem}")


@lru_cache(maxsize=32)
def _read_csv_cached(
    path: Path, _mtime_ns: int, _size: int
) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[tuple[str, str], ...]], ...]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path.name} is geen UTF-8-tekst (fout bij byte {exc.start}); sla het op als UTF-8."
        ) from exc
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if not header:
        raise InputError(f"{path.name} is leeg; de eerste regel moet de kolomnamen bevatten.")
    header = [h.strip() for h in header]
    rows = []
    for line, fields in enumerate(reader, start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            raise InputError(
                f"{path.name}, regel {line}: {len(fields)} velden waar de kop er {len(header)} heeft "
                "(zet een waarde met een komma tussen aanhalingstekens)."
            )
        rows.append((line, tuple((h, f.strip()) for h, f in zip(header, fields, strict=True))))
    return tuple(header), tuple(rows)


def read_table(path: Path, columns: Iterable[str]) -> list[Row]:
    """The rows of a reference CSV file; every column in ``columns`` must be in its header."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"Het referentiebestand {path} ontbreekt.")
    stat = path.stat()
    header, raw = _read_csv_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)
    missing = [c for c in columns if c not in header]
    if missing:
        raise InputError(f"{path.name} mist de kolom(men) {', '.join(missing)}.")
    return [Row(path, line, dict(values)) for line, values in raw]
