"""Whose amount it is, and its ceiling, as news and motions write them."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document

from .conftest import source_of


def _concerns(text: str) -> list[str | None]:
    _, entries = reference_data()
    found = extract_document(source_of(text), gazetteer=entries).amounts
    return [a.concerns.rsplit("/", 1)[-1] if a.concerns else None for a in found]


def test_an_amount_after_a_colon_is_the_value_of_the_clause_before_it() -> None:
    assert _concerns("Deventer verwacht het grootste tekort: 4 miljoen euro.") == ["gm0150"]
    assert _concerns("Zutphen rekent op een overschot: ruim 2 miljoen euro.") == ["gm0301"]
    # a colon that opens a clause of its own keeps its subject
    assert _concerns("Deventer verwacht het grootste tekort: de regio betaalt 4 miljoen euro.") == [None]


def test_an_amount_in_brackets_after_a_municipality_is_its_amount() -> None:
    assert _concerns("Ook Deventer (3 miljoen) en Zutphen (1,2 miljoen) verwachten een tekort.") == [
        "gm0150", "gm0301"]
    assert _concerns("Het tekort (3 miljoen) is groot.") == [None]


def test_a_ceiling_written_as_an_adjective_of_its_noun_is_a_maximum() -> None:
    _, entries = reference_data()
    text = "Het college mag tot een maximale hoogte van 250.000 euro bijdragen, en minstens 10.000 euro."
    found = extract_document(source_of(text), gazetteer=entries).amounts
    assert [(int(a.value or 0), a.qualifier) for a in found] == [(250000, "maximaal"), (10000, "minimaal")]
