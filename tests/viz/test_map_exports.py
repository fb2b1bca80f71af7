"""The map's exports: /api/kaart.geojson (342 valid features whose region is the graph's
membership), ``jeugdgraph kaart --output`` as SVG (with the attribution), PNG and GeoJSON, the
small maps of the resource pages and the links to /kaart."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import matplotlib.image as mpimg
import pytest
from shapely.geometry import shape
from typer.testing import CliRunner

from jeugdgraph.cli import app
from jeugdgraph.namespaces import PREFIXES

runner = CliRunner()
SVG = "{http://www.w3.org/2000/svg}"
ATTRIBUTION = "Bron: CBS / PDOK, CC BY 4.0"


def _membership(seed_store) -> dict[str, str]:  # noqa: ANN001
    """CBS code -> region IRI, as the graph states it (org:memberOf)."""
    rows = seed_store.query("SELECT ?c ?r WHERE { ?g a jg:Gemeente ; jg:cbsCode ?c ; org:memberOf ?r . "
                            "?r a jg:Jeugdregio }", prefixes=PREFIXES, use_default_graph_as_union=True)
    return {row["c"].value: row["r"].value for row in rows}


def _check_collection(collection: dict, membership: dict[str, str], expected: int) -> None:
    assert collection["type"] == "FeatureCollection"
    assert collection["bron"] == ATTRIBUTION
    features = collection["features"]
    assert len(features) == expected
    for feature in features:
        props = feature["properties"]
        geometry = shape(feature["geometry"])
        assert geometry.is_valid and not geometry.is_empty, props["code"]
        assert geometry.geom_type in ("Polygon", "MultiPolygon")
        minx, miny, maxx, maxy = geometry.bounds
        assert minx >= 3.3 and maxx <= 7.3 and miny >= 50.7 and maxy <= 53.6  # CRS84: lon, lat
        assert props["regio"] == membership.get(props["code"], ""), props["code"]
        assert props["naam"] and props["code"].startswith("GM") and feature["id"] == props["code"]


def test_geojson_of_the_whole_country(viz_client, seed_store):
    response = viz_client.get("/api/kaart.geojson")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    membership = _membership(seed_store)
    assert len(membership) == 341  # Vijfheerenlanden has no region in the reference data
    _check_collection(collection, membership, 342)
    vlaardingen = next(f["properties"] for f in collection["features"] if f["properties"]["code"] == "GM0622")
    assert vlaardingen["naam"] == "Vlaardingen" and vlaardingen["regio_naam"] == "Rijnmond"
    assert vlaardingen["regio_code"] == "JZ29" and vlaardingen["provincie"] == "Zuid-Holland"
    assert vlaardingen["uitgevoerd_door_naam"] == "Gemeenschappelijke Regeling Jeugdhulp Rijnmond"
    assert vlaardingen["documenten"] == 1 and vlaardingen["regiovisie"] == "vastgesteld"


def test_geojson_of_one_region_and_bad_parameters(viz_client, seed_store):
    collection = viz_client.get("/api/kaart.geojson", params={"regio": "rijnmond"}).json()
    membership = {c: r for c, r in _membership(seed_store).items() if r.endswith("/rijnmond")}
    _check_collection(collection, membership, 13)
    unknown = viz_client.get("/api/kaart.geojson", params={"regio": "atlantis"})
    assert unknown.status_code == 404 and "atlantis" in unknown.json()["fout"]
    bad = viz_client.get("/api/kaart.geojson", params={"datum": "gisteren"})
    assert bad.status_code == 400 and "JJJJ-MM-DD" in bad.json()["fout"]


def test_layers_for_the_page_and_the_counts_it_asks_for_after(viz_client):
    data = viz_client.get("/api/kaart/lagen.json", params={"datum": "2026-01-01"}).json()
    assert data["peildatum"] == "2026-01-01" and data["tijdlijn"] is True  # the registers have periods
    assert len(data["gemeenten"]["features"]) == 342
    assert len(data["regios"]["features"]) == 42 and len(data["provincies"]["features"]) == 12
    colours = {f["properties"]["slug"]: f["properties"]["kleur"] for f in data["regios"]["features"]}
    assert len(set(colours.values())) == 42
    assert "documenten" not in data["gemeenten"]["features"][0]["properties"]  # they come apart

    counts = viz_client.get("/api/kaart/tellingen.json", params={"datum": "2026-01-01"}).json()
    assert len(counts["gemeenten"]) == 342
    assert counts["gemeenten"]["GM0453"]["open_opdrachten"] == 1  # Velsen: deadline 2026-09-30
    vlaardingen = {"documenten": 1, "open_opdrachten": 0, "regiovisie": "vastgesteld"}
    assert counts["gemeenten"]["GM0622"] == vlaardingen
    later = viz_client.get("/api/kaart/tellingen.json", params={"datum": "2026-10-01"}).json()
    assert later["gemeenten"]["GM0453"]["open_opdrachten"] == 0


def _svg_paths(svg_text: str) -> list[ET.Element]:
    root = ET.fromstring(svg_text)
    return [p for p in root.iter(f"{SVG}path") if p.get("data-code")]


def test_kaart_command_writes_svg_with_attribution(seed_store_dir, tmp_path):
    out = tmp_path / "kaart.svg"
    result = runner.invoke(app, ["kaart", "--store", str(seed_store_dir), "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert ATTRIBUTION in text
    paths = _svg_paths(text)
    assert len(paths) == 342
    assert len({p.get("fill") for p in paths if p.get("fill") != "#d9d9d9"}) == 42
    root = ET.fromstring(text)
    assert len(list(root.find(f"{SVG}g[@id='regios']"))) == 42
    assert len(list(root.find(f"{SVG}g[@id='legenda']").iter(f"{SVG}rect"))) == 42


def test_kaart_command_writes_png_and_geojson(seed_store_dir, seed_store, tmp_path):
    png = tmp_path / "kaart.png"
    result = runner.invoke(app, ["kaart", "--store", str(seed_store_dir), "-o", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = mpimg.imread(png)
    assert pixels.shape[0] > 800 and pixels.shape[1] > 1200 and pixels.std() > 0.1

    geojson = tmp_path / "rijnmond.geojson"
    result = runner.invoke(app, ["kaart", "--store", str(seed_store_dir), "-o", str(geojson),
                                 "--regio", "Rijnmond"])
    assert result.exit_code == 0, result.output
    membership = {c: r for c, r in _membership(seed_store).items() if r.endswith("/rijnmond")}
    _check_collection(json.loads(geojson.read_text(encoding="utf-8")), membership, 13)


@pytest.mark.parametrize("args, message", [
    (["-o", "kaart.txt"], "SVG-, PNG- of GeoJSON-bestand"),
    (["-o", "kaart.svg", "--date", "morgen"], "JJJJ-MM-DD"),
    (["-o", "kaart.svg", "--gemeente", "Atlantis"], "geen gemeente 'Atlantis'"),
])
def test_kaart_command_says_what_is_wrong(seed_store_dir, tmp_path, args, message):
    args = [a if not a.startswith("kaart.") else str(tmp_path / a) for a in args]
    result = runner.invoke(app, ["kaart", "--store", str(seed_store_dir), *args])
    assert result.exit_code == 1
    assert message in result.output


def test_small_maps_on_resource_pages_and_links_to_the_map(viz_client):
    page = viz_client.get("/id/gemeente/gm0622").text
    assert '<img src="/api/kaart.svg?gemeente=GM0622"' in page and 'href="/kaart?gemeente=GM0622"' in page
    assert '<img src="/api/kaart.svg?regio=rijnmond"' in viz_client.get("/id/jeugdregio/rijnmond").text
    small = viz_client.get("/api/kaart.svg", params={"gemeente": "GM0622"})
    assert small.status_code == 200 and small.headers["content-type"].startswith("image/svg+xml")
    assert ATTRIBUTION in small.text
    codes = {p.get("data-code") for p in _svg_paths(small.text)}
    assert "GM0622" in codes and "GM0014" not in codes  # Groningen is far outside the view
    assert 'stroke="#d7191c"' in small.text  # Vlaardingen outlined
    assert 'href="/kaart"' in viz_client.get("/regions").text
    assert 'href="/kaart?regio=rijnmond"' in viz_client.get("/regions").text
    assert 'href="/kaart?regio=rijnmond"' in viz_client.get("/viz", params={"regio": "rijnmond"}).text
    assert viz_client.get("/api/kaart.png", params={"regio": "ijmond"}).content[:4] == b"\x89PNG"


def test_the_page_and_its_files_are_served_under_the_pages_policy(viz_client):
    page = viz_client.get("/kaart")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert '<script src="/kaart/static/kaart.js"></script>' in page.text and "<script>" not in page.text
    assert ATTRIBUTION in page.text
    for name, media in (("kaart.js", "text/javascript"), ("kaart.css", "text/css")):
        response = viz_client.get(f"/kaart/static/{name}")
        assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert viz_client.get("/kaart/static/../app.py").status_code == 404
    details = viz_client.get("/api/kaart/gemeente/GM0622.json").json()
    assert details["regio"]["naam"] == "Rijnmond"
    assert [d["titel"] for d in details["documenten"]] == [
        "Raadsvoorstel tot Vaststellen regiovisie Jeugdhulp Rijnmond 2026-2030"]
    region = viz_client.get("/api/kaart/regio/rijnmond.json").json()
    assert len(region["leden"]) == 13 and region["href"] == "/id/jeugdregio/rijnmond"
    assert viz_client.get("/api/kaart/regio/atlantis.json").status_code == 404
