"""The registers in full: every TOOI list in the project's own tables and in the reference graph,
former municipalities and their mergers, memberships through time, names as people write them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF
from typer.testing import CliRunner

from jeugdgraph.cli import app
from jeugdgraph.extract.entities import link_entities
from jeugdgraph.facts import SourceText
from jeugdgraph.importers.tooi_tables import read_register
from jeugdgraph.namespaces import JG
from jeugdgraph.reference import REFERENCE_DIR, gazetteer, load_reference_graph, read_table

TOOI = "https://identifier.overheid.nl/tooi/"
ONT = TOOI + "def/ont/"
JGI = "https://w3id.org/jeugdgraph/id/"
LISTS = {
    "rwc_gemeenten_compleet_5.json": ("Gemeente",),
    "rwc_samenwerkingsorganisaties_compleet_3.json": ("Samenwerkingsorganisatie",),
    "rwc_overige_overheidsorganisaties_compleet_13.json": ("Overheidsorganisatie", "Rijk"),
    "rwc_zbo_compleet_6.json": ("Zbo", "ZboCluster"),
    "rwc_provincies_compleet_1.json": ("Provincie",),
}


@pytest.fixture(scope="module")
def reference() -> Graph:
    return load_reference_graph()


def published(opendata_dir: Path, name: str) -> list[dict]:
    return json.loads((opendata_dir / name).read_text(encoding="utf-8"))


def main_items(items: list[dict], classes: tuple[str, ...]) -> list[dict]:
    return [i for i in items if any(ONT + c in i["@type"] for c in classes) and ONT + "HistorischeVersie"
            not in i["@type"]]


def value(item: dict, key: str) -> str | None:
    values = item.get(ONT + key) or []
    return values[0]["@value"] if values else None


# --------------------------------------------------------------------------- against the published lists

@pytest.mark.parametrize("name", sorted(LISTS))
def test_the_committed_tables_are_what_import_tooi_makes_of_the_published_list(opendata_dir: Path, name: str):
    tables = read_register(opendata_dir / name)
    organisations, events = tables.file_names()
    rows = [r.values for r in read_table(REFERENCE_DIR / organisations, ())]
    assert rows == tables.organisations
    assert [r.values for r in read_table(REFERENCE_DIR / events, ())] == tables.events


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_organisation_of_every_list_is_in_the_graph_with_its_tooi_iri_and_dates(
    opendata_dir: Path, name: str, reference: Graph
):
    items = main_items(published(opendata_dir, name), LISTS[name])
    assert items
    same_as = {str(o): s for s, o in reference.subject_objects(OWL.sameAs)}
    for item in items:
        subject = URIRef(item["@id"]) if "provincie" in name else same_as.get(item["@id"])
        assert subject is not None, item["@id"]
        assert (subject, RDF.type, None) in reference
        end = value(item, "einddatum")
        ends = [str(d) for d in reference.objects(subject, JG.einddatum)]
        assert ends == ([end[:10]] if end else []), item["@id"]


def test_all_437_joint_body_items_and_the_261_and_187_organisation_items(
    opendata_dir: Path, reference: Graph
):
    """The README counts items of the lists (organisations, historic versions and change events)."""
    counts = {n: len(published(opendata_dir, n)) for n in LISTS}
    assert counts["rwc_samenwerkingsorganisaties_compleet_3.json"] == 437
    assert counts["rwc_overige_overheidsorganisaties_compleet_13.json"] == 261
    assert counts["rwc_zbo_compleet_6.json"] == 187
    bodies = {str(o) for s in reference.subjects(RDF.type, JG.GemeenschappelijkeRegeling)
              for o in reference.objects(s, OWL.sameAs)}
    items = main_items(published(opendata_dir, "rwc_samenwerkingsorganisaties_compleet_3.json"),
                       ("Samenwerkingsorganisatie",))
    assert {i["@id"] for i in items} <= bodies and len(items) == 383


def test_every_merger_event_with_its_predecessors_and_successor(opendata_dir: Path, reference: Graph):
    items = published(opendata_dir, "rwc_gemeenten_compleet_5.json")
    events = [i for i in items if ONT + "Samenvoeging" in i["@type"]]
    assert len(events) > 40
    same_as = {str(o): s for s, o in reference.subject_objects(OWL.sameAs)}
    for event in events:
        ours = same_as[event["@id"]]
        assert (ours, RDF.type, JG.Samenvoeging) in reference
        for key, predicate in (("invalidated", PROV.invalidated), ("generated", PROV.generated)):
            expected = {same_as[x["@id"]] for x in event["http://www.w3.org/ns/prov#" + key]}
            assert set(reference.objects(ours, predicate)) == expected
            assert expected


# --------------------------------------------------------------------------- without the published files

def test_from_werkendam_to_altena_and_back(reference: Graph):
    werkendam, altena = URIRef(JGI + "gemeente/gm0870"), URIRef(JGI + "gemeente/gm1959")
    rows = list(reference.query(
        """SELECT ?nieuw ?oud ?datum WHERE {
             ?w prov:invalidated ?start ; prov:generated ?nieuw ; dcterms:date ?datum .
             ?terug prov:generated ?nieuw ; prov:invalidated ?oud }""",
        initBindings={"start": werkendam},
    ))
    assert {r.nieuw for r in rows} == {altena}
    assert werkendam in {r.oud for r in rows} and len({r.oud for r in rows}) == 3
    assert str(rows[0].datum) == "2019-01-01"
    assert (werkendam, JG.opgevolgdDoor, altena) in reference
    assert str(reference.value(werkendam, JG.einddatum)) == "2018-12-31"


def test_a_document_naming_four_bodies_people_write_them_links_all_four(reference: Graph):
    text = ("De gemeenten Werkendam en Valkenburg werken samen met de Jeugdregio Een 10 voor de Jeugd "
            "en met de Raad voor de Kinderbescherming. Ook Een 10 voor de Jeugd doet mee.")
    source = SourceText(Path("test.txt"), "test", text, "text/plain")
    linked = {m.iri for m in link_entities(source, gazetteer(reference))}
    assert {
        JGI + "gemeente/gm0870",
        JGI + "gemeente/gm0994",  # Valkenburg aan de Geul; the former Valkenburg (ZH) ended in 2005
        JGI + "organisatie/so1105",
        JGI + "organisatie/raad-voor-de-kinderbescherming",
    } <= linked


def test_an_ambiguous_name_is_never_a_guess_but_a_qualified_one_is_linked(reference: Graph):
    text = "In Bergen wordt gesproken. Bergen NH en Súdwest-Fryslân en de provincie Friesland ook."
    source = SourceText(Path("test.txt"), "test", text, "text/plain")
    mentions = link_entities(source, gazetteer(reference))
    bergen = [m for m in mentions if m.span.begin < 10]
    assert bergen == []
    linked = {m.iri for m in mentions}
    assert JGI + "gemeente/gm0373" in linked and JGI + "gemeente/gm0893" not in linked
    assert JGI + "gemeente/gm1900" in linked
    assert TOOI + "id/provincie/pv21" in linked


def test_region_names_that_are_not_the_cbs_name(reference: Graph):
    text = "De regio's WBO, West-Brabant Oost en Noord-Veluwe, en de GR Peelgemeenten."
    source = SourceText(Path("test.txt"), "test", text, "text/plain")
    linked = {m.iri for m in link_entities(source, gazetteer(reference))}
    expected = {"jeugdregio/west-brabant-oost", "jeugdregio/noord-veluwe", "organisatie/so0877"}
    assert {JGI + e for e in expected} <= linked


def test_names_with_their_sources_and_classes_with_labels(reference: Graph):
    for row in read_table(REFERENCE_DIR / "namen.csv", ("doel", "naam", "bron")):
        assert row["bron"]
    assert (URIRef(JGI + "organisatie/zb100004"), RDF.type, JG.Zbo) in reference
    igj = next(reference.subjects(OWL.sameAs, URIRef(TOOI + "id/oorg/oorg12354")))
    assert (igj, RDF.type, JG.Overheidsorganisatie) in reference


def test_import_tooi_writes_the_project_tables(tmp_path: Path):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "opendata" / "mini_gemeenten.json"
    result = CliRunner().invoke(app, ["import-tooi", str(fixture), "--naar", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written and all(n.startswith("tooi-") and n.endswith(".csv") for n in written)
    first = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    CliRunner().invoke(app, ["import-tooi", str(fixture), "--naar", str(tmp_path)])
    assert first == {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}


def test_the_reference_graph_validates_and_a_broken_membership_is_found(reference: Graph):
    from rdflib.namespace import Namespace

    from jeugdgraph.validation import validate_graph

    assert validate_graph(reference).violations() == []
    org = Namespace("http://www.w3.org/ns/org#")
    membership = URIRef(JGI + "lidmaatschap/gm0870-jz34")
    broken = Graph()
    for triple in reference:
        broken.add(triple)
    broken.remove((membership, org.organization, None))
    report = validate_graph(broken)
    assert [f.path for f in report.violations()] == [str(org.organization)]


def test_the_committed_2016_table_is_what_import_regions_makes(opendata_dir: Path, tmp_path: Path):
    published = opendata_dir / "cbs_83287NED_2016_gemeente_jeugdzorgregio.csv"
    result = CliRunner().invoke(app, ["import-regions", str(published), "--naar", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "jeugdregio_2016.csv").read_text(encoding="utf-8")
    assert written == (REFERENCE_DIR / "jeugdregio_2016.csv").read_text(encoding="utf-8")
    assert written.count("\n") == 391  # the header and 390 municipalities of 2016
