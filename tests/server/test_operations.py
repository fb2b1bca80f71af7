"""Running the server: /health and /ready, JSON access logs with request ids, CORS off by default,
errors without stack traces, the offline query page and API docs."""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from serverfixtures import small_settings, write_small_store

from jeugdgraph.query.types import QueryRequest, QueryResult
from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

JGI = "https://w3id.org/jeugdgraph/id/"
JG = "https://w3id.org/jeugdgraph/def#"


def test_health_answers_at_once(client: TestClient):
    response = client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_ready_with_the_triple_count_of_a_validated_store(seed_client: TestClient, seed_build):  # noqa: ANN001
    response = seed_client.get("/ready")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "klaar" and body["validatie"] == "conforms"
    assert body["triples"] == sum(n for g, n in seed_build.triples_per_graph.items() if g)


def test_ready_validates_a_store_at_start_up_and_says_not_ready_while_it_breaks_the_shapes(tmp_path: Path):
    store_dir = write_small_store(tmp_path / "store")
    store = ox.Store(str(store_dir))
    bad_code = ox.Literal("Vlaardingen")  # not GM + four digits
    store.add(ox.Quad(ox.NamedNode(JGI + "gemeente/gm0622"), ox.NamedNode(JG + "cbsCode"), bad_code,
                      ox.NamedNode(JGI + "graph/reference")))
    store.flush()
    del store
    app = create_app(small_settings(query_workers=1), store_dir)
    with TestClient(app) as test_client:
        first = test_client.get("/ready").json()
        assert first["validatie"] in ("pending", "violations")
        deadline = time.monotonic() + 120
        while test_client.get("/ready").json()["validatie"] == "pending" and time.monotonic() < deadline:
            time.sleep(0.5)
        response = test_client.get("/ready")
        assert response.status_code == 503
        assert response.json()["validatie"] == "violations" and response.json()["overtredingen"] > 0
        assert response.json()["triples"] > 1000
        assert test_client.get("/health").status_code == 200


def test_access_log_is_one_json_line_per_request(client: TestClient, caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.INFO, logger="jeugdgraph.access"):
        response = client.get("/sparql", params={"query": "ASK {}"}, headers={"X-Request-Id": "abc-123"})
        client.get("/sparql", params={"query": "SELECT * {"})
    assert response.headers["x-request-id"] == "abc-123"
    entries = [json.loads(r.getMessage()) for r in caplog.records if r.name == "jeugdgraph.access"]
    assert len(entries) == 2
    ok, bad = entries
    assert (ok["method"], ok["path"], ok["status"], ok["request_id"]) == ("GET", "/sparql", 200, "abc-123")
    assert isinstance(ok["duration_ms"], float) and ok["duration_ms"] >= 0
    assert ok["rows"] == "1" and ok["truncated"] == "false"
    assert bad["status"] == 400 and re.fullmatch(r"[0-9a-f]{32}", bad["request_id"])


def test_an_unusable_request_id_is_replaced(client: TestClient):
    response = client.get("/health", headers={"X-Request-Id": "a b\tc" * 30})
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])


def test_cors_is_off_by_default(client: TestClient):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_allows_only_the_listed_origins(small_store_dir: Path):
    settings = small_settings(query_workers=1, cors_origins=("https://dashboard.example.org",))
    with TestClient(create_app(settings, small_store_dir, validate_on_start=False)) as test_client:
        allowed = test_client.get("/sparql", params={"query": "ASK {}"},
                                  headers={"Origin": "https://dashboard.example.org"})
        assert allowed.headers["access-control-allow-origin"] == "https://dashboard.example.org"
        assert "X-Jeugdgraph-Truncated" in allowed.headers["access-control-expose-headers"]
        other = test_client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


class FailingBackend:
    """A QueryBackend whose store fails in a way nobody foresaw (to see what a client then gets)."""

    def execute(self, request: QueryRequest) -> QueryResult:
        raise ZeroDivisionError("secret internal detail")

    def local_store(self) -> ox.Store | None:
        return None

    def close(self) -> None:
        pass


def test_an_unexpected_failure_answers_500_without_a_stack_trace(caplog: pytest.LogCaptureFixture):
    app = create_app(Settings(), FailingBackend())
    with TestClient(app, raise_server_exceptions=False) as test_client, caplog.at_level(logging.ERROR):
        response = test_client.get("/sparql", params={"query": "ASK {}"})
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-request-id"] in response.text  # the id to quote when reporting it
    assert "Traceback" not in response.text and "secret internal detail" not in response.text
    # the server's log has the whole story, under the same request id
    logged = [r.getMessage() + (r.exc_text or "") for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("ZeroDivisionError" in line and response.headers["x-request-id"] in line for line in logged)


def test_errors_come_as_plain_text_to_a_client_that_prefers_it(client: TestClient):
    accept = {"Accept": "text/plain;q=0.9, text/csv"}
    response = client.get("/sparql", params={"query": "SELECT * {"}, headers=accept)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("De query is ongeldig op regel 1")


def test_the_query_page_and_its_assets_come_from_the_app_only(client: TestClient):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assets = [a for a in re.findall(r'(?:src|href)="([^"]+)"', page.text) if not a.startswith("data:")]
    assert assets, "the page loads its script and style"
    for asset in assets:
        assert asset.startswith("/"), f"{asset} is not served by the app"
        if not asset.startswith(("/docs", "/api", "/sparql")):
            assert client.get(asset).status_code == 200, asset
    assert "<script>" not in page.text  # no inline script


def test_api_docs_are_served_offline(client: TestClient):
    docs = client.get("/docs")
    assert docs.status_code == 200
    for asset in re.findall(r'(?:src|href)="([^"]+)"', docs.text):
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset
