"""Paging of the named queries: pages of ``limit`` rows from ``offset``, the next page in a
``Link`` header, the total once it is known, and the pages together equal to the whole answer."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

JSON = {"Accept": "application/sparql-results+json"}


def _get(client: TestClient, url: str, **params: str):  # noqa: ANN202
    response = client.get(url, params=params or None, headers=JSON)
    assert response.status_code == 200, response.text
    return response


def _rows(response) -> list[tuple]:  # noqa: ANN001
    bindings = response.json()["results"]["bindings"]
    return [tuple(sorted((k, v["value"]) for k, v in b.items())) for b in bindings]


def test_following_the_next_links_gives_the_whole_answer_in_order(seed_client: TestClient):
    whole = _get(seed_client, "/api/queries/tijdlijn", limit="alle")
    everything = _rows(whole)
    assert len(everything) > 7, "the seed timeline must be longer than two pages of 3"
    assert whole.headers["x-jeugdgraph-total"] == str(len(everything))
    assert "link" not in whole.headers

    pages: list[tuple] = []
    url, params = "/api/queries/tijdlijn", {"limit": "3"}
    seen_total = None
    while True:
        response = _get(seed_client, url, **params)
        chunk = _rows(response)
        assert len(chunk) <= 3
        pages += chunk
        assert response.headers["x-jeugdgraph-truncated"] == "false"
        nxt = re.search(r'<([^>]+)>; rel="next"', response.headers.get("link", ""))
        if nxt is None:
            seen_total = response.headers.get("x-jeugdgraph-total")
            break
        assert "x-jeugdgraph-total" not in response.headers  # not known before the last page
        url, params = nxt.group(1), {}
    assert pages == everything
    assert seen_total == str(len(everything))


def test_the_default_page_is_a_hundred_rows_and_a_later_page_links_back(seed_client: TestClient):
    response = _get(seed_client, "/api/queries/tijdlijn")
    assert response.headers["x-jeugdgraph-page-size"] == "100"
    assert len(_rows(response)) <= 100
    later = _get(seed_client, "/api/queries/tijdlijn", limit="2", offset="4")
    links = later.headers["link"]
    assert 'rel="prev"' in links and "offset=2" in links and 'rel="first"' in links
    assert _rows(later) == _rows(_get(seed_client, "/api/queries/tijdlijn", limit="alle"))[4:6]


def test_a_page_past_the_end_is_empty_with_its_total(seed_client: TestClient):
    response = _get(seed_client, "/api/queries/leden-van-regio", regio="rijnmond", offset="100000")
    assert _rows(response) == []
    assert response.headers["x-jeugdgraph-total"] == "100000"
    assert 'rel="next"' not in response.headers.get("link", "")


def test_a_bad_page_is_refused_in_dutch(seed_client: TestClient):
    for params in ({"limit": "-1"}, {"limit": "tien"}, {"offset": "-5"}, {"limit": "999999999"}):
        response = seed_client.get("/api/queries/tijdlijn", params=params, headers=JSON)
        assert response.status_code == 400, params
        assert "moet" in response.json()["fout"]
