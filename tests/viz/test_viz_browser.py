"""The network view in headless Chromium, served by a real uvicorn on 127.0.0.1, under the pages'
Content-Security-Policy: it draws the Rijnmond network, shows quotes on hover, opens a node's page
on click, and asks nothing from any other origin."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import matplotlib.image as mpimg
import pytest
from vizdata import RIJNMOND

pytestmark = pytest.mark.browser

SCREENSHOT = Path("/tmp/viz-rijnmond.png")



def _open_rijnmond(page, server) -> None:  # noqa: ANN001
    page.goto(server.url + "/viz?regio=rijnmond")
    page.wait_for_selector("#netwerk[data-stabilised='ja']", timeout=60_000)


def test_rijnmond_network_renders_with_its_13_members(page, live_seed_server):
    _open_rijnmond(page, live_seed_server)
    assert page.locator("#netwerk canvas").count() == 1
    canvas = page.locator("#netwerk canvas").bounding_box()
    size = [canvas["width"], canvas["height"]]
    assert size[0] > 500 and size[1] > 300

    drawn = page.evaluate("""() => {
        const j = window.jeugdgraph;
        const positions = j.network.getPositions();
        return {
            nodes: j.nodes.get().map(n => ({id: n.id, kind: n.kind, placed: n.id in positions})),
            edges: j.edges.get().map(e => ({from: e.from, to: e.to, relation: e.relation})),
        };
    }""")
    kinds = {n["id"]: n["kind"] for n in drawn["nodes"]}
    members = {e["from"] for e in drawn["edges"] if e["to"] == RIJNMOND and e["relation"] == "lid_van"}
    assert len(members) == 13
    assert all(kinds[m] == "gemeente" for m in members)
    assert all(n["placed"] for n in drawn["nodes"])

    page.screenshot(path=str(SCREENSHOT), full_page=True)
    pixels = mpimg.imread(SCREENSHOT)
    assert pixels.shape[1] == 1400 and pixels.shape[0] >= 950 and pixels.std() > 0.05

    origin = urlsplit(live_seed_server.url).netloc
    elsewhere = [u for u in page.requested if not u.startswith("data:") and urlsplit(u).netloc != origin]
    assert elsewhere == []
    assert page.problems == []


def test_hover_shows_the_quote_and_click_opens_the_page(page, live_seed_server):
    _open_rijnmond(page, live_seed_server)
    besluit = "https://w3id.org/jeugdgraph/id/document/004_33a8688e64a59d40/besluit/3"
    page.evaluate("id => window.jeugdgraph.network.focus(id, {scale: 1.5})", besluit)
    spot = page.evaluate("""id => {
        const net = window.jeugdgraph.network;
        const dom = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.querySelector('#netwerk').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", besluit)
    page.mouse.move(spot[0] + 5, spot[1] + 5)
    page.mouse.move(spot[0], spot[1])
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert "De Regiovisie Jeugdhulp Rijnmond 2026-2030 vast te stellen." in tooltip.inner_text()

    with page.expect_navigation(timeout=15_000):
        page.mouse.click(spot[0], spot[1])
    assert page.url == live_seed_server.url + "/id/document/004_33a8688e64a59d40/besluit/3"
    assert "De Regiovisie Jeugdhulp Rijnmond 2026-2030 vast te stellen." in page.locator("mark").inner_text()
    assert page.problems == []
