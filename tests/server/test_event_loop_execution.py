"""Queries awaited on the server's event loop (uvloop under uvicorn) answer exactly what the
blocking path answers, including answers larger than a pipe's buffer, and quick queries proven
on the current store are then answered by the server process itself."""

from __future__ import annotations

from pathlib import Path

import uvloop
from serverfixtures import GRAPH_BULK

from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.pool import ProcessPoolBackend
from jeugdgraph.query.types import QueryRequest

# 6 000 rows of two triples each: megabytes of JSON, far more than the socket's buffer holds
BIG_ANSWER = (
    f"SELECT * WHERE {{ GRAPH <{GRAPH_BULK}> {{ ?s ?p ?o . ?s2 ?p2 ?o2 }} }} LIMIT 6000"
)


def test_an_answer_larger_than_a_pipe_buffer_arrives_whole_under_uvloop(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=2, prefixes=PREFIXES)
    try:
        request = QueryRequest(BIG_ANSWER, results_format="json", row_limit=10_000)
        blocking = backend.execute(request)
        awaited = uvloop.run(backend.execute_async(request))
        assert len(awaited.body) > 1_000_000
        assert awaited.body == blocking.body and awaited.rows == 6000
    finally:
        backend.close()


def test_a_quick_query_is_answered_in_the_server_process_once_proven(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=1, prefixes=PREFIXES, repeat_fast_path=True)
    try:
        quick = QueryRequest("SELECT ?naam WHERE { ?g a jg:Gemeente ; skos:prefLabel ?naam } ORDER BY ?naam",
                             results_format="tsv")

        async def twice() -> list[bytes]:
            return [(await backend.execute_async(quick)).body for _ in range(2)]

        first, second = uvloop.run(twice())
        assert first == second
        assert first.decode().splitlines()[1:] == ['"Schiedam"@nl', '"Velsen"@nl', '"Vlaardingen"@nl']
        assert backend.proven.answered == 1  # the first ran in a worker, the second here

        backend.reopen()  # a write replaces the store: the proof starts over
        uvloop.run(backend.execute_async(quick))
        assert backend.proven.answered == 1
    finally:
        backend.close()


def test_the_fast_path_for_repeats_is_off_by_default(small_store_dir: Path):
    backend = ProcessPoolBackend(small_store_dir, workers=1, prefixes=PREFIXES)
    try:
        quick = QueryRequest("SELECT ?naam WHERE { ?g a jg:Gemeente ; skos:prefLabel ?naam }",
                             results_format="tsv")

        async def twice() -> list[bytes]:
            return [(await backend.execute_async(quick)).body for _ in range(2)]

        first, second = uvloop.run(twice())
        assert first == second and backend.proven is None  # both answered by a worker
    finally:
        backend.close()
