"""The first wall, differentially: generated queries and updates that make the engine itself
reach a canary listener on 127.0.0.1 never make the server reach it, through ``/sparql`` (GET,
POST form, POST ``application/sparql-query``) and ``/sparql/update`` (body and form).

The workers' network wall is down here (a SERVICE allowlist is configured, for another address),
so only the check in ``safety`` stands between a variant and the canary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from outbound_variants import query_variants, update_variants
from securityfixtures import AUTH, DIGEST, Canary, seed_app_client

from jeugdgraph.namespaces import PREFIXES

QUERY_VARIANTS = 400
UPDATE_VARIANTS = 150
JSON = {"Accept": "application/sparql-results+json, text/turtle;q=0.9"}


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    listener = Canary()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def client(  # noqa: ANN001
    seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("outbound")
    with seed_app_client(
        seed_build,
        seed_store_dir,
        folder,
        query_workers=2,
        query_timeout=5.0,
        write_timeout=20.0,
        enable_update=True,
        write_tokens=(DIGEST,),
        audit_log=folder / "audit.jsonl",
        service_allowlist=("https://toegestaan.example/sparql",),
    ) as test_client:
        yield test_client


def engine_reaches(canary: Canary, text: str, *, update: bool) -> bool:
    """Whether the engine alone, with nothing in front, connects to the canary for ``text``."""
    before = canary.connections
    store = ox.Store()
    try:
        if update:
            store.update(text)
        else:
            answer = store.query(text, prefixes=PREFIXES)
            if not isinstance(answer, ox.QueryBoolean):
                list(answer)
    except (SyntaxError, OSError, RuntimeError, ValueError):
        pass
    return canary.connections > before


def send_query(client: TestClient, transport: str, text: str):  # noqa: ANN201 - httpx.Response
    if transport == "get":
        return client.get("/sparql", params={"query": text}, headers=JSON)
    if transport == "form":
        return client.post("/sparql", data={"query": text}, headers=JSON)
    return client.post("/sparql", content=text.encode(),
                       headers={**JSON, "Content-Type": "application/sparql-query"})


def send_update(client: TestClient, transport: str, text: str):  # noqa: ANN201 - httpx.Response
    if transport == "form":
        return client.post("/sparql/update", data={"update": text}, headers=AUTH)
    return client.post("/sparql/update", content=text.encode(),
                       headers={**AUTH, "Content-Type": "application/sparql-update"})


def test_no_variant_reaches_the_canary_through_the_server(
    client: TestClient, canary: Canary, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = query_variants(canary.url, QUERY_VARIANTS)
    updates = update_variants(canary.url, UPDATE_VARIANTS)
    reaches = {q: engine_reaches(canary, q, update=False) for q in queries}
    reaches.update({u: engine_reaches(canary, u, update=True) for u in updates})
    reach = sum(reaches.values())
    # the variants are real attacks: the engine on its own follows most of them
    assert reach > (len(queries) + len(updates)) // 2, reach

    before = canary.connections
    statuses: dict[int, int] = {}
    requests = 0
    for text in queries:
        for transport in ("get", "form", "sparql-query"):
            response = send_query(client, transport, text)
            requests += 1
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            # a variant the engine alone does not follow may run (a USING clause only names a graph)
            assert response.status_code in (400, 403) or not reaches[text], (transport, repr(text))
    for text in updates:
        for transport in ("body", "form"):
            response = send_update(client, transport, text)
            requests += 1
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            # a variant the engine alone does not follow may run (a USING clause only names a graph)
            assert response.status_code in (400, 403) or not reaches[text], (transport, repr(text))
    seen = canary.connections - before
    with capsys.disabled():
        print(f"\noutbound fuzz: {len(queries)} query and {len(updates)} update variants, "
              f"{requests} requests; "
              f"the engine alone reached the canary for {reach}; through the server: {seen} connections; "
              f"answers {dict(sorted(statuses.items()))}")
    assert seen == 0
    assert statuses.get(403, 0) > requests * 0.8  # refused as reaching out, not merely unparsable
