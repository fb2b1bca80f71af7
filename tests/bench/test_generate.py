"""The benchmark corpus generator: deterministic, all genres, the whole country, and documents
whose stated facts the extraction finds (so the benchmark measures real work)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import URIRef

from jeugdgraph.namespaces import JG, RDF
from jeugdgraph.settings import PROJECT_ROOT

_spec = importlib.util.spec_from_file_location("bench_generate", PROJECT_ROOT / "bench" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate
_spec.loader.exec_module(generate)


@pytest.fixture(scope="module")
def reference():  # noqa: ANN201
    return generate.load_reference()


def test_reference_spans_all_current_municipalities_and_regions(reference) -> None:
    assert len(reference.municipalities) == 342
    assert len(reference.regions) == 42
    assert len({m.cbs_code for m in reference.municipalities}) == 342
    by_code = {m.cbs_code: m for m in reference.municipalities}
    assert by_code["GM0622"].name == "Vlaardingen"
    assert by_code["GM0622"].region_code == "JZ29"
    assert len(reference.members("JZ29")) == 13
    assert {r.cbs_code for r in reference.regions} == {f"JZ{n:02d}" for n in range(1, 44) if n != 40}


def test_synthetic_names_fill_in_where_reference_files_are_missing(tmp_path: Path) -> None:
    filled = generate.load_reference(tmp_path)
    assert len(filled.municipalities) == 342
    assert len(filled.regions) == 42
    assert len({m.name for m in filled.municipalities}) == 342
    assert all(m.region_code in {r.cbs_code for r in filled.regions} for m in filled.municipalities)


def test_same_seed_gives_the_same_corpus_and_another_seed_another(reference) -> None:
    first = [(d.file_name, d.text) for d in generate.generate(40, 3, reference)]
    again = [(d.file_name, d.text) for d in generate.generate(40, 3, reference)]
    other = [(d.file_name, d.text) for d in generate.generate(40, 4, reference)]
    assert first == again
    assert first != other
    assert len({name for name, _ in first}) == 40


def test_a_small_corpus_is_the_start_of_a_larger_one(tmp_path: Path) -> None:
    small = generate.write_corpus(tmp_path / "small", 15, 9)
    large = generate.write_corpus(tmp_path / "large", 30, 9)
    assert [p.name for p in small] == [p.name for p in large[:15]]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(small, large, strict=False))


def test_every_genre_and_much_of_the_country_appears(reference) -> None:
    docs = list(generate.generate(600, 1, reference))
    genres = Counter(d.genre for d in docs)
    assert set(genres) == set(generate.GENRES)
    assert min(genres.values()) > 60
    assert len({d.municipality for d in docs}) > 250
    assert len({d.region for d in docs}) == 42
    assert len({d.date[:4] for d in docs}) >= 6
    motions = [d for d in docs if d.genre == "motie"]
    assert {d.assignments for d in motions} == {1, 2, 3, 4, 5}


def test_templates_write_the_phrases_of_the_seed_genres(reference) -> None:
    docs = list(generate.generate(200, 2, reference))
    motion = next(d for d in docs if d.genre == "motie" and d.deadlines)
    assert "We geven het college opdracht om:" in motion.text
    assert "kwartaal van" in motion.text
    proposal = next(d for d in docs if d.genre == "raadsvoorstel")
    assert "RAADSBESLUIT" in proposal.text and "Besluit:" in proposal.text
    assert "Regiovisie Jeugdhulp" in proposal.text
    letter = next(d for d in docs if d.genre == "raadsinformatiebrief")
    assert "€ " in letter.text
    assert all(Decimal(a) > 0 for a in letter.amounts)


def test_euro_and_quarter_helpers() -> None:
    assert generate.euro(400000) == "€ 400.000"
    assert generate.euro(1954000) == "€ 1.954.000"
    phrase, due = generate.quarter_deadline(2027, 3)
    assert phrase == "uiterlijk in het derde kwartaal van 2027"
    assert due.isoformat() == "2027-09-30"


# --- the extraction finds what the generated documents state --------------------------------------

JGI = "https://w3id.org/jeugdgraph/id/"


@pytest.fixture(scope="module")
def extracted(reference, tmp_path_factory):  # noqa: ANN001, ANN201
    """80 generated documents, each read, extracted and mapped by the real build pipeline."""
    from jeugdgraph.build import document_graph, reference_data
    from jeugdgraph.rdf_terms import rdflib_graph

    _graph, entries = reference_data()
    folder = tmp_path_factory.mktemp("generated")
    out = []
    for doc in generate.generate(80, 5, reference):
        path = folder / doc.file_name
        path.write_text(doc.text, encoding="utf-8")
        facts, quads = document_graph(path, entries)
        out.append((doc, facts, rdflib_graph(quads), URIRef(f"{JGI}document/{path.stem}")))
    return out


def _count(graph, cls) -> int:  # noqa: ANN001
    return len(set(graph.subjects(RDF.type, cls)))


def test_a_motion_with_k_assignments_gives_k_opdrachten_with_their_deadlines(extracted) -> None:
    motions = [(d, g) for d, _f, g, _iri in extracted if d.genre == "motie"]
    assert len(motions) > 15
    assert len({d.assignments for d, _g in motions}) >= 4
    for doc, graph in motions:
        assert _count(graph, JG.Opdracht) == doc.assignments, doc.file_name
        deadlines = sorted(str(o) for o in graph.objects(None, JG.deadline))
        assert deadlines == sorted(doc.deadlines), doc.file_name


def test_a_council_proposal_gives_its_decision_points_adopting_the_vision(extracted) -> None:
    proposals = [(d, g) for d, _f, g, _iri in extracted if d.genre == "raadsvoorstel"]
    assert len(proposals) > 10
    for doc, graph in proposals:
        assert _count(graph, JG.Besluit) == doc.decisions, doc.file_name
        assert sorted(str(o) for o in graph.objects(None, JG.deadline)) == sorted(doc.deadlines)


def test_a_letter_gives_every_amount_in_euros(extracted) -> None:
    letters = [(d, g) for d, _f, g, _iri in extracted if d.genre == "raadsinformatiebrief"]
    assert len(letters) > 10
    for doc, graph in letters:
        values = sorted(Decimal(str(v)) for v in graph.objects(None, JG.bedrag))
        assert values == sorted(Decimal(a) for a in doc.amounts), doc.file_name


def test_the_genre_and_the_laws_are_recognised(extracted) -> None:
    classes = {"motie": JG.Motie, "raadsvoorstel": JG.Raadsvoorstel,
               "raadsinformatiebrief": JG.Raadsinformatiebrief, "nieuwsbericht": JG.Nieuwsbericht}
    for doc, _facts, graph, iri in extracted:
        assert (iri, RDF.type, classes[doc.genre]) in graph, doc.file_name
        laws = {str(o).rsplit("/", 1)[1] for o in graph.objects(iri, JG.verwijstNaar)}
        assert set(doc.laws) <= laws, doc.file_name


def test_the_issuing_municipality_and_its_region_are_linked(extracted, reference) -> None:
    """Linking by name: all but a few (names shared by a region and a municipality) are found."""
    slugs = {r.cbs_code: r.slug for r in reference.regions}
    municipality_found = region_found = 0
    for doc, _facts, graph, iri in extracted:
        mentioned = set(graph.objects(iri, JG.noemt))
        municipality_found += URIRef(f"{JGI}gemeente/{doc.municipality.lower()}") in mentioned
        region_found += URIRef(f"{JGI}jeugdregio/{slugs[doc.region]}") in mentioned
    assert municipality_found >= 0.9 * len(extracted)
    assert region_found >= 0.9 * len(extracted)
