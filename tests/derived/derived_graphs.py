"""The derived graph of a store, and the one a recomputation from scratch gives."""

from __future__ import annotations

import pyoxigraph as ox

from jeugdgraph.derived import GRAPH_DERIVED, recompute


def derived(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_DERIVED))}


def from_scratch(store: ox.Store) -> set[ox.Triple]:
    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None, None))
    copy.update(recompute())
    return derived(copy)
