"""The metadata of an invented text, read as a user's plain-text upload (helper of the metadata tests)."""

from __future__ import annotations

from pathlib import Path

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import DocumentMetadata, GazetteerEntry, SourceText
from jeugdgraph.readers import normalise_text


def metadata_of(text: str, names: list[GazetteerEntry]) -> DocumentMetadata:
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
    return extract_metadata(source, None, gazetteer=names)[0]
