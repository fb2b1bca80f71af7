"""``/sparql``: the SPARQL 1.1 Protocol (query operation only).

GET with ``query=``, POST form-encoded, POST ``application/sparql-query``; ``default-graph-uri``
and ``named-graph-uri`` choose the dataset, and without them the default graph is the union of
all named graphs. GET without a query answers with the Service Description. Updates are refused.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..errors import InputError, PayloadTooLarge, QueryRefused, UnsupportedMediaType
from ..namespaces import PREFIXES
from ..query.formats import GRAPH_FORMATS, RESULT_FORMATS
from ..query.parsed_query import needs_second_reading
from ..query.remote_backend import RemoteBackend
from ..query.safety import UPDATE_REFUSED, check_graph_name, inspect_query
from ..settings import Settings
from .answers import answer_query, flag
from .context import ServerContext
from .negotiation import choose, parse_accept, quality_of_media_type
from .params import multi, parse_form, require_utf8, single
from .service_description import serialise_description, service_description

VOID_PATH = "/.well-known/void"  # the dataset's VoID/DCAT description (ontology_routes)

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

_ANSWER_TYPES = {
    f.media_type: {"schema": {"type": "string"}} for f in (*RESULT_FORMATS, *GRAPH_FORMATS)
}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "Het antwoord, in het gevraagde formaat.", "content": _ANSWER_TYPES},
    400: {"description": "Ongeldige query (met regel en kolom) of ongeldige parameter."},
    403: {"description": "Niet toegestaan: update, LOAD, SERVICE of FROM buiten de allowlist, file:."},
    406: {"description": "Geen van de gevraagde formaten past bij de query."},
    413: {"description": "De query is te groot."},
    503: {"description": "De query overschreed de tijdslimiet, of alle queryprocessen waren bezet."},
}

QUERY_DOC = "De SPARQL-query (de standaardprefixen jg:, jgi:, org:, dcterms:, … zijn al gedeclareerd)."
FORMAT_DOC = ("Formaat, gaat boven de Accept-header: json, xml, csv, tsv (SELECT/ASK) of "
              "turtle, ntriples, jsonld, rdfxml, trig (CONSTRUCT/DESCRIBE); een onbekende waarde "
              "wijkt voor de Accept-header.")
TIMEOUT_DOC = "Tijdslimiet in seconden; kleiner dan de serverlimiet mag, groter niet."
ROW_LIMIT_DOC = ("Hoogstens zoveel rijen of triples. Standaard is het antwoord volledig; met een ingestelde "
                 "rijlimiet mag hoger tot het servermaximum.")


def _parameter(name: str, description: str, *, array: bool = False) -> dict:
    schema: dict = {"type": "array", "items": {"type": "string"}} if array else {"type": "string"}
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": {**schema, "description": description}}


# The endpoint is a plain route (see ``sparql_route``), so its OpenAPI description is written here.
OPENAPI_PATH_ITEM = {
    "get": {
        "tags": ["SPARQL"],
        "summary": "SPARQL-query (GET), of de servicebeschrijving zonder query",
        "operationId": "sparql_get",
        "parameters": [
            _parameter("query", QUERY_DOC),
            _parameter("default-graph-uri", "Graaf die de standaardgraaf vormt (herhaalbaar).", array=True),
            _parameter("named-graph-uri", "Graaf die met GRAPH bereikbaar is (herhaalbaar).", array=True),
            _parameter("format", FORMAT_DOC),
            _parameter("timeout", TIMEOUT_DOC),
            _parameter("row-limit", ROW_LIMIT_DOC),
            _parameter("download", "1: als bestand downloaden."),
        ],
        "responses": {str(code): answer for code, answer in RESPONSES.items()},
    },
    "post": {
        "tags": ["SPARQL"],
        "summary": "SPARQL-query (POST: formulier of application/sparql-query)",
        "operationId": "sparql_post",
        "requestBody": {"required": True, "content": {
            FORM: {"schema": {"type": "object", "required": ["query"], "properties": {
                "query": {"type": "string", "description": QUERY_DOC},
                "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                "format": {"type": "string", "description": FORMAT_DOC},
                "timeout": {"type": "string", "description": TIMEOUT_DOC},
                "row-limit": {"type": "string", "description": ROW_LIMIT_DOC},
                "download": {"type": "string"},
            }}},
            SPARQL_QUERY: {"schema": {"type": "string", "description": QUERY_DOC}},
        }},
        "responses": {str(code): answer for code, answer in RESPONSES.items()},
    },
}


SINGLE = ("query", "timeout", "row-limit", "download")  # given at most once; format may repeat


def sparql_route(ctx: ServerContext) -> Route:
    """``/sparql`` as a plain Starlette route: it parses its own parameters, so a small query does
    not pay for the framework's parameter validation (a third of its time in the server)."""
    settings = ctx.settings
    # the embedded store never fetches a graph: a dataset IRI only names a graph of the store (an
    # absent one is empty); a remote store might, so there the allowlist applies
    names_only = not isinstance(ctx.backend, RemoteBackend)

    def check_dataset(graph: str, clause: str) -> None:
        check_graph_name(graph, settings.service_allowlist, clause=clause, names_only=names_only)

    async def run(request: Request, params: dict[str, list[str]]) -> Response:
        query = single(params, "query") or ""
        if not query.strip():
            raise InputError("De query is leeg.")
        if len(query.encode("utf-8")) > settings.max_query_bytes:
            raise PayloadTooLarge(f"De query is groter dan {settings.max_query_bytes} bytes.")
        if needs_second_reading(query):  # a second reading by rdflib's parser: not on the event loop
            info = await run_in_threadpool(
                inspect_query, query, allowlist=settings.service_allowlist, prefixes=PREFIXES,
                graph_names_only=names_only,
            )
        else:
            info = inspect_query(query, allowlist=settings.service_allowlist, prefixes=PREFIXES,
                                 graph_names_only=names_only)
        default_graphs = params.get("default-graph-uri", [])
        named_graphs = params.get("named-graph-uri", [])
        for graph in default_graphs:
            check_dataset(graph, "default-graph-uri")
        for graph in named_graphs:
            check_dataset(graph, "named-graph-uri")
        return await answer_query(  # info.text: the text the check read, comments blanked out
            ctx.backend, settings, request, info.text, info,
            format_override=",".join(params.get("format", [])) or None, timeout=single(params, "timeout"),
            row_limit=single(params, "row-limit"), download=flag(single(params, "download")),
            default_graph=default_graphs, named_graphs=named_graphs, base_iri=endpoint_iri(settings, request),
        )

    async def sparql_get(request: Request) -> Response:
        params = multi(_url_params(request))
        if "update" in params:
            raise QueryRefused(UPDATE_REFUSED)
        if "query" not in params:
            return await describe(request, ",".join(params.get("format", [])) or None)
        return await run(request, params)

    async def sparql_post(request: Request) -> Response:
        raw_type = request.headers.get("content-type", "")
        content_type = raw_type.split(";")[0].strip().lower()
        if content_type == SPARQL_UPDATE:
            raise QueryRefused(UPDATE_REFUSED)
        if content_type not in (FORM, SPARQL_QUERY):
            raise UnsupportedMediaType(
                f"Stuur de query als {FORM} (veld 'query') of als {SPARQL_QUERY}, niet als "
                f"'{content_type or 'zonder Content-Type'}'."
            )
        require_utf8(raw_type)
        text = await _read_text(request, settings.max_query_bytes + 10_000)
        url = multi(_url_params(request))
        if content_type == SPARQL_QUERY:
            body = {"query": [text]}
        else:
            body = multi(parse_form(text))
            if "update" in body:
                raise QueryRefused(UPDATE_REFUSED)
        if "query" in url:
            raise InputError("Stuur de query in de URL of in de body, niet in allebei." if "query" in body
                             else "Bij POST hoort de query in de body, niet in de URL.")
        if "query" not in body:
            raise InputError("Stuur precies één veld 'query' mee.")
        params = dict(url)
        for key, values in body.items():
            if key in SINGLE and key in params:
                raise InputError(f"De parameter '{key}' staat zowel in de URL als in de body.")
            params[key] = [*params.get(key, []), *values]
        return await run(request, params)

    async def describe(request: Request, format_override: str | None) -> Response:
        accept = request.headers.get("accept")
        if not format_override and _prefers_html(accept):
            return RedirectResponse("/", status_code=303)
        fmt = choose(GRAPH_FORMATS, accept, format_override)
        statistics = await run_in_threadpool(ctx.statistics.get)
        endpoint = endpoint_iri(settings, request)  # from settings: the Host header is the client's word
        void_iri = settings.public_base + VOID_PATH
        triples = service_description(endpoint, statistics, federation=bool(settings.service_allowlist),
                                      void_iri=void_iri)
        return Response(serialise_description(triples, fmt), media_type=fmt.content_type,
                        headers={"Vary": "Accept"})

    async def sparql(request: Request) -> Response:
        if request.method == "POST":
            return await sparql_post(request)
        return await sparql_get(request)

    return Route("/sparql", sparql, methods=["GET", "POST"], include_in_schema=False)


def _url_params(request: Request) -> list[tuple[str, str]]:
    """The URL's parameters as Starlette's ``request.query_params`` reads them (the same pairs)."""
    return parse_form(request.scope["query_string"].decode("latin-1"))


def endpoint_iri(settings: Settings, request: Request) -> str:
    """The endpoint's own IRI, the base IRI of relative IRIs in queries and updates: the server's
    configured address (never the client's Host header) with the request's path."""
    path: str = request.scope["path"]
    if not _PLAIN_PATH.fullmatch(path):  # Starlette's URL escapes and splits an unusual path
        path = request.url.path
    return settings.public_base + path


# a path that ``request.url.path`` gives back as it is (building that URL costs more than a query's form)
_PLAIN_PATH = re.compile(r"/(?!/)[A-Za-z0-9._~/-]*")


def _prefers_html(accept: str | None) -> bool:
    ranges = parse_accept(accept)
    if not any(r.type == "text" and r.subtype == "html" and r.q > 0 for r in ranges):
        return False  # only a client that names HTML (a browser) gets the page
    rdf = max(quality_of_media_type(ranges, f.media_type) for f in GRAPH_FORMATS)
    return quality_of_media_type(ranges, "text/html") >= rdf


async def _read_text(request: Request, limit: int) -> str:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"Het verzoek is groter dan {limit} bytes.")
    body = bytearray()
    receive = request.receive  # read as ``request.stream()`` reads it, without an async generator per request
    while True:
        message = await receive()
        if message["type"] == "http.request":
            body.extend(message.get("body", b""))
            if len(body) > limit:
                raise PayloadTooLarge(f"Het verzoek is groter dan {limit} bytes.")
            if not message.get("more_body", False):
                break
        elif message["type"] == "http.disconnect":
            raise ClientDisconnect()
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("Het verzoek is geen geldige UTF-8-tekst.") from None
