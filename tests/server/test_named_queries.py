"""Named queries: the loader's checks, typed parameters bound as RDF terms (never pasted into the
text), the OpenAPI documentation, and every query's answer on the seed documents."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from jeugdgraph.errors import InputError
from jeugdgraph.query.named import example_sparql, load_named_queries, parse_named_query
from jeugdgraph.settings import QUERIES_DIR

JGI = "https://w3id.org/jeugdgraph/id/"
VELSEN_MOTION = JGI + "document/000_6433c76c45005ce2"
VLAARDINGEN_PROPOSAL = JGI + "document/004_33a8688e64a59d40"
HOSTILE = '"} ; DROP ALL ; #'


def rows(client: TestClient, name: str, **params: str) -> list[dict[str, str]]:
    accept = {"Accept": "application/sparql-results+json"}
    response = client.get(f"/api/queries/{name}", params=params, headers=accept)
    assert response.status_code == 200, response.text
    assert response.headers["x-jeugdgraph-truncated"] == "false"
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def store_size(store: ox.Store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)


# --- the loader


def test_every_query_file_loads_and_there_are_at_least_fifteen():
    queries = load_named_queries(QUERIES_DIR)
    assert len(queries) >= 15
    for query in queries:
        assert query.summary and query.description, query.name


HEADER = "#+ summary: Test\n"


@pytest.mark.parametrize("text,message", [
    ("SELECT ?x WHERE { ?x ?p ?o }", "summary"),
    (HEADER + "#+ params:\n#+   x: plaats\nSELECT ?x WHERE { ?x ?p ?o }", "onbekend type 'plaats'"),
    (HEADER + "#+ params:\n#+   x: gemeente\nSELECT ?y WHERE { ?x ?p ?y }", "?x"),
    (HEADER + "#+ params:\n#+   x: text?\nSELECT ?y ?x WHERE { ?y ?p ?o FILTER(!BOUND(?x)) }", "BOUND(?x"),
    (HEADER + "#+ params:\n#+   x: text\nSELECT ?y ?x ?z WHERE { ?y ?p ?o BIND(?x AS ?z) }", "BIND(?x"),
    (HEADER + "#+ params:\n#+   format: text\nSELECT ?format WHERE { ?s ?p ?format }", "gereserveerde"),
    (HEADER + "#+ example:\n#+   y: 1\nSELECT ?x WHERE { ?x ?p ?o }", "onbekende parameter"),
    ("#+ summary: [unclosed\nSELECT * {}", "YAML"),
    (HEADER + "DROP ALL", "niet toegestaan"),
])
def test_the_loader_refuses_a_query_that_would_not_work_as_documented(text: str, message: str):
    with pytest.raises(InputError, match=message.replace("?", r"\?").replace("(", r"\(").replace("[", r"\[")):
        parse_named_query("test", text)


def test_aggregates_project_their_alias_not_their_input():
    text = HEADER + "#+ params:\n#+   x: text\nSELECT (COUNT(?x) AS ?n) WHERE { ?s ?p ?x }"
    with pytest.raises(InputError, match=r"\?x"):
        parse_named_query("test", text)


def test_the_example_for_the_editor_puts_values_at_the_top_of_the_where_group():
    query = parse_named_query("test", HEADER + "#+ params:\n#+   g: gemeente\n"
                              "SELECT ?g ?n WHERE { ?g skos:prefLabel ?n }")
    text = example_sparql(query, {"g": ox.NamedNode(JGI + "gemeente/gm0622")})
    assert text.startswith(
        "SELECT ?g ?n WHERE {\n  VALUES (?g) { (<https://w3id.org/jeugdgraph/id/gemeente/gm0622>) }"
    )
    assert "#+" not in text


# --- binding, not pasting


def test_a_hostile_text_value_is_bound_as_a_literal_and_changes_nothing(
    seed_client: TestClient, seed_store: ox.Store
):
    before = store_size(seed_store)
    assert rows(seed_client, "zoek-in-citaten", zoek=HOSTILE) == []
    assert rows(seed_client, "begrippenlijst", zoek=HOSTILE) == []
    assert store_size(seed_store) == before
    count_query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    count = seed_client.get("/sparql", params={"query": count_query})
    assert int(count.json()["results"]["bindings"][0]["n"]["value"]) == before
    # the same mechanism does find what is there: the binding filters, it is not ignored
    found = rows(seed_client, "zoek-in-citaten", zoek="derde kwartaal")
    assert {r["uitspraak"] for r in found} == {VELSEN_MOTION + "/opdracht/3", VELSEN_MOTION + "/termijn/1"}
    assert all(r["zoek"] == "derde kwartaal" for r in found)


@pytest.mark.parametrize("name,params,status", [
    ("regio-van-gemeente", {"gemeente": HOSTILE}, 404),
    ("leden-van-regio", {"regio": HOSTILE}, 404),
    ("bron-van-uitspraak", {"uitspraak": HOSTILE}, 400),
    ("tijdlijn", {"van": HOSTILE}, 400),
    ("bedragen-per-document", {"document": HOSTILE}, 400),
    ("regio-van-gemeente", {"gemeente": "GM9999"}, 404),
    ("tijdlijn", {"van": "2026-02-30"}, 400),
])
def test_values_that_are_not_of_their_type_are_refused_with_a_message(
    seed_client: TestClient, name: str, params: dict[str, str], status: int
):
    response = seed_client.get(f"/api/queries/{name}", params=params)
    assert response.status_code == status
    assert response.json()["fout"].startswith("Parameter '")


def test_a_missing_required_parameter_is_400(seed_client: TestClient):
    response = seed_client.get("/api/queries/leden-van-regio")
    assert response.status_code == 400
    assert "'regio' ontbreekt" in response.json()["fout"]


# alternative values: a second answer for every parameter, to show that each binding filters
OTHER_VALUES = {
    ("leden-van-regio", "regio"): "ijmond",
    ("leden-van-regio", "peildatum"): "2018-01-01",
    ("wijzigingen-in-regio", "regio"): "zuid-holland-zuid",
    ("herindelingen-van-gemeente", "gemeente"): "Altena",
    ("regio-van-gemeente", "gemeente"): "Velsen",
    ("documenten-die-wet-noemen", "wet"): "Wet verbetering beschikbaarheid jeugdzorg",
    ("besluiten-en-opdrachten-met-deadline", "peildatum"): "2026-01-01",
    ("regiovisie-vaststelling", "gemeente"): "GM0453",
    ("themas-per-regio", "regio"): "ijmond",
    ("bron-van-uitspraak", "uitspraak"): VELSEN_MOTION + "/opdracht/1",
    ("gemeenten-met-regio-genoemd", "regio"): "zuid-holland-zuid",
    ("documenten-per-gemeente", "gemeente"): "Velsen",
    ("personen-en-rollen", "gemeente"): "GM0453",
    ("opdrachten-van-moties", "motie"): "004_33a8688e64a59d40",
    ("opdrachten-van-moties", "uitkomst"): "alle",
    ("documenten-per-thema", "thema"): "wachttijden",
    ("zoek-in-citaten", "zoek"): "regiovisie",
    ("zoek-in-citaten", "regio"): "rijnmond",
    ("zoek-in-citaten", "gemeente"): "GM0622",
    ("zoek-in-citaten", "soort"): "Opdracht",
    ("zoek-in-citaten", "van"): "2030-01-01",
    ("zoek-in-citaten", "tot"): "2000-01-01",
    ("tijdlijn", "van"): "2029-01-01",
    ("tijdlijn", "tot"): "2020-12-31",
    ("bedragen-per-document", "document"): "003_94e3ee821c6ac048",
    ("wetten-per-document", "document"): "003_94e3ee821c6ac048",
    ("begrippenlijst", "zoek"): "regie",
    ("begrippenlijst", "document"): "000_6433c76c45005ce2",
}


def test_every_parameter_of_every_query_changes_the_answer(seed_client: TestClient):
    queries = load_named_queries(QUERIES_DIR)
    for query in queries:
        example = query.example_values()
        base = rows(seed_client, query.name, **example)
        for param in query.params:
            other = OTHER_VALUES.get((query.name, param.name))
            assert other is not None, f"give {query.name}.{param.name} a second value in OTHER_VALUES"
            changed = rows(seed_client, query.name, **{**example, param.name: other})
            assert changed != base, f"{query.name}: parameter {param.name} does not filter"


def test_the_editor_example_answers_like_the_api(seed_client: TestClient):
    """The listing's SPARQL (values written as VALUES) gives the same rows as the API (values
    bound as substitutions), so what the page shows is what the API does."""
    listing = seed_client.get("/api/queries").json()["vragen"]
    assert len(listing) >= 15
    for entry in listing:
        assert "voorbeeld_fout" not in entry, entry
        whole = ("&" if "?" in entry["voorbeeld_api"] else "?") + "limit=alle"  # the API pages; the page not
        api = seed_client.get(entry["voorbeeld_api"] + whole, headers={"Accept": "text/tab-separated-values"})
        page = seed_client.post("/sparql", data={"query": entry["voorbeeld_sparql"], "format": "tsv"})
        assert api.status_code == page.status_code == 200, entry["naam"]
        assert sorted(api.text.splitlines()) == sorted(page.text.splitlines()), entry["naam"]


def test_every_named_query_is_documented_in_the_openapi_schema(seed_client: TestClient):
    schema = seed_client.get("/openapi.json").json()
    for query in load_named_queries(QUERIES_DIR):
        operation = schema["paths"][f"/api/queries/{query.name}"]["get"]
        assert operation["summary"] == query.summary
        documented = {p["name"]: p for p in operation["parameters"]}
        assert {"format", "timeout", "row-limit"} <= set(documented)
        for param in query.params:
            assert documented[param.name]["required"] is param.required
            if param.example is not None:
                assert documented[param.name]["examples"]["voorbeeld"]["value"] == param.example
        assert "text/csv" in operation["responses"]["200"]["content"]


def test_named_queries_answer_in_the_formats_of_sparql(seed_client: TestClient):
    csv = seed_client.get("/api/queries/leden-van-regio", params={"regio": "JZ29", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert "GM0622" in csv.text
    turtle = seed_client.get("/api/queries/leden-van-regio", params={"regio": "JZ29"},
                             headers={"Accept": "text/turtle"})
    assert turtle.status_code == 406


# --- the answers on the seeds


def test_leden_van_regio_rijnmond_has_thirteen_municipalities(seed_client: TestClient):
    for regio in ("rijnmond", "Rijnmond", "JZ29"):
        members = rows(seed_client, "leden-van-regio", regio=regio)
        assert len(members) == 13
        assert {"gemeente": JGI + "gemeente/gm0622", "naam": "Vlaardingen", "cbsCode": "GM0622",
                "regio": JGI + "jeugdregio/rijnmond"} in members
        assert [m["naam"] for m in members] == sorted(m["naam"] for m in members)


def test_regio_van_gemeente(seed_client: TestClient):
    by_code = rows(seed_client, "regio-van-gemeente", gemeente="GM0622")
    assert by_code == rows(seed_client, "regio-van-gemeente", gemeente="vlaardingen")
    assert [(r["regionaam"], r["regiocode"], r["uitvoerder"]) for r in by_code] == [
        ("Rijnmond", "JZ29", JGI + "organisatie/grjr")]


def test_documenten_die_wet_noemen_jeugdwet(seed_client: TestClient):
    found = rows(seed_client, "documenten-die-wet-noemen", wet="BWBR0034925")
    assert found == rows(seed_client, "documenten-die-wet-noemen", wet="Jeugdwet")
    documents = {r["document"] for r in found}
    assert VLAARDINGEN_PROPOSAL in documents
    assert JGI + "document/003_94e3ee821c6ac048" in documents
    dated = [r["datum"] for r in found if "datum" in r]
    assert dated == sorted(dated, reverse=True)


def test_besluiten_en_opdrachten_met_deadline_overdue_first(seed_client: TestClient):
    after = rows(seed_client, "besluiten-en-opdrachten-met-deadline", peildatum="2026-10-01")
    velsen = next(r for r in after if r["item"] == VELSEN_MOTION + "/opdracht/3")
    assert velsen["deadline"] == "2026-09-30" and velsen["verlopen"] == "true"
    flags = [r["verlopen"] for r in after]
    assert flags == sorted(flags, key=lambda f: f != "true")  # every overdue item comes first
    before = rows(seed_client, "besluiten-en-opdrachten-met-deadline", peildatum="2026-01-01")
    assert next(r for r in before if r["item"] == VELSEN_MOTION + "/opdracht/3")["verlopen"] == "false"


def test_bedragen_per_document(seed_client: TestClient):
    amounts = rows(seed_client, "bedragen-per-document", document="002_7fffa4e144c7ebb7")
    euros = [float(r["euro"]) for r in amounts if "euro" in r]
    assert euros == sorted(euros, reverse=True) and euros[0] == 400000
    alblasserdam = [r for r in amounts if r.get("betreft") == JGI + "gemeente/gm0482"]
    assert [float(r["euro"]) for r in alblasserdam] == [19000]
    everything = rows(seed_client, "bedragen-per-document")
    assert {r["document"] for r in everything} >= {JGI + "document/002_7fffa4e144c7ebb7"}


def test_regiovisie_vaststelling_vlaardingen_and_the_twelve_that_have_not(seed_client: TestClient):
    members = rows(seed_client, "regiovisie-vaststelling", gemeente="Vlaardingen")
    assert len(members) == 13
    assert {r["regio"] for r in members} == {JGI + "jeugdregio/rijnmond"}
    adopted = [r["lidnaam"] for r in members if r["vastgesteld"] == "true"]
    assert adopted == ["Vlaardingen"]
    assert members[0]["lidnaam"] == "Vlaardingen"  # adopted first, then the twelve that have not
    assert "Rotterdam" in [r["lidnaam"] for r in members if r["vastgesteld"] == "false"]
    assert rows(seed_client, "regiovisie-vaststelling", gemeente="Velsen") == []  # adopted none


def test_regiovisies_are_not_in_force_until_every_council_adopted(seed_client: TestClient):
    visions = rows(seed_client, "regiovisies")
    rijnmond = [v for v in visions if v["regio"] == JGI + "jeugdregio/rijnmond"]
    assert len(rijnmond) == 1
    vision = rijnmond[0]
    assert (vision["gemeenten"], vision["vastgesteld"], vision["vanKracht"]) == ("13", "1", "false")


def test_themas_per_regio(seed_client: TestClient):
    themes = rows(seed_client, "themas-per-regio", regio="rijnmond")
    names = {r["themanaam"] for r in themes}
    assert {"Preventie", "Regionale samenwerking"} <= names
    counts = [int(r["documenten"]) for r in themes]
    assert counts == sorted(counts, reverse=True)


def test_begrippenlijst(seed_client: TestClient):
    everything = rows(seed_client, "begrippenlijst")
    terms = {r["term"] for r in everything}
    assert {"Casusregie", "Jeugdwet", "Normaliseren"} <= terms
    jeugd = rows(seed_client, "begrippenlijst", zoek="JEUGD")
    assert 0 < len(jeugd) < len(everything)
    assert all("jeugd" in (r.get("term", "") + r.get("definitie", "")).lower() for r in jeugd)


def test_bron_van_uitspraak_is_the_exact_passage(seed_client: TestClient, seed_store: ox.Store):
    iri = VELSEN_MOTION + "/opdracht/3"
    [source] = rows(seed_client, "bron-van-uitspraak", uitspraak=iri)
    assert source["document"] == VELSEN_MOTION and source["bronbestand"] == "000_6433c76c45005ce2.txt"
    text_query = f"SELECT ?t WHERE {{ <{VELSEN_MOTION}> <https://w3id.org/jeugdgraph/def#tekst> ?t }}"
    text = next(iter(seed_store.query(text_query, use_default_graph_as_union=True)))["t"].value
    assert text[int(source["begin"]):int(source["eind"])] == source["citaat"]
    assert "derde kwartaal van 2026" in source["citaat"]
    prefixed = "jgi:document/000_6433c76c45005ce2/opdracht/3"
    assert rows(seed_client, "bron-van-uitspraak", uitspraak=prefixed) == [source]


def test_gemeenten_met_regio_genoemd(seed_client: TestClient):
    found = rows(seed_client, "gemeenten-met-regio-genoemd", regio="rijnmond")
    vlaardingen = next(r for r in found if r["naam"] == "Vlaardingen")
    assert vlaardingen["lid"] == "true" and int(vlaardingen["documenten"]) >= 1


def test_documenten_per_gemeente_newest_first(seed_client: TestClient):
    documents = rows(seed_client, "documenten-per-gemeente", gemeente="GM0622")
    assert VLAARDINGEN_PROPOSAL in {r["document"] for r in documents}
    dates = [r.get("datum") for r in documents]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)
    assert dates == known + [None] * (len(dates) - len(known))  # undated ones last
    proposal = next(r for r in documents if r["document"] == VLAARDINGEN_PROPOSAL)
    assert "uitgever" in proposal["rol"] and proposal["datum"] == "2026-04-07"


def test_wetten_per_document(seed_client: TestClient):
    laws = rows(seed_client, "wetten-per-document", document="004_33a8688e64a59d40")
    assert {"wetnaam": "Jeugdwet", "bwbId": "BWBR0034925", "wet": JGI + "wet/BWBR0034925",
            "document": VLAARDINGEN_PROPOSAL} in laws


def test_personen_en_rollen(seed_client: TestClient):
    people = rows(seed_client, "personen-en-rollen", gemeente="GM0622")
    assert ("J.J. Silos - Knaap", "portefeuillehouder") in {(r["naam"], r["rol"]) for r in people}
    assert {r["gemeente"] for r in people} == {JGI + "gemeente/gm0622"}


def test_gemeenschappelijke_regelingen(seed_client: TestClient):
    bodies = {r["naam"]: r for r in rows(seed_client, "gemeenschappelijke-regelingen")}
    grjr = bodies["Gemeenschappelijke Regeling Jeugdhulp Rijnmond"]
    assert grjr["tooi"] == "https://identifier.overheid.nl/tooi/id/so/so0842"
    assert grjr["regio"] == JGI + "jeugdregio/rijnmond" and grjr["gemeenten"] == "13"


def test_opdrachten_van_moties_velsen_has_three(seed_client: TestClient):
    assignments = rows(seed_client, "opdrachten-van-moties", motie="000_6433c76c45005ce2")
    assert [r["volgnummer"] for r in assignments] == ["1", "2", "3"]
    assert [r.get("deadline") for r in assignments] == [None, None, "2026-09-30"]
    assert assignments[0]["titel"] == "Versterken preventieve jeugdhulp"


def test_tijdlijn(seed_client: TestClient):
    year = rows(seed_client, "tijdlijn", van="2026-01-01", tot="2026-12-31")
    dates = [r["datum"] for r in year]
    assert dates == sorted(dates) and all("2026-01-01" <= d <= "2026-12-31" for d in dates)
    facts = {(r["datum"], r["wat"], r["onderwerp"]) for r in year}
    assert ("2026-09-30", "deadline", VELSEN_MOTION + "/opdracht/3") in facts
    everything = [r["datum"] for r in rows(seed_client, "tijdlijn")]
    assert "2020-03-05" in everything and len(everything) > len(dates)


def test_documenten_zonder_datum(seed_client: TestClient):
    undated = {r["document"] for r in rows(seed_client, "documenten-zonder-datum")}
    assert VLAARDINGEN_PROPOSAL not in undated
    dated = seed_client.post("/sparql", data={"query": "ASK { ?d jg:bronbestand ?f ; dcterms:date ?x . "
                                              "VALUES ?d { " + " ".join(f"<{d}>" for d in undated) + " } }"})
    assert dated.json()["boolean"] is False


def test_organisaties_genoemd(seed_client: TestClient):
    found = {r["organisatie"]: r for r in rows(seed_client, "organisaties-genoemd")}
    assert found[JGI + "organisatie/grjr"]["soort"] == "https://w3id.org/jeugdgraph/def#GemeenschappelijkeRegeling"
    assert JGI + "organisatie/veilig-thuis" in found


def test_documenten_per_thema(seed_client: TestClient):
    documents = {r["document"] for r in rows(seed_client, "documenten-per-thema", thema="preventie")}
    assert VELSEN_MOTION in documents
    assert documents == {r["document"] for r in rows(seed_client, "documenten-per-thema", thema="Preventie")}


def test_queries_directory_is_the_settings_one():
    assert Path(QUERIES_DIR).name == "queries" and any(Path(QUERIES_DIR).glob("*.rq"))
