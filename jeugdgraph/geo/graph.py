"""The geometry named graph (``jgi:graph/geometrie``): GeoSPARQL boundaries of municipalities,
provinces and youth-care regions.

Every municipality of the reference graph with a CBS code that the boundary files know gets
``geo:hasGeometry jgi:geometrie/gemeente/{code}``, a ``geo:Geometry`` with one ``geo:asWKT`` literal
in CRS84 (longitude latitude); each province (its TOOI IRI) likewise; each youth-care region gets
the union of its members' areas (today's ``org:memberOf``), simplified for the web. The graph
states its source and licence. It depends only on the boundary files and the reference graph, so
a build takes it from the cache (``jeugdgraph.cache``) like the ontology and reference graphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..cache import cached_text
from ..namespaces import DCTERMS, GEO, GRAPH_GEOMETRY, JG, JGI_IRI, ORG, RDF
from ..reference import TOOI_PROVINCIE
from ..store import BulkLoader
from . import boundaries

WKT_LITERAL = ox.NamedNode(f"{GEO}wktLiteral")
SOURCE = ("CBS gebiedsindelingen 2025 (gemeenten en provincies), gepubliceerd via PDOK, "
          "vereenvoudigd door het project cartomap/nl")
#: the modules whose code shapes the graph (the cache is made again when one changes)
CODE = ("geo/graph", "geo/boundaries", "geo/topojson", "reference", "namespaces")


def geometry_iri(kind: str, key: str) -> str:
    """``jgi:geometrie/gemeente/gm0622``, ``jgi:geometrie/provincie/pv28``,
    ``jgi:geometrie/jeugdregio/rijnmond``."""
    return f"{JGI_IRI}geometrie/{kind}/{key.lower()}"


def memberships(reference: Graph) -> dict[str, list[str]]:
    """Region IRI -> CBS codes of its members (``org:memberOf`` in the reference graph)."""
    members: dict[str, list[str]] = defaultdict(list)
    for municipality, region in reference.subject_objects(ORG.memberOf):
        code = reference.value(municipality, JG.cbsCode)
        if code is not None and (region, RDF.type, JG.Jeugdregio) in reference:
            members[str(region)].append(str(code))
    return {region: sorted(codes) for region, codes in members.items()}


def _feature(quads: list[ox.Quad], feature: str, geometry: str, wkt: str) -> None:
    graph = ox.NamedNode(str(GRAPH_GEOMETRY))
    node = ox.NamedNode(geometry)
    quads.append(ox.Quad(ox.NamedNode(feature), ox.NamedNode(str(GEO.hasGeometry)), node, graph))
    quads.append(ox.Quad(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(GEO.Geometry)), graph))
    quads.append(ox.Quad(node, ox.NamedNode(str(GEO.asWKT)), ox.Literal(wkt, datatype=WKT_LITERAL), graph))


def geometry_quads(reference: Graph) -> list[ox.Quad]:
    """The quads of the geometry graph for the municipalities and regions of ``reference``."""
    quads: list[ox.Quad] = []
    shapes = boundaries.municipalities()
    for municipality, code in sorted(reference.subject_objects(JG.cbsCode)):
        if (municipality, RDF.type, JG.Gemeente) in reference and str(code).upper() in shapes:
            _feature(quads, str(municipality), geometry_iri("gemeente", str(code)),
                     boundaries.wkt(shapes[str(code).upper()].geometry))
    for province_code, province in sorted(boundaries.provinces().items()):
        _feature(quads, f"{TOOI_PROVINCIE}{province_code.lower()}", geometry_iri("provincie", province_code),
                 boundaries.wkt(province.geometry))
    for region, area in sorted(boundaries.region_areas(memberships(reference)).items()):
        _feature(quads, region, geometry_iri("jeugdregio", region.rsplit("/", 1)[-1]), boundaries.wkt(area))
    graph = ox.NamedNode(str(GRAPH_GEOMETRY))
    for predicate, obj in (
        (DCTERMS.title, ox.Literal("Grenzen van gemeenten, provincies en jeugdregio's", language="nl")),
        (DCTERMS.source, ox.Literal(SOURCE, language="nl")),
        (DCTERMS.license, ox.NamedNode(boundaries.LICENSE)),
        (DCTERMS.bibliographicCitation, ox.Literal(boundaries.ATTRIBUTION)),
    ):
        quads.append(ox.Quad(graph, ox.NamedNode(str(predicate)), obj, graph))
    return quads


def geometry_nquads(reference: Graph) -> str:
    written = ox.serialize(geometry_quads(reference), format=ox.RdfFormat.N_QUADS)
    assert written is not None  # without an output file pyoxigraph returns the bytes
    return written.decode("utf-8")


def load_geometry_graph(loader: BulkLoader, reference: Callable[[], Graph], sources: Iterable[Path]) -> None:
    """Add the geometry graph to a build's bulk load, from the cache when the boundary files and
    the reference ``sources`` are unchanged (``reference()`` is only called to make it)."""
    nquads = cached_text(
        "geometry", [*boundaries.BOUNDARY_FILES, *sources], lambda: geometry_nquads(reference()), code=CODE)
    loader.add(nquads or "")


__all__ = ["geometry_iri", "geometry_nquads", "geometry_quads", "load_geometry_graph", "memberships"]
