"""The reference data a build starts from: the ontology and reference named graphs (from the cache
when their files are unchanged) and the gazetteer the extraction links names against."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .cache import cached_text
from .facts import GazetteerEntry
from .namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE
from .rdf_terms import nquads_without_blank_nodes
from .reference import gazetteer, load_reference_graph
from .settings import REFERENCE_DIR
from .store import BulkLoader, add_graph
from .validation import ONTOLOGY_FILE, SHAPES_FILE, THEMES_FILE, load_ontology


@lru_cache(maxsize=4)
def _reference(reference_dir: Path, extra: tuple[Path, ...]) -> tuple[Graph, tuple[GazetteerEntry, ...]]:
    graph = load_reference_graph(reference_dir, extra)
    return graph, tuple(gazetteer(graph))


def reference_data(
    reference_dir: Path = REFERENCE_DIR, extra: Iterable[Path] = ()
) -> tuple[Graph, list[GazetteerEntry]]:
    """The reference graph and the gazetteer the extraction links names against."""
    graph, entries = _reference(Path(reference_dir), tuple(sorted(Path(p) for p in extra)))
    return graph, list(entries)


def load_ontology_graph(store: ox.Store, loader: BulkLoader, ontology_dir: Path) -> None:
    """The ontology named graph, from the cache when the ontology files are unchanged."""
    files = [Path(ontology_dir) / name for name in (ONTOLOGY_FILE, THEMES_FILE, SHAPES_FILE)]
    nquads = cached_text(
        "ontology", files, lambda: nquads_without_blank_nodes(load_ontology(ontology_dir), GRAPH_ONTOLOGY),
        code=("validation", "namespaces", "build_reference", "rdf_terms"),
    )
    if nquads is None:
        add_graph(store, GRAPH_ONTOLOGY, load_ontology(ontology_dir))
    else:
        loader.add(nquads)


def load_reference(
    store: ox.Store, loader: BulkLoader, reference_dir: Path, extra: list[Path]
) -> list[GazetteerEntry]:
    """The reference named graph, from the cache when the reference files are unchanged; returns
    the gazetteer."""
    reference_dir = Path(reference_dir)
    if not reference_dir.is_dir():
        graph, entries = reference_data(reference_dir, extra)  # says what is wrong
        add_graph(store, GRAPH_REFERENCE, graph)
        return entries
    sources = sorted(p for p in reference_dir.iterdir() if p.is_file())

    def make() -> str | None:
        graph, entries = reference_data(reference_dir, extra)
        nquads = nquads_without_blank_nodes(graph, GRAPH_REFERENCE)
        if nquads is None:
            return None
        return json.dumps({"nquads": nquads, "gazetteer": [[e.label, e.iri, e.kind] for e in entries]})

    cached = cached_text(
        "reference", [*sources, *extra], make,
        code=("reference", "iris", "namespaces", "facts", "build_reference", "gazetteer", "registers",
              "memberships", "name_tables", "names", "reference_tables", "rdf_terms"),
    )
    if cached is None:
        graph, entries = reference_data(reference_dir, extra)
        add_graph(store, GRAPH_REFERENCE, graph)
        return entries
    data = json.loads(cached)
    loader.add(data["nquads"])
    return [GazetteerEntry(label, iri, kind) for label, iri, kind in data["gazetteer"]]
