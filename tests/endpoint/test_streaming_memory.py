"""The server process does not hold a large answer whole: its peak resident set hardly grows
while it sends one many times larger (the figures are in bench/RESULTS.md)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from endpointdata import ALL_ROWS

SERVER = """
import sys, uvicorn
from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings
settings = Settings(query_workers=1, query_timeout=300.0, row_limit=0)
app = create_app(settings, sys.argv[1], validate_on_start=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc")


@pytest.fixture(scope="module")
def server_process(generated_store_dir: Path) -> Iterator[tuple[int, str]]:
    """The server alone in a process of its own (its query worker is another process)."""
    if not Path("/proc/self/status").exists():
        pytest.skip("peak memory is read from /proc (Linux)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(generated_store_dir), str(port)],
                               env={**os.environ})
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(url, params={"query": "ASK {}"}, timeout=5).raise_for_status()
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
                time.sleep(0.2)
        yield process.pid, url
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_server_sends_a_large_answer_without_holding_it(server_process: tuple[int, str]) -> None:
    pid, url = server_process
    before = peak_mb(pid)
    received = 0
    with httpx.stream("GET", url, params={"query": ALL_ROWS, "format": "json"}, timeout=300) as response:
        assert response.status_code == 200
        for chunk in response.iter_raw():
            received += len(chunk)
    answer_mb = received / 2**20
    assert answer_mb > 60
    growth = peak_mb(pid) - before
    assert growth < answer_mb / 4, f"peak grew {growth:.0f} MB for an answer of {answer_mb:.0f} MB"
