"""Serving a remote SPARQL 1.1 store: the server's ``QueryBackend`` over the SPARQL 1.1 Protocol.

``create_app`` picks this backend when the store is an http(s) URL. It keeps the promises of the
embedded backends:

- the same prefixes are predeclared (one ``PREFIX`` line is put before the query, and a syntax
  error's line number is given back as the client wrote it);
- the default graph is the union of all named graphs (see ``jeugdgraph.remote`` for how each store
  is asked for it), ``default-graph-uri`` / ``named-graph-uri`` are passed on;
- named-query parameters are bound as RDF terms: written by pyoxigraph as N-Triples terms (which
  escape every quote and line break) in a ``VALUES`` block at the start of the top-level ``WHERE``
  group, which binds them before the rest of the group is evaluated, never pasted into the query;
- the time limit covers the whole answer (the connection is dropped when it passes, 503); the
  row cap reads at most ``row_limit + 1`` rows from the store (SELECT as TSV, CONSTRUCT as
  N-Triples: one row per line) and announces the cut like the embedded store;
- the answer is parsed and serialised again by pyoxigraph, so a store that breaks off an answer
  after it started (Oxigraph server at its own time limit) gives an error, never a broken 200;
- errors become the package's own: ``QueryError`` (400) with the store's message,
  ``QueryTimeout`` (503), ``StoreError`` (503) when the store cannot be reached.

At most ``query_workers`` queries run on the remote store at the same time; the wait for a turn
counts toward the time limit.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping

import pyoxigraph as ox

from ..errors import NotAcceptable, QueryError, QueryTimeout, StoreError
from ..remote import N_TRIPLES, SPARQL_XML, RemoteStore
from ..settings import Settings
from .formats import (
    FORMATS_BY_KEY,
    Format,
    Serialised,
    serialise_boolean,
    serialise_solutions,
    serialise_triples,
)
from .lexer import tokens
from .shape import QueryShape, query_shape
from .types import QueryRequest, QueryResult, Term, syntax_message, timeout_message

TSV = "text/tab-separated-values"


def query_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of those keywords outside strings and IRIs."""
    for token in tokens(query):
        if token.keyword in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return token.keyword
    return None


def bind_values(query: str, substitutions: Mapping[str, Term], shape: QueryShape | None = None) -> str:
    """``query`` with each variable bound to its term by a VALUES block opening the top-level WHERE
    group; ``shape`` is the query's parse when the caller has it (a named query's, made at load)."""
    if not substitutions:
        return query
    shape = shape or query_shape(query)
    if shape.where_open is None:
        raise QueryError("Parameters kunnen alleen worden gebonden in een query met een WHERE-deel.")
    names = sorted(substitutions)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"'{name}' is geen geldige variabelenaam.")
    variables = " ".join(f"?{name}" for name in names)
    terms = " ".join(_term(substitutions[name]) for name in names)
    return shape.insert(query, f" VALUES ({variables}) {{ ({terms}) }} ")


def _term(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        raise QueryError("Een parameter kan geen blank node zijn.")
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise QueryError(f"Een parameter moet een IRI of literal zijn, geen {type(term).__name__}.")
    return str(term)  # N-Triples syntax: quotes, backslashes and line breaks escaped


class RemoteBackend:
    """Answers the server's queries from a remote SPARQL store."""

    def __init__(self, remote: RemoteStore, *, workers: int, prefixes: Mapping[str, str],
                 results: str = "tsv") -> None:
        self.remote = remote
        # Virtuoso's TSV is not the W3C format (quoted names, IRIs without brackets): ask it for XML
        self.results = results.strip().lower()
        self.prefixes = dict(prefixes)
        # one line, so a syntax error's line number moves by exactly one
        self.prologue = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in self.prefixes.items()) + "\n"
        self.workers = workers
        self._slots = threading.BoundedSemaphore(workers)

    @classmethod
    def from_url(
        cls, url: str, *, workers: int, prefixes: Mapping[str, str], settings: Settings | None = None
    ) -> RemoteBackend:
        settings = settings or Settings.from_env()
        return cls(RemoteStore(url, settings), workers=workers, prefixes=prefixes,
                   results=settings.remote_results)

    def execute(self, request: QueryRequest) -> QueryResult:
        started = time.perf_counter()
        deadline = time.monotonic() + request.timeout
        form = query_form(request.query)
        if form is None:
            raise QueryError("De query is ongeldig: er staat geen SELECT, ASK, CONSTRUCT of DESCRIBE in.")
        graph_answer = form in ("CONSTRUCT", "DESCRIBE")
        key = request.graph_format if graph_answer else request.results_format
        if key is None:
            kind = "CONSTRUCT/DESCRIBE" if graph_answer else "SELECT/ASK"
            raise NotAcceptable(
                f"Geen van de gevraagde formaten past bij het antwoord van deze {kind}-query.")
        fmt = FORMATS_BY_KEY[key]
        base = f"BASE <{request.base_iri}> " if request.base_iri else ""  # not the remote store's base
        text = base + self.prologue + bind_values(request.query, request.substitutions)
        if graph_answer:
            accept, max_lines = N_TRIPLES, request.row_limit + 1
        elif form == "ASK":
            accept, max_lines = SPARQL_XML, None
        else:
            accept, max_lines = TSV, request.row_limit + 2  # header, rows, one more
            if self.results == "xml":  # read whole; the row cap applies when it is written again
                accept, max_lines = SPARQL_XML, None

        if not self._slots.acquire(timeout=max(request.timeout, 0.001)):
            raise QueryTimeout(
                f"Alle {self.workers} verbindingen met de remote store waren bezet tot de tijdslimiet van "
                f"{request.timeout:g} s verstreek; probeer het zo opnieuw."
            )
        try:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout(timeout_message(request.timeout))
            try:
                answer = self.remote.query(
                    text, accept=accept, timeout=remaining, max_lines=max_lines,
                    default_graph_uris=request.default_graph or (),
                    named_graph_uris=request.named_graphs or (),
                    union_default_graph=request.union_default_graph and request.default_graph is None,
                )
            except QueryTimeout:
                raise QueryTimeout(timeout_message(request.timeout)) from None
            except QueryError as exc:
                raise QueryError(self._client_position(str(exc))) from None
        finally:
            self._slots.release()

        try:
            if graph_answer:
                triples = [quad.triple for quad in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
                out = serialise_triples(triples, fmt, request.row_limit, self.prefixes)
                boolean = False
            elif form == "ASK":
                result = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.XML)
                if not isinstance(result, ox.QueryBoolean):
                    raise StoreError("De remote store gaf geen ja/nee-antwoord op een ASK-query.")
                out, boolean = serialise_boolean(result, fmt), bool(result)
            else:
                results_format = (
                    ox.QueryResultsFormat.XML if accept == SPARQL_XML else ox.QueryResultsFormat.TSV)
                out, boolean = _solutions_answer(answer.body, results_format, fmt, request.row_limit), False
        except SyntaxError as exc:
            raise StoreError(
                f"De remote store gaf een onvolledig of onleesbaar antwoord ({answer.media_type}): {exc}"
            ) from None
        return QueryResult(fmt.kind, fmt.key, out.body, out.rows, out.truncated,
                           time.perf_counter() - started, boolean)

    def _client_position(self, message: str) -> str:
        """The store's syntax message with line numbers as the client wrote the query."""
        detail = message.removeprefix("De remote store weigert de query: ")
        match = re.match(r"^error at (\d+):(\d+):\s*(.*)$", detail, re.DOTALL)
        if match:  # Oxigraph's wording; the prologue is the first line
            line, column, rest = int(match.group(1)), match.group(2), match.group(3)
            return syntax_message(SyntaxError(f"error at {max(line - 1, 1)}:{column}: {rest}"))
        return f"De query is ongeldig volgens de remote store: {detail}"

    def local_store(self) -> ox.Store | None:
        return None  # the data lives elsewhere; SHACL validation runs at build time

    def close(self) -> None:
        self.remote.close()


def _solutions_answer(body: bytes, results_format: ox.QueryResultsFormat, fmt: Format, row_limit: int
                      ) -> Serialised:
    """The store's solutions written in the client's format. The parsed solutions are let go in
    this thread even when writing fails: pyoxigraph refuses to drop them on another one."""
    solutions = ox.parse_query_results(body, format=results_format)
    try:
        if isinstance(solutions, ox.QueryBoolean):
            raise StoreError("De remote store gaf een ja/nee-antwoord op een SELECT-query.")
        return serialise_solutions(solutions, fmt, row_limit)
    finally:
        del solutions
