"""``GET /api/zoeken``: full-text search over document texts, titles and quotes, with filters, and
the index behind named queries that declare ``#+ zoekindex:`` (see ``named``)."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, StoreError
from ..query.inprocess import InProcessBackend
from ..query.named import NamedQuery, Param
from ..query.pool import ProcessPoolBackend
from ..search.index import Filters, Hit, SearchIndex, memory_index, open_folder, open_index
from ..search.named import FILTER_PARAMS, SearchBinding, with_hits
from .context import ServerContext
from .paging import page_url

REMOTE = (
    "Zoeken in de tekst werkt alleen met de ingebouwde store (een storemap) of met een lokale zoekindex: "
    "deze server leest uit een externe SPARQL-store. Stel JEUGDGRAPH_REMOTE_SEARCH_INDEX in op een map, "
    "bouw daarna met 'jeugdgraph build --store URL' (dat schrijft de zoekindex daar) en start de server "
    "met dezelfde instelling."
)
MISSING = (
    "Deze store heeft nog geen zoekindex (gebouwd met een oudere versie van jeugdgraph); bouw de store "
    "opnieuw met 'jeugdgraph build --store MAP'."
)
MAX_PAGE = 1000
_LOCATORS: weakref.WeakKeyDictionary[object, Any] = weakref.WeakKeyDictionary()


class SearchUnavailable(StoreError):
    """No index for this server's store (503 with the reason)."""


def _locator(ctx: ServerContext):  # noqa: ANN202 - a callable returning the index
    backend = ctx.backend
    if isinstance(backend, ProcessPoolBackend):
        store_dir = Path(backend.store_dir)  # now, before a write moves the workers to a checkpoint

        def on_disk() -> SearchIndex:
            index = open_index(store_dir)
            if index is None:
                raise SearchUnavailable(MISSING)
            return index
        return on_disk
    if isinstance(backend, InProcessBackend):
        return lambda: memory_index(backend.store)
    folder = ctx.settings.remote_search_index

    def remote() -> SearchIndex:
        index = open_folder(Path(folder)) if folder is not None else None
        if index is None:
            raise SearchUnavailable(REMOTE)
        return index
    return remote


def search_index(ctx: ServerContext) -> SearchIndex:
    """The index of the store ``ctx`` serves, or ``SearchUnavailable`` saying why there is none."""
    locate = _LOCATORS.get(ctx.backend)
    if locate is None:
        locate = _LOCATORS[ctx.backend] = _locator(ctx)
    return locate()


def filters_from(ctx: ServerContext, values: dict[str, str | None]) -> Filters:
    """The filters of a request, each value checked and resolved like a named-query parameter."""
    binder = ctx.binder

    def term(name: str, kind: str) -> str | None:
        raw = values.get(name)
        if not raw:
            return None
        return binder.term(Param(name, kind, False, ""), raw).value

    def day(name: str) -> int | None:
        value = term(name, "date")
        return int(value.replace("-", "")) if value else None

    kind = values.get("soort") or None
    if kind is not None and not kind.replace("-", "").isalnum():
        raise InputError(f"soort moet een klassenaam zijn, zoals Motie of Besluit (niet '{kind}').")
    unit = values.get("eenheid") or None
    if unit not in (None, "document", "uitspraak"):
        raise InputError("eenheid moet 'document' of 'uitspraak' zijn.")
    return Filters(region=term("regio", "jeugdregio"), municipality=term("gemeente", "gemeente"),
                   kind=kind, date_from=day("van"), date_to=day("tot"), unit=unit)


def hit_json(hit: Hit) -> dict[str, Any]:
    out: dict[str, Any] = {
        "iri": hit.key, "document": hit.document, "eenheid": hit.unit, "titel": hit.title,
        "soorten": list(hit.kinds), "score": round(hit.score, 4),
        "datum": _iso(hit.date),
    }
    if hit.fragment is not None:
        out["fragment"] = {
            "tekst": hit.fragment.text, "begin": hit.fragment.begin, "eind": hit.fragment.end,
            "markeringen": [list(h) for h in hit.fragment.highlights],
        }
    return out


def _iso(day: int | None) -> str | None:
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}" if day else None


def search_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["Zoeken"])
    _LOCATORS[ctx.backend] = _locator(ctx)

    @router.get(
        "/api/zoeken",
        summary="Zoeken in de tekst van documenten, titels en citaten",
        description=(
            "Nederlandse volledige-tekstzoekopdracht: woordvormen worden tot hun stam teruggebracht "
            "(wachttijden vindt ook wachttijd) en accenten tellen niet mee (ideeën = ideeen). Alle woorden "
            "moeten voorkomen; een zin tussen aanhalingstekens zoekt precies die woordvolgorde. Treffers "
            "staan op relevantie (BM25), met een fragment en de tekenposities in jg:tekst van het document. "
            "De volgende pagina staat in de Link-header."
        ),
    )
    async def zoeken(
        request: Request,
        q: Annotated[str, Query(description="De zoektekst.", min_length=1, max_length=500)],
        regio: Annotated[str | None, Query(description="Alleen over deze jeugdregio.")] = None,
        gemeente: Annotated[str | None, Query(description="Alleen van of over deze gemeente.")] = None,
        soort: Annotated[str | None, Query(description="Alleen deze soort: Motie, Besluit, …")] = None,
        van: Annotated[str | None, Query(description="Documentdatum vanaf (JJJJ-MM-DD).")] = None,
        tot: Annotated[str | None, Query(description="Documentdatum tot en met (JJJJ-MM-DD).")] = None,
        eenheid: Annotated[str | None, Query(description="'document' of 'uitspraak' (een citaat).")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Treffers per pagina.")] = 20,
        offset: Annotated[int, Query(ge=0, le=100_000, description="Treffers overslaan.")] = 0,
    ) -> JSONResponse:
        values = {"regio": regio, "gemeente": gemeente, "soort": soort, "van": van, "tot": tot,
                  "eenheid": eenheid}
        # a region or municipality is looked up in the store (a worker, from a thread); the other
        # filters are only read, which is cheaper here than the hand-over to a thread and back
        filters = (await run_in_threadpool(filters_from, ctx, values) if regio or gemeente
                   else filters_from(ctx, values))
        index = search_index(ctx)
        results = await run_in_threadpool(index.search, q, filters, limit=limit, offset=offset)
        headers = {"X-Jeugdgraph-Total": str(results.total)}
        if offset + len(results.hits) < results.total:
            headers["Link"] = f'<{page_url(request, limit, offset + limit)}>; rel="next"'
        body = {"zoekvraag": q, "totaal": results.total, "offset": offset, "limit": limit,
                "treffers": [hit_json(h) for h in results.hits]}
        return JSONResponse(body, headers=headers)

    return router


__all__ = ["SearchUnavailable", "filters_from", "search_index", "search_router"]


def searched_sparql(ctx: ServerContext, named: NamedQuery, binding: SearchBinding,
                    given: dict[str, str | None], hits: int, sparql: str | None = None) -> str:
    """The named query's text with the hits for the request's parameter values (the server's
    index; ``SearchUnavailable`` on a remote store)."""
    text = given.get(binding.text_param)
    if not text:
        raise InputError(f"De parameter '{binding.text_param}' (de zoektekst) ontbreekt.")
    filters = filters_from(ctx, {name: given.get(name) for name in FILTER_PARAMS})
    return with_hits(named, binding, search_index(ctx), text, filters, hits, sparql)
