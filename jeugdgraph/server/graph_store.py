"""Reading through the SPARQL 1.1 Graph Store Protocol at ``/store``: GET and HEAD.

Reads go through the query backend like every query, so they are allowed when writes are off
(writes are in ``update.py``). ``?graph=IRI`` is one named graph; ``?default`` is the default
graph, which here, as at ``/sparql``, is the union of all named graphs; without either the whole
dataset is answered as N-Quads or TriG. A graph may also be asked for as N-Quads or TriG (its
triples in that graph).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, NotAcceptable, NotFound
from ..namespaces import PREFIXES
from ..ox_answers import returned, solutions
from ..query.types import QueryRequest
from ..sparql_texts import filled, sparql
from .answers import NO_ROW_LIMIT
from .context import ServerContext
from .negotiation import parse_accept, quality_of_media_type
from .params import ABSOLUTE_IRI


@dataclass(frozen=True)
class StoreFormat:
    media_type: str
    rdf: ox.RdfFormat

    @property
    def quads(self) -> bool:
        return self.rdf.supports_datasets


TRIPLE_FORMATS = (
    StoreFormat("text/turtle", ox.RdfFormat.TURTLE),
    StoreFormat("application/n-triples", ox.RdfFormat.N_TRIPLES),
    StoreFormat("application/ld+json", ox.RdfFormat.JSON_LD),
    StoreFormat("application/rdf+xml", ox.RdfFormat.RDF_XML),
)
QUAD_FORMATS = (
    StoreFormat("application/trig", ox.RdfFormat.TRIG),
    StoreFormat("application/n-quads", ox.RdfFormat.N_QUADS),
)
QUADS_QUERY = sparql("server-all-quads")
GRAPH_PARAMETER = Query(description="IRI van de benoemde graaf.",
                        examples=["https://w3id.org/jeugdgraph/id/graph/reference"])
DEFAULT_PARAMETER = Query(description="Aanwezig (?default): de standaardgraaf, de vereniging van "
                          "alle benoemde grafen.")


def negotiate(accept: str | None, offered: tuple[StoreFormat, ...]) -> StoreFormat:
    """The format to answer in (the first offered on a tie or without Accept); 406 when none fits."""
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0]
    best, choice = 0.0, None
    for fmt in offered:
        q = quality_of_media_type(ranges, fmt.media_type)
        if q > best:
            best, choice = q, fmt
    if choice is None:
        names = ", ".join(f.media_type for f in offered)
        raise NotAcceptable(f"Geen van de gevraagde formaten past; hier kan: {names}.")
    return choice


def graph_store_read_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["wijzigen"])
    settings = ctx.settings

    def run(query: str, results: str | None, graph: str | None) -> bytes:
        return ctx.backend.execute(QueryRequest(
            query, results_format=results, graph_format=graph, timeout=settings.query_timeout,
            row_limit=NO_ROW_LIMIT,  # a graph is answered whole
        )).body

    def read(graph: str | None, default: bool, accept: str | None) -> tuple[bytes, StoreFormat]:
        if graph is not None and default:
            raise InputError("Noem ?graph=IRI of ?default, niet allebei.")
        if graph is None and not default:  # the whole dataset
            fmt = negotiate(accept, QUAD_FORMATS)
            return _serialise(_quads(run(QUADS_QUERY, "tsv", None)), fmt), fmt
        fmt = negotiate(accept, TRIPLE_FORMATS + QUAD_FORMATS)
        if graph is None:  # ?default
            target = "?g"
        else:
            if not ABSOLUTE_IRI.match(graph) or any(c in graph for c in '<>"{}|^`\\ '):
                raise InputError(f"<{graph}> is geen geldige absolute IRI.")
            target = f"<{graph}>"
            exists = run(filled("server-graph-exists", graph=target), "json", None)
            if b"true" not in exists:
                raise NotFound(f"De graaf <{graph}> bestaat niet.")
        ntriples = run(filled("server-graph-triples", graph=target), None, "ntriples")
        triples = [q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)]
        if fmt.quads:
            name = ox.NamedNode(graph) if graph else ox.DefaultGraph()
            return _serialise([ox.Quad(t.subject, t.predicate, t.object, name) for t in triples], fmt), fmt
        return _serialise(triples, fmt), fmt

    async def answer(request: Request, graph: str | None, default: str | None) -> Response:
        body, fmt = await run_in_threadpool(read, graph, default is not None, request.headers.get("accept"))
        headers = {"Vary": "Accept", "Cache-Control": "no-store"}
        if request.method == "HEAD":
            headers["Content-Length"] = str(len(body))
            return Response(b"", media_type=f"{fmt.media_type}; charset=utf-8", headers=headers)
        return Response(body, media_type=f"{fmt.media_type}; charset=utf-8", headers=headers)

    formats: dict[str, dict[str, object]] = {f.media_type: {} for f in TRIPLE_FORMATS + QUAD_FORMATS}

    @router.get(
        "/store",
        summary="Graph Store: graaf lezen",
        description="Een benoemde graaf (?graph=IRI), de standaardgraaf (?default: de vereniging van alle "
                    "grafen) of, zonder parameter, de hele dataset (N-Quads of TriG). Lezen kan ook als "
                    "wijzigen uit staat.",
        responses={200: {"content": formats, "description": "De graaf."},
                   404: {"description": "Die graaf bestaat niet."},
                   406: {"description": "Geen van de gevraagde formaten past."}},
    )
    async def store_get(
        request: Request, graph: Annotated[str | None, GRAPH_PARAMETER] = None,
        default: Annotated[str | None, DEFAULT_PARAMETER] = None,
    ) -> Response:
        return await answer(request, graph, default)

    @router.head("/store", include_in_schema=False)
    async def store_head(
        request: Request, graph: Annotated[str | None, GRAPH_PARAMETER] = None,
        default: Annotated[str | None, DEFAULT_PARAMETER] = None,
    ) -> Response:
        return await answer(request, graph, default)

    return router


def _quads(tsv: bytes) -> list[ox.Quad]:
    return [ox.Quad(row["s"], row["p"], row["o"], row["g"])
            for row in solutions(ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV))]


def _serialise(statements: list, fmt: StoreFormat) -> bytes:  # noqa: ANN001 - triples or quads
    prefixes = PREFIXES if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    return returned(ox.serialize(statements, format=fmt.rdf, prefixes=prefixes))
