"""Measures by the act a sentence reports: cooperation kept up or taken up to an end, "we" after the verb,
and the points of a list opened by what the body will do."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _measures(text: str) -> list[str]:
    return [m.span.text for m in find_measures(source_of(text))]


def test_cooperation_kept_up_or_taken_up_to_an_end_is_a_measure() -> None:
    for sentence in ("De gemeente blijft samenwerken met de buurgemeenten bij de inkoop van crisiszorg.",
                     "Om de wachttijden te verkorten, werken de vijf gemeenten samen met de huisartsen."):
        assert _measures(sentence) == [sentence], sentence


def test_how_the_work_is_organised_is_no_measure() -> None:
    for sentence in ("Bij al deze taken werken we samen met scholen en sportclubs.",
                     "Voor de uitvoering van de Jeugdwet werkt de gemeente samen met een stichting."):
        assert _measures(sentence) == [], sentence


def test_an_act_of_we_with_its_verb_first_is_a_measure() -> None:
    for sentence in ("In maart organiseren we daarom een bijeenkomst voor alle ouders.",
                     "Het begrip eigen kracht werken we verder uit in het uitvoeringsplan."):
        assert _measures(sentence) == [sentence], sentence
    # an aim or a view with the verb first is none
    assert _measures("Zo houden we rekening met de wensen van ouders.") == []


def test_the_points_of_a_list_opened_by_what_the_body_will_do_are_measures() -> None:
    text = ("De evaluatie laat zien dat de gemeente de komende jaren vooral gaat investeren in:\n\n"
            "  • Preventie in de wijken.\n  • Steun aan mantelzorgers.\n\nDaarna volgt de begroting.\n")
    assert _measures(text) == ["Preventie in de wijken.", "Steun aan mantelzorgers."]
    # what befalls the body is no plan: its points are no measures
    befalls = text.replace("gaat investeren in:", "zal krijgen met:")
    assert _measures(befalls) == []


def test_consent_informing_the_council_and_an_aim_are_no_measures() -> None:
    for sentence in ("Met dat vertrouwen gaan we akkoord met het voorstel van het college.",
                     "Begin 2032 wordt de gemeenteraad verder geïnformeerd over de inkoop.",
                     "Zo werken we aan het normaliseren van opvoedvragen."):
        assert _measures(sentence) == [], sentence
    table = ("Wat gaan we daarvoor doen?\n\nWe zorgen ervoor dat elke inwoner zich welkom voelt\n\n"
             "We bieden taallessen aan nieuwkomers\n\nWat gaat het kosten?\n")
    assert _measures(table) == ["We bieden taallessen aan nieuwkomers"]


def test_a_plan_an_example_of_the_measures_and_a_quantified_change_are_measures() -> None:
    for sentence in ("Daarbij komt dat het voornemen is om meer in te zetten op preventie in de wijk.",
                     "De toeristenbelasting wordt met 3% verhoogd."):
        assert _measures(sentence) == [sentence], sentence
    text = "Het college neemt een aantal maatregelen. Zo gaan consulenten de huisartsen ondersteunen."
    assert _measures(text) == ["Zo gaan consulenten de huisartsen ondersteunen."]
    # an example after a sentence that names no measures is none
    assert _measures("Het tekort stijgt. Zo gaan veel kinderen naar de jeugdzorg.") == []


def test_what_the_municipalities_will_do_with_the_verb_first_and_a_search_in_the_passive() -> None:
    for sentence in ("Waar nodig zullen de zes gemeenten andere zorgaanbieders de ruimte geven.",
                     "Gezocht wordt naar woonplekken voor jongeren in de regio.",
                     "Er wordt gezocht naar een nieuwe locatie voor het jongerencentrum."):
        assert _measures(sentence) == [sentence], sentence
    # what befalls them is none
    assert _measures("Volgend jaar zullen de gemeenten een groter tekort hebben.") == []


def test_an_annual_account_s_column_of_what_was_done_gives_its_rows_in_the_perfect() -> None:
    text = ("Wat willen we bereiken?\n\nKortere wachttijden.\n\nWat hebben we daarvoor gedaan?\n\n"
            "We hebben de toegang tot jeugdhulp versterkt.\n\nWe hebben gezien dat de vraag stijgt.\n\n"
            "Wat heeft het gekost?\n\nWe hebben meer uitgegeven dan begroot.\n")
    assert _measures(text) == ["We hebben de toegang tot jeugdhulp versterkt."]


def test_a_plan_the_body_announces_it_will_bring_is_a_measure() -> None:
    for sentence in ("Het college komt voor de zomer met een plan van aanpak voor de wachtlijsten.",
                     "Eind maart komt de gemeente met een actieplan tegen schooluitval."):
        assert _measures(sentence) == [sentence], sentence
    assert _measures("Na de vakantie komen we met een datum voor de bijeenkomst.") == []


def test_what_the_municipalities_named_by_region_or_names_will_do_is_a_measure() -> None:
    for sentence in ("De gemeenten in de regio Oosterdijk gaan samen een expertteam oprichten.",
                     "De gemeenten Oosterdijk, Westerveen en Zuidhorn gaan de inkoop bundelen."):
        assert _measures(sentence) == [sentence], sentence
    for sentence in ("De gemeenten in de regio Oosterdijk zullen een groter tekort hebben.",
                     "De gemeenten in de regio Oosterdijk gaan niet bezuinigen op het jongerenwerk.",
                     "Daarom zullen de gemeenten geen nieuwe zorg inkopen."):
        assert _measures(sentence) == [], sentence


def test_a_joint_project_the_partners_start_is_a_measure_but_not_a_party_s() -> None:
    sentence = "Drie zorgaanbieders en de gemeente starten daarom een proef met wijkcoaches."
    assert _measures(sentence) == [sentence]
    assert _measures("De SP en GroenLinks starten samen een project om handtekeningen te verzamelen.") == []
