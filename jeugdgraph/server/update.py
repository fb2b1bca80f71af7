"""SPARQL 1.1 Update at ``/sparql/update`` and the writes of the SPARQL 1.1 Graph Store Protocol
at ``/store`` (PUT, POST, DELETE; reading is in ``graph_store.py`` and always allowed).

Both are off unless ``enable_update`` is set (``JEUGDGRAPH_ENABLE_UPDATE=1``), and every change
needs a bearer token, like the document routes. The endpoint at ``/sparql`` stays read-only.
An update sees the same default graph as a query: the union of all named graphs (read-only).

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
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, PayloadTooLarge, UnsupportedMediaType, WritesDisabled
from ..ox_answers import returned
from ..query.lexer import tokens
from ..sparql_terms import iri_term
from .auth import Writer
from .context import ServerContext
from .params import ABSOLUTE_IRI, multi, require_utf8
from .write_access import WriteAccess, write_access

UPDATE_DISABLED = (
    "SPARQL Update en de Graph Store staan uit op deze server; "
    "zet JEUGDGRAPH_ENABLE_UPDATE=1 om ze aan te zetten."
)
ACCEPTED_BODIES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
                   "application/trig", "application/n-quads")
QUAD_BODIES = {"application/trig": ox.RdfFormat.TRIG, "application/n-quads": ox.RdfFormat.N_QUADS}

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
        text = await _update_text(request, settings.max_query_bytes, settings.public_base)
        result = await run_in_threadpool(
            service.update, text, who=writer.token_id, request_id=getattr(request.state, "request_id", None)
        )
        return JSONResponse(result.as_json(), headers={"Cache-Control": "no-store"})

    graph_param = Query(
        None, description="IRI van de benoemde graaf.",
        examples=["https://w3id.org/jeugdgraph/id/graph/reference"],
    )

    @router.put("/store", summary="Graph Store: graaf vervangen", openapi_extra={"requestBody": GRAPH_BODY},
                responses={200: {"description": "Vervangen."}, 201: {"description": "Aangemaakt."},
                           **_WRITE_RESPONSES})
    async def store_put(
        request: Request, graph: str | None = graph_param,
        access: WriteAccess = Depends(enabled), writer: Writer = Depends(require_writer),
    ) -> JSONResponse:
        service = access.require_service()
        data, media = await _graph_body(request, settings.max_upload_bytes, graph)
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
        data, media = await _graph_body(request, settings.max_upload_bytes, graph)
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
            "Noem de graaf met ?graph=IRI; alle gegevens staan in benoemde grafen. De standaardgraaf "
            "(?default) is de vereniging daarvan en wordt niet zelf gewijzigd."
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


USING_PARAMETERS = ("using-graph-uri", "using-named-graph-uri")


async def _update_text(request: Request, limit: int, public_base: str) -> str:
    """The update of a request, with the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri`` written into it as USING clauses and the endpoint as its base IRI."""
    raw_type = request.headers.get("content-type", "")
    media = raw_type.split(";", 1)[0].strip().lower()
    require_utf8(raw_type)
    body = await _body(request, limit + 16)
    url = multi(request.query_params.multi_items())
    if "update" in url:
        raise InputError("Stuur de update in de body, niet in de URL.")
    params = dict(url)
    if media == "application/sparql-update":
        params["update"] = [_utf8(body, "De update")]
    elif media == "application/x-www-form-urlencoded":
        fields = parse_qs(_utf8(body, "Het formulier"), keep_blank_values=True, errors="strict")
        for key, values in fields.items():
            params[key] = [*params.get(key, []), *values]
        if len(params.get("update", [])) != 1:
            raise InputError("Stuur precies één parameter 'update' met de SPARQL Update.")
    else:
        raise UnsupportedMediaType(
            "Stuur de update als application/sparql-update of als formulier met de parameter 'update'."
        )
    text = params["update"][0]
    if not text.strip():
        raise InputError("De update is leeg.")
    for key in USING_PARAMETERS:
        for graph in params.get(key, []):
            if not ABSOLUTE_IRI.match(graph) or graph.lower().startswith("file:"):
                raise InputError(f"{key} <{graph}> is geen absolute IRI (file: is nooit toegestaan).")
    text = with_using(text, params.get("using-graph-uri", []), params.get("using-named-graph-uri", []))
    # the configured address, not the client's Host header, checked as an IRI by the engine
    base = iri_term(public_base + request.url.path)
    return f"BASE {base} {text}"  # on the first line: the parser's line numbers stay right


def with_using(update: str, graphs: list[str], named: list[str]) -> str:
    """``update`` with USING / USING NAMED clauses before the WHERE of each DELETE/INSERT operation
    (SPARQL 1.1 Protocol 2.2.3); 400 when the update names its own dataset with USING or WITH."""
    if not graphs and not named:
        return update
    toks = list(tokens(update))
    if any(tok.keyword in ("USING", "WITH") for tok in toks):
        raise InputError(
            "using-graph-uri en using-named-graph-uri mogen niet samen met USING of WITH in de update."
        )
    clauses = "".join(f"USING <{g}> " for g in graphs) + "".join(f"USING NAMED <{g}> " for g in named)
    depth = 0
    cuts: list[int] = []
    for index, tok in enumerate(toks):
        if tok.kind == "punct" and tok.text == "{":
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
        elif tok.keyword == "WHERE" and depth == 0 and index and toks[index - 1].text == "}":
            cuts.append(tok.start)  # after a template: DELETE WHERE has no place for USING
    for cut in reversed(cuts):
        update = update[:cut] + clauses + update[cut:]
    return update


async def _graph_body(request: Request, limit: int, graph: str | None) -> tuple[bytes, str]:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in ACCEPTED_BODIES:
        raise UnsupportedMediaType(f"Stuur RDF als een van: {', '.join(ACCEPTED_BODIES)}.")
    body = await _body(request, limit)
    _utf8(body, "De RDF-gegevens")
    if media in QUAD_BODIES and graph:
        return _triples_of_graph(body, QUAD_BODIES[media], graph), "application/n-triples"
    return body, media


def _triples_of_graph(body: bytes, fmt: ox.RdfFormat, graph: str) -> bytes:
    """The triples of a TriG or N-Quads body for ``graph``: its default graph and that graph; a
    body that also writes other graphs is refused (this request replaces or extends one graph)."""
    try:
        quads = list(ox.parse(body, fmt, base_iri=graph))
    except SyntaxError as exc:
        raise InputError(f"De RDF-gegevens zijn ongeldig: {exc}") from None
    others = {str(q.graph_name) for q in quads
              if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != ox.NamedNode(graph)}
    if others:
        raise InputError(f"De gegevens noemen ook andere grafen ({', '.join(sorted(others)[:3])}); "
                         f"stuur hier alleen de triples van <{graph}>.")
    return returned(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES))
