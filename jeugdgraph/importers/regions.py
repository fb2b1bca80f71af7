"""CBS youth-care region tables (CSV) -> reference RDF.

Two shapes of table are read, recognised by their columns (case and order do not matter, comma,
semicolon or tab separated, UTF-8):

* municipality -> region, as CBS table 83287NED:
  ``gemeentecode, gemeentenaam..., jeugdzorgregio_code..., tooi_uri`` (name and TOOI columns are
  optional); gives each region its members, stated in both directions;
* the region list: ``statcode, statnaam...``; gives the regions with their codes and names.

Region IRIs follow the region's name (``jgi:jeugdregio/rijnmond``) or, in a table without names,
its code; the reference graph maps a region it already knows to its own IRI by CBS code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from .. import iris
from ..errors import InputError
from ..namespaces import JG, ORG, OWL, bind_prefixes
from .files import read_list_file

TOOI_GEMEENTE = "https://identifier.overheid.nl/tooi/id/gemeente/"

_MUNICIPALITY_CODE = re.compile(r"^(?:GM)?(\d{1,4})$", re.IGNORECASE)
_REGION_CODE = re.compile(r"^JZ(\d{2})$", re.IGNORECASE)

#: column role -> patterns its header may have (lower case, after trimming)
_COLUMNS: dict[str, tuple[str, ...]] = {
    "gemeente_code": (r"gemeentecode\w*", r"gm_?code", r"code_?gemeente\w*"),
    "gemeente_naam": (r"gemeentenaam\w*", r"naam_?gemeente\w*"),
    "regio_code": (
        r"jeugd(?:zorg|hulp)?regio_?code\w*", r"jeugd(?:zorg|hulp)?regio\w*_code\w*",
        r"statcode", r"jz_?code",
    ),
    "regio_naam": (
        r"statnaam\w*", r"jeugd(?:zorg|hulp)?regio_?naam\w*", r"jeugd(?:zorg|hulp)?regio\w*_naam\w*",
    ),
    "tooi": (r"tooi\w*",),
}

EXPECTED = (
    "verwacht een CBS-tabel met de kolommen gemeentecode en jeugdzorgregio_code (gemeente -> jeugdregio) "
    "of statcode en statnaam (lijst van jeugdregio's)"
)


@dataclass(frozen=True)
class _Columns:
    indexes: dict[str, int]

    def get(self, row: list[str], role: str) -> str:
        index = self.indexes.get(role)
        return row[index].strip() if index is not None and index < len(row) else ""


def import_regions(path: Path | str) -> Graph:
    """Convert a CBS municipality -> youth-care region table or region list into reference RDF.

    Raises ``InputError`` (one sentence) for a file with the wrong columns, encoding or values.
    """
    path = Path(path)
    header, rows = _read(path)
    columns = _recognise(path, header)
    if not rows:
        raise InputError(f"{path.name} bevat alleen een kopregel en geen gegevens.")
    out = Graph()
    bind_prefixes(out)
    regions: dict[str, URIRef] = {}
    region_names: dict[str, str] = {}
    member_of: dict[str, tuple[str, int]] = {}
    for line, row in rows:
        region_code = _region_code(path, line, columns.get(row, "regio_code"))
        name = columns.get(row, "regio_naam")
        if name and region_names.setdefault(region_code, name) != name:
            raise InputError(
                f"{path.name}, regel {line}: jeugdregio {region_code} heet hier '{name}' en eerder "
                f"'{region_names[region_code]}'."
            )
        region = regions.get(region_code)
        if region is None:
            region = regions[region_code] = URIRef(iris.jeugdregio(name or region_code))
            out.add((region, RDF.type, JG.Jeugdregio))
            out.add((region, JG.cbsCode, Literal(region_code)))
            if name:
                out.add((region, SKOS.prefLabel, Literal(name, lang="nl")))
        if "gemeente_code" not in columns.indexes:
            continue
        municipality_code = _municipality_code(path, line, columns.get(row, "gemeente_code"))
        earlier = member_of.setdefault(municipality_code, (region_code, line))
        if earlier[0] != region_code:
            raise InputError(
                f"{path.name}, regel {line}: gemeente {municipality_code} staat op regel {earlier[1]} al in "
                f"jeugdregio {earlier[0]}; een gemeente hoort bij één jeugdregio."
            )
        municipality = URIRef(iris.gemeente(municipality_code))
        out.add((municipality, RDF.type, JG.Gemeente))
        out.add((municipality, JG.cbsCode, Literal(municipality_code)))
        municipality_name = columns.get(row, "gemeente_naam")
        if municipality_name:
            out.add((municipality, SKOS.prefLabel, Literal(municipality_name, lang="nl")))
        out.add((municipality, OWL.sameAs, _tooi(path, line, columns.get(row, "tooi"), municipality_code)))
        out.add((municipality, ORG.memberOf, region))
        out.add((region, ORG.hasMember, municipality))
    return out


def _read(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    raw = read_list_file(path, EXPECTED)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path.name} is geen UTF-8-tekst (ongeldige byte op positie {exc.start}); sla de tabel op als "
            "CSV in UTF-8."
        ) from None
    if "\x00" in text:
        raise InputError(f"{path.name} is geen tekstbestand maar binaire data; {EXPECTED}.")
    lines = text.splitlines()
    first = lines[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(lines, delimiter=delimiter)
    header = [h.strip().strip('"').lower() for h in next(reader)]
    rows = [(line, row) for line, row in enumerate(reader, start=2) if any(cell.strip() for cell in row)]
    return header, rows


def _recognise(path: Path, header: list[str]) -> _Columns:
    indexes: dict[str, int] = {}
    for role, patterns in _COLUMNS.items():
        for index, name in enumerate(header):
            if role not in indexes and any(re.fullmatch(p, name) for p in patterns):
                indexes[role] = index
    if "regio_code" not in indexes or ("gemeente_code" not in indexes and "regio_naam" not in indexes):
        found = ", ".join(h for h in header if h) or "geen"
        raise InputError(f"{path.name} heeft niet de goede kolommen (gevonden: {found}); {EXPECTED}.")
    return _Columns(indexes)


def _region_code(path: Path, line: int, value: str) -> str:
    match = _REGION_CODE.match(value)
    if not match:
        raise InputError(f"{path.name}, regel {line}: '{value}' is geen CBS-jeugdregiocode (JZ + 2 cijfers).")
    return "JZ" + match.group(1)


def _municipality_code(path: Path, line: int, value: str) -> str:
    match = _MUNICIPALITY_CODE.match(value)
    if not match:
        raise InputError(f"{path.name}, regel {line}: '{value}' is geen CBS-gemeentecode (GM + 4 cijfers).")
    return "GM" + match.group(1).zfill(4)


def _tooi(path: Path, line: int, value: str, code: str) -> URIRef:
    expected = TOOI_GEMEENTE + code.lower()
    if value and value != expected:
        raise InputError(f"{path.name}, regel {line}: de TOOI-IRI {value} hoort niet bij gemeente {code}.")
    return URIRef(expected)
