"""The build's triples per graph come from the counts of what it loaded: they equal a count of
every quad in the built store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from jeugdgraph.build import build_store
from jeugdgraph.settings import PROJECT_ROOT, SEEDS_DIR
from jeugdgraph.store import triples_per_graph

DEV_CORPUS = PROJECT_ROOT / "tests" / "evaluation" / "corpus" / "dev"


def test_the_reported_triples_per_graph_equal_a_count_of_the_store(tmp_path: Path) -> None:
    sources = [SEEDS_DIR] + ([DEV_CORPUS] if DEV_CORPUS.is_dir() else [])
    report = build_store(sources, tmp_path / "store", validate=False)
    assert len(report.built) > 5
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert report.triples_per_graph == triples_per_graph(store)
    graphs = {g for g in report.triples_per_graph if "/document/" not in g}
    assert len(graphs) >= 3  # ontology, reference and derived graphs besides the documents
