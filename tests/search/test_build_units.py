"""The text index a build writes from the mapped documents holds what an index read back from the
built store holds (``build_index``, the way writes read their units): the same units with the same
fields, kinds, facets, dates and offsets into ``jg:tekst``, on the seeds, generated documents of
every genre and the dev corpus."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import tantivy

from jeugdgraph.search.index import IndexBuilder, SearchIndex, build_index, index_dir
from jeugdgraph.search.units import Facets, mapped_units, read_units

Entry = tuple[tuple[str, tuple[object, ...]], ...]


@pytest.fixture(scope="module")
def built_dir(mixed_build) -> Path:  # noqa: ANN001 - the session's BuildReport (tests/conftest.py)
    """The seeds, generated documents of every genre and the dev corpus, built without validation."""
    return mixed_build.store_dir


def entries(folder: Path) -> Counter[Entry]:
    """Every unit the index in ``folder`` holds, as its stored fields."""
    index = SearchIndex(folder)
    searcher = index.index.searcher()
    found = searcher.search(tantivy.Query.all_query(), limit=max(1, searcher.num_docs))
    held: Counter[Entry] = Counter()
    for _score, address in found.hits:
        fields = searcher.doc(address).to_dict()
        held[tuple(sorted((name, tuple(sorted(values))) for name, values in fields.items()))] += 1
    return held


def test_the_build_indexes_what_a_read_back_from_the_store_indexes(built_dir: Path, tmp_path: Path):
    store = ox.Store.read_only(str(built_dir))
    build_index(store, tmp_path)
    from_store = entries(index_dir(tmp_path))
    from_build = entries(index_dir(built_dir))
    assert sum(from_build.values()) > 1500  # the documents and their quotes
    kinds = Counter(dict(entry)["eenheid"][0] for entry in from_build)
    assert kinds["document"] > 300 and kinds["uitspraak"] > 300
    assert from_build == from_store


def test_a_unit_made_from_a_graph_equals_the_one_read_from_the_store(built_dir: Path):
    store = ox.Store.read_only(str(built_dir))
    facets = Facets.of_store(store)
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    made, read = [], read_units(store, graphs)
    for graph in graphs:
        quads = store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        units = mapped_units(graph, [(q.subject, q.predicate, q.object) for q in quads])
        if units is not None:
            made.extend(units.units(facets))
    assert len(made) == len(read) > 0

    def key(unit: object) -> str:
        fields = vars(unit)
        return repr([sorted(fields[f]) if isinstance(fields[f], set) else fields[f] for f in sorted(fields)])

    assert sorted(map(key, made)) == sorted(map(key, read))


def test_a_discarded_builder_leaves_its_folder_to_an_index_from_the_store(built_dir: Path, tmp_path: Path):
    # the build's way out when a document changed the facets: what was added goes, the store's index comes
    store = ox.Store.read_only(str(built_dir))
    builder = IndexBuilder(tmp_path)
    builder.add(read_units(store, ["https://w3id.org/jeugdgraph/id/document/nergens"]) or [])
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))[:40]
    builder.add(read_units(store, graphs))
    builder.discard()
    assert not index_dir(tmp_path).exists()
    assert build_index(store, tmp_path) == sum(entries(index_dir(built_dir)).values())
    assert entries(index_dir(tmp_path)) == entries(index_dir(built_dir))
