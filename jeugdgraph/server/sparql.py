"""``/sparql``: the SPARQL 1.1 Protocol (query operation only).

GET with ``query=``, POST form-encoded, POST ``application/sparql-query``; ``default-graph-uri``
and ``named-graph-uri`` choose the dataset, and without them the default graph is the union of
all named graphs. GET without a query answers with the Service Description. Updates are refused.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..errors import InputError, PayloadTooLarge, QueryRefused, UnsupportedMediaType
from ..namespaces import PREFIXES
from .answers import answer_query, flag
from .context import ServerContext
from .formats import GRAPH_FORMATS, RESULT_FORMATS
from .negotiation import choose, parse_accept, quality_of_media_type
from .parsed_query import mentions_remote_keyword
from .safety import UPDATE_REFUSED, check_graph_name, inspect_query
from .service_description import serialise_description, service_description

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

_ANSWER_TYPES = {
    f.media_type: {"schema": {"type": "string"}} for f in (*RESULT_FORMATS, *GRAPH_FORMATS)
}
RESPONSES = {
    200: {"description": "Het antwoord, in het gevraagde formaat.", "content": _ANSWER_TYPES},
    400: {"description": "Ongeldige query (met regel en kolom) of ongeldige parameter."},
    403: {"description": "Niet toegestaan: update, LOAD, SERVICE of FROM buiten de allowlist, file:."},
    406: {"description": "Geen van de gevraagde formaten past bij de query."},
    413: {"description": "De query is te groot."},
    503: {"description": "De query overschreed de tijdslimiet, of alle queryprocessen waren bezet."},
}

QUERY_DOC = "De SPARQL-query (de standaardprefixen jg:, jgi:, org:, dcterms:, … zijn al gedeclareerd)."
FORMAT_DOC = ("Formaat, gaat boven de Accept-header: json, xml, csv, tsv (SELECT/ASK) of "
              "turtle, ntriples, jsonld, rdfxml, trig (CONSTRUCT/DESCRIBE).")
TIMEOUT_DOC = "Tijdslimiet in seconden; kleiner dan de serverlimiet mag, groter niet."
ROW_LIMIT_DOC = "Hoogstens zoveel rijen of triples (standaard 10 000; hoger mag tot het servermaximum)."


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


def sparql_route(ctx: ServerContext) -> Route:
    """``/sparql`` as a plain Starlette route: it parses its own parameters, so a small query does
    not pay for the framework's parameter validation (a third of its time in the server)."""
    settings = ctx.settings

    async def run(
        request: Request, query: str, default_graphs: list[str], named_graphs: list[str],
        format_override: str | None, timeout: str | None, row_limit: str | None, download: bool,
    ) -> Response:
        if not query.strip():
            raise InputError("De query is leeg.")
        if len(query.encode("utf-8")) > settings.max_query_bytes:
            raise PayloadTooLarge(f"De query is groter dan {settings.max_query_bytes} bytes.")
        if mentions_remote_keyword(query):  # a second reading by rdflib's parser: not on the event loop
            info = await run_in_threadpool(
                inspect_query, query, allowlist=settings.service_allowlist, prefixes=PREFIXES
            )
        else:
            info = inspect_query(query, allowlist=settings.service_allowlist, prefixes=PREFIXES)
        for graph in default_graphs:
            check_graph_name(graph, settings.service_allowlist, clause="default-graph-uri")
        for graph in named_graphs:
            check_graph_name(graph, settings.service_allowlist, clause="named-graph-uri")
        return await answer_query(  # info.text: the text the check read, comments blanked out
            ctx.backend, settings, request, info.text, info,
            format_override=format_override, timeout=timeout, row_limit=row_limit, download=download,
            default_graph=default_graphs, named_graphs=named_graphs,
        )

    async def sparql_get(request: Request) -> Response:
        url = request.query_params
        if "update" in url:
            raise QueryRefused(UPDATE_REFUSED)
        if len(url.getlist("query")) > 1:
            raise InputError("Stuur precies één parameter 'query' mee.")
        query = url.get("query")
        if query is None:
            return await describe(request, url.get("format"))
        return await run(
            request, query, url.getlist("default-graph-uri"), url.getlist("named-graph-uri"),
            url.get("format"), url.get("timeout"), url.get("row-limit"), flag(url.get("download")),
        )

    async def sparql_post(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == SPARQL_UPDATE:
            raise QueryRefused(UPDATE_REFUSED)
        if content_type not in (FORM, SPARQL_QUERY):
            raise UnsupportedMediaType(
                f"Stuur de query als {FORM} (veld 'query') of als {SPARQL_QUERY}, niet als "
                f"'{content_type or 'zonder Content-Type'}'."
            )
        text = await _read_text(request, settings.max_query_bytes + 10_000)
        url = request.query_params
        if content_type == SPARQL_QUERY:
            fields: dict[str, list[str]] = {}
            query = text
        else:
            fields = {}
            for key, value in parse_qsl(text, keep_blank_values=True):
                fields.setdefault(key, []).append(value)
            if "update" in fields:
                raise QueryRefused(UPDATE_REFUSED)
            queries = fields.get("query", [])
            if len(queries) != 1:
                raise InputError("Stuur precies één veld 'query' mee.")
            query = queries[0]

        def param(name: str) -> str | None:
            values = fields.get(name) or url.getlist(name)
            return values[0] if values else None

        default_graphs = fields.get("default-graph-uri") or url.getlist("default-graph-uri")
        named_graphs = fields.get("named-graph-uri") or url.getlist("named-graph-uri")
        return await run(request, query, list(default_graphs), list(named_graphs), param("format"),
                         param("timeout"), param("row-limit"), flag(param("download")))

    async def describe(request: Request, format_override: str | None) -> Response:
        accept = request.headers.get("accept")
        if not format_override and _prefers_html(accept):
            return RedirectResponse("/", status_code=303)
        fmt = choose(GRAPH_FORMATS, accept, format_override)
        statistics = await run_in_threadpool(ctx.statistics.get)
        endpoint = settings.public_base + "/sparql"  # from settings: the Host header is the client's word
        triples = service_description(endpoint, statistics, federation=bool(settings.service_allowlist))
        return Response(serialise_description(triples, fmt), media_type=fmt.content_type,
                        headers={"Vary": "Accept"})

    async def sparql(request: Request) -> Response:
        if request.method == "POST":
            return await sparql_post(request)
        return await sparql_get(request)

    return Route("/sparql", sparql, methods=["GET", "POST"], include_in_schema=False)


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
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise PayloadTooLarge(f"Het verzoek is groter dan {limit} bytes.")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("Het verzoek is geen geldige UTF-8-tekst.") from None
