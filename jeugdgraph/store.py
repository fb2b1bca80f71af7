"""The pyoxigraph store: opening it, writing named graphs into it, and swapping a freshly built
store into place so that a failed build never touches the store that was there.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import StoreError

IMPORTS_DIRNAME = "imports"  # converted open-data lists, reloaded into the reference graph on rebuild
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


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def quads_of(graph: Graph, graph_name: URIRef | str) -> Iterator[ox.Quad]:
    """The triples of an rdflib graph as pyoxigraph quads in the named graph ``graph_name``."""
    name = ox.NamedNode(str(graph_name))
    for s, p, o in graph:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)


def add_graph(store: ox.Store, graph_name: URIRef | str, graph: Graph) -> int:
    """Add ``graph`` to the named graph ``graph_name`` in one transaction; returns the triple count."""
    quads = list(quads_of(graph, graph_name))
    store.extend(quads)
    return len(quads)


def replace_graph(store: ox.Store, graph_name: URIRef | str, graph: Graph) -> int:
    """Replace a named graph atomically: readers see the old graph or the new one, never half.

    One SPARQL update request runs in one transaction in Oxigraph, so the DROP and the INSERT
    commit together.
    """
    body = graph.serialize(format="nt")
    store.update(f"DROP SILENT GRAPH <{graph_name}> ;\nINSERT DATA {{ GRAPH <{graph_name}> {{\n{body}\n}} }}")
    return len(graph)


def remove_graph(store: ox.Store, graph_name: URIRef | str) -> bool:
    name = ox.NamedNode(str(graph_name))
    if not store.contains_named_graph(name):
        return False
    store.remove_graph(name)
    return True


def triples_per_graph(store: ox.Store) -> dict[str, int]:
    """Triple counts per named graph (the default graph under ``''``), sorted by graph IRI."""
    counts: dict[str, int] = {}
    for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        counts[row["g"].value] = int(row["n"].value)
    default = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    if int(default["n"].value):
        counts[""] = int(default["n"].value)
    return dict(sorted(counts.items()))


def import_files(store_dir: Path) -> list[Path]:
    """The converted open-data lists kept beside a store (``DIR/imports/*.nt``), sorted."""
    folder = store_dir / IMPORTS_DIRNAME
    return sorted(folder.glob("*.nt")) if folder.is_dir() else []


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
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.store = open_store(self.staging)
        for imported in import_files(self.target):
            dest = self.staging / IMPORTS_DIRNAME
            dest.mkdir(exist_ok=True)
            shutil.copy2(imported, dest / imported.name)
        return self

    def commit(self) -> None:
        assert self.store is not None
        self.store.flush()
        del self.store  # close RocksDB before the directory moves
        self.store = None
        old = self.target.parent / f".{self.target.name}.old-{uuid.uuid4().hex[:8]}"
        if self.target.exists():
            os.replace(self.target, old)
        os.replace(self.staging, self.target)
        shutil.rmtree(old, ignore_errors=True)

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        self.store = None
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)


def load_files_into(store: ox.Store, graph_name: URIRef | str, files: Iterable[Path]) -> None:
    """Load RDF files (format from the extension) into one named graph."""
    name = ox.NamedNode(str(graph_name))
    for path in files:
        store.bulk_load(path=str(path), to_graph=name)
