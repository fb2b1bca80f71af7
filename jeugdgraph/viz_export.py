"""Writing a network to a file in any of the export formats (the CLI and the server share this)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .errors import InputError
from .viz import to_node_link_data, write_gexf, write_graphml

EXPORT_FORMATS = ("html", "graphml", "gexf", "png", "svg", "json")


def write_network(
    graph: nx.MultiDiGraph, path: Path | str, fmt: str, *, link_base: str | None = None
) -> Path:
    """Write ``graph`` to ``path`` as ``fmt``. An HTML file is self-contained and works offline; its
    nodes link to ``link_base`` (a jeugdgraph server) or, without one, to their IRIs."""
    path = Path(path)
    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"Onbekend formaat '{fmt}'; kies uit: {', '.join(EXPORT_FORMATS)}.")
    if path.parent and not path.parent.is_dir():
        raise InputError(f"De map {path.parent} bestaat niet.")
    if fmt == "graphml":
        write_graphml(graph, path)
    elif fmt == "gexf":
        write_gexf(graph, path)
    elif fmt == "json":
        path.write_text(json.dumps(to_node_link_data(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "html":  # jinja and matplotlib load only for the formats that need them
        from .viz_html import link_to, render_network_page

        page = render_network_page(graph, standalone=True, link=link_to(link_base))
        path.write_text(page, encoding="utf-8")
    else:
        from .viz_draw import draw_network

        draw_network(graph, path, fmt)
    return path
