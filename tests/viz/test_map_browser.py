"""The map (/kaart) in headless Chromium, served by a real uvicorn on 127.0.0.1 under the pages'
Content-Security-Policy: 342 municipality shapes in 42 region colours, a click on Vlaardingen
shows Rijnmond and its documents, the layers recolour, zoom changes the view, and nothing is
asked of any other origin."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import matplotlib.image as mpimg
import pytest

pytestmark = pytest.mark.browser

SCREENSHOT = Path("/tmp/kaart-vlaardingen.png")
VLAARDINGEN_DOCUMENT = "Raadsvoorstel tot Vaststellen regiovisie Jeugdhulp Rijnmond 2026-2030"



def _open_map(page, server, query: str = "") -> None:  # noqa: ANN001
    page.goto(server.url + "/kaart" + query)
    page.wait_for_selector("#kaart[data-geladen='ja']", timeout=60_000)


def _fills(page) -> dict[str, str]:  # noqa: ANN001
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('#kaart path.jg-gemeente')]
        .map(p => [p.dataset.code, p.getAttribute('fill') + '|' + p.dataset.regio]))""")


def test_map_draws_342_municipalities_in_42_region_colours_and_shows_vlaardingen(page, live_seed_server):
    _open_map(page, live_seed_server)
    fills = _fills(page)
    assert len(fills) == 342
    in_region = {v.split("|")[0] for v in fills.values() if v.split("|")[1]}
    assert len(in_region) == 42
    by_region: dict[str, set[str]] = {}
    for v in fills.values():
        colour, region = v.split("|")
        by_region.setdefault(region, set()).add(colour)
    assert all(len(colours) == 1 for colours in by_region.values())  # one colour per region
    assert page.locator("#kaart-regios path").count() == 42
    assert page.locator("#kaart-provincies path").count() == 12
    assert page.locator("#kaart-legenda-lijst li[data-regio]").count() == 42
    assert "CBS / PDOK, CC BY 4.0" in page.locator(".jg-bron").inner_text()

    vlaardingen = page.locator("#kaart path[data-code='GM0622']")
    box = vlaardingen.bounding_box()
    assert box and box["width"] > 2 and box["height"] > 2
    vlaardingen.hover()
    assert page.locator("#kaart-label").inner_text().startswith("Vlaardingen · Rijnmond (JZ29)")
    vlaardingen.click()
    details = page.locator("#kaart-details")
    details.locator("h2", has_text="Vlaardingen").wait_for(timeout=15_000)
    text = details.inner_text()
    assert "Jeugdregio: Rijnmond (JZ29)" in text
    assert "Gemeenschappelijke Regeling Jeugdhulp Rijnmond" in text
    assert "Regiovisie: vastgesteld." in text
    assert details.locator("#kaart-documenten a", has_text=VLAARDINGEN_DOCUMENT).count() == 1
    assert page.locator("#kaart-selectie path").count() == 1

    page.screenshot(path=str(SCREENSHOT))
    pixels = mpimg.imread(SCREENSHOT)
    assert pixels.shape[1] == 1400 and pixels.std() > 0.05

    origin = urlsplit(live_seed_server.url).netloc
    elsewhere = [u for u in page.requested if not u.startswith("data:") and urlsplit(u).netloc != origin]
    assert elsewhere == []
    assert page.problems == []


def test_region_click_layers_zoom_and_date(page, live_seed_server):
    _open_map(page, live_seed_server)
    page.locator("#kaart-legenda-lijst li[data-regio='rijnmond']").click()
    details = page.locator("#kaart-details")
    details.locator("h2", has_text="Rijnmond").wait_for(timeout=15_000)
    assert details.locator("#kaart-leden li").count() == 13
    page_link = details.locator("a", has_text="Pagina van de regio")
    assert page_link.get_attribute("href") == "/id/jeugdregio/rijnmond"
    zoomed = page.evaluate("() => window.jeugdkaart.view[2] < window.jeugdkaart.full[2] / 3")
    assert zoomed

    before = _fills(page)
    page.wait_for_function("() => window.jeugdkaart.counted", timeout=30_000)
    page.select_option("#kaart-laag", "regiovisie")
    after = _fills(page)
    assert after["GM0622"].startswith("#1a9850")  # Vlaardingen adopted the Rijnmond vision
    assert after["GM0599"].startswith("#fdae61")  # Rotterdam has not (in the seeds)
    assert after["GM0014"].startswith("#e0e0e0")  # no Groningen vision in the graph
    assert before != after
    page.select_option("#kaart-laag", "documenten")
    documents = _fills(page)
    assert documents["GM0622"].split("|")[0] != documents["GM0014"].split("|")[0]

    width = page.evaluate("() => window.jeugdkaart.view[2]")
    page.click("#kaart-uit")
    assert page.evaluate("() => window.jeugdkaart.view[2]") > width

    page.fill("#kaart-peildatum", "2020-01-01")
    page.dispatch_event("#kaart-peildatum", "change")
    page.wait_for_selector("#kaart[data-geladen='ja']", timeout=30_000)
    assert page.evaluate("() => window.jeugdkaart.data.peildatum") == "2020-01-01"
    assert page.locator("#kaart path.jg-gemeente").count() == 342
    assert page.problems == []


def test_a_link_with_a_municipality_opens_the_map_on_it(page, live_seed_server):
    _open_map(page, live_seed_server, "?gemeente=GM0622")
    page.locator("#kaart-details h2", has_text="Vlaardingen").wait_for(timeout=15_000)
    assert page.evaluate("() => window.jeugdkaart.view[2] < window.jeugdkaart.full[2] / 4")
    assert page.problems == []
