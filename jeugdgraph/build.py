"""The build pipeline, one direction: read -> extract -> map -> validate -> load.

``document_graph`` does the first three steps for one file (the server's upload path uses it
too); ``build_store`` runs them for a corpus into a staged store, validates the whole store and
swaps it into place, so a build that fails leaves the previous store untouched.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from time import process_time, thread_time
from typing import NamedTuple

import pyoxigraph as ox

from . import iris
from .build_phases import PhaseClock
from .build_reference import load_ontology_graph, load_reference, reference_data
from .build_validation import validate_build
from .derived import DOCUMENT_RULES, GRAPH_DERIVED, recompute, recompute_stages
from .derived_documents import derived_nquads
from .errors import InputError, StoreError, UnreadableDocument
from .extract import extract_document
from .facts import ExtractedDocument, GazetteerEntry
from .geo.graph import load_geometry_graph
from .mapping import DocumentQuads, map_document
from .readers import discover_documents, read_document, read_sidecar
from .remote import PushReport, RemoteStore, is_remote, push_store
from .search.index import IndexBuilder, build_index, index_dir, install_index
from .search.units import Facets, MappedUnits, mapped_units
from .settings import ONTOLOGY_DIR, REFERENCE_DIR, SEEDS_DIR, Settings
from .store import (
    BulkLoader,
    StagedStore,
    import_files,
    is_store_dir,
    open_store,
    triples_per_graph_given,
    uploaded_documents,
)
from .validation_report import ValidationReport
from .workers.limits import WorkerLimits
from .workers.loop import Answer, Reply, Send, WorkerSpec
from .workers.pool import WorkerPool
from .workers.process import WorkerDied, WorkerProcess
from .write_journal import reconcile_directory

logger = logging.getLogger("jeugdgraph.build")


@dataclass
class DocumentOutcome:
    """What became of one input file."""

    path: Path
    slug: str
    built: bool
    triples: int = 0
    reason: str | None = None  # why it was skipped, in words for the person reading the report
    facts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # remarks of the reader, e.g. a file that was not UTF-8


@dataclass
class BuildReport:
    store_dir: Path | str  # the URL of a remote store
    documents: list[DocumentOutcome]
    triples_per_graph: dict[str, int]
    validation: ValidationReport | None
    seconds: float
    remote: PushReport | None = None  # what was written into a remote store
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per phase (`build_phases`)

    @property
    def built(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if d.built]

    @property
    def skipped(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if not d.built]

    @property
    def total_triples(self) -> int:
        return sum(self.triples_per_graph.values())


def extract_file(
    path: Path, entries: list[GazetteerEntry], settings: Settings | None = None
) -> ExtractedDocument:
    """Read and extract one file (with its sidecar metadata, when there is one)."""
    source = read_document(path, settings)
    return extract_document(source, gazetteer=entries, sidecar=read_sidecar(path))


def document_graph(path: Path, entries: list[GazetteerEntry]) -> tuple[ExtractedDocument, DocumentQuads]:
    """Read, extract and map one file: its named graph, ready to validate and load."""
    extracted = extract_file(path, entries)
    return extracted, map_document(extracted)


def _fact_counts(extracted: ExtractedDocument) -> dict[str, int]:
    return {
        "onderdelen": len(extracted.parts),
        "vermeldingen": len({m.iri for m in extracted.mentions}),
        "besluiten": len(extracted.decisions),
        "opdrachten": len(extracted.assignments),
        "maatregelen": len(extracted.measures),
        "bedragen": len(extracted.amounts),
        "begrippen": len(extracted.glossary),
        "termijnen": len(extracted.dated),
    }


class _Result(NamedTuple):
    """What a worker made of one file."""

    path: Path
    nquads: bytes | None  # its graph, None when skipped
    reason: str | None = None  # why it was skipped
    counts: dict[str, int] = {}  # one shared default: a result is never changed
    notes: tuple[str, ...] = ()
    derived: bytes = b""  # the statements of the per-document derived rules, in the derived graph
    units: MappedUnits | None = None  # its units of the text index, before their facets
    cpu: tuple[float, ...] = ()  # CPU seconds of its steps, in the order of `build_phases.DOCUMENT_PHASES`


def _process(path: Path, entries: list[GazetteerEntry], settings: Settings | None) -> _Result:
    """Worker: one file -> its graph, or the reason it was skipped, with what follows from the graph
    alone (per-document derived statements, text units) and the CPU seconds of each step."""
    try:
        t0 = thread_time()
        source = read_document(path, settings)
        sidecar = read_sidecar(path)
        t1 = thread_time()
        extracted = extract_document(source, gazetteer=entries, sidecar=sidecar)
        t2 = thread_time()
        graph = map_document(extracted)
        # pyoxigraph terms cross the process boundary as N-Quads, made by pyoxigraph's serialiser
        nquads = graph.nquads()
        statements = graph.statements()
        t3 = thread_time()
        derived = derived_nquads(graph.name, statements)
        t4 = thread_time()
        units = mapped_units(graph.name.value, statements)
        t5 = thread_time()
    except (UnreadableDocument, InputError) as exc:
        return _Result(path, None, str(exc))
    except Exception as exc:  # noqa: BLE001 - a fault in jeugdgraph must not cost the other documents
        logger.exception("extracting %s failed", path)
        return _Result(path, None, (
            f"Dit document kon niet worden verwerkt door een fout in jeugdgraph ({type(exc).__name__}: "
            f"{exc}); de andere documenten zijn wel gebouwd. Meld dit met het document erbij."
        ))
    return _Result(path, nquads, None, _fact_counts(extracted), tuple(extracted.source.notes), derived, units,
                   (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4))


def build_store(
    paths: Iterable[Path] | None,
    store_dir: Path | str,
    *,
    reference_dir: Path = REFERENCE_DIR,
    ontology_dir: Path = ONTOLOGY_DIR,
    validate: bool = True,
    workers: int = 1,
    on_document: Callable[[DocumentOutcome], None] | None = None,
) -> BuildReport:
    """Build the documents under ``paths`` (default: the seeds) into the store at ``store_dir``.

    ``store_dir`` may be the http(s) URL of a remote SPARQL store (``build_remote``). With
    ``workers`` > 1 the extraction runs in that many worker processes (``jeugdgraph.workers``).
    """
    if is_remote(store_dir):
        return build_remote(
            paths, str(store_dir), settings=Settings.from_env(), reference_dir=reference_dir,
            ontology_dir=ontology_dir, validate=validate, workers=workers, on_document=on_document,
        )
    return _build_local(paths, Path(store_dir), reference_dir=reference_dir, ontology_dir=ontology_dir,
                        validate=validate, workers=workers, on_document=on_document)


def build_remote(
    paths: Iterable[Path] | None,
    url: str,
    *,
    settings: Settings | None = None,
    reference_dir: Path = REFERENCE_DIR,
    ontology_dir: Path = ONTOLOGY_DIR,
    validate: bool = True,
    workers: int = 1,
    on_document: Callable[[DocumentOutcome], None] | None = None,
) -> BuildReport:
    """Build the documents into a local staging store, validate it, then push it graph by graph
    into the remote store at ``url`` (``jeugdgraph.remote``).

    Building locally first means the remote store receives exactly the graphs an embedded build
    would hold (the same extraction, the same validation), and nothing is written remotely when
    extraction or validation crashes.
    """
    remote = RemoteStore(url, settings)
    try:
        remote.ping()
        with tempfile.TemporaryDirectory(prefix="jeugdgraph-remote-") as tmp:
            report = _build_local(paths, Path(tmp) / "store", reference_dir=reference_dir,
                                  ontology_dir=ontology_dir, validate=validate, workers=workers,
                                  on_document=on_document)
            staged = ox.Store.read_only(str(report.store_dir))
            failed = [str(iris.graph_of_document(d.slug)) for d in report.skipped]
            push = push_store(staged, remote, keep=failed)
            del staged
            index_folder = (settings or Settings.from_env()).remote_search_index
            if index_folder is not None:  # full-text search stays local, beside the remote graph
                install_index(index_dir(Path(tmp) / "store"), Path(index_folder))
    finally:
        remote.close()
    report.store_dir = url
    report.seconds += push.seconds
    report.remote = push
    return report


def _build_local(
    paths: Iterable[Path] | None,
    store_dir: Path,
    *,
    reference_dir: Path,
    ontology_dir: Path,
    validate: bool,
    workers: int,
    on_document: Callable[[DocumentOutcome], None] | None,
) -> BuildReport:
    """``build_store`` into a store directory."""
    started = time.perf_counter()
    clock = PhaseClock()
    files = discover_documents([Path(p) for p in (paths or [SEEDS_DIR])])
    # documents uploaded to a server on this store are rebuilt too, and replace a same-named one;
    # first finish (or undo) an upload a crash interrupted, so the rebuild keeps every committed write
    if is_store_dir(store_dir):
        beside = store_dir.parent / f"{store_dir.name}.audit.jsonl"
        reconcile_directory(store_dir, [Settings.from_env().audit_log, beside])
    uploads = uploaded_documents(store_dir)
    replaced = {iris.document_slug(p) for p in uploads}
    files = uploads + [p for p in files if iris.document_slug(p) not in replaced]
    if not files:
        raise InputError("Geen documenten gevonden om te bouwen (.txt, .md, .html, .pdf).")

    outcomes: list[DocumentOutcome] = []
    with StagedStore(store_dir) as staged:
        store = staged.store
        assert store is not None  # opened on entering the context
        # everything goes in with one bulk load per few hundred megabytes (each adds files to
        # merge): the ontology and reference graphs (from the cache: parsing and skolemising them again would
        # take as long as building fifty documents) and the documents' graphs
        loader = BulkLoader(store)  # the staged store is thrown away if the build fails
        with clock.stage("load"):
            load_ontology_graph(store, loader, ontology_dir)
            extra = import_files(store_dir)
            entries = load_reference(store, loader, reference_dir, extra)
            load_geometry_graph(loader, lambda: reference_data(reference_dir, extra)[0],
                                [*sorted(p for p in Path(reference_dir).iterdir() if p.is_file()), *extra])

        seen: dict[str, Path] = {}
        loaded: dict[str, int] = {}  # triples per document graph, as loaded
        jobs: list[Path] = []
        for path in files:
            slug = iris.document_slug(path)
            if slug in seen:
                outcome = DocumentOutcome(path, slug, False, reason=(
                    f"{path}: dezelfde documentnaam als {seen[slug]}; hernoem een van beide."))
                outcomes.append(outcome)
                if on_document:
                    on_document(outcome)
                continue
            seen[slug] = path
            jobs.append(path)

        # the reference data in the store first: the text index's facets are read from it
        with clock.stage("load"):
            loader.write()
        with clock.stage("index"):
            facets = Facets.of_store(store)
            index = IndexBuilder(staged.staging)  # in the staged store: swapped in together with it
        in_workers = _in_workers(len(jobs), workers)
        clock.loop_started()
        # the settings once, not once per document: reading the environment is not free
        for result in _run(jobs, entries, workers, Settings.from_env()):
            slug = iris.document_slug(result.path)
            if result.nquads is None:
                outcome = DocumentOutcome(result.path, slug, False, reason=result.reason)
            else:
                clock.documents(result.cpu, in_workers)
                own, every = thread_time(), process_time()
                loader.add(result.nquads)
                loader.add(result.derived)
                loaded_own, loaded_every = thread_time(), process_time()
                if result.units is not None:
                    index.add(result.units.units(facets))
                clock.in_loop("load", loaded_own - own, loaded_every - every)
                clock.in_loop("index", thread_time() - loaded_own, process_time() - loaded_every)
                outcome = DocumentOutcome(result.path, slug, True, triples=result.nquads.count(b"\n"),
                                          facts=result.counts, notes=result.notes)
                loaded[iris.graph_of_document(slug)] = outcome.triples
            outcomes.append(outcome)
            if on_document:
                on_document(outcome)
        clock.loop_ended()
        with clock.stage("load"):
            loader.write()
        with clock.stage("rules"):
            _derive(store)
        with clock.stage("load"):
            # every bulk load adds files that each read must look into; merged, queries on the new
            # store take a third less time than on one written document by document
            store.optimize()
        with clock.stage("index"):
            if Facets.of_store(store) == facets:
                index.commit()
            else:  # a document typed a municipality or region, or stated a membership: facets may be anywhere
                index.discard()
                build_index(store, staged.staging)

        with clock.stage("validation"):
            report_validation = validate_build(store, ontology_dir) if validate else None
        counts_per_graph = triples_per_graph_given(store, loaded)
        # the store closes when its last reference goes, which must be before its folder is
        # removed: RocksDB, closing on a removed folder, may wait a second
        del store, loader
        staged.commit()

    return BuildReport(
        store_dir=store_dir,
        documents=outcomes,
        triples_per_graph=counts_per_graph,
        validation=report_validation,
        seconds=time.perf_counter() - started,
        cpu=clock.split(),
    )


def _derive(store: ox.Store) -> None:
    """The derived graph (``jeugdgraph.derived``) of a staged store, which has no readers yet: the
    statements of the per-document rules came with each document (``derived_documents``); the other
    rules' are made by ``CONSTRUCT`` queries and bulk loaded, one load per group of rules that does
    not read another's statements; an update would write them one by one in a transaction, at twice
    the cost per statement."""
    graph = ox.NamedNode(GRAPH_DERIVED)
    for stage in recompute_stages(skip=DOCUMENT_RULES):
        answers = []
        for construct in stage:
            answer = store.query(construct)
            assert isinstance(answer, ox.QueryTriples)  # a CONSTRUCT
            # pyoxigraph's own serialisation: valid terms, nothing for the loader to check again
            answers.append(answer.serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
        store.bulk_load(b"".join(answers), ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)


BATCH = 16  # documents per request to a worker: fewer round trips, and still every worker busy


def rederive(store_dir: Path) -> int:
    """Make the derived graph of an existing store again from scratch (every rule, the buckets and
    counts included), in one update: the update a build runs last, so the store then equals a build
    of this version. Returns the number of derived statements."""
    if not is_store_dir(Path(store_dir)):
        raise StoreError(f"Er staat geen store in {store_dir}: bouw er eerst een met 'jeugdgraph build'.")
    store = open_store(store_dir)
    store.update(recompute())
    store.optimize()
    made = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_DERIVED)))
    store.flush()
    return made


def answer_documents(entries: list[GazetteerEntry], settings: Settings) -> Answer:
    """Set-up of a build worker (run there): the gazetteer and settings arrive once per worker."""

    def answer(paths: list[Path], _send: Send) -> Reply:
        return "ok", [_process(path, entries, settings) for path in paths]

    return answer


def _crashed(path: Path, died: object) -> _Result:
    exitcode = getattr(died, "exitcode", None)
    return _Result(path, None, (
        f"Het verwerken van dit document liet een werkproces van jeugdgraph stoppen (exitcode {exitcode}); "
        "de andere documenten zijn wel gebouwd. Meld dit met het document erbij."
    ))


def _one_by_one(spec: WorkerSpec, paths: list[Path]) -> Iterator[_Result]:
    """The documents of a batch whose worker died, each in a worker of its own: only the document
    that ends its worker again is skipped."""
    for path in paths:
        worker = WorkerProcess(spec)
        try:
            if not worker.await_ready(None):  # pragma: no cover - no time limit on the start
                raise WorkerDied(None)
            status, payload = worker.call([path], None)
            yield from payload if status == "ok" else [_crashed(path, payload)]
        except WorkerDied as died:
            yield _crashed(path, died)
        finally:
            worker.close()


def _in_workers(jobs: int, workers: int) -> bool:
    """Whether `_run` sends the documents to worker processes."""
    return workers > 1 and jobs >= 2 * workers


def _run(
    jobs: list[Path], entries: list[GazetteerEntry], workers: int, settings: Settings
) -> Iterator[_Result]:
    """The results in input order, one at a time: each graph is loaded and let go before the next
    one is held, so a build's memory does not grow with the number of documents."""
    if not _in_workers(len(jobs), workers):
        for path in jobs:
            yield _process(path, entries, settings)
        return
    # forked: a worker starts with the extraction code and the gazetteer this process holds
    spec = WorkerSpec(setup=f"{__name__}:answer_documents", args=(entries, settings), name="jeugdgraph-build",
                      limits=WorkerLimits(network_wall=False), start="fork")
    batches = [jobs[start:start + BATCH] for start in range(0, len(jobs), BATCH)]
    pool = WorkerPool(spec, workers)
    try:
        for batch, (status, payload) in zip(batches, pool.map(batches), strict=True):
            yield from payload if status == "ok" else _one_by_one(spec, batch)
    finally:
        pool.close()
