"""Importers: published open-government lists -> the project's reference data.

``read_register``/``write_register`` turn a TOOI value list (JSON-LD) into the project's own
register tables (``seeds/reference/tooi-*.csv``), ``write_region_table`` the CBS 2016 region
table into ``jeugdregio_2016.csv``: what ``jeugdgraph import-tooi`` and ``import-regions --naar``
do, and what every build reads. The older route stays for a store of one's own: ``import_tooi``
and ``import_regions`` convert a list to RDF and ``save_import`` keeps it beside a store
(``DIR/imports/*.nt``), merged into that store's reference graph on every later build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from .. import iris
from ..namespaces import JG, ORG
from ..store import IMPORTS_DIRNAME
from .region_tables import write_region_table
from .regions import import_regions
from .tooi import import_tooi
from .tooi_tables import read_register, write_register


@dataclass(frozen=True)
class ImportSummary:
    """What a converted list holds, for the one-line report of the import commands."""

    municipalities: int
    dissolved: int
    joint_bodies: int
    dissolved_bodies: int
    regions: int
    memberships: int

    @classmethod
    def of(cls, graph: Graph) -> ImportSummary:
        municipalities = set(graph.subjects(RDF.type, JG.Gemeente))
        bodies = set(graph.subjects(RDF.type, JG.GemeenschappelijkeRegeling))
        ended = set(graph.subjects(JG.einddatum, None))
        return cls(
            municipalities=len(municipalities),
            dissolved=len(municipalities & ended),
            joint_bodies=len(bodies),
            dissolved_bodies=len(bodies & ended),
            regions=len(set(graph.subjects(RDF.type, JG.Jeugdregio))),
            memberships=len(set(graph.subject_objects(ORG.memberOf))),
        )

    def text(self) -> str:
        """One Dutch sentence: what the list held."""
        parts = []
        if self.municipalities and not self.memberships:
            parts.append(f"{self.municipalities} gemeenten, waarvan {self.dissolved} opgeheven")
        if self.joint_bodies:
            parts.append(
                f"{self.joint_bodies} samenwerkingsorganisaties, waarvan {self.dissolved_bodies} opgeheven"
            )
        if self.regions:
            parts.append(f"{self.regions} jeugdregio's")
        if self.memberships:
            parts.append(f"{self.memberships} gemeenten met hun jeugdregio")
        return "Geïmporteerd: " + "; ".join(parts) + "."


def import_name(source: Path | str) -> str:
    """The file name under ``DIR/imports`` for a converted list: the source's slug plus ``.nt``."""
    return iris.slugify(Path(source).stem) + ".nt"


def save_import(graph: Graph, store_dir: Path | str, source: Path | str) -> Path:
    """Write the converted triples to ``DIR/imports/<name>.nt`` (sorted, so reruns are identical).

    Importing the same file again replaces its earlier conversion.
    """
    folder = Path(store_dir) / IMPORTS_DIRNAME
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / import_name(source)
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    temporary = target.with_suffix(".nt.tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(target)  # never a half-written import file
    return target


__all__ = [
    "ImportSummary", "import_name", "import_regions", "import_tooi", "read_register", "save_import",
    "write_region_table", "write_register",
]
