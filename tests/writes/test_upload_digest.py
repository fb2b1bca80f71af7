"""An upload's graph is written as N-Triples by pyoxigraph, the same serialiser that dumps the store:
the journal's digest of a committed upload matches the graph in the store, so recovery after a
crash recognises the write as done (rdflib's N-Triples of two seed documents did not match)."""

from __future__ import annotations

import pyoxigraph as ox

from jeugdgraph.build import extract_file, reference_data
from jeugdgraph.mapping import map_document
from jeugdgraph.settings import SEEDS_DIR
from jeugdgraph.write_journal import graph_digest, store_graph_digest


def test_the_digest_of_an_uploads_ntriples_is_the_digest_of_its_graph_in_the_store() -> None:
    _graph, entries = reference_data()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        graph = map_document(extract_file(path, entries))
        store = ox.Store()
        store.extend(graph)
        assert graph_digest(graph.ntriples()) == store_graph_digest(store, graph.name.value), path.name
