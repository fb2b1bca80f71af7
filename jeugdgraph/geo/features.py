"""The map as GeoJSON: municipalities with their region and counts as properties, region areas on a
day (unions of their members then), provinces; one colour per region; the projection the page
and the drawn files share.

Region colours: 42 regions need 42 colours that a reader tells apart where regions meet, so each
region, most-bordered first, takes the unused palette colour farthest from its neighbours' colours.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from matplotlib import colormaps
from matplotlib.colors import to_hex, to_rgb
from shapely.strtree import STRtree

from . import boundaries
from .facts import MapFacts, Municipality

#: Equirectangular projection at the latitude of the Netherlands: x = (lon - LON0) * KX,
#: y = (LAT0 - lat) * KY (SVG y grows downwards). The page (kaart.js) receives the same numbers.
LON0, LAT0 = 3.2, 53.7
KY = 1000.0
KX = KY * math.cos(math.radians(52.2))
NO_REGION_COLOUR = "#d9d9d9"
VISION_COLOURS = {"vastgesteld": "#1a9850", "nog niet": "#fdae61", "onbekend": "#e0e0e0"}


def project(lon: float, lat: float) -> tuple[float, float]:
    return (lon - LON0) * KX, (LAT0 - lat) * KY


@cache
def palette() -> tuple[str, ...]:
    """56 distinct colours: matplotlib's tab20, tab20b and tab20c without tab20c's greys."""
    colours = [colormaps[name](i) for name, count in (("tab20", 20), ("tab20b", 20), ("tab20c", 16))
               for i in range(count)]
    seen: list[str] = []
    for colour in colours:
        if to_hex(colour) not in seen:
            seen.append(to_hex(colour))
    return tuple(seen)


@cache
def municipality_neighbours() -> frozenset[tuple[str, str]]:
    """Pairs of CBS codes (sorted) of municipalities whose areas touch."""
    shapes = boundaries.municipalities()
    codes = sorted(shapes)
    geometries = [shapes[c].geometry for c in codes]
    tree = STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    return frozenset((codes[a], codes[b]) for a, b in zip(left, right, strict=True) if a < b)


def _distance(a: str, b: str) -> float:
    return math.dist(to_rgb(a), to_rgb(b))


@lru_cache(maxsize=8)
def _colours(members: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    region_of = {code: region for region, codes in members for code in codes}
    neighbours: dict[str, set[str]] = {region: set() for region, _ in members}
    for a, b in municipality_neighbours():
        ra, rb = region_of.get(a), region_of.get(b)
        if ra and rb and ra != rb:
            neighbours[ra].add(rb)
            neighbours[rb].add(ra)
    chosen: dict[str, str] = {}
    available = list(palette())
    for region in sorted(neighbours, key=lambda r: (-len(neighbours[r]), r)):
        near = [chosen[n] for n in neighbours[region] if n in chosen]
        pool = available or list(palette())  # more regions than colours: colours repeat
        best = max(pool, key=lambda c: (min((_distance(c, n) for n in near), default=2.0), -pool.index(c)))
        chosen[region] = best
        if best in available:
            available.remove(best)
    return chosen


def region_colours(members: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Region key -> colour (``#rrggbb``), neighbouring regions far apart, every region its own."""
    return dict(_colours(tuple(sorted((r, tuple(sorted(c))) for r, c in members.items()))))


@lru_cache(maxsize=16)
def _areas(members: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, dict]:
    return {region: boundaries.geojson_geometry(area)
            for region, area in boundaries.region_areas(dict(members)).items()}


def region_area_geometries(members: Mapping[str, Iterable[str]]) -> dict[str, dict]:
    """Region key -> GeoJSON geometry of the union of its members (cached per membership)."""
    return _areas(tuple(sorted((r, tuple(sorted(c))) for r, c in members.items())))


@cache
def _municipality_geometries() -> dict[str, dict]:
    return {code: boundaries.geojson_geometry(b.geometry) for code, b in boundaries.municipalities().items()}


@cache
def province_collection() -> dict:
    features = [
        {"type": "Feature", "id": code, "properties": {"code": code, "naam": b.name},
         "geometry": boundaries.geojson_geometry(b.geometry)}
        for code, b in sorted(boundaries.provinces().items())
    ]
    return {"type": "FeatureCollection", "features": features}


def municipality_collection(facts: MapFacts, colours: dict[str, str], *, regio: str | None = None) -> dict:
    """The municipalities (of region ``regio``, an IRI, when given) as a GeoJSON FeatureCollection."""
    geometries = _municipality_geometries()
    features = []
    for code, m in sorted(facts.municipalities.items()):
        if code not in geometries or (regio and m.region != regio):
            continue
        region = facts.regions.get(m.region)
        body = region.bodies[0] if region and region.bodies else ("", "")
        features.append({"type": "Feature", "id": code, "geometry": geometries[code], "properties": {
            "code": code,
            "naam": m.label,
            "iri": m.iri,
            "provincie": m.province,
            "regio": m.region,
            "regio_naam": region.label if region else "",
            "regio_code": region.code if region else "",
            "regio_slug": region.slug if region else "",
            "uitgevoerd_door": body[0],
            "uitgevoerd_door_naam": body[1],
            "kleur": colours.get(m.region, NO_REGION_COLOUR),
            **(_tally(m) if facts.counted else {}),
        }})
    return {"type": "FeatureCollection", "name": "gemeenten", "bron": boundaries.ATTRIBUTION,
            "licentie": boundaries.LICENSE, "peildatum": facts.day.isoformat(), "features": features}


def _tally(m: Municipality) -> dict:
    return {"documenten": m.documents, "open_opdrachten": m.open_items, "regiovisie": m.vision}


def tallies(facts: MapFacts) -> dict:
    """Per CBS code: documents about the municipality, open items in them and the regiovisie status
    (what the page asks for after drawing, see :func:`jeugdgraph.geo.facts.map_facts`), for the
    municipalities the map draws: former ones from the registers have no boundary."""
    drawn = _municipality_geometries()
    counted = {code: _tally(m) for code, m in sorted(facts.municipalities.items()) if code in drawn}
    return {"peildatum": facts.day.isoformat(), "gemeenten": counted}


def region_collection(facts: MapFacts, colours: dict[str, str]) -> dict:
    members = facts.members()
    areas = region_area_geometries(members)
    features = []
    for iri, geometry in sorted(areas.items()):
        region = facts.regions[iri]
        features.append({"type": "Feature", "id": region.slug, "geometry": geometry, "properties": {
            "iri": iri, "naam": region.label, "code": region.code, "slug": region.slug,
            "leden": len(members.get(iri, [])), "kleur": colours.get(iri, NO_REGION_COLOUR),
            "uitgevoerd_door": region.bodies[0][0] if region.bodies else "",
            "uitgevoerd_door_naam": region.bodies[0][1] if region.bodies else "",
        }})
    return {"type": "FeatureCollection", "name": "jeugdregios", "features": features}


def layers(facts: MapFacts, colour_members: dict[str, list[str]] | None = None) -> dict:
    """Everything the page draws on a day. Colours come from ``colour_members`` (today's membership;
    default: that of ``facts``), so a region keeps its colour when the date control moves."""
    colours = region_colours(colour_members if colour_members is not None else facts.members())
    return {
        "peildatum": facts.day.isoformat(),
        "tijdlijn": facts.has_periods,
        "bron": boundaries.ATTRIBUTION,
        "projectie": {"lon0": LON0, "lat0": LAT0, "kx": KX, "ky": KY},
        "gemeenten": municipality_collection(facts, colours),
        "regios": region_collection(facts, colours),
        "provincies": province_collection(),
        "regiovisieKleuren": VISION_COLOURS,
    }


__all__ = ["layers", "municipality_collection", "palette", "project", "province_collection",
           "region_collection", "region_colours"]
