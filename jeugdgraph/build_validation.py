"""Validating a store: the documents every time, the reference graph once per content.

The reference graph (the registers: some six hundred municipalities, a thousand organisations,
their changes and memberships) is the same from one build or write to the next; validating it
took most of a seed build. So ``validate_build`` validates the resources the other graphs
describe (against the whole store, so links to reference entities are checked as before) and
takes the findings about the reference graph's own resources from the cache folder, kept under
a hash of the reference graph's content, the ontology and shapes files and the code.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .cache import cached_text
from .namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE
from .ox_answers import returned, select
from .rdf_terms import iri_of
from .settings import ONTOLOGY_DIR
from .sparql_texts import filled
from .validation import (
    ONTOLOGY_FILE,
    SHAPES_FILE,
    THEMES_FILE,
    _validate,
    load_shapes,
    validate_store,
)
from .validation_report import SEVERITIES, Finding, ValidationReport, _labels_from_store, _report

_CODE = ("build_validation", "validation", "reference", "registers", "memberships", "name_tables", "names")


def _document_subjects(store: ox.Store) -> list[URIRef]:
    skipped = f"<{GRAPH_ONTOLOGY}>, <{GRAPH_REFERENCE}>"
    query = filled("validation-document-subjects", skipped=skipped)
    rows = select(store, query)
    return sorted(iri_of(row["s"]) for row in rows)  # pyshacl's focus nodes are rdflib terms


def _reference_content(store: ox.Store) -> bytes:
    reference = ox.NamedNode(str(GRAPH_REFERENCE))
    if not store.contains_named_graph(reference):
        return b""
    return returned(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=reference))


def validate_build(store: ox.Store, ontology_dir: Path = ONTOLOGY_DIR) -> ValidationReport:
    """The findings for a store: what its other graphs describe now, its reference graph cached.

    The first time a reference graph is seen, the whole store is validated (as ``validate_store``
    does) and the findings about resources that only the reference graph describes are kept;
    after that, only the resources the other graphs describe are validated, against the whole
    store, and the kept findings are added. A store without the ontology graph (not made by a
    build) is validated as a whole.
    """
    if not store.contains_named_graph(ox.NamedNode(str(GRAPH_ONTOLOGY))):
        return validate_store(store, ontology_dir=ontology_dir)
    focus = _document_subjects(store)
    shapes = load_shapes(ontology_dir)
    whole: list[ValidationReport] = []

    def make() -> str:
        report = _validate(store, shapes, None)
        whole.append(report)
        described = {str(s) for s in focus}
        return json.dumps([asdict(f) for f in report.findings if f.focus not in described])

    ontology = [Path(ontology_dir) / name for name in (ONTOLOGY_FILE, THEMES_FILE, SHAPES_FILE)]
    text = cached_text("reference-validation", ontology, make, code=_CODE, content=_reference_content(store))
    if whole:  # just validated as a whole
        return whole[0]
    kept = [Finding(**item) for item in json.loads(text or make())]
    if whole:  # the cache could not be read: validated as a whole after all
        return whole[0]
    report = _validate(store, shapes, focus) if focus else _report(Graph(), shapes)
    known = set(report.findings)
    extra = [f for f in kept if f not in known]
    if extra:
        findings = [*report.findings, *extra]
        report.findings = sorted(
            findings, key=lambda f: (SEVERITIES.index(f.severity), f.focus, f.path or "")
        )
        report.conforms = not any(f.severity == "Violation" for f in report.findings)
        report.labels.update(_labels_from_store(store, {f.focus for f in extra}))
    return report
