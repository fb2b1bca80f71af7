"""From a checked query to an HTTP answer: limits, format, running it, and the headers that say
what the answer holds (row cap, truncation, timing). Shared by ``/sparql`` and the named queries.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from fastapi import Request, Response

from ..errors import InputError, NotAcceptable
from ..query.backends import run_query
from ..query.formats import FORMATS_BY_KEY, GRAPH, GRAPH_FORMATS, RESULT_FORMATS, RESULTS
from ..query.safety import QueryInfo
from ..query.types import QueryBackend, QueryRequest, Term
from ..settings import Settings
from .negotiation import choose, try_choose

HEADER_ROW_LIMIT = "X-Jeugdgraph-Row-Limit"
HEADER_ROWS = "X-Jeugdgraph-Rows"
HEADER_TRUNCATED = "X-Jeugdgraph-Truncated"
HEADER_TIME_LIMIT = "X-Jeugdgraph-Time-Limit"
HEADER_WARNING = "Warning"  # RFC 7234 199: read by generic HTTP clients
EXPOSED_HEADERS = (HEADER_ROW_LIMIT, HEADER_ROWS, HEADER_TRUNCATED, HEADER_TIME_LIMIT, HEADER_WARNING,
                   "X-Request-Id", "Link", "X-Jeugdgraph-Total", "X-Jeugdgraph-Offset",
                   "X-Jeugdgraph-Page-Size")


NO_ROW_LIMIT = 2**62  # "no cap": the row count never reaches it


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
    if format_key == "json" and body.rstrip().endswith(b"}"):
        head, _sep, _tail = body.rstrip().rpartition(b"}")
        comment = json.dumps(note, ensure_ascii=False).encode("utf-8")
        return head + b',"jeugdgraph:afgekapt":' + comment + b"}"
    if format_key in {"xml", "rdfxml"} and body.startswith(b"<?xml"):
        end = body.index(b"?>") + 2
        return body[:end] + f"\n<!-- {note} -->".encode() + body[end:]
    if format_key in {"turtle", "trig", "ntriples"}:
        return f"# {note}\n".encode() + body
    return body


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
    )
    result = await run_query(backend, job)
    fmt = FORMATS_BY_KEY[result.format_key]
    headers = {
        HEADER_ROW_LIMIT: str(rows) if rows < NO_ROW_LIMIT else "geen",
        HEADER_ROWS: str(result.rows),
        HEADER_TRUNCATED: "true" if result.truncated else "false",
        HEADER_TIME_LIMIT: f"{seconds:g}",
        "Server-Timing": f"query;dur={result.seconds * 1000:.1f}",
        "Vary": "Accept",
    }
    body = result.body
    if result.truncated:
        headers[HEADER_WARNING] = '199 - "' + truncation_note(rows).encode("ascii", "replace").decode() + '"'
        body = _state_truncation(body, fmt.key, truncation_note(rows))
    if download:
        headers["Content-Disposition"] = f'attachment; filename="{filename}.{fmt.extension}"'
    return Response(content=body, media_type=fmt.content_type, headers=headers)


def flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "ja", "on"}
