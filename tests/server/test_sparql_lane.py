"""The protocol route's lane (``sparql_lane``) answers every request exactly as the framework's
way through the router does: the same status, headers and body, for answers and for every kind of
error; requests it does not take (other methods, other paths, a root path) go the framework's way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from serverfixtures import SMALL_TRIG

from jeugdgraph.query.inprocess import InProcessBackend
from jeugdgraph.server import create_app
from jeugdgraph.server.sparql_lane import SparqlLane
from jeugdgraph.settings import Settings

FORM = "application/x-www-form-urlencoded"
JSON = "application/sparql-results+json"
SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3"

# (method, path and query string, headers, body): answers, refusals, limits and the lane's edges
REQUESTS: list[tuple[str, str, dict[str, str], bytes]] = [
    ("POST", "/sparql", {"content-type": FORM, "accept": JSON}, f"query={quote(SELECT)}".encode()),
    ("GET", f"/sparql?query={quote(SELECT)}&format=csv", {}, b""),
    ("GET", f"/sparql?query={quote('ASK { ?s ?p ?o }')}", {"accept": "text/tab-separated-values"}, b""),
    ("POST", "/sparql", {"content-type": "application/sparql-query"}, b"CONSTRUCT WHERE {?s ?p ?o} LIMIT 2"),
    ("POST", "/sparql?timeout=2", {"content-type": FORM}, f"query={quote(SELECT)}&row-limit=1".encode()),
    ("POST", "/sparql", {"content-type": FORM}, b"query=SELEC+*+WHERE+%7B"),  # syntax error
    ("POST", "/sparql", {"content-type": FORM}, b"update=INSERT+DATA+%7B%7D"),  # an update
    ("POST", "/sparql", {"content-type": "application/sparql-update"}, b"INSERT DATA {}"),
    ("POST", "/sparql", {"content-type": "text/plain"}, b"SELECT * {}"),
    ("POST", "/sparql", {"content-type": FORM}, b"query="),
    ("POST", "/sparql", {"content-type": "application/sparql-query"}, b"ASK { " + b"?s ?p ?o . " * 30 + b"}"),
    ("POST", "/sparql?query=x", {"content-type": FORM}, f"query={quote(SELECT)}".encode()),
    ("POST", "/sparql", {"content-type": FORM}, f"query={quote(SELECT)}&timeout=nooit".encode()),
    ("GET", f"/sparql?query={quote(SELECT)}&format=turtle", {}, b""),  # a format of the other kind
    ("GET", f"/sparql?query={quote(SELECT)}", {"accept": "image/png"}, b""),
    ("GET", f"/sparql?query={quote('SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }')}", {}, b""),
    ("GET", f"/sparql?query={quote(SELECT)}&default-graph-uri=file:///etc/passwd", {}, b""),
    ("GET", "/sparql", {"accept": "text/turtle"}, b""),  # the service description
    ("GET", "/sparql", {"accept": "text/html"}, b""),  # a browser: to the query page
    ("GET", "/sparql?query=%FF", {}, b""),  # not UTF-8
    ("POST", "/sparql", {"content-type": "application/sparql-query; charset=latin-1"}, b"ASK {}"),
    ("PUT", "/sparql", {"content-type": FORM}, b"query=ASK+%7B%7D"),  # not the lane's: 405
    ("HEAD", f"/sparql?query={quote('ASK {}')}", {}, b""),  # not the lane's
    ("GET", "/sparql/", {}, b""),  # not the lane's: a redirect
    ("GET", "/health", {}, b""),
]
VARYING = {"date", "server-timing", "content-length"}  # the clock and fresh blank nodes, not the path


@pytest.fixture(scope="module")
def backend() -> Iterator[InProcessBackend]:
    store = ox.Store()
    store.load(SMALL_TRIG, ox.RdfFormat.TRIG)
    served = InProcessBackend(store, workers=2, prefixes={})
    yield served
    served.close()


def _app(backend: InProcessBackend, *, lane: bool) -> FastAPI:
    app = create_app(Settings(query_timeout=5.0, max_query_bytes=200), backend, validate_on_start=False)
    if not lane:
        app.user_middleware = [m for m in app.user_middleware if m.cls is not SparqlLane]
    return app


def _answers(app: FastAPI, root_path: str = "") -> list[tuple[int, list[tuple[str, str]], bytes]]:
    out = []
    with TestClient(app, root_path=root_path, follow_redirects=False) as client:
        for number, (method, url, headers, body) in enumerate(REQUESTS):
            response = client.request(method, url, headers={**headers, "x-request-id": f"req-{number}"},
                                      content=body)
            kept = [(k, v) for k, v in response.headers.multi_items() if k not in VARYING]
            if "content-length" in response.headers and method != "HEAD":
                assert int(response.headers["content-length"]) == len(response.content)
            out.append((response.status_code, kept, _blank_nodes_named_in_order(response.content)))
    return out


def _blank_nodes_named_in_order(body: bytes) -> bytes:
    """Blank node labels are fresh on every serialisation: named by first appearance instead."""
    names: dict[bytes, bytes] = {}
    return re.sub(rb"_:[0-9A-Za-z]+", lambda m: names.setdefault(m[0], b"_:b%d" % len(names)), body)


def test_the_lane_answers_as_the_framework_does(backend: InProcessBackend) -> None:
    through_lane = _answers(_app(backend, lane=True))
    through_router = _answers(_app(backend, lane=False))
    for request, lane, router in zip(REQUESTS, through_lane, through_router, strict=True):
        assert lane == router, request[:2]
    statuses = {status for status, _, _ in through_lane}
    assert {200, 303, 400, 403, 405, 406, 413, 415}.issubset(statuses)  # the cases above do reach them


def test_the_lane_is_taken_only_by_the_protocol_route(backend: InProcessBackend) -> None:
    for root_path in ("", "/jg"):
        app = _app(backend, lane=True)
        sparql = next(r for r in app.router.routes if getattr(r, "path", None) == "/sparql")
        inner, ways = sparql.app, []

        async def noting(scope: dict, receive: object, send: object, inner: object = inner,
                         ways: list[tuple[str, str]] = ways) -> None:
            framework = "fastapi_middleware_astack" in scope  # the framework's exit stack sets it
            ways.append((scope["method"], "router" if framework else "lane"))
            await inner(scope, receive, send)  # type: ignore[operator]

        sparql.app = noting
        _answers(app, root_path=root_path)
        lane = {(method, "lane" if method in {"GET", "POST"} and not root_path else "router")
                for method, _ in ways}
        assert set(ways) == lane, root_path
        assert ("HEAD", "router") in ways
        assert len(ways) >= 20
