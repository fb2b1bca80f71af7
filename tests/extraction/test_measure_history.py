"""What happened before, and whose act it was: background is no measure."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _found(text: str) -> list[str]:
    return [m.span.text for m in find_measures(source_of(text))]


def test_a_body_or_fund_founded_in_a_year_is_history_not_a_measure() -> None:
    assert _found("Stichting Jeugdpunt is in 2016 gestart als nieuwe organisatie voor de regio.") == []
    assert _found("In 2019 is een landelijk fonds voor gemeenten met tekorten ingesteld.") == []
    assert _found("Op verzoek van de raad is in 2020 het dossier Jeugd opgericht.") == []


def test_a_plan_drawn_up_in_a_year_stays_a_measure() -> None:
    text = "Op basis van de visie zijn in 2023 een inkoopplan en een werkagenda opgesteld."
    assert _found(text) == [text]
