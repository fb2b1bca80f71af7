"""The interactive network page: vis-network (vendored in ``static/vendor/vis-network/`` with its
licence) drawing a network built by :mod:`jeugdgraph.viz`.

The page is a Jinja template with the network as a JSON data block, our ``viz.js`` and
``vis-network.min.js``. Served by the app, the scripts and styles are separate files under
``/viz/static/`` (no inline script or style, so a ``'self'`` Content-Security-Policy holds);
exported to a file, everything is inlined so the page works offline on its own.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .errors import NotFound
from .namespaces import JGI_IRI
from .viz import LOOKS, RELATION_COLOURS
from .viz_queries import KINDS, RELATIONS

ASSET_BASE = "/viz/static"
#: Edge labels are drawn only for small networks; beyond this they are only shown on hover.
EDGE_LABEL_LIMIT = 60
_GLYPHS = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲", "triangleDown": "▼",
           "star": "★", "hexagon": "⬢"}
_STATIC = Path(__file__).parent / "static"


_VIS_NETWORK = _STATIC / "vendor" / "vis-network"  # vendored with its licences, see its README


#: name under /viz/static/ -> (file, media type)
ASSETS: dict[str, tuple[Callable[[], Path], str]] = {
    "vis-network.min.js": (lambda: _VIS_NETWORK / "vis-network.min.js", "text/javascript; charset=utf-8"),
    "vis-network.css": (lambda: _VIS_NETWORK / "vis-network.min.css", "text/css; charset=utf-8"),
    "viz.js": (lambda: _STATIC / "viz.js", "text/javascript; charset=utf-8"),
    "pages.css": (lambda: _STATIC / "pages.css", "text/css; charset=utf-8"),
}
STYLESHEETS = (f"{ASSET_BASE}/vis-network.css", f"{ASSET_BASE}/pages.css", f"{ASSET_BASE}/soorten.css")
PAGE_STYLESHEETS = (f"{ASSET_BASE}/pages.css",)


@cache
def asset(name: str) -> tuple[bytes, str]:
    """(content, media type) of a static file of the network page; ``NotFound`` for other names."""
    if name == "soorten.css":
        return kinds_css().encode(), "text/css; charset=utf-8"
    if name not in ASSETS:
        raise NotFound(f"Er is geen bestand '{name}' voor de netwerkweergave.")
    locate, media_type = ASSETS[name]
    return locate().read_bytes(), media_type


def kinds_css() -> str:
    """Colour rules for the legend, generated from the same palette the network uses."""
    rules = [f".k-{key} {{ color: {look.colour}; }}" for key, look in LOOKS.items()]
    rules += [f".r-{key} {{ border-color: {colour}; }}" for key, colour in RELATION_COLOURS.items()]
    return "\n".join(rules) + "\n"


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("jeugdgraph", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )


def local_link(iri: str) -> str:
    """The resource page of ``iri`` on this server (``/id/...``), the IRI itself when it is an
    http(s) address elsewhere, and no link ("") for any other scheme (``javascript:``, ``data:``)."""
    if iri.startswith(JGI_IRI):
        return "/id/" + iri[len(JGI_IRI):]
    return iri if iri.lower().startswith(("http://", "https://")) else ""


def link_to(base_url: str | None) -> Callable[[str], str]:
    """Links of an exported page: the IRIs themselves, or their pages on the server at ``base_url``."""
    if not base_url:
        return lambda iri: iri if iri.lower().startswith(("http://", "https://")) else ""
    base = base_url.rstrip("/")
    return lambda iri: base + local_link(iri) if iri.startswith(JGI_IRI) else local_link(iri)


def network_payload(graph: nx.MultiDiGraph, link: Callable[[str], str] = local_link) -> dict:
    """What ``viz.js`` draws: nodes with look, degree and link, edges with relation and colour."""
    degrees = dict(graph.degree())
    nodes = []
    for node, attrs in graph.nodes(data=True):
        look = LOOKS[attrs["kind"]]
        nodes.append({
            "id": node,
            "label": _short(attrs["label"]),
            "fullLabel": attrs["label"],
            "kind": attrs["kind"],
            "kindLabel": attrs["kind_label"],
            "type": attrs["type"],
            "date": attrs["date"],
            "deadline": attrs["deadline"],
            "code": attrs["code"],
            "quote": attrs["quote"],
            "href": link(node),
            "colour": look.colour,
            "shape": look.vis_shape,
            "degree": degrees.get(node, 0),
        })
    edges = [
        {"from": s, "to": o, "relation": key, "label": attrs["label"], "colour": RELATION_COLOURS[key]}
        for s, o, key, attrs in graph.edges(keys=True, data=True)
    ]
    return {
        "title": graph.graph.get("title", ""),
        "nodes": nodes,
        "edges": edges,
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
    }


def _short(label: str, length: int = 32) -> str:
    return label if len(label) <= length else label[: length - 1].rstrip() + "…"


def _json_for_html(data: object) -> Markup:
    """JSON that cannot end its <script> block or open a comment, whatever the labels contain."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@dataclass(frozen=True)
class LegendEntry:
    key: str
    label: str
    count: int
    glyph: str = ""


def legend(graph: nx.MultiDiGraph) -> tuple[list[LegendEntry], list[LegendEntry]]:
    """Kinds and relations present in ``graph`` with their counts, in the order of the vocabulary."""
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    relations = Counter(key for _, _, key in graph.edges(keys=True))
    glyph = {key: _GLYPHS[look.vis_shape] for key, look in LOOKS.items()}
    return (
        [LegendEntry(k.key, k.label, kinds[k.key], glyph[k.key]) for k in KINDS if kinds[k.key]],
        [LegendEntry(r.key, r.label, relations[r.key]) for r in RELATIONS if relations[r.key]],
    )


@dataclass(frozen=True)
class FilterForm:
    """The values of the filter form on the served page."""

    regions: list[tuple[str, str]]  # (slug, label)
    regio: str
    gemeente: str
    van: str
    tot: str
    kinds: list[tuple[str, str, bool]]  # (key, label, checked)
    json_href: str


def render_network_page(
    graph: nx.MultiDiGraph,
    *,
    standalone: bool,
    link: Callable[[str], str] = local_link,
    form: FilterForm | None = None,
) -> str:
    """The HTML page; ``standalone`` inlines every script and style (for a file that works offline)."""
    payload = network_payload(graph, link)
    kinds, relations = legend(graph)
    context = {
        "title": graph.graph.get("title", "Jeugdgraph"),
        "filter_text": graph.graph.get("filter", ""),
        "node_count": graph.number_of_nodes(),
        "edge_count": graph.number_of_edges(),
        "legend_kinds": kinds,
        "legend_relations": relations,
        "node_rows": sorted(payload["nodes"], key=lambda n: (n["kindLabel"], n["fullLabel"].lower())),
        "payload_json": _json_for_html(payload),
        "standalone": standalone,
        "form": form,
        "asset_base": ASSET_BASE,
        "stylesheets": STYLESHEETS,
    }
    if standalone:
        context["inline_css"] = Markup(_inline("vis-network.css") + _inline("pages.css") + kinds_css())
        context["vis_js"] = Markup(_inline("vis-network.min.js"))
        context["viz_js"] = Markup(_inline("viz.js"))
    return environment().get_template("viz.html").render(**context)


def _inline(name: str) -> str:
    text = asset(name)[0].decode("utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end the inline block early
        raise ValueError(f"{name} cannot be inlined: it contains a closing tag")
    return text + "\n"
