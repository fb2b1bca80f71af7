"""The map of youth-care regions: the page (``/kaart``), its data (``/api/kaart/lagen.json``, the
details of a municipality or region on click), the GeoJSON for any GIS (``/api/kaart.geojson``)
and the map as SVG or PNG (``/api/kaart.svg``, ``.png``; with ``regio`` or ``gemeente`` the small
map of a resource page). Every answer is for ``datum`` (ISO date, default today): membership on
that day, assignments still open on it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, NotFound
from ..geo import boundaries
from ..geo.draw import draw_map_png, map_svg
from ..geo.facts import facts_on, map_facts, municipality_details, parse_day, region_details
from ..geo.features import layers, municipality_collection, region_colours, tallies
from ..viz_html import PAGE_STYLESHEETS, local_link
from ..viz_queries import QueryRows
from .context import ServerContext
from .html_pages import backend_rows, html_page

DatumParam = Annotated[str | None, Query(
    description="Peildatum (JJJJ-MM-DD): de indeling in jeugdregio's op die dag; standaard vandaag.",
    examples=["2026-01-01"])]
RegioParam = Annotated[str | None, Query(description="Alleen deze jeugdregio (slug of naam).",
                                         examples=["rijnmond"])]
GemeenteParam = Annotated[str | None, Query(description="Kaart rond deze gemeente (CBS-code of naam).",
                                            examples=["GM0622"])]
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
_ASSETS = {"kaart.js": "text/javascript; charset=utf-8", "kaart.css": "text/css; charset=utf-8"}
_DATA_HEADERS = {"X-Content-Type-Options": "nosniff"}


def map_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["kaart"])
    rows = backend_rows(ctx)

    @router.get("/kaart", response_class=HTMLResponse, summary="Kaart van de jeugdregio's")
    def map_page() -> HTMLResponse:
        return html_page("kaart.html", title="Kaart van de jeugdregio's", today=date.today().isoformat(),
                         municipality_count=len(boundaries.municipalities()),
                         attribution=boundaries.ATTRIBUTION,
                         stylesheets=(*PAGE_STYLESHEETS, "/kaart/static/kaart.css"))

    @router.get("/kaart/static/{name}", include_in_schema=False)
    def map_static(name: str) -> Response:
        if name not in _ASSETS:
            raise NotFound(f"Er is geen bestand '{name}' voor de kaart.")
        return Response((STATIC_DIR / name).read_bytes(), media_type=_ASSETS[name],
                        headers={"Cache-Control": "public, max-age=3600", **_DATA_HEADERS})

    @router.get("/api/kaart/lagen.json", summary="Alles wat de kaart tekent: gemeenten, regio's en "
                "provincies als GeoJSON, met kleuren en tellingen")
    def map_layers(datum: DatumParam = None) -> Response:
        facts, today_members = facts_on(rows, datum, counts=False)
        return _json(layers(facts, today_members))

    @router.get("/api/kaart/tellingen.json", summary="Per gemeente: documenten, open opdrachten en de "
                "vaststelling van de regiovisie (de kaart vraagt ze na het tekenen)")
    def map_tallies(datum: DatumParam = None) -> Response:
        return _json(tallies(map_facts(rows, parse_day(datum))))

    @router.get("/api/kaart.geojson", summary="De gemeenten als GeoJSON met hun jeugdregio, namen en codes",
                responses={200: {"content": {"application/geo+json": {}}}})
    def map_geojson(regio: RegioParam = None, datum: DatumParam = None) -> Response:
        facts, today_members = facts_on(rows, datum)
        region = facts.region_iri(regio) if regio else None
        members: dict[str, Iterable[str]] = dict(today_members)
        collection = municipality_collection(facts, region_colours(members), regio=region)
        name = f"kaart-{facts.regions[region].slug}" if region else "kaart"
        return _json(collection, media_type="application/geo+json", headers={
            "Content-Disposition": f'inline; filename="{name}-{facts.day.isoformat()}.geojson"'})

    @router.get("/api/kaart/gemeente/{code}.json", summary="Wat de kaart toont bij een klik op een gemeente")
    def municipality(code: str, datum: DatumParam = None) -> Response:
        facts = map_facts(rows, parse_day(datum))
        return _json(municipality_details(rows, facts, code, local_link))

    @router.get("/api/kaart/regio/{slug}.json", summary="Wat de kaart toont bij een klik op een jeugdregio")
    def region(slug: str, datum: DatumParam = None) -> Response:
        return _json(region_details(map_facts(rows, parse_day(datum)), slug, local_link))

    @router.get("/api/kaart.{fmt}", summary="De kaart als SVG of PNG (met regio of gemeente: rond die plek)",
                responses={200: {"content": {"image/svg+xml": {}, "image/png": {}}}})
    async def map_image(fmt: str, regio: RegioParam = None, gemeente: GemeenteParam = None,
                        datum: DatumParam = None) -> Response:
        if fmt not in ("svg", "png"):
            raise InputError(f"Onbekend formaat '{fmt}'; kies geojson, svg of png.")
        body = await run_in_threadpool(_image, rows, fmt, regio, gemeente, datum)
        return Response(body, media_type="image/svg+xml" if fmt == "svg" else "image/png",
                        headers={"Cache-Control": "no-cache", **_DATA_HEADERS})

    return router


def _image(rows: QueryRows, fmt: str, regio: str | None, gemeente: str | None, datum: str | None) -> bytes:
    facts, today_members = facts_on(rows, datum, counts=False)  # a picture shows no counts
    payload = layers(facts, today_members)
    if fmt == "svg":
        return map_svg(payload, regio=regio, gemeente=gemeente).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-kaart-") as folder:
        path = Path(folder) / "kaart.png"
        draw_map_png(payload, path, regio=regio, gemeente=gemeente)
        return path.read_bytes()


def _json(data: object, *, media_type: str = "application/json", headers: dict[str, str] | None = None
          ) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, media_type=media_type, headers={**_DATA_HEADERS, **(headers or {})})

