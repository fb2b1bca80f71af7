"""The SPARQL 1.1 Protocol at /sparql: operations, dataset, formats, negotiation, errors, refusals
and the service description, on a small hand-written store served by worker processes."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from serverfixtures import DOC_MOTIE, DOC_VOORSTEL, GRAPH_BULK, GRAPH_REFERENCE

MEMBERS = "SELECT ?g WHERE { jgi:jeugdregio\\/rijnmond org:hasMember ?g } ORDER BY ?g"
RIJNMOND_MEMBERS = [
    "https://w3id.org/jeugdgraph/id/gemeente/gm0606",
    "https://w3id.org/jeugdgraph/id/gemeente/gm0622",
]


def values(response, var: str = "g") -> list[str]:  # noqa: ANN001
    assert response.status_code == 200, response.text
    return [b[var]["value"] for b in response.json()["results"]["bindings"]]


# --- the three ways to send a query


def test_get_with_predeclared_prefixes(client: TestClient):
    response = client.get("/sparql", params={"query": MEMBERS})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert values(response) == RIJNMOND_MEMBERS


def test_post_form_encoded(client: TestClient):
    response = client.post("/sparql", data={"query": MEMBERS})
    assert values(response) == RIJNMOND_MEMBERS


def test_post_sparql_query_body(client: TestClient):
    response = client.post("/sparql", content=MEMBERS.encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert values(response) == RIJNMOND_MEMBERS


def test_post_with_another_content_type_is_415(client: TestClient):
    response = client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert response.status_code == 415
    assert "application/sparql-query" in response.json()["fout"]


# --- the dataset


def test_default_graph_is_the_union_of_all_named_graphs(client: TestClient):
    # the title is in one document's graph, the membership in the reference graph: one query sees both
    query = ("SELECT ?titel ?regio WHERE { ?d dcterms:publisher ?gem ; dcterms:title ?titel . "
             "?gem org:memberOf ?regio }")
    response = client.get("/sparql", params={"query": query})
    assert values(response, "regio") == ["https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond"]


def test_graph_reaches_each_documents_own_graph(client: TestClient):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a jg:Document } } ORDER BY ?g"
    assert values(client.get("/sparql", params={"query": query})) == [DOC_MOTIE, DOC_VOORSTEL]


def test_default_graph_uri_limits_the_default_graph(client: TestClient):
    query = "SELECT ?d WHERE { ?d a jg:Document }"
    response = client.get("/sparql", params={"query": query, "default-graph-uri": DOC_VOORSTEL})
    assert values(response, "d") == [DOC_VOORSTEL]
    both = client.post("/sparql", data={"query": query, "default-graph-uri": [DOC_VOORSTEL, DOC_MOTIE]})
    assert sorted(values(both, "d")) == [DOC_MOTIE, DOC_VOORSTEL]


def test_named_graph_uri_limits_what_graph_reaches(client: TestClient):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": query, "named-graph-uri": [GRAPH_REFERENCE, DOC_MOTIE]})
    assert sorted(values(response)) == sorted([GRAPH_REFERENCE, DOC_MOTIE])
    # with only named graphs given, the default graph is empty (SPARQL 1.1 Protocol 2.1.4)
    empty = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "named-graph-uri": GRAPH_REFERENCE})
    assert empty.json()["boolean"] is False


def test_from_in_the_query_names_a_graph_of_the_store(client: TestClient):
    query = f"SELECT ?d FROM <{DOC_MOTIE}> WHERE {{ ?d a jg:Motie }}"
    assert values(client.get("/sparql", params={"query": query}), "d") == [DOC_MOTIE]
    none = f"SELECT ?d FROM <{GRAPH_REFERENCE}> WHERE {{ ?d a jg:Motie }}"
    assert values(client.get("/sparql", params={"query": none}), "d") == []


# --- formats


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_in_every_results_format(client: TestClient, accept: str, fmt: ox.QueryResultsFormat):
    response = client.get("/sparql", params={"query": MEMBERS}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    if fmt == ox.QueryResultsFormat.CSV:  # CSV loses term kinds; pyoxigraph does not read it back
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows == [["g"], *[[iri] for iri in RIJNMOND_MEMBERS]]
        return
    parsed = ox.parse_query_results(response.content, fmt)
    assert [row["g"].value for row in parsed] == RIJNMOND_MEMBERS


@pytest.mark.parametrize("accept", [
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
    "text/tab-separated-values",
])
def test_ask_in_every_results_format(client: TestClient, accept: str):
    response = client.get("/sparql", params={"query": 'ASK { ?r jg:cbsCode "JZ29" }'},
                          headers={"Accept": accept})
    assert response.status_code == 200
    assert b"true" in response.content


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("application/trig", ox.RdfFormat.TRIG),
])
def test_construct_in_every_graph_format(client: TestClient, accept: str, fmt: ox.RdfFormat):
    query = "CONSTRUCT { ?r org:hasMember ?g } WHERE { ?r org:hasMember ?g }"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == accept
    triples = {(q.subject.value, q.object.value) for q in ox.parse(response.content, fmt)}
    assert len(triples) == 3
    assert ("https://w3id.org/jeugdgraph/id/jeugdregio/ijmond",
            "https://w3id.org/jeugdgraph/id/gemeente/gm0453") in triples


def test_describe_answers_with_a_graph(client: TestClient):
    response = client.get("/sparql", params={"query": f"DESCRIBE <{DOC_VOORSTEL}>", "format": "nt"})
    assert response.status_code == 200
    assert "Raadsvoorstel regiovisie" in response.text


def test_accept_with_q_values_picks_the_best_format(client: TestClient):
    accept = "application/sparql-results+json;q=0.4, text/csv;q=0.9, application/sparql-results+xml;q=0.5"
    response = client.get("/sparql", params={"query": MEMBERS}, headers={"Accept": accept})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["vary"] == "Accept"


def test_format_parameter_overrides_accept(client: TestClient):
    response = client.get("/sparql", params={"query": MEMBERS, "format": "tsv"},
                          headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    assert response.text.startswith("?g\n")


def test_download_names_the_file(client: TestClient):
    response = client.post("/sparql", data={"query": MEMBERS, "format": "csv", "download": "1"})
    assert response.headers["content-disposition"] == 'attachment; filename="resultaat.csv"'


def test_406_when_no_accepted_format_fits_the_query(client: TestClient):
    response = client.get("/sparql", params={"query": MEMBERS}, headers={"Accept": "text/turtle"})
    assert response.status_code == 406
    assert "text/csv" in response.json()["fout"]
    construct = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                           headers={"Accept": "text/csv"})
    assert construct.status_code == 406
    override = client.get("/sparql", params={"query": MEMBERS, "format": "turtle"})
    assert override.status_code == 406


# --- errors and refusals


def test_syntax_error_is_400_with_line_and_column(client: TestClient):
    query = "SELECT ?s\nWHERE {\n  ?s ?p ?o\n  FILTER(\n}"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    message = response.json()["fout"]
    assert message.startswith("De query is ongeldig op regel 5, kolom 2:")  # the parser's own position
    assert "Traceback" not in response.text


def test_an_empty_query_is_400(client: TestClient):
    assert client.get("/sparql", params={"query": "  "}).status_code == 400


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql", params={"query": "DROP ALL"}),
    lambda c: c.get("/sparql", params={"update": "DROP ALL"}),
    lambda c: c.post("/sparql", data={"update": "DROP ALL"}),
    lambda c: c.post("/sparql", data={"query": "CLEAR GRAPH <https://w3id.org/jeugdgraph/id/graph/reference>"}),
    lambda c: c.post("/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
])
def test_update_is_refused_and_changes_nothing(client: TestClient, small_counts: dict[str, int], send):  # noqa: ANN001
    response = send(client)
    assert response.status_code == 403
    assert "SPARQL Update" in response.json()["fout"]
    count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert int(values(count, "n")[0]) == sum(small_counts.values())


def test_service_to_localhost_is_refused(client: TestClient):
    response = client.get("/sparql", params={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:8890/sparql> { ?s ?p ?o } }"})
    assert response.status_code == 403
    assert "SERVICE <http://127.0.0.1:8890/sparql> is niet toegestaan" in response.json()["fout"]


def test_from_file_is_refused(client: TestClient):
    query = "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403
    assert "file:" in response.json()["fout"]
    assert "root:" not in response.text
    protocol = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }", "default-graph-uri": "file:///etc/passwd"})
    assert protocol.status_code == 403


def test_load_is_refused(client: TestClient):
    response = client.post("/sparql", data={"query": "LOAD <file:///etc/passwd>"})
    assert response.status_code == 403


def test_a_query_over_the_size_limit_is_413(small_store_dir):  # noqa: ANN001
    from serverfixtures import small_settings

    from jeugdgraph.server import create_app

    settings = small_settings(max_query_bytes=200, query_workers=1)
    app = create_app(settings, small_store_dir, validate_on_start=False)
    with TestClient(app) as small:
        big = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 300
        assert small.get("/sparql", params={"query": big}).status_code == 413
        assert small.post("/sparql", content=big.encode() * 100,
                          headers={"Content-Type": "application/sparql-query"}).status_code == 413


def test_invalid_utf8_body_is_400(client: TestClient):
    response = client.post("/sparql", content=b"SELECT * { ?s ?p \xff }",
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert "UTF-8" in response.json()["fout"]


# --- service description


def test_service_description_with_void_statistics_per_graph(client: TestClient, small_counts: dict[str, int]):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    store = ox.Store()
    store.load(response.content, ox.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    void = "http://rdfs.org/ns/void#"
    assert store.query(f"ASK {{ ?s a <{sd}Service> ; <{sd}supportedLanguage> <{sd}SPARQL11Query> ; "
                       f"<{sd}feature> <{sd}UnionDefaultGraph> }}")
    rows = store.query(f"SELECT ?name ?n WHERE {{ ?s <{sd}defaultDataset>/<{sd}namedGraph> ?ng . "
                       f"?ng <{sd}name> ?name ; <{sd}graph>/<{void}triples> ?n }}")
    assert {row["name"].value: int(row["n"].value) for row in rows} == small_counts
    formats = {row["f"].value for row in store.query(f"SELECT ?f WHERE {{ ?s <{sd}resultFormat> ?f }}")}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_TSV" in formats and len(formats) == 9
    total = store.query(
        f"SELECT ?n WHERE {{ ?s <{sd}defaultDataset>/<{sd}defaultGraph>/<{void}triples> ?n }}"
    )
    assert int(next(iter(total))["n"].value) == sum(small_counts.values())


def test_service_description_is_negotiated_and_a_browser_gets_the_query_page(client: TestClient):
    jsonld = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert any("sparql-service-description#Service" in json.dumps(node) for node in jsonld.json())
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    browser = client.get("/sparql", headers={"Accept": browser_accept}, follow_redirects=False)
    assert browser.status_code == 303 and browser.headers["location"] == "/"


def test_the_bulk_graph_of_the_fixture_is_there(client: TestClient, small_counts: dict[str, int]):
    # guards the timeout tests: their slow query needs this graph
    assert small_counts[GRAPH_BULK] >= 1000


def test_an_allowlisted_service_is_followed(small_store_dir, live_server_factory):  # noqa: ANN001
    """The allowlist is the only way out: another jeugdgraph endpoint on it answers SERVICE."""
    from serverfixtures import small_settings

    from jeugdgraph.server import create_app

    remote = live_server_factory(create_app(small_settings(query_workers=1), small_store_dir,
                                            validate_on_start=False))
    target = remote.url + "/sparql"
    settings = small_settings(query_workers=1, service_allowlist=(target,))
    with TestClient(create_app(settings, small_store_dir, validate_on_start=False)) as local:
        query = f"SELECT ?g WHERE {{ SERVICE <{target}> {{ jgi:jeugdregio\\/rijnmond org:hasMember ?g }} }}"
        assert sorted(values(local.get("/sparql", params={"query": query}))) == RIJNMOND_MEMBERS
        elsewhere = query.replace(target, remote.url + "/other")
        assert local.get("/sparql", params={"query": elsewhere}).status_code == 403


# --- parameters: duplicates, conflicts, base IRI


def test_a_query_both_in_the_url_and_the_body_is_400(client: TestClient):
    direct = client.post("/sparql?query=ASK%20%7B%7D", content="ASK {}",
                         headers={"Content-Type": "application/sparql-query"})
    assert direct.status_code == 400 and "niet in allebei" in direct.json()["fout"]
    form = client.post("/sparql?query=ASK%20%7B%7D", data={"query": "ASK {}"})
    assert form.status_code == 400


def test_a_single_valued_parameter_given_twice_is_400(client: TestClient):
    assert client.get("/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D").status_code == 400
    twice = client.get("/sparql?query=ASK%20%7B%7D&timeout=1&timeout=2")
    assert twice.status_code == 400 and "'timeout' is 2 keer" in twice.json()["fout"]
    url_and_body = client.post("/sparql?timeout=1", data={"query": "ASK {}", "timeout": "2"})
    assert url_and_body.status_code == 400


def test_dataset_parameters_from_url_and_form_add_up(client: TestClient):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    both = client.post(f"/sparql?default-graph-uri={GRAPH_REFERENCE}",
                       data={"query": query, "default-graph-uri": DOC_MOTIE},
                       headers={"Accept": "application/sparql-results+json"})
    one = client.post(f"/sparql?default-graph-uri={GRAPH_REFERENCE}", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"})
    n = lambda r: int(r.json()["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert n(both) > n(one) > 0


def test_relative_iris_resolve_against_the_endpoint(client: TestClient):
    answer = client.get("/sparql", params={"query": "SELECT ?x WHERE { BIND(<thing> AS ?x) }"},
                        headers={"Accept": "application/sparql-results+json"})
    assert answer.json()["results"]["bindings"][0]["x"]["value"] == "http://127.0.0.1:8000/thing"


def test_a_graph_outside_the_project_names_a_graph_never_fetched(client: TestClient):
    answer = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }",
                                           "default-graph-uri": "http://example.org/not-here"},
                        headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200 and answer.json()["boolean"] is False  # an absent graph is empty
    refused = client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "file:///etc/passwd"})
    assert refused.status_code == 403
