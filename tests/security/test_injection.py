"""Outside IRIs are checked as IRIs and written as terms, never pasted into SPARQL text: the
``source_url`` of an upload that tries to end its IRI and add a SERVICE clause is refused before
any query runs, and a graph whose IRIs carry such text cannot reach the validation queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from securityfixtures import AUTH, DIGEST, Canary, seed_app_client

from jeugdgraph.errors import InputError
from jeugdgraph.sparql_terms import iri_term, values_block

MOTIE = (
    b"Motie Wachttijden jeugdhulp\n\nDe raad van de gemeente Vlaardingen, in vergadering bijeen op "
    b"12 maart 2026,\n\nverzoekt het college een plan voor te leggen om de wachttijden te verkorten.\n"
)


@pytest.fixture
def canary() -> Iterator[Canary]:
    listener = Canary()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def client(  # noqa: ANN001
    seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("injection")
    # an allowlist elsewhere: the workers' network wall is down, the binding alone holds
    with seed_app_client(
        seed_build,
        seed_store_dir,
        folder,
        query_workers=1,
        write_tokens=(DIGEST,),
        audit_log=folder / "audit.jsonl",
        service_allowlist=("https://toegestaan.example/sparql",),
    ) as test_client:
        yield test_client


def test_a_source_url_that_ends_its_iri_is_refused_before_any_query(
    client: TestClient, canary: Canary
) -> None:
    hostile = f"https://x.example/>}}SERVICE<http://127.0.0.1:{canary.port}/W>{{?s?p?o}}}}#"
    response = client.post(
        "/api/documents", files={"file": ("motie-injectie.txt", MOTIE, "text/plain")},
        data={"source_url": hostile}, headers=AUTH,
    )
    assert response.status_code in (400, 422), response.text
    assert "bron-URL" in response.json()["fout"]
    assert canary.connections == 0


def test_terms_are_checked_before_they_are_written_into_sparql(canary: Canary) -> None:
    hostile = f"https://x.example/>}} SERVICE <http://127.0.0.1:{canary.port}/W> {{ ?s ?p ?o }} #"
    with pytest.raises(InputError):
        iri_term(hostile)
    with pytest.raises(InputError):
        values_block("s", ["https://ok.example/a", hostile])
    assert values_block("s", ["https://ok.example/a"]) == "VALUES ?s { <https://ok.example/a> }"
    # a document's graph is pyoxigraph quads (the validation context is read for those), and a
    # pyoxigraph term cannot hold such an "IRI" at all
    with pytest.raises(ValueError):
        ox.NamedNode(hostile)
    assert canary.connections == 0
