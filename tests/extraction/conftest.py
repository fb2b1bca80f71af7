"""Fixtures for the extraction tests: the reference gazetteer and the seeds, read and extracted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from jeugdgraph.extract import extract_document
from jeugdgraph.facts import ExtractedDocument, GazetteerEntry, SourceText
from jeugdgraph.readers import read_document
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.settings import PROJECT_ROOT, SEEDS_DIR

SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))
EXTRA_DIR = PROJECT_ROOT / "tests" / "fixtures" / "documents" / "extra"
EXTRA_PATHS = sorted(p for p in EXTRA_DIR.iterdir() if p.suffix in {".txt", ".pdf", ".html", ".md"})
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"

VELSEN = "000_6433c76c45005ce2"
HILLEGOM = "001_1786b06549a818d4"
ALBLASSERDAM = "002_7fffa4e144c7ebb7"
PRESENTATION = "003_94e3ee821c6ac048"
VLAARDINGEN = "004_33a8688e64a59d40"


@pytest.fixture(scope="session")
def entries() -> list[GazetteerEntry]:
    return gazetteer(load_reference_graph())


@pytest.fixture(scope="session")
def sources() -> dict[str, SourceText]:
    return {source.slug: source for source in (read_document(p) for p in SEED_PATHS + EXTRA_PATHS)}


@pytest.fixture(scope="session")
def extracted(sources: dict[str, SourceText], entries: list[GazetteerEntry]) -> dict[str, ExtractedDocument]:
    return {slug: extract_document(source, gazetteer=entries) for slug, source in sources.items()}


def source_of(text: str, name: str = "fixture.txt") -> SourceText:
    """A small document written for a test."""
    return SourceText(path=Path(name), slug=Path(name).stem, text=text, media_type="text/plain")
