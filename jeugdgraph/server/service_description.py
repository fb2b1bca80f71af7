"""The W3C SPARQL 1.1 Service Description of ``/sparql``, with VoID statistics per named graph.

Statistics are counted by a query through the backend and kept for a minute, so a busy endpoint
does not recount them for every client that asks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from ..namespaces import PREFIXES
from ..ox_answers import returned
from ..query.formats import GRAPH_FORMATS, RESULT_FORMATS, Format
from ..query.types import QueryBackend, select_bindings
from ..sparql_texts import sparql

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_SEE_ALSO = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
DCTERMS = "http://purl.org/dc/terms/"
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

STATISTICS_QUERY = sparql("server-graph-statistics")


@dataclass(frozen=True)
class GraphStatistics:
    graph: str
    triples: int
    subjects: int
    properties: int
    objects: int


class StatisticsCache:
    """Per-graph counts, recounted at most once per ``max_age`` seconds."""

    def __init__(self, backend: QueryBackend, *, timeout: float, max_age: float = 60.0) -> None:
        self.backend = backend
        self.timeout = timeout
        self.max_age = max_age
        self._lock = threading.Lock()
        self._value: list[GraphStatistics] | None = None
        self._at = 0.0

    def get(self) -> list[GraphStatistics]:
        with self._lock:
            if self._value is not None and time.monotonic() - self._at < self.max_age:
                return self._value
        rows = select_bindings(self.backend, STATISTICS_QUERY, timeout=self.timeout)
        value = [
            GraphStatistics(
                r["g"]["value"], int(r["triples"]["value"]), int(r["subjects"]["value"]),
                int(r["properties"]["value"]), int(r["objects"]["value"]),
            )
            for r in rows
        ]
        with self._lock:
            self._value, self._at = value, time.monotonic()
        return value

    def invalidate(self) -> None:
        with self._lock:
            self._value = None


def _n(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def service_description(
    endpoint: str, statistics: Iterable[GraphStatistics], *, federation: bool, void_iri: str | None = None,
) -> list[ox.Triple]:
    """The description as triples: the service, its formats and its dataset of named graphs, linked
    to the VoID/DCAT description of the dataset at ``void_iri``."""
    sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731
    void = lambda local: ox.NamedNode(VOID + local)  # noqa: E731
    service = ox.NamedNode(endpoint)
    dataset = ox.BlankNode()
    default_graph = ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(service, ox.NamedNode(DCTERMS + "title"),
                  ox.Literal("jeugdgraph SPARQL-endpoint", language="nl")),
        ox.Triple(service, ox.NamedNode(DCTERMS + "description"), ox.Literal(
            "Alleen-lezen SPARQL 1.1-endpoint over jeugdhulpdocumenten; de standaardgraaf is de vereniging "
            "van alle benoemde grafen.", language="nl")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
    ]
    if void_iri:
        triples.append(ox.Triple(service, RDFS_SEE_ALSO, ox.NamedNode(void_iri)))
        triples.append(ox.Triple(dataset, RDFS_SEE_ALSO, ox.NamedNode(void_iri)))
    if federation:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    fmt: Format
    for fmt in (*RESULT_FORMATS, *GRAPH_FORMATS):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(fmt.w3c_iri)))
    total = 0
    for stats in statistics:
        total += stats.triples
        named, graph = ox.BlankNode(), ox.BlankNode()
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(stats.graph)),
            ox.Triple(named, sd("graph"), graph),
            ox.Triple(graph, RDF_TYPE, sd("Graph")),
            ox.Triple(graph, RDF_TYPE, void("Dataset")),
            ox.Triple(graph, void("triples"), _n(stats.triples)),
            ox.Triple(graph, void("distinctSubjects"), _n(stats.subjects)),
            ox.Triple(graph, void("properties"), _n(stats.properties)),
            ox.Triple(graph, void("distinctObjects"), _n(stats.objects)),
        ]
    triples.append(ox.Triple(default_graph, void("triples"), _n(total)))
    return triples


def void_triples(dataset: ox.NamedNode, statistics: Iterable[GraphStatistics]) -> list[ox.Triple]:
    """VoID statistics of a dataset: its size, and each named graph as a subset with its own."""
    void = lambda local: ox.NamedNode(VOID + local)  # noqa: E731
    triples: list[ox.Triple] = []
    total = 0
    for stats in statistics:
        total += stats.triples
        subset = ox.NamedNode(stats.graph)
        triples += [
            ox.Triple(dataset, void("subset"), subset),
            ox.Triple(subset, RDF_TYPE, void("Dataset")),
            ox.Triple(subset, void("triples"), _n(stats.triples)),
            ox.Triple(subset, void("distinctSubjects"), _n(stats.subjects)),
            ox.Triple(subset, void("properties"), _n(stats.properties)),
            ox.Triple(subset, void("distinctObjects"), _n(stats.objects)),
        ]
    triples.append(ox.Triple(dataset, void("triples"), _n(total)))
    return triples


def serialise_description(triples: list[ox.Triple], fmt: Format) -> bytes:
    prefixes = {"sd": SD, "void": VOID, "dcterms": DCTERMS, "rdf": PREFIXES["rdf"], "rdfs": PREFIXES["rdfs"]}
    with_prefixes = fmt.key in {"turtle", "trig", "rdfxml"}
    body = ox.serialize(triples, format=fmt.rdf_format(), prefixes=prefixes if with_prefixes else None)
    return returned(body)
