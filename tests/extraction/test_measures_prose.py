"""Measures from prose: who does what, in which tense, and what is no measure (aims, opinions, proposals)."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.resolutions import find_decisions
from jeugdgraph.extract.statements import (
    find_measures,
)

from .conftest import source_of


def test_what_the_college_the_municipality_or_the_alderman_will_do_or_decided_is_a_measure() -> None:
    text = ("De gemeente gaat jeugdconsulenten inzetten op alle scholen. "
            "Het college heeft besloten een wachtlijstbemiddelaar aan te stellen. "
            "Het college zet in op een regionale inkoop van crisiszorg. "
            "De wethouder steunt het plan: zij gaat nu actief op zoek naar sportclubs. "
            "De gemeente gaat ervan uit dat het tekort daalt. Het college zet in op preventie.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De gemeente gaat jeugdconsulenten inzetten op alle scholen.",
        "Het college heeft besloten een wachtlijstbemiddelaar aan te stellen.",
        "Het college zet in op een regionale inkoop van crisiszorg.",
        "De wethouder steunt het plan: zij gaat nu actief op zoek naar sportclubs.",
    ]


def test_something_new_that_comes_and_money_put_into_something_are_measures() -> None:
    text = ("Er komt een wachtlijstcoördinator voor de regio. De gemeente investeert 2 miljoen euro in "
            "preventie. Er komt geen einde aan. Volgens het rapport komt er een tekort. "
            "Daarom komen er extra jongerenwerkers.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Er komt een wachtlijstcoördinator voor de regio.",
        "De gemeente investeert 2 miljoen euro in preventie.",
        "Daarom komen er extra jongerenwerkers.",
    ]


def test_actions_taken_or_under_way_in_the_present_or_the_perfect_are_measures() -> None:
    text = (
        "De gemeente is bezig met de herinrichting van het jeugdteam. "
        "In Westerveen is vorige maand een werkgroep wachtlijsten in het leven geroepen. "
        "De wethouder heeft ingegrepen om de wachttijd terug te brengen tot zes weken. "
        "Drie jaar lang stelt de gemeente jaarlijks 40.000 euro beschikbaar voor schoolmaatschappelijk werk. "
        "We zorgen voor een sluitend aanbod van opvoedondersteuning."
    )
    assert len(find_measures(source_of(text))) == 5


def test_an_aim_an_opinion_or_a_national_action_is_no_measure() -> None:
    text = (
        "Wij gaan voor gezonde kinderen in een veilige omgeving. "
        "We zorgen ervoor dat ieder kind mee kan doen. "
        "De raad vindt het besluit van de wethouder onverstandig. "
        "Het onderzoek dat in opdracht van de minister wordt uitgevoerd, is uiterlijk 1 juli klaar. "
        "Zo moeten de kaders volgens de wet dit jaar door de raad worden vastgesteld."
    )
    assert find_measures(source_of(text)) == []


def test_a_decision_line_that_opens_the_points_and_sub_projects_as_measures() -> None:
    text = (
        "Besluit\n\nIn te stemmen met:\n\n 1. Het regionale plan voor pleegzorg.\n"
        " 2. De uitvoeringsagenda, met als deelprojecten:\n\n"
        "a. Opstellen van een werving voor pleeggezinnen.\nb. Inrichten van een steunpunt.\n\n"
        "3. Het voortzetten van het regionale overleg pleegzorg.\n"
    )
    source = source_of(text)
    assert [d.number for d in find_decisions(source)] == [1, 2, 3]
    assert [m.span.text for m in find_measures(source)] == [
        "Opstellen van een werving voor pleeggezinnen.", "Inrichten van een steunpunt."]


def test_a_commitment_given_in_the_council_is_a_measure_when_it_says_what() -> None:
    text = (
        "De motie werd ingetrokken nadat de wethouder had toegezegd dat zij de wachttijden laat onderzoeken. "
        "Er werd een toezegging gedaan om de raad elk kwartaal te informeren. "
        "Later heeft de wethouder twee toezeggingen gedaan. De eerste was om met scholen te praten. "
        "Over de budgetten zijn door het college eerder toezeggingen gedaan. "
        "De minister heeft toegezegd om de tarieven te onderzoeken. "
        "De wethouder heeft niets toegezegd over extra geld."
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De motie werd ingetrokken nadat de wethouder had toegezegd dat zij de wachttijden laat onderzoeken.",
        "Er werd een toezegging gedaan om de raad elk kwartaal te informeren.",
        "Later heeft de wethouder twee toezeggingen gedaan. De eerste was om met scholen te praten.",
    ]


def test_a_list_opened_by_what_the_municipality_will_do_gives_measures() -> None:
    text = (
        "Het vorige plan is geëvalueerd. De gemeente Westerveen gaat de komende jaren werken aan:\n"
        "  • Een aanpak voor schoolverzuim;\n  • Een steunpunt voor mantelzorgers.\n\n"
        "Eén van die stappen is dat we een jeugdraad oprichten.\n\n"
        "Om ouders te steunen zet gemeente Oosterdijk in op de bouw van een gezinscentrum.\n\n"
        "De gemeente Oosterdijk wil meer inzetten op preventie.\n\n"
        "De gemeente Westerveen zal uitkomen op een tekort van een miljoen euro.\n\n"
        "De kosten worden volgend jaar gedekt uit de reserves.\n"
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Een aanpak voor schoolverzuim;",
        "Een steunpunt voor mantelzorgers.",
        "Eén van die stappen is dat we een jeugdraad oprichten.",
        "Om ouders te steunen zet gemeente Oosterdijk in op de bouw van een gezinscentrum.",
        "De gemeente Oosterdijk wil meer inzetten op preventie.",
        "De kosten worden volgend jaar gedekt uit de reserves.",
    ]


def test_what_a_party_proposes_is_no_measure() -> None:
    text = (
        "Daarom gaan we vanavond een motie indienen over de wachtlijsten. "
        "Concreet hebben we gepleit om nieuwe afspraken te maken met de aanbieders. "
        "Nu gaan wij niet over het landelijke beleid."
    )
    assert find_measures(source_of(text)) == []


def test_measures_as_news_and_plans_write_them() -> None:
    said = [
        "Het college neemt de volgende maatregelen: een budgetplafond, strengere toegang en meer preventie.",
        "Wethouder Jansen gaat in gesprek met de aanbieders over de tarieven.",
        "Het college trekt 2 miljoen euro extra uit voor de jeugdhulp.",
        "Om de wachtlijsten te verkorten zet de gemeente extra jeugdconsulenten in.",
        "Daarnaast wordt eind maart een nieuw inkoopkader vastgesteld.",
        "Er wordt een wachtlijstcoördinator aangesteld.",
    ]
    not_measures = [
        "Wethouder De Vries gaat ervan uit dat het tekort meevalt.",
        "De gemeente zet in op preventie.",
        "Er wordt een tekort verwacht van 2 miljoen euro.",
        "Er zullen meer jongeren een beroep doen op jeugdhulp.",
        "De kosten voor jeugdhulp worden jaarlijks hoger.",
    ]
    text = " ".join(said + not_measures)
    assert [m.span.text for m in find_measures(source_of(text))] == said


def test_the_council_adopting_a_proposal_with_its_content_is_a_measure() -> None:
    text = (
        "De gemeenteraad van Westerveen heeft unaniem ingestemd met een voorstel om te investeren in "
        "schoolmaatschappelijk werk. De raad stemde ook in met de motie over de wachtlijsten. "
        "De fractie stemde in met het voorstel."
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De gemeenteraad van Westerveen heeft unaniem ingestemd met een voorstel om te investeren in "
        "schoolmaatschappelijk werk."]


def test_measures_flattened_into_one_line_after_their_heading() -> None:
    text = (
        "De gemeente werkt aan de jeugdhulp via drie actielijnen: 1. Toegang Het jeugdteam krijgt een vaste "
        "huisarts. 2. Inkoop Nieuwe contracten gaan in 2031 in. 3. Preventie Meer jongerenwerk in de wijk.\n"
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Toegang Het jeugdteam krijgt een vaste huisarts.",
        "Inkoop Nieuwe contracten gaan in 2031 in.",
        "Preventie Meer jongerenwerk in de wijk.",
    ]


def test_a_list_right_under_an_action_heading_gives_measures() -> None:
    text = (
        "Wat gaat de gemeente concreet doen?\n\n• Een wachtlijstcoördinator aanstellen.\n"
        "• De toegang tot jeugdhulp verbeteren.\n\nWat mag het kosten?\n\n• Twee ton per jaar.\n"
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Een wachtlijstcoördinator aanstellen.", "De toegang tot jeugdhulp verbeteren."]


def test_a_municipality_by_its_name_as_the_subject_of_a_measure() -> None:
    from jeugdgraph.facts import Mention, Span

    text = "Oosterdijk haalt de miljoenen uit de algemene reserve. Oosterdijk is een mooie gemeente."
    source = source_of(text)
    mentions = [
        Mention("gemeente", "https://example.org/oosterdijk", Span.of(text, 0, 10)),
        Mention("gemeente", "https://example.org/oosterdijk", Span.of(text, 55, 65)),
    ]
    assert find_measures(source) == []
    assert [m.span.text for m in find_measures(source, mentions)] == [
        "Oosterdijk haalt de miljoenen uit de algemene reserve."]


def test_concrete_acts_in_the_present_tense_are_measures_thoughts_and_aims_are_not() -> None:
    said = [
        "De gemeente start in september met een pilot praktijkondersteuner.",
        "Het college stelt een wachtlijstcoördinator aan.",
        "Het college verhoogt de subsidie voor het jongerenwerk.",
        "De gemeente koopt de jeugdhulp vanaf 2031 regionaal in.",
    ]
    not_measures = [
        "Wij realiseren ons dat dit weinig is.",
        "We versterken gezinnen die het moeilijk hebben.",
        "De gemeente verwacht een tekort van 3 miljoen euro.",
        "De gemeente richt zich op preventie.",
    ]
    text = " ".join(said + not_measures)
    assert [m.span.text for m in find_measures(source_of(text))] == said


def test_a_possibility_a_reference_back_input_taken_along_or_keeping_watch_is_no_measure() -> None:
    text = (
        "Lukt een akkoord met de eigenaar niet, dan kan de gemeente gaan onteigenen. "
        "De proef liep goed. Daarom gaan we daarmee door. "
        "De wethouder zal de inbreng van de raad meenemen in het vervolg. "
        "Wij zullen in de komende maanden de vinger aan de pols houden. "
        "We zullen de ontwikkelingen op de voet volgen. De wethouder gaat de wachttijden in de gaten houden. "
        "Het jaarplan wordt volgend jaar uitgevoerd, zegt de visie die nu is opgesteld."
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Het jaarplan wordt volgend jaar uitgevoerd, zegt de visie die nu is opgesteld."]
    # the same verbs with an action of their own stay measures
    assert len(find_measures(source_of("De gemeente gaat extra consulenten inzetten."))) == 1
    # "opgesteld" belongs to "is", not to "wordt"
    assert find_measures(source_of("Aan de wachtlijsten wordt de komende jaren gewerkt, blijkt uit de "
                                   "visie die nu is opgesteld.")) == []


def test_work_under_way_a_promise_a_cut_back_and_what_the_sentence_before_named_last() -> None:
    def found(text: str) -> list[str]:
        return [m.span.text for m in find_measures(source_of(text))]

    assert found("In 2024 is hard gewerkt aan het opstellen van een nieuwe jeugdnota.") == [
        "In 2024 is hard gewerkt aan het opstellen van een nieuwe jeugdnota."]
    assert found("Er wordt gewerkt aan een samenleving die minder zorg nodig heeft.") == []  # an aim
    assert found("Ouders betalen nu 40 euro en dat brengen we terug naar 10 euro.") == [
        "Ouders betalen nu 40 euro en dat brengen we terug naar 10 euro."]
    text = "Fracties vroegen om een evaluatie. Wethouder Smit heeft aangegeven dit laatste te zullen doen."
    assert found(text) == [text]
    assert found("Wethouder Smit heeft aangegeven het voorstel niet te steunen.") == []


def test_what_the_council_decided_is_its_decision_not_a_measure() -> None:
    assert find_measures(source_of("De raad heeft besloten om de notulen niet openbaar te maken.")) == []
    assert len(find_measures(source_of("Het college heeft besloten een budgetplafond in te stellen."))) == 1


def test_a_clause_after_a_colon_a_commitment_about_a_negation_and_something_new_set_up() -> None:
    def found(text: str) -> list[str]:
        return [m.span.text for m in find_measures(source_of(text))]

    text = "De wethouder steunde het amendement: zij gaat nu actief op zoek naar nieuwe sportclubs."
    assert found(text) == [text]
    assert found("De VVD diende een amendement in: zo gaan we de sportclubs steunen.") == []
    text = "De motie verviel nadat de wethouder had toegezegd dat ze laat uitzoeken waarom er geen les is."
    assert found(text) == [text]
    assert found("De wethouder heeft niet toegezegd dat ze de kosten laat uitzoeken.") == []
    text = "Er is inmiddels een werkgroep gestart om de knelpunten op te lossen."
    assert found(text) == [text]


def test_an_effort_promised_is_an_aim_not_a_measure() -> None:
    assert find_measures(source_of("We gaan ons de komende jaren inzetten voor meer jongerenwerkers.")) == []
    assert find_measures(source_of("De gemeente gaat zich sterk maken voor een nieuw zwembad.")) == []
    assert len(find_measures(source_of("De gemeente gaat zich aansluiten bij het Jeugdfonds Sport."))) == 1


def test_a_system_changed_work_taken_up_and_research_announced_are_measures() -> None:
    def found(text: str) -> list[str]:
        return [m.span.text for m in find_measures(source_of(text))]

    text = "De gemeente Oosthoek heeft samen met twee buren de toegang tot jeugdhulp ingrijpend aangepast."
    assert found(text) == [text]
    text = "Uit de brief blijkt dat de gemeente nu serieus aan de slag gaat met de wachtlijsten."
    assert found(text) == [text]
    text = "Een extern bureau gaat onderzoek doen naar de oorzaken van de tekorten."
    assert found(text) == [text]
    assert found("Het Rijk heeft de verdeling van het geld aangepast.") == []  # no local body
    assert found("Uit onderzoek naar de oorzaken bleek weinig.") == []


def test_an_agreement_the_municipalities_concluded_is_a_measure() -> None:
    def found(text: str) -> list[str]:
        return [m.span.text for m in find_measures(source_of(text))]

    text = "In 2022 zijn vijf gemeenten in de regio een convenant aangegaan met drie scholen."
    assert found(text) == [text]
    # "gesloten" inside a name of care is no concluded agreement
    assert found("De gemeenten bespraken een overeenkomst over gesloten jeugdzorg voor meisjes.") == []


def test_a_sentence_that_holds_a_decision_is_not_also_a_measure() -> None:
    _, entries = reference_data()
    text = (
        "Besluitenlijst van het college van burgemeester en wethouders\n\n"
        "1. Jeugdhulp\n\nHet college voert met de nieuwe verordening een ouderbijdrage in. "
        "Daarnaast zet de gemeente extra consulenten in.\n"
    )
    found = extract_document(source_of(text, "collegebesluit.txt"), gazetteer=entries)
    assert found.metadata.kind == "collegebesluit"
    assert any("een ouderbijdrage in" in d.span.text for d in found.decisions)
    assert [m.span.text for m in found.measures] == ["Daarnaast zet de gemeente extra consulenten in."]


def test_acts_read_from_who_does_what_are_measures() -> None:
    text = (
        "Dit bedrag wordt voor een derde ingezet bij het buurtwerk in Oosthoek. "
        "Van de bijdrage wordt 80.000 euro als compensatie overgemaakt aan de gemeente Westerveen. "
        "De overige 40.000 euro blijft beschikbaar voor nieuwe initiatieven. "
        "We kiezen daarom voor het bundelen van de twee wijkteams. "
        "Zo onderzoekt het college bijvoorbeeld of de toegang eenvoudiger kan. "
        "Daarnaast sluit Westerveen zich aan bij het Jeugdsportfonds. "
        "Naast het jeugdplan werken we ook aan de opdrachten uit de regionale agenda. "
        "Er is overleg met de scholen om de aanmelding beter te regelen. "
        "Vanaf 1 maart gaat de jeugdzorg over naar de gemeente Oosthoek. "
        "Het voorstel omvat de uitbreiding van het jongerenwerk met twee krachten. "
        "Op basis van de visie zijn in 2023 een inkoopplan en een werkagenda opgesteld. "
        "In Oosthoek zijn we er in geslaagd om een deel van het budget aan preventie te besteden. "
        "Door spreekuren op scholen te houden hopen we eerder hulp te bieden."
    )
    assert len(find_measures(source_of(text))) == 13


def test_money_described_an_opinion_or_a_permission_is_no_act() -> None:
    text = (
        "Het geld dat wordt besteed aan jeugdhulp stijgt elk jaar. "
        "Dat betekent dat een bedrag van 3 miljoen wordt ingezet op regionaal niveau. "
        "Kennis wordt gedeeld en middelen worden gezamenlijk ingezet. "
        "De vergoeding wordt verhoogd naar € 80 en mag ook worden ingezet voor sportkleding. "
        "De fractie sluit zich aan bij de woorden van de wethouder. "
        "We werken aan een gezonde jeugd. "
        "Het gesprek gaat daarna over naar de begroting. "
        "In 2022 is de regiovisie vastgesteld. "
        "Het team dat in 2019 is opgericht, groeit. "
        "Door samen te werken kunnen we veel bereiken."
    )
    assert find_measures(source_of(text)) == []


def test_an_action_recorded_in_a_new_document_is_a_measure() -> None:
    text = (
        "De keuzes worden vastgelegd in een 'keuzedocument'. "
        "Dit wordt verder uitgewerkt in de Uitvoeringsnota jeugd."
    )
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De keuzes worden vastgelegd in een 'keuzedocument'."]


def test_the_we_rows_of_a_budget_programme_s_activity_column_are_measures() -> None:
    text = (
        "Programma 3 Jeugd\n\nWat willen we bereiken?\n\nWat gaan we daarvoor doen?\n\nWanneer?\n\n"
        "3.1.1\nKinderen groeien veilig op\n\n"
        "3.1.1.1\nWe openen een inloop voor ouders in elke wijk\n\n2031\n\n"
        "3.1.1.2\nWij willen dat elk kind meedoet\n\ncontinu\n\n"
        "3.1.1.3\nWe begeleiden jongeren naar werk\n\ncontinu\n\n"
        "Wat gaat het kosten?\n\nWe verwachten een tekort op jeugdhulp\n"
    )
    found = [m.span.text for m in find_measures(source_of(text))]
    assert "We openen een inloop voor ouders in elke wijk" in found
    assert "We begeleiden jongeren naar werk" in found
    # a wish, and a line after the part that says what it costs, are no row of the column
    assert not any("willen" in f or "verwachten" in f for f in found)
    # a paragraph of several sentences gives each statement apart
    prose = text.replace("We begeleiden jongeren naar werk",
                         "We begeleiden jongeren naar werk. Wij vinden dat goed. We huren een jongerenwerker")
    found = [m.span.text for m in find_measures(source_of(prose))]
    assert "We begeleiden jongeren naar werk." in found and "We huren een jongerenwerker" in found
    assert not any("vinden" in f for f in found)
    other = "Wat willen we bereiken?\n\nMinder wachttijd\n\nWat doen we daarvoor?\n\nWe huren consulenten\n"
    assert [m.span.text for m in find_measures(source_of(other))] == ["We huren consulenten"]
    # without the column's heading, a line that opens with "we" is no measure by its place
    assert find_measures(source_of("Notities\n\nWe begeleiden jongeren naar werk\n")) == []


def test_what_the_municipalities_of_a_region_will_do_together_or_plan_is_a_measure() -> None:
    text = ("Alle Friese gemeenten gaan samen een nieuw inkoopplan opstellen. "
            "Het dagelijks bestuur is van plan om in 2031 extra te investeren in pleegzorg. "
            "Er wordt extra geld vrijgemaakt voor de wijkteams. "
            "De gemeenten gaan een tekort krijgen. Wij willen goede zorg en wij voeren het goed uit.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Alle Friese gemeenten gaan samen een nieuw inkoopplan opstellen.",
        "Het dagelijks bestuur is van plan om in 2031 extra te investeren in pleegzorg.",
        "Er wordt extra geld vrijgemaakt voor de wijkteams.",
    ]


def test_an_alderman_named_by_surname_alone_acts_as_the_alderman() -> None:
    text = ("Wethouder Jan Pietersma is bezorgd over de kosten. "
            "Als het onderzoek klaar is, wil Pietersma een toezichthouder aanstellen. "
            "Janssen wil een toezichthouder aanstellen.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Als het onderzoek klaar is, wil Pietersma een toezichthouder aanstellen."]


def test_an_instrument_we_deploy_is_a_measure_an_aim_we_focus_on_is_not() -> None:
    text = ("In de jeugdhulp zetten we in op maatwerk en een praktijkondersteuner bij de huisarts. "
            "Daarnaast zetten de gemeenten intensief in op preventie. "
            "In 2031 zetten we in op het verkleinen van de verschillen. "
            "We zetten in op preventie om te voorkomen dat kinderen zware zorg nodig hebben.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "In de jeugdhulp zetten we in op maatwerk en een praktijkondersteuner bij de huisarts.",
        "Daarnaast zetten de gemeenten intensief in op preventie.",
    ]


def test_services_the_body_buys_are_a_measure_a_decrease_is_not() -> None:
    text = ("Naast het basispakket nemen wij extra huisbezoeken af om ouders te steunen. "
            "Het college neemt extra uren af bij de GGD. Het aantal jeugdigen in zorg neemt af.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Naast het basispakket nemen wij extra huisbezoeken af om ouders te steunen.",
        "Het college neemt extra uren af bij de GGD.",
    ]


def test_the_means_by_which_we_will_reach_an_aim_is_a_measure_a_possibility_is_not() -> None:
    text = ("Door extra consulenten in te zetten willen we de wachttijd halveren. "
            "Door samen te werken kunnen we veel bereiken. "
            "Binnen Jeugd voeren we regie op de dure zorg. Wij houden de regie.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Door extra consulenten in te zetten willen we de wachttijd halveren.",
        "Binnen Jeugd voeren we regie op de dure zorg."]
