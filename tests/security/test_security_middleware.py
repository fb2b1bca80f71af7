"""Security headers on HTML pages, request ids from the response to the logs, a body ceiling
before anything is read, and never a stack trace in a response."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

BODY_LIMIT = 50_000


@pytest.fixture(scope="module")
def app(seed_build, seed_store_dir: Path):  # noqa: ANN001, ANN201
    app = create_app(
        Settings(query_workers=1, max_upload_bytes=BODY_LIMIT),
        seed_store_dir,
        validation=seed_build.validation,
    )

    @app.get("/test-only/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("geheim detail uit /etc/passwd")

    return app


@pytest.fixture(scope="module")
def client(app) -> Iterator[TestClient]:  # noqa: ANN001
    with TestClient(app) as test_client:
        yield test_client


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def test_the_query_page_allows_nothing_from_elsewhere(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    policy = csp_directives(response.headers["content-security-policy"])
    assert policy["default-src"] in (["'self'"], ["'none'"])
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy.get("script-src", policy["default-src"])
    every_source = [source for sources in policy.values() for source in sources]
    assert not [s for s in every_source if re.match(r"^(https?:|\*|//)", s)], every_source
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]


def test_json_answers_carry_nosniff_and_a_request_id(client: TestClient) -> None:
    response = client.get("/health")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])
    assert client.get("/health").headers["x-request-id"] != response.headers["x-request-id"]


def test_a_sane_client_request_id_is_kept_and_logged_an_odd_one_replaced(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="jeugdgraph.access"):
        kept = client.get("/health", headers={"X-Request-ID": "rapportage-2026.03-17"})
    assert kept.headers["x-request-id"] == "rapportage-2026.03-17"
    assert kept.headers.get_list("x-request-id") == ["rapportage-2026.03-17"]
    logged = [json.loads(r.getMessage()) for r in caplog.records if r.name == "jeugdgraph.access"]
    assert logged and logged[-1]["request_id"] == "rapportage-2026.03-17"

    for odd in ("<script>", "a" * 65, "één"):
        replaced = client.get("/health", headers={"X-Request-ID": odd.encode("utf-8")})
        assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["x-request-id"])


def test_an_unexpected_error_is_json_with_the_id_and_no_trace(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="jeugdgraph.server"):
        response = client.get("/test-only/boom", headers={"X-Request-ID": "fout-1"})
    assert response.status_code == 500
    body = response.json()
    assert body["verzoek"] == "fout-1" and "fout-1" in body["fout"]
    assert (
        "Traceback" not in response.text
        and "passwd" not in response.text
        and "RuntimeError" not in response.text
    )
    [line] = [json.loads(r.getMessage()) for r in caplog.records if "unhandled-error" in r.getMessage()]
    assert line["request_id"] == "fout-1"
    assert "RuntimeError: geheim detail" in line["traceback"]


def test_a_body_over_the_ceiling_is_413_before_it_is_read(client: TestClient) -> None:
    huge = b"a" * (BODY_LIMIT + (1 << 20) + 1)
    response = client.post("/api/documents", content=huge, headers={"Content-Type": "text/plain"})
    assert response.status_code == 413
    assert response.json()["status"] == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the ceiling counts what arrives
        for _ in range(20):
            yield b"b" * 100_000

    streamed = client.post("/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert streamed.status_code == 413
