"""Over HTTP: a second document spelling an organisation differently is taken in, and the server
then answers one official name for it (the derived graph's), as a build of both documents would;
deleting the document whose spelling is in use moves the name to the other's."""

from __future__ import annotations

import pytest
from writefixtures import AUTH

ORG = "https://w3id.org/jeugdgraph/id/organisatie/stichting-jeugd-en-gezinsbeschermers-noord"
FIRST, SECOND = "Stichting Jeugd- en Gezinsbeschermers Noord", "Stichting Jeugd- En Gezinsbeschermers Noord"


def news(place: str, name: str) -> bytes:
    return f"Nieuws gemeente {place}\n\nDe gemeente {place} werkt samen met {name} aan jeugdhulp.\n".encode()


@pytest.fixture(scope="module")
def client(write_app_factory):  # noqa: ANN001, ANN201
    client, _store_dir, _settings = write_app_factory()
    return client


def names(client) -> list[str]:  # noqa: ANN001
    query = f"SELECT ?naam WHERE {{ <{ORG}> <http://www.w3.org/2004/02/skos/core#prefLabel> ?naam }}"
    accept = {"Accept": "application/sparql-results+json"}
    response = client.get("/sparql", params={"query": query}, headers=accept)
    assert response.status_code == 200, response.text
    return sorted(b["naam"]["value"] for b in response.json()["results"]["bindings"])


def upload(client, name: str, content: bytes):  # noqa: ANN001, ANN201
    return client.post("/api/documents", files={"file": (name, content, "text/plain")}, headers=AUTH)


def test_the_second_spelling_is_taken_in_and_the_server_answers_one_name(client) -> None:  # noqa: ANN001
    assert upload(client, "nieuws-leiden-stichting.txt", news("Leiden", FIRST)).status_code == 201
    assert names(client) == [FIRST]
    response = upload(client, "nieuws-gouda-stichting.txt", news("Gouda", SECOND))
    assert response.status_code == 201, response.text
    assert names(client) == [SECOND]  # one document each: "E" comes before "e"
    assert client.delete("/api/documents/nieuws-gouda-stichting", headers=AUTH).status_code == 200
    assert names(client) == [FIRST]
    assert client.delete("/api/documents/nieuws-leiden-stichting", headers=AUTH).status_code == 200
    assert names(client) == []
