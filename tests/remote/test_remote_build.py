"""Building into a real Oxigraph server over the SPARQL 1.1 Protocol and Graph Store Protocol."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from jeugdgraph.build import build_remote, build_store
from jeugdgraph.cli import app
from jeugdgraph.errors import QueryError, StoreError
from jeugdgraph.namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE
from jeugdgraph.remote import RemoteStore, is_remote
from jeugdgraph.settings import SEEDS_DIR, Settings

DOC = "https://w3id.org/jeugdgraph/id/document/"
MOTIE = "000_6433c76c45005ce2"
RIJNMOND_QUERY = """
    SELECT (COUNT(?g) AS ?n) WHERE { ?g <http://www.w3.org/ns/org#memberOf>
        <https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond> }"""


def remote_quads(url: str) -> set[ox.Quad]:
    """Everything in the remote store, read back through the Graph Store Protocol."""
    response = httpx.get(f"{url}/store", headers={"Accept": "application/n-quads"}, timeout=60)
    response.raise_for_status()
    return set(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))


def canonical(quads) -> set[ox.Quad]:  # noqa: ANN001
    """The quads with blank nodes renamed canonically (the shapes' lists have blank nodes)."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return set(dataset)


def test_urls_are_recognised_as_remote_stores() -> None:
    assert is_remote("http://127.0.0.1:7878")
    assert is_remote("https://sparql.example.org/ds")
    assert not is_remote("store")
    assert not is_remote(Path("http:/x"))


def test_build_writes_exactly_the_graphs_of_an_embedded_build(oxigraph_server, seed_store) -> None:
    report = build_store([SEEDS_DIR], oxigraph_server.url)
    assert report.store_dir == oxigraph_server.url
    assert len(report.built) == 5
    assert report.validation is not None and report.validation.conforms
    assert report.remote.graphs_written == 9  # five documents, ontology, reference, geometry, derived
    assert canonical(remote_quads(oxigraph_server.url)) == canonical(seed_store)


def test_queries_see_the_union_of_all_graphs_as_default_graph(oxigraph_server) -> None:
    build_store([SEEDS_DIR], oxigraph_server.url, validate=False)
    with RemoteStore(oxigraph_server.url) as remote:
        assert remote.select(RIJNMOND_QUERY) == [{"n": "13"}]
        graphs = remote.named_graphs()
        assert str(GRAPH_ONTOLOGY) in graphs and str(GRAPH_REFERENCE) in graphs
        assert f"{DOC}{MOTIE}" in graphs
        per_graph = remote.triples_per_graph()
        assert per_graph[f"{DOC}{MOTIE}"] > 20


def test_a_rebuild_with_fewer_documents_removes_the_stale_document_graphs(oxigraph_server) -> None:
    build_store([SEEDS_DIR], oxigraph_server.url, validate=False)
    report = build_store([SEEDS_DIR / f"{MOTIE}.txt"], oxigraph_server.url, validate=False)
    assert len(report.remote.stale_graphs_removed) == 4
    with RemoteStore(oxigraph_server.url) as remote:
        documents = [g for g in remote.named_graphs() if g.startswith(DOC)]
    assert documents == [f"{DOC}{MOTIE}"]


def test_graphs_of_others_in_the_same_store_are_left_alone(oxigraph_server) -> None:
    with RemoteStore(oxigraph_server.url) as remote:
        remote.put_graph("http://example.org/their-graph",
                         '<http://example.org/a> <http://example.org/b> "1" .\n')
    build_store([SEEDS_DIR / f"{MOTIE}.txt"], oxigraph_server.url, validate=False)
    with RemoteStore(oxigraph_server.url) as remote:
        assert "http://example.org/their-graph" in remote.named_graphs()


def test_a_document_that_fails_to_read_keeps_its_previous_graph(oxigraph_server, tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for name in (f"{MOTIE}.txt", "001_1786b06549a818d4.txt"):
        shutil.copy(SEEDS_DIR / name, corpus)
    build_store([corpus], oxigraph_server.url, validate=False)
    before = {q for q in remote_quads(oxigraph_server.url) if q.graph_name.value == f"{DOC}{MOTIE}"}
    assert before

    (corpus / f"{MOTIE}.txt").write_bytes(bytes(range(256)) * 8)  # now unreadable
    report = build_store([corpus], oxigraph_server.url, validate=False)
    assert [d.slug for d in report.skipped] == [MOTIE]
    after = {q for q in remote_quads(oxigraph_server.url) if q.graph_name.value == f"{DOC}{MOTIE}"}
    assert after == before


def test_without_graph_store_protocol_graphs_are_replaced_by_sparql_update(
    oxigraph_server, seed_store
) -> None:
    settings = Settings(remote_gsp="")  # as for a store without the Graph Store Protocol (QLever)
    report = build_remote([SEEDS_DIR], oxigraph_server.url, settings=settings, validate=False)
    assert report.remote.graphs_written == 9  # five documents, ontology, reference, geometry, derived
    assert canonical(remote_quads(oxigraph_server.url)) == canonical(seed_store)


def test_cli_build_accepts_a_url_and_reports_it(oxigraph_server) -> None:
    result = CliRunner().invoke(app, ["build", "--store", oxigraph_server.url, "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "5 documenten gebouwd" in result.output
    with RemoteStore(oxigraph_server.url) as remote:
        assert remote.select(RIJNMOND_QUERY) == [{"n": "13"}]


def test_an_unreachable_store_is_one_clear_error_and_nothing_is_built(unused_url: str) -> None:
    url = unused_url
    with pytest.raises(StoreError, match="niet bereikbaar"):
        build_store([SEEDS_DIR], url)
    result = CliRunner().invoke(app, ["build", "--store", url])
    assert result.exit_code == 1
    assert "niet bereikbaar" in result.output
    assert "Traceback" not in result.output


def test_a_bad_query_is_a_query_error_with_the_stores_message(oxigraph_server) -> None:
    with RemoteStore(oxigraph_server.url) as remote, pytest.raises(QueryError, match="1:"):
        remote.query("SELEC ?x WHERE { ?x ?p ?o }")
