"""TOOI value lists (JSON-LD) -> the project's own register tables under ``seeds/reference/``.

``jeugdgraph import-tooi FILE...`` reads a published list (municipalities, joint bodies, other
government organisations, zbo's, provinces) and writes two CSV tables beside the hand-made ones:

* ``tooi-{list}.csv``: one row per organisation the list holds (not its historic versions):
  ``code, tooi, klasse, naam, andere_namen, provincie, begindatum, einddatum, bron``;
* ``tooi-{list}-wijzigingen.csv``: one row per change event that ended or started organisations
  (merger, extension, rearrangement, founding, dissolution):
  ``tooi, soort, datum, opgeheven, ontstaan, voortgezet, bron`` (codes separated by ``|``).

``bron`` names the list and its version (``TOOI rwc_gemeenten_compleet versie 5``). The build
reads only these tables, so a fresh clone builds without the published files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS
from rdflib.term import Node

from ..errors import InputError
from .tooi import TOOI_ONT, _main_subjects, _parse_json_ld, _text

#: TOOI class -> the project's ``klasse`` column value.
CLASSES: dict[URIRef, str] = {
    TOOI_ONT.Gemeente: "gemeente",
    TOOI_ONT.Samenwerkingsorganisatie: "samenwerkingsorganisatie",
    TOOI_ONT.Overheidsorganisatie: "overheidsorganisatie",
    TOOI_ONT.Rijk: "overheidsorganisatie",
    TOOI_ONT.Zbo: "zbo",
    TOOI_ONT.ZboCluster: "zbo",
    TOOI_ONT.Provincie: "provincie",
}
#: Events that end or start organisations; renamings (Toestandswijziging) give former names.
EVENTS = ("Samenvoeging", "Uitbreiding", "Herschikking", "Oprichting", "Opheffing", "Splitsing")

ORGANISATION_COLUMNS = (
    "code", "tooi", "klasse", "naam", "andere_namen", "provincie", "begindatum", "einddatum", "bron",
)
EVENT_COLUMNS = ("tooi", "soort", "datum", "opgeheven", "ontstaan", "voortgezet", "bron")
_SEPARATOR = "|"


@dataclass(frozen=True)
class RegisterTables:
    """What one published list becomes: its name, version and the rows of both tables."""

    list_name: str
    version: str
    organisations: list[dict[str, str]]
    events: list[dict[str, str]]

    @property
    def source(self) -> str:
        return f"TOOI {self.list_name} versie {self.version}"

    def file_names(self) -> tuple[str, str]:
        return f"tooi-{self.list_name}.csv", f"tooi-{self.list_name}-wijzigingen.csv"

    def summary(self) -> str:
        """One Dutch sentence for the command line."""
        ended = sum(1 for row in self.organisations if row["einddatum"])
        return (
            f"{self.source}: {len(self.organisations)} organisaties (waarvan {ended} opgeheven) en "
            f"{len(self.events)} wijzigingen."
        )


def read_register(path: Path | str) -> RegisterTables:
    """The project's rows for a published TOOI list; ``InputError`` for a file that is none."""
    path = Path(path)
    graph = _parse_json_ld(path)
    list_name, version = _list_identity(graph, path)
    source = f"TOOI {list_name} versie {version}"
    subjects: dict[Node, str] = {}
    for cls, klasse in CLASSES.items():
        for subject in _main_subjects(graph, cls):
            subjects.setdefault(subject, klasse)
    if not subjects:
        raise InputError(f"{path.name} bevat geen organisaties; verwacht is een TOOI-waardelijst in JSON-LD.")
    rows = [_organisation(graph, subject, klasse, source, path) for subject, klasse in subjects.items()]
    rows.sort(key=lambda row: row["code"])
    events = [row for row in _events(graph, subjects, source) if row["opgeheven"] or row["ontstaan"]]
    events.sort(key=lambda row: (row["datum"], row["tooi"]))
    return RegisterTables(list_name, version, rows, events)


def write_register(tables: RegisterTables, folder: Path | str) -> list[Path]:
    """Write both tables into ``folder`` (sorted, so importing the same list again changes nothing)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    organisations_name, events_name = tables.file_names()
    written = [_write(folder / organisations_name, ORGANISATION_COLUMNS, tables.organisations)]
    written.append(_write(folder / events_name, EVENT_COLUMNS, tables.events))
    return written


# --------------------------------------------------------------------------- reading

def _list_identity(graph: Graph, path: Path) -> tuple[str, str]:
    for subject in graph.subjects(RDF.type, OWL.Ontology):
        parts = str(subject).rstrip("/").split("/")
        if len(parts) >= 2 and "/tooi/set/" in str(subject):
            return parts[-2], parts[-1]
    raise InputError(f"{path.name} noemt niet welke TOOI-waardelijst en versie het is (tooi/set/...).")


def _code(subject: Node) -> str:
    return str(subject).rstrip("/").rsplit("/", 1)[-1]


def _values(graph: Graph, subject: Node, *predicates: URIRef) -> list[str]:
    found: list[str] = []
    for predicate in predicates:
        for value in sorted(str(v).strip() for v in graph.objects(subject, predicate)):
            if value and value not in found:
                found.append(value)
    return found


def _date(graph: Graph, subject: Node, predicate: URIRef) -> str:
    value = _text(graph, subject, predicate)
    return value[:10] if value else ""


def _organisation(graph: Graph, subject: Node, klasse: str, source: str, path: Path) -> dict[str, str]:
    name = _text(graph, subject, TOOI_ONT.officieleNaamExclSoort, TOOI_ONT.voorkeursnaamExclSoort)
    name = name or _text(graph, subject, RDFS.label)
    if not name:
        raise InputError(f"{path.name}: {subject} heeft geen naam (officieleNaamExclSoort ontbreekt).")
    others = _values(
        graph, subject, TOOI_ONT.voorkeursnaamExclSoort, TOOI_ONT.alternatieveNaam, TOOI_ONT.afkorting
    )
    if klasse == "provincie":  # "provincie Groningen": how documents tell the province from the city
        others += _values(graph, subject, TOOI_ONT.officieleNaamInclSoort)
    for version in graph.subjects(PROV.specializationOf, subject):  # names before a renaming
        others += _values(graph, version, TOOI_ONT.officieleNaamExclSoort, TOOI_ONT.afkorting)
    others = [o for i, o in enumerate(others) if o != name and o not in others[:i] and _SEPARATOR not in o]
    provinces = [_code(p) for p in graph.objects(subject, TOOI_ONT.ligtInProvincie)]
    return {
        "code": _code(subject),
        "tooi": str(subject),
        "klasse": klasse,
        "naam": name,
        "andere_namen": _SEPARATOR.join(others),
        "provincie": sorted(provinces)[0] if provinces else "",
        "begindatum": _date(graph, subject, TOOI_ONT.begindatum),
        "einddatum": _date(graph, subject, TOOI_ONT.einddatum),
        "bron": source,
    }


def _events(graph: Graph, subjects: dict[Node, str], source: str) -> Iterable[dict[str, str]]:
    def codes(event: Node, predicate: URIRef) -> str:
        return _SEPARATOR.join(sorted(_code(x) for x in graph.objects(event, predicate) if x in subjects))

    for kind in EVENTS:
        for event in graph.subjects(RDF.type, TOOI_ONT[kind]):
            yield {
                "tooi": str(event),
                "soort": kind.lower(),
                "datum": _date(graph, event, TOOI_ONT.tijdstipWijziging),
                "opgeheven": codes(event, PROV.invalidated),
                "ontstaan": codes(event, PROV.generated),
                "voortgezet": codes(event, PROV.used),
                "bron": source,
            }


# --------------------------------------------------------------------------- writing

def _write(target: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    temporary = target.with_suffix(".csv.tmp")
    temporary.write_text(buffer.getvalue(), encoding="utf-8")
    temporary.replace(target)  # never a half-written table
    return target
