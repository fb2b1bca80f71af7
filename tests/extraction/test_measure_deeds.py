"""Measures by a concrete act the body has done or takes: the perfect of an act ("heeft een coördinator
aangesteld"), stopping something, research it commissions, people taken on, rules adjusted, work that
starts, a new service, something new its alderman announces, an intention with its act."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _measures(text: str) -> list[str]:
    return [m.span.text for m in find_measures(source_of(text))]


def test_a_concrete_act_done_is_a_measure() -> None:
    for sentence in ("De gemeente heeft een wachtlijstcoördinator aangesteld.",
                     "Het college heeft een nieuw contract gesloten met de aanbieders van dagbesteding.",
                     "De gemeente heeft de tarieven voor de kinderopvang verlaagd.",
                     "De regio heeft de aanbesteding gegund aan drie aanbieders.",
                     "De vijf gemeenten hebben de wachtlijst voor de toegang weggewerkt."):
        assert _measures(sentence) == [sentence], sentence


def test_an_act_in_a_describing_clause_a_condition_or_a_denial_is_none() -> None:
    for sentence in ("De contracten die de gemeente heeft gesloten, lopen eind dit jaar af.",
                     "Als de gemeente de tarieven heeft verlaagd, volgt een evaluatie.",
                     "De gemeente heeft geen nieuwe consulenten aangesteld.",
                     "Het kabinet heeft de tarieven verlaagd.",
                     "De aanbieders hebben de tarieven verhoogd."):
        assert _measures(sentence) == [], sentence


def test_what_the_body_stops_is_a_measure() -> None:
    for sentence in ("De gemeente stopt per 1 januari met de subsidie aan de speelotheek.",
                     "Wij stoppen met het project in de binnenstad."):
        assert _measures(sentence) == [sentence], sentence
    # another municipality by its name, or a minister, is no measure of this document's body
    for sentence in ("De gemeente Zuidhorn stopt met het geven van jeugdhulp.",
                     "De minister stopt met de subsidie."):
        assert _measures(sentence) == [], sentence


def test_research_the_body_commissions_is_a_measure() -> None:
    for sentence in ("Het college laat onderzoek doen naar de wachtlijsten.",
                     "De gemeente laat een extern onderzoek uitvoeren naar de kosten.",
                     "De wethouder laat onderzoeken of de teams kunnen worden samengevoegd."):
        assert _measures(sentence) == [sentence], sentence
    assert _measures("Het college laat weten dat het tekort oploopt.") == []


def test_people_taken_on_and_rules_adjusted_are_measures() -> None:
    for sentence in ("De gemeente neemt twee extra consulenten in dienst.",
                     "Daarom nemen wij drie jeugdverpleegkundigen in dienst.",
                     "De gemeente scherpt de regels voor de toegang aan.",
                     "Het college past de verordening aan zodat ouders minder lang wachten."):
        assert _measures(sentence) == [sentence], sentence
    assert _measures("We passen goed op onze kinderen.") == []


def test_work_that_starts_and_a_new_service_are_measures() -> None:
    for sentence in ("Per 1 maart gaat een nieuw jeugdteam van start in de wijk.",
                     "De pilot met praktijkondersteuners is in april van start gegaan.",
                     "Ouders kunnen vanaf september terecht bij een nieuw inlooppunt in het gemeentehuis."):
        assert _measures(sentence) == [sentence], sentence
    for sentence in ("Leerlingen kunnen terecht bij de mentor.", "De nieuwe raad gaat van start."):
        assert _measures(sentence) == [], sentence


def test_something_new_the_alderman_announces_is_a_measure() -> None:
    sentence = "Wethouder Jansen kondigt aan dat er een meldpunt voor ouders komt."
    assert _measures(sentence) == [sentence]
    for sentence in ("De SP zegt dat er een tekort komt.", "De wethouder zegt dat er geen extra geld komt."):
        assert _measures(sentence) == [], sentence


def test_an_intention_with_its_act_is_a_measure() -> None:
    for sentence in ("De wethouder wil de wachtlijsten aanpakken met een nieuw team.",
                     "Het college wil het contract met de stichting verlengen."):
        assert _measures(sentence) == [sentence], sentence
    assert _measures("We willen onze hulp dicht bij inwoners organiseren.") == []


def test_a_tender_or_a_contract_ended_in_the_future_is_a_measure() -> None:
    for sentence in ("Het contract met de aanbieder wordt per 1 januari 2027 opgezegd.",
                     "De ambulante zorg wordt volgend jaar opnieuw ingekocht."):
        assert _measures(sentence) == [sentence], sentence


def test_a_present_act_with_its_object_is_a_measure() -> None:
    for sentence in ("De gemeente sluit een convenant met de scholen in de wijk.",
                     "Het college maakt afspraken met de zorgaanbieders over de tarieven.",
                     "De gemeente biedt ouders vanaf nu gratis opvoedcursussen aan.",
                     "De gemeente ontwikkelt een nieuwe aanpak voor thuiszitters.",
                     "De gemeente beperkt het aantal aanbieders.",
                     "De wethouder heeft de opdracht gegeven om de wachtlijsten te onderzoeken.",
                     "Het college heeft een plan van aanpak opgesteld."):
        assert _measures(sentence) == [sentence], sentence


def test_a_present_act_denied_conditional_or_of_others_is_none() -> None:
    for sentence in ("De gemeente sluit niet uit dat de tarieven stijgen.",
                     "De gemeente biedt geen oplossing aan.",
                     "Het kabinet ontwikkelt een nieuwe wet.",
                     "De aanbieders maken afspraken met de scholen.",
                     "Als de gemeente afspraken maakt met de aanbieders, dalen de kosten.",
                     "De gemeente heeft opdracht gekregen om te bezuinigen."):
        assert _measures(sentence) == [], sentence


def test_something_new_built_in_a_stated_time_is_a_measure() -> None:
    sentence = "Volgend jaar wordt er een nieuw jongerencentrum gebouwd."
    assert _measures(sentence) == [sentence]


def test_a_passive_with_the_body_as_its_agent_or_a_stated_expansion_is_a_measure() -> None:
    for sentence in ("De subsidie aan de speeltuinvereniging wordt door het college verlengd.",
                     "Er wordt door de gemeente extra geld vrijgemaakt voor de jeugdhulp.",
                     "Het jongerenwerk wordt uitgebreid met twee medewerkers.",
                     "Het budget voor de schoolmaatschappelijk werkers wordt verhoogd met 2 miljoen euro."):
        assert _measures(sentence) == [sentence], sentence
    for sentence in ("Het aantal wachtenden wordt door de gemeente bijgehouden.",
                     "De wachttijd wordt door de aanbieders verlengd.",
                     "Het budget voor de jeugdzorg wordt gekort met 15 procent.",
                     "Het rijk past de verdeling aan, waardoor ons budget wordt verhoogd met 2 miljoen euro.",
                     "Het aantal kinderen met een indicatie wordt verhoogd met de instroom van nieuwkomers."):
        assert _measures(sentence) == [], sentence
