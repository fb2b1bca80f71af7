"""Importers of published lists: TOOI value lists (JSON-LD) and CBS region tables (CSV), their
merge into the reference graph, and the import-tooi / import-regions commands."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

from jeugdgraph.cli import app
from jeugdgraph.errors import InputError
from jeugdgraph.importers import ImportSummary, import_regions, import_tooi, save_import
from jeugdgraph.namespaces import GRAPH_REFERENCE, JG, ORG, OWL, RDF, SKOS, XSD
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.store import import_files, open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "opendata"
MINI_GEMEENTEN = FIXTURES / "mini_gemeenten.json"
MINI_SO = FIXTURES / "mini_samenwerkingsorganisaties.json"
MINI_CBS = FIXTURES / "mini_gemeente_jeugdzorgregio.csv"
MINI_LIST = FIXTURES / "mini_jeugdregio_list.csv"

JGI = "https://w3id.org/jeugdgraph/id/"
TOOI = "https://identifier.overheid.nl/tooi/id/"


def gemeente(code: str) -> URIRef:
    return URIRef(f"{JGI}gemeente/{code}")


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and len(message) < 300


# --------------------------------------------------------------------------- TOOI municipalities


def test_tooi_municipalities_with_dates_successor_and_names() -> None:
    graph = import_tooi(MINI_GEMEENTEN)
    assert set(graph.subjects(RDF.type, JG.Gemeente)) == {
        gemeente("gm0501"),
        gemeente("gm0518"),
        gemeente("gm1992"),
    }
    brielle = gemeente("gm0501")
    assert graph.value(brielle, JG.cbsCode) == Literal("GM0501")
    assert graph.value(brielle, OWL.sameAs) == URIRef(f"{TOOI}gemeente/gm0501")
    assert graph.value(brielle, SKOS.prefLabel) == Literal("Brielle", lang="nl")
    assert graph.value(brielle, JG.einddatum) == Literal("2022-12-31", datatype=XSD.date)
    assert set(graph.objects(brielle, JG.opgevolgdDoor)) == {gemeente("gm1992")}
    assert graph.value(brielle, JG.provincie) == URIRef(f"{TOOI}provincie/pv28")
    voorne = gemeente("gm1992")
    assert graph.value(voorne, JG.begindatum) == Literal("2023-01-01", datatype=XSD.date)
    assert graph.value(voorne, JG.einddatum) is None
    # the official name is preferred, the name the government prefers to use is an alternative
    den_haag = gemeente("gm0518")
    assert graph.value(den_haag, SKOS.prefLabel) == Literal("'s-Gravenhage", lang="nl")
    assert set(graph.objects(den_haag, SKOS.altLabel)) == {Literal("Den Haag", lang="nl")}
    summary = ImportSummary.of(graph)
    assert (summary.municipalities, summary.dissolved) == (3, 1)
    assert summary.text() == "Geïmporteerd: 3 gemeenten, waarvan 1 opgeheven."


def test_tooi_joint_bodies_with_successor_abbreviation_and_former_name() -> None:
    graph = import_tooi(MINI_SO)
    bodies = set(graph.subjects(RDF.type, JG.GemeenschappelijkeRegeling))
    assert bodies == {URIRef(f"{JGI}organisatie/{c}") for c in ("so0842", "so0298", "so0621", "so0515")}
    grjr = URIRef(f"{JGI}organisatie/so0842")
    assert graph.value(grjr, OWL.sameAs) == URIRef(f"{TOOI}so/so0842")
    assert graph.value(grjr, SKOS.prefLabel) == Literal("Openbaar Lichaam Jeugdhulp Rijnmond", lang="nl")
    assert set(graph.objects(grjr, SKOS.altLabel)) == {Literal("Jeugdhulp Rijnmond", lang="nl")}
    drechtwerk = URIRef(f"{JGI}organisatie/so0298")
    assert graph.value(drechtwerk, JG.einddatum) == Literal("2022-12-31", datatype=XSD.date)
    assert graph.value(drechtwerk, DCTERMS.isReplacedBy) == URIRef(f"{JGI}organisatie/so0621")
    assert Literal("GRS", lang="nl") in set(graph.objects(URIRef(f"{JGI}organisatie/so0621"), SKOS.altLabel))
    renamed = URIRef(f"{JGI}organisatie/so0515")
    assert Literal("Samenwerkingsverband collectief vervoer Zeeuwsch-Vlaanderen", lang="nl") in set(
        graph.objects(renamed, SKOS.altLabel)
    )
    assert ImportSummary.of(graph).text() == "Geïmporteerd: 4 samenwerkingsorganisaties, waarvan 1 opgeheven."


# --------------------------------------------------------------------------- CBS tables


def test_cbs_table_gives_memberships_both_ways() -> None:
    graph = import_regions(MINI_CBS)
    rijnmond = URIRef(f"{JGI}jeugdregio/jz29")  # the table has codes only; the reference graph knows the name
    assert graph.value(rijnmond, JG.cbsCode) == Literal("JZ29")
    assert set(graph.objects(rijnmond, ORG.hasMember)) == {gemeente("gm0501"), gemeente("gm0622")}
    assert set(graph.subjects(ORG.memberOf, rijnmond)) == {gemeente("gm0501"), gemeente("gm0622")}
    assert graph.value(gemeente("gm0453"), SKOS.prefLabel) == Literal("Velsen", lang="nl")
    assert graph.value(gemeente("gm0453"), OWL.sameAs) == URIRef(f"{TOOI}gemeente/gm0453")
    summary = ImportSummary.of(graph)
    assert (summary.regions, summary.memberships) == (3, 4)


def test_region_list_gives_regions_with_names() -> None:
    graph = import_regions(MINI_LIST)
    regions = {
        str(graph.value(r, JG.cbsCode)): str(graph.value(r, SKOS.prefLabel))
        for r in graph.subjects(RDF.type, JG.Jeugdregio)
    }
    assert regions == {"JZ10": "IJmond (Midden Kennemerland)", "JZ29": "Rijnmond"}
    assert not set(graph.subjects(RDF.type, JG.Gemeente))


def test_semicolon_table_with_bare_codes_is_read(tmp_path: Path) -> None:
    path = tmp_path / "regios.csv"
    path.write_text("\ufeffGemeentecode;Jeugdzorgregio_code\n0622;jz29\n453;JZ10\n", encoding="utf-8")
    graph = import_regions(path)
    assert graph.value(gemeente("gm0622"), ORG.memberOf) == URIRef(f"{JGI}jeugdregio/jz29")
    assert graph.value(gemeente("gm0453"), JG.cbsCode) == Literal("GM0453")


# --------------------------------------------------------------------------- merging into the reference graph


def test_imports_merge_into_the_reference_graph_without_duplicates(tmp_path: Path) -> None:
    files = [save_import(import_tooi(p), tmp_path, p) for p in (MINI_GEMEENTEN, MINI_SO)]
    files.append(save_import(import_regions(MINI_LIST), tmp_path, MINI_LIST))
    graph = load_reference_graph(extra=files)
    # the imported GRJR is the project's GRJR; its TOOI name stays an alternative label
    grjr = URIRef(f"{JGI}organisatie/grjr")
    assert (URIRef(f"{JGI}organisatie/so0842"), None, None) not in graph
    assert graph.value(grjr, SKOS.prefLabel) == Literal(
        "Gemeenschappelijke Regeling Jeugdhulp Rijnmond", lang="nl"
    )
    # the region list's name for JZ10 is merged into the project's region IJmond
    ijmond = URIRef(f"{JGI}jeugdregio/ijmond")
    assert (URIRef(f"{JGI}jeugdregio/ijmond-midden-kennemerland"), None, None) not in graph
    assert graph.value(ijmond, SKOS.prefLabel) == Literal("IJmond", lang="nl")
    # a dissolved municipality is known, with its successor, but is no member of a region
    assert graph.value(gemeente("gm0501"), JG.opgevolgdDoor) == gemeente("gm1992")
    assert len(set(graph.objects(URIRef(f"{JGI}jeugdregio/rijnmond"), ORG.hasMember))) == 13
    assert len(list(graph.objects(gemeente("gm0518"), SKOS.prefLabel))) == 1
    entries = {(e.label, e.iri) for e in gazetteer(graph)}
    assert ("Brielle", str(gemeente("gm0501"))) in entries
    assert ("Drechtwerk", f"{JGI}organisatie/so0298") in entries


def test_an_imported_region_table_replaces_memberships_and_drops_dissolved_members(tmp_path: Path) -> None:
    tooi = save_import(import_tooi(MINI_GEMEENTEN), tmp_path, MINI_GEMEENTEN)
    cbs = save_import(import_regions(MINI_CBS), tmp_path, MINI_CBS)
    graph = load_reference_graph(extra=[cbs, tooi])
    rijnmond = URIRef(f"{JGI}jeugdregio/rijnmond")
    # Voorschoten is in Haaglanden in this (2016) table: the import overrides the project's table
    assert set(graph.objects(gemeente("gm0626"), ORG.memberOf)) == {URIRef(f"{JGI}jeugdregio/haaglanden")}
    assert gemeente("gm0626") not in set(
        graph.objects(URIRef(f"{JGI}jeugdregio/holland-rijnland"), ORG.hasMember)
    )
    # Brielle ended in 2022 (TOOI), so the 2016 table's membership of Brielle is not stated
    assert not set(graph.objects(gemeente("gm0501"), ORG.memberOf))
    assert len(set(graph.objects(rijnmond, ORG.hasMember))) == 13
    assert (URIRef(f"{JGI}jeugdregio/jz29"), None, None) not in graph


def test_save_import_is_deterministic_and_kept_beside_the_store(tmp_path: Path) -> None:
    first = save_import(import_tooi(MINI_SO), tmp_path, MINI_SO).read_bytes()
    second = save_import(import_tooi(MINI_SO), tmp_path, MINI_SO)
    assert second == tmp_path / "imports" / "mini-samenwerkingsorganisaties.nt"
    assert second.read_bytes() == first
    assert import_files(tmp_path) == [second]
    assert Graph().parse(second, format="nt").isomorphic(import_tooi(MINI_SO))


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is leeg"),
        (b"gemeentecode,naam\nGM0622,Vlaardingen\n", "is geen JSON (fout op regel 1, kolom 1)"),
        (b'{"titel": "gemeenten"}', "is JSON maar geen lijst van JSON-LD-objecten"),
        (b"[1, 2, 3]", "is JSON maar geen lijst van JSON-LD-objecten"),
        (
            b'[{"@id": "https://example.org/x", "http://schema.org/name": [{"@value": "x"}]}]',
            "bevat geen gemeenten of samenwerkingsorganisaties",
        ),
        (
            b'{"@context": "https://example.org/context.jsonld", "@graph": [{"@id": "x"}]}',
            "verwijst naar een @context op het internet",
        ),
        ('[{"naam": "Súdwest"}]'.encode("latin-1"), "is geen UTF-8-tekst"),
    ],
)
def test_a_file_that_is_no_tooi_list_is_refused_in_one_sentence(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "lijst.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        import_tooi(path)
    message = str(caught.value)
    assert expected in message and message.startswith("lijst.json")
    assert one_sentence(message)


def test_a_tooi_municipality_without_code_is_refused(tmp_path: Path) -> None:
    items = json.loads(MINI_GEMEENTEN.read_text(encoding="utf-8"))
    for item in items:
        item.pop("https://identifier.overheid.nl/tooi/def/ont/gemeentecode", None)
        item.pop("https://identifier.overheid.nl/tooi/def/ont/organisatiecode", None)
    path = tmp_path / "zonder-code.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    with pytest.raises(InputError, match="heeft geen geldige gemeentecode") as caught:
        import_tooi(path)
    assert one_sentence(str(caught.value))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is leeg"),
        (
            b"code,naam,regio\nGM0622,Vlaardingen,JZ29\n",
            "heeft niet de goede kolommen (gevonden: code, naam, regio)",
        ),
        (b"gemeentecode,jeugdzorgregio_code\n", "bevat alleen een kopregel"),
        (
            b"gemeentecode,jeugdzorgregio_code\nGM0622,Rijnmond\n",
            "regel 2: 'Rijnmond' is geen CBS-jeugdregiocode",
        ),
        (
            b"gemeentecode,jeugdzorgregio_code\nVlaardingen,JZ29\n",
            "regel 2: 'Vlaardingen' is geen CBS-gemeentecode",
        ),
        (
            b"gemeentecode,jeugdzorgregio_code\nGM0622,JZ29\nGM0622,JZ24\n",
            "regel 3: gemeente GM0622 staat op regel 2 al in jeugdregio JZ29",
        ),
        (
            "gemeentecode,gemeentenaam,jeugdzorgregio_code\nGM1900,Súdwest-Fryslân,JZ02\n".encode("cp1252"),
            "is geen UTF-8-tekst",
        ),
        (
            b"gemeentecode,jeugdzorgregio_code,tooi_uri\nGM0622,JZ29,https://identifier.overheid.nl/tooi/id/gemeente/gm0599\n",
            "hoort niet bij gemeente GM0622",
        ),
    ],
)
def test_a_bad_region_table_is_refused_in_one_sentence(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "regios.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        import_regions(path)
    message = str(caught.value)
    assert expected in message and message.startswith("regios.csv")
    assert one_sentence(message)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="bestaat niet"):
        import_tooi(tmp_path / "weg.json")
    with pytest.raises(InputError, match="bestaat niet"):
        import_regions(tmp_path / "weg.csv")


# --------------------------------------------------------------------------- the commands


def test_import_tooi_before_the_first_build_keeps_the_list_for_the_build(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["import-tooi", str(MINI_GEMEENTEN), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "Geïmporteerd: 3 gemeenten, waarvan 1 opgeheven." in result.output
    assert import_files(store) == [store / "imports" / "mini-gemeenten.nt"]


def test_import_regions_replaces_the_reference_graph_of_an_existing_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    db = open_store(store)
    db.add(
        ox.Quad(
            ox.NamedNode(f"{JGI}oud"),
            ox.NamedNode(f"{JGI}oud"),
            ox.Literal("x"),
            ox.NamedNode(GRAPH_REFERENCE),
        )
    )
    db.flush()
    del db  # release the store's lock for the command
    result = CliRunner().invoke(app, ["import-regions", str(MINI_CBS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "referentiegraaf in" in result.output
    db = ox.Store.read_only(str(store))
    ask = "ASK { GRAPH <%s> { %s } }"
    graph = GRAPH_REFERENCE
    assert not db.query(ask % (graph, f"<{JGI}oud> ?p ?o"))
    assert db.query(
        ask
        % (graph, f"<{JGI}gemeente/gm0626> <http://www.w3.org/ns/org#memberOf> <{JGI}jeugdregio/haaglanden>")
    )
    count = "SELECT (COUNT(?m) AS ?n) WHERE { GRAPH <%s> { <%s> <http://www.w3.org/ns/org#hasMember> ?m } }"
    # the table lists Brielle in Rijnmond, but the project's register tables say Brielle ended on
    # 2022-12-31: a municipality that no longer exists is no member today (the 13 current ones)
    assert next(iter(db.query(count % (graph, f"{JGI}jeugdregio/rijnmond"))))["n"].value == "13"


def test_a_bad_file_on_the_command_line_is_one_sentence_and_exit_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["import-tooi", str(MINI_CBS), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "Fout: mini_gemeente_jeugdzorgregio.csv is geen JSON" in " ".join(result.output.split())
    assert not (tmp_path / "store").exists()


# --------------------------------------------------------------------------- the published files


def test_real_tooi_municipality_list(opendata_dir: Path) -> None:
    graph = import_tooi(opendata_dir / "rwc_gemeenten_compleet_5.json")
    municipalities = set(graph.subjects(RDF.type, JG.Gemeente))
    ended = set(graph.subjects(JG.einddatum, None))
    assert len(municipalities - ended) == 342
    assert len(ended) == 263
    for code in ("gm0501", "gm0530", "gm0614"):  # Brielle, Hellevoetsluis, Westvoorne
        assert graph.value(gemeente(code), JG.einddatum) == Literal("2022-12-31", datatype=XSD.date)
        assert set(graph.objects(gemeente(code), JG.opgevolgdDoor)) == {gemeente("gm1992")}
    # Haaren was divided among four municipalities in 2021
    assert set(graph.objects(gemeente("gm0788"), JG.opgevolgdDoor)) == {
        gemeente(c) for c in ("gm0757", "gm0824", "gm0855", "gm0865")
    }


def test_real_tooi_joint_body_list(opendata_dir: Path) -> None:
    graph = import_tooi(opendata_dir / "rwc_samenwerkingsorganisaties_compleet_3.json")
    for code, name in (
        ("so0842", "Openbaar Lichaam Jeugdhulp Rijnmond"),
        ("so0030", "Dienst Gezondheid & Jeugd Zuid-Holland Zuid"),
        ("so0507", "Regio Holland Rijnland"),
        ("so1081", "Serviceorganisatie Zorg Holland Rijnland"),
    ):
        assert graph.value(URIRef(f"{JGI}organisatie/{code}"), SKOS.prefLabel) == Literal(name, lang="nl")
    summary = ImportSummary.of(graph)
    assert (summary.joint_bodies, summary.dissolved_bodies) == (383, 17)


def test_real_cbs_tables(opendata_dir: Path) -> None:
    table = import_regions(opendata_dir / "cbs_83287NED_2016_gemeente_jeugdzorgregio.csv")
    assert (ImportSummary.of(table).regions, ImportSummary.of(table).memberships) == (42, 390)
    listing = import_regions(opendata_dir / "cbs_jeugdregio_2025_list.csv")
    assert ImportSummary.of(listing).regions == 42


def test_real_2016_table_with_real_tooi_list_leaves_rijnmond_at_thirteen(
    opendata_dir: Path, tmp_path: Path
) -> None:
    """The 2016 table lists Brielle, Hellevoetsluis and Westvoorne in Rijnmond; the TOOI list says
    they ended in 2022, so the merged graph keeps only current members (Voorne aan Zee from ours)."""
    files = [
        save_import(
            import_regions(opendata_dir / "cbs_83287NED_2016_gemeente_jeugdzorgregio.csv"), tmp_path, "a"
        ),
        save_import(import_tooi(opendata_dir / "rwc_gemeenten_compleet_5.json"), tmp_path, "b"),
    ]
    graph = load_reference_graph(extra=files)
    assert len(set(graph.objects(URIRef(f"{JGI}jeugdregio/rijnmond"), ORG.hasMember))) == 13
    assert len(set(graph.subjects(RDF.type, JG.Jeugdregio))) == 42
    per_municipality = [
        len(set(graph.objects(m, ORG.memberOf))) for m in graph.subjects(RDF.type, JG.Gemeente)
    ]
    assert max(per_municipality) == 1
    assert not any(set(graph.objects(m, ORG.memberOf)) for m in graph.subjects(JG.einddatum, None))
