"""Durable, consistent document writes: the upload and its audit record reach the disk before the
graph is switched, and a switch that a crash interrupted is finished (or undone) at the next start.

A document write goes through four steps, each durable (``fsync`` of the file and its folder)
before the next begins:

1. ``begin``: the uploaded file, its metadata sidecar and a manifest (slug, graph, who, the
   digest of the new graph) go into ``DIR/documents/.pending/ID/``; the audit log gets a
   ``pending`` record;
2. the caller commits the graph (one transaction);
3. ``finish``: the files move into ``DIR/documents/`` (replacing the slug's previous files), the
   audit log gets the ``committed`` record;
4. the pending folder is removed.

``reconcile`` runs whenever a store directory is opened for writing or rebuilt: for each pending
write it compares the graph in the store with the manifest's digest. If the graph is the new one,
the commit happened: the write is finished (files moved, ``committed`` recorded with the note that
it was completed after an interruption). Otherwise nothing was switched: the pending files are
removed and a ``failed`` record says so. Either way graph, saved file and audit log agree, and a
rebuild from ``DIR/documents/`` builds what the store served.

``JEUGDGRAPH_CRASH_AT`` names a step at which the process kills itself (``SIGKILL``): the kill test
uses it to stop a write at every step in turn.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from . import iris
from .audit import AuditLog, AuditRecord
from .ox_answers import returned

PENDING_DIRNAME = ".pending"
MANIFEST = "manifest.json"
SIDECAR_SUFFIX = ".meta.json"
INTERRUPTED = "voltooid na een onderbreking (de graaf was al vervangen)"
NOT_SWITCHED = "onderbroken voordat de graaf werd vervangen; er is niets veranderd"


def crash_point(name: str) -> None:
    """Die here (``kill -9``) when ``JEUGDGRAPH_CRASH_AT`` names this step (the kill test)."""
    if os.environ.get("JEUGDGRAPH_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def graph_digest(ntriples: str | bytes) -> str:
    """A digest of a graph's N-Triples that does not depend on the order of the lines."""
    text = ntriples.decode() if isinstance(ntriples, bytes) else ntriples
    lines = sorted({line.strip() for line in text.splitlines() if line.strip()})
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def store_graph_digest(store: ox.Store, graph: str) -> str:
    return graph_digest(returned(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))))


@dataclass(frozen=True)
class PendingWrite:
    id: str
    action: str  # add-document or delete-document
    slug: str
    graph: str
    name: str | None  # the uploaded file's name (None for a delete)
    digest: str  # of the graph as it stands after the write ("" for a delete)
    who: str
    request_id: str | None
    before: int | None
    after: int | None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _durable_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


class WriteJournal:
    """The pending writes of one store directory's ``documents/`` folder."""

    def __init__(self, documents_dir: Path, audit: AuditLog) -> None:
        self.documents = Path(documents_dir)
        self.pending_root = self.documents / PENDING_DIRNAME
        self.audit = audit

    def begin(
        self, pending: PendingWrite, content: bytes | None = None, sidecar: bytes | None = None
    ) -> Path:
        """Step 1: the files and the manifest on disk, the ``pending`` record in the audit log."""
        folder = self.pending_root / pending.id
        folder.mkdir(parents=True, exist_ok=False)
        if content is not None and pending.name:
            _durable_write(folder / pending.name, content)
            crash_point("pending-file")
            if sidecar:
                _durable_write(folder / (pending.name + SIDECAR_SUFFIX), sidecar)
        _durable_write(folder / MANIFEST, json.dumps(asdict(pending), ensure_ascii=False).encode())
        _fsync_dir(folder)
        _fsync_dir(self.pending_root)
        _fsync_dir(self.documents)
        crash_point("pending-manifest")
        self._record(pending, "pending", None)
        crash_point("pending-audit")
        return folder

    def finish(self, pending: PendingWrite, *, detail: str | None = None) -> None:
        """Step 3 and 4: the files in place, ``committed`` in the audit log, the pending folder gone."""
        folder = self.pending_root / pending.id
        for old in sources_of(self.documents, pending.slug):
            keep = pending.name is not None and old.name in {pending.name, pending.name + SIDECAR_SUFFIX}
            if not keep:
                old.unlink(missing_ok=True)
        if pending.name:
            (self.documents / (pending.name + SIDECAR_SUFFIX)).unlink(missing_ok=True)
            for path in sorted(folder.iterdir()) if folder.is_dir() else []:
                if path.name != MANIFEST:
                    os.replace(path, self.documents / path.name)
        _fsync_dir(self.documents)
        crash_point("files-moved")
        self._record(pending, "committed", detail)
        crash_point("committed-audit")
        self._remove(folder)

    def abandon(self, pending: PendingWrite) -> None:
        """The write did not switch the graph: its pending folder goes (the caller records why)."""
        self._remove(self.pending_root / pending.id)

    def _remove(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):  # only when no other write is pending
            self.pending_root.rmdir()

    def pending(self) -> list[PendingWrite]:
        if not self.pending_root.is_dir():
            return []
        found = []
        for folder in sorted(self.pending_root.iterdir()):
            try:
                found.append(PendingWrite(**json.loads((folder / MANIFEST).read_text())))
            except (OSError, ValueError, TypeError):  # killed before its manifest was whole
                shutil.rmtree(folder, ignore_errors=True)
        return found

    def reconcile(self, store: ox.Store) -> list[str]:
        """Finish or undo every write a crash interrupted; the slugs it handled."""
        handled = []
        for pending in self.pending():
            if pending.action == "delete-document":
                switched = not store.contains_named_graph(ox.NamedNode(pending.graph))
            else:
                switched = store.contains_named_graph(ox.NamedNode(pending.graph)) and (
                    store_graph_digest(store, pending.graph) == pending.digest
                )
            if switched:
                self.finish(pending, detail=INTERRUPTED)
            else:
                self.abandon(pending)
                self._record(pending, "failed", NOT_SWITCHED)
            handled.append(pending.slug)
        return handled

    def _record(self, pending: PendingWrite, outcome: str, detail: str | None) -> None:
        self.audit.record(AuditRecord(
            who=pending.who, action=pending.action, outcome=outcome, document=pending.slug,
            triples_before=pending.before, triples_after=pending.after, request_id=pending.request_id,
            detail=detail,
        ))


def new_id() -> str:
    return uuid.uuid4().hex


def sources_of(folder: Path, slug: str) -> list[Path]:
    """The saved upload and sidecar of ``slug`` in ``folder``."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        try:
            if path.is_file() and iris.document_slug(path.name.removesuffix(SIDECAR_SUFFIX)) == slug:
                found.append(path)
        except ValueError:
            continue
    return found


def reconcile_directory(store_dir: Path, audit_paths: Iterable[Path | None]) -> list[str]:
    """``reconcile`` for a store directory nobody has open (before a rebuild reads its uploads)."""
    documents = Path(store_dir) / "documents"
    if not (documents / PENDING_DIRNAME).is_dir():
        return []
    audit_path = next((p for p in audit_paths if p is not None), None)
    store = ox.Store.read_only(str(store_dir))
    return WriteJournal(documents, AuditLog(audit_path)).reconcile(store)
