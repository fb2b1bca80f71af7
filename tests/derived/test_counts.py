"""The derived counts (``jg:bronNoemt`` with its counts, ``jg:uitsprakenBlok``) equal a
recomputation after a build, an upload and a delete, and the named queries that read them give the
same whole answer as the grouping queries they replace, on the seeds and on a generated store; so do
the listings restructured into one group (personen-en-rollen, regiovisie-vaststelling) and the one
that reads the derived mentions and the registers (gemeenten-met-regio-genoemd)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from jeugdgraph.build import build_store
from jeugdgraph.derived import GRAPH_DERIVED, recompute
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.named import load_named_queries
from jeugdgraph.settings import PROJECT_ROOT, QUERIES_DIR, SEEDS_DIR, Settings
from jeugdgraph.writes import LiveTarget, WriteService

_spec = importlib.util.spec_from_file_location("bench_generate", PROJECT_ROOT / "bench" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate
_spec.loader.exec_module(generate)

JG = PREFIXES["jg"]
#: the queries as they were before the derived counts: they group every statement or mention
ORIGINALS = {
    "documenten-per-thema": """
        SELECT ?thema ?document ?titel (COUNT(DISTINCT ?uitspraak) AS ?uitspraken) WHERE {
          ?document jg:bronbestand ?bestand ; jg:thema ?thema .
          OPTIONAL { ?document dcterms:title ?titel }
          OPTIONAL { ?uitspraak prov:wasDerivedFrom ?document ; jg:thema ?thema }
        } GROUP BY ?thema ?document ?titel ORDER BY DESC(?uitspraken) ?document""",
    "organisaties-genoemd": """
        SELECT ?organisatie ?naam ?soort (COUNT(DISTINCT ?document) AS ?documenten) WHERE {
          VALUES ?soort { jg:Organisatie jg:GemeenschappelijkeRegeling jg:Programma }
          ?document jg:bronbestand ?bestand ; jg:noemt ?organisatie .
          ?organisatie a ?soort .
          OPTIONAL { ?organisatie skos:prefLabel ?naam . FILTER(LANG(?naam) = "nl" || LANG(?naam) = "") }
        } GROUP BY ?organisatie ?naam ?soort ORDER BY DESC(?documenten) ?naam""",
    # as they were before their restructures into one group (the person's IRI and the municipality's
    # value then start the join): the same rows
    "personen-en-rollen": """
        SELECT DISTINCT ?naam ?rol ?gemeente ?namensnaam ?document WHERE {
          ?persoon a jg:Persoon ; foaf:name ?naam ; prov:wasDerivedFrom ?document .
          OPTIONAL { ?persoon jg:rol ?rol }
          ?persoon jg:namens ?gemeente .
          OPTIONAL { ?gemeente skos:prefLabel ?namensnaam . FILTER(LANG(?namensnaam) = "nl") }
        } ORDER BY ?namensnaam ?naam ?rol""",
    "regiovisie-vaststelling": """
        SELECT ?gemeente ?regiovisie ?titel ?regio ?lid ?lidnaam ?vastgesteld (MIN(?besluit) AS ?eenBesluit)
        WHERE {
          { SELECT DISTINCT ?gemeente ?regiovisie ?regio WHERE {
              ?vaststelling jg:besluitVan ?gemeente ; jg:steltVast ?regiovisie .
              ?regiovisie a jg:Regiovisie ; jg:regio ?regio . } }
          OPTIONAL { ?regiovisie dcterms:title ?titel }
          ?regio org:hasMember ?lid .
          ?lid skos:prefLabel ?lidnaam .
          OPTIONAL { ?besluit jg:steltVast ?regiovisie ; jg:besluitVan ?lid . }
          BIND(xsd:boolean(BOUND(?besluit)) AS ?vastgesteld)
        } GROUP BY ?gemeente ?regiovisie ?titel ?regio ?lid ?lidnaam ?vastgesteld
        ORDER BY DESC(?vastgesteld) ?lidnaam""",
    # as it was before it read jg:bronNoemt and the registers' graph: every document graph's statements
    "gemeenten-met-regio-genoemd": """
        SELECT ?regio ?gemeente ?naam ?lid (COUNT(DISTINCT ?document) AS ?documenten) WHERE {
          ?document jg:noemt ?regio , ?gemeente ; jg:bronbestand ?bestand .
          ?regio a jg:Jeugdregio .
          ?gemeente a jg:Gemeente ; skos:prefLabel ?naam .
          BIND(xsd:boolean(EXISTS { ?regio org:hasMember ?gemeente }) AS ?lid)
        } GROUP BY ?regio ?gemeente ?naam ?lid ORDER BY DESC(?documenten) ?naam""",
}
#: the queries whose last column is the count they sort by: its order is compared too
COUNTED = ("documenten-per-thema", "organisaties-genoemd", "gemeenten-met-regio-genoemd")
#: the parameter each query takes, and the query giving every value it is asked with here
PARAMETERS = {
    "documenten-per-thema": ("thema", "SELECT DISTINCT ?v WHERE { ?d jg:bronbestand ?b ; jg:thema ?v }"),
    # every municipality that took a decision, and one that took none (no rows)
    "regiovisie-vaststelling": ("gemeente", """SELECT DISTINCT ?v WHERE {
        { ?b jg:besluitVan ?v }
        UNION { VALUES ?v { <https://w3id.org/jeugdgraph/id/gemeente/gm0453> } } }"""),
    # every region a document names
    "gemeenten-met-regio-genoemd": (
        "regio", "SELECT DISTINCT ?v WHERE { ?d jg:noemt ?v . ?v a jg:Jeugdregio }"),
}
MOTIE = b"""Motie preventie en wachttijden

De raad van de gemeente Vlaardingen, in vergadering bijeen,

constaterende dat de wachttijden in de jeugdhulp in de regio Rijnmond en in Schiedam oplopen en dat
preventie in het wijkteam helpt;

verzoekt het college samen met Veilig Thuis uiterlijk in het derde kwartaal van 2026 een plan te maken.
"""


@pytest.fixture(scope="module")
def generated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    reference = generate.load_reference()
    for index in range(12):
        doc = generate.generate_document(index, 3, reference)
        (corpus / doc.file_name).write_text(doc.text, encoding="utf-8")
    store = tmp_path_factory.mktemp("counts") / "store"
    build_store([SEEDS_DIR, corpus], store, validate=False)
    return store


def _copy(source: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.extend(source.quads_for_pattern(None, None, None, None))
    return copy


def derived(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_DERIVED))}


def from_scratch(store: ox.Store) -> set[ox.Triple]:
    copy = _copy(store)
    copy.update(recompute())
    return derived(copy)


def answer(store: ox.Store, text: str, subs: dict[ox.Variable, ox.Term]) -> list[tuple[str, ...]]:
    result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)
    names = [v.value for v in result.variables]
    return [tuple(str(row[n]) if row[n] is not None else "" for n in names) for row in result]


def check_same_answers(store: ox.Store) -> int:
    """Every changed query against its original, for every value of its parameter; the number of rows
    compared."""
    named = load_named_queries(QUERIES_DIR)
    compared = 0
    for name, original in ORIGINALS.items():
        values: list[dict[ox.Variable, ox.Term]] = [{}]
        if name in PARAMETERS:
            param, query = PARAMETERS[name]
            rows = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
            values = [{ox.Variable(param): row["v"]} for row in rows]
            assert values, name
        for subs in values:
            now = answer(store, named.get(name).sparql, subs)
            before = answer(store, original, subs)
            assert sorted(now) == sorted(before), (name, subs)
            if name in COUNTED:
                assert [r[-1] for r in now] == [r[-1] for r in before], (name, subs)  # the counts' order
            compared += len(now)
    return compared


def test_the_counts_answer_as_the_grouping_queries_on_the_seeds(seed_store: ox.Store) -> None:
    assert check_same_answers(seed_store)


def test_the_counts_answer_as_the_grouping_queries_on_a_generated_store(generated_dir: Path) -> None:
    store = ox.Store.read_only(str(generated_dir))
    assert derived(store) == from_scratch(store)
    assert check_same_answers(store) > 20


def test_uploads_and_deletes_keep_the_counts(generated_dir: Path, tmp_path: Path) -> None:
    store = _copy(ox.Store.read_only(str(generated_dir)))
    service = WriteService(LiveTarget(store), settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    before = derived(store)
    metadata = {"title": "Motie tellingen", "publisher": "Vlaardingen"}
    service.add_document("motie-tellingen.txt", MOTIE, metadata)
    added = derived(store) - before
    assert derived(store) == from_scratch(store)
    predicates = {t.predicate.value[len(JG):] for t in added}
    assert {"bronNoemt", "uitsprakenBlok", "aantal"} <= predicates
    check_same_answers(store)
    slugs = [r["d"].value.rsplit("/", 1)[1] for r in store.query(
        "SELECT ?d WHERE { ?d jg:bronbestand ?b }", prefixes=PREFIXES, use_default_graph_as_union=True)]
    generated = sorted(s for s in slugs if re.fullmatch(r"\d{6}_[0-9a-f]+", s))
    service.delete_document(generated[0])
    assert derived(store) == from_scratch(store)
    check_same_answers(store)
    service.delete_document("motie-tellingen")
    assert derived(store) != before  # the generated document is gone, and its counts with it
    assert derived(store) == from_scratch(store)
