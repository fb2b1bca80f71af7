"""SPARQL 1.1 Update at ``/sparql/update`` and the SPARQL 1.1 Graph Store Protocol at ``/store``.

Both are off unless ``enable_update`` is set (``JEUGDGRAPH_ENABLE_UPDATE=1``), and every change
needs a bearer token, like the document routes. The endpoint at ``/sparql`` stays read-only.

How a change is made safe (``WriteService._staged``): the store is copied into an in-memory
staging store inside the write worker; the update (or the graph-store operation) runs there,
under the write time limit; the staged store is validated against the SHACL shapes as a whole;
only then are the graphs it changed written to the real store, all in ONE SPARQL update, i.e.
one Oxigraph transaction. So a malformed, refused, invalid or too slow update changes nothing,
and readers never see half of one. Updates that write the default graph, change the ontology
graph, or reach the network (``LOAD``, ``SERVICE``, unless allowlisted) are refused.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, NotAcceptable, PayloadTooLarge, UnsupportedMediaType, WritesDisabled
from .auth import Writer
from .context import ServerContext
from .negotiation import parse_accept
from .write_access import WriteAccess, write_access

UPDATE_DISABLED = (
    "SPARQL Update en de Graph Store staan uit op deze server; "
    "zet JEUGDGRAPH_ENABLE_UPDATE=1 om ze aan te zetten."
)
# formats the graph store answers in, in order of preference
GRAPH_FORMATS: list[tuple[str, ox.RdfFormat]] = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]
ACCEPTED_BODIES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")

_ERROR = {"content": {"application/json": {"schema": {"type": "object"}}}}
_WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Ongeldige update of gegevens (met regel en kolom).", **_ERROR},
    401: {"description": "Geen of een ongeldig token.", **_ERROR},
    403: {"description": "Staat uit, of raakt de ontologie.", **_ERROR},
    413: {"description": "Te groot.", **_ERROR},
    415: {"description": "Onbekend formaat.", **_ERROR},
    422: {"description": "Breekt de validatieregels (met rapport).", **_ERROR},
    503: {"description": "Te traag (tijdslimiet) of andere schrijfacties lopen nog.", **_ERROR},
}
UPDATE_BODY = {
    "required": True,
    "content": {
        "application/sparql-update": {"schema": {"type": "string"}},
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object", "required": ["update"], "properties": {"update": {"type": "string"}},
            },
        },
    },
}
GRAPH_BODY = {
    "required": True,
    "content": {media: {"schema": {"type": "string"}} for media in ACCEPTED_BODIES},
}


def update_router(ctx: ServerContext) -> APIRouter:
    settings = ctx.settings
    access = write_access(ctx)
    require_writer = access.require_writer()
    router = APIRouter(tags=["wijzigen"])

    def enabled() -> WriteAccess:
        if not settings.enable_update:
            raise WritesDisabled(UPDATE_DISABLED)
        return access

    @router.post(
        "/sparql/update",
        summary="SPARQL 1.1 Update",
        description=(
            "Voer een SPARQL 1.1 Update uit. Staat standaard uit. De wijziging wordt eerst op een kopie "
            "uitgevoerd en gevalideerd, en pas daarna in één transactie doorgevoerd."
        ),
        openapi_extra={"requestBody": UPDATE_BODY},
        responses={200: {"description": "Doorgevoerd.", "content": {"application/json": {"example": {
            "actie": "sparql-update", "resultaat": "updated"}}}}, **_WRITE_RESPONSES},
    )
    async def sparql_update(
        request: Request, access: WriteAccess = Depends(enabled), writer: Writer = Depends(require_writer)
    ) -> JSONResponse:
        service = access.require_service()
        text = await _update_text(request, settings.max_query_bytes)
        result = await run_in_threadpool(
            service.update, text, who=writer.token_id, request_id=getattr(request.state, "request_id", None)
        )
        return JSONResponse(result.as_json(), headers={"Cache-Control": "no-store"})

    graph_param = Query(
        None, description="IRI van de benoemde graaf.",
        examples=["https://w3id.org/jeugdgraph/id/graph/reference"],
    )

    @router.get(
        "/store",
        summary="Graph Store: graaf lezen",
        description="De inhoud van een benoemde graaf (Turtle, N-Triples, JSON-LD of RDF/XML); met token.",
        responses={200: {"content": {m: {} for m, _f in GRAPH_FORMATS}, "description": "De graaf."},
                   404: {"description": "Die graaf bestaat niet.", **_ERROR}, 401: _WRITE_RESPONSES[401],
                   403: _WRITE_RESPONSES[403]},
    )
    async def store_get(
        request: Request, graph: str | None = graph_param, access: WriteAccess = Depends(enabled),
        writer: Writer = Depends(require_writer),  # behind the token, as docs/writing.md says
    ) -> Response:
        service = access.require_service()
        media, fmt = _negotiate(request.headers.get("accept"))
        body = await run_in_threadpool(service.read_graph, _graph(graph), fmt)
        return Response(body, media_type=media, headers={"Cache-Control": "no-store"})

    @router.put("/store", summary="Graph Store: graaf vervangen", openapi_extra={"requestBody": GRAPH_BODY},
                responses={200: {"description": "Vervangen."}, 201: {"description": "Aangemaakt."},
                           **_WRITE_RESPONSES})
    async def store_put(
        request: Request, graph: str | None = graph_param,
        access: WriteAccess = Depends(enabled), writer: Writer = Depends(require_writer),
    ) -> JSONResponse:
        service = access.require_service()
        data, media = await _graph_body(request, settings.max_upload_bytes)
        result = await run_in_threadpool(
            service.put_graph, _graph(graph), data, media, who=writer.token_id,
            request_id=getattr(request.state, "request_id", None),
        )
        status = 201 if result.outcome == "created" else 200
        return JSONResponse(result.as_json(), status_code=status, headers={"Cache-Control": "no-store"})

    @router.post("/store", summary="Graph Store: aan graaf toevoegen",
                 openapi_extra={"requestBody": GRAPH_BODY},
                 responses={200: {"description": "Toegevoegd."}, **_WRITE_RESPONSES})
    async def store_post(
        request: Request, graph: str | None = graph_param,
        access: WriteAccess = Depends(enabled), writer: Writer = Depends(require_writer),
    ) -> JSONResponse:
        service = access.require_service()
        data, media = await _graph_body(request, settings.max_upload_bytes)
        result = await run_in_threadpool(
            service.post_graph, _graph(graph), data, media, who=writer.token_id,
            request_id=getattr(request.state, "request_id", None),
        )
        return JSONResponse(result.as_json(), headers={"Cache-Control": "no-store"})

    @router.delete("/store", summary="Graph Store: graaf verwijderen",
                   responses={200: {"description": "Verwijderd."}, 404: {"description": "Bestaat niet."},
                              **_WRITE_RESPONSES})
    async def store_delete(
        request: Request, graph: str | None = graph_param,
        access: WriteAccess = Depends(enabled), writer: Writer = Depends(require_writer),
    ) -> JSONResponse:
        service = access.require_service()
        result = await run_in_threadpool(
            service.delete_graph, _graph(graph), who=writer.token_id,
            request_id=getattr(request.state, "request_id", None),
        )
        return JSONResponse(result.as_json(), headers={"Cache-Control": "no-store"})

    return router


def _graph(graph: str | None) -> str:
    if not graph:
        raise InputError(
            "Noem de graaf met ?graph=IRI; alle gegevens staan in benoemde grafen, de standaardgraaf is leeg."
        )
    return graph


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"Het verzoek is groter dan de grens van {limit} bytes.")
    body = await request.body()
    if len(body) > limit:
        raise PayloadTooLarge(f"Het verzoek is groter dan de grens van {limit} bytes.")
    return body


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is geen geldige UTF-8-tekst (ongeldige byte op positie {exc.start})."
        ) from None


async def _update_text(request: Request, limit: int) -> str:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    body = await _body(request, limit + 16)
    if media == "application/sparql-update":
        text = _utf8(body, "De update")
    elif media == "application/x-www-form-urlencoded":
        fields = parse_qs(_utf8(body, "Het formulier"), keep_blank_values=True, errors="strict")
        values = fields.get("update", [])
        if len(values) != 1:
            raise InputError("Stuur precies één parameter 'update' met de SPARQL Update.")
        text = values[0]
    else:
        raise UnsupportedMediaType(
            "Stuur de update als application/sparql-update of als formulier met de parameter 'update'."
        )
    if not text.strip():
        raise InputError("De update is leeg.")
    return text


async def _graph_body(request: Request, limit: int) -> tuple[bytes, str]:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in ACCEPTED_BODIES:
        raise UnsupportedMediaType(f"Stuur RDF als een van: {', '.join(ACCEPTED_BODIES)}.")
    body = await _body(request, limit)
    _utf8(body, "De RDF-gegevens")
    return body, media


def _negotiate(accept: str | None) -> tuple[str, ox.RdfFormat]:
    ranges = parse_accept(accept)
    if not ranges:
        return GRAPH_FORMATS[0]
    best: tuple[float, int] = (0.0, 0)
    choice = None
    for index, (media, fmt) in enumerate(GRAPH_FORMATS):
        matching = [r for r in ranges if r.matches(media)]
        if not matching:
            continue
        q = max(matching, key=lambda r: r.specificity).q
        if q > 0 and (q, -index) > best:
            best, choice = (q, -index), (media, fmt)
    if choice is None:
        raise NotAcceptable("Geen van de gevraagde formaten past; de graaf is er in Turtle, N-Triples, "
                            "JSON-LD en RDF/XML.")
    return choice
