"""Named-query latency here and at another commit, on one store, the two servers taking turns.

    python bench/same_latency.py --against 705bfea          # N = 3 000, 15 rounds
    python bench/same_latency.py --against 705bfea --store /tmp/store   # build once, reuse after

The architecture issue asks that named-query latency stay within 10% of before. This script
measures exactly that, fairly on a shared machine: one store of the seeds plus N generated
documents (built by this checkout), served read-only by this checkout's server and by the other
commit's server (exported with ``git archive`` and run in its own virtual environment, made once
in ``bench/data/venv-<commit>``), the same query texts sent to both in alternation, so that load
from elsewhere hits both alike. Every request is one neither server has seen before: the query
of the suite (every named query with its example parameters bound, as ``run.py`` sends it) with
a ``LIMIT`` that differs in every round, so no path for repeated texts can answer it.
Reported: p50 per query and server, and the ratio here / there.

A second table measures the same named queries end to end through ``GET /api/queries/{name}``
(parameter binding, the query, the answer), every request with parameter values not used
before in the run (``scale.FreshValues``): each parameter the query's example fills gets a fresh
value of its type. Here the whole answer (``limit=alle``) and the first page (the default 100
rows) are timed; the other commit gets the same parameters with ``row-limit=100000`` (an older
server capped answers at 10 000 rows by default), so both give their complete answer. Where the
other commit's API lacks the query or a parameter, the table says so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from common import JEUGDGRAPH_LAUNCHER, export_commit  # noqa: E402
from named_latency import api_requests, api_table, measure_api  # noqa: E402
from run import (  # noqa: E402 - bench scripts are plain files beside each other
    DATA_DIR,
    PYTHON,
    ROOT,
    Server,
    _load_generate,
    corpus_files,
    free_port,
    query_suite,
)


def _venv_for(ref: str, checkout: Path) -> Path:
    """A virtual environment with the other commit's dependencies (pyoxigraph as here)."""
    import pyoxigraph

    venv = DATA_DIR / f"venv-{ref}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(checkout),
                        f"pyoxigraph=={pyoxigraph.__version__}"], check=True)
    return python


def _start(python: Path, checkout: Path, store: Path, log: Path) -> Server:
    port = free_port()
    command = [str(python), "-c", JEUGDGRAPH_LAUNCHER, str(store), str(port)]
    server = Server.__new__(Server)
    server.name, server.url = f"jeugdgraph@{checkout.name}", f"http://127.0.0.1:{port}"
    server.log_file = log.open("wb")
    server.process = subprocess.Popen(command, stdout=server.log_file, stderr=subprocess.STDOUT, cwd=checkout,
                                      env={"PATH": "/usr/bin:/bin", "JEUGDGRAPH_CACHE_DIR": str(log.parent)})
    server._wait("/health", log)
    return server


def _build(n: int, store: Path) -> None:
    from jeugdgraph.build import build_store

    corpus = DATA_DIR / "corpus"
    if len(list(corpus.glob("*.txt"))) < n:
        _load_generate().main(["--n", str(n), "--seed", "1", "--out", str(corpus)])
    build_store(corpus_files(corpus, n), store, reference_dir=ROOT / "seeds" / "reference",
                ontology_dir=ROOT / "ontology", workers=2)


def _post(client, url: str, sparql: str) -> float:  # noqa: ANN001
    started = time.perf_counter()
    response = client.post(url + "/sparql", data={"query": sparql},
                           headers={"Accept": "application/sparql-results+json"})
    body = response.content
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: {body[:300]!r}")
    return elapsed


def main() -> None:
    import httpx

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="the git commit to compare with")
    parser.add_argument("--n", type=int, default=3_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--store", type=Path,
                        help="the store to serve: built there when it does not exist yet")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="same-latency-"))
    store = args.store or work / "store"
    if not store.exists():
        _build(args.n, store)
    other = export_commit(args.against, work / args.against)
    python = _venv_for(args.against, other)
    suite = query_suite(store)
    requests = api_requests(store, ROOT / "queries", other / "queries", args.rounds + 1)
    here = _start(Path(PYTHON), ROOT, store, work / "here.log")
    there = _start(python, other, store, work / "there.log")
    timings: dict[str, dict[str, list[float]]] = {q.name: {"here": [], "there": []} for q in suite}
    try:
        with httpx.Client(timeout=300) as client:
            for round_ in range(args.rounds + 1):
                for query in suite:
                    text = f"{query.sparql}\n# round {round_}"
                    pair = [("here", here), ("there", there)]
                    for side, server in pair if round_ % 2 else reversed(pair):
                        elapsed = _post(client, server.url, text)
                        if round_:  # round 0 warms both servers' workers
                            timings[query.name][side].append(elapsed)
            api = measure_api(client, here.url, there.url, requests)
    finally:
        here.stop()
        there.stop()
    load = os.getloadavg()
    print(f"| query | here p50 (ms) | {args.against} p50 (ms) | ratio |")
    print("|---|---:|---:|---:|")
    ratios = []
    for name, sides in timings.items():
        a, b = statistics.median(sides["here"]) * 1000, statistics.median(sides["there"]) * 1000
        ratios.append(a / b)
        print(f"| {name} | {a:.1f} | {b:.1f} | {a / b:.2f} |")
    print(f"\nmedian ratio {statistics.median(ratios):.2f}, worst {max(ratios):.2f} "
          f"({args.n} documents + seeds, {args.rounds} rounds)")
    print()
    print(api_table(api, args.against))
    print(f"\nload average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
