"""The boundaries of municipalities and provinces (package data, CBS / PDOK, CC BY 4.0) as shapely
geometries, and the area of a youth-care region as the union of its members' areas.

The files are TopoJSON decoded by :mod:`jeugdgraph.geo.topojson`; a geometry that the simplification
left self-intersecting is repaired with ``shapely.make_valid`` (one municipality, Schouwen-Duiveland,
in the 2025 files), so every geometry given out is valid.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

from . import topojson

DATA_DIR = Path(__file__).resolve().parent / "data"
MUNICIPALITY_FILE = DATA_DIR / "cbs_gemeente_2025.topojson"
PROVINCE_FILE = DATA_DIR / "cbs_provincie_2025.topojson"
BOUNDARY_FILES = (MUNICIPALITY_FILE, PROVINCE_FILE)
ATTRIBUTION = "Bron: CBS / PDOK, CC BY 4.0"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
#: Degrees a region's outline may move when simplified for the web (about 30 m).
REGION_TOLERANCE = 0.0003
#: Decimals of a coordinate in WKT and GeoJSON: 1e-5 degrees is about a metre.
DECIMALS = 5


@dataclass(frozen=True)
class Boundary:
    code: str  # GM0622 or PV28
    name: str  # statnaam
    geometry: BaseGeometry  # a valid Polygon or MultiPolygon, longitude/latitude (CRS84)


def _areal(geometry: BaseGeometry) -> BaseGeometry:
    """A valid (Multi)Polygon: repaired when needed, stray lines and points of a repair dropped."""
    if geometry.is_valid:
        return geometry
    repaired = shapely.make_valid(geometry)
    if isinstance(repaired, Polygon | MultiPolygon):
        return repaired
    polygons = [g for g in getattr(repaired, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    return shapely.union_all(polygons)


def _read(path: Path) -> dict[str, Boundary]:
    topology = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, Boundary] = {}
    for feature in topojson.features(topology):
        code = str(feature.properties["statcode"]).upper()
        found[code] = Boundary(code, str(feature.properties.get("statnaam") or code),
                               _areal(shape(feature.geometry)))
    return found


@cache
def municipalities() -> dict[str, Boundary]:
    """CBS code (``GM0622``) -> boundary, for the 342 municipalities of 2025."""
    return _read(MUNICIPALITY_FILE)


@cache
def provinces() -> dict[str, Boundary]:
    """CBS province code (``PV28``) -> boundary, for the 12 provinces."""
    return _read(PROVINCE_FILE)


def union_area(codes: Iterable[str], tolerance: float = REGION_TOLERANCE) -> BaseGeometry | None:
    """The union of the areas of the municipalities ``codes`` (unknown codes are left out),
    simplified by ``tolerance`` degrees without breaking its topology; ``None`` for none."""
    shapes = municipalities()
    parts = [shapes[c.upper()].geometry for c in codes if c.upper() in shapes]
    if not parts:
        return None
    merged = shapely.union_all(parts)
    if tolerance > 0:
        merged = merged.simplify(tolerance, preserve_topology=True)
    return _areal(merged)


def region_areas(members: Mapping[str, Iterable[str]], tolerance: float = REGION_TOLERANCE
                 ) -> dict[str, BaseGeometry]:
    """Region key -> union of its members' areas (regions without a known member are left out)."""
    areas = {key: union_area(codes, tolerance) for key, codes in members.items()}
    return {key: area for key, area in areas.items() if area is not None}


def wkt(geometry: BaseGeometry) -> str:
    """A GeoSPARQL WKT literal's text, longitude latitude, without a CRS IRI: GeoSPARQL 1.1 reads
    such a literal as CRS84, and Virtuoso 7 refuses one that starts with an IRI."""
    return shapely.to_wkt(geometry, rounding_precision=DECIMALS, trim=True)


def geojson_geometry(geometry: BaseGeometry) -> dict:
    """The GeoJSON geometry object, coordinates rounded to :data:`DECIMALS`."""
    return json.loads(shapely.to_geojson(_rounded(geometry)))


def _rounded(geometry: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geometry, lambda xy: xy.round(DECIMALS))
