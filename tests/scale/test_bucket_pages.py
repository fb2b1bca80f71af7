"""The listings that page by buckets (``#+ pages:``, ``jeugdgraph.query.buckets``) give page after
page the same rows in the same order as their whole answer, on a generated store spread over many
buckets, and still after an upload and a delete; and a first page asks only the first buckets."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from jeugdgraph.build import build_store
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.buckets import BucketPager
from jeugdgraph.query.inprocess import InProcessBackend
from jeugdgraph.query.named import load_named_queries
from jeugdgraph.server import create_app
from jeugdgraph.settings import PROJECT_ROOT, SEEDS_DIR, Settings

_spec = importlib.util.spec_from_file_location("bench_generate", PROJECT_ROOT / "bench" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate
_spec.loader.exec_module(generate)

TOKEN = "test-pagina-token-41c9"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGE = 5
#: document numbers whose slugs start differently in their first four characters: many buckets
INDICES = (0, 1, 2, 3, 100, 101, 102, 200, 201, 300, 301, 302, 1000, 1001, 2000, 3000, 3001,
           20, 22, 47, 67, 69, 79, 80, 84, 87, 91, 92)  # these state regional visions
#: every paged query with parameter values that filter, beside its plain form
ASKED = (
    ("tijdlijn", {}), ("tijdlijn", {"van": "2024-03-15", "tot": "2026-06-30"}),
    ("opdrachten-van-moties", {}), ("opdrachten-van-moties", {"uitkomst": "alle"}),
    ("bedragen-per-document", {}), ("wetten-per-document", {}),
    ("besluiten-en-opdrachten-met-deadline", {"peildatum": "2025-06-01"}),
    ("documenten-die-wet-noemen", {"wet": "Jeugdwet"}),  # descending: the last months first
    ("regiovisies", {}), ("personen-en-rollen", {}),  # buckets of names
    ("documenten-per-thema", {"thema": "preventie"}),  # buckets of one theme's counts, the highest first
)
MOTIE = """Motie Wachttijden jeugdhulp

De raad van de gemeente Vlaardingen, in vergadering bijeen op 12 maart 2026,

verzoekt het college:
1. uiterlijk in het derde kwartaal van 2026 een plan voor te leggen om de wachttijden te verkorten;
2. uiterlijk op 1 februari 2019 de raad te informeren;
3. hiervoor € 250.000 te reserveren.

en gaat over tot de orde van de dag.
""".encode()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    reference = generate.load_reference()
    for index in INDICES:
        doc = generate.generate_document(index, 1, reference)
        (corpus / doc.file_name).write_text(doc.text, encoding="utf-8")
    store = tmp_path_factory.mktemp("paged") / "store"
    build_store([SEEDS_DIR, corpus], store, validate=False)
    return store


@pytest.fixture(scope="module")
def client(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("paged-app")
    settings = Settings(query_workers=1, query_timeout=30.0, audit_log=folder / "audit.jsonl",
                        write_tokens=(hashlib.sha256(TOKEN.encode()).hexdigest(),))
    with TestClient(create_app(settings, store_dir, validate_on_start=False)) as test_client:
        yield test_client


def rows(response) -> list[tuple[tuple[str, str], ...]]:  # noqa: ANN001
    assert response.status_code == 200, response.text
    bindings = response.json()["results"]["bindings"]
    return [tuple(sorted((k, v["value"]) for k, v in b.items())) for b in bindings]


def paged(client: TestClient, name: str, params: dict[str, str]) -> tuple[list, list]:
    """The whole answer, and the rows of its pages one after another (following the Link header)."""
    url = f"/api/queries/{name}"
    accept = {"Accept": "application/sparql-results+json"}
    whole = rows(client.get(url, params={**params, "limit": "alle"}, headers=accept))
    pages: list = []
    offset = 0
    while True:
        asked = {**params, "limit": str(PAGE), "offset": str(offset)}
        response = client.get(url, params=asked, headers=accept)
        pages += rows(response)
        if 'rel="next"' not in response.headers.get("Link", ""):
            assert int(response.headers["X-Jeugdgraph-Total"]) == len(whole)
            return whole, pages
        offset += PAGE


def check_every_listing(client: TestClient) -> None:
    for name, params in ASKED:
        whole, pages = paged(client, name, params)
        assert len(whole) > 2 * PAGE, (name, params, len(whole))  # more than two pages: a real test
        assert pages == whole, (name, params)


def test_a_first_page_asks_only_the_first_buckets(store_dir: Path) -> None:
    named = {q.name: q for q in load_named_queries(PROJECT_ROOT / "queries")}
    with_pages = {n for n, q in named.items() if q.pages is not None}
    assert {name for name, _ in ASKED} == with_pages
    backend = InProcessBackend(ox.Store.read_only(str(store_dir)), workers=1, prefixes=PREFIXES)
    try:
        pager = BucketPager(backend, timeout=10.0)
        for kind in ("datum", "document", "regio", "namens"):
            assert len(pager.buckets(kind)) > 4, kind
        for name in ("tijdlijn", "wetten-per-document", "documenten-die-wet-noemen", "regiovisies",
                     "personen-en-rollen"):
            spec = named[name].pages
            assert spec is not None
            block, last = next(pager.blocks(spec, {}, PAGE + 1))
            assert not last, name
            blocks = list(pager.blocks(spec, {}, PAGE + 1))
            assert blocks[-1][1]  # the last block holds every bucket
            assert len(blocks[0][0]) < len(blocks[-1][0])
        # one theme's documents of one count are split by the start of their slug: several buckets
        theme = named["documenten-per-thema"].pages
        assert theme is not None
        preventie = {"thema": ox.NamedNode("https://w3id.org/jeugdgraph/id/thema/preventie")}
        buckets = pager.buckets("uitspraken", preventie["thema"].value + " ")
        assert len(buckets) > len({b.key.rsplit(" ", 2)[1] for b in buckets})  # more buckets than counts
        blocks = list(pager.blocks(theme, preventie, PAGE + 1))
        assert not blocks[0][1] and blocks[-1][1]
        # one municipality's people are few: that answer is asked whole ('unless: gemeente')
        people = named["personen-en-rollen"].pages
        assert people is not None
        vlaardingen = ox.NamedNode("https://w3id.org/jeugdgraph/id/gemeente/gm0622")
        assert not list(pager.blocks(people, {"gemeente": vlaardingen}, PAGE + 1))
        # 'flat': the page's names and their people join the rows' own group, not a subquery
        block, _ = next(pager.blocks(people, {}, PAGE + 1))
        assert people.flat and "SELECT" not in block and block.strip().startswith("VALUES ?namensnaam")
        assert "SELECT" in next(pager.blocks(named["regiovisies"].pages, {}, PAGE + 1))[0]
    finally:
        backend.close()


def test_flat_in_the_pages_header_is_true_or_false() -> None:
    from jeugdgraph.errors import InputError
    from jeugdgraph.query.named import parse_named_query

    body = "SELECT ?naam WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?naam } ORDER BY ?naam"
    header = "#+ summary: Namen\n#+ pages: {{key: naam, buckets: namens, flat: {0}}}\n"
    assert parse_named_query("namen", header.format("true") + body).pages.flat
    assert not parse_named_query("namen", header.format("false") + body).pages.flat
    with pytest.raises(InputError, match="flat"):
        parse_named_query("namen", header.format("ja") + body)


def test_pages_equal_the_whole_answer(client: TestClient) -> None:
    check_every_listing(client)


def test_pages_follow_an_upload_and_a_delete(client: TestClient, store_dir: Path) -> None:
    answer = client.post("/api/documents", files={"file": ("motie-pagina.txt", MOTIE, "text/plain")},
                         data={"title": "Motie pagina", "municipality": "Vlaardingen"}, headers=AUTH)
    assert answer.status_code in (200, 201), answer.text
    whole, _ = paged(client, "opdrachten-van-moties", {})
    assert any("motie-pagina" in value for row in whole for _, value in row)
    check_every_listing(client)
    assert client.delete("/api/documents/000001_d6b5915c46057bcb", headers=AUTH).status_code in (200, 204)
    check_every_listing(client)


def test_a_range_without_buckets_answers_empty_as_the_whole_answer(client: TestClient) -> None:
    whole, pages = paged(client, "tijdlijn", {"van": "1990-01-01", "tot": "1990-12-31"})
    assert whole == pages == []


def test_the_page_block_goes_into_each_branch_of_a_union_after_the_parameters() -> None:
    from jeugdgraph.query.buckets import block_positions

    text = ("SELECT * WHERE { VALUES ?van { 1 } { ?a <p> ?datum } UNION { ?b <q> ?datum } "
            "FILTER(?datum >= ?van) }")
    where_open = text.index("{") + 1
    positions = block_positions(text, where_open)
    assert positions == [text.index("{ ?a") + 1, text.index("{ ?b") + 1]
    plain = "SELECT * WHERE { VALUES ?van { 1 } ?a <p> ?datum }"
    assert block_positions(plain, plain.index("{") + 1) == [plain.index("} ?a") + 1]
