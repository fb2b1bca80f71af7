"""The derived graph equals a recomputation from scratch: after a build, after adding and deleting
documents, and after a change of the reference data; and the restructured named queries answer as
their scanning originals did."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from derived_graphs import derived, from_scratch

from jeugdgraph.derived import GRAPH_DERIVED
from jeugdgraph.namespaces import GRAPH_REFERENCE, PREFIXES
from jeugdgraph.settings import Settings
from jeugdgraph.writes import LiveTarget, WriteService

DOC = "https://w3id.org/jeugdgraph/id/document/"
MOTIE = b"""Motie regiovisie en wachttijden

De raad van de gemeente Vlaardingen, in vergadering bijeen,

constaterende dat de wachttijden in de jeugdhulp in de regio Rijnmond en in Schiedam oplopen;

verzoekt het college uiterlijk in het derde kwartaal van 2026 een plan te maken.
"""


@pytest.fixture
def store(seed_store: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.extend(seed_store.quads_for_pattern(None, None, None, None))
    return copy


def test_the_build_writes_the_derived_graph(seed_store: ox.Store):
    made = derived(seed_store)
    assert made == from_scratch(seed_store)
    properties = {t.predicate.value.rsplit("#", 1)[1] for t in made}
    assert {"overRegio", "zonderDatum", "datumBlok", "deadlineBlok", "documentBlok", "aantal"} <= properties


def test_writes_keep_the_derived_graph_equal_to_a_recomputation(store: ox.Store, tmp_path: Path):
    service = WriteService(LiveTarget(store), settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    before = derived(store)
    service.add_document("motie-afgeleid.txt", MOTIE, {"title": "Motie afgeleid", "publisher": "Vlaardingen"})
    after_add = derived(store)
    assert after_add == from_scratch(store)
    new = {t for t in after_add - before}
    assert ox.Triple(ox.NamedNode(DOC + "motie-afgeleid"), ox.NamedNode(PREFIXES["jg"] + "overRegio"),
                     ox.NamedNode("https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond")) in new
    # the new document and its deadline went into their buckets, and the buckets' counts followed
    assert ox.Triple(ox.NamedNode(DOC + "motie-afgeleid"), ox.NamedNode(PREFIXES["jg"] + "documentBlok"),
                     ox.Literal("moti")) in new
    assert any(t.predicate.value.endswith("#deadlineBlok") and t.object.value == "2026-09" for t in new)
    assert any(t.predicate.value.endswith("#aantal") for t in new)
    service.delete_document("motie-afgeleid")
    assert derived(store) == before == from_scratch(store)


def test_a_change_of_the_reference_data_recomputes_what_follows_from_it(store: ox.Store, tmp_path: Path):
    service = WriteService(LiveTarget(store), settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    # Velsen moves from IJmond to Rijnmond: the documents that name it are now about Rijnmond
    before = derived(store)
    ijmond, rijnmond = (f"<https://w3id.org/jeugdgraph/id/jeugdregio/{r}>" for r in ("ijmond", "rijnmond"))
    velsen = "<https://w3id.org/jeugdgraph/id/gemeente/gm0453>"
    ref = f"GRAPH <{GRAPH_REFERENCE}>"
    service.update(f"""PREFIX org: <http://www.w3.org/ns/org#>
        DELETE DATA {{ {ref} {{ {ijmond} org:hasMember {velsen} . {velsen} org:memberOf {ijmond} }} }} ;
        INSERT DATA {{ {ref} {{ {rijnmond} org:hasMember {velsen} . {velsen} org:memberOf {rijnmond} }} }}""")
    assert derived(store) != before
    assert derived(store) == from_scratch(store)


def test_a_write_into_the_derived_graph_is_overwritten_by_the_recomputation(store: ox.Store, tmp_path: Path):
    service = WriteService(LiveTarget(store), settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    before = derived(store)
    service.update(f"""PREFIX jg: <https://w3id.org/jeugdgraph/def#>
        INSERT DATA {{ GRAPH <{GRAPH_DERIVED}> {{ <{DOC}x> jg:zonderDatum true }} }}""")
    assert derived(store) == before


ORIGINALS = {
    "themas-per-regio": ("regio", "<https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond>", """
        SELECT ?regio ?thema ?themanaam (COUNT(DISTINCT ?document) AS ?documenten) WHERE {
          ?regio a jg:Jeugdregio .
          ?document a jg:Document ; jg:bronbestand ?bestand ; jg:thema ?thema .
          { ?document jg:noemt ?regio }
          UNION { ?regio org:hasMember ?uitgever . ?document dcterms:publisher ?uitgever }
          UNION { ?regio org:hasMember ?genoemd . ?document jg:noemt ?genoemd }
          OPTIONAL { ?thema skos:prefLabel ?themanaam . FILTER(LANG(?themanaam) = "nl") }
        } GROUP BY ?regio ?thema ?themanaam"""),
    "documenten-zonder-datum": (None, None, """
        SELECT ?document ?soort ?titel ?bronbestand ?datumTekst WHERE {
          ?document a jg:Document ; jg:bronbestand ?bronbestand .
          FILTER NOT EXISTS { ?document dcterms:date ?datum }
          OPTIONAL { ?document a ?soort . FILTER(?soort != jg:Document && STRSTARTS(STR(?soort), STR(jg:))) }
          OPTIONAL { ?document dcterms:title ?titel }
          OPTIONAL { ?document jg:datumTekst ?datumTekst }
        }"""),
    "regiovisies": (None, None, """
        SELECT ?regiovisie ?titel ?regio ?regionaam (COUNT(DISTINCT ?lid) AS ?gemeenten)
               (COUNT(DISTINCT ?vaststeller) AS ?vastgesteld) WHERE {
          ?regiovisie a jg:Regiovisie ; jg:regio ?regio .
          ?regio skos:prefLabel ?regionaam ; org:hasMember ?lid .
          OPTIONAL { ?regiovisie dcterms:title ?titel }
          OPTIONAL { ?bron dcterms:publisher ?lid ; jg:bevat ?besluit .
                     ?besluit a jg:Besluit ; jg:steltVast ?regiovisie . BIND(?lid AS ?vaststeller) }
        } GROUP BY ?regiovisie ?titel ?regio ?regionaam"""),
}


def _answer(store: ox.Store, query: str, variables: list[str], substitutions: dict) -> list[tuple]:
    rows = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=substitutions)
    return sorted(tuple(str(r[v]) if r[v] is not None else "" for v in variables) for r in rows)


@pytest.mark.parametrize("name", sorted(ORIGINALS))
def test_a_restructured_query_answers_as_its_scanning_original(name: str, store: ox.Store, tmp_path: Path):
    from jeugdgraph.query.named import load_named_queries
    from jeugdgraph.settings import QUERIES_DIR

    service = WriteService(LiveTarget(store), settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    service.add_document("motie-afgeleid.txt", MOTIE, {"title": "Motie afgeleid", "publisher": "Vlaardingen"})
    param, value, original = ORIGINALS[name]
    query = load_named_queries(QUERIES_DIR).get(name)
    subs = {ox.Variable(param): ox.NamedNode(value[1:-1])} if param else {}
    answer = store.query(query.sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)
    variables = [v.value for v in answer.variables]
    variables = [v for v in variables if v in original]
    now = _answer(store, query.sparql, variables, subs)
    assert now == _answer(store, original, variables, subs)
    assert now, name


def test_the_regiovisie_adoption_answers_as_before_for_every_municipality(store: ox.Store):
    from jeugdgraph.query.named import load_named_queries
    from jeugdgraph.settings import QUERIES_DIR

    original = """SELECT ?gemeente ?regiovisie ?lid ?vastgesteld WHERE {
      { SELECT DISTINCT ?gemeente ?regiovisie ?regio WHERE {
          ?bron dcterms:publisher ?gemeente ; jg:bevat ?v . ?v a jg:Besluit ; jg:steltVast ?regiovisie .
          ?regiovisie a jg:Regiovisie ; jg:regio ?regio . } }
      ?regio org:hasMember ?lid .
      OPTIONAL { ?lidbron dcterms:publisher ?lid ; jg:bevat ?besluit .
                 ?besluit a jg:Besluit ; jg:steltVast ?regiovisie . }
      BIND(BOUND(?besluit) AS ?vastgesteld)
    }"""
    query = load_named_queries(QUERIES_DIR).get("regiovisie-vaststelling").sparql
    publishers = "SELECT DISTINCT ?g WHERE { ?d dcterms:publisher ?g }"
    rows = store.query(publishers, prefixes=PREFIXES, use_default_graph_as_union=True)
    municipalities = [r["g"] for r in rows]
    assert municipalities
    seen = 0
    for municipality in municipalities:
        subs = {ox.Variable("gemeente"): municipality}
        variables = ["gemeente", "regiovisie", "lid", "vastgesteld"]
        now = sorted(set(_answer(store, query, variables, subs)))
        assert now == sorted(set(_answer(store, original, variables, subs)))
        seen += len(now)
    assert seen


def test_a_store_copied_for_a_remote_build_carries_the_derived_graph(seed_store_dir: Path, tmp_path: Path):
    shutil.copytree(seed_store_dir, tmp_path / "s", ignore=shutil.ignore_patterns("LOCK"))
    copy = ox.Store.read_only(str(tmp_path / "s"))
    assert ox.NamedNode(GRAPH_DERIVED) in set(copy.named_graphs())


def test_the_derived_graph_is_made_again_on_an_existing_store(seed_store_dir: Path, tmp_path: Path):
    from typer.testing import CliRunner

    from jeugdgraph.cli import app

    shutil.copytree(seed_store_dir, tmp_path / "s", ignore=shutil.ignore_patterns("LOCK"))
    made = derived(ox.Store.read_only(str(seed_store_dir)))
    store = ox.Store(str(tmp_path / "s"))
    store.update(f"DROP GRAPH <{GRAPH_DERIVED}>")
    assert not derived(store)
    del store
    result = CliRunner().invoke(app, ["afleiden", "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert f"{len(made)} afgeleide uitspraken" in " ".join(result.output.split())
    assert derived(ox.Store.read_only(str(tmp_path / "s"))) == made
    missing = CliRunner().invoke(app, ["afleiden", "--store", str(tmp_path / "geen")])
    assert missing.exit_code != 0 and "Er staat geen store" in missing.output
