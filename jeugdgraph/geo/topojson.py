"""Decoding TopoJSON (https://github.com/topojson/topojson-specification) into GeoJSON geometries.

A topology stores each shared border once as an arc; a polygon lists the arcs of each ring by
index, a negative index ``~i`` meaning arc ``i`` reversed. A quantized topology stores positions as
integers, delta-encoded along each arc, with a ``transform`` (scale, translate) back to degrees.
Only what the CBS boundary files use is needed: GeometryCollections of Polygons and MultiPolygons
(Points, LineStrings and their Multi forms are decoded too, for completeness of the format).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Position = tuple[float, float]
Ring = list[Position]


@dataclass(frozen=True)
class Feature:
    """One geometry of a topology object: its GeoJSON geometry and its properties."""

    geometry: dict[str, Any]
    properties: dict[str, Any]


class TopoJSONError(ValueError):
    """The topology does not follow the TopoJSON format."""


def _decoded_arcs(topology: dict[str, Any]) -> list[list[Position]]:
    transform = topology.get("transform")
    arcs: list[list[Position]] = []
    for arc in topology.get("arcs", []):
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points: list[Position] = []
        for position in arc:  # delta-encoded: each position is relative to the previous one
            x += position[0]
            y += position[1]
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _line(arcs: list[list[Position]], indexes: list[int]) -> list[Position]:
    points: list[Position] = []
    for index in indexes:
        position = index if index >= 0 else ~index
        if position >= len(arcs):
            raise TopoJSONError(f"arc {index} does not exist")
        arc = arcs[position] if index >= 0 else arcs[position][::-1]
        # consecutive arcs share their end and start position; it is kept once
        points.extend(arc[1:] if points else arc)
    return points


def _point(topology: dict[str, Any], position: list[float]) -> Position:
    transform = topology.get("transform")
    if transform is None:
        return float(position[0]), float(position[1])
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    return position[0] * sx + tx, position[1] * sy + ty


def _geometry(topology: dict[str, Any], arcs: list[list[Position]], obj: dict[str, Any]) -> dict[str, Any]:
    kind = obj.get("type")
    if kind == "Polygon":
        return {"type": kind, "coordinates": [_line(arcs, ring) for ring in obj["arcs"]]}
    if kind == "MultiPolygon":
        polygons = [[_line(arcs, ring) for ring in polygon] for polygon in obj["arcs"]]
        return {"type": kind, "coordinates": polygons}
    if kind == "LineString":
        return {"type": kind, "coordinates": _line(arcs, obj["arcs"])}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [_line(arcs, line) for line in obj["arcs"]]}
    if kind == "Point":
        return {"type": kind, "coordinates": _point(topology, obj["coordinates"])}
    if kind == "MultiPoint":
        return {"type": kind, "coordinates": [_point(topology, p) for p in obj["coordinates"]]}
    raise TopoJSONError(f"geometry type {kind!r} is not supported here")


def features(topology: dict[str, Any], name: str | None = None) -> Iterator[Feature]:
    """The geometries of the object ``name`` (default: the topology's only object)."""
    if topology.get("type") != "Topology":
        raise TopoJSONError("not a TopoJSON topology")
    objects = topology.get("objects", {})
    if name is None:
        if len(objects) != 1:
            raise TopoJSONError(f"the topology has {len(objects)} objects; name one")
        name = next(iter(objects))
    obj = objects[name]
    arcs = _decoded_arcs(topology)
    members = obj["geometries"] if obj.get("type") == "GeometryCollection" else [obj]
    for member in members:
        if member.get("type") is None:  # a null geometry: nothing to draw
            continue
        yield Feature(_geometry(topology, arcs, member), dict(member.get("properties") or {}))
