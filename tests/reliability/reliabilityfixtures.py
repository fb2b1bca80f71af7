"""Helpers of the reliability tests: a real server in its own process, on a free port of
127.0.0.1, that a test can kill like a crash would."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from liveserver import LiveServer, free_port
from stores import copy_store  # noqa: F401 - re-exported for this capability's tests

TOKEN = "reliability-token-51c9"
DIGEST = hashlib.sha256(TOKEN.encode()).hexdigest()
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DOC = "https://w3id.org/jeugdgraph/id/document/"
JSON = {"Accept": "application/sparql-results+json"}



class ServerProcess:
    """``jeugdgraph serve`` in a process of its own session (so its workers can be cleaned up)."""

    def __init__(self, store_dir: Path, log: Path, **settings: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {
            **os.environ,
            "JEUGDGRAPH_WRITE_TOKENS": DIGEST,
            "JEUGDGRAPH_QUERY_WORKERS": "4",
            **{f"JEUGDGRAPH_{k.upper()}": v for k, v in settings.items()},
        }
        command = [
            sys.executable,
            "-m",
            "jeugdgraph.cli",
            "serve",
            "--store",
            str(store_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        with open(log, "ab") as out:
            self.process = subprocess.Popen(command, env=env, stdout=out, stderr=out, start_new_session=True)
        self._wait_until_up()

    def _wait_until_up(self, seconds: float = 120.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped while starting:\n{self.log_tail()}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not come up within {seconds:g} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def wait_ready(self, seconds: float = 240.0) -> dict:
        """Poll ``/ready`` until the start-up validation has a verdict; its last answer."""
        deadline = time.monotonic() + seconds
        body: dict = {}
        while time.monotonic() < deadline:
            body = httpx.get(self.url + "/ready", timeout=30).json()
            if body.get("validatie") != "pending":
                return body
            time.sleep(0.5)
        return body

    def kill(self) -> None:
        """SIGKILL the server process itself, as a crash would; its workers notice and exit."""
        self.process.kill()
        self.process.wait(timeout=30)
        self._clean_up_session()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self._clean_up_session()

    def _clean_up_session(self) -> None:
        """Wait for the workers of our own session to go; kill any that linger."""
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)


@contextlib.contextmanager
def serve_in_thread(store_dir: Path):  # noqa: ANN201 - Iterator[str]
    """The app over ``store_dir`` (read only, one query worker) in uvicorn in a thread; yields its URL."""
    from jeugdgraph.server import create_app
    from jeugdgraph.settings import Settings

    live = LiveServer(create_app(Settings(query_workers=1), store_dir, validate_on_start=False),
                      name="uvicorn-reliability")
    try:
        yield live.url
    finally:
        live.stop()
