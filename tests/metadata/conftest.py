"""Fixtures the metadata tests share: the gazetteer built once from the project's reference files."""

from __future__ import annotations

import pytest

from jeugdgraph.facts import GazetteerEntry
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.settings import REFERENCE_DIR


@pytest.fixture(scope="session")
def names() -> list[GazetteerEntry]:
    return gazetteer(load_reference_graph(REFERENCE_DIR))
