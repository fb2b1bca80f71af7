"""The map as a file: SVG written directly (small, crisp, a ``<title>`` per municipality for hover,
the attribution as text) and PNG drawn with matplotlib's object API on an Agg canvas (no pyplot, so
server threads drawing at once share nothing). Both take the payload of
:func:`jeugdgraph.geo.features.layers`, so they show what the page shows on the same day.

``regio`` (a slug) or ``gemeente`` (a CBS code) focus the map: the region's municipalities keep
their colour, the rest of the country is grey, the view is the region with some surroundings, and
the municipality (if any) is outlined. That is the small map of the resource pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..errors import InputError, NotFound
from .features import NO_REGION_COLOUR

MAP_FORMATS = ("svg", "png")
_OUTSIDE = "#e4e7ea"  # municipalities outside the focused region
_SEA = "#eef4f9"
_SELECTED = "#d7191c"
_LEGEND_PX = 420  # pixels of the legend beside the whole country


def _polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def _rings(geometry: dict, projection: dict) -> Iterator[list[tuple[float, float]]]:
    lon0, lat0, kx, ky = projection["lon0"], projection["lat0"], projection["kx"], projection["ky"]
    for polygon in _polygons(geometry):
        for ring in polygon:
            yield [((lon - lon0) * kx, (lat0 - lat) * ky) for lon, lat in ring]


def _path_data(geometry: dict, projection: dict) -> str:
    return "".join(
        "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in ring) + "Z" for ring in _rings(geometry, projection))


def _bounds(geometries: list[dict], projection: dict) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for geometry in geometries:
        for ring in _rings(geometry, projection):
            xs.extend(x for x, _ in ring)
            ys.extend(y for _, y in ring)
    return min(xs), min(ys), max(xs), max(ys)


class MapView:
    """What to draw and where: the focus, the fill of every municipality and the view box."""

    def __init__(self, payload: dict, regio: str | None = None, gemeente: str | None = None) -> None:
        self.payload = payload
        self.projection = payload["projectie"]
        self.municipalities = payload["gemeenten"]["features"]
        self.selected = None
        if gemeente:
            wanted = gemeente.lower()
            self.selected = next((f for f in self.municipalities if wanted in (
                f["properties"]["code"].lower(), f["properties"]["naam"].lower())), None)
            if self.selected is None:
                raise NotFound(f"Er is geen gemeente '{gemeente}' op de kaart.")
            regio = regio or self.selected["properties"]["regio_slug"] or None
        self.region = None
        if regio:
            wanted = regio.lower()
            self.region = next((f for f in payload["regios"]["features"] if wanted in (
                f["properties"]["slug"], f["properties"]["naam"].lower())), None)
            if self.region is None:
                raise NotFound(f"Er is geen jeugdregio '{regio}' op de kaart.")
        focus = [f["geometry"] for f in (self.region, self.selected) if f][:1] or None
        x0, y0, x1, y1 = _bounds(focus or [f["geometry"] for f in self.municipalities], self.projection)
        margin = max(x1 - x0, y1 - y0) * (0.25 if focus else 0.02) + 10
        self.box = (x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin)
        self.focused = focus is not None

    def visible(self, feature: dict) -> bool:
        """Whether any of ``feature`` may fall inside the view box (a focused map leaves the rest out)."""
        if not self.focused:
            return True
        x0, y0, x1, y1 = _bounds([feature["geometry"]], self.projection)
        x, y, w, h = self.box
        return x0 <= x + w and x1 >= x and y0 <= y + h and y1 >= y

    def fill(self, feature: dict) -> str:
        props = feature["properties"]
        if self.region and props["regio"] != self.region["properties"]["iri"]:
            return _OUTSIDE
        return props["kleur"] or NO_REGION_COLOUR

    def title(self) -> str:
        if self.selected:
            return f"{self.selected['properties']['naam']} in jeugdregio " + (
                self.region["properties"]["naam"] if self.region else "(geen)")
        if self.region:
            return f"Jeugdregio {self.region['properties']['naam']}"
        return "Gemeenten naar jeugdregio"

    def legend(self) -> list[tuple[str, str]]:
        regions = sorted(self.payload["regios"]["features"], key=lambda f: f["properties"]["naam"].lower())
        return [(f["properties"]["kleur"], f["properties"]["naam"]) for f in regions]


def map_svg(payload: dict, *, regio: str | None = None, gemeente: str | None = None,
            width: int | None = None) -> str:
    """The map as an SVG document (the whole country with a legend, or focused without one),
    ``width`` pixels wide; line widths and text are sized in pixels of that width."""
    view = MapView(payload, regio, gemeente)

    def d(feature: dict) -> str:
        return _path_data(feature["geometry"], view.projection)

    x, y, w, h = view.box
    legend = [] if view.focused else view.legend()
    width = width or (1300 if legend else 480)
    px = w / (width - (_LEGEND_PX if legend else 0))  # map units per pixel
    total_w = w + (_LEGEND_PX * px if legend else 0)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x:.1f} {y:.1f} {total_w:.1f} {h:.1f}" '
        f'width="{width}" height="{width * h / total_w:.0f}" role="img" '
        f"aria-label={quoteattr(view.title())}>",
        f"<title>{escape(view.title())} · {escape(payload['bron'])}</title>",
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{total_w:.1f}" height="{h:.1f}" fill="#ffffff"/>',
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{_SEA}"/>',
        f'<g id="gemeenten" stroke="#ffffff" stroke-width="{0.5 * px:.2f}" stroke-linejoin="round">',
    ]
    for feature in filter(view.visible, view.municipalities):
        props = feature["properties"]
        region = props["regio_naam"] or "geen jeugdregio"
        out.append(f'<path d="{d(feature)}" fill="{view.fill(feature)}" fill-rule="evenodd"'
                   f'  data-code="{escape(props["code"])}">'
                   f"<title>{escape(props['naam'])} · {escape(region)}</title></path>")
    out.append(f'</g><g id="provincies" fill="none" stroke="#4a5560" stroke-opacity="0.45" '
               f'stroke-width="{0.9 * px:.2f}" stroke-dasharray="{4 * px:.1f} {3 * px:.1f}">')
    out += [f'<path d="{d(f)}"/>' for f in filter(view.visible, payload["provincies"]["features"])]
    out.append(f'</g><g id="regios" fill="none" stroke="#1b1f23" stroke-width="{1.8 * px:.2f}" '
               'stroke-linejoin="round">')
    out += [f'<path d="{d(f)}"/>' for f in filter(view.visible, payload["regios"]["features"])]
    out.append("</g>")
    if view.selected:
        out.append(f'<path d="{d(view.selected)}" fill="none" '
                   f'stroke="{_SELECTED}" stroke-width="{2.5 * px:.2f}"/>')
    out.append(f'<text x="{x + w - 5 * px:.1f}" y="{y + h - 5 * px:.1f}" text-anchor="end" '
               f'font-family="sans-serif" font-size="{11 * px:.1f}" fill="#3d4852">'
               f'{escape(payload["bron"])}</text>')
    if legend:
        out.append(_svg_legend(legend, x + w + 20 * px, y + 30 * px, px, payload))
    out.append("</svg>\n")
    return "\n".join(out)


def _svg_legend(entries: list[tuple[str, str]], left: float, top: float, px: float, payload: dict) -> str:
    parts = [f'<g id="legenda" font-family="sans-serif" font-size="{12 * px:.1f}" fill="#1f2933">'
             f'<text x="{left:.1f}" y="{top:.1f}" font-weight="bold">Jeugdregio\'s (peildatum '
             f'{escape(payload["peildatum"])})</text>']
    half = (len(entries) + 1) // 2
    for i, (colour, name) in enumerate(entries):
        col, row = divmod(i, half)
        cx, cy = left + col * 200 * px, top + (26 + row * 19) * px
        side = f"{13 * px:.1f}"
        parts.append(f'<rect x="{cx:.1f}" y="{cy - 11 * px:.1f}" width="{side}" height="{side}" '
                     f'fill="{colour}" stroke="#777" stroke-width="{0.5 * px:.2f}"/>'
                     f'<text x="{cx + 18 * px:.1f}" y="{cy:.1f}">{escape(name[:28])}</text>')
    parts.append("</g>")
    return "".join(parts)


def draw_map_png(payload: dict, path: Path, *, regio: str | None = None, gemeente: str | None = None,
                 dpi: int = 150) -> None:
    """The map as PNG, with the region legend for the whole country and the attribution."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch, PathPatch
    from matplotlib.path import Path as MplPath

    view = MapView(payload, regio, gemeente)

    def patch(geometry: dict, **style: object) -> PathPatch:
        vertices, codes = [], []
        for ring in _rings(geometry, view.projection):
            vertices += ring
            codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY]
        return PathPatch(MplPath(vertices, codes), **style)

    x, y, w, h = view.box
    legend = [] if view.focused else view.legend()
    fig = Figure(figsize=(14 if legend else 8, 8 * h / w if not legend else 10))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.0, 0.03, 0.62 if legend else 1.0, 0.92))
    ax.set_facecolor(_SEA)
    for feature in view.municipalities:
        ax.add_patch(patch(feature["geometry"], facecolor=view.fill(feature), edgecolor="white",
                           linewidth=0.3))
    for feature in payload["provincies"]["features"]:
        ax.add_patch(patch(feature["geometry"], facecolor="none", edgecolor="#4a5560", alpha=0.5,
                           linewidth=0.6, linestyle=(0, (4, 3))))
    for feature in payload["regios"]["features"]:
        ax.add_patch(patch(feature["geometry"], facecolor="none", edgecolor="#1b1f23", linewidth=1.2))
    if view.selected:
        ax.add_patch(patch(view.selected["geometry"], facecolor="none", edgecolor=_SELECTED, linewidth=2.0))
    ax.set_xlim(x, x + w)
    ax.set_ylim(y + h, y)  # SVG coordinates: y grows downwards
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(view.title(), fontsize=12)
    if legend:
        handles = [Patch(facecolor=c, edgecolor="#777", label=n) for c, n in legend]
        fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0.63, 0.5), ncol=2, fontsize=7.5,
                   frameon=False, title=f"Jeugdregio's (peildatum {payload['peildatum']})")
    fig.text(0.99, 0.01, payload["bron"], ha="right", va="bottom", fontsize=8, color="#3d4852")
    fig.savefig(path, format="png", dpi=dpi, facecolor="white")


def write_map(payload: dict, path: Path | str, fmt: str | None = None, *, regio: str | None = None,
              gemeente: str | None = None) -> Path:
    """Write the map to ``path`` as SVG or PNG (from ``fmt`` or the file's extension)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in MAP_FORMATS:
        raise InputError(f"Een kaart kan alleen als SVG of PNG worden geschreven, niet als '{fmt}'.")
    if not path.parent.is_dir():
        raise InputError(f"De map {path.parent} bestaat niet.")
    if fmt == "svg":
        path.write_text(map_svg(payload, regio=regio, gemeente=gemeente), encoding="utf-8")
    else:
        draw_map_png(payload, path, regio=regio, gemeente=gemeente)
    return path
