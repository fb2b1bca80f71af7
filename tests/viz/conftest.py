"""Fixtures of the visualisation tests: query rows over the seed store, the app over it, a small
store whose texts try to break out of HTML, and a live uvicorn server for the browser test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from liveserver import LiveServer
from prerequisites import missing
from vizdata import hostile_trig

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings
from jeugdgraph.viz_queries import QueryRows, store_query_rows


@pytest.fixture(scope="session")
def seed_rows(seed_store: ox.Store) -> QueryRows:
    return store_query_rows(seed_store)


@pytest.fixture(scope="module")
def viz_client(seed_build, seed_store_dir: Path) -> Iterator[TestClient]:  # noqa: ANN001
    """The whole app over the seed store, queries in worker processes as in production."""
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def hostile_store() -> ox.Store:
    store = ox.Store()
    store.load(hostile_trig(), ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def hostile_client(hostile_store: ox.Store) -> Iterator[TestClient]:
    app = create_app(Settings(query_workers=2), hostile_store, validate_on_start=False)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def live_seed_server(seed_build, seed_store_dir: Path) -> Iterator[LiveServer]:  # noqa: ANN001
    app = create_app(Settings(query_workers=2), seed_store_dir, validation=seed_build.validation)
    server = LiveServer(app)
    try:
        yield server
    finally:
        server.stop()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        missing(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, live_seed_server):  # noqa: ANN001, ANN201
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    tab = context.new_page()
    tab.problems = []  # console errors (CSP violations among them) and uncaught exceptions
    tab.requested = []
    tab.on("console", lambda m: tab.problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(str(e)))
    tab.on("request", lambda r: tab.requested.append(r.url))
    tab.on("response", lambda r: tab.problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    yield tab
    context.close()
