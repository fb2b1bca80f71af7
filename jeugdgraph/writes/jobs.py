"""The heavy, input-driven work of a write, run in the write worker (``isolation``): reading and
extracting an upload, validating a document graph, staging an update on a copy of the store."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..build import _fact_counts, reference_data
from ..build_validation import validate_build
from ..errors import (
    InputError,
    QueryError,
    WritesDisabled,
)
from ..extract import extract_document
from ..incremental import document_context, parse_graph
from ..mapping import map_document
from ..namespaces import GRAPH_ONTOLOGY
from ..ox_answers import returned
from ..rdf_limits import check_graph_limits
from ..readers import read_document
from ..settings import Settings
from ..validation import load_shapes, validate_graph
from ..validation_report import ValidationReport
from .results import ONTOLOGY_LOCKED

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
    _reference_graph, entries = reference_data(settings.reference_dir, imports)
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-upload-") as folder:
        path = Path(folder) / filename
        path.write_bytes(content)
        source = read_document(path, settings)
        extracted = extract_document(source, gazetteer=entries, sidecar=sidecar)
    graph = map_document(extracted)
    report = None
    if snapshot is not None:
        context = document_context(ox.Store.read_only(str(snapshot)), graph)
        report = validate_graph(graph, context=context, ontology_dir=settings.ontology_dir)
    return ExtractedUpload(
        slug=source.slug,
        ntriples=graph.ntriples().decode(),
        triples=len(graph),
        subjects=frozenset(s.value for s in graph.subjects()),
        notes=tuple(getattr(source, "notes", ()) or ()),
        facts=_fact_counts(extracted),
        report=report,
    )


def _job_validate_document(
    ntriples: str, graph_iri: str, context_ntriples: str, ontology_dir: Path
) -> ValidationReport:
    """SHACL-validate one document graph with the context it links to."""
    context = parse_graph(context_ntriples, graph_iri) if context_ntriples else []
    return validate_graph(parse_graph(ntriples, graph_iri), context=context, ontology_dir=ontology_dir)


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
            dumped = returned(staged.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)))
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


