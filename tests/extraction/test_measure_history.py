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


def test_a_lobby_research_or_search_the_body_conducts_now_is_a_measure() -> None:
    lobby = "Daarnaast voeren we met de buurgemeenten een lobby naar het Rijk om meer geld te krijgen."
    assert _found(lobby) == [lobby]
    assert _found("Ook blijven de gemeenten lobbyen voor meer geld.") == [
        "Ook blijven de gemeenten lobbyen voor meer geld."]
    research = "Een onderzoeksbureau doet nu onderzoek naar de stijgende kosten van de jeugdhulp."
    assert _found(research) == [research]
    search = "De gemeente Oosterdijk is nu op zoek naar een projectleider."
    assert _found(search) == [search]
    # what another does or wants is not the body's act
    assert _found("De Inspectie doet onderzoek naar de jeugdzorgaanbieder.") == []
    assert _found("De partij wil lobbyen voor meer geld.") == []


def test_an_aim_a_reference_back_something_unnamed_or_a_council_meeting_is_no_measure() -> None:
    assert _found("We werken aan het verminderen van schulden bij jonge gezinnen.") == []
    assert _found("We werken aan het opstellen van een nieuwe nota jeugd.") == [
        "We werken aan het opstellen van een nieuwe nota jeugd."]
    assert _found("We gaan als gemeente, samen met de regio, hiermee aan de slag.") == []
    assert _found("Hoe dan ook zullen we iets moeten doen om de kosten te beheersen.") == []
    assert _found("Er komt nog een inspraakavond over de nieuwe verordening.") == []
    worker = "Er komt een extra jongerenwerker in de wijk."
    assert _found(worker) == [worker]


def test_one_of_the_solutions_the_sentence_before_names_is_a_measure() -> None:
    text = ("Volgens de wethouder zijn er oplossingen gevonden om het tekort te verkleinen. "
            "Een daarvan is een jeugdconsulent in elke school.")
    assert _found(text) == ["Een daarvan is een jeugdconsulent in elke school."]
    # one of the problems is no measure
    assert _found("Er zijn veel problemen. Een daarvan is de lange wachttijd.") == []


def test_an_act_reported_after_dat_or_with_its_verb_first_is_a_measure() -> None:
    reported = "De wethouder zegt dat de gemeente in 2032 een jeugdteam in elke wijk opent."
    assert _found(reported) == [reported]
    verb_first = "Om de kosten te beperken, stelt het college een budgetplafond in."
    assert _found(verb_first) == [verb_first]
    # what someone wants, and an act denied, are no measures
    assert _found("De fractie wil dat de gemeente extra jongerenwerkers inzet.") == []
    assert _found("De wethouder zegt dat de gemeente niet meer geld inzet.") == []
    assert _found("Om de kosten te beperken, stelt het college geen budgetplafond in.") == []


def test_what_other_municipalities_set_up_is_not_the_bodys_measure() -> None:
    assert _found("Andere gemeenten hebben een budgetplafond ingesteld.") == []
    assert _found("Veel zorgaanbieders hebben een wachtlijst ingesteld.") == []
    own = "Daarom heeft het college een meldpunt ingesteld."
    assert _found(own) == [own]
    regional = "De gemeenten in de regio hebben samen een expertteam opgericht."
    assert _found(regional) == [regional]


def test_what_the_body_will_do_with_its_verb_first_is_a_measure() -> None:
    inverted = "Met steun van de provincie gaat de gemeente daarom onderzoeken hoe de hulp beter kan."
    assert _found(inverted) == [inverted]
    # what befalls the body, a role or a duty is no act
    assert _found("Volgend jaar zal de gemeente op een tekort uitkomen.") == []
    assert _found("Met de nieuwe taken gaat de gemeente ook een grotere rol spelen.") == []
    assert _found("Wellicht zal de gemeente moeten bezuinigen.") == []


def test_measures_as_news_quotes_and_inverted_clauses_write_them() -> None:
    quoted = "'We gaan kritischer kijken naar de verwijzingen van huisartsen,' zegt de wethouder."
    assert _found(quoted) == [quoted]
    inverted = "Daarnaast start de gemeente in september met een pilot voor gezinscoaches."
    assert _found(inverted) == [inverted]
    money = "Het college trekt daarvoor 400.000 euro uit."
    assert _found(money) == [money]
    # what "we" want to know is a question, not an act; what the country spends is not the body's
    assert _found("'Wij willen weten waar de jongeren gaan wonen,' zegt het raadslid.") == []
    assert _found("Het Rijk trekt 300 miljoen euro uit.") == []


def test_a_reform_of_the_state_introduced_in_a_year_is_history_not_a_measure() -> None:
    assert find_measures(source_of("In 2015 is de decentralisatie Jeugd ingevoerd.")) == []
    assert find_measures(source_of("In 2015 is de Jeugdwet ingevoerd.")) == []
    assert len(find_measures(source_of("In 2023 is een nieuw inkoopmodel ingevoerd."))) == 1
