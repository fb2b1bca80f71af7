"""Measures of work under way or taken up together: a region by its name, working together on an act,
research under way, an effort to an act, a contract signed, care bought on a basis, what is meant to be
done, an expansion; and what is no measure: work in the whole country, the chair moving through the
agenda, an observation."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _measures(text: str) -> list[str]:
    return [m.span.text for m in find_measures(source_of(text))]


def test_work_taken_up_together_or_under_way_is_a_measure() -> None:
    for sentence in ("De regio Westerkwartier gaat samen met aanbieders samenwerken om dit te voorkomen.",
                     "Sinds 2021 werken de regio's samen met een aanbieder aan het ombouwen van de zorg.",
                     "Samen met de scholen werken we aan een nieuwe manier van signaleren.",
                     "Om de aanpak te versterken, werken de gemeenten en de scholen nauw met elkaar samen.",
                     "Er loopt een regionaal onderzoek naar de stijgende kosten per cliënt.",
                     "De gemeente probeert de vrijwilligers te verbinden met de wijkteams.",
                     "Op dinsdag ondertekenden ze het contract voor de komende vier jaar.",
                     "Op basis van deze visie vindt de inkoop plaats.",
                     "Het is de bedoeling dat de gemeente de ouders actief betrekt bij het beleid.",
                     "Het jongerenwerk wordt uitgebreid.",
                     "De ambulante hulp wordt verder uitgewerkt via ontwikkelcontracten.",
                     "Er is meer aandacht voor de wijkteams en er komt een nieuw meldpunt."):
        assert _measures(sentence) == [sentence], sentence


def test_an_aim_the_whole_country_the_chair_or_an_observation_is_no_measure() -> None:
    for sentence in ("Samen met de ouders werken we aan een gezonde jeugd.",
                     "De gemeente probeert de kosten te beperken.",
                     "In Nederland wordt hard gewerkt aan het afbouwen van de gesloten jeugdzorg.",
                     "Dan gaan we verder, dames en heren, met agendapunt 7.",
                     "Het college stelt vast dat de voorzieningen in artikel 2 beschikbaar zijn.",
                     "De zorgvraag neemt toe, waardoor het aanbod wordt uitgebreid.",
                     "Het aanbod is uitgebreid en de wachtlijst is korter."):
        assert _measures(sentence) == [], sentence


def test_a_plan_drawn_up_together_and_a_measure_spelled_out_by_what_it_means() -> None:
    sentence = "In 2030 stellen de gemeenten, de aanbieders en de scholen samen de Regiovisie Jeugd op."
    assert _measures(sentence) == [sentence]
    text = ("Samen met de aanbieders werken we aan een andere werkwijze. Dat betekent onder andere vroeg "
            "signaleren en één plan per gezin.")
    assert _measures(text) == [text]
    # what follows from it is no part of the measure
    consequence = "Samen met de aanbieders werken we aan een andere werkwijze. Dat betekent dat het duurt."
    assert _measures(consequence) == [consequence.split(". ")[0] + "."]


def test_regions_written_with_a_typographic_apostrophe_work_together() -> None:
    sentence = "Sinds 2021 werken de twee regio\u2019s samen met een aanbieder aan het ombouwen van de zorg."
    assert _measures(sentence) == [sentence]
