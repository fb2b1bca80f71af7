"""Whose amount it is: a place before a colon, a subordinate clause's subject, a sentence referring back."""

from __future__ import annotations

from pathlib import Path

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.facts import SourceText


def _concerns(text: str) -> list[str | None]:
    _, entries = reference_data()
    source = SourceText(path=Path("owners.txt"), slug="owners", text=text, media_type="text/plain")
    found = extract_document(source, gazetteer=entries).amounts
    return [a.concerns.rsplit("/", 1)[-1] if a.concerns else None for a in found]


def test_a_municipality_before_a_colon_owns_the_amount_after_it() -> None:
    assert _concerns("De tekorten lopen op. Dan Zutphen: bijna 3 miljoen tekort op jeugdzorg.") == ["gm0301"]


def test_the_subject_of_a_subordinate_clause_owns_its_amount() -> None:
    text = "Het kabinet maakte bekend dat Deventer voor 2025 eenmalig 4,5 miljoen euro krijgt."
    assert _concerns(text) == ["gm0150"]


def test_a_sentence_that_refers_back_names_whose_amount_it_was() -> None:
    assert _concerns("Door onze verslaggever\n\nDik 12 miljoen euro. Dat komt gemeente Zutphen tekort.") == [
        "gm0301"]
    # a sentence that speaks of several municipalities names no owner
    assert _concerns("Ruim 8 miljoen euro. Dat komen de gemeenten Zutphen en Deventer tekort.") == [None]
