"""The answer formats of the endpoint and their serialisation (pyoxigraph's own serialisers).

SELECT and ASK answers: SPARQL JSON, XML, CSV, TSV. CONSTRUCT and DESCRIBE answers: Turtle,
N-Triples, JSON-LD, RDF/XML, TriG. This module imports pyoxigraph only, because the query worker
processes use it.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, cast

import pyoxigraph as ox

from ..ox_answers import returned
from .types import NO_ROW_LIMIT

RESULTS = "results"  # answers of SELECT and ASK
GRAPH = "graph"  # answers of CONSTRUCT and DESCRIBE


@dataclass(frozen=True)
class Format:
    key: str
    kind: str
    media_type: str
    aliases: tuple[str, ...]  # other media types that ask for the same format
    names: tuple[str, ...]  # values of the ``format=`` parameter
    extension: str
    label: str
    w3c_iri: str  # http://www.w3.org/ns/formats/... for the service description

    def __hash__(self) -> int:
        # equal formats have equal keys; hashing every field ran on each request's negotiation
        return hash(self.key)

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)

    def results_format(self) -> ox.QueryResultsFormat:
        return _RESULTS_FORMATS[self.key]

    def rdf_format(self) -> ox.RdfFormat:
        return _RDF_FORMATS[self.key]


_W3C = "http://www.w3.org/ns/formats/"

RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", RESULTS, "application/sparql-results+json", ("application/json",), ("json", "srj"),
           "srj", "SPARQL JSON", _W3C + "SPARQL_Results_JSON"),
    Format("xml", RESULTS, "application/sparql-results+xml", ("application/xml", "text/xml"),
           ("xml", "srx"), "srx", "SPARQL XML", _W3C + "SPARQL_Results_XML"),
    Format("csv", RESULTS, "text/csv", (), ("csv",), "csv", "CSV", _W3C + "SPARQL_Results_CSV"),
    Format("tsv", RESULTS, "text/tab-separated-values", (), ("tsv",), "tsv", "TSV",
           _W3C + "SPARQL_Results_TSV"),
)

GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", GRAPH, "text/turtle",  # Turtle is valid N3, so it answers a request for N3
           ("application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3"),
           ("turtle", "ttl", "n3"), "ttl", "Turtle", _W3C + "Turtle"),
    Format("ntriples", GRAPH, "application/n-triples", ("text/plain",), ("ntriples", "nt", "n-triples"),
           "nt", "N-Triples", _W3C + "N-Triples"),
    Format("jsonld", GRAPH, "application/ld+json", ("application/json", "application/x-json+ld"),
           ("jsonld", "json-ld", "json"),
           "jsonld", "JSON-LD", _W3C + "JSON-LD"),
    Format("rdfxml", GRAPH, "application/rdf+xml", ("application/xml", "text/xml"),
           ("rdfxml", "rdf", "rdf+xml", "xml"), "rdf", "RDF/XML", _W3C + "RDF_XML"),
    Format("trig", GRAPH, "application/trig", (), ("trig",), "trig", "TriG", _W3C + "TriG"),
)

FORMATS_BY_KEY: dict[str, Format] = {f.key: f for f in (*RESULT_FORMATS, *GRAPH_FORMATS)}

_RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
}


def formats_of(kind: str) -> tuple[Format, ...]:
    return RESULT_FORMATS if kind == RESULTS else GRAPH_FORMATS


@dataclass(frozen=True)
class Serialised:
    body: bytes
    rows: int  # solutions or triples in the body
    truncated: bool  # the answer had more than the row limit


@dataclass(frozen=True)
class Prepared:
    """An answer cut at its row cap but not yet written: ``rows`` and ``truncated`` are known
    before the first byte (``rows`` is None for an uncapped answer of solutions, which is written
    as it is evaluated); ``write`` writes it to an output and gives the rows it counted, if any."""

    rows: int | None
    truncated: bool
    write: Callable[[IO[bytes]], int | None]


def prepare_boolean(answer: ox.QueryBoolean, fmt: Format) -> Prepared:
    def write(out: IO[bytes]) -> int:
        answer.serialize(out, fmt.results_format())
        return 1

    return Prepared(1, False, write)


def prepare_solutions(solutions: ox.QuerySolutions, fmt: Format, row_limit: int) -> Prepared:
    """Without a cap the solutions are written straight from the evaluation; with one, the kept
    rows are cut first (see ``cut_solutions``), so the cut is known before anything is written."""
    if row_limit >= NO_ROW_LIMIT:
        def write_all(out: IO[bytes]) -> None:
            solutions.serialize(out, fmt.results_format())

        return Prepared(None, False, write_all)
    tsv, rows, truncated = cut_solutions(solutions, row_limit)

    def write_kept(out: IO[bytes]) -> int:
        if fmt.key == "tsv":
            out.write(tsv)
        else:
            ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(out, fmt.results_format())
        return rows

    return Prepared(rows, truncated, write_kept)


def prepare_triples(
    triples: Iterable[ox.Triple], fmt: Format, row_limit: int, prefixes: Mapping[str, str]
) -> Prepared:
    """Without a cap the triples are written as they are evaluated (and counted); with one, the
    kept triples (at most the cap) are taken first."""
    prefixes = dict(prefixes) if fmt.key in {"turtle", "trig", "rdfxml"} else {}
    if row_limit >= NO_ROW_LIMIT:
        def write_all(out: IO[bytes]) -> int:
            counted = _Counted(triples)
            ox.serialize(counted, out, fmt.rdf_format(), prefixes=prefixes or None)
            return counted.count

        return Prepared(None, False, write_all)
    kept = list(itertools.islice(iter(triples), row_limit + 1))
    truncated = len(kept) > row_limit
    if truncated:
        kept = kept[:row_limit]

    def write_kept(out: IO[bytes]) -> int:
        ox.serialize(kept, out, fmt.rdf_format(), prefixes=prefixes or None)
        return len(kept)

    return Prepared(len(kept), truncated, write_kept)


class _Counted:
    """Triples passed on one by one, counted on the way."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self._triples = iter(triples)
        self.count = 0

    def __iter__(self) -> Iterator[ox.Triple]:
        return self

    def __next__(self) -> ox.Triple:
        triple = next(self._triples)
        self.count += 1
        return triple


def count_solutions(body: bytes, fmt: Format) -> int:
    """The solutions in a whole (small) answer, read back from its bytes."""
    if fmt.key == "csv":  # pyoxigraph reads no CSV; a quoted field may hold a line break
        return max(0, sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8")))) - 1)
    answer = ox.parse_query_results(body, fmt.results_format())
    return 1 if isinstance(answer, ox.QueryBoolean) else sum(1 for _ in answer)


def whole(prepared: Prepared) -> Serialised:
    """A prepared answer written into memory."""
    out = io.BytesIO()
    counted = prepared.write(out)
    rows = prepared.rows if prepared.rows is not None else counted
    return Serialised(out.getvalue(), rows if rows is not None else -1, prepared.truncated)


def serialise_boolean(answer: ox.QueryBoolean, fmt: Format) -> Serialised:
    return whole(prepare_boolean(answer, fmt))


class _EnoughRows(Exception):
    """Raised inside the TSV writer to stop evaluating once the row limit is passed."""


class _LineCountingSink:
    """A write target for pyoxigraph that stops the serialisation after ``max_lines`` lines."""

    def __init__(self, max_lines: int) -> None:
        self.max_lines = max_lines
        self.lines = 0
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        self.lines += chunk.count(b"\n")
        if self.lines >= self.max_lines:
            raise _EnoughRows
        return len(chunk)

    def flush(self) -> None:
        pass


def cut_solutions(solutions: ox.QuerySolutions, row_limit: int) -> tuple[bytes, int, bool]:
    """At most ``row_limit`` solutions as SPARQL TSV, their number and whether there were more;
    evaluation stops right after the first one too many.

    TSV has exactly one line per solution (line breaks inside literals are escaped) and keeps
    every RDF term intact, so the cut is exact; pyoxigraph reads it back for the asked format.
    """
    sink = _LineCountingSink(max_lines=row_limit + 2)  # header + row_limit rows + one more
    truncated = False
    try:
        solutions.serialize(cast(IO[bytes], sink), ox.QueryResultsFormat.TSV)  # pyoxigraph calls only write()
    except _EnoughRows:
        truncated = True
    tsv = b"".join(sink.chunks)
    if truncated:
        tsv = tsv[:_end_of_line(tsv, row_limit + 1)]
    return tsv, tsv.count(b"\n") - 1, truncated


def serialise_solutions(solutions: ox.QuerySolutions, fmt: Format, row_limit: int) -> Serialised:
    """At most ``row_limit`` solutions in memory, counted exactly (also without a cap)."""
    tsv, rows, truncated = cut_solutions(solutions, row_limit)
    if fmt.key == "tsv":
        return Serialised(tsv, rows, truncated)
    parsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    return Serialised(returned(parsed.serialize(format=fmt.results_format())), rows, truncated)


def _end_of_line(data: bytes, line_number: int) -> int:
    """Offset just after the ``line_number``-th newline of ``data``."""
    offset = -1
    for _ in range(line_number):
        offset = data.index(b"\n", offset + 1)
    return offset + 1


def serialise_triples(
    triples: Iterable[ox.Triple], fmt: Format, row_limit: int, prefixes: Mapping[str, str]
) -> Serialised:
    return whole(prepare_triples(triples, fmt, row_limit, prefixes))
