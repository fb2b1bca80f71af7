"""``/api/queries``: the named queries as documented API routes, one route per query.

The routes are made when the app is created, each with its own typed parameters, so the OpenAPI
schema (and ``/docs``) lists every query with its parameters and examples.
"""

from __future__ import annotations

import inspect
import threading
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, JeugdgraphError
from ..namespaces import PREFIXES
from ..query.buckets import BucketPager, with_block
from ..query.named import NamedQuery, example_sparql, term_json
from ..query.remote_backend import bind_values
from ..search.named import search_binding
from .answers import HEADER_TRUNCATED, answer_query, flag, limits
from .context import ServerContext
from .paging import DEFAULT_PAGE, LIMIT_DOC, OFFSET_DOC, annotate, parse_page
from .search_routes import searched_sparql
from .sparql import FORMAT_DOC, RESPONSES, ROW_LIMIT_DOC, TIMEOUT_DOC

TAG = "Vaste vragen"


def query_api_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=[TAG])
    examples = _ExampleCache(ctx)

    @router.get("/api/queries", summary="Alle vaste vragen, met parameters, voorbeelden en SPARQL-tekst")
    async def list_queries(request: Request) -> dict[str, Any]:
        entries = [await run_in_threadpool(examples.entry, nq) for nq in ctx.named_queries]
        return {"vragen": entries}

    @router.get("/api/prefixes", summary="De prefixen die elke query zonder PREFIX-regel mag gebruiken")
    async def prefixes() -> dict[str, str]:
        return dict(PREFIXES)

    for named in ctx.named_queries:
        router.add_api_route(
            named.api_path,
            _endpoint(ctx, named),
            methods=["GET"],
            summary=named.summary,
            description=_describe(named),
            operation_id=f"vraag_{named.name.replace('-', '_')}",
            response_class=Response,
            responses=NAMED_RESPONSES,
        )
    return router


#: a named query's parameter may also name no resource, or more than one (``Bergen``)
NAMED_RESPONSES: dict[int | str, dict[str, Any]] = {
    **RESPONSES,
    404: {"description": "Geen gemeente, regio, wet, thema of document met deze naam of code."},
    409: {"description": "De naam past bij meer dan één gemeente of regio; 'kandidaten' noemt ze."},
}


def _describe(named: NamedQuery) -> str:
    lines = [named.description or named.summary, ""]
    for param in named.params:
        need = "verplicht" if param.required else "optioneel"
        default = f", standaard {param.default}" if param.default else ""
        lines.append(f"- `{param.name}` ({param.type}, {need}{default}): {param.description}")
    lines += ["", "Resultaat in dezelfde formaten als `/sparql`; "
              "de standaardgraaf is de vereniging van alle grafen. Het antwoord komt in pagina's "
              "(`limit`, standaard 100 rijen, en `offset`); de volgende pagina staat in de `Link`-header, "
              "het totaal in `X-Jeugdgraph-Total` zodra het bekend is (op de laatste pagina)."]
    return "\n".join(lines)


def _endpoint(ctx: ServerContext, named: NamedQuery):  # noqa: ANN202 - a FastAPI endpoint
    searched = search_binding(named)  # hits of the full-text index bound as VALUES
    pager = BucketPager(ctx.backend, ctx.lookup_timeout)

    async def endpoint(request: Request, **values: str | None) -> Response:
        _refuse_repeated(request, [*(p.name for p in named.params), *CONTROL_PARAMETERS])
        given = {p.name: values.get(p.name) for p in named.params}
        page = parse_page(values.get("limit"), values.get("offset"), ctx.settings.row_limit_max)
        if named.info.form != "select":
            page = parse_page("alle", None, ctx.settings.row_limit_max)
        substitutions = await run_in_threadpool(ctx.binder.bind, named, given)
        sparql = named.sparql
        if searched is not None:
            # as many hits as rows can be shown: every hit gives at least one row
            cap = limits(ctx.settings, values.get("timeout"), values.get("row_limit"))[1]
            hits = page.offset + page.limit + 1 if page.limit is not None else page.offset + cap + 1
            sparql = await run_in_threadpool(searched_sparql, ctx, named, searched, given, hits)
        # the values as a VALUES block of RDF terms (as a remote store gets them): Oxigraph plans a
        # VALUES-bound variable into a UNION or an index lookup, a substituted one it filters late
        sparql = bind_values(sparql, substitutions, named.shape)  # hits went in at the same offset

        async def answer(text: str) -> Response:
            return await answer_query(
                ctx.backend, ctx.settings, request, page.sparql(text), named.info,
                format_override=values.get("format"), timeout=values.get("timeout"),
                row_limit=str(page.limit) if page.paged else values.get("row_limit"),
                download=flag(values.get("download")), filename=named.name,
            )

        spec = named.pages
        if spec is None or page.limit is None or spec.key in substitutions:
            return annotate(await answer(sparql), request, page)
        # the page from the first buckets (query.buckets); the blocks go in after the values, at
        # the same offset, so the parse made at load still points at the WHERE group
        blocks = pager.blocks(spec, substitutions, page.offset + page.limit + 1)
        response = None
        while (step := await run_in_threadpool(next, blocks, None)) is not None:
            if step[1] and spec.descending and spec.pattern:  # rows without the key sort last: as written
                response = None
                break
            response = await answer(with_block(sparql, named.shape.where_open or 0, step[0]))
            if step[1] or response.headers.get(HEADER_TRUNCATED) == "true":
                break
        return annotate(response or await answer(sparql), request, page)

    parameters = [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)]
    for param in named.params:
        extra: dict[str, Any] = {}
        if param.example is not None:
            extra["openapi_examples"] = {"voorbeeld": {"summary": "Voorbeeld", "value": param.example}}
        description = param.description + (f" Standaard: {param.default}." if param.default else "")
        default = inspect.Parameter.empty if param.required else None
        annotation = Annotated[str | None, Query(description=description, **extra)] if not param.required \
            else Annotated[str, Query(description=description, **extra)]
        parameters.append(inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY,
                                            annotation=annotation, default=default))
    for name, alias, doc in (("format", None, FORMAT_DOC), ("timeout", None, TIMEOUT_DOC),
                             ("row_limit", "row-limit", ROW_LIMIT_DOC),
                             ("download", None, "1: als bestand downloaden."),
                             ("limit", None, LIMIT_DOC), ("offset", None, OFFSET_DOC)):
        parameters.append(inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, default=None,
            annotation=Annotated[str | None, Query(alias=alias, description=doc)],
        ))
    endpoint.__signature__ = inspect.Signature(parameters, return_annotation=Response)  # type: ignore[attr-defined]
    endpoint.__name__ = f"vraag_{named.name.replace('-', '_')}"
    return endpoint


CONTROL_PARAMETERS = ("format", "timeout", "row-limit", "download")


def _refuse_repeated(request: Request, names: list[str]) -> None:
    """A parameter given twice is an error (400), not silently its last value."""
    for name in names:
        if len(request.query_params.getlist(name)) > 1:
            raise InputError(f"De parameter '{name}' is meer dan eens meegegeven; geef hem één keer.")


class _ExampleCache:
    """Each query's listing entry, with its example values resolved once (the store is read-only
    while the server runs; a lookup that fails is retried on the next request)."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, Any]] = {}

    def entry(self, named: NamedQuery) -> dict[str, Any]:
        with self._lock:
            cached = self._entries.get(named.name)
        if cached is not None:
            return cached
        entry: dict[str, Any] = {
            "naam": named.name,
            "samenvatting": named.summary,
            "beschrijving": named.description,
            "soort": named.kind,
            "api": named.api_path,
            "parameters": [
                {"naam": p.name, "type": p.type, "verplicht": p.required, "beschrijving": p.description,
                 "standaard": p.default, "voorbeeld": p.example}
                for p in named.params
            ],
            "sparql": named.sparql,
        }
        examples = named.example_values()
        query_string = urlencode(examples)
        entry["voorbeeld_api"] = named.api_path + (f"?{query_string}" if query_string else "")
        try:
            bound = self.ctx.binder.bind(named, examples)
        except JeugdgraphError as exc:
            entry["voorbeeld_sparql"] = example_sparql(named, {})
            entry["voorbeeld_fout"] = str(exc)
            return entry  # not cached: the store may know the example later
        entry["voorbeeld_sparql"] = example_sparql(named, bound)
        searched = search_binding(named)
        if searched is not None:  # the page runs the text: it needs the hits written in it
            try:
                entry["voorbeeld_sparql"] = searched_sparql(
                    self.ctx, named, searched, dict(examples), DEFAULT_PAGE,
                    entry["voorbeeld_sparql"])
            except JeugdgraphError as exc:
                entry["voorbeeld_fout"] = str(exc)
                return entry
        entry["voorbeeld_waarden"] = {k: term_json(v) for k, v in bound.items()}
        with self._lock:
            self._entries[named.name] = entry
        return entry
