"""``jeugdgraph serve`` as a user runs it: a real process on 127.0.0.1, stopped with Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from serverfixtures import free_port

JEUGDGRAPH = str(Path(sys.executable).with_name("jeugdgraph"))


def start(args: list[str], tmp_path: Path) -> tuple[subprocess.Popen, str, Path]:
    port = free_port()
    log = tmp_path / f"serve-{port}.log"
    env = {**os.environ, "JEUGDGRAPH_QUERY_WORKERS": "2"}
    process = subprocess.Popen([JEUGDGRAPH, "serve", "--port", str(port), *args], cwd=tmp_path, env=env,
                               stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    return process, f"http://127.0.0.1:{port}", log


def wait_until_ready(process: subprocess.Popen, url: str, log: Path, seconds: float) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            response = httpx.get(f"{url}/ready", timeout=2)
            if response.status_code == 200:
                return response.json()
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"not ready within {seconds} s:\n{log.read_text()}")


def stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()


def test_serve_a_store_and_stop_with_ctrl_c(small_store_dir: Path, tmp_path: Path):
    process, url, log = start(["--store", str(small_store_dir)], tmp_path)
    try:
        wait_until_ready(process, url, log, seconds=120)
        answer = httpx.get(f"{url}/sparql", params={"query": "ASK { ?r jg:cbsCode 'JZ29' }"},
                           headers={"X-Request-Id": "cli-test-1"})
        assert answer.status_code == 200 and answer.json()["boolean"] is True
    finally:
        code = stop(process)
    assert code == 0
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    entry = next(e for e in lines if e["request_id"] == "cli-test-1")
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/sparql", 200)


def test_serve_without_a_store_builds_the_seeds_first(tmp_path: Path):
    process, url, log = start([], tmp_path)
    try:
        ready = wait_until_ready(process, url, log, seconds=300)
        assert ready["validatie"] == "conforms" and ready["triples"] > 1000
        params = {"regio": "rijnmond", "format": "csv"}
        members = httpx.get(f"{url}/api/queries/leden-van-regio", params=params)
        assert members.status_code == 200 and "GM0622" in members.text
        assert httpx.get(url + "/").status_code == 200
    finally:
        assert stop(process) == 0
    assert "seed-documenten" in log.read_text()
    assert not any(tmp_path.glob("*store*"))  # the temporary store lived outside the working folder


def test_a_taken_port_is_refused_in_words_before_any_build(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "TMPDIR": str(tmp_path)}
        done = subprocess.run([JEUGDGRAPH, "serve", "--port", str(port)], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    message = " ".join(done.stderr.split())
    assert f"Poort {port} op 127.0.0.1 is al in gebruik" in message
    assert f"--port {port + 1}" in message and "JEUGDGRAPH_PORT" in message
    assert "seed-documenten" not in message  # refused before building
    assert not list(tmp_path.glob("jeugdgraph-serve-*"))  # no temporary folder left behind
