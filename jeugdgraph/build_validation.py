"""Validating a built store: the documents on every build, the reference graph once per content.

The reference graph (the registers: some six hundred municipalities, a thousand organisations,
their changes and memberships) comes from the project's files and is the same on every build
of the same files; validating it took most of a seed build. So a build validates the resources
its documents describe (against the whole store, so links to reference entities are checked
as before) and takes the reference graph's findings from the cache folder, where they are kept
under a hash of the reference files, the shapes and the code, like the reference graph itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .cache import cached_text
from .namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE
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
)

_CODE = ("build_validation", "validation", "reference", "registers", "memberships", "name_tables", "names")


def _document_subjects(store: ox.Store) -> list[URIRef]:
    skipped = f"<{GRAPH_ONTOLOGY}>, <{GRAPH_REFERENCE}>"
    rows = store.query(
        f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({skipped}) && isIRI(?s)) }}"
    )
    return sorted(URIRef(row["s"].value) for row in rows)


def _reference_findings(store: ox.Store, ontology_dir: Path, sources: Iterable[Path]) -> list[Finding]:
    def make() -> str:
        alone = ox.Store()
        for graph in (GRAPH_ONTOLOGY, GRAPH_REFERENCE):
            alone.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))
        report = _validate(alone, load_shapes(ontology_dir), None)
        return json.dumps([asdict(f) for f in report.findings])

    ontology = [Path(ontology_dir) / name for name in (ONTOLOGY_FILE, THEMES_FILE, SHAPES_FILE)]
    text = cached_text("reference-validation", [*sources, *ontology], make, code=_CODE)
    return [Finding(**item) for item in json.loads(text or make())]


def validate_build(
    store: ox.Store, ontology_dir: Path, reference_sources: Iterable[Path]
) -> ValidationReport:
    """The findings for a built store: its documents' resources now, its reference graph cached."""
    focus = _document_subjects(store)
    shapes = load_shapes(ontology_dir)
    report = _validate(store, shapes, focus) if focus else _report(Graph(), shapes)
    known = set(report.findings)
    extra = [f for f in _reference_findings(store, ontology_dir, reference_sources) if f not in known]
    if extra:
        findings = [*report.findings, *extra]
        report.findings = sorted(
            findings, key=lambda f: (SEVERITIES.index(f.severity), f.focus, f.path or "")
        )
        report.conforms = not any(f.severity == "Violation" for f in report.findings)
        report.labels.update(_labels_from_store(store, {f.focus for f in extra}))
    return report
