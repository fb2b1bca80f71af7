"""A municipality's page signed by its alderman or mayor is the municipality's."""

from __future__ import annotations

from pathlib import Path

import pytest

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import GazetteerEntry, SourceText
from jeugdgraph.readers import normalise_text
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.settings import REFERENCE_DIR

ZWOLLE = "https://w3id.org/jeugdgraph/id/gemeente/gm0193"
COLUMN = (
    "Veel van onze inwoners doen mee in hun buurt. Dat zien we elke dag in Zwolle: buren helpen elkaar en "
    "jongeren vinden hun weg. Toch zijn er ook zorgen, en die pakken we samen aan.\n\n"
)


@pytest.fixture(scope="module")
def names() -> list[GazetteerEntry]:
    return gazetteer(load_reference_graph(REFERENCE_DIR))


def _publisher(text: str, names: list[GazetteerEntry]) -> str | None:
    source = SourceText(Path("column.txt"), "column", normalise_text(text), "text/plain")
    return extract_metadata(source, None, gazetteer=names)[0].publisher


def test_the_officers_sign_off_under_the_municipal_voice(names: list[GazetteerEntry]) -> None:
    assert _publisher(COLUMN + "Wethouder Anna de Vries\n", names) == ZWOLLE
    assert _publisher(COLUMN + "Burgemeester P. Bakker\n", names) == ZWOLLE


def test_no_sign_off_a_party_or_two_municipalities_name_no_issuer(names: list[GazetteerEntry]) -> None:
    assert _publisher(COLUMN + "Anna de Vries\n", names) is None
    # a party's site carries its alderman's writing too
    assert (
        _publisher(COLUMN.replace("in Zwolle", "in Zwolle, zegt de VVD") + "Wethouder Anna de Vries\n", names)
        is None
    )
    assert (
        _publisher(COLUMN.replace("in Zwolle", "in Zwolle en Kampen") + "Wethouder Anna de Vries\n", names)
        is None
    )
    # the sign-off in the middle of the page is no sign-off
    assert _publisher("Wethouder Anna de Vries\n\n" + COLUMN, names) is None


def test_a_sentences_first_word_is_no_place(names: list[GazetteerEntry]) -> None:
    # "Buren" opens a sentence: it names no second municipality
    text = COLUMN + "Buren helpen elkaar.\n\nWethouder Anna de Vries\n"
    assert _publisher(text, names) == ZWOLLE
