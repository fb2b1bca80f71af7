"""Still pictures of a network (PNG, SVG) for reports, drawn with matplotlib's Agg backend.

Nodes are coloured and shaped by kind and sized by degree; a legend names the kinds present.
Labels are drawn when the picture has at most ``LABEL_LIMIT`` nodes, because more would overlap
into noise. The layout is seeded, so the same network gives the same picture. Figures are made
with matplotlib's object API on an Agg canvas, never through pyplot, so no display is needed and
server threads drawing at the same time do not share state.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .errors import InputError
from .viz import LOOKS
from .viz_queries import KINDS

LABEL_LIMIT = 100
IMAGE_FORMATS = ("png", "svg")
_LABEL_CHARS = 28
_SEED = 7


def draw_network(graph: nx.MultiDiGraph, path: Path | str, fmt: str | None = None, *, dpi: int = 150) -> Path:
    """Draw ``graph`` into ``path`` as PNG or SVG (from ``fmt`` or the file extension)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in IMAGE_FORMATS:
        raise InputError(f"Een afbeelding kan alleen PNG of SVG zijn, niet '{fmt}'.")
    count = graph.number_of_nodes()
    side = min(8 + count ** 0.5 * 0.9, 30)  # inches; grows with the network, within reason
    fig = Figure(figsize=(side * 1.25, side))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    scale = side / 10
    ax.set_title(graph.graph.get("title", "Jeugdgraph"), fontsize=14 * scale, loc="left")
    if count == 0:
        ax.text(0.5, 0.5, "Geen knopen bij dit filter.", ha="center", va="center", fontsize=14)
    else:
        _draw(graph, ax, labels=count <= LABEL_LIMIT, scale=scale)
    fig.tight_layout()
    fig.savefig(path, format=fmt, dpi=dpi, metadata=_metadata(graph, fmt))
    return path


def _draw(graph: nx.MultiDiGraph, ax: Axes, *, labels: bool, scale: float) -> None:
    simple = nx.Graph(graph)  # the layout needs no direction or parallel edges
    positions = _layout(simple)
    degrees = dict(graph.degree())
    nx.draw_networkx_edges(
        simple, positions, ax=ax, edge_color="#9a9a9a", width=0.6, alpha=0.6, node_size=0,
    )
    present = [k for k in KINDS if any(kind == k.key for _, kind in graph.nodes(data="kind"))]
    for kind in present:
        nodes = [n for n, k in graph.nodes(data="kind") if k == kind.key]
        look = LOOKS[kind.key]
        nx.draw_networkx_nodes(
            graph, positions, nodelist=nodes, ax=ax, node_color=look.colour, node_shape=look.marker,
            node_size=[(40 + 18 * min(degrees[n], 40)) * (2.2 if look.marker == "*" else 1) for n in nodes],
            edgecolors="white", linewidths=0.5,
        )
    if labels:
        nx.draw_networkx_labels(
            graph, positions, ax=ax, font_size=6 * scale,
            labels={n: _short(label) for n, label in graph.nodes(data="label")},
            verticalalignment="bottom",
        )
    counts = Counter(kind for _, kind in graph.nodes(data="kind"))
    handles = [
        Line2D([], [], marker=LOOKS[k.key].marker, linestyle="", markersize=9 * scale,
               markerfacecolor=LOOKS[k.key].colour, markeredgecolor="white",
               label=f"{k.label} ({counts[k.key]})")
        for k in present
    ]
    ax.legend(handles=handles, loc="upper right", fontsize=9 * scale, frameon=True, title="Soort",
              title_fontsize=10 * scale)


def _layout(graph: nx.Graph) -> dict:
    # spring_layout needs SciPy from 500 nodes on; ForceAtlas2 needs only NumPy.
    if graph.number_of_nodes() < 500:
        return nx.spring_layout(graph, seed=_SEED, k=1.6 / max(graph.number_of_nodes(), 1) ** 0.5)
    return nx.forceatlas2_layout(graph, seed=_SEED, max_iter=150)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _metadata(graph: nx.MultiDiGraph, fmt: str) -> dict[str, str]:
    title = graph.graph.get("title", "Jeugdgraph")
    if fmt == "png":
        return {"Title": title, "Description": graph.graph.get("filter", ""), "Software": "jeugdgraph"}
    return {"Title": title, "Description": graph.graph.get("filter", "")}
