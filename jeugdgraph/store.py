"""The pyoxigraph store: opening it, writing named graphs into it, and swapping a freshly built
store into place so that a failed build never touches the store that was there.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import StoreError
from .ox_answers import select
from .rdf_terms import quads_of
from .sparql_terms import iri_term
from .sparql_texts import filled, sparql

IMPORTS_DIRNAME = "imports"  # converted open-data lists, reloaded into the reference graph on rebuild
DOCUMENTS_DIRNAME = "documents"  # documents uploaded to a running server, rebuilt with the seeds
SEARCH_DIRNAME = "search"  # the full-text index (jeugdgraph.search), swapped in with the graph
_MARKER = "jeugdgraph-store"


def open_store(path: Path | str | None = None, *, read_only: bool = False) -> ox.Store:
    """Open the store at ``path`` (``None``: a fresh in-memory store)."""
    if path is None:
        return ox.Store()
    path = Path(path)
    if read_only and not path.is_dir():
        raise StoreError(
            f"Er staat geen store in {path}: bouw er eerst een met 'jeugdgraph build --store {path}'."
        )
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"De store in {path} kan niet geopend worden: {exc}") from exc
    if not read_only:
        (path / _MARKER).touch()
    return store


def is_store_dir(path: Path) -> bool:
    return path.is_dir() and (path / _MARKER).exists()


def add_graph(store: ox.Store, graph_name: str, graph: Graph) -> int:
    """Add ``graph`` to the named graph ``graph_name`` in one transaction; returns the triple count."""
    quads = list(quads_of(graph, graph_name))
    store.extend(quads)
    return len(quads)


def replace_graph(store: ox.Store, graph_name: str, graph: Graph) -> int:
    """Replace a named graph atomically: readers see the old graph or the new one, never half.

    One SPARQL update request runs in one transaction in Oxigraph, so the DROP and the INSERT
    commit together.
    """
    triples = [quad.triple for quad in quads_of(graph, graph_name)]
    body = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
    name = iri_term(graph_name)
    store.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
    return len(triples)


def remove_graph(store: ox.Store, graph_name: str) -> bool:
    name = ox.NamedNode(str(graph_name))
    if not store.contains_named_graph(name):
        return False
    store.remove_graph(name)
    return True


def triples_per_graph(store: ox.Store) -> dict[str, int]:
    """Triple counts per named graph (the default graph under ``''``), sorted by graph IRI."""
    counts: dict[str, int] = {}
    for row in select(store, sparql("store-triples-per-graph")):
        counts[row["g"].value] = int(row["n"].value)
    default = next(iter(select(store, sparql("store-default-graph-size"))))
    if int(default["n"].value):
        counts[""] = int(default["n"].value)
    return dict(sorted(counts.items()))


def triples_per_graph_given(store: ox.Store, known: dict[str, int]) -> dict[str, int]:
    """``triples_per_graph`` when the counts of some graphs are known (the document graphs a build
    loaded, each quad once): only the other named graphs are counted, so the count does not read
    every document's quads."""
    counts = {graph: n for graph, n in known.items() if n}
    for graph in store.named_graphs():
        if isinstance(graph, ox.NamedNode) and graph.value not in known:
            size = next(iter(select(store, filled("store-graph-size", graph=iri_term(graph.value)))))
            if int(size["n"].value):
                counts[graph.value] = int(size["n"].value)
    default = next(iter(select(store, sparql("store-default-graph-size"))))
    if int(default["n"].value):
        counts[""] = int(default["n"].value)
    return dict(sorted(counts.items()))


def import_files(store_dir: Path) -> list[Path]:
    """The converted open-data lists kept beside a store (``DIR/imports/*.nt``), sorted."""
    folder = store_dir / IMPORTS_DIRNAME
    return sorted(folder.glob("*.nt")) if folder.is_dir() else []


def uploaded_documents(store_dir: Path) -> list[Path]:
    """Documents uploaded to a server on this store (``DIR/documents/``, without their sidecars)."""
    folder = Path(store_dir) / DOCUMENTS_DIRNAME
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith((".meta.json", ".meta.yaml"))
    )


def _is_open(store_dir: Path) -> bool:
    """Whether another process holds the RocksDB lock of ``store_dir`` (a build still running).

    RocksDB's lock is a POSIX record lock, which never conflicts within one process (and closing
    any handle on the file drops it): only ask about directories no store in this process opened.
    """
    lock = store_dir / "LOCK"
    if not lock.exists():
        return False
    try:
        with open(lock, "a") as handle:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(handle, fcntl.LOCK_UN)
    except OSError:
        return True
    return False


def _swap_into_place(staging: Path, target: Path) -> Path | None:
    """Move ``staging`` to ``target`` in one step; the previous ``target`` ends up at the returned path.

    On Linux ``renameat2(RENAME_EXCHANGE)`` swaps both directories atomically, so a kill at any
    moment leaves a complete store at ``target``. Elsewhere two renames, with a moment between
    them in which ``target`` is missing.
    """
    if not target.exists():
        os.replace(staging, target)
        return None
    if _exchange(staging, target):
        return staging  # it now holds the previous store
    old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
    os.replace(target, old)
    os.replace(staging, target)
    return old


def _exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


class StagedStore:
    """A store built beside ``target`` and swapped into place only on ``commit()``.

    Use as a context manager: if the block raises, the staged directory is removed and
    ``target`` is left exactly as it was.
    """

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.staging = self.target.parent / f".{self.target.name}.building-{uuid.uuid4().hex[:8]}"
        self.store: ox.Store | None = None

    def __enter__(self) -> StagedStore:
        # a folder holding only imports (import-tooi before the first build) may become a store
        if (
            self.target.exists()
            and not is_store_dir(self.target)
            and any(p.name != IMPORTS_DIRNAME for p in self.target.iterdir())
        ):
            raise StoreError(
                f"{self.target} bestaat al en is geen jeugdgraph-store; kies een lege of nieuwe map."
            )
        if is_store_dir(self.target) and _is_open(self.target):
            raise StoreError(
                f"De store in {self.target} is geopend door een ander proces (een server met "
                "schrijfrechten?); stop dat eerst, of bouw in een andere map."
            )
        self.target.parent.mkdir(parents=True, exist_ok=True)
        # what a build or swap that was killed left behind (a build still running holds its lock)
        for stale in self.target.parent.glob(f".{self.target.name}.building-*"):
            if stale.is_dir() and not _is_open(stale):
                shutil.rmtree(stale, ignore_errors=True)
        for pattern in (f".{self.target.name}.old-*", f".{self.target.name}.ready-*"):
            for stale in self.target.parent.glob(pattern):
                shutil.rmtree(stale, ignore_errors=True)
        self.store = open_store(self.staging)
        for imported in import_files(self.target):
            dest = self.staging / IMPORTS_DIRNAME
            dest.mkdir(exist_ok=True)
            shutil.copy2(imported, dest / imported.name)
        uploaded = self.target / DOCUMENTS_DIRNAME
        if uploaded.is_dir():
            shutil.copytree(uploaded, self.staging / DOCUMENTS_DIRNAME)
        return self

    def commit(self) -> None:
        """Swap a checkpoint of the staged store into place.

        A checkpoint (``Store.backup``: hard links, cheap) and not the staged directory
        itself moves, because whoever still holds a handle on the staged store (the caller's own
        variable, a cache) would otherwise go on writing files by path into the wrong directory.
        """
        assert self.store is not None
        ready = self.target.parent / f".{self.target.name}.ready-{uuid.uuid4().hex[:8]}"
        self.store.flush()
        self.store.backup(str(ready))
        self.store = None
        (ready / _MARKER).touch()
        for folder in (IMPORTS_DIRNAME, DOCUMENTS_DIRNAME):
            if (self.staging / folder).is_dir():
                shutil.copytree(self.staging / folder, ready / folder)
        if (self.staging / SEARCH_DIRNAME).is_dir():  # moved, not copied: it can be large
            shutil.move(self.staging / SEARCH_DIRNAME, ready / SEARCH_DIRNAME)
        old = _swap_into_place(ready, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        self.store = None
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)


class BulkLoader:
    """Writes many named graphs into a store that nobody reads yet (a staged build).

    ``Store.load`` is a transaction through RocksDB's memtable and log (flushed later);
    ``Store.bulk_load`` writes sorted files straight into the database, about twice as fast (figures
    in ``bench/RESULTS.md``), but each call makes new files, so graphs are collected as N-Quads (bytes) and
    written a few hundred megabytes at a time: RocksDB merges the files of every load in background
    threads, at a cost that grows with the store ("Build speed, session 7" in ``bench/RESULTS.md``).
    ``bulk_load`` is no transaction: a load that fails leaves part of the data, which is why it is
    only for a store that is thrown away when the build fails.
    What it loads is N-Quads that pyoxigraph wrote (its serialiser, its terms' own forms), so the
    loader is told not to validate the IRIs again (``lenient``).
    """

    def __init__(self, store: ox.Store, batch_characters: int = 256_000_000) -> None:
        self.store = store
        self.batch_characters = batch_characters
        self._pending: list[bytes] = []
        self._size = 0

    def add(self, nquads: str | bytes) -> None:
        if isinstance(nquads, str):
            nquads = nquads.encode()
        self._pending.append(nquads)
        self._size += len(nquads)
        if self._size >= self.batch_characters:
            self.write()

    def write(self) -> None:
        """Write what was collected."""
        if self._pending:
            self.store.bulk_load(b"".join(self._pending), ox.RdfFormat.N_QUADS, lenient=True)
            self._pending.clear()
            self._size = 0


def load_files_into(store: ox.Store, graph_name: str, files: Iterable[Path]) -> None:
    """Load RDF files (format from the extension) into one named graph."""
    name = ox.NamedNode(str(graph_name))
    for path in files:
        store.bulk_load(path=str(path), to_graph=name)
