"""Decisions as news and minutes tell them: who decided (the council, the college, a board) and how."""

from __future__ import annotations

import pytest

from jeugdgraph.extract.resolutions import find_decisions

from .conftest import source_of


def _told(text: str, kind: str | None = "nieuwsbericht") -> list[str]:
    return [d.span.text for d in find_decisions(source_of(text), kind=kind)]


@pytest.mark.parametrize("sentence", [
    "De gemeenteraad heeft op 4 juni de begroting 2033 gewijzigd vastgesteld.",
    "Het college heeft op 2 mei jl. besloten de subsidie aan de speeltuinen te verlengen.",
    "Het algemeen bestuur heeft de kadernota 2033 vastgesteld.",
    "Het Oosterdijkse college stemde gisteren in met een plan voor de wijkteams.",
    "De raad van Westerveen stemde vorige week in met het uitvoeringsprogramma jeugd.",
    "Het college stemt in met de regionale visie op jeugdhulp.",
    "Afgesproken is om uiterlijk eind 2033 met een gezamenlijk plan te komen.",
    "Aanleiding was het besluit van de gemeente om alleen nog spoedeisende zorg te vergoeden.",
])
def test_news_tells_a_decision_by_its_subject_and_verb(sentence: str) -> None:
    text = f"Oosterdijk - Goed nieuws voor de jeugd. {sentence} De wethouder is tevreden."
    assert _told(text) == [sentence]


@pytest.mark.parametrize("sentence", [
    # the background of what the text is about, not its news
    "Nu het college heeft besloten een budgetplafond in te stellen, vragen wij om uitleg.",
    # consent to a motion or proposal is its outcome
    "De raad stemde gisteren in met het voorstel van de wethouder.",
    # a passive with the council as agent in a relative clause, and an agreement told as history
    "Het plan, dat in mei door de gemeenteraad is vastgesteld, werkt goed.",
    "In 2031 is afgesproken om de parken minder vaak te maaien.",
    # a person who agrees is no body that decides
    "Jan stemde in met het idee van zijn buurman.",
    # a consent or decision denied
    "De oppositie in de raad stemde niet in met het plan.",
    "Het college heeft nog geen besluit genomen en heeft niet besloten de subsidie te verlengen.",
])
def test_background_outcomes_and_history_are_no_reported_decision(sentence: str) -> None:
    assert _told(f"Oosterdijk - {sentence} De wethouder is tevreden.") == []


def test_a_letter_to_the_council_that_informs_it_of_a_board_s_decision_records_none() -> None:
    text = "Het algemeen bestuur heeft op 3 juli de bestuursrapportage vastgesteld.\n"
    assert _told(text, kind="raadsinformatiebrief") == []
    assert _told(text, kind="nieuwsbericht") == [
        "Het algemeen bestuur heeft op 3 juli de bestuursrapportage vastgesteld."]


def test_a_headline_announces_the_decision_the_text_tells() -> None:
    told = "Oosterdijk - Het college stemde gisteren in met de regiovisie jeugd."
    text = f"College stemt in met regiovisie jeugd\n\n{told} De wethouder is tevreden.\n"
    assert _told(text) == [told]


@pytest.mark.parametrize("sentence", [
    # what was adopted, in the passive of a main clause
    "In de raadsvergadering van 8 november is het Startdocument Jeugd vastgesteld.",
    "Om één uur 's nachts werd na een korte schorsing en een stemming besloten het debat voort te zetten.",
    "In alle vijf gemeenten is het regionaal beleidsplan jeugd vastgesteld.",
    "Na een lang debat werd het voorstel afgekeurd.",
    # the verb before its subject, a province's council, a municipality, and the councils of a region
    "In maart heeft het algemeen bestuur van de GGD een pakket maatregelen vastgesteld.",
    "Provinciale Staten hebben op 19 mei ingestemd met de plannen voor de jeugdzorg.",
    "De gemeente Oosterdijk heeft besloten niet in te stemmen met het handelingskader.",
    "De colleges en gemeenteraden hebben besloten de regeling per 1 januari op te heffen.",
    "Als eerste hebben we als raad de nieuwe verordening jeugd vastgesteld.",
    # the present of a decision list's news
    "Het college neemt kennis van het transformatieplan jeugdhulp 2031.",
    "De raad stelt de verordening jeugdhulp 2031 vast.",
])
def test_news_tells_a_decision_in_the_passive_or_by_other_bodies(sentence: str) -> None:
    text = f"Oosterdijk - Goed nieuws voor de jeugd. {sentence} De wethouder is tevreden."
    assert _told(text) == [sentence]


@pytest.mark.parametrize("sentence", [
    # a finding, a rate, what is still to come, a relative clause, history, parliament, a motion's outcome
    "Er is vastgesteld dat de wachttijden te lang zijn.",
    "Het tarief is vastgesteld op 60 euro per uur.",
    "De visie is opnieuw bekeken en wordt later dit jaar vastgesteld.",
    "Een uitwerking is de wet die onlangs door de Eerste Kamer is vastgesteld.",
    "Destijds is de regiovisie vastgesteld.",
    "De raden van de gemeenten hebben in 2014 reeds besloten de jeugdhulp samen in te kopen.",
    "Het plan is nog niet vastgesteld.",
    "De wethouder neemt kennis van de zorgen van de ouders.",
    "Het college stelt vast dat de wachttijden te lang zijn.",
    "De motie over de wachtlijsten werd unaniem goedgekeurd.",
])
def test_findings_plans_to_come_and_history_are_no_passive_decision(sentence: str) -> None:
    assert _told(f"Oosterdijk - {sentence} De wethouder is tevreden.") == []


def test_under_a_decision_heading_the_council_s_act_in_the_present_is_the_decision() -> None:
    text = ("3. Besluitenlijsten\n\nBesluit\n\nDe raad stelt de besluitenlijst van 2 maart ongewijzigd "
            "vast\n\n4. Ingekomen stukken\n\nBesluit\n\n"
            "De raad schrijft een brief aan de staatssecretaris.\n")
    assert _told(text, kind="verslag") == [
        "De raad stelt de besluitenlijst van 2 maart ongewijzigd vast",
        "De raad schrijft een brief aan de staatssecretaris."]
    # what the council may or must do is no decision
    assert _told("Besluit\n\nDe raad wordt gevraagd een brief te schrijven\n", kind="verslag") == []
