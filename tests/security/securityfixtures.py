"""Helpers of the security tests: a canary listener that counts every connection made to it."""

from __future__ import annotations

import hashlib
import shutil
import socket
import threading
from pathlib import Path

TOKEN = "beveiliging-test-token-41c9"
DIGEST = hashlib.sha256(TOKEN.encode()).hexdigest()
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Canary:
    """A TCP listener on 127.0.0.1 that accepts, counts and closes every connection."""

    def __init__(self) -> None:
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(128)
        self.port = self._server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections = 0
        self._lock = threading.Lock()
        self._open = True
        threading.Thread(target=self._accept, name="canary", daemon=True).start()

    def _accept(self) -> None:
        while self._open:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            conn.close()

    def close(self) -> None:
        self._open = False
        self._server.close()


def copy_store(source: Path, target: Path) -> Path:
    """A copy of a closed store directory (the copy is an independent store)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("LOCK"))
    return target
