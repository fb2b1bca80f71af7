"""The build's triples per graph come from the counts of what it loaded: they equal a count of
every quad in the built store."""

from __future__ import annotations

import pyoxigraph as ox

from jeugdgraph.store import triples_per_graph


def test_the_reported_triples_per_graph_equal_a_count_of_the_store(mixed_build) -> None:  # noqa: ANN001
    # the seeds, generated documents of every genre and the dev corpus (tests/conftest.py)
    report = mixed_build
    assert len(report.built) > 5
    store = ox.Store.read_only(str(report.store_dir))
    assert report.triples_per_graph == triples_per_graph(store)
    graphs = {g for g in report.triples_per_graph if "/document/" not in g}
    assert len(graphs) >= 3  # ontology, reference and derived graphs besides the documents
