"""No orphan processes: when the server ends (SIGTERM, or SIGKILL as a crash would) while its
query workers, write worker and start-up validation run, every process it started ends too."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from liveserver import free_port
from securityfixtures import DIGEST, copy_store


def children_of(root: int) -> set[int]:
    """Every process below ``root`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_server(store_dir: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "JEUGDGRAPH_WRITE_TOKENS": DIGEST, "JEUGDGRAPH_QUERY_WORKERS": "2",
           "JEUGDGRAPH_AUDIT_LOG": str(log.with_suffix(".audit.jsonl"))}
    command = [sys.executable, "-m", "jeugdgraph.cli", "serve", "--store", str(store_dir),
               "--host", "127.0.0.1", "--port", str(port)]
    with open(log, "ab") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=out, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(log.read_text()[-3000:])


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_no_process_outlives_the_server(seed_store_dir: Path, tmp_path: Path, how: signal.Signals) -> None:
    store_dir = copy_store(seed_store_dir, tmp_path / "store")
    process, _url = start_server(store_dir, tmp_path / "server.log")
    try:
        deadline = time.monotonic() + 60
        started: set[int] = set()
        while time.monotonic() < deadline and len(started) < 4:  # query workers, write worker, validation
            started |= children_of(process.pid)
            time.sleep(0.2)
        assert len(started) >= 4, started
        process.send_signal(how)
        process.wait(timeout=60)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(alive(pid) for pid in started):
            time.sleep(0.2)
        left = [pid for pid in started if alive(pid)]
        assert not left, [Path(f"/proc/{pid}/cmdline").read_bytes()[:200] for pid in left]
    finally:
        if process.poll() is None:
            process.kill()
        for pid in children_of(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
