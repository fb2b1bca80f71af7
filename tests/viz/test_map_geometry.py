"""Geometry in the graph: the TopoJSON decoder, the GeoSPARQL graph of the seed build (342
municipalities, 12 provinces, 42 regions as unions of their members), the shapes that check WKT
literals, and membership on a date from org:Membership periods."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
import shapely
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from jeugdgraph.geo import boundaries, topojson
from jeugdgraph.geo.facts import map_facts
from jeugdgraph.namespaces import GEO, GRAPH_GEOMETRY, PREFIXES
from jeugdgraph.validation import validate_graph
from jeugdgraph.viz_queries import store_query_rows

CRS84 = "<http://www.opengis.net/def/crs/OGC/1.3/CRS84> "  # GeoSPARQL's default, so never written
RIJNMOND = "https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond"
HAAGLANDEN = "https://w3id.org/jeugdgraph/id/jeugdregio/haaglanden"
VLAARDINGEN = "https://w3id.org/jeugdgraph/id/gemeente/gm0622"


def test_topojson_decoder_undoes_quantisation_deltas_and_reversed_arcs():
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [10, 50]},
        "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, 0], [0, -4]]],
        "objects": {"vlakken": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "properties": {"statcode": "GM0001"}},
            {"type": "Polygon", "arcs": [[~1, ~0]], "properties": {"statcode": "GM0002"}},
        ]}},
    }
    first, second = topojson.features(topology)
    square = [(10.0, 50.0), (11.0, 50.0), (11.0, 51.0), (10.0, 51.0), (10.0, 50.0)]
    assert first.geometry == {"type": "Polygon", "coordinates": [square]}
    assert first.properties == {"statcode": "GM0001"}
    assert second.geometry["coordinates"][0] == square[::-1]
    with pytest.raises(topojson.TopoJSONError):
        list(topojson.features({"type": "Topology", "arcs": [], "objects": {"x": {
            "type": "Polygon", "arcs": [[5]]}}}))


def test_boundaries_are_the_342_municipalities_and_12_provinces_and_valid():
    municipalities, provinces = boundaries.municipalities(), boundaries.provinces()
    assert len(municipalities) == 342 and len(provinces) == 12
    assert municipalities["GM0622"].name == "Vlaardingen"
    assert all(b.geometry.is_valid and not b.geometry.is_empty for b in [*municipalities.values(),
                                                                        *provinces.values()])
    # the provinces cover the municipalities
    country = shapely.union_all([p.geometry for p in provinces.values()])
    assert country.buffer(0.01).contains(municipalities["GM0622"].geometry.representative_point())


def _wkt(store: ox.Store, feature: str) -> str:
    rows = list(store.query(f"SELECT ?w WHERE {{ <{feature}> geo:hasGeometry/geo:asWKT ?w }}",
                            prefixes=PREFIXES, use_default_graph_as_union=True))
    assert len(rows) == 1, feature
    literal = rows[0]["w"]
    assert literal.datatype.value == f"{GEO}wktLiteral"
    assert literal.value.startswith(("POLYGON (", "MULTIPOLYGON (")), literal.value[:60]  # no CRS IRI
    return literal.value


def test_seed_graph_has_geosparql_geometry_for_every_municipality_province_and_region(seed_store):
    query = (f"SELECT ?k (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{GRAPH_GEOMETRY}> "
             "{ ?f geo:hasGeometry ?g } OPTIONAL { ?f a ?k } } GROUP BY ?k")
    counts = {
        row["k"].value.rsplit("#", 1)[-1] if row["k"] else None: int(row["n"].value)
        for row in seed_store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    }
    assert counts == {"Gemeente": 342, "Jeugdregio": 42, "Provincie": 12}  # provinces: their TOOI IRIs
    provinces = list(seed_store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?p geo:hasGeometry ?g FILTER(STRSTARTS(STR(?p), "
        "'https://identifier.overheid.nl/tooi/id/provincie/')) }", prefixes=PREFIXES,
        use_default_graph_as_union=True))
    assert int(provinces[0]["n"].value) == 12

    vlaardingen = shapely.from_wkt(_wkt(seed_store, VLAARDINGEN))
    assert vlaardingen.is_valid
    assert vlaardingen.equals_exact(boundaries.municipalities()["GM0622"].geometry, tolerance=1e-4)

    # a region's area is the union of its members' areas (simplified by about 30 m)
    rijnmond = shapely.from_wkt(_wkt(seed_store, RIJNMOND))
    members = [row["c"].value for row in seed_store.query(
        f"SELECT ?c WHERE {{ ?m org:memberOf <{RIJNMOND}> ; jg:cbsCode ?c }}", prefixes=PREFIXES,
        use_default_graph_as_union=True)]
    assert len(members) == 13
    union = shapely.union_all([boundaries.municipalities()[c].geometry for c in members])
    assert rijnmond.is_valid
    assert abs(rijnmond.area - union.area) / union.area < 0.02
    assert rijnmond.symmetric_difference(union).area / union.area < 0.03
    assert rijnmond.buffer(0.001).contains(vlaardingen)

    licence = list(seed_store.query(f"SELECT ?c WHERE {{ GRAPH <{GRAPH_GEOMETRY}> {{ <{GRAPH_GEOMETRY}> "
                                    "dcterms:bibliographicCitation ?c } }", prefixes=PREFIXES))
    assert licence[0]["c"].value == "Bron: CBS / PDOK, CC BY 4.0"


def test_seed_build_with_geometry_validates(seed_build):
    assert seed_build.validation.conforms, seed_build.validation.text()


@pytest.mark.parametrize("text, conforms", [
    ("POLYGON ((4.3 51.9, 4.4 51.9, 4.4 52, 4.3 51.9))", True),
    ("MULTIPOLYGON (((4.3 51.9, 4.4 51.9, 4.4 52, 4.3 51.9)), ((5 52, 5.1 52, 5 52.1, 5 52)))", True),
    ("POLYGON((4.3 51.9,4.4 51.9,4.4 52,4.3 51.9))", True),  # as Virtuoso writes it back
    (CRS84 + "POLYGON ((4.3 51.9, 4.4 51.9, 4.4 52, 4.3 51.9))", False),  # a CRS IRI: Virtuoso refuses it
    ("<http://www.opengis.net/def/crs/EPSG/0/28992> POLYGON ((1 1, 2 1, 2 2, 1 1))", False),  # metres
    ("POLYGON ((4.3 51.9, 4.4 51.9, 4.4 52, 4.3 51.9)", False),  # unbalanced
    ("POINT (4.3 51.9)", False),
    ("POLYGON ((4,3 51,9, 4.4 51.9, 4.4 52, 4.3 51.9))", False),  # decimal commas
])
def test_shapes_check_wkt_literals(text, conforms):
    graph = Graph()
    geometry = URIRef("https://w3id.org/jeugdgraph/id/geometrie/gemeente/gm0622")
    graph.add((URIRef(VLAARDINGEN), GEO.hasGeometry, geometry))
    graph.add((geometry, RDF.type, GEO.Geometry))
    graph.add((geometry, GEO.asWKT, Literal(text, datatype=GEO.wktLiteral)))
    report = validate_graph(graph)
    violations = [f for f in report.violations() if f.focus == str(geometry)]
    assert (not violations) == conforms, [f.message() for f in violations]
    if not conforms:
        assert "POLYGON of MULTIPOLYGON in WKT" in violations[0].message()


def test_a_geometry_needs_exactly_one_wkt_and_a_feature_at_most_one_geometry():
    graph = Graph()
    first = URIRef("https://w3id.org/jeugdgraph/id/geometrie/gemeente/a")
    second = URIRef("https://w3id.org/jeugdgraph/id/geometrie/gemeente/b")
    graph.add((URIRef(VLAARDINGEN), GEO.hasGeometry, first))
    graph.add((URIRef(VLAARDINGEN), GEO.hasGeometry, second))
    graph.add((first, RDF.type, GEO.Geometry))
    graph.add((second, RDF.type, GEO.Geometry))
    graph.add((second, GEO.asWKT, Literal("POLYGON ((1 1, 2 1, 2 2, 1 1))", datatype=GEO.wktLiteral)))
    found = {(f.focus, f.path) for f in validate_graph(graph).violations()}
    assert (str(first), str(GEO.asWKT)) in found
    assert (VLAARDINGEN, str(GEO.hasGeometry)) in found


def test_membership_on_a_date_follows_org_membership_periods(seed_store):
    # the registers' periods (CBS 2016, the mergers, today's list), as leden-van-regio reads them
    rows = store_query_rows(seed_store)
    today = map_facts(rows)
    assert today.has_periods
    assert today.municipalities["GM0622"].region == RIJNMOND
    assert len(today.members()[RIJNMOND]) == 13
    assert today.municipalities["GM1992"].region == RIJNMOND  # Voorne aan Zee, since 2023
    before = map_facts(rows, date(2018, 1, 1))
    assert {"GM0501", "GM0530", "GM0614"} <= set(before.members()[RIJNMOND])  # Brielle, Hellevoetsl., Westv.
    assert before.municipalities["GM1992"].region == ""  # not yet in existence
    assert before.municipalities["GM0622"].region == RIJNMOND
