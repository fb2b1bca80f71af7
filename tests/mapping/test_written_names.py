"""A document states a name whose IRI is minted from it as it wrote it (``jg:geschrevenNaam``),
never as the official name: two documents spelling it differently cannot give it two."""

from __future__ import annotations

from pathlib import Path

from jeugdgraph.build import extract_file, reference_data
from jeugdgraph.mapping import map_document
from jeugdgraph.namespaces import JG_IRI

SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
ORG = "https://w3id.org/jeugdgraph/id/organisatie/stichting-jeugd-en-gezinsbeschermers-noord"
TEXT = ("Nieuws gemeente {plaats}\n\nDe gemeente {plaats} werkt samen met {naam} aan jeugdhulp. "
        "Later noemt het bericht {tweede} nog eens.\n")


def test_a_minted_organisation_carries_its_written_name_and_no_official_one(tmp_path: Path) -> None:
    path = tmp_path / "nieuws-leiden.txt"
    path.write_text(TEXT.format(plaats="Leiden", naam="Stichting Jeugd- en Gezinsbeschermers Noord",
                                tweede="Stichting Jeugd en Gezinsbeschermers Noord"), encoding="utf-8")
    _graph, entries = reference_data()
    quads = map_document(extract_file(path, entries)).quads
    about = {(q.predicate.value, q.object.value) for q in quads if q.subject.value == ORG}
    written = {o for p, o in about if p == JG_IRI + "geschrevenNaam"}
    assert written == {"Stichting Jeugd- en Gezinsbeschermers Noord"}  # the document's first spelling
    assert not any(p == SKOS_PREF for p, _ in about)
    # the municipalities keep their reference name: the document states none for them
    assert not any(q.predicate.value in (SKOS_PREF, JG_IRI + "geschrevenNaam")
                   and "/gemeente/" in q.subject.value for q in quads)
