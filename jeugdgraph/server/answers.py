"""From a checked query to an HTTP answer: limits, format, running it, and the headers that say
what the answer holds (row cap, truncation, timing). Shared by ``/sparql`` and the named queries.

A small answer is sent whole with a Content-Length; a large one is streamed as the worker makes
it (``streamed.StreamedAnswer``), without ``X-Jeugdgraph-Rows`` unless a row cap cut it before
its first byte.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial

from fastapi import Request, Response

from ..errors import InputError, NotAcceptable
from ..query.backends import run_query
from ..query.formats import FORMATS_BY_KEY, GRAPH, GRAPH_FORMATS, RESULT_FORMATS, RESULTS
from ..query.safety import QueryInfo
from ..query.types import NO_ROW_LIMIT, QueryBackend, QueryRequest, QueryResult, StreamedResult, Term
from ..settings import Settings
from .negotiation import choose, try_choose
from .streamed import StreamedAnswer

HEADER_ROW_LIMIT = "X-Jeugdgraph-Row-Limit"
HEADER_ROWS = "X-Jeugdgraph-Rows"
HEADER_TRUNCATED = "X-Jeugdgraph-Truncated"
HEADER_TIME_LIMIT = "X-Jeugdgraph-Time-Limit"
HEADER_WARNING = "Warning"  # RFC 7234 199: read by generic HTTP clients
EXPOSED_HEADERS = (HEADER_ROW_LIMIT, HEADER_ROWS, HEADER_TRUNCATED, HEADER_TIME_LIMIT, HEADER_WARNING,
                   "X-Request-Id", "Link", "X-Jeugdgraph-Total", "X-Jeugdgraph-Offset",
                   "X-Jeugdgraph-Page-Size")


def limits(settings: Settings, timeout: str | None, row_limit: str | None) -> tuple[float, int]:
    """The time limit and row cap of one request. Without a configured cap (``row_limit`` 0) an
    answer is complete and a client may ask for fewer rows; with one, a client may ask for more
    rows up to the server's maximum."""
    seconds = settings.query_timeout
    if timeout:  # None or "" leave the default
        try:
            seconds = float(timeout)
        except ValueError:
            raise InputError(f"timeout moet een aantal seconden zijn, niet '{timeout}'.") from None
        if not 0 < seconds <= settings.query_timeout:
            raise InputError(
                f"timeout moet groter dan 0 en hoogstens {settings.query_timeout:g} s zijn "
                f"(gevraagd: {timeout})."
            )
    rows = settings.row_limit if settings.row_limit > 0 else NO_ROW_LIMIT
    if row_limit:
        try:
            rows = int(row_limit)
        except ValueError:
            raise InputError(f"row-limit moet een geheel getal zijn, niet '{row_limit}'.") from None
        ceiling = settings.row_limit_max if settings.row_limit > 0 else NO_ROW_LIMIT
        if not 1 <= rows <= ceiling:
            raise InputError(
                f"row-limit moet tussen 1 en {settings.row_limit_max} liggen (gevraagd: {row_limit})."
            )
    return seconds, rows


def truncation_note(rows: int) -> str:
    """The words that say an answer was cut off at the row cap."""
    return (f"Afgekapt: dit antwoord bevat alleen de eerste {rows} rijen; er zijn er meer. "
            "Vraag met row-limit om meer rijen of maak de query specifieker.")


def _state_truncation(body: bytes, format_key: str, note: str) -> bytes:
    """Say in the answer itself that it was cut off, where the format has room for it."""
    return _truncation_at_end(_truncation_at_start(body, format_key, note), format_key, note)


def _truncation_at_start(first: bytes, format_key: str, note: str) -> bytes:
    """The note as a comment before the answer (XML, Turtle, TriG, N-Triples)."""
    if format_key in {"xml", "rdfxml"} and first.startswith(b"<?xml"):
        end = first.index(b"?>") + 2
        return first[:end] + f"\n<!-- {note} -->".encode() + first[end:]
    if format_key in {"turtle", "trig", "ntriples"}:
        return f"# {note}\n".encode() + first
    return first


def _truncation_at_end(last: bytes, format_key: str, note: str) -> bytes:
    """The note as a last member of the SPARQL JSON object."""
    if format_key == "json" and last.rstrip().endswith(b"}"):
        head, _sep, _tail = last.rstrip().rpartition(b"}")
        comment = json.dumps(note, ensure_ascii=False).encode("utf-8")
        return head + b',"jeugdgraph:afgekapt":' + comment + b"}"
    return last


def formats_for(info: QueryInfo, accept: str | None, override: str | None) -> tuple[str | None, str | None]:
    """Format keys for a solutions answer and for a triples answer; 406 when the query's own kind
    has no acceptable format."""
    results = try_choose(RESULT_FORMATS, accept, override)
    graph = try_choose(GRAPH_FORMATS, accept, override)
    if info.answer_kind == RESULTS and results is None:
        choose(RESULT_FORMATS, accept, override)  # raises NotAcceptable with the choices
    if info.answer_kind == GRAPH and graph is None:
        choose(GRAPH_FORMATS, accept, override)
    if results is None and graph is None:
        raise NotAcceptable("Geen van de gevraagde formaten is beschikbaar.")
    return (results.key if results else None), (graph.key if graph else None)


async def answer_query(
    backend: QueryBackend,
    settings: Settings,
    request: Request,
    query: str,
    info: QueryInfo,
    *,
    format_override: str | None,
    timeout: str | None,
    row_limit: str | None,
    download: bool = False,
    substitutions: Mapping[str, Term] | None = None,
    default_graph: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    filename: str = "resultaat",
    base_iri: str | None = None,
) -> Response:
    seconds, rows = limits(settings, timeout, row_limit)
    results_key, graph_key = formats_for(info, request.headers.get("accept"), format_override)
    dataset_given = bool(default_graph or named_graphs)
    job = QueryRequest(
        query=query,
        results_format=results_key,
        graph_format=graph_key,
        timeout=seconds,
        row_limit=rows,
        substitutions=dict(substitutions or {}),
        # the protocol's dataset replaces the query's own; with neither, the default graph is the
        # union of all graphs (the contract), unless the query names its own with FROM
        default_graph=tuple(default_graph) if dataset_given else None,
        named_graphs=tuple(named_graphs) if named_graphs else None,
        union_default_graph=not dataset_given and not info.has_dataset_clause,
        base_iri=base_iri,
        stream=True,
    )
    result = await run_query(backend, job)
    try:
        return _response(result, rows, seconds, download=download, filename=filename)
    except BaseException:
        if isinstance(result, StreamedResult):  # never sent: its worker must still go back
            await result.rest.aclose()
        raise


def _response(result: QueryResult | StreamedResult, rows: int, seconds: float, *, download: bool,
              filename: str) -> Response:
    """The answer with the headers that say what it holds; a streamed one as ``StreamedAnswer``."""
    fmt = FORMATS_BY_KEY[result.format_key]
    note = truncation_note(rows) if result.truncated else None
    raw = _raw_headers(result, rows, seconds, note, f'attachment; filename="{filename}.{fmt.extension}"'
                       if download else None)
    if isinstance(result, StreamedResult):
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in raw}
        if note is None:
            return StreamedAnswer(result, media_type=fmt.content_type, headers=headers)
        result = replace(result, first=_truncation_at_start(result.first, fmt.key, note))
        last = partial(_truncation_at_end, format_key=fmt.key, note=note) if fmt.key == "json" else None
        return StreamedAnswer(result, media_type=fmt.content_type, headers=headers, last=last)
    body = _state_truncation(result.body, fmt.key, note) if note else result.body
    response = Response(content=body, media_type=fmt.content_type)
    response.raw_headers[:0] = raw  # before Content-Length and Content-Type, where a headers dict puts them
    return response


def _raw_headers(result: QueryResult | StreamedResult, rows: int, seconds: float, note: str | None,
                 disposition: str | None) -> list[tuple[bytes, bytes]]:
    """The answer's own headers as the response sends them (lower-case names, Latin-1 values)."""
    raw = [
        (b"x-jeugdgraph-row-limit", str(rows).encode() if rows < NO_ROW_LIMIT else b"geen"),
        (b"x-jeugdgraph-truncated", b"true" if result.truncated else b"false"),
        (b"x-jeugdgraph-time-limit", f"{seconds:g}".encode()),
        # streamed: until the first bytes
        (b"server-timing", f"query;dur={result.seconds * 1000:.1f}".encode()),
        (b"vary", b"Accept"),
    ]
    if result.rows is not None:  # a streamed answer is counted only when a cap cut it first
        raw.append((b"x-jeugdgraph-rows", str(result.rows).encode()))
    if note is not None:
        warning = '199 - "' + note.encode("ascii", "replace").decode() + '"'
        raw.append((b"warning", warning.encode("latin-1")))
    if disposition is not None:
        raw.append((b"content-disposition", disposition.encode("latin-1")))
    return raw


def flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "ja", "on"}
