"""Names in the reference graph beyond the official ones: the hand-written table, the rules, the keys.

* ``namen.csv`` (``doel, naam, bron``): names no register holds, each with where it is used
  (``JZ34, WBO``). ``doel`` is a code: ``GM0622``, ``JZ29``, ``pv21`` or a TOOI organisation code
  (``so1105``, ``oorg12374``, ``zb100004``).
* the rules of ``jeugdgraph.names`` give every municipality, region, joint body, organisation
  and province the short forms documents use, as ``skos:altLabel``;
* every name of every entity gets its search key (``jg:zoeknaam``), which the named-query API
  compares a typed name in: without case, diacritics or dashes.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal
from rdflib.term import Node

from .facts import EntityKind
from .gazetteer import KIND_CLASSES
from .names import derived_names, search_key, spelled_areas
from .namespaces import JG, OWL, RDF, SKOS
from .reference_tables import read_table

NAMES_TABLE = "namen.csv"


def _targets(graph: Graph) -> dict[str, Node]:
    """Code (lower case) -> resource, for the ``doel`` column."""
    targets: dict[str, Node] = {}
    for subject, code in graph.subject_objects(JG.cbsCode):
        targets[str(code).lower()] = subject
    for subject, tooi in graph.subject_objects(OWL.sameAs):
        targets.setdefault(str(tooi).rsplit("/", 1)[-1].lower(), subject)
    for province in graph.subjects(RDF.type, JG.Provincie):
        targets.setdefault(str(province).rsplit("/", 1)[-1].lower(), province)
    return targets


def _names(graph: Graph, subject: Node) -> list[str]:
    return [str(n) for p in (SKOS.prefLabel, SKOS.altLabel) for n in graph.objects(subject, p)]


def add_names(graph: Graph, reference_dir: Path) -> None:
    """Add the hand-written names, the derived names and the search keys to ``graph``."""
    table = Path(reference_dir) / NAMES_TABLE
    if table.is_file():
        targets = _targets(graph)
        for row in read_table(table, ("doel", "naam", "bron")):
            subject = targets.get(row["doel"].lower())
            if subject is None:
                raise row.fail(f"'{row['doel']}' is geen code van een bekende gemeente of organisatie.")
            if not row["naam"] or not row["bron"]:
                raise row.fail("elke naam heeft een bron: waar wordt hij zo geschreven?")
            if row["naam"] not in _names(graph, subject):
                graph.add((subject, SKOS.altLabel, Literal(row["naam"], lang="nl")))
    kinds: dict[Node, EntityKind] = {}
    for kind, cls in KIND_CLASSES.items():
        for subject in graph.subjects(RDF.type, cls):
            kinds.setdefault(subject, kind)
    for subject, kind in kinds.items():
        names = _names(graph, subject)
        for name in list(names):
            for derived in derived_names(name, kind):
                if derived not in names:
                    names.append(derived)
                    graph.add((subject, SKOS.altLabel, Literal(derived, lang="nl")))
        if kind in ("gemeenschappelijke_regeling", "organisatie"):
            for spelled in spelled_areas(names):  # "RDOG HM" -> "RDOG Hollands Midden"
                names.append(spelled)
                graph.add((subject, SKOS.altLabel, Literal(spelled, lang="nl")))
        for key in {search_key(name) for name in names}:
            graph.add((subject, JG.zoeknaam, Literal(key)))

