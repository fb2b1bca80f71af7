"""The learned models find decisions only where the rules found none, and then by threshold."""

from __future__ import annotations

from pathlib import Path

from jeugdgraph.extract import learnedstatements
from jeugdgraph.extract.resolutions import find_decisions
from jeugdgraph.facts import SourceText

_POINTS = (
    "{title} college week 12\n\n21-101 Subsidie jongerenwerk\n\n"
    " 1. De subsidie voor het jongerenwerk 2022 vast te stellen.\n 2. De raad hierover te informeren.\n\n"
    "Toelichting:\nHet jongerenwerk krijgt een nieuwe opdracht.\n"
)


def _source(text: str) -> SourceText:
    return SourceText(Path("x.txt"), "x", text, "text/plain")


def test_beside_the_rules_list_the_model_adds_nothing() -> None:
    source = _source(_POINTS.format(title="Besluitenlijst"))
    assert find_decisions(source) == find_decisions(source, learned=False) != []


def test_where_no_rule_reads_a_decision_the_model_takes_a_likely_point() -> None:
    source = _source(_POINTS.format(title="Verslag"))
    assert find_decisions(source, learned=False) == []
    found = [d.span.text for d in find_decisions(source)]
    assert any(text.endswith("De subsidie voor het jongerenwerk 2022 vast te stellen.") for text in found)
    assert not any("Toelichting" in text or "opdracht" in text for text in found)


def test_a_threshold_above_every_probability_takes_nothing() -> None:
    text = _POINTS.format(title="Verslag")
    scored = learnedstatements.scored(text, None)
    assert scored and learnedstatements.picked(scored, "decisions", [], 1.01) == []
