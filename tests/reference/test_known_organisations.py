"""The table of organisations no register holds: every name has an official source."""

from __future__ import annotations

from pathlib import Path

import pytest

from jeugdgraph.errors import InputError
from jeugdgraph.extract.organisations import KNOWN_NAMES_TABLE, known_names
from jeugdgraph.settings import REFERENCE_DIR


def test_every_row_names_a_body_and_an_official_page() -> None:
    names = known_names(REFERENCE_DIR)
    assert "Leger des Heils" in names and "William Schrikker Groep" in names
    text = (REFERENCE_DIR / KNOWN_NAMES_TABLE).read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        assert "https://" in line, line


def test_a_row_without_a_source_is_refused_in_dutch(tmp_path: Path) -> None:
    (tmp_path / KNOWN_NAMES_TABLE).write_text("naam,soort,bron\nZorgaanbieder Noord,jeugdhulpaanbieder,\n",
                                              encoding="utf-8")
    with pytest.raises(InputError, match="regel 2: elke organisatie heeft een naam en een bron"):
        known_names(tmp_path)
