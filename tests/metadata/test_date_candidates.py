"""The full dates a document states, as candidates for its own date, and their features."""

from __future__ import annotations

from datetime import date

from jeugdgraph.extract.datecandidates import date_candidates
from jeugdgraph.extract.learneddates import checked_date
from jeugdgraph.extract.structure import lines


def _candidates(text: str, kind: str = "brief") -> dict[date, frozenset[str]]:
    return {c.day: c.features for c in date_candidates(lines(text), kind)}


def test_a_dateline_of_a_place_and_a_day_is_a_candidate_standing_alone_after_a_comma() -> None:
    found = _candidates(
        "Gemeente Ermelo\nErmelo, 12 maart 2015\nGeacht college,\nPer 1 januari 2016 wijzigt de regeling."
    )
    assert set(found) == {date(2015, 3, 12), date(2016, 1, 1)}
    dateline = found[date(2015, 3, 12)]
    assert {"placecomma", "li:1", "ord:first", "kind:brief", "form:words"} <= dateline
    assert "day:earlier" in dateline and "yr:1" in dateline
    later = found[date(2016, 1, 1)]
    assert {"mk:effective", "ord:last", "day:latest"} <= later


def test_the_words_before_a_date_and_the_line_above_it_are_features() -> None:
    found = _candidates("Datum: 03-04-2024\nin vergadering bijeen\nop 5 maart 2024, 20:00 uur")
    assert {"colon", "b1:datum", "form:numeric"} <= found[date(2024, 4, 3)]
    assert {"b1:op", "time"} <= found[date(2024, 3, 5)]
    assert "b1:^bijeen" in _candidates("in vergadering bijeen\n5 maart 2024")[date(2024, 3, 5)]


def test_a_day_without_its_year_is_no_candidate_and_no_date_is_invented() -> None:
    text = "Nieuws\nOp 20 januari besprak de raad de jeugdzorg."
    assert _candidates(text) == {}
    assert checked_date(lines(text), "nieuwsbericht", None, None) is None


def test_a_candidate_deep_in_a_long_flat_line_has_a_far_offset() -> None:
    text = "Titel " + "woorden " * 300 + "op 3 juni 2020 besloten"
    (features,) = _candidates(text).values()
    assert "off:4000" in features and "li:0" in features
