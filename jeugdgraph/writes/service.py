"""The write service: one write at a time through checks, the worker, the SHACL gate, one commit
and an audit record; and the library entry points ``add_document`` and ``delete_document``."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import iris
from ..audit import AuditLog, AuditRecord
from ..derived import GRAPH_DERIVED
from ..errors import (
    InputError,
    JeugdgraphError,
    NotFound,
    PayloadTooLarge,
    QueryTimeout,
    StoreError,
    ValidationFailed,
    WritesDisabled,
)
from ..incremental import document_context, parse_graph
from ..isolation import InlineRunner, IsolatedRunner
from ..namespaces import GRAPH_ONTOLOGY, JGI_IRI, PREFIXES
from ..ox_answers import returned, select
from ..query.safety import inspect_update
from ..rdf_limits import refuse_xml_declarations
from ..readers import validate_metadata
from ..settings import Settings
from ..sparql_terms import values_block
from ..sparql_texts import filled
from ..store import DOCUMENTS_DIRNAME, import_files
from ..uploads import check_size, safe_filename, sniff
from ..write_journal import PendingWrite, WriteJournal, crash_point, graph_digest, new_id
from .jobs import ExtractedUpload, StagedChange
from .results import _SLUG, DANGLING_SHOWN, ONTOLOGY_LOCKED, WriteResult, _check_graph_iri
from .targets import DirectoryTarget, LiveTarget, StoreTarget

logger = logging.getLogger("jeugdgraph.writes")

Runner = IsolatedRunner | InlineRunner


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
                triples = document_context(store, parse_graph(extracted.ntriples, graph))
                context = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
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
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return returned(store.dump(format=fmt, from_graph=name, prefixes=prefixes))

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
        """Refuse a write that would leave other graphs linking to resources of ``graph`` it removes
        (a resource another graph describes too, such as an organisation two documents name, stays)."""
        _check_graph_iri(graph)
        links = filled("writes-links-into-graph", own=values_block("own", [graph]), derived=GRAPH_DERIVED)
        rows = select(store, links)
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
    result = select(store, filled("writes-graph-size", graph=values_block("g", [graph])))
    return int(next(iter(result))["n"].value)


def _short(iri: str) -> str:
    return "jgi:" + iri[len(JGI_IRI):] if iri.startswith(JGI_IRI) else f"<{iri}>"




def refuse_remote_access(sparql: str, allowlist: Iterable[str] = ()) -> str:
    """Refuse an update that would reach outside the store or nest too deep; the text to run
    (see ``query.safety.inspect_update``)."""
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
