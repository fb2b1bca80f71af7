"""Measures as news and reports tell them (``measurenews``): something new that comes after whatever opens
the sentence, agreements signed, money put in or set aside, tasks moved, the municipalities by their number
as the subject of an act, a body designated, a promise, talks, research done, a deficit covered, care bought
jointly, work done at the government's behest, a procurement that takes place, a project joined, a rule
that takes effect, acting together, meetings organised, the means tried, a choice made; and what is no
measure: a condition, a clause of cause, a denial, money that comes to the body, a law, an aim."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _measures(text: str) -> list[str]:
    return [m.span.text for m in find_measures(source_of(text))]


def test_acts_that_news_tells_are_measures() -> None:
    for sentence in (
        "Zo komt er per 1 september een inlooppunt voor ouders in het wijkcentrum.",
        "Op de scholen - de plek waar kinderen elke dag zijn - komt er een jeugdcoach.",
        "Eind oktober worden de nieuwe contracten met de aanbieders getekend.",
        "Met de huisartsen zal een convenant worden gesloten over de praktijkondersteuning.",
        "Op 3 mei zullen de provincie en zes gemeenten een convenant sluiten over de wachtlijsten.",
        "Twaalf gemeenten en vier aanbieders hebben een intentieverklaring getekend om de zorg te bundelen.",
        "Daarnaast wordt er geïnvesteerd in de opleiding van jeugdconsulenten.",
        "De taken van het serviceteam worden per 2027 ondergebracht bij de GGD.",
        "Alle 11 Overijsselse gemeenten hebben samen een inkoopstrategie ontwikkeld.",
        "In 2023 hebben de zeven gemeenten de aanbieders gecompenseerd met een subsidieregeling.",
        "De gemeente Oosterdijk is aangewezen als penvoerder van het regionale budget.",
        "De gemeente Zuidhorn krijgt het mandaat voor de uitvoering van de pilot.",
        "De wethouder beloofde een bijeenkomst met de ouders te organiseren.",
        "Nu gaat de gemeente, na de vaststelling, in gesprek met de aanbieders.",
        "Hierover zijn we in gesprek met de zorgverzekeraar.",
        "Met drie aanbieders voeren we nog gesprekken.",
        "We lobbyen samen met andere gemeenten voor meer geld.",
        "Er is onderzoek gedaan naar de wachttijden in de specialistische jeugdhulp.",
        "De raad gaat op zoek naar manieren om de kosten te beperken.",
        "De gemeente heeft uit de eigen middelen een deel van de tekorten gecompenseerd.",
        "Voor het programma is twee miljoen euro gereserveerd.",
        "Zij willen in 2027 ruim 4 miljoen euro extra uittrekken voor de wijkteams.",
        "De acht gemeenten in de regio kopen gezamenlijk de specialistische jeugdhulp in.",
        "Het inkoopbureau koopt namens alle gemeenten de jeugdzorg in.",
        "In 2019 ontwikkelden de gemeenten een regionaal inkoopkader.",
        "We werken de visie uit in jaarlijkse uitvoeringsplannen.",
        "Volgend jaar wordt gestart met een pilot voor praktijkondersteuners.",
        "Het bureau heeft in opdracht van de gemeenten een plan van aanpak opgesteld.",
        "Dit bedrag brengen wij ten laste van de reserve sociaal domein.",
        "De ondertekening van het convenant zal in maart plaatsvinden.",
        "Met de scholen wordt meegedaan aan het project Gezonde School.",
        "De gemeente doet mee aan een landelijke pilot voor gezinshuizen.",
        "De aangepaste verordening moet per 1 januari 2027 ingaan.",
        "Bij de inkoop trekt de gemeente regionaal op.",
        "Als twaalf gemeenten trekken we samen op bij de inkoop.",
        "In maart werden er twee bijeenkomsten voor ouders georganiseerd.",
        "We proberen de kosten te drukken door meer praktijkondersteuners in te zetten.",
        "Daarom zorgen we ervoor dat er een wachtlijstcoördinator komt.",
        "Samen hebben we ervoor gekozen om de wijkteams uit te breiden.",
        "We werken aan de Regionale Transformatie Agenda.",
    ):
        assert _measures(sentence) == [sentence], sentence


def test_a_condition_a_cause_a_denial_or_what_befalls_the_body_is_no_measure() -> None:
    for sentence in (
        "Als er een nieuw tekort komt, moet de raad opnieuw besluiten.",
        "In 2026 komt er ook extra geld naar de gemeente.",
        "Om dat te regelen komt er een nieuwe Jeugdwet.",
        "De wethouder zegt dat de kosten dalen als de nieuwe contracten worden afgesloten.",
        "De behandeling wordt niet vergoed omdat daar geen contracten mee zijn afgesloten.",
        "Het geld dat wordt geïnvesteerd in de wijkteams levert weinig op.",
        "Veel gemeenten hebben een budgetplafond ingesteld.",
        "De gemeenten hebben niet samen een visie ontwikkeld.",
        "De wethouder heeft de raad beloofd dat het goed komt.",
        "De tekorten zijn groot en de reserves raken op.",
        "Zij willen meer geld van het Rijk.",
        "De gemeente trekt aan de bel over de tekorten.",
        "We proberen de kosten te drukken.",
        "We zorgen ervoor dat kinderen veilig opgroeien.",
        "De verordening is per 1 januari 2015 ingegaan.",
    ):
        assert _measures(sentence) == [], sentence


def test_a_measure_spelled_out_by_whom_it_is_done_with() -> None:
    text = "Met twee aanbieders voeren we nog gesprekken. Dat doen we samen met de regio Twente."
    assert _measures(text) == [text]


def test_a_denial_a_preposition_a_relative_clause_a_question_or_the_association_is_no_measure() -> None:
    for sentence in (
        "Zo'n situatie zullen we nooit kunnen voorkomen.",
        "Daarmee zetten we een volgende stap in een lange traditie.",
        "Het is belangrijk dat de middelen die we investeren in de jeugdzorg goed terechtkomen.",
        "Welke wijzigingen wil het college gaan opnemen in de regiovisie.",
        "De Vereniging Nederlandse Gemeenten en het Rijk hebben afspraken gemaakt over de tarieven.",
    ):
        assert _measures(sentence) == [], sentence
    # the idiom of an effort stays a measure
    sentence = "We zetten alles in het werk om de wachttijden te verkorten."
    assert _measures(sentence) == [sentence]
