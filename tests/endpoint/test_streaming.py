"""Large answers are streamed and complete; a time limit reached mid-answer cuts the transfer off
visibly; errors found before the first byte keep their status."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from endpointdata import ALL_ROWS, ALL_TRIPLES, ENDLESS, ROWS, Served

from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.fair_share import CLIENT
from jeugdgraph.query.pool import SLOW_NICENESS, ProcessPoolBackend
from jeugdgraph.query.types import NO_ROW_LIMIT, QueryRequest, StreamedResult


def wait_for_idle(served: Served, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while served.held_workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert served.held_workers() == 0


def test_a_large_answer_arrives_in_chunks_while_the_worker_is_still_writing_it(served: Served) -> None:
    wait_for_idle(served)
    params = {"query": ALL_ROWS, "format": "json"}
    with httpx.stream("GET", served.sparql, params=params, timeout=120) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers
        assert response.headers["transfer-encoding"] == "chunked"
        assert response.headers["x-jeugdgraph-row-limit"] == "geen"
        assert response.headers["x-jeugdgraph-truncated"] == "false"
        chunks = response.iter_raw()
        received = [next(chunks)]
        time.sleep(1.0)  # time enough for a worker that had the whole answer to hand it over
        assert served.held_workers() == 1, "the worker finished before the client read past the first chunk"
        received.extend(chunks)
    answer = json.loads(b"".join(received))
    numbers = sorted(int(b["n"]["value"]) for b in answer["results"]["bindings"])
    assert numbers == list(range(ROWS))
    wait_for_idle(served)  # the worker went back to the pool after its last chunk


def test_a_streamed_graph_answer_is_complete(served: Served) -> None:
    response = httpx.get(served.sparql, params={"query": ALL_TRIPLES, "format": "ntriples"}, timeout=120)
    assert response.status_code == 200
    assert "content-length" not in response.headers
    assert len(list(ox.parse(response.content, ox.RdfFormat.N_TRIPLES))) == ROWS


def test_a_time_limit_reached_mid_answer_gives_an_incomplete_transfer(served: Served) -> None:
    wait_for_idle(served)
    replaced = served.backend.replaced
    received = 0
    params = {"query": ENDLESS, "format": "tsv", "timeout": "6"}  # the first bytes come long before
    with (
        pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"),
        httpx.stream("GET", served.sparql, params=params, timeout=60) as response,
    ):
        assert response.status_code == 200  # the answer had started before the limit
        for chunk in response.iter_raw():
            received += len(chunk)
    assert received > 64 * 1024
    deadline = time.monotonic() + 30
    while served.backend.replaced == replaced and time.monotonic() < deadline:
        time.sleep(0.05)
    assert served.backend.replaced == replaced + 1  # the worker was killed, a new one serves
    after = httpx.get(served.sparql, params={"query": "ASK {}"}, timeout=60)
    assert after.status_code == 200
    assert after.json()["boolean"] is True


def test_a_time_limit_before_the_first_byte_is_a_clean_503(served: Served) -> None:
    slow = f"SELECT (COUNT(*) AS ?n) WHERE {{ {ENDLESS.split('WHERE', 1)[1]} }}"
    response = httpx.get(served.sparql, params={"query": slow, "timeout": "2"}, timeout=60)
    assert response.status_code == 503
    assert "tijdslimiet" in response.json()["fout"]


def test_a_small_answer_goes_whole_with_its_length(served: Served) -> None:
    query = ALL_ROWS + " LIMIT 3"
    response = httpx.get(served.sparql, params={"query": query, "format": "csv"}, timeout=60)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.headers["x-jeugdgraph-rows"] == "3"


def test_a_row_cap_is_stated_before_a_streamed_answer_and_at_its_end(served: Served) -> None:
    params = {"query": ALL_ROWS, "format": "json", "row-limit": "150000"}
    response = httpx.get(served.sparql, params=params, timeout=120)
    assert "content-length" not in response.headers  # streamed
    assert response.headers["x-jeugdgraph-truncated"] == "true"
    assert response.headers["x-jeugdgraph-rows"] == "150000"  # cut before the first byte
    answer = response.json()
    assert len(answer["results"]["bindings"]) == 150_000
    assert "eerste 150000 rijen" in answer["jeugdgraph:afgekapt"]


def test_a_streamed_answer_holds_its_client_slot_and_is_demoted_until_its_last_chunk(
    generated_store_dir: Path,
) -> None:
    backend = ProcessPoolBackend(generated_store_dir, workers=1, prefixes=PREFIXES, per_client=1)
    request = QueryRequest(ALL_ROWS, results_format="tsv", graph_format=None, timeout=120,
                           row_limit=NO_ROW_LIMIT, stream=True)

    async def stream() -> int:
        (pid,) = backend.worker_pids()
        token = CLIENT.set("client-a")
        try:
            result = await backend.execute_async(request)
            assert isinstance(result, StreamedResult)
            assert backend.worker_pids() == []  # the worker is held by the answer under way
            assert backend.client_slots.holding("client-a") == 1
            size, started = len(result.first), time.monotonic()
            async for chunk in result.rest:
                size += len(chunk)
                if time.monotonic() - started > 0.5:
                    break
            assert os.getpriority(os.PRIO_PROCESS, pid) == SLOW_NICENESS  # it yields the CPU meanwhile
            async for chunk in result.rest:
                size += len(chunk)
            await result.rest.aclose()
            assert backend.client_slots.holding("client-a") == 0
            # back to the pool at normal priority (or retired where priority cannot be raised again)
            assert backend.worker_pids() == [pid] and os.getpriority(os.PRIO_PROCESS, pid) == 0 \
                or pid not in backend.worker_pids()
            return size
        finally:
            CLIENT.reset(token)

    try:
        size = asyncio.run(stream())
    finally:
        backend.close()
    assert size > 40_000_000
