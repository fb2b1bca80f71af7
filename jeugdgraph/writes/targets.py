"""Where the data of a write lives: a store in this process (``LiveTarget``) or the directory of
a served store whose queries run in worker processes (``DirectoryTarget``)."""

from __future__ import annotations

import logging
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from ..derived import around
from ..errors import (
    StoreError,
)
from ..search.index import after_commit
from ..sparql_terms import iri_term
from ..store import is_store_dir
from .results import _check_graph_iri

logger = logging.getLogger("jeugdgraph.writes")

# --------------------------------------------------------------------------- where data lives


class StoreTarget(Protocol):
    """The store writes go to. ``store`` reads its current, committed state."""

    @property
    def store(self) -> ox.Store: ...

    @property
    def directory(self) -> Path | None:
        """The store directory (for ``imports/`` and ``documents/``), if it has one."""
        ...

    @property
    def snapshot(self) -> Path | None:
        """A checkpoint equal to the committed state that another process may open read-only."""
        ...

    def commit(self, changes: Mapping[str, str | None]) -> None:
        """Replace each named graph by its N-Triples (``None``: remove it) in one transaction."""
        ...

    def close(self) -> None: ...


def replace_graphs(store: ox.Store, changes: Mapping[str, str | None]) -> None:
    """Replace several named graphs in ONE update, which Oxigraph runs as one transaction."""
    for graph in changes:
        _check_graph_iri(graph)
    before, after = around(changes)  # the derived graph follows, in the same transaction
    operations: list[str] = list(before)
    blocks: list[str] = []
    for graph, ntriples in changes.items():
        name = iri_term(graph)
        operations.append(f"DROP SILENT GRAPH {name}")
        if ntriples and ntriples.strip():
            blocks.append(f"GRAPH {name} {{\n{ntriples}\n}}")
    if blocks:  # one INSERT DATA: a blank node may be shared by several graphs, not by several blocks
        operations.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    operations += after
    if changes:
        store.update(" ;\n".join(operations))


def _keep_search_current(store: ox.Store, directory: Path | None, changes: Mapping[str, str | None]) -> None:
    """The full-text index follows the committed graphs; a failure there leaves the write done and
    the index stale until the next rebuild, so it is logged, not raised."""
    try:
        after_commit(store, directory, changes)
    except Exception:  # noqa: BLE001
        logger.exception("the search index could not follow the write")


class LiveTarget:
    """A pyoxigraph store in this process; readers sharing it see each commit at once."""

    def __init__(self, store: ox.Store, directory: Path | None = None) -> None:
        self._store = store
        self._directory = Path(directory) if directory is not None else None

    @property
    def store(self) -> ox.Store:
        return self._store

    @property
    def directory(self) -> Path | None:
        return self._directory

    @property
    def snapshot(self) -> Path | None:
        return None

    def commit(self, changes: Mapping[str, str | None]) -> None:
        replace_graphs(self._store, changes)
        _keep_search_current(self._store, self._directory, changes)

    def close(self) -> None:
        return None


class DirectoryTarget:
    """A store directory served by read-only worker processes (see the module docstring).

    ``publish(path)`` makes the readers serve the checkpoint at ``path`` (the query backend's
    ``reopen``); without it, nobody else reads the store and no checkpoints are taken.
    ``keep_seconds`` is how long a superseded checkpoint stays: at least the longest a query that
    started on it may still run.
    """

    def __init__(
        self, store_dir: Path, *, publish: Callable[[Path], None] | None = None, keep_seconds: float = 60.0
    ) -> None:
        self._directory = Path(store_dir)
        if not is_store_dir(self._directory):
            raise StoreError(f"Er staat geen jeugdgraph-store in {self._directory}.")
        self.publish = publish
        self.keep_seconds = keep_seconds
        self._superseded: list[tuple[float, Path]] = []
        self._serving: Path | None = None
        self._lock = threading.Lock()
        for stale in self._checkpoints():
            shutil.rmtree(stale, ignore_errors=True)  # left by a server that was killed
        if publish is not None:
            # the readers have the live directory open: move them to a checkpoint before this
            # process opens it for writing
            first = self._checkpoint_path()
            ox.Store.read_only(str(self._directory)).backup(str(first))
            self._serve(first)
        try:
            self._store: ox.Store | None = ox.Store(str(self._directory))
        except OSError as exc:
            raise StoreError(
                f"De store in {self._directory} kan niet beschreven worden "
                f"(staat er nog een server op?): {exc}"
            ) from exc
        if publish is not None:
            # a read-only checkpoint leaves out what is only in the write-ahead log (the last
            # commit before a crash); opened for writing, the store has recovered it: serve that
            self._publish_checkpoint()

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("De schrijfverbinding met de store is gesloten.")
        return self._store

    @property
    def directory(self) -> Path | None:
        return self._directory

    @property
    def serving(self) -> Path | None:
        """The checkpoint the readers serve now (``None`` without ``publish``)."""
        return self._serving

    @property
    def snapshot(self) -> Path | None:
        return self._serving

    def _checkpoints(self) -> list[Path]:
        prefix = f".{self._directory.name}.serving-"
        return sorted(p for p in self._directory.parent.glob(prefix + "*") if p.is_dir())

    def _checkpoint_path(self) -> Path:
        stamp = f"{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"
        return self._directory.parent / f".{self._directory.name}.serving-{stamp}"

    def _serve(self, checkpoint: Path) -> None:
        assert self.publish is not None
        self.publish(checkpoint)
        with self._lock:
            if self._serving is not None:
                self._superseded.append((time.monotonic(), self._serving))
            self._serving = checkpoint
        self._remove_expired()

    def _remove_expired(self) -> None:
        now = time.monotonic()
        with self._lock:
            expired = [p for t, p in self._superseded if now - t > self.keep_seconds]
            self._superseded = [(t, p) for t, p in self._superseded if now - t <= self.keep_seconds]
        for path in expired:
            shutil.rmtree(path, ignore_errors=True)

    def commit(self, changes: Mapping[str, str | None]) -> None:
        replace_graphs(self.store, changes)
        _keep_search_current(self.store, self._directory, changes)
        if self.publish is not None:
            self._publish_checkpoint()

    def _publish_checkpoint(self) -> None:
        checkpoint = self._checkpoint_path()
        self.store.backup(str(checkpoint))
        self._serve(checkpoint)

    def close(self) -> None:
        """Flush and let go of the live store (RocksDB closes with its last handle); idempotent."""
        store, self._store = self._store, None
        if store is not None:
            store.flush()


