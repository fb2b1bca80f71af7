"""Measures told as a plan, a working group's examination, cuts, investments by the council, a tender, a
change in spending or a success of the municipalities; and a long line cut off where a retrieved text
stops, which is no heading."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _measures(text: str) -> list[str]:
    return [m.span.text for m in find_measures(source_of(text))]


def test_a_plan_or_intention_with_its_act_is_a_measure() -> None:
    for sentence in ("Het plan is om in 2027 een tweede inloophuis te openen in Oosterdijk.",
                     "De bedoeling is om beide teams vanaf volgend jaar samen te voegen tot één organisatie.",
                     "De bedoeling om de twee stichtingen samen te voegen tot één uitvoeringsorganisatie."):
        assert _measures(sentence) == [sentence], sentence


def test_a_plan_that_names_an_aim_is_no_measure() -> None:
    for sentence in ("De bedoeling is om kinderen sneller te helpen.",
                     "Het plan is om de wachttijden te verkorten.",
                     "Wat is het plan van de buurgemeente?"):
        assert _measures(sentence) == [], sentence


def test_a_working_group_that_examines_how_is_a_measure() -> None:
    for sentence in ("Een speciale werkgroep kijkt hoe de wachtlijsten korter kunnen worden.",
                     "De 'taskforce' jeugdhulp onderzoekt of de tarieven omlaag kunnen.",
                     "Een projectgroep gaat bekijken welke taken de gemeenten samen kunnen doen."):
        assert _measures(sentence) == [sentence], sentence


def test_a_working_group_that_only_meets_or_looks_back_is_no_measure() -> None:
    for sentence in ("De werkgroep kijkt terug op een goed jaar.",
                     "De stuurgroep vergadert vier keer per jaar."):
        assert _measures(sentence) == [], sentence


def test_cuts_the_body_makes_or_does_not_make_are_measures() -> None:
    for sentence in ("De gemeente bezuinigt niet op het jongerenwerk.",
                     "Daarom bezuinigt het college op de inhuur van adviseurs."):
        assert _measures(sentence) == [sentence], sentence
    # a condition is no act
    assert _measures("Als de gemeente bezuinigt op het jongerenwerk, worden de wijken onrustiger.") == []


def test_what_the_council_invests_in_is_a_measure() -> None:
    for sentence in ("Ook investeert de raad geld in speeltuinen en extra handhavers.",
                     "De gemeenteraad stemt in met de begroting en investeert in een nieuw zwembad."):
        assert _measures(sentence) == [sentence], sentence
    # a slogan of "we" with the verb first, or what the council asks, is none
    for sentence in ("Samen investeren we in onze jeugd.",
                     "De raad vindt dat het college te weinig investeert in sport."):
        assert _measures(sentence) == [], sentence


def test_a_tender_announced_is_a_measure() -> None:
    for sentence in ("Vanaf 2029 zal de jeugdhulp via een Europese aanbesteding worden ingekocht.",
                     "De ambulante hulp wordt opnieuw aanbesteed."):
        assert _measures(sentence) == [sentence], sentence
    assert _measures("De aanbesteding van vorig jaar liep vertraging op.") == []


def test_a_change_in_spending_is_a_measure() -> None:
    sentence = "Er wordt minder geld uitgegeven aan het maaien van bermen."
    assert _measures(sentence) == [sentence]
    assert _measures("Er wordt veel geld uitgegeven aan jeugdhulp.") == []


def test_what_the_municipalities_named_succeeded_in_doing_is_a_measure() -> None:
    sentence = ("De drie gemeenten Oosterdijk, Zuidhorn en Westerveen zijn erin geslaagd om een contract "
                "met de aanbieder te sluiten.")
    assert _measures(sentence) == [sentence]
    assert _measures("Veel jongeren zijn erin geslaagd om een baan te vinden.") == []


def test_a_long_line_cut_off_where_the_text_stops_is_no_heading() -> None:
    cut = ("Er wordt minder geld uitgegeven aan het maaien van bermen, de fonteinen worden "
           "niet meer aangezet en op zondag wordt niet m")
    assert _measures("De begroting is klaar.\n\nWaaraan besteedt de gemeente minder geld\n\n" + cut) == [cut]
    # a short heading alone on its line stays a heading
    assert _measures("Er wordt minder geld uitgegeven aan bermen\n\nDat staat in de begroting.") == []
