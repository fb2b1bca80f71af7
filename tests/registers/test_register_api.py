"""The register through the named-query API: membership on a date, changes, names as typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

JGI = "https://w3id.org/jeugdgraph/id/"
ACCEPT = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def client(seed_build, seed_store_dir: Path) -> Iterator[TestClient]:  # noqa: ANN001
    app = create_app(Settings(query_workers=1), seed_store_dir, validation=seed_build.validation)
    with TestClient(app) as test_client:
        yield test_client


def names(client: TestClient, query: str, **params: str) -> list[str]:
    response = client.get(f"/api/queries/{query}", params=params, headers=ACCEPT)
    assert response.status_code == 200, response.text
    return [b["naam"]["value"] for b in response.json()["results"]["bindings"]]


def test_rijnmond_on_1_january_2018_and_today(client: TestClient):
    then = names(client, "leden-van-regio", regio="rijnmond", peildatum="2018-01-01")
    assert {"Brielle", "Hellevoetsluis", "Westvoorne"} <= set(then)
    assert "Voorne aan Zee" not in then
    now = names(client, "leden-van-regio", regio="rijnmond")
    assert "Voorne aan Zee" in now and "Brielle" not in now and len(now) == 13


def test_the_changes_of_rijnmond_with_dates_and_the_merger(client: TestClient):
    response = client.get("/api/queries/wijzigingen-in-regio", params={"regio": "JZ29"}, headers=ACCEPT)
    rows = [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]
    joined = [r for r in rows if r["naam"] == "Voorne aan Zee"]
    assert joined and joined[0]["datum"] == "2023-01-01" and joined[0]["soortHerindeling"] == "samenvoeging"
    ended = {r["naam"] for r in rows if r.get("datum") == "2022-12-31"}
    assert ended == {"Brielle", "Hellevoetsluis", "Westvoorne"}


def test_bergen_is_409_with_both_candidates(client: TestClient):
    response = client.get("/api/queries/regio-van-gemeente", params={"gemeente": "Bergen"})
    assert response.status_code == 409, response.text
    candidates = {c["iri"] for c in response.json()["kandidaten"]}
    assert candidates == {JGI + "gemeente/gm0373", JGI + "gemeente/gm0893"}
    assert "Bergen (NH)" in response.json()["fout"]


@pytest.mark.parametrize(("typed", "code"), [
    ("Sudwest-Fryslan", "gm1900"), ("sudwest fryslan", "gm1900"), ("Den Haag", "gm0518"),
    ("Valkenburg", "gm0994"), ("Bergen NH", "gm0373"), ("Werkendam", "gm0870"),
])
def test_names_as_people_type_them(client: TestClient, typed: str, code: str):
    response = client.get("/api/queries/regio-van-gemeente", params={"gemeente": typed}, headers=ACCEPT)
    assert response.status_code == 200, response.text
    bindings = response.json()["results"]["bindings"]
    assert all(b["gemeente"]["value"] == JGI + "gemeente/" + code for b in bindings)
    if code != "gm0870":  # a former municipality is in no region today
        assert bindings


def test_from_werkendam_to_altena_and_back_through_the_api(client: TestClient):
    def rows(gemeente: str) -> list[dict[str, str]]:
        response = client.get("/api/queries/herindelingen-van-gemeente", params={"gemeente": gemeente},
                              headers=ACCEPT)
        assert response.status_code == 200, response.text
        return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]

    forward = rows("Werkendam")
    found = [(r["rol"], r["andereNaam"], r["datum"]) for r in forward]
    assert found == [("opgegaan in", "Altena", "2019-01-01")]
    back = {r["andereNaam"] for r in rows("GM1959") if r["rol"] == "ontstaan uit"}
    assert back == {"Aalburg", "Werkendam", "Woudrichem"}
