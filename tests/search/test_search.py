"""Full-text search: Dutch stems and folded diacritics, filters, snippets that point into
jg:tekst, the index following writes, and a build that swaps the index in with the store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from jeugdgraph.build import build_store
from jeugdgraph.errors import InputError
from jeugdgraph.search.index import Filters, SearchIndex, index_dir, open_index
from jeugdgraph.search.units import Unit
from jeugdgraph.server import create_app
from jeugdgraph.settings import SEEDS_DIR, Settings
from jeugdgraph.store import SEARCH_DIRNAME
from jeugdgraph.writes import DirectoryTarget, WriteService

JG = "https://w3id.org/jeugdgraph/def#"
DOC = "https://w3id.org/jeugdgraph/id/document/"
VELSEN_MOTION = DOC + "000_6433c76c45005ce2"
RIJNMOND = "https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond"
IJMOND = "https://w3id.org/jeugdgraph/id/jeugdregio/ijmond"
VELSEN = "https://w3id.org/jeugdgraph/id/gemeente/gm0453"


def _text_of(store: ox.Store, document: str) -> str:
    rows = store.query(f"SELECT ?t WHERE {{ GRAPH <{document}> {{ <{document}> <{JG}tekst> ?t }} }}")
    return next(iter(rows))["t"].value


def _units(*texts: str) -> list[Unit]:
    return [Unit(f"{DOC}t{i}", f"{DOC}t{i}", "document", text, 0) for i, text in enumerate(texts)]


def test_dutch_word_forms_and_diacritics_meet_in_the_index():
    index = SearchIndex(None)
    index.replace(_units("De wachttijden in de jeugdhulp lopen op.", "Goede ideeën voor de coöperatie.",
                         "Niets over dit onderwerp."), None)
    keys = lambda q: {h.key for h in index.search(q).hits}  # noqa: E731
    assert keys("wachttijd") == keys("wachttijden") == keys("WACHTTIJDEN") == {DOC + "t0"}
    assert keys("ideeen") == keys("ideeën") == {DOC + "t1"}
    assert keys("cooperatie") == {DOC + "t1"}
    assert keys("wachttijden ideeën") == set()  # every word must occur
    assert keys('"jeugdhulp lopen"') == {DOC + "t0"}


def test_ranking_is_bm25_the_denser_match_first():
    index = SearchIndex(None)
    sparse, dense = "preventie " + "andere woorden " * 40, "preventie preventie en nog eens preventie"
    index.replace(_units(sparse, dense), None)
    hits = index.search("preventie").hits
    assert [h.key for h in hits] == [DOC + "t1", DOC + "t0"]
    assert hits[0].score > hits[1].score > 0


def test_a_search_for_all_hits_asks_tantivy_only_for_what_the_index_holds():
    """A named query without a row cap asks for 2**62 hits; tantivy would reserve room for them all."""
    index = SearchIndex(None)
    index.replace(_units("preventie hier", "preventie daar", "iets anders"), None)
    everything = index.search("preventie", limit=2**62)
    assert everything.total == 2 and len(everything.hits) == 2
    assert [h.key for h in index.search("preventie", limit=2**62, offset=1).hits] == [everything.hits[1].key]
    beyond = index.search("preventie", limit=2**62, offset=2**62)
    assert beyond.total == 2 and beyond.hits == []


def test_snippets_point_into_the_document_text(seed_store: ox.Store, seed_store_dir: Path):
    index = open_index(seed_store_dir)
    assert index is not None
    results = index.search("wachttijden", limit=50)
    assert results.total >= 2
    for hit in results.hits:
        text = _text_of(seed_store, hit.document)
        fragment = hit.fragment
        assert fragment is not None and fragment.begin >= 0
        assert text[fragment.begin:fragment.end] == fragment.text
        assert fragment.highlights
        for begin, end in fragment.highlights:
            assert text[begin:end].lower().startswith("wachttijd"), text[begin:end]


def test_quotes_are_their_own_hits_with_offsets_at_their_passage(seed_store: ox.Store, seed_store_dir: Path):
    index = open_index(seed_store_dir)
    hits = index.search("kwartaal", Filters(unit="uitspraak")).hits
    assert {VELSEN_MOTION + "/opdracht/3", VELSEN_MOTION + "/termijn/1"} <= {h.key for h in hits}
    text = _text_of(seed_store, VELSEN_MOTION)
    for hit in hits:
        for begin, end in hit.fragment.highlights:
            assert text[begin:end].lower() == "kwartaal"


def test_filters_narrow_by_region_municipality_kind_and_period(seed_store_dir: Path):
    index = open_index(seed_store_dir)
    every = {h.document for h in index.search("jeugdhulp", limit=100).hits}
    assert VELSEN_MOTION in every
    in_ijmond = {h.document for h in index.search("jeugdhulp", Filters(region=IJMOND), limit=100).hits}
    in_rijnmond = {h.document for h in index.search("jeugdhulp", Filters(region=RIJNMOND), limit=100).hits}
    assert VELSEN_MOTION in in_ijmond and VELSEN_MOTION not in in_rijnmond
    assert in_rijnmond and in_rijnmond < every
    velsen = {h.document for h in index.search("jeugdhulp", Filters(municipality=VELSEN), limit=100).hits}
    assert velsen and VELSEN_MOTION in velsen and velsen <= in_ijmond | velsen
    motions = index.search("jeugdhulp", Filters(kind="Motie"), limit=100).hits
    assert motions and all("motie" in h.kinds for h in motions)
    days = sorted({h.date for h in index.search("jeugdhulp", limit=100).hits if h.date})
    assert days
    day = days[0]
    within = index.search("jeugdhulp", Filters(date_from=day, date_to=day), limit=100).hits
    assert within and all(h.date == day for h in within)
    assert index.search("jeugdhulp", Filters(date_from=day + 1), limit=100).total == 0
    assert all(h.date < day for h in index.search("jeugdhulp", Filters(date_to=day - 1), limit=100).hits)


def test_the_api_searches_pages_and_refuses_bad_filters_in_dutch(seed_client: TestClient):
    response = seed_client.get("/api/zoeken", params={"q": "jeugdhulp", "limit": "2"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["totaal"] > 2 and len(body["treffers"]) == 2
    assert 'rel="next"' in response.headers["link"]
    first = body["treffers"][0]
    assert {"iri", "document", "eenheid", "titel", "score", "fragment"} <= set(first)
    assert first["fragment"]["markeringen"]
    filtered = seed_client.get("/api/zoeken", params={"q": "jeugdhulp", "regio": "IJmond", "soort": "Motie"})
    assert filtered.status_code == 200
    assert {t["document"] for t in filtered.json()["treffers"]} == {VELSEN_MOTION}
    for bad_filter in ({"regio": "Atlantis"}, {"van": "gisteren"}, {"eenheid": "zin"}):
        params = {"q": "x", **bad_filter}
        bad = seed_client.get("/api/zoeken", params=params)
        assert bad.status_code in (400, 404), params
        assert bad.json()["fout"]


def test_the_named_query_finds_at_least_what_contains_finds(seed_client: TestClient, seed_store: ox.Store):
    """The index hits are a superset of CONTAINS on whole words: stems find more word forms."""
    for word in ("kwartaal", "regiovisie", "jeugdhulp"):
        response = seed_client.get("/api/queries/zoek-in-citaten", params={"zoek": word, "limit": "alle"},
                                   headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200
        found = {b["uitspraak"]["value"] for b in response.json()["results"]["bindings"]}
        pattern = "(^|[^\\\\p{L}])" + word + "($|[^\\\\p{L}])"  # the word, whole
        contains = {row["u"].value for row in seed_store.query(
            f'SELECT DISTINCT ?u WHERE {{ ?u <{JG}citaat> ?c FILTER(REGEX(?c, "{pattern}", "i")) }}',
            use_default_graph_as_union=True)}
        assert contains and contains <= found, word


def test_a_write_updates_the_index_and_a_delete_removes_it(seed_build, seed_store_dir: Path, tmp_path: Path):  # noqa: ANN001
    store_dir = tmp_path / "store"
    shutil.copytree(seed_store_dir, store_dir, ignore=shutil.ignore_patterns("LOCK"))
    target = DirectoryTarget(store_dir)
    service = WriteService(target, settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    try:
        text = ("Motie zorgboerderijen\n\nDe raad van de gemeente Vlaardingen, in vergadering bijeen op "
                "12 maart 2026,\n\nverzoekt het college de zorgboerderij als jeugdhulpplek te onderzoeken.\n")
        service.add_document("motie-zorgboerderij.txt", text.encode(), {"title": "Motie zorgboerderijen"})
        index = open_index(store_dir)
        hits = index.search("zorgboerderijen").hits
        assert DOC + "motie-zorgboerderij" in {h.document for h in hits}
        service.delete_document("motie-zorgboerderij")
        assert index.search("zorgboerderijen").total == 0
        assert index.search("jeugdhulp").total == open_index(seed_store_dir).search("jeugdhulp").total
    finally:
        service.close()
        target.close()


def test_a_build_swaps_the_index_in_with_the_store_and_a_failed_build_keeps_both(tmp_path: Path):
    store_dir = tmp_path / "store"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(SEEDS_DIR.glob("000_*"))[:1]:
        shutil.copy(path, corpus / path.name)
    build_store([corpus], store_dir, validate=False)
    assert (store_dir / SEARCH_DIRNAME).is_dir() and index_dir(store_dir) == store_dir / SEARCH_DIRNAME
    before = SearchIndex(index_dir(store_dir)).search("jeugdhulp").total
    assert before > 0

    def fail(outcome) -> None:  # noqa: ANN001
        raise InputError("afgebroken")

    with pytest.raises(InputError):
        build_store(None, store_dir, validate=False, on_document=fail)
    assert SearchIndex(index_dir(store_dir)).search("jeugdhulp").total == before
    build_store(None, store_dir, validate=False)  # all seeds now
    assert SearchIndex(index_dir(store_dir)).search("jeugdhulp").total > before


def test_a_server_on_an_in_memory_store_searches_too(seed_store: ox.Store):
    copy = ox.Store()
    copy.extend(seed_store.quads_for_pattern(None, None, None, None))
    with TestClient(create_app(Settings(query_workers=1), copy, validate_on_start=False)) as client:
        response = client.get("/api/zoeken", params={"q": "wachttijden"})
        assert response.status_code == 200 and response.json()["totaal"] >= 2
