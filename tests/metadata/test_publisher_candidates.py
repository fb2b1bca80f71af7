"""The municipalities a document names, as candidates for its publisher, and their features."""

from __future__ import annotations

from jeugdgraph.extract.learnedpublishers import model_publisher
from jeugdgraph.extract.publishercandidates import publisher_candidates
from jeugdgraph.extract.structure import lines

_KNOWN = {"Ermelo": "gm:ermelo", "Bergen": "gm:bergen", "Nijkerk": "gm:nijkerk", "Den Haag": "gm:denhaag"}


def _candidates(text: str, kind: str = "beleidsplan") -> dict[str, frozenset[str]]:
    return {c.iri: c.features for c in publisher_candidates(lines(text), kind, _KNOWN.get)}


def test_a_cover_letterhead_and_a_later_mention_are_candidates_with_where_and_how_they_are_named() -> None:
    found = _candidates("Gemeente Ermelo\nNota jeugdbeleid 2024\nWij werken samen met Nijkerk en Den Haag "
                        "aan een betere jeugdhulp voor alle kinderen in de regio.")
    assert list(found) == ["gm:ermelo", "gm:nijkerk", "gm:denhaag"]
    cover = found["gm:ermelo"]
    assert {"line:0", "w-1:gemeente", "body-before", "rank:first", "short-line", "kind:beleidsplan"} <= cover
    assert {"in-prose", "rank:2", "w-1:met", "n:4"} <= found["gm:nijkerk"]
    assert "w-1:en" in found["gm:denhaag"]  # a name of two words is found whole


def test_a_name_mentioned_more_often_is_the_most_named() -> None:
    found = _candidates("Bergen\nIn Bergen en Ermelo\nBergen, 3 maart 2020")
    assert {"most", "count:4", "alone"} <= found["gm:bergen"]
    assert "most" not in found["gm:ermelo"]


def test_a_text_that_names_no_municipality_gets_no_publisher() -> None:
    assert _candidates("Nota jeugdbeleid\nDe raad besluit.") == {}
    assert model_publisher(lines("Nota jeugdbeleid\nDe raad besluit."), "beleidsplan", _KNOWN.get) is None


def test_only_a_plan_or_a_regulation_gets_its_publisher_from_the_model() -> None:
    motion = "Motie Gemeente Ermelo\nGemeente Ermelo\nDe raad van Ermelo verzoekt het college."
    assert model_publisher(lines(motion), "motie", _KNOWN.get) is None
