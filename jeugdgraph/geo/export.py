"""Writing the map to a file from a store's query rows (the ``jeugdgraph kaart`` command)."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError
from ..viz_queries import QueryRows
from .draw import MAP_FORMATS, write_map
from .facts import facts_on
from .features import layers, municipality_collection, region_colours

FILE_FORMATS = (*MAP_FORMATS, "geojson")


def write_map_file(rows: QueryRows, path: Path | str, fmt: str | None = None, *, regio: str | None = None,
                   gemeente: str | None = None, datum: str | None = None) -> Path:
    """The map on ``datum`` as SVG, PNG or GeoJSON (``fmt``, or the extension of ``path``)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FILE_FORMATS:
        raise InputError(f"Een kaart kan een SVG-, PNG- of GeoJSON-bestand zijn, niet '{fmt or path.name}'.")
    facts, today_members = facts_on(rows, datum, counts=fmt == "geojson")  # a picture shows no counts
    if fmt != "geojson":
        return write_map(layers(facts, today_members), path, fmt, regio=regio, gemeente=gemeente)
    if not path.parent.is_dir():
        raise InputError(f"De map {path.parent} bestaat niet.")
    region = facts.region_iri(regio) if regio else None
    collection = municipality_collection(facts, region_colours(today_members), regio=region)
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return path
