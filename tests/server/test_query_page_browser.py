"""The query page in headless Chromium (Debian's chromium, driven by Playwright from PyPI):
load it, pick a named query, run it, see the rows, download them; nothing comes from elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prerequisites import missing
from serverfixtures import LiveServer

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOT = Path("/tmp/jeugdgraph-query-page.png")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        missing(f"headless Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="Playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(seed_build, seed_store_dir: Path) -> Iterator[LiveServer]:  # noqa: ANN001
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    live = LiveServer(app)
    yield live
    live.stop()


@pytest.fixture
def page(browser, server: LiveServer):  # noqa: ANN001, ANN201
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    tab.requested = []  # every URL the page asks for
    tab.problems = []  # console errors (a CSP violation shows up here) and page errors
    tab.on("request", lambda request: tab.requested.append(request.url))
    tab.on("console", lambda message: tab.problems.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    yield tab
    context.close()


def test_run_a_named_query_example_and_see_the_rows(page, server: LiveServer):  # noqa: ANN001
    page.goto(server.url + "/")
    example = page.locator("button.example", has_text="Gemeenten die lid zijn van een jeugdregio")
    example.wait_for(timeout=15_000)
    assert page.locator("button.example").count() >= 15
    example.click()
    editor_text = page.locator("#query").input_value()
    assert "VALUES (?regio) { (<https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond>) }" in editor_text
    assert "/api/queries/leden-van-regio?regio=rijnmond" in page.locator("#selected-api").inner_text()

    page.locator("#run").click()
    rows = page.locator("#result-table tbody tr")
    rows.first.wait_for(timeout=15_000)
    assert rows.count() == 13
    table = page.locator("#result-table").inner_text()
    assert "Vlaardingen" in table and "GM0622" in table
    link = page.locator("#result-table a", has_text="jgi:gemeente/gm0622").first
    assert link.get_attribute("href") == "https://w3id.org/jeugdgraph/id/gemeente/gm0622"
    assert page.locator("#status").inner_text().startswith("13 rijen")
    assert page.locator("button.download").count() == 4
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    with page.expect_download() as download_info:
        page.locator("button.download", has_text="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "resultaat.csv"
    assert "GM0622" in Path(download.path()).read_text(encoding="utf-8")

    assert all(url.startswith(server.url) for url in page.requested), page.requested
    assert page.problems == []


def test_a_bad_query_shows_the_parsers_position(page, server: LiveServer):  # noqa: ANN001
    page.goto(server.url + "/")
    page.locator("#query").fill("SELECT ?x WHERE {\n  ?x ?p \n")
    page.locator("#query").press("Control+Enter")
    status = page.locator("#status.error")
    status.wait_for(timeout=15_000)
    assert "regel 3" in status.inner_text()
    assert page.locator("#gutter").inner_text().split() == ["1", "2", "3"]


def test_a_construct_query_shows_turtle_and_offers_graph_formats(page, server: LiveServer):  # noqa: ANN001
    page.goto(server.url + "/")
    page.locator("#query").fill(
        "CONSTRUCT { ?r org:hasMember ?g } WHERE { ?r jg:cbsCode 'JZ29' ; org:hasMember ?g }"
    )
    page.locator("#run").click()
    graph = page.locator("#result-graph")
    graph.wait_for(timeout=15_000)
    assert "org:hasMember" in graph.inner_text()
    assert page.locator("button.download").count() == 5
    assert page.locator("#status").inner_text().startswith("13 triples")


def test_the_api_documentation_lists_the_operations_under_the_policy(page, server: LiveServer):  # noqa: ANN001
    page.goto(f"{server.url}/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/sparql", "/sparql/update", "/store"} <= {p.replace("\u200b", "") for p in paths}
    assert len(paths) >= 10
    assert not page.problems, page.problems  # a blocked script or style would be reported here
    assert all(url.startswith(server.url) for url in page.requested)


def test_the_page_fetches_an_answer_a_page_at_a_time(page, server: LiveServer):  # noqa: ANN001
    page.goto(server.url + "/")
    page.locator("#row-limit").fill("5")
    page.locator("#query").fill("SELECT ?g WHERE { ?g a jg:Gemeente } ORDER BY ?g")
    page.locator("#run").click()
    page.locator("#next-page").wait_for(timeout=15_000)
    first = page.locator("#result-table tbody").inner_text()
    assert page.locator("#result-table tbody tr").count() == 5
    assert "rijen 1–5" in page.locator("#pager").inner_text()
    page.locator("#next-page").click()
    page.locator("#previous-page").wait_for(timeout=15_000)
    assert "rijen 6–10" in page.locator("#pager").inner_text()
    second = page.locator("#result-table tbody").inner_text()
    assert page.locator("#result-table tbody tr").count() == 5 and second != first
    page.locator("#previous-page").click()
    page.locator("#pager", has_text="rijen 1–5").wait_for(timeout=15_000)
    assert page.locator("#result-table tbody").inner_text() == first
    # a named query pages through the API and its Link header
    page.locator("button.example", has_text="Tijdlijn").click()
    page.locator("#run").click()
    page.locator("#next-page").wait_for(timeout=15_000)
    assert page.locator("#result-table tbody tr").count() == 5
    assert any("/api/queries/tijdlijn" in url and "limit=5" in url for url in page.requested)
    assert not page.problems, page.problems


def test_a_cut_answer_is_said_in_words_and_the_download_is_whole(page, server: LiveServer):  # noqa: ANN001
    page.goto(server.url + "/")
    page.locator("#query").fill("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 30")
    page.locator("#row-limit").fill("5")
    page.locator("#run").click()
    status = page.locator("#status.warning")  # a query with a LIMIT of its own is cut, not paged
    status.wait_for(timeout=15_000)
    assert "afgekapt: het antwoord heeft meer dan 5 rijen" in status.inner_text()
    assert page.locator("#result-table tbody tr").count() == 5
    with page.expect_download() as download_info:
        page.locator("button.download", has_text="TSV").click()
    lines = Path(download_info.value.path()).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 30  # the download is the whole answer
