"""One official name per resource, however documents spell it: each document graph states the
name as written (``jg:geschrevenNaam``) and the derived graph chooses one ``skos:prefLabel`` (the
spelling most documents write, ties broken by character order), the same for any build order,
upload order or delete, and always equal to a recomputation."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from derived_graphs import derived, from_scratch

from jeugdgraph.build import build_store
from jeugdgraph.derived import GRAPH_DERIVED, recompute
from jeugdgraph.namespaces import GRAPH_REFERENCE, JG_IRI
from jeugdgraph.settings import Settings
from jeugdgraph.validation import validate_store
from jeugdgraph.writes import LiveTarget, WriteService

DOC = "https://w3id.org/jeugdgraph/id/document/"
PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
ORG = ox.NamedNode("https://w3id.org/jeugdgraph/id/organisatie/stichting-jeugd-en-gezinsbeschermers-noord")
HYPHEN = "Stichting Jeugd- en Gezinsbeschermers Noord"
CAPITAL = "Stichting Jeugd- En Gezinsbeschermers Noord"
JOINED = "Stichting Jeugd-en Gezinsbeschermers Noord"


def news(place: str, name: str) -> bytes:
    return f"Nieuws gemeente {place}\n\nDe gemeente {place} werkt samen met {name} aan jeugdhulp.\n".encode()


DOCUMENTS = {"leiden": news("Leiden", HYPHEN), "gouda": news("Gouda", CAPITAL),
             "zwolle": news("Zwolle", JOINED), "zeist": news("Zeist", JOINED)}


def official_names(store: ox.Store, iri: ox.NamedNode = ORG) -> list[tuple[str, str]]:
    """Every ``skos:prefLabel`` of ``iri`` in any graph: (graph, name)."""
    quads = store.quads_for_pattern(iri, PREF, None, None)
    return sorted((q.graph_name.value, q.object.value) for q in quads)


def count_names(store: ox.Store) -> set[str]:
    """The names beside the resource's 'genoemd' count (``jg:blokNaam``)."""
    rows = store.query(f"""SELECT ?naam WHERE {{ GRAPH <{GRAPH_DERIVED}> {{
        ?b <{JG_IRI}blokSoort> "genoemd" ; <{JG_IRI}blokSleutel> {ORG} ; <{JG_IRI}blokNaam> ?naam }} }}""")
    return {row["naam"].value for row in rows}  # type: ignore[union-attr]


@pytest.fixture
def service(seed_store: ox.Store, tmp_path: Path) -> WriteService:
    copy = ox.Store()
    copy.extend(seed_store.quads_for_pattern(None, None, None, None))
    return WriteService(LiveTarget(copy), settings=Settings(audit_log=tmp_path / "audit.jsonl"))


def store_of(service: WriteService) -> ox.Store:
    target = service.target
    assert isinstance(target, LiveTarget)
    return target.store


def upload(service: WriteService, *slugs: str) -> ox.Store:
    for slug in slugs:
        assert service.add_document(f"{slug}.txt", DOCUMENTS[slug], {}).outcome == "created"
    return store_of(service)


@pytest.mark.parametrize("order", [("leiden", "gouda"), ("gouda", "leiden")])
def test_two_spellings_give_one_official_name_whatever_the_upload_order(service: WriteService, order) -> None:
    store = upload(service, *order)
    # a tie (one document each) goes to the first in character order: "E" before "e"
    assert official_names(store) == [(GRAPH_DERIVED, CAPITAL)]
    assert count_names(store) == {CAPITAL}
    assert derived(store) == from_scratch(store)
    report = validate_store(store)
    assert report.conforms, report.text()


def test_a_build_chooses_as_the_writes_do_in_either_order(tmp_path: Path) -> None:
    folders = []
    for slug in ("leiden", "gouda"):
        folder = tmp_path / slug
        folder.mkdir()
        (folder / f"{slug}.txt").write_bytes(DOCUMENTS[slug])
        folders.append(folder)
    for n, order in enumerate((folders, folders[::-1])):
        built = build_store(order, tmp_path / f"store-{n}")
        assert built.validation is not None and built.validation.conforms
        store = ox.Store.read_only(str(built.store_dir))
        assert official_names(store) == [(GRAPH_DERIVED, CAPITAL)]
        assert derived(store) == from_scratch(store)


def test_the_spelling_most_documents_write_wins_and_a_delete_moves_or_removes_it(
    service: WriteService,
) -> None:
    store = upload(service, "leiden", "zwolle", "zeist")
    assert official_names(store) == [(GRAPH_DERIVED, JOINED)]  # two documents against one
    assert count_names(store) == {JOINED}
    assert derived(store) == from_scratch(store)
    service.delete_document("zwolle")  # one each: the space after the hyphen comes before the "e"
    assert official_names(store) == [(GRAPH_DERIVED, HYPHEN)]
    assert count_names(store) == {HYPHEN}
    assert derived(store) == from_scratch(store)
    service.delete_document("leiden")  # the spelling in use goes: the name moves to the other
    assert official_names(store) == [(GRAPH_DERIVED, JOINED)]
    assert count_names(store) == {JOINED}
    assert derived(store) == from_scratch(store)
    assert validate_store(store).conforms
    service.delete_document("zeist")  # the last mention: no name is left
    assert official_names(store) == []
    assert derived(store) == from_scratch(store)


def test_a_resource_the_reference_data_names_keeps_its_one_reference_name(seed_store: ox.Store) -> None:
    leiden = ox.NamedNode("https://w3id.org/jeugdgraph/id/gemeente/gm0546")
    assert official_names(seed_store, leiden) == [(str(GRAPH_REFERENCE), "Leiden")]
    store = ox.Store()
    store.extend(seed_store.quads_for_pattern(None, None, None, None))
    # a document that wrote another spelling of it (as a hand-made graph could) names it no second time
    store.add(ox.Quad(leiden, ox.NamedNode(JG_IRI + "geschrevenNaam"), ox.Literal("Leyden", language="nl"),
                      ox.NamedNode(DOC + "hand-gemaakt")))
    store.update(recompute())
    assert official_names(store, leiden) == [(str(GRAPH_REFERENCE), "Leiden")]
