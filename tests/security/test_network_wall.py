"""The second wall: a worker that runs queries or writes cannot connect anywhere, even when a
SERVICE or LOAD reaches it past the checks (here the checks are bypassed on purpose: the worker
is called directly)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from prerequisites import missing
from securityfixtures import Canary

from jeugdgraph.errors import JeugdgraphError
from jeugdgraph.isolation import IsolatedRunner
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.pool import ProcessPoolBackend
from jeugdgraph.query.types import QueryRequest
from jeugdgraph.settings import ONTOLOGY_DIR
from jeugdgraph.workers.limits import WorkerLimits


@pytest.fixture
def canary() -> Iterator[Canary]:
    listener = Canary()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def walls() -> tuple[str, ...]:
    """The walls this system can raise, found in a throw-away child process."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        from jeugdgraph.network_wall import close_network

        os.write(write, ",".join(close_network()).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    found = tuple(w for w in os.read(read, 100).decode().split(",") if w)
    os.close(read)
    if not found:
        missing("this system offers neither a network namespace nor seccomp")
    return found


def service_query(canary: Canary, silent: bool = False) -> QueryRequest:
    keyword = "SERVICE SILENT" if silent else "SERVICE"
    return QueryRequest(f"SELECT * WHERE {{ {keyword} <{canary.url}> {{ ?s ?p ?o }} }}", timeout=10.0)


def run_in_pool(store_dir: Path, request: QueryRequest, *, wall: bool) -> str:
    backend = ProcessPoolBackend(store_dir, workers=1, prefixes=PREFIXES,
                                 limits=WorkerLimits(network_wall=wall))
    try:
        return backend.execute(request).body.decode()
    except JeugdgraphError as exc:
        return f"fout: {exc}"
    finally:
        backend.close()


def test_a_query_worker_cannot_reach_the_canary(walls, seed_store_dir: Path, canary: Canary) -> None:  # noqa: ANN001
    answer = run_in_pool(seed_store_dir, service_query(canary), wall=True)
    silent = run_in_pool(seed_store_dir, service_query(canary, silent=True), wall=True)
    assert canary.connections == 0, (answer, silent)
    assert answer.startswith("fout:") and str(canary.port) not in answer
    # the control: without the wall the same worker does reach it, so the canary counts
    run_in_pool(seed_store_dir, service_query(canary), wall=False)
    assert canary.connections >= 1


def stage_load(canary: Canary, *, wall: bool) -> str:
    runner = IsolatedRunner(memory_mb=3000, warm_up=False, network_wall=wall)
    update = f"LOAD <{canary.url}> INTO GRAPH <https://w3id.org/jeugdgraph/id/graph/x>"
    try:
        runner.run("stage", b"", ("update", update), ONTOLOGY_DIR, timeout=60)
        return "ok"
    except JeugdgraphError as exc:
        return f"fout: {exc}"
    finally:
        runner.close()


def test_the_write_worker_cannot_reach_the_canary(walls, canary: Canary) -> None:  # noqa: ANN001
    answer = stage_load(canary, wall=True)
    assert canary.connections == 0, answer
    assert answer.startswith("fout:")
    stage_load(canary, wall=False)
    assert canary.connections >= 1
