"""Security measurements of issue 17: memory of the nested-REPLACE query with and without the
query workers' address-space limit, and quick-query latency while one client runs twelve heavy
queries, with and without fair sharing. Prints a Markdown section for ``bench/RESULTS.md``.

    python bench/security.py
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

NESTED_REPLACE = (
    'SELECT (STRLEN(?f) AS ?n) WHERE { BIND("xxxxxxxxxx" AS ?a) BIND(REPLACE(?a, "x", ?a) AS ?b) '
    'BIND(REPLACE(?b, "x", ?b) AS ?c) BIND(REPLACE(?c, "x", ?b) AS ?d) BIND(REPLACE(?d, "x", ?b) AS ?e) '
    'BIND(REPLACE(?e, "x", ?a) AS ?f) }'
)
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
JSON = {"Accept": "application/sparql-results+json"}


def peak_of_worker(backend, request) -> tuple[str, float, float]:  # noqa: ANN001
    """Run ``request`` on the pool's only worker; (outcome, peak resident MB, seconds)."""
    pid = backend.worker_pids()[0]
    peak = [0]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                return
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak[0] = max(peak[0], int(line.split()[1]))
            time.sleep(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    started = time.perf_counter()
    try:
        outcome = f"answered ({len(backend.execute(request).body)} bytes)"
    except Exception as exc:  # noqa: BLE001 - the outcome is what is measured
        outcome = f"{type(exc).__name__}"
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    return outcome, peak[0] / 1024, seconds


def memory(store_dir: Path) -> list[str]:
    from jeugdgraph.namespaces import PREFIXES
    from jeugdgraph.query.pool import ProcessPoolBackend
    from jeugdgraph.query.types import QueryRequest
    from jeugdgraph.workers.limits import WorkerLimits

    rows = []
    cases = (("no limit (before)", None), ("held with the store open + 2048 MB (after; the default)", 2048))
    for label, limit in cases:
        limits = WorkerLimits(memory_mb=limit)
        backend = ProcessPoolBackend(store_dir, workers=1, prefixes=PREFIXES, limits=limits)
        try:
            outcome, peak, seconds = peak_of_worker(backend, QueryRequest(NESTED_REPLACE, timeout=120))
        finally:
            backend.close()
        rows.append(f"| {label} | {outcome} | {peak:.0f} | {seconds:.1f} |")
    return rows


def quick_latencies(store_dir: Path, per_client: int, workers: int) -> tuple[list[float], dict[int, int]]:
    from liveserver import LiveServer

    from jeugdgraph.server import create_app
    from jeugdgraph.settings import Settings

    settings = Settings(query_workers=workers, query_timeout=10.0, per_client_workers=per_client)
    live = LiveServer(create_app(settings, store_dir, validate_on_start=False))
    seconds: list[float] = []
    statuses: dict[int, int] = {}
    try:
        def heavy() -> None:
            with httpx.Client(base_url=live.url, timeout=60,
                              transport=httpx.HTTPTransport(local_address="127.0.0.2")) as greedy:
                greedy.get("/sparql", params={"query": HEAVY}, headers=JSON)

        threads = [threading.Thread(target=heavy) for _ in range(12)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        with httpx.Client(base_url=live.url, timeout=60,
                          transport=httpx.HTTPTransport(local_address="127.0.0.3")) as other:
            n = 0
            until = time.monotonic() + 12  # all through the heavy queries, and at least 12 s
            while any(thread.is_alive() for thread in threads) or time.monotonic() < until:
                n += 1
                time.sleep(0.1)
                query = f"SELECT ?s WHERE {{ ?s a jg:Gemeente }} LIMIT {n}"
                started = time.perf_counter()
                response = other.get("/sparql", params={"query": query}, headers=JSON)
                seconds.append(time.perf_counter() - started)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        for thread in threads:
            thread.join()
    finally:
        live.stop()
    return seconds, statuses


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def main() -> None:
    import tempfile

    from jeugdgraph.build import build_store
    from jeugdgraph.settings import SEEDS_DIR

    with tempfile.TemporaryDirectory() as scratch:
        store_dir = Path(scratch) / "store"
        build_store([SEEDS_DIR], store_dir)
        lines = ["## Security (issue 17)", "",
                 f"Run of {time.strftime('%Y-%m-%dT%H:%M:%S%z')} on the seed store; "
                 "`python bench/security.py`.", "",
                 "Memory of the nested-REPLACE query (a 10^9-character string), in one query worker:", "",
                 "| worker | outcome | peak resident MB | seconds |", "|---|---|---:|---:|"]
        lines += memory(store_dir)
        lines += ["", "Quick queries (one every 0.1 s, each a different text, for 12 s and until the heavy "
                  "ones end) "
                  "of one client while another client runs 12 heavy queries (4 workers, time limit 10 s):",
                  "",
                  "| sharing | p50 ms | p95 ms | answers |", "|---|---:|---:|---|"]
        for label, per_client in (("none: one client may hold all 4 workers (before)", 4),
                                  ("fair: at most 3 workers per client (after, default)", 0)):
            seconds, statuses = quick_latencies(store_dir, per_client, 4)
            lines.append(f"| {label} | {statistics.median(seconds) * 1000:.0f} | {p95(seconds) * 1000:.0f} | "
                         f"{dict(sorted(statuses.items()))} |")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
