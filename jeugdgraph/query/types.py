"""What a query is and what it answers: the request and result types, the backend protocol every
store access implements, and the messages shared by every backend.

This module imports pyoxigraph and the standard library only: the worker processes import it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal

NO_ROW_LIMIT = 2**62  # "no cap": the row count never reaches it


@dataclass(frozen=True)
class QueryRequest:
    """One query with everything needed to run and serialise it.

    Both answer formats are given because only running the query tells for sure whether it
    answers with solutions (SELECT, ASK) or triples (CONSTRUCT, DESCRIBE); ``None`` means the
    client accepts no format of that kind (406).
    """

    query: str
    results_format: str | None = "json"  # key in formats.FORMATS_BY_KEY
    graph_format: str | None = "turtle"
    timeout: float = 30.0  # seconds, including the wait for a free worker
    row_limit: int = 10_000
    substitutions: Mapping[str, Term] = field(default_factory=dict)  # variable name -> RDF term
    default_graph: tuple[str, ...] | None = None  # None: see union_default_graph
    named_graphs: tuple[str, ...] | None = None  # None: every named graph of the store
    union_default_graph: bool = True  # default graph = union of all graphs (when default_graph is None)
    base_iri: str | None = None  # relative IRIs in the query resolve against it (the endpoint's IRI)
    stream: bool = False  # a large answer may come as a ``StreamedResult`` (from ``execute_async``)


@dataclass(frozen=True)
class QueryResult:
    kind: str  # formats.RESULTS or formats.GRAPH
    format_key: str
    body: bytes
    rows: int
    truncated: bool
    seconds: float  # evaluation and serialisation time
    boolean: bool = False  # an ASK answer


class ChunkStream(Protocol):
    """The rest of a streamed answer: its chunks in order; ``aclose`` frees what it holds."""

    def __aiter__(self) -> ChunkStream: ...

    async def __anext__(self) -> bytes: ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True)
class StreamedResult:
    """An answer too large to hold whole: its first bytes, and the rest as the worker makes it.

    ``rest`` ends when the answer is complete and raises a ``JeugdgraphError`` when it cannot be
    (the time limit passed, the worker died): the response must then end as an incomplete
    transfer. It must be closed (``aclose``) whatever happens: that frees the worker. """

    kind: str
    format_key: str
    first: bytes
    rest: ChunkStream
    rows: int | None  # known before the first byte only when the answer was cut at a row cap
    truncated: bool
    seconds: float  # until the first bytes were ready
    deadline: float  # time.monotonic() by which the whole answer must have been sent


@runtime_checkable
class QueryBackend(Protocol):
    """Read access to a store. A remote SPARQL store implements the same interface."""

    def execute(self, request: QueryRequest) -> QueryResult:
        """Run and serialise a query within ``request.timeout``; raise a ``JeugdgraphError``
        (``QueryError``, ``QueryTimeout``, ``NotAcceptable``, ``StoreError``) when it cannot."""
        ...

    # optional: ``async def execute_async(request) -> QueryResult | StreamedResult``, which may
    # stream a large answer when ``request.stream`` is set (see ``backends.run_query``)

    def local_store(self) -> ox.Store | None:
        """A pyoxigraph handle on the same data for in-process work (SHACL validation), if any."""
        ...

    def close(self) -> None: ...


_SYNTAX_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)


def syntax_message(error: SyntaxError) -> str:
    """The parser's message in words, keeping its line and column."""
    text = str(error)
    match = _SYNTAX_POSITION.match(text)
    if match:
        line, column, detail = match.groups()
        if len(detail) > 240:  # the parser may list every token it would have accepted
            detail = detail[:240].rstrip() + " …"
        return f"De query is ongeldig op regel {line}, kolom {column}: {detail}"
    return f"De query is ongeldig: {text}"


def timeout_message(seconds: float) -> str:
    return (
        f"De query duurde langer dan de tijdslimiet van {seconds:g} s en is afgebroken. "
        "Maak de query specifieker (minder combinaties, een LIMIT) of vraag een langere tijdslimiet."
    )


def select_bindings(
    backend: QueryBackend, query: str, *, timeout: float, substitutions: Mapping[str, Term] | None = None,
    row_limit: int = 100_000,
) -> list[dict[str, dict[str, str]]]:
    """Run a SELECT for the server's own use; rows as SPARQL JSON bindings (``{"type", "value", …}``)."""
    result = backend.execute(QueryRequest(
        query, results_format="json", graph_format=None, timeout=timeout, row_limit=row_limit,
        substitutions=dict(substitutions or {}),
    ))
    return json.loads(result.body)["results"]["bindings"]


def term_from_binding(binding: Mapping[str, str]) -> Term:
    """A pyoxigraph term from one SPARQL JSON binding."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)
