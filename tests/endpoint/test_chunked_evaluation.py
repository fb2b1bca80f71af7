"""What a worker sends when it streams is, joined, exactly the answer it would send whole, in
every format, with and without a row cap; a small answer is not streamed at all."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from jeugdgraph.query.evaluation import evaluate, evaluate_in_chunks
from jeugdgraph.query.formats import GRAPH_FORMATS, RESULT_FORMATS
from jeugdgraph.query.streaming import STREAM_AFTER, StreamStart
from jeugdgraph.query.types import NO_ROW_LIMIT, QueryRequest

GRAPH = "urn:jeugdgraph-test:graph/chunks"
SUBJECTS = 3000
SELECT = f"SELECT ?s ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} ORDER BY ?s ?o"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    graph, label = ox.NamedNode(GRAPH), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    text = "regel {}\nmet \"aanhalingstekens\", komma's en é"  # what CSV, TSV and JSON escape
    store.extend(ox.Quad(ox.NamedNode(f"urn:jeugdgraph-test:s{i:05d}"), label,
                         ox.Literal(text.format(i), language="nl"), graph) for i in range(SUBJECTS))
    return store


def streamed(store: ox.Store, request: QueryRequest) -> tuple[StreamStart, bytes]:
    messages: list[tuple[str, object]] = []
    assert evaluate_in_chunks(store, request, {}, messages.append) is None
    kind, start = messages[0]
    assert kind == "start" and isinstance(start, StreamStart)
    assert all(kind == "chunk" for kind, _ in messages[1:])
    return start, start.first + b"".join(chunk for _, chunk in messages[1:])  # type: ignore[misc]


@pytest.mark.parametrize("row_limit", [NO_ROW_LIMIT, 2500])
@pytest.mark.parametrize("fmt", [f.key for f in RESULT_FORMATS])
def test_streamed_solutions_are_the_whole_answer(store: ox.Store, fmt: str, row_limit: int) -> None:
    request = QueryRequest(SELECT, results_format=fmt, graph_format=None, row_limit=row_limit, stream=True)
    start, body = streamed(store, request)
    whole = evaluate(store, request, {})
    assert body == whole.body
    assert start.truncated == whole.truncated == (row_limit < SUBJECTS)
    assert start.rows == (2500 if row_limit < SUBJECTS else None)  # counted only when cut first
    assert whole.rows == min(row_limit, SUBJECTS)


@pytest.mark.parametrize("row_limit", [NO_ROW_LIMIT, 2500])
@pytest.mark.parametrize("fmt", [f.key for f in GRAPH_FORMATS])
def test_streamed_triples_are_the_whole_answer(store: ox.Store, fmt: str, row_limit: int) -> None:
    request = QueryRequest(CONSTRUCT, results_format=None, graph_format=fmt, row_limit=row_limit, stream=True)
    _start, body = streamed(store, request)
    whole = evaluate(store, request, {})
    assert body == whole.body
    assert whole.rows == min(row_limit, SUBJECTS)


def test_a_small_answer_is_sent_whole(store: ox.Store) -> None:
    messages: list[tuple[str, object]] = []
    request = QueryRequest(SELECT + " LIMIT 10", results_format="csv", row_limit=NO_ROW_LIMIT, stream=True)
    result = evaluate_in_chunks(store, request, {}, messages.append)
    assert messages == []
    assert result is not None and result.rows == 10 and len(result.body) < STREAM_AFTER
