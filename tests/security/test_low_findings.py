"""The low findings of issue 17, one test each: refused logins audited (rate-limited), the token
rule of ``GET /store``, the write worker's temp files, messages without paths, class names or
upstream payloads, links only for http(s) IRIs, the base URL from settings, and 400 for a
repeated parameter. (A Turtle syntax error's message: ``test_rdf_limits``; no orphans on
SIGTERM: ``test_orphans``.)"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from securityfixtures import AUTH, DIGEST, seed_app_client

from jeugdgraph.errors import JeugdgraphError
from jeugdgraph.isolation import IsolatedRunner
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.pool import ProcessPoolBackend
from jeugdgraph.query.types import QueryRequest
from jeugdgraph.server.auth import PER_CLIENT
from jeugdgraph.settings import ONTOLOGY_DIR, Settings
from jeugdgraph.viz_html import link_to, local_link
from jeugdgraph.workers.limits import WorkerLimits

JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def setup(  # noqa: ANN001
    seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[TestClient, Path]]:
    folder = tmp_path_factory.mktemp("low")
    audit = folder / "audit.jsonl"
    with seed_app_client(
        seed_build,
        seed_store_dir,
        folder,
        query_workers=1,
        enable_update=True,
        write_tokens=(DIGEST,),
        audit_log=audit,
        base_url="https://jeugdgraph.voorbeeld.nl",
    ) as client:
        yield client, audit


def test_refused_logins_are_audited_at_a_limited_rate(setup: tuple[TestClient, Path]) -> None:
    client, audit = setup
    for attempt in range(PER_CLIENT + 5):
        headers = {"Authorization": f"Bearer fout-{attempt}"} if attempt % 2 else {}
        response = client.delete("/api/documents/bestaat-niet", headers=headers)
        assert response.status_code == 401
    records = [json.loads(line) for line in audit.read_text().splitlines()]
    logins = [r for r in records if r["action"] == "inloggen"]
    assert len(logins) == PER_CLIENT
    assert all(r["outcome"] == "refused" and r["who"] == "onbekend" for r in logins)
    assert not any("fout-" in line for line in audit.read_text().splitlines())  # never the token


def test_reading_a_graph_needs_no_token_as_the_docs_say(setup: tuple[TestClient, Path]) -> None:
    # what GET /store gives, /sparql gives anyone too (CONSTRUCT), so reads are public, as documented
    client, _ = setup
    graph = {"graph": "https://w3id.org/jeugdgraph/id/graph/reference"}
    assert client.get("/store", params=graph).status_code == 200
    assert client.get("/store", params=graph, headers=AUTH).status_code == 200
    writing = Path(__file__).parents[2] / "docs" / "writing.md"
    assert "reading with `GET`/`HEAD` needs no token" in writing.read_text(encoding="utf-8")


def test_the_service_description_names_the_configured_base_not_the_host_header(
    setup: tuple[TestClient, Path]
) -> None:
    client, _ = setup
    response = client.get("/sparql", headers={"Host": "kwaadwillend.example", "Accept": "text/turtle"})
    assert response.status_code == 200
    assert "kwaadwillend.example" not in response.text
    assert "https://jeugdgraph.voorbeeld.nl/sparql" in response.text


def test_a_repeated_parameter_is_400(setup: tuple[TestClient, Path]) -> None:
    client, _ = setup
    once = client.get("/api/queries/leden-van-regio?regio=rijnmond", headers=JSON)
    assert once.status_code == 200, once.text
    twice = client.get("/api/queries/leden-van-regio?regio=rijnmond&regio=twente", headers=JSON)
    assert twice.status_code == 400
    assert "meer dan eens" in twice.json()["fout"]
    assert client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", headers=JSON).status_code == 400


def test_links_only_for_http_iris() -> None:
    assert local_link("javascript:alert(1)") == ""
    assert local_link("data:text/html,<script>x</script>") == ""
    assert local_link("https://example.org/a") == "https://example.org/a"
    assert local_link("https://w3id.org/jeugdgraph/id/gemeente/gm0622") == "/id/gemeente/gm0622"
    assert link_to(None)("JavaScript:alert(1)") == ""
    script = (Path(__file__).resolve().parents[2] / "jeugdgraph" / "server" / "static" / "app.js").read_text()
    assert "https?:" in script  # the query page links only http(s) IRIs too


class Upstream:
    """An HTTP server on 127.0.0.1 that answers every request with a secret in a 500."""

    SECRET = "GEHEIM-UPSTREAM-7731"

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.recv(65536)
            body = self.SECRET.encode()
            head = b"HTTP/1.1 500 Fout\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
            conn.sendall(head + body)
            conn.close()


def test_messages_carry_no_upstream_payload_path_or_class_name(seed_store_dir: Path) -> None:
    upstream = Upstream()
    backend = ProcessPoolBackend(seed_store_dir, workers=1, prefixes=PREFIXES,
                                 limits=WorkerLimits(network_wall=False))  # the payload could come back
    try:
        with pytest.raises(JeugdgraphError) as caught:
            query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{upstream.port}/s> {{ ?s ?p ?o }} }}"
            backend.execute(QueryRequest(query, timeout=10))
    finally:
        backend.close()
    message = str(caught.value)
    assert Upstream.SECRET not in message and str(upstream.port) not in message, message

    runner = IsolatedRunner(memory_mb=3000, warm_up=False)
    try:
        with pytest.raises(JeugdgraphError) as caught:
            runner.run("validate_document", "dit is geen N-Triples", "urn:g", "", ONTOLOGY_DIR, timeout=60)
    finally:
        runner.close()
    message = str(caught.value)
    assert "Error" not in message and "/tmp" not in message, message


def test_a_write_killed_at_its_time_limit_leaves_no_temp_files() -> None:
    runner = IsolatedRunner(memory_mb=3000, warm_up=False)
    try:
        runner.start()  # start the worker to learn its temp folder
        scratch = Path(runner.scratch or "")
        assert scratch.is_dir()
        (scratch / "half-geschreven.tmp").write_bytes(b"x" * 1_000_000)  # as a job would leave it
        text = ("De gemeente Vlaardingen besluit over jeugdhulp in de regio Rijnmond.\n" * 20_000).encode()
        with pytest.raises(JeugdgraphError):
            runner.run("extract", "groot.txt", text, {}, [], Settings(), timeout=0.05)
        assert not scratch.exists()
    finally:
        runner.close()
