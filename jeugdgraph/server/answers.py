"""From a checked query to an HTTP answer: limits, format, running it, and the headers that say
what the answer holds (row cap, truncation, timing). Shared by ``/sparql`` and the named queries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fastapi import Request, Response

from ..errors import InputError, NotAcceptable
from ..settings import Settings
from .execution import QueryBackend, QueryRequest, Term, run_query
from .formats import FORMATS_BY_KEY, GRAPH, GRAPH_FORMATS, RESULT_FORMATS, RESULTS
from .negotiation import choose, try_choose
from .safety import QueryInfo

HEADER_ROW_LIMIT = "X-Jeugdgraph-Row-Limit"
HEADER_ROWS = "X-Jeugdgraph-Rows"
HEADER_TRUNCATED = "X-Jeugdgraph-Truncated"
HEADER_TIME_LIMIT = "X-Jeugdgraph-Time-Limit"
EXPOSED_HEADERS = (HEADER_ROW_LIMIT, HEADER_ROWS, HEADER_TRUNCATED, HEADER_TIME_LIMIT, "X-Request-Id",
                   "Link", "X-Jeugdgraph-Total", "X-Jeugdgraph-Offset", "X-Jeugdgraph-Page-Size")


def limits(settings: Settings, timeout: str | None, row_limit: str | None) -> tuple[float, int]:
    """The time limit and row cap of one request: the client may ask for less time and for more
    rows, within the server's maxima."""
    seconds = settings.query_timeout
    if timeout not in (None, ""):
        try:
            seconds = float(timeout)
        except ValueError:
            raise InputError(f"timeout moet een aantal seconden zijn, niet '{timeout}'.") from None
        if not 0 < seconds <= settings.query_timeout:
            raise InputError(
                f"timeout moet groter dan 0 en hoogstens {settings.query_timeout:g} s zijn "
                f"(gevraagd: {timeout})."
            )
    rows = settings.row_limit
    if row_limit not in (None, ""):
        try:
            rows = int(row_limit)
        except ValueError:
            raise InputError(f"row-limit moet een geheel getal zijn, niet '{row_limit}'.") from None
        if not 1 <= rows <= settings.row_limit_max:
            raise InputError(
                f"row-limit moet tussen 1 en {settings.row_limit_max} liggen (gevraagd: {row_limit})."
            )
    return seconds, rows


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
    )
    result = await run_query(backend, job)
    fmt = FORMATS_BY_KEY[result.format_key]
    headers = {
        HEADER_ROW_LIMIT: str(rows),
        HEADER_ROWS: str(result.rows),
        HEADER_TRUNCATED: "true" if result.truncated else "false",
        HEADER_TIME_LIMIT: f"{seconds:g}",
        "Server-Timing": f"query;dur={result.seconds * 1000:.1f}",
        "Vary": "Accept",
    }
    if download:
        headers["Content-Disposition"] = f'attachment; filename="{filename}.{fmt.extension}"'
    return Response(content=result.body, media_type=fmt.content_type, headers=headers)


def flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "ja", "on"}
