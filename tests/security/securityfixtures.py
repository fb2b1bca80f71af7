"""Helpers of the security tests: a canary listener that counts every connection made to it, and
an app on a fresh copy of the seed store."""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from stores import copy_store

from jeugdgraph.server import create_app
from jeugdgraph.server.write_access import write_access
from jeugdgraph.settings import Settings

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


@contextmanager
def seed_app_client(seed_build: Any, seed_store_dir: Path, folder: Path, **settings: Any
                    ) -> Iterator[TestClient]:
    """A client of an app with ``settings`` on a fresh copy of the seed store in ``folder``; its
    write worker is closed afterwards."""
    store_dir = copy_store(seed_store_dir, folder / "store")
    app = create_app(Settings(**settings), store_dir, validation=seed_build.validation)
    with TestClient(app) as client:
        yield client
    service = write_access(app.state.context).service
    if service is not None:
        service.close()
