"""Fair sharing and the memory limit: one client with twelve heavy queries holds at most its
share of the workers, so quick queries of another client keep being answered; a query that
builds a huge string ends with a clear 503 and its worker is replaced."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from liveserver import LiveServer

from jeugdgraph.query.pool import ProcessPoolBackend
from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
JSON = {"Accept": "application/sparql-results+json"}
# ten x's, each REPLACE multiplies: 10^2, 10^4, 10^6, 10^8 and then 10^9 characters
NESTED_REPLACE = (
    'SELECT (STRLEN(?f) AS ?n) WHERE { BIND("xxxxxxxxxx" AS ?a) BIND(REPLACE(?a, "x", ?a) AS ?b) '
    'BIND(REPLACE(?b, "x", ?b) AS ?c) BIND(REPLACE(?c, "x", ?b) AS ?d) BIND(REPLACE(?d, "x", ?b) AS ?e) '
    'BIND(REPLACE(?e, "x", ?a) AS ?f) }'
)


@pytest.fixture(scope="module")
def server(seed_build, seed_store_dir: Path) -> Iterator[LiveServer]:  # noqa: ANN001
    settings = Settings(query_workers=3, query_timeout=30.0, query_memory_mb=1_024)
    app = create_app(settings, seed_store_dir, validation=seed_build.validation)
    live = LiveServer(app)
    yield live
    live.stop()


def client_at(address: str, server: LiveServer) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=30,
                        transport=httpx.HTTPTransport(local_address=address))


def test_one_client_cannot_hold_every_worker(server: LiveServer) -> None:
    backend = server.server.config.app.state.context.backend  # type: ignore[attr-defined]
    assert isinstance(backend, ProcessPoolBackend)
    share = backend.client_slots.per_client
    assert share == 2  # three workers: every one but one
    greedy_answers: list[int] = []
    held: list[int] = []

    def heavy() -> None:
        with client_at("127.0.0.2", server) as greedy:
            params = {"query": HEAVY, "timeout": "4"}
            greedy_answers.append(greedy.get("/sparql", params=params, headers=JSON).status_code)

    threads = [threading.Thread(target=heavy) for _ in range(12)]
    for thread in threads:
        thread.start()
    quick: list[tuple[int, float]] = []
    with client_at("127.0.0.3", server) as other:
        time.sleep(0.5)  # the heavy queries are under way
        for n in range(15):  # a different text each time: none is answered without a worker
            held.append(backend.client_slots.holding("127.0.0.2"))
            started = time.perf_counter()
            query = f"SELECT ?s WHERE {{ ?s a jg:Gemeente }} LIMIT {n + 1}"
            response = other.get("/sparql", params={"query": query}, headers=JSON)
            quick.append((response.status_code, time.perf_counter() - started))
    for thread in threads:
        thread.join()
    assert [status for status, _ in quick] == [200] * len(quick)
    assert max(held) <= share and max(held) >= 1, held
    assert set(greedy_answers) <= {503}, greedy_answers  # at the time limit, or waiting for its share
    assert len(greedy_answers) == 12


def test_a_query_past_the_memory_limit_is_a_clear_503_and_the_worker_is_replaced(server: LiveServer) -> None:
    backend = server.server.config.app.state.context.backend  # type: ignore[attr-defined]
    replaced = backend.replaced
    with client_at("127.0.0.4", server) as client:
        response = client.post("/sparql", content=NESTED_REPLACE,
                               headers={**JSON, "Content-Type": "application/sparql-query"})
        assert response.status_code == 503
        assert "geheugen" in response.json()["fout"]
        assert backend.replaced == replaced + 1
        after = client.get("/sparql", params={"query": "ASK { ?s a jg:Gemeente }"}, headers=JSON)
        assert after.status_code == 200 and after.json()["boolean"] is True
