"""Load: 50 concurrent clients on 127.0.0.1 for 60 s against a real server in its own process,
mixing fast queries, slow queries and document uploads.

The clients pause between requests as people and dashboards do; together they ask for roughly
one and a half of the two cores a small server (and the CI machine) has, so the figures say
whether slow queries and writes hold up the fast queries, not how fast the machine is.

Passes when no answer is a 5xx (or no answer at all) and every upload the server accepted is in
the store afterwards. The latency figures (fast-query p95 among them) are printed, so they show in
the CI log, but not asserted: CI shares its machine, so the latency target is measured and judged
in ``bench/`` (see bench/RESULTS.md), never here. ``JEUGDGRAPH_LOAD_SECONDS`` shortens the run for a try-out.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from reliabilityfixtures import AUTH, DOC, JSON, ServerProcess, copy_store

pytestmark = pytest.mark.slow

SECONDS = float(os.environ.get("JEUGDGRAPH_LOAD_SECONDS", "60"))
CLIENTS = 50
SLOW_CLIENTS = 5
WRITERS = 3
FAST_CLIENTS = CLIENTS - SLOW_CLIENTS - WRITERS

FAST_REQUESTS = [
    ("GET", "/sparql", {"query": "ASK { jgi:gemeente\\/gm0622 a jg:Gemeente }"}),
    (
        "GET",
        "/sparql",
        {
            "query": "SELECT ?g ?naam WHERE { ?g org:memberOf jgi:jeugdregio\\/rijnmond ; "
            "skos:prefLabel ?naam } ORDER BY ?naam"
        },
    ),
    (
        "GET",
        "/sparql",
        {"query": "SELECT ?d ?titel WHERE { ?d a jg:Document ; dcterms:title ?titel } LIMIT 20"},
    ),
    ("GET", "/api/queries/leden-van-regio", {"regio": "rijnmond"}),
    ("GET", "/api/queries/regio-van-gemeente", {"gemeente": "GM0622"}),
]
# about half a second of work for the store: a three-step join over every triple
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?b ?q ?c . ?c ?r ?d }"
MOTION = """Motie {title}

De raad van de gemeente Vlaardingen, in vergadering bijeen op 12 maart 2026,

constaterende dat de wachttijden in de jeugdhulp in de regio Rijnmond oplopen;

verzoekt het college:
1. uiterlijk in het derde kwartaal van 2026 een plan voor te leggen om de wachttijden te verkorten;
2. hiervoor € {amount}.000 te reserveren.

en gaat over tot de orde van de dag.
"""


@dataclass
class Figures:
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)  # no answer at all
    fast: list[float] = field(default_factory=list)
    slow: list[float] = field(default_factory=list)
    writes: list[float] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def served(self) -> int:
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[94] if len(values) >= 2 else (values[0] if values else 0.0)


async def _timed(client: httpx.AsyncClient, figures: Figures, method: str, path: str, **kwargs) -> tuple:  # noqa: ANN003
    started = time.perf_counter()
    try:
        response = await client.request(method, path, **kwargs)
    except httpx.HTTPError as exc:
        figures.failures.append(f"{method} {path}: {type(exc).__name__}: {exc}")
        return None, time.perf_counter() - started
    elapsed = time.perf_counter() - started
    figures.statuses[response.status_code] += 1
    return response, elapsed


async def fast_client(client: httpx.AsyncClient, figures: Figures, until: float, rng: random.Random) -> None:
    while time.monotonic() < until:
        method, path, params = rng.choice(FAST_REQUESTS)
        response, elapsed = await _timed(client, figures, method, path, params=params, headers=JSON)
        if response is not None:
            figures.fast.append(elapsed)
        await asyncio.sleep(rng.uniform(0.2, 0.6))  # a person reading, a dashboard refreshing


async def slow_client(client: httpx.AsyncClient, figures: Figures, until: float, rng: random.Random) -> None:
    while time.monotonic() < until:
        response, elapsed = await _timed(
            client,
            figures,
            "POST",
            "/sparql",
            content=SLOW_QUERY,
            headers={**JSON, "Content-Type": "application/sparql-query"},
        )
        if response is not None:
            figures.slow.append(elapsed)
        await asyncio.sleep(rng.uniform(1.5, 4.5))


async def writer(
    client: httpx.AsyncClient, figures: Figures, until: float, rng: random.Random, number: int
) -> None:
    n = 0
    while time.monotonic() < until:
        n += 1
        slug = f"belasting-{number}-{n}"
        content = MOTION.format(title=f"belasting {number}.{n}", amount=rng.randint(10, 999)).encode()
        response, elapsed = await _timed(
            client,
            figures,
            "POST",
            "/api/documents",
            headers=AUTH,
            files={"file": (f"{slug}.txt", content, "text/plain")},
            data={"title": f"Belastingtest {number}.{n}"},
        )
        if response is not None:
            figures.writes.append(elapsed)
            (figures.accepted if response.is_success else figures.refused).append(slug)
        await asyncio.sleep(rng.uniform(2.0, 4.0))


async def run_load(url: str) -> Figures:
    figures = Figures()
    # idle connections are dropped before the server's keep-alive limit (uvicorn: 5 s) ends them,
    # as browsers do; at the same limit a request can meet a connection the server is closing
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=httpx.Timeout(180.0)) as client:
        until = time.monotonic() + SECONDS
        rng = random.Random(20260312)
        tasks = [
            fast_client(client, figures, until, random.Random(rng.random())) for _ in range(FAST_CLIENTS)
        ]
        tasks += [
            slow_client(client, figures, until, random.Random(rng.random())) for _ in range(SLOW_CLIENTS)
        ]
        tasks += [writer(client, figures, until, random.Random(rng.random()), i) for i in range(WRITERS)]
        await asyncio.gather(*tasks)
    return figures


def missing_documents(url: str, slugs: list[str]) -> list[str]:
    query = "SELECT ?g WHERE { GRAPH ?g { ?g a jg:Document } }"
    rows = httpx.get(
        f"{url}/sparql", params={"query": query, "row-limit": "100000"}, headers=JSON, timeout=60
    ).json()["results"]["bindings"]
    present = {row["g"]["value"] for row in rows}
    return [slug for slug in slugs if DOC + slug not in present]


def test_fifty_clients_for_a_minute(
    seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    store_dir = copy_store(seed_store_dir, tmp_path / "store")
    server = ServerProcess(store_dir, tmp_path / "server.log", query_workers="8", query_timeout="30")
    try:
        warm = httpx.post(
            f"{server.url}/api/documents",
            headers=AUTH,
            timeout=300,
            files={
                "file": ("opwarmen.txt", MOTION.format(title="opwarmen", amount=1).encode(), "text/plain")
            },
        )
        assert warm.status_code == 201, warm.text  # the write worker is up before the clock starts
        figures = asyncio.run(run_load(server.url))
        missing = missing_documents(server.url, figures.accepted)
    finally:
        server.stop()

    with capsys.disabled():
        print(
            f"\nload: {CLIENTS} clients ({FAST_CLIENTS} fast, {SLOW_CLIENTS} slow, {WRITERS} writing) "
            f"for {SECONDS:g} s on 127.0.0.1\n"
            f"  requests served: {figures.served} ({figures.served / SECONDS:.0f}/s); "
            f"statuses: {dict(sorted(figures.statuses.items()))}\n"
            f"  errors: {figures.server_errors} 5xx, {len(figures.failures)} without an answer\n"
            f"  fast queries: {len(figures.fast)}, p50 {statistics.median(figures.fast) * 1000:.1f} ms, "
            f"p95 {p95(figures.fast) * 1000:.1f} ms, max {max(figures.fast) * 1000:.0f} ms\n"
            f"  slow queries: {len(figures.slow)}, p50 {statistics.median(figures.slow) * 1000:.0f} ms, "
            f"p95 {p95(figures.slow) * 1000:.0f} ms\n"
            f"  writes: {len(figures.accepted)} accepted, {len(figures.refused)} refused, "
            f"{len(figures.accepted) - len(missing)} of the accepted found afterwards; "
            f"p50 {statistics.median(figures.writes):.2f} s"
        )
    assert not figures.failures, figures.failures[:5]
    assert figures.server_errors == 0, figures.statuses
    assert set(figures.statuses) == {200, 201}, figures.statuses
    assert figures.accepted and not figures.refused
    assert missing == []
