"""Memory of the server process while it sends a large answer (issue 14, streamed answers).

A generated store of ``--rows`` subjects (each with an integer and a 200-character literal) is
served by ``create_app`` under uvicorn in a process of its own; one client asks for every row in
SPARQL JSON and TSV and reads the answer as it comes, keeping none of it. Measured per answer:
the server process's peak resident set (``VmHWM``) before and after, the bytes received, the time
to the first byte and to the last. ``--code DIR`` serves from another checkout (for a comparison
with the code before streaming). Prints a Markdown table for ``bench/RESULTS.md``.

    python bench/streaming.py [--rows 200000] [--code DIR]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
GRAPH = "urn:jeugdgraph-bench:graph/stream"
RANK = "urn:jeugdgraph-bench:rang"
QUERY = f"SELECT ?s ?n ?tekst WHERE {{ GRAPH <{GRAPH}> {{ ?s <{RANK}> ?n . ?s <{RANK}-tekst> ?tekst }} }}"
SERVER = """
import sys, uvicorn
from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings
settings = Settings(query_workers=1, query_timeout=600.0, row_limit=0)
app = create_app(settings, sys.argv[1], validate_on_start=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def write_store(path: Path, rows: int) -> None:
    store = ox.Store(str(path))
    graph, rank, text = ox.NamedNode(GRAPH), ox.NamedNode(RANK), ox.NamedNode(f"{RANK}-tekst")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    quads = []
    for i in range(rows):
        subject = ox.NamedNode(f"urn:jeugdgraph-bench:s{i}")
        quads.append(ox.Quad(subject, rank, ox.Literal(str(i), datatype=integer), graph))
        quads.append(ox.Quad(subject, text, ox.Literal(f"{i} " + "x" * 200), graph))
    store.bulk_extend(quads)
    store.flush()


def peak_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, code: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(code)}
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(store), str(port)], env=env, cwd=code)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).raise_for_status()
            return process, url
        except httpx.HTTPError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("the server did not start") from None
            time.sleep(0.2)


def measure(url: str, pid: int, fmt: str) -> dict[str, float]:
    before = peak_kb(pid)
    started = time.perf_counter()
    first = None
    received = 0
    params = {"query": QUERY, "format": fmt}
    with httpx.stream("GET", f"{url}/sparql", params=params, timeout=600) as response:
        response.raise_for_status()
        streamed = "content-length" not in response.headers
        for chunk in response.iter_raw():
            first = first if first is not None else time.perf_counter() - started
            received += len(chunk)
    return {"before": before / 1024, "after": peak_kb(pid) / 1024, "mb": received / 1e6,
            "first": first or 0.0, "total": time.perf_counter() - started, "streamed": float(streamed)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose jeugdgraph serves")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-stream-bench-") as folder:
        store = Path(folder) / "store"
        write_store(store, args.rows)
        process, url = start_server(store, args.code.resolve())
        try:
            results = {fmt: measure(url, process.pid, fmt) for fmt in ("json", "tsv")}
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"| answer ({args.rows} rows) | MB sent | streamed | server peak RSS before / after (MB) "
          "| growth (MB) | first byte (s) | last byte (s) |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for fmt, r in results.items():
        print(f"| SPARQL {fmt.upper()} | {r['mb']:.1f} | {'yes' if r['streamed'] else 'no'} "
              f"| {r['before']:.0f} / {r['after']:.0f} | {r['after'] - r['before']:.0f} "
              f"| {r['first']:.2f} | {r['total']:.2f} |")


if __name__ == "__main__":
    main()
