"""The network view (``/viz``), the network as JSON and files (``/api/network.*``), the static
files of the view (``/viz/static/...``) and the overview of regions (``/regions``).

Filters, the same on every route: ``regio`` (slug or name), ``gemeente`` (CBS code or name),
``kinds`` (repeated or comma-separated kind keys), ``van`` and ``tot`` (document dates, ISO).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, JeugdgraphError
from ..overview import region_overview
from ..viz import NetworkFilter, build_network, to_node_link_data
from ..viz_export import write_network
from ..viz_html import FilterForm, asset, local_link, render_network_page
from ..viz_queries import KINDS, REGIONS_QUERY, QueryRows, value
from .context import ServerContext
from .html_pages import HTML_HEADERS, backend_rows, error_page, html_page

RegioParam = Annotated[str | None, Query(description="Jeugdregio: slug of naam.", examples=["rijnmond"])]
GemeenteParam = Annotated[
    str | None, Query(description="Gemeente: CBS-code of naam.", examples=["GM0622"])]
KindsParam = Annotated[list[str] | None, Query(
    description="Soorten knopen (herhaald of met komma's): " + ", ".join(k.key for k in KINDS) + ".",
    examples=["gemeente,jeugdregio,gemeenschappelijke_regeling"])]
VanParam = Annotated[str | None, Query(description="Documenten gedateerd op of na (JJJJ-MM-DD).")]
TotParam = Annotated[str | None, Query(description="Documenten gedateerd op of voor (JJJJ-MM-DD).")]

_FILE_FORMATS = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "png": "image/png",
    "svg": "image/svg+xml",
}


def _filter(regio: str | None, gemeente: str | None, kinds: list[str] | None, van: str | None,
            tot: str | None) -> NetworkFilter:
    return NetworkFilter.parse(regio=regio, gemeente=gemeente, kinds=",".join(kinds) if kinds else None,
                               van=van, tot=tot)


def viz_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["netwerk"])
    rows = backend_rows(ctx)

    @router.get("/viz", response_class=HTMLResponse, summary="Interactief netwerk van gemeenten, regio's "
                "en documenten")
    def viz_page(regio: RegioParam = None, gemeente: GemeenteParam = None, kinds: KindsParam = None,
                 van: VanParam = None, tot: TotParam = None) -> HTMLResponse:
        try:
            flt = _filter(regio, gemeente, kinds, van, tot)
            graph = build_network(rows, flt)
            regions = sorted(
                ((value(r, "region") or "").rsplit("/", 1)[-1], value(r, "label") or "")
                for r in rows(REGIONS_QUERY)
            )
        except JeugdgraphError as exc:
            return error_page(exc.http_status, str(exc), title="Dit netwerk kan niet getoond worden")
        form = FilterForm(
            regions=sorted(regions, key=lambda r: r[1].lower()),
            regio=(regio or "").strip().lower(),
            gemeente=gemeente or "",
            van=flt.van.isoformat() if flt.van else "",
            tot=flt.tot.isoformat() if flt.tot else "",
            kinds=[(k.key, k.label, k.key in flt.shown_kinds) for k in KINDS],
            json_href=_api_href("json", regio, gemeente, kinds, van, tot),
        )
        page = render_network_page(graph, standalone=False, link=local_link, form=form)
        return HTMLResponse(page, headers=HTML_HEADERS)

    @router.get("/api/network.json", summary="Het netwerk als JSON (networkx node-link)")
    def network_json(regio: RegioParam = None, gemeente: GemeenteParam = None, kinds: KindsParam = None,
                     van: VanParam = None, tot: TotParam = None) -> JSONResponse:
        graph = build_network(rows, _filter(regio, gemeente, kinds, van, tot))
        return JSONResponse(to_node_link_data(graph))

    @router.get("/api/network.{fmt}", summary="Het netwerk als GraphML, GEXF, PNG of SVG",
                responses={200: {"content": {m: {} for m in _FILE_FORMATS.values()}}})
    async def network_file(fmt: str, regio: RegioParam = None, gemeente: GemeenteParam = None,
                           kinds: KindsParam = None, van: VanParam = None, tot: TotParam = None) -> Response:
        if fmt not in _FILE_FORMATS:
            raise InputError(f"Onbekend formaat '{fmt}'; kies json, {', '.join(_FILE_FORMATS)}.")
        flt = _filter(regio, gemeente, kinds, van, tot)
        body = await run_in_threadpool(_network_file, rows, flt, fmt)
        name = "netwerk-" + (flt.regio or flt.gemeente or "alles").lower().replace(" ", "-")
        return Response(body, media_type=_FILE_FORMATS[fmt], headers={
            "Content-Disposition": f'attachment; filename="{_safe_name(name)}.{fmt}"'})

    @router.get("/viz/static/{name}", include_in_schema=False)
    def viz_static(name: str) -> Response:
        content, media_type = asset(name)
        return Response(content, media_type=media_type, headers={"Cache-Control": "public, max-age=3600",
                                                                 "X-Content-Type-Options": "nosniff"})

    @router.get("/regions", response_class=HTMLResponse, summary="Overzicht van de jeugdregio's")
    def regions_page() -> HTMLResponse:
        today = date.today()
        try:
            regions = region_overview(rows, today, local_link)
        except JeugdgraphError as exc:
            return error_page(exc.http_status, str(exc), title="Het overzicht kan niet getoond worden")
        return html_page("regions.html", title="Jeugdregio's", regions=regions, today=today.isoformat())

    return router


def _network_file(rows: QueryRows, flt: NetworkFilter, fmt: str) -> bytes:
    graph = build_network(rows, flt)
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-viz-") as folder:
        return write_network(graph, Path(folder) / f"netwerk.{fmt}", fmt).read_bytes()


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:80]


def _api_href(fmt: str, regio: str | None, gemeente: str | None, kinds: list[str] | None, van: str | None,
              tot: str | None) -> str:
    params = [(k, v) for k, v in (("regio", regio), ("gemeente", gemeente), ("van", van), ("tot", tot)) if v]
    params += [("kinds", k) for k in kinds or []]
    return f"/api/network.{fmt}" + (f"?{urlencode(params)}" if params else "")
