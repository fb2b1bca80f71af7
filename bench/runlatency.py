"""The query suite, its latency on jeugdgraph and Oxigraph server, and throughput under concurrent clients."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from common import ROOT, log, percentile

if TYPE_CHECKING:
    from run import Server

# --- the query suite ---------------------------------------------------------------------------------

@dataclass
class SuiteQuery:
    name: str
    sparql: str  # with the example parameters bound, ready to send anywhere


def query_suite(store_dir: Path, queries_dir: Path = ROOT / "queries") -> list[SuiteQuery]:
    """Every named query with its example parameters bound, as one self-contained query text.

    The parameters are resolved to RDF terms by the server's own ``ParameterBinder`` and written
    as a ``VALUES`` block at the start of the top-level WHERE group (``remote_backend.bind_values``,
    what the server sends a remote store); the standard prefixes are declared in front. The same
    text goes to all three backends, so the comparison is fair.
    """
    import pyoxigraph as ox

    from jeugdgraph.namespaces import PREFIXES, sparql_prologue
    from jeugdgraph.query.inprocess import InProcessBackend
    from jeugdgraph.query.named import ParameterBinder, load_named_queries
    from jeugdgraph.query.remote_backend import bind_values

    backend = InProcessBackend(ox.Store.read_only(str(store_dir)), workers=1, prefixes=PREFIXES)
    try:
        binder = ParameterBinder(backend, timeout=30.0)
        suite = []
        for named in load_named_queries(queries_dir):
            bound = binder.bind(named, named.example_values())
            suite.append(SuiteQuery(named.name, sparql_prologue() + bind_values(named.sparql, bound)))
    finally:
        backend.close()
    return suite


# --- latency ---------------------------------------------------------------------------------------

def _post(client, url: str, sparql: str) -> float:  # noqa: ANN001
    started = time.perf_counter()
    response = client.post(url, data={"query": sparql}, headers={"Accept": "application/sparql-results+json"})
    body = response.content
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: {body[:300]!r}")
    return elapsed


def _inprocess(store, sparql: str) -> float:  # noqa: ANN001
    import pyoxigraph as ox

    started = time.perf_counter()
    result = store.query(sparql, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryTriples):
        ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)
    else:
        result.serialize(format=ox.QueryResultsFormat.JSON)
    return time.perf_counter() - started


def count_rows(client, url: str, sparql: str) -> int | None:  # noqa: ANN001
    data = client.post(url, data={"query": sparql},
                       headers={"Accept": "application/sparql-results+json"}).json()
    return len(data["results"]["bindings"]) if "results" in data else None


def measure_latency(suite: list[SuiteQuery], store_dir: Path, jg: Server, oxi: Server,
                    repeats: int, warmup: int, warm_passes: int = 8) -> list[dict]:
    """p50 and p95 per query and backend. The backends take turns within every repetition, so a
    burst of load from elsewhere on the machine falls on all three alike."""
    import httpx
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    endpoint, server = f"{jg.url}/sparql", f"{oxi.url}/query"
    rows = []
    with httpx.Client(timeout=120) as client:
        # every query worker of the endpoint (and Oxigraph's threads) warms its caches first
        for _ in range(warm_passes):
            for query in suite:
                _post(client, endpoint, query.sparql)
                _post(client, server, query.sparql)
                _inprocess(store, query.sparql)
        for query in suite:
            row: dict[str, object] = {"query": query.name, "rows": count_rows(client, endpoint, query.sparql),
                                      "rows_oxigraph": count_rows(client, server, query.sparql)}
            measured: dict[str, list[float]] = {"jeugdgraph": [], "pyoxigraph": [], "oxigraph_server": []}
            for i in range(warmup + repeats):
                timings = {
                    "jeugdgraph": _post(client, endpoint, query.sparql),
                    "pyoxigraph": _inprocess(store, query.sparql),
                    "oxigraph_server": _post(client, server, query.sparql),
                }
                if i >= warmup:
                    for backend, seconds in timings.items():
                        measured[backend].append(seconds)
            for backend, timings in measured.items():
                row[f"{backend}_p50_ms"] = percentile(timings, 50) * 1000
                row[f"{backend}_p95_ms"] = percentile(timings, 95) * 1000
            row["ratio_p50"] = row["jeugdgraph_p50_ms"] / row["oxigraph_server_p50_ms"]
            row["ratio_p95"] = row["jeugdgraph_p95_ms"] / row["oxigraph_server_p95_ms"]
            row["ratio_inprocess_p50"] = row["jeugdgraph_p50_ms"] / row["pyoxigraph_p50_ms"]
            rows.append(row)
            log(f"  {query.name}: {row['jeugdgraph_p50_ms']:.1f} ms vs Oxigraph "
                f"{row['oxigraph_server_p50_ms']:.1f} ms (x{row['ratio_p50']:.2f})")
    return rows


def measure_api_latency(jg: Server, repeats: int, queries_dir: Path = ROOT / "queries") -> list[dict]:
    """p50 and p95 of ``GET /api/queries/{name}`` end to end, with the example parameters: binding,
    paging and the answer as the API serves it. Every run asks for another page size, so every
    request is one the server has not seen before (the repeat fast path is off in this server)."""
    import httpx

    from jeugdgraph.query.named import load_named_queries

    rows = []
    with httpx.Client(timeout=120) as client:
        for named in load_named_queries(queries_dir):
            timings = []
            for i in range(repeats + 1):
                params = {**named.example_values(), "limit": str(10_000 + i)}
                started = time.perf_counter()
                response = client.get(f"{jg.url}{named.api_path}", params=params,
                                      headers={"Accept": "application/sparql-results+json"})
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    raise RuntimeError(f"{named.api_path}: {response.status_code} {response.text[:300]}")
                if i:  # the first run of each query is a warm-up, as in measure_latency
                    timings.append(elapsed)
            rows.append({"query": named.name, "api_p50_ms": percentile(timings, 50) * 1000,
                         "api_p95_ms": percentile(timings, 95) * 1000})
            log(f"  API {named.name}: {rows[-1]['api_p50_ms']:.1f} ms")
    return rows


def measure_floor(jg: Server, oxi: Server, repeats: int) -> dict[str, float]:
    """p50 in ms of the smallest requests: what any answer costs before the query does anything."""
    import httpx

    ask = "ASK {}"
    out: dict[str, list[float]] = {"jeugdgraph_health": [], "jeugdgraph_ask": [], "oxigraph_ask": []}
    with httpx.Client(timeout=30) as client:
        for i in range(repeats + 10):
            started = time.perf_counter()
            client.get(f"{jg.url}/health")
            health = time.perf_counter() - started
            timings = (health, _post(client, f"{jg.url}/sparql", ask), _post(client, f"{oxi.url}/query", ask))
            if i >= 10:
                for key, seconds in zip(out, timings, strict=True):
                    out[key].append(seconds)
    return {key: percentile(values, 50) * 1000 for key, values in out.items()}


# --- throughput under concurrent clients --------------------------------------------------------

async def _hammer(url: str, queries: list[str], clients: int, seconds: float, max_requests: int) -> dict:
    import httpx

    done = 0
    errors = 0
    latencies: list[float] = []
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        async def worker(offset: int) -> None:
            nonlocal done, errors
            i = offset
            while time.perf_counter() < stop_at and done + errors < max_requests:
                sparql = queries[i % len(queries)]
                i += 1
                started = time.perf_counter()
                response = await client.post(url, data={"query": sparql},
                                             headers={"Accept": "application/sparql-results+json"})
                await response.aread()
                latencies.append(time.perf_counter() - started)
                if response.status_code == 200:
                    done += 1
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - started
    return {
        "requests": done, "errors": errors, "seconds": elapsed, "per_second": done / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000, "p95_ms": percentile(latencies, 95) * 1000,
    }


def measure_throughput(suite: list[SuiteQuery], jg: Server, oxi: Server, clients: int,
                       seconds: float, max_requests: int) -> dict:
    queries = [q.sparql for q in suite]
    result = {"clients": clients}
    for name, url in (("jeugdgraph", f"{jg.url}/sparql"), ("oxigraph_server", f"{oxi.url}/query")):
        result[name] = asyncio.run(_hammer(url, queries, clients, seconds, max_requests))
        log(f"  {name}: {result[name]['per_second']:.1f} requests/s with {clients} clients")
    result["ratio"] = result["jeugdgraph"]["per_second"] / result["oxigraph_server"]["per_second"]
    return result
