"""Writes to a store that is being served: documents, SPARQL Update and the Graph Store Protocol.

Every write follows the same path, one write at a time:

1. cheap checks on the request (file name, size, real content type, metadata, graph IRI);
2. the heavy, input-driven work in the write worker (``isolation``): reading and extracting an
   uploaded document, or applying an update to a *staging copy* of the store;
3. the SHACL gate: the new document graph is validated with the context it links to in the
   store (``incremental.document_context``); an update or graph-store write is validated as the
   whole staged store would stand. A write that breaks the shapes is refused with the report
   (``ValidationFailed``, 422) and nothing changes. A write that would leave another document
   pointing at a resource that no longer exists is refused the same way;
4. the commit: every changed named graph is replaced in ONE SPARQL update, which Oxigraph runs
   as one transaction, so readers see the old graphs or the new ones, never half;
5. an audit record (``audit``) of who did what, refused and failed attempts included.

Where the data lives (``StoreTarget``):

- ``LiveTarget``: a pyoxigraph store in this process (in memory, or opened read-write). Readers
  that share the store see a commit at once.
- ``DirectoryTarget``: the store directory of a server whose queries run in worker processes
  that open the store read-only. Oxigraph must not be read by another process while it is being
  written, so the workers never read the live directory: this process holds it read-write, and
  after every commit it takes a checkpoint (``Store.backup``: hard links, milliseconds) into a
  fresh sibling directory ``.NAME.serving-N`` and has the workers reopen that (``publish``).
  Checkpoints that no worker can still be reading are removed. A crash loses nothing: the
  commit is in the live directory's write-ahead log before the client hears it succeeded, and a
  kill before that leaves the previous graph.

Uploaded files are kept beside the data in ``DIR/documents/`` (with a ``NAME.meta.json`` sidecar
for the metadata that came with them), so a later ``jeugdgraph build --store DIR`` rebuilds them
along with the seeds (``uploaded_documents``). The file and the audit record are on disk before
the graph is switched, and a switch a crash interrupted is finished or undone when the store is
next opened for writing or rebuilt (``write_journal``): graph, saved file and audit log agree.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import Graph, URIRef

from . import iris
from .audit import AuditLog, AuditRecord
from .errors import (
    InputError,
    JeugdgraphError,
    NotFound,
    QueryError,
    QueryTimeout,
    StoreError,
    ValidationFailed,
    WritesDisabled,
)
from .isolation import InlineRunner, IsolatedRunner
from .namespaces import GRAPH_ONTOLOGY, JGI_IRI
from .rdf_limits import check_graph_limits, refuse_xml_declarations
from .settings import Settings
from .sparql_terms import iri_term, named_node, values_block
from .store import DOCUMENTS_DIRNAME, IMPORTS_DIRNAME, import_files, is_store_dir, uploaded_documents
from .uploads import check_size, safe_filename, sniff
from .write_journal import PendingWrite, WriteJournal, crash_point, graph_digest, new_id

logger = logging.getLogger("jeugdgraph.writes")

SIDECAR_SUFFIX = ".meta.json"
_SLUG = re.compile(r"^[a-z0-9_-]{1,200}$")
_GRAPH_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
DANGLING_SHOWN = 5
ONTOLOGY_LOCKED = (
    "De ontologie en de validatieregels (jgi:graph/ontology) kunnen niet via een schrijfactie veranderen; "
    "ze komen uit de map ontology/."
)

Runner = IsolatedRunner | InlineRunner


# --------------------------------------------------------------------------- results


@dataclass
class WriteResult:
    """What a committed write did."""

    action: str  # add-document, delete-document, sparql-update, graph-store-put, ...
    outcome: str  # created, replaced, deleted, updated, unchanged
    graphs: dict[str, tuple[int, int]]  # graph IRI -> (triples before, triples after)
    slug: str | None = None
    warnings: list[str] = field(default_factory=list)  # SHACL warnings, in Dutch
    notes: list[str] = field(default_factory=list)  # remarks of the reader (encoding, skipped pages)
    request_id: str | None = None

    @property
    def triples_before(self) -> int:
        return sum(before for before, _after in self.graphs.values())

    @property
    def triples_after(self) -> int:
        return sum(after for _before, after in self.graphs.values())

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"actie": self.action, "resultaat": self.outcome}
        if self.slug is not None:
            body["document"] = self.slug
            body["graaf"] = str(iris.graph_of_document(self.slug))
        body["grafen"] = {g: {"voor": b, "na": a} for g, (b, a) in self.graphs.items()}
        body["triples_voor"], body["triples_na"] = self.triples_before, self.triples_after
        if self.warnings:
            body["waarschuwingen"] = self.warnings
        if self.notes:
            body["opmerkingen"] = self.notes
        if self.request_id:
            body["verzoek"] = self.request_id
        return body


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
    from .derived import around

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
    from .search.index import after_commit

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


# --------------------------------------------------------------------------- worker jobs
# These run in the write worker (``isolation``): arguments and results are plain, picklable data.


@dataclass(frozen=True)
class ExtractedUpload:
    slug: str
    ntriples: str
    triples: int
    subjects: frozenset[str]  # the IRIs the graph describes (for the dangling-link check)
    notes: tuple[str, ...]
    facts: dict[str, int]
    report: Any = None  # ValidationReport, when the job could read the store's context itself


def _job_warm_up() -> bool:
    from .build import reference_data
    from .validation import load_shapes

    reference_data()
    load_shapes()
    return True


def _job_extract(
    filename: str, content: bytes, sidecar: dict[str, Any], imports: list[Path], settings: Settings,
    snapshot: Path | None = None,
) -> ExtractedUpload:
    """Read, extract and map an upload: its document graph as N-Triples.

    With ``snapshot`` (a checkpoint of the store as it stands, which nobody writes) the graph is
    also validated here, with the context it links to read from the checkpoint: all the work
    with rdflib and pyshacl then stays out of the server's process.
    """
    from .build import _fact_counts, reference_data
    from .extract import extract_document
    from .mapping import map_document
    from .readers import read_document

    _reference_graph, entries = reference_data(settings.reference_dir, imports)
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-upload-") as folder:
        path = Path(folder) / filename
        path.write_bytes(content)
        source = read_document(path, settings)
        extracted = extract_document(source, gazetteer=entries, sidecar=sidecar)
    graph = map_document(extracted)
    report = None
    if snapshot is not None:
        from .incremental import document_context
        from .validation import validate_graph

        context = document_context(ox.Store.read_only(str(snapshot)), graph)
        report = validate_graph(graph, context=context, ontology_dir=settings.ontology_dir)
    return ExtractedUpload(
        slug=source.slug,
        ntriples=graph.serialize(format="nt"),
        triples=len(graph),
        subjects=frozenset(str(s) for s in graph.subjects() if isinstance(s, URIRef)),
        notes=tuple(getattr(source, "notes", ()) or ()),
        facts=_fact_counts(extracted),
        report=report,
    )


def _job_validate_document(ntriples: str, graph_iri: str, context_ntriples: str, ontology_dir: Path):  # noqa: ANN202
    """SHACL-validate one document graph with the context it links to."""
    from .validation import validate_graph

    data = Graph(identifier=URIRef(graph_iri))
    data.parse(data=ntriples, format="nt")
    context = Graph()
    if context_ntriples:
        context.parse(data=context_ntriples, format="nt")
    return validate_graph(data, context=context, ontology_dir=ontology_dir)


@dataclass(frozen=True)
class StagedChange:
    """What a staged update would do: the new content of each changed graph, and its report."""

    changes: dict[str, str | None]  # graph IRI -> N-Triples, None when the graph is gone
    counts: dict[str, tuple[int, int]]
    report: Any  # ValidationReport


def _job_stage(
    dataset: bytes, operation: tuple[Any, ...], ontology_dir: Path, limits: tuple[int, int] = (0, 0)
) -> StagedChange:
    """Apply ``operation`` to a copy of the store (``dataset``, N-Quads) and validate the result.

    Operations: ``("update", sparql)``, ``("put", graph, data, media_type)``,
    ``("post", graph, data, media_type)``, ``("delete", graph)``.
    """
    from .build_validation import validate_build

    staged = ox.Store()
    if dataset:
        staged.load(dataset, ox.RdfFormat.N_QUADS)
    before = _graph_contents(staged)

    kind = operation[0]
    if kind == "update":
        union = _add_union_view(staged)
        try:
            staged.update(operation[1])
        except SyntaxError as exc:
            raise QueryError(_syntax_message(exc)) from None
        except OSError:
            raise QueryError("De update kan niet worden uitgevoerd (een lees- of schrijffout).") from None
        _drop_union_view(staged, union)
    elif kind in {"put", "post"}:
        _graph, data, media_type = operation[1], operation[2], operation[3]
        fmt = ox.RdfFormat.from_media_type(media_type)
        if fmt is None:
            raise InputError(f"Het RDF-formaat {media_type!r} wordt niet ondersteund.")
        name = ox.NamedNode(_graph)
        if kind == "put" and staged.contains_named_graph(name):
            staged.remove_graph(name)
        try:
            staged.load(data, fmt, to_graph=name, base_iri=_graph)
        except SyntaxError as exc:
            raise InputError(f"De RDF-gegevens zijn ongeldig: {exc}") from None
        except ValueError as exc:
            raise InputError(f"De RDF-gegevens kunnen niet gelezen worden: {exc}") from None
        except OSError:  # the text may come from elsewhere (a remote JSON-LD context): not shown
            raise InputError("De RDF-gegevens kunnen niet gelezen worden.") from None
    elif kind == "delete":
        staged.remove_graph(ox.NamedNode(operation[1]))
    else:  # pragma: no cover - the service only sends the operations above
        raise InputError(f"unknown staged operation {kind!r}")

    after = _graph_contents(staged)
    if after.get("", set()):
        raise InputError(
            "Alle gegevens horen in een benoemde graaf; de update schrijft in de standaardgraaf. "
            "Gebruik GRAPH <...> { ... } of ?graph=."
        )
    changed = sorted(g for g in set(before) | set(after) if before.get(g) != after.get(g))
    if str(GRAPH_ONTOLOGY) in changed:
        raise WritesDisabled(ONTOLOGY_LOCKED)
    check_graph_limits(staged, [g for g in changed if after.get(g)],
                       max_literal_chars=limits[0], max_graph_triples=limits[1])
    counts = {g: (len(before.get(g, ())), len(after.get(g, ()))) for g in changed}
    changes: dict[str, str | None] = {}
    for graph in changed:
        if after.get(graph):
            dumped = staged.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
            changes[graph] = dumped.decode()
        else:
            changes[graph] = None
    report = validate_build(staged, ontology_dir) if changed else None
    return StagedChange(changes, counts, report)


def _add_union_view(store: ox.Store) -> set[ox.Triple]:
    """Copy every named graph into the (empty) default graph, so that an update's WHERE sees the
    same union default graph as a query on /sparql."""
    union = {quad.triple for quad in store if not isinstance(quad.graph_name, ox.DefaultGraph)}
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in union)
    return union


def _drop_union_view(store: ox.Store, union: set[ox.Triple]) -> None:
    """Remove the union view again; what the update removed from it is ignored (the named graphs
    hold the data), what it added stays and is refused as a write to the default graph."""
    for triple in union:
        store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))


def _graph_contents(store: ox.Store) -> dict[str, set[ox.Quad]]:
    contents: dict[str, set[ox.Quad]] = {}
    for quad in store:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        contents.setdefault(name, set()).add(quad)
    return contents


def _syntax_message(error: SyntaxError) -> str:
    match = re.match(r"^error at (\d+):(\d+):\s*(.*)$", str(error), re.DOTALL)
    if match:
        return f"De update is ongeldig op regel {match.group(1)}, kolom {match.group(2)}: {match.group(3)}"
    return f"De update is ongeldig: {error}"


JOBS: dict[str, Callable[..., Any]] = {
    "warm_up": _job_warm_up,
    "extract": _job_extract,
    "validate_document": _job_validate_document,
    "stage": _job_stage,
}


# --------------------------------------------------------------------------- the service


class WriteService:
    """All writes to one store, one at a time, gated by SHACL and recorded in the audit log."""

    def __init__(
        self,
        target: StoreTarget,
        *,
        settings: Settings,
        runner: Runner | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        self.target = target
        self.settings = settings
        self.runner: Runner = runner or InlineRunner()
        self.audit = audit or AuditLog(settings.audit_log)
        self._lock = threading.Lock()
        self.reconcile()

    # ---- documents

    def add_document(
        self,
        filename: str | None,
        content: bytes,
        metadata: Mapping[str, Any] | None = None,
        *,
        content_type: str | None = None,
        who: str = "lokaal",
        request_id: str | None = None,
    ) -> WriteResult:
        """Add or replace the document ``filename`` (text, Markdown, HTML or PDF) and its graph."""
        from .readers import validate_metadata

        action = "add-document"
        slug: str | None = None
        try:
            name = safe_filename(filename)
            slug = iris.document_slug(name)
            check_size(content, self.settings.max_upload_bytes)
            sniff(content, name, content_type)
            sidecar = validate_metadata(dict(metadata or {}), "metadata")
        except JeugdgraphError as exc:
            self._record(who, action, "refused", slug, request_id, detail=str(exc))
            raise

        graph = str(iris.graph_of_document(slug))
        with self._writing(who, action, slug, request_id):
            store = self.target.store
            extracted: ExtractedUpload = self.runner.run(
                "extract", name, content, sidecar, self._imports(), self.settings, self.target.snapshot,
                timeout=self.settings.write_timeout,
            )
            crash_point("extracted")
            report = extracted.report
            if report is None:  # no checkpoint to read the context from: read it from the store here
                from .incremental import document_context

                doc = Graph(identifier=URIRef(graph))
                doc.parse(data=extracted.ntriples, format="nt")
                context = document_context(store, doc).serialize(format="nt")
                report = self.runner.run(
                    "validate_document", extracted.ntriples, graph, context, self.settings.ontology_dir,
                    timeout=self.settings.write_timeout,
                )
            if not report.conforms:
                raise ValidationFailed(
                    f"Het document {name} voldoet niet aan de validatieregels en is niet opgenomen.", report
                )
            self._refuse_dangling(store, graph, set(extracted.subjects))
            crash_point("validated")
            before = _count(store, graph)
            after = extracted.triples
            pending = PendingWrite(new_id(), action, slug, graph, name, graph_digest(extracted.ntriples),
                                   who, request_id, before, after)
            self._durably(pending, {graph: extracted.ntriples}, content, _sidecar_bytes(metadata))
            return WriteResult(
                action, "replaced" if before else "created", {graph: (before, after)}, slug=slug,
                warnings=[f.message("nl") for f in report.warnings()], notes=list(extracted.notes),
                request_id=request_id,
            )

    def delete_document(
        self, slug: str, *, who: str = "lokaal", request_id: str | None = None
    ) -> WriteResult:
        """Remove a document's named graph (and its kept upload)."""
        action = "delete-document"
        if not isinstance(slug, str) or not _SLUG.match(slug):
            exc = InputError(
                "Een documentnaam bestaat uit kleine letters, cijfers, '-' en '_' "
                "(zoals 004_33a8688e64a59d40)."
            )
            self._record(who, action, "refused", None, request_id, detail=str(exc))
            raise exc
        graph = str(iris.graph_of_document(slug))
        with self._writing(who, action, slug, request_id):
            store = self.target.store
            if not store.contains_named_graph(ox.NamedNode(graph)):
                raise NotFound(f"Er is geen document {slug!r} in de store.")
            self._refuse_dangling(store, graph, set())
            before = _count(store, graph)
            pending = PendingWrite(new_id(), action, slug, graph, None, "", who, request_id, before, 0)
            self._durably(pending, {graph: None})
            return WriteResult(action, "deleted", {graph: (before, 0)}, slug=slug, request_id=request_id)

    # ---- SPARQL Update and the Graph Store Protocol

    def update(self, sparql: str, *, who: str = "lokaal", request_id: str | None = None) -> WriteResult:
        """Apply a SPARQL 1.1 Update: staged on a copy, validated, then committed in one transaction."""
        action = "sparql-update"
        try:
            if len(sparql.encode("utf-8")) > self.settings.max_query_bytes:
                from .errors import PayloadTooLarge

                raise PayloadTooLarge(
                    f"De update is groter dan de grens van {self.settings.max_query_bytes} bytes."
                )
            sparql = refuse_remote_access(sparql, self.settings.service_allowlist)
        except JeugdgraphError as exc:
            self._record(who, action, "refused", None, request_id, detail=str(exc))
            raise
        return self._staged(action, ("update", sparql), who, request_id, target_label=None)

    def put_graph(self, graph: str, data: bytes, media_type: str, *, who: str = "lokaal",
                  request_id: str | None = None) -> WriteResult:
        return self._graph_write("graph-store-put", ("put", graph, data, media_type), graph, who, request_id)

    def post_graph(self, graph: str, data: bytes, media_type: str, *, who: str = "lokaal",
                   request_id: str | None = None) -> WriteResult:
        operation = ("post", graph, data, media_type)
        return self._graph_write("graph-store-post", operation, graph, who, request_id)

    def delete_graph(self, graph: str, *, who: str = "lokaal", request_id: str | None = None) -> WriteResult:
        action = "graph-store-delete"
        try:
            _check_graph_iri(graph)
            if not self.target.store.contains_named_graph(ox.NamedNode(graph)):
                raise NotFound(f"De graaf <{graph}> bestaat niet.")
        except JeugdgraphError as exc:
            self._record(who, action, "refused", graph, request_id, detail=str(exc))
            raise
        return self._staged(action, ("delete", graph), who, request_id, target_label=graph)

    def read_graph(self, graph: str, fmt: ox.RdfFormat) -> bytes:
        """The content of a named graph (``NotFound`` when it does not exist)."""
        _check_graph_iri(graph)
        store = self.target.store
        name = ox.NamedNode(graph)
        if not store.contains_named_graph(name):
            raise NotFound(f"De graaf <{graph}> bestaat niet.")
        from .namespaces import PREFIXES

        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return store.dump(format=fmt, from_graph=name, prefixes=prefixes)

    def _graph_write(self, action: str, operation: tuple[Any, ...], graph: str, who: str,
                     request_id: str | None) -> WriteResult:
        try:
            _check_graph_iri(graph)
            if graph == str(GRAPH_ONTOLOGY):
                raise WritesDisabled(ONTOLOGY_LOCKED)
            check_size(operation[2], self.settings.max_upload_bytes)
            refuse_xml_declarations(operation[2], operation[3])
        except JeugdgraphError as exc:
            self._record(who, action, "refused", graph, request_id, detail=str(exc))
            raise
        return self._staged(action, operation, who, request_id, target_label=graph)

    def _staged(self, action: str, operation: tuple[Any, ...], who: str, request_id: str | None,
                *, target_label: str | None) -> WriteResult:
        with self._writing(who, action, target_label, request_id):
            store = self.target.store
            dataset = store.dump(format=ox.RdfFormat.N_QUADS)
            staged: StagedChange = self.runner.run(
                "stage", dataset, operation, self.settings.ontology_dir,
                (self.settings.max_literal_chars, self.settings.max_graph_triples),
                timeout=self.settings.write_timeout,
                on_timeout=lambda: QueryTimeout(
                    f"De wijziging duurde langer dan {self.settings.write_timeout:g} s en is afgebroken; "
                    "er is niets veranderd."
                ),
                on_crash=lambda: InputError(
                    "De wijziging kon niet worden verwerkt (te groot of te diep genest?); "
                    "er is niets veranderd."
                ),
            )
            if staged.report is not None and not staged.report.conforms:
                raise ValidationFailed(
                    "De wijziging breekt de validatieregels en is niet doorgevoerd.", staged.report
                )
            if staged.changes:
                self.target.commit(staged.changes)
            before = sum(b for b, _a in staged.counts.values())
            after = sum(a for _b, a in staged.counts.values())
            outcome = "updated" if staged.changes else "unchanged"
            created = target_label is not None and staged.counts.get(target_label, (1, 0))[0] == 0
            if action == "graph-store-put" and created:
                outcome = "created"
            if action == "graph-store-delete":
                outcome = "deleted"
            self._record(who, action, "committed", target_label or ",".join(staged.changes) or None,
                         request_id, before=before, after=after)
            warnings = [f.message("nl") for f in staged.report.warnings()] if staged.report else []
            return WriteResult(action, outcome, dict(staged.counts), warnings=warnings, request_id=request_id)

    # ---- durable document writes (``write_journal``)

    def _journal(self) -> WriteJournal | None:
        folder = self._documents_dir()
        return WriteJournal(folder, self.audit) if folder is not None else None

    def _durably(self, pending: PendingWrite, changes: Mapping[str, str | None],
                 content: bytes | None = None, sidecar: bytes | None = None) -> None:
        """Upload and audit record on disk, then the graph switched, then the files in place."""
        journal = self._journal()
        if journal is None:  # a store without a directory keeps no files: the audit record is all
            self.target.commit(changes)
            self._record(pending.who, pending.action, "committed", pending.slug, pending.request_id,
                         before=pending.before, after=pending.after)
            return
        journal.begin(pending, content, sidecar)
        crash_point("before-commit")
        try:
            self.target.commit(changes)
        except BaseException:
            journal.abandon(pending)
            raise
        crash_point("graph-switched")
        try:
            journal.finish(pending)
        except OSError:  # the graph is switched: the next start finishes what is left (reconcile)
            logger.exception("finishing the write of %s failed; the next start completes it", pending.slug)

    def reconcile(self) -> list[str]:
        """Finish or undo the document writes a crash interrupted (see ``write_journal``)."""
        journal = self._journal()
        return journal.reconcile(self.target.store) if journal is not None else []

    # ---- helpers

    @contextmanager
    def _writing(self, who: str, action: str, subject: str | None, request_id: str | None) -> Iterator[None]:
        """One write at a time; a write that raises is recorded as refused (or failed) and re-raised."""
        if not self._lock.acquire(timeout=self.settings.write_timeout):
            busy = StoreError("Er lopen al andere schrijfacties; probeer het zo opnieuw.")
            self._record(who, action, "refused", subject, request_id, detail=str(busy))
            raise busy
        try:
            yield
        except Exception as exc:
            refused = isinstance(exc, JeugdgraphError) and not isinstance(exc, StoreError)
            self._record(who, action, "refused" if refused else "failed", subject, request_id,
                         detail=str(exc) or type(exc).__name__)
            raise
        finally:
            self._lock.release()

    def _record(self, who: str, action: str, outcome: str, subject: str | None, request_id: str | None,
                *, before: int | None = None, after: int | None = None, detail: str | None = None) -> None:
        try:
            self.audit.record(AuditRecord(
                who=who, action=action, outcome=outcome, document=subject, triples_before=before,
                triples_after=after, request_id=request_id, detail=detail,
            ))
        except OSError:
            logger.exception("could not write the audit log")
            if outcome == "committed":
                raise StoreError(
                    "De wijziging is doorgevoerd, maar het auditlog kon niet worden bijgewerkt."
                ) from None

    def _imports(self) -> list[Path]:
        directory = self.target.directory
        return import_files(directory) if directory is not None else []

    def _refuse_dangling(self, store: ox.Store, graph: str, kept_subjects: set[str]) -> None:
        """Refuse a write that would leave other graphs linking to resources of ``graph`` it removes."""
        _check_graph_iri(graph)
        rows = store.query(
            f"SELECT DISTINCT ?g ?s ?p ?o WHERE {{ {values_block('own', [graph])} GRAPH ?own {{ ?o ?x ?y }} "
            "GRAPH ?g { ?s ?p ?o } FILTER (?g != ?own) } LIMIT 1000"
        )
        dangling = [r for r in rows if isinstance(r["o"], ox.NamedNode) and r["o"].value not in kept_subjects]
        if not dangling:
            return
        shown = "; ".join(
            f"{_short(r['s'].value)} {_short(r['p'].value)} {_short(r['o'].value)}"
            for r in dangling[:DANGLING_SHOWN]
        )
        raise ValidationFailed(
            f"Andere grafen verwijzen nog naar wat deze wijziging weghaalt ({len(dangling)}x, o.a. {shown}); "
            "pas die eerst aan."
        )

    def _documents_dir(self) -> Path | None:
        directory = self.target.directory
        return directory / DOCUMENTS_DIRNAME if directory is not None else None

    def close(self) -> None:
        try:
            self.runner.close()
        finally:
            self.target.close()


def _sidecar_bytes(metadata: Mapping[str, Any] | None) -> bytes | None:
    meta = {k: v for k, v in (metadata or {}).items() if v not in (None, "")}
    return json.dumps(meta, ensure_ascii=False, indent=1, default=str).encode() if meta else None


def _count(store: ox.Store, graph: str) -> int:
    _check_graph_iri(graph)
    where = f"{values_block('g', [graph])} GRAPH ?g {{ ?s ?p ?o }}"
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(next(iter(result))["n"].value)


def _short(iri: str) -> str:
    return "jgi:" + iri[len(JGI_IRI):] if iri.startswith(JGI_IRI) else f"<{iri}>"


def _check_graph_iri(graph: str) -> None:
    if not isinstance(graph, str) or not _GRAPH_IRI.match(graph) or len(graph) > 2000:
        raise InputError(f"{str(graph)[:100]!r} is geen geldige absolute IRI voor een graaf.")
    if graph.lower().startswith("file:"):
        raise InputError("Een graaf mag geen file:-IRI hebben.")
    named_node(graph)  # pyoxigraph's own IRI rules, as the graph is written into SPARQL text


def refuse_remote_access(sparql: str, allowlist: Iterable[str] = ()) -> str:
    """Refuse an update that would reach outside the store or nest too deep; the text to run
    (see ``query.safety.inspect_update``)."""
    from .query.safety import inspect_update

    return inspect_update(sparql, allowlist)


# --------------------------------------------------------------------------- the library entry points


def target_for(store: ox.Store | Path | str | StoreTarget) -> StoreTarget:
    if isinstance(store, ox.Store):
        return LiveTarget(store)
    if isinstance(store, (str, Path)):
        return DirectoryTarget(Path(store))
    return store


def add_document(
    store: ox.Store | Path | str | StoreTarget,
    filename: str,
    content: bytes,
    metadata: Mapping[str, Any] | None = None,
    *,
    settings: Settings,
    who: str = "lokaal",
    request_id: str | None = None,
    content_type: str | None = None,
) -> WriteResult:
    """Add or replace one document in ``store`` (checked, extracted, validated, committed at once)."""
    target = target_for(store)
    service = WriteService(target, settings=settings)
    try:
        return service.add_document(filename, content, metadata, content_type=content_type, who=who,
                                    request_id=request_id)
    finally:
        if target is not store:
            target.close()


def delete_document(
    store: ox.Store | Path | str | StoreTarget, slug: str, *, settings: Settings, who: str = "lokaal",
    request_id: str | None = None,
) -> WriteResult:
    """Remove one document's named graph from ``store``."""
    target = target_for(store)
    service = WriteService(target, settings=settings)
    try:
        return service.delete_document(slug, who=who, request_id=request_id)
    finally:
        if target is not store:
            target.close()


__all__ = [
    "DOCUMENTS_DIRNAME", "IMPORTS_DIRNAME", "DirectoryTarget", "LiveTarget", "StoreTarget", "WriteResult",
    "WriteService", "add_document", "delete_document", "replace_graphs", "uploaded_documents",
]
