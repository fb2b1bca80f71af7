"""Test data of the endpoint tests: a generated store whose answers are far larger than any
buffer between worker and client, and the served store's handle (imported by conftest.py and
the test modules; a name of its own, since every capability has a conftest)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from jeugdgraph.query.pool import ProcessPoolBackend

GRAPH = "urn:jeugdgraph-test:graph/stream"
RANK = "urn:jeugdgraph-test:rang"
ROWS = 200_000
PADDING = "x" * 200  # every literal this long: the SPARQL JSON answer is some 70 MB

ALL_ROWS = f"SELECT ?s ?n ?tekst WHERE {{ GRAPH <{GRAPH}> {{ ?s <{RANK}> ?n . ?s <{RANK}-tekst> ?tekst }} }}"
ALL_TRIPLES = f"CONSTRUCT {{ ?s <{RANK}> ?n }} WHERE {{ GRAPH <{GRAPH}> {{ ?s <{RANK}> ?n }} }}"
ENDLESS = f"SELECT ?a ?b WHERE {{ GRAPH <{GRAPH}> {{ ?a <{RANK}> ?x . ?b <{RANK}> ?y }} }}"  # ROWS² rows


def write_generated_store(path: Path) -> Path:
    store = ox.Store(str(path))
    graph = ox.NamedNode(GRAPH)
    rank, text = ox.NamedNode(RANK), ox.NamedNode(f"{RANK}-tekst")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    quads = []
    for i in range(ROWS):
        subject = ox.NamedNode(f"urn:jeugdgraph-test:s{i}")
        quads.append(ox.Quad(subject, rank, ox.Literal(str(i), datatype=integer), graph))
        quads.append(ox.Quad(subject, text, ox.Literal(f"{i} {PADDING}"), graph))
    store.bulk_extend(quads)
    store.flush()
    del store
    return path


@dataclass(frozen=True)
class Served:
    url: str
    backend: ProcessPoolBackend

    @property
    def sparql(self) -> str:
        return f"{self.url}/sparql"

    def held_workers(self) -> int:
        """Workers answering a query now (not idle)."""
        return self.backend.size - len(self.backend.worker_pids())
