"""CPU time per raw ``/sparql`` request: this checkout's server, another commit's and Oxigraph server.

    python bench/request_cpu.py --store STORE --oxigraph OXIGRAPH_DIR --against 794e88d

On a shared machine wall-clock latency of a small request mostly measures what else runs; the CPU
time a server spends on it does not. Every server (with all its processes: the jeugdgraph server,
its forkserver and query workers) is sent the same first-seen texts in turn (a named query of the
suite with a parameter value not sent before, as ``scale.py`` sends them); the CPU time of each
server's process tree, read from ``/proc`` before and after, divided by the requests, is its cost
per request. The client's own time is not counted. Linux only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import run as bench  # noqa: E402
from common import export_commit  # noqa: E402
from same_latency import _start, _venv_for  # noqa: E402
from scale import FreshValues, start_oxigraph  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")
SMALL = "regio-van-gemeente,bron-van-uitspraak,herindelingen-van-gemeente"


def _tree(root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def cpu_seconds(root: int) -> tuple[float, float]:
    """CPU time of ``root``'s process tree so far: the scheduler's nanoseconds summed over every
    thread (``schedstat``), and user + system time in clock ticks (which also counts threads that
    ended)."""
    nanoseconds = ticks = 0
    for pid in _tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
        for tid in threads:
            try:
                nanoseconds += int(Path(f"/proc/{pid}/task/{tid}/schedstat").read_text().split()[0])
            except OSError:
                continue
    return nanoseconds / 1e9, ticks / TICKS


def main() -> int:
    import httpx

    from jeugdgraph.namespaces import PREFIXES, sparql_prologue
    from jeugdgraph.query.inprocess import InProcessBackend
    from jeugdgraph.query.named import ParameterBinder, load_named_queries
    from jeugdgraph.query.remote_backend import bind_values

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--oxigraph", type=Path, required=True, help="Oxigraph server's copy of the store")
    parser.add_argument("--against", required=True)
    parser.add_argument("--queries", default=SMALL)
    parser.add_argument("--requests", type=int, default=300, help="per query and server")
    args = parser.parse_args()
    import pyoxigraph as ox

    logs = Path(tempfile.mkdtemp(prefix="request-cpu-"))
    values = FreshValues(args.store, 1)
    backend = InProcessBackend(ox.Store.read_only(str(args.store)), workers=1, prefixes=PREFIXES)
    binder = ParameterBinder(backend, timeout=60.0)
    wanted = args.queries.split(",")
    texts: dict[str, list[str]] = {}
    for named in load_named_queries(bench.ROOT / "queries"):
        if named.name in wanted:
            texts[named.name] = []
            while len(texts[named.name]) < args.requests + 20:
                params = {p.name: values.take(p.type) for p in named.params if p.required}
                try:
                    bound = binder.bind(named, params)
                except Exception:  # noqa: BLE001 - a value the store does not know
                    continue
                texts[named.name].append(sparql_prologue() + bind_values(named.sparql, bound) + "\nLIMIT 101")
    backend.close()
    checkout = export_commit(args.against, logs / args.against)
    python = _venv_for(args.against, checkout)
    with bench.running(lambda: bench.start_jeugdgraph(args.store, logs)) as here, \
            bench.running(lambda: _start(python, checkout, args.store, logs / "other.log")) as there, \
            bench.running(lambda: start_oxigraph(args.oxigraph, logs, 30)) as oxi:
        servers = {"here": (here, "/sparql"), args.against: (there, "/sparql"), "oxigraph": (oxi, "/query")}
        print(f"load average {os.getloadavg()[0]:.1f}; CPU ms per request (all processes of the server), "
              "from the scheduler's nanoseconds (from clock ticks in brackets)")
        print(f"| query | here | {args.against} | Oxigraph server | here − Oxigraph | "
              f"{args.against} − Oxigraph |")
        print("|---|---:|---:|---:|---:|---:|")
        with httpx.Client(timeout=120) as client:
            for name, series in texts.items():
                for i, text in enumerate(series):
                    if i == 20:  # the first requests warm the servers; counted from here on
                        time.sleep(0.2)
                        start = {key: cpu_seconds(server.process.pid) for key, (server, _) in servers.items()}
                    order = list(servers.items())
                    order = order[i % 3:] + order[:i % 3]  # each server goes first in turn
                    for _, (server, path) in order:
                        response = client.post(server.url + path, data={"query": text},
                                               headers={"Accept": "application/sparql-results+json"})
                        assert response.status_code == 200, response.text[:300]
                time.sleep(0.2)  # the servers' last bookkeeping lands before the reading
                end = {key: cpu_seconds(server.process.pid) for key, (server, _) in servers.items()}
                n = len(series) - 20
                ns = {k: (end[k][0] - start[k][0]) / n * 1000 for k in servers}
                tk = {k: (end[k][1] - start[k][1]) / n * 1000 for k in servers}
                print(f"| {name} | {ns['here']:.2f} ({tk['here']:.2f}) | {ns[args.against]:.2f} "
                      f"({tk[args.against]:.2f}) | {ns['oxigraph']:.2f} ({tk['oxigraph']:.2f}) | "
                      f"{ns['here'] - ns['oxigraph']:.2f} | {ns[args.against] - ns['oxigraph']:.2f} |")
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
