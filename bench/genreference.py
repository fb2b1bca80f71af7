"""The benchmark corpus's world: municipalities, regions, laws and organisations from the project's
reference files (synthetic ones only where those are missing), and the generated document's record."""

from __future__ import annotations

import csv
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = ROOT / "seeds" / "reference"
MUNICIPALITY_COUNT = 342
REGION_COUNT = 42

@dataclass(frozen=True)
class Municipality:
    cbs_code: str  # GM0622
    name: str
    region_code: str  # JZ29


@dataclass(frozen=True)
class Region:
    cbs_code: str  # JZ29
    slug: str
    name: str
    body: str | None = None  # name of the joint body that carries out its tasks


@dataclass(frozen=True)
class Law:
    name: str
    iri_tail: str  # BWB id or slug


@dataclass
class Reference:
    municipalities: list[Municipality]
    regions: list[Region]
    laws: list[Law]
    organisations: list[str]

    @property
    def issuers(self) -> list[Municipality]:
        """The municipalities documents are written for: those with a known region."""
        return [m for m in self.municipalities if m.region_code]

    def members(self, region_code: str) -> list[Municipality]:
        return [m for m in self.municipalities if m.region_code == region_code]


@dataclass
class GeneratedDocument:
    """One generated document and the facts it states, for checking extraction against."""

    index: int
    file_name: str
    genre: str
    municipality: str  # CBS code of the issuing municipality
    region: str  # CBS code of its youth-care region
    text: str
    assignments: int = 0
    decisions: int = 0
    amounts: list[str] = field(default_factory=list)  # euro values as decimal strings
    deadlines: list[str] = field(default_factory=list)  # ISO dates of assignment/decision deadlines
    laws: list[str] = field(default_factory=list)  # BWB ids or slugs the text names
    date: str | None = None  # ISO date of the document

    def manifest(self) -> dict[str, object]:
        data = asdict(self)
        del data["text"]
        return data


# --- reference data -----------------------------------------------------------------------------

def load_reference(reference_dir: Path = REFERENCE_DIR) -> Reference:
    """Municipalities, regions, laws and organisations from the project's reference CSV files.

    Where a file is missing or holds fewer than the current 342 municipalities and 42 regions,
    synthetic ones fill the gap so the corpus always spans the whole country.
    """
    regions = _read_regions(reference_dir / "jeugdregios.csv")
    municipalities = _read_municipalities(reference_dir / "gemeenten.csv")
    laws = _read_laws(reference_dir / "wetten.csv")
    organisations = _read_organisations(reference_dir / "organisaties.csv")
    regions, municipalities = _complete(regions, municipalities)
    return Reference(municipalities, regions, laws, organisations)


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_regions(path: Path) -> list[Region]:
    organisations = {row["slug"]: row["naam"] for row in _rows(path.with_name("organisaties.csv"))}
    return [
        Region(row["cbs_code"], row["slug"], row["naam"], organisations.get(row.get("uitgevoerd_door") or ""))
        for row in _rows(path)
        if row.get("cbs_code")
    ]


def _read_municipalities(path: Path) -> list[Municipality]:
    return [
        Municipality(row["cbs_code"], row["naam"], row["jeugdregio"])
        for row in _rows(path)
        if row.get("cbs_code") and not row.get("einddatum")
    ]


def _read_laws(path: Path) -> list[Law]:
    laws = [Law(row["naam"], row["bwb_id"] or row["slug"]) for row in _rows(path) if row.get("naam")]
    return laws or [Law("Jeugdwet", "BWBR0034925"),
                    Law("Wet maatschappelijke ondersteuning 2015", "BWBR0035362")]


#: organisations that work in every region (the reference also lists local ones, left out here)
NATIONWIDE = ("Veilig Thuis", "Raad voor de Kinderbescherming", "Centrum voor Jeugd en Gezin")


def _read_organisations(path: Path) -> list[str]:
    names = [row["naam"] for row in _rows(path) if row.get("naam") in NATIONWIDE]
    return names or list(NATIONWIDE)


_SYLLABLES_A = ("Beek", "Berg", "Bos", "Brug", "Dal", "Eik", "Esch", "Haven", "Heide", "Hof", "Holt",
                "Kamp", "Lind", "Meer", "Molen", "Oever", "Ruim", "Sloot", "Veen", "Weide", "Wold")
_SYLLABLES_B = ("broek", "dam", "dijk", "drecht", "hoven", "horst", "huizen", "kerk", "lo", "mond",
                "rade", "stein", "voorde", "wijk", "zande")


def _complete(
    regions: list[Region], municipalities: list[Municipality]
) -> tuple[list[Region], list[Municipality]]:
    """Fill up to 42 regions and 342 municipalities with synthetic, deterministic ones."""
    rng = random.Random("jeugdgraph-bench-reference")
    used_codes = {r.cbs_code for r in regions}
    region_codes = [f"JZ{n:02d}" for n in range(1, 44) if n != 40]
    names = {r.name for r in regions} | {m.name for m in municipalities}
    for code in region_codes:
        if len(regions) >= REGION_COUNT:
            break
        if code in used_codes:
            continue
        name = _synthetic_name(rng, names) + "land"
        regions.append(Region(code, name.lower(), name))
    known = {r.cbs_code for r in regions}
    # a municipality whose region the reference leaves open (Vijfheerenlanden) stays in the
    # country but issues no documents: a document always names its region
    municipalities = [m for m in municipalities if m.region_code in known or not m.region_code]
    used = {m.cbs_code for m in municipalities}
    region_cycle = sorted(known)
    n = 2000
    while len(municipalities) < MUNICIPALITY_COUNT:
        n += 1
        code = f"GM{n:04d}"
        if code in used:
            continue
        region = region_cycle[len(municipalities) % len(region_cycle)]
        municipalities.append(Municipality(code, _synthetic_name(rng, names), region))
    return sorted(regions, key=lambda r: r.cbs_code), sorted(municipalities, key=lambda m: m.cbs_code)


def _synthetic_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = rng.choice(_SYLLABLES_A) + rng.choice(_SYLLABLES_B)
        if rng.random() < 0.2:
            name = rng.choice(("Nieuw-", "Oud-", "Groot-")) + name
        if name not in taken:
            taken.add(name)
            return name
