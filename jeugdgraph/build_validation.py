"""Validating a store: the documents every time, the reference graph once per content.

The reference graph (the registers: some six hundred municipalities, a thousand organisations,
their changes and memberships) is the same from one build or write to the next; validating it
took most of a seed build. So ``validate_build`` validates the resources the other graphs
describe (against the whole store, so links to reference entities are checked as before) and
takes the reference graph's findings from the cache folder, kept under a hash of the reference
graph's content, the ontology and shapes files and the code.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .cache import cached_text
from .namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE
from .settings import ONTOLOGY_DIR
from .validation import (
    ONTOLOGY_FILE,
    SEVERITIES,
    SHAPES_FILE,
    THEMES_FILE,
    Finding,
    ValidationReport,
    _labels_from_store,
    _report,
    _validate,
    load_shapes,
    validate_store,
)

_CODE = ("build_validation", "validation", "reference", "registers", "memberships", "name_tables", "names")


def _document_subjects(store: ox.Store) -> list[URIRef]:
    skipped = f"<{GRAPH_ONTOLOGY}>, <{GRAPH_REFERENCE}>"
    rows = store.query(
        f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({skipped}) && isIRI(?s)) }}"
    )
    return sorted(URIRef(row["s"].value) for row in rows)


def _reference_findings(store: ox.Store, ontology_dir: Path) -> list[Finding]:
    def make() -> str:
        alone = ox.Store()
        for graph in (GRAPH_ONTOLOGY, GRAPH_REFERENCE):
            alone.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))
        report = _validate(alone, load_shapes(ontology_dir), None)
        return json.dumps([asdict(f) for f in report.findings])

    ontology = [Path(ontology_dir) / name for name in (ONTOLOGY_FILE, THEMES_FILE, SHAPES_FILE)]
    reference = ox.NamedNode(str(GRAPH_REFERENCE))
    content = "".join(f"{q}\n" for q in store.quads_for_pattern(None, None, None, reference)).encode()
    text = cached_text("reference-validation", ontology, make, code=_CODE, content=content)
    return [Finding(**item) for item in json.loads(text or make())]


def validate_build(store: ox.Store, ontology_dir: Path = ONTOLOGY_DIR) -> ValidationReport:
    """The findings for a store: what its other graphs describe now, its reference graph cached.

    A store without the ontology graph (not made by a build) is validated as a whole."""
    if not store.contains_named_graph(ox.NamedNode(str(GRAPH_ONTOLOGY))):
        return validate_store(store, ontology_dir=ontology_dir)
    focus = _document_subjects(store)
    shapes = load_shapes(ontology_dir)
    report = _validate(store, shapes, focus) if focus else _report(Graph(), shapes)
    known = set(report.findings)
    extra = [f for f in _reference_findings(store, ontology_dir) if f not in known]
    if extra:
        findings = [*report.findings, *extra]
        report.findings = sorted(
            findings, key=lambda f: (SEVERITIES.index(f.severity), f.focus, f.path or "")
        )
        report.conforms = not any(f.severity == "Violation" for f in report.findings)
        report.labels.update(_labels_from_store(store, {f.focus for f in extra}))
    return report
