"""The same document as text, HTML, Markdown or PDF gives the same facts (offsets aside)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from jeugdgraph.extract import extract_document
from jeugdgraph.extract.matching import fold
from jeugdgraph.facts import ExtractedDocument
from jeugdgraph.readers import read_document
from jeugdgraph.settings import PROJECT_ROOT

from .conftest import SEED_PATHS, VELSEN

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def facts(document: ExtractedDocument) -> dict[str, object]:
    """What a document states, without where: comparable across formats."""
    return {
        "kind": document.metadata.kind,
        "title": document.metadata.title,
        "mentions": sorted({(m.kind, m.iri) for m in document.mentions}),
        "persons": sorted((p.name, p.role) for p in document.persons),
        "decisions": [(d.number, fold(d.span.text), d.adopts, d.deadline) for d in document.decisions],
        "assignments": [(a.number, fold(a.span.text), a.deadline) for a in document.assignments],
        "measures": [fold(m.span.text) for m in document.measures],
        "amounts": [(a.value, a.percentage, a.concerns) for a in document.amounts],
        "dated": sorted(str(d.date or d.duration) for d in document.dated),
        "themes": sorted({t.theme for t in document.themes}),
    }


@pytest.mark.parametrize("name", ["velsen-motie.html", "velsen-motie.md", "velsen-motie.pdf"])
def test_velsen_motion_in_another_format_gives_the_same_facts(extracted, entries, name: str) -> None:
    other = extract_document(read_document(FIXTURES / "documents" / name), gazetteer=entries)
    assert facts(other) == facts(extracted[VELSEN])
    assert len(other.assignments) == 3


def test_the_committed_extra_pdf_is_what_its_script_writes() -> None:
    script = FIXTURES / "make_extra_documents.py"
    spec = importlib.util.spec_from_file_location("make_extra_documents", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for source in sorted((FIXTURES / "extra_sources").glob("*.txt")):
        committed = FIXTURES / "documents" / "extra" / f"{source.stem}.pdf"
        assert committed.read_bytes() == module.pdf_of(source)


def test_the_extra_pdf_is_read_as_text_with_its_facts(extracted) -> None:
    document = extracted["raadsvoorstel_haarlem_verordening_jeugdhulp"]
    assert document.source.media_type == "application/pdf"
    assert [d.number for d in document.decisions] == [1, 2, 3, 1, 2, 3]
    assert {p.metadata.kind for p in document.parts} == {"raadsvoorstel", "raadsbesluit"}


def test_seed_paths_are_the_five_seeds() -> None:
    assert [Path(p).stem[:3] for p in SEED_PATHS] == ["000", "001", "002", "003", "004"]
