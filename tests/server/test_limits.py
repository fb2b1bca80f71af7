"""Safe execution: the row cap is announced, the time limit ends a query with 503 (never a 200
with a broken body), and a slow query does not hold up a fast one."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from serverfixtures import BULK_TRIPLES, GRAPH_BULK, SLOW_QUERY, small_settings

from jeugdgraph.errors import QueryTimeout
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.inprocess import InProcessBackend
from jeugdgraph.query.pool import ProcessPoolBackend
from jeugdgraph.query.types import QueryRequest
from jeugdgraph.server import create_app

BULK_ROWS = f"SELECT ?s ?n WHERE {{ GRAPH <{GRAPH_BULK}> {{ ?s ?p ?n }} }} ORDER BY ?n"
FAST_QUERY = "SELECT ?g WHERE { jgi:jeugdregio\\/rijnmond org:hasMember ?g }"


# --- the row cap


def test_the_default_row_cap_is_announced_and_truncation_is_never_silent(client: TestClient):
    response = client.get("/sparql", params={"query": BULK_ROWS})
    assert response.status_code == 200
    assert response.headers["x-jeugdgraph-row-limit"] == "100"  # small_settings: row_limit=100
    assert response.headers["x-jeugdgraph-truncated"] == "true"
    assert response.headers["x-jeugdgraph-rows"] == "100"
    rows = response.json()["results"]["bindings"]
    assert [int(r["n"]["value"]) for r in rows] == list(range(100))  # the first 100, in order


def test_a_cut_answer_says_so_in_the_answer_where_the_format_allows(client: TestClient):
    answer = client.get("/sparql", params={"query": BULK_ROWS})
    assert answer.headers["warning"].startswith('199 - "Afgekapt')
    assert "eerste 100 rijen" in answer.json()["jeugdgraph:afgekapt"]
    xml = client.get("/sparql", params={"query": BULK_ROWS, "format": "xml"})
    assert b"<!-- Afgekapt: dit antwoord bevat alleen de eerste 100 rijen" in xml.content
    assert len(list(ox.parse_query_results(xml.content, ox.QueryResultsFormat.XML))) == 100
    query = f"CONSTRUCT {{ ?s ?p ?n }} WHERE {{ GRAPH <{GRAPH_BULK}> {{ ?s ?p ?n }} }}"
    turtle = client.get("/sparql", params={"query": query, "format": "turtle"})
    assert turtle.text.startswith("# Afgekapt")
    assert len(list(ox.parse(turtle.content, ox.RdfFormat.TURTLE))) == 100


def test_without_a_configured_cap_every_answer_is_complete(small_store_dir: Path):
    app = create_app(small_settings(row_limit=0), small_store_dir, validate_on_start=False)
    with TestClient(app) as uncapped:
        response = uncapped.get("/sparql", params={"query": BULK_ROWS, "format": "tsv"})
        assert response.headers["x-jeugdgraph-row-limit"] == "geen"
        assert response.headers["x-jeugdgraph-truncated"] == "false"
        assert "warning" not in response.headers
        assert len(response.text.splitlines()) == 1 + BULK_TRIPLES
        fewer = uncapped.get("/sparql", params={"query": BULK_ROWS, "row-limit": "5000"})
        assert len(fewer.json()["results"]["bindings"]) == BULK_TRIPLES  # asking for fewer than all


def test_a_client_may_raise_the_cap_up_to_the_server_maximum(client: TestClient):
    response = client.get("/sparql", params={"query": BULK_ROWS, "row-limit": "1000", "format": "tsv"})
    assert response.headers["x-jeugdgraph-row-limit"] == "1000"
    assert response.headers["x-jeugdgraph-truncated"] == "true"
    assert len(response.text.splitlines()) == 1 + 1000
    too_many = client.get("/sparql", params={"query": BULK_ROWS, "row-limit": "1001"})
    assert too_many.status_code == 400
    assert "1000" in too_many.json()["fout"]


def test_an_answer_within_the_cap_says_it_is_whole(client: TestClient):
    response = client.get("/sparql", params={"query": FAST_QUERY, "format": "csv"})
    assert response.headers["x-jeugdgraph-truncated"] == "false"
    assert response.headers["x-jeugdgraph-rows"] == "2"


def test_the_cap_applies_to_construct_triples_too(client: TestClient):
    query = f"CONSTRUCT {{ ?s ?p ?n }} WHERE {{ GRAPH <{GRAPH_BULK}> {{ ?s ?p ?n }} }}"
    response = client.get("/sparql", params={"query": query, "row-limit": "7", "format": "nt"})
    assert response.headers["x-jeugdgraph-truncated"] == "true"
    assert len([q for q in ox.parse(response.content, ox.RdfFormat.N_TRIPLES)]) == 7


def test_cut_results_keep_every_rdf_term_exactly(client: TestClient):
    # literals with tabs, new lines and quotes survive the cut (it goes through SPARQL TSV)
    query = ('SELECT ?t WHERE { VALUES ?t { "a\\tb" "regel\\nregel" "\\"citaat\\"" "x"@nl 5 } }')
    response = client.get("/sparql", params={"query": query, "row-limit": "4"})
    got = [(b["t"]["value"], b["t"].get("xml:lang"), b["t"].get("datatype")) for b in
           response.json()["results"]["bindings"]]
    assert got == [
        ("a\tb", None, None), ("regel\nregel", None, None), ('"citaat"', None, None), ("x", "nl", None),
    ]
    assert response.headers["x-jeugdgraph-truncated"] == "true"


# --- the time limit


def test_a_client_may_ask_for_less_time_never_more(client: TestClient):
    too_long = client.get("/sparql", params={"query": FAST_QUERY, "timeout": "60"})
    assert too_long.status_code == 400
    assert "hoogstens 5 s" in too_long.json()["fout"]
    assert client.get("/sparql", params={"query": FAST_QUERY, "timeout": "abc"}).status_code == 400
    fine = client.get("/sparql", params={"query": FAST_QUERY, "timeout": "2.5"})
    assert fine.status_code == 200 and fine.headers["x-jeugdgraph-time-limit"] == "2.5"


def test_a_slow_query_ends_with_503_while_a_fast_query_is_answered(
    small_store_dir: Path, live_server_factory  # noqa: ANN001
):
    settings = small_settings(query_workers=2, query_timeout=30.0)
    app = create_app(settings, small_store_dir, validate_on_start=False)
    server = live_server_factory(app)
    limit = 2.0
    slow: dict[str, object] = {}

    def run_slow() -> None:
        started = time.monotonic()
        params = {"query": SLOW_QUERY, "timeout": str(limit)}
        with httpx.Client(timeout=60) as own_client:
            response = own_client.get(f"{server.url}/sparql", params=params)
        slow.update(response=response, seconds=time.monotonic() - started, ended=time.monotonic())

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)  # the slow query is running in its worker now
    latencies = []
    with httpx.Client(timeout=60) as fast_client:
        for _ in range(5):
            started = time.monotonic()
            fast = fast_client.get(f"{server.url}/sparql", params={"query": FAST_QUERY})
            latencies.append(time.monotonic() - started)
            assert fast.status_code == 200 and len(fast.json()["results"]["bindings"]) == 2
    fast_seconds = max(latencies)
    fast_ended = time.monotonic()
    thread.join(timeout=60)

    response = slow["response"]
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/json")
    assert "tijdslimiet van 2 s" in response.json()["fout"]
    assert fast_ended < slow["ended"]  # the fast answer did not wait for the slow query
    assert fast_seconds < limit  # generous: it is a few milliseconds of work
    assert limit * 0.9 <= slow["seconds"] < limit + 10  # ended by the limit, not by finishing
    shown = ", ".join(f"{s * 1000:.1f}" for s in latencies)
    print(f"\nlatency: 5 fast queries {shown} ms while the slow one ran; "
          f"slow query answered 503 after {slow['seconds']:.2f} s (limit {limit} s)")

    # the killed worker was replaced: the pool answers again at full strength
    again = [httpx.get(f"{server.url}/sparql", params={"query": FAST_QUERY}, timeout=30) for _ in range(4)]
    assert all(r.status_code == 200 for r in again)


def test_a_killed_worker_is_replaced_by_a_new_process(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=1, prefixes=PREFIXES)
    try:
        before = backend.worker_pids()
        with pytest.raises(QueryTimeout):
            backend.execute(QueryRequest(SLOW_QUERY, timeout=0.5))
        deadline = time.monotonic() + 10
        while not backend.worker_pids() and time.monotonic() < deadline:
            time.sleep(0.05)
        after = backend.worker_pids()
        assert len(after) == 1 and after != before
        assert backend.replaced == 1
        count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_BULK}> {{ ?s ?p ?o }} }}"
        result = backend.execute(QueryRequest(count, results_format="tsv"))
        assert result.body.decode().splitlines()[1] == str(BULK_TRIPLES)
    finally:
        backend.close()


def test_when_every_worker_is_busy_the_wait_counts_against_the_limit(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=1, prefixes=PREFIXES)
    try:
        outcome: list[BaseException] = []

        def block() -> None:
            try:
                backend.execute(QueryRequest(SLOW_QUERY, timeout=3))
            except QueryTimeout as exc:
                outcome.append(exc)

        blocker = threading.Thread(target=block)
        blocker.start()
        time.sleep(0.3)
        with pytest.raises(QueryTimeout, match="bezet"):
            backend.execute(QueryRequest(FAST_QUERY, timeout=0.5))
        blocker.join()
        assert len(outcome) == 1 and "tijdslimiet van 3 s" in str(outcome[0])
    finally:
        backend.close()


def test_an_in_memory_store_is_served_in_process_and_the_limit_ends_the_wait():
    # 150 triples: a three-way cross join takes a couple of seconds, so the thread that the time
    # limit cannot stop finishes soon after the test
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"urn:x:s{i}"), ox.NamedNode("urn:x:p"), ox.Literal(str(i)),
                         ox.NamedNode(GRAPH_BULK)) for i in range(150))
    backend = InProcessBackend(store, workers=2, prefixes=PREFIXES)
    three_way = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } }"
    try:
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            backend.execute(QueryRequest(three_way, timeout=0.2))
        assert time.monotonic() - started < 5  # the limit ended the wait (room for a busy machine)
        answer = backend.execute(QueryRequest('ASK { ?s <urn:x:p> "7" }'))
        assert answer.boolean is True
    finally:
        backend.close()
