"""Assignments in any layout, also as a news item or a party's page reports them."""

from __future__ import annotations

from jeugdgraph.extract.resolutions import find_assignments, find_decisions
from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


def _asked(text: str) -> list[tuple[int, str]]:
    return [(a.number, a.span.text) for a in find_assignments(source_of(text))]


def test_a_reported_request_in_the_past_or_the_passive_is_an_assignment() -> None:
    assert _asked("De eerste motie verzocht het college tot het opstellen van een plan.") == [
        (1, "het opstellen van een plan.")]
    assert _asked("In de motie wordt het college de opdracht gegeven om de kosten te onderzoeken.") == [
        (1, "de kosten te onderzoeken.")]
    assert _asked("Met de tweede motie heeft de fractie het college verzocht om de raad te informeren.") == [
        (1, "de raad te informeren.")]
    assert _asked("De motie roept het college van B & W op om jongeren tot 23 jaar te blijven helpen.") == [
        (1, "jongeren tot 23 jaar te blijven helpen.")]


def test_what_a_motion_or_amendment_asks_for_as_reported() -> None:
    assert _asked("Deze motie vraagt om een overzicht van alle wachttijden per aanbieder.") == [
        (1, "een overzicht van alle wachttijden per aanbieder.")]
    assert _asked("Met een amendement heeft de fractie gepleit voor extra geld voor het jongerenwerk.") == [
        (1, "extra geld voor het jongerenwerk.")]
    assert _asked("De motie van onze fractie om de raad vaker te betrekken werd unaniem aangenomen.") == [
        (1, "de raad vaker te betrekken")]


def test_a_rejected_or_withdrawn_motion_keeps_its_request_in_a_report() -> None:
    # docs/CONTRACT.md: its requests stay jg:Opdracht; the outcome tells that the motion failed
    assert _asked("Een motie waarin de fractie pleitte voor een gratis pas werd door ons ingetrokken.") == [
        (1, "een gratis pas")]
    assert _asked("De fractie vroeg de raad met een motie B&W te verzoeken om een notitie te schrijven. "
                  "Door een meerderheid werd die motie verworpen.") == [(1, "een notitie te schrijven.")]


def test_a_request_to_the_college_in_a_decision_list_is_an_assignment_not_a_decision() -> None:
    text = ("Deze motie van de raad.\n\nBesluit:\n\n1) Zich aan te sluiten bij het initiatief;\n\n"
            "2) Het college te verzoeken dit besluit kenbaar te maken bij de provincie.\n\n"
            "En gaat over tot de orde van de dag.\n")
    assert [d.number for d in find_decisions(source_of(text), kind="motie")] == [1]
    assert _asked(text) == [(2, "dit besluit kenbaar te maken bij de provincie.")]


def test_a_request_to_the_college_in_a_council_decision_is_one_of_its_decisions() -> None:
    text = ("Besluit:\n\n1. De verordening vast te stellen.\n\n"
            "2. Het college te verzoeken de raad jaarlijks te informeren.\n")
    assert [d.number for d in find_decisions(source_of(text), kind="raadsbesluit")] == [1, 2]


def test_a_text_that_speaks_of_no_motion_gives_no_assignment() -> None:
    assert _asked("Het college vraagt om begrip voor de wachttijden.") == []


def test_a_letter_spaced_besluit_heads_a_single_decision() -> None:
    text = ("Gelet op artikel 4:81 van de Algemene wet bestuursrecht;\n\nb e s l u i t :\n\n"
            "vast te stellen de volgende beleidsregel:\n\nBeleidsregel Jeugdhulp Zutphen 2027\n\n"
            "HOOFDSTUK 1\n")
    decisions = find_decisions(source_of(text))
    assert [(d.number, d.span.text) for d in decisions] == [
        (1, "vast te stellen de volgende beleidsregel:\n\nBeleidsregel Jeugdhulp Zutphen 2027")]


def test_the_council_asking_the_college_or_the_colleges_as_news_reports_it() -> None:
    assert _asked("Met een motie vraagt de raad het college om de wachttijden elk kwartaal te melden.") == [
        (1, "de wachttijden elk kwartaal te melden.")]
    assert _asked("De motie roept de colleges van de regiogemeenten op om samen in te kopen.") == [
        (1, "samen in te kopen.")]
    # a party's wish is no request of a motion
    assert _asked("Na de motie willen twee partijen dat het college ambitie toont.") == []


def test_the_closing_formula_is_no_part_of_the_last_request_and_a_motie_heading_makes_a_motion() -> None:
    text = ("Motie\nverzoekt het college\n- om de wachtlijsten te halveren;\n"
            "- om de raad elk kwartaal te informeren;\nen gaat over tot de orde van de dag.")
    assert _asked(text) == [
        (1, "om de wachtlijsten te halveren;"), (2, "om de raad elk kwartaal te informeren;")]
    assert _asked("Motie\nDe raad draagt het college op om eind maart 2026 een evaluatie te sturen.\n") == [
        (1, "eind maart 2026 een evaluatie te sturen.")]


def test_a_passive_request_and_a_motion_filed_to_do_something_as_reported() -> None:
    assert _asked("Met de motie wordt het college opgedragen de eigen bijdrage voorlopig niet te innen.") == [
        (1, "de eigen bijdrage voorlopig niet te innen.")]
    assert _asked("In de motie wordt het bestuur van de VNG opgeroepen om bij het Rijk aan te dringen.") == [
        (1, "bij het Rijk aan te dringen.")]
    assert _asked("Vorig jaar dienden wij een motie in om de wachtlijsten elk kwartaal te melden.") == [
        (1, "de wachtlijsten elk kwartaal te melden.")]


def test_a_passive_that_asks_nothing_of_the_college_is_no_assignment() -> None:
    assert _asked("Over de motie wordt het college gevraagd naar zijn mening.") == []


def test_a_reported_motion_s_aim_purport_and_a_modal_before_the_college() -> None:
    assert _asked("Een amendement van D66 en CDA om de wethouder meer tijd te geven werd door de raad "
                  "unaniem aangenomen.") == [(1, "de wethouder meer tijd te geven")]
    assert _asked("De strekking van de motie was dat er geen eigen bijdrage wordt gevraagd.") == [
        (1, "dat er geen eigen bijdrage wordt gevraagd.")]
    assert _asked("De motie werd aangenomen. Daarom moet het college samen met de scholen een plan "
                  "maken.") == [(1, "samen met de scholen een plan maken.")]
    assert _asked("Volgens de motie dient het gemeentebestuur met de raad naar een oplossing te zoeken.\n"
                  "Tekst: redactie") == [(1, "met de raad naar een oplossing te zoeken.")]


def test_a_headline_repeated_as_a_caption_gives_one_request_without_its_outcome() -> None:
    headline = "Motie om de wachtlijsten te halveren unaniem aangenomen"
    assert _asked(f"Afbeelding bij nieuwsitem '{headline}'\n\n{headline}\n\nDe raad was het eens.") == [
        (1, "de wachtlijsten te halveren")]


def test_points_under_a_request_that_ends_in_a_colon_belong_to_it() -> None:
    text = (
        "Motie\n\nRoept het college op om:\n\n"
        " • • De extra middelen voor jeugd ook te besteden aan:\n • ✓ Een plan voor het jongerenwerk;\n"
        " • ✓ Meer schoolmaatschappelijk werk;\n • • De raad elk jaar te informeren over de inzet.\n"
    )
    asked = [request for _, request in _asked(text)]
    assert len(asked) == 2
    assert "Een plan voor het jongerenwerk" in asked[0] and "Meer schoolmaatschappelijk werk" in asked[0]
    assert asked[1] == "• De raad elk jaar te informeren over de inzet."


def test_what_a_motion_says_the_college_must_do_and_a_request_after_a_comma() -> None:
    opening = "Motie\n\nDe raad, in vergadering bijeen,\n\nconstaterende dat de wachtlijsten groeien;\n\n"
    assert _asked(opening + "spreekt uit dat het college de wachtlijsten binnen een jaar moet halveren,\n\n"
                  "en gaat over tot de orde van de dag.") == [
        (1, "dat het college de wachtlijsten binnen een jaar moet halveren")]
    assert _asked(opening + "spreekt uit dat de raad zich zorgen maakt.") == []
    assert _asked(opening + "Verzoekt het college van burgemeester en wethouders,\n\nom een plan te maken "
                  "voor de wachtlijsten,\n\nen gaat over tot de orde van de dag.") == [
        (1, "om een plan te maken voor de wachtlijsten")]


def test_a_motion_pleading_with_its_subject_after_the_verb() -> None:
    assert _asked("Met een motie pleitten twee partijen dinsdagavond voor een lokaal loket.") == [
        (1, "een lokaal loket.")]


def test_a_sentence_that_sums_up_a_motion_is_no_request_beside_its_own_requests() -> None:
    text = (
        "Motie\n\nGisteren is een motie van twee fracties aangenomen om de jeugdzorg dichter bij huis te "
        "organiseren.\n\nDe raad,\n\nroept het college op om:\n\n• een plan te maken voor wijkteams;\n"
        "• de raad elk jaar te informeren.\n\nen gaat over tot de orde van de dag.\n"
    )
    assert [request for _, request in _asked(text)] == [
        "een plan te maken voor wijkteams;", "de raad elk jaar te informeren."]


def test_a_motion_addressing_an_alderman_or_a_named_board_is_a_request() -> None:
    assert _asked("De raad, in vergadering bijeen,\n\nverzoekt de wethouder Onderwijs om de scholen voor de "
                  "zomer te bezoeken.") == [
        (1, "de scholen voor de zomer te bezoeken.")]
    assert _asked("De motie draagt het gemeentebestuur van Veldhoven nogmaals op om een brief te sturen") == [
        (1, "een brief te sturen")]


def test_a_motion_brought_in_with_its_aim_is_a_request() -> None:
    assert _asked("Ook hebben wij een motie ingediend om extra toezicht te houden op de aanbieders.") == [
        (1, "extra toezicht te houden op de aanbieders.")]
    assert _asked("De fractie had een motie (nummer 7) klaar staan om het college een fonds te laten "
                  "oprichten.") == [(1, "het college een fonds te laten oprichten.")]
    assert _asked("De SP dient een motie in om te onderzoeken of een jongerenraad haalbaar is.") == [
        (1, "te onderzoeken of een jongerenraad haalbaar is.")]
    # "om" with a time is no aim
    assert _asked("De motie werd om tien uur besproken.") == []


def test_the_motion_as_the_subject_of_what_it_wants() -> None:
    assert _asked("De motie wil verder dat het jongerencentrum langer open blijft.") == [
        (1, "dat het jongerencentrum langer open blijft.")]
    assert _asked("Tot slot vraagt de motie het college de raad elk kwartaal te informeren.") == [
        (1, "het college de raad elk kwartaal te informeren.")]


def test_a_first_request_as_a_paragraph_then_a_bulleted_list() -> None:
    text = ("Constaterende dat de wachttijden oplopen;\n\nVerzoekt het college om:\n\n"
            "Met de aanbieders een wachtlijstaanpak op te stellen;\n\n"
            " • De raad halfjaarlijks over de voortgang te informeren;\n"
            " • Een wachtlijstcoördinator aan te stellen.\n")
    assert [n for n, _ in _asked(text)] == [1, 2, 3]
    assert _asked(text)[0][1].startswith("Met de aanbieders een wachtlijstaanpak")


def test_a_report_of_what_the_council_decided_gives_its_decisions() -> None:
    text = (
        "Raadsvergadering van dinsdag\n\n"
        "De gemeenteraad heeft besloten om het zwembad in Oosthoek langer open te houden. "
        "Een ruime meerderheid van de raad is akkoord gegaan met het oprichten van een jongerenraad. "
        "In de raad werd besloten tot de bouw van een nieuwe sporthal. "
        "De raad heeft ingestemd met het voorstel van het college over de begroting. "
        "Op 3 maart besloot de raad om de subsidie te verhogen."
    )
    found = [d.span.text for d in find_decisions(source_of(text))]
    assert found == [
        "De gemeenteraad heeft besloten om het zwembad in Oosthoek langer open te houden.",
        "Een ruime meerderheid van de raad is akkoord gegaan met het oprichten van een jongerenraad.",
        "In de raad werd besloten tot de bouw van een nieuwe sporthal.",
    ]  # adopting a proposal is its outcome; a decision in the simple past is history


def test_a_passive_without_an_agent_in_a_report_is_a_decision_not_a_measure() -> None:
    text = (
        "Verslag van de commissievergadering\n\n"
        "Om de kosten te beheersen is besloten om een budgetplafond per aanbieder te hanteren. "
        "Na een lang debat werd uiteindelijk besloten dat de speeltuin in Oosthoek open blijft. "
        "In de regio is gezamenlijk besloten de tarieven voor pleegzorg te verhogen. "
        "Door het college is besloten om de subsidie te verlagen. "
        "De vergadering werd besloten verklaard."
    )
    found = [d.span.text for d in find_decisions(source_of(text))]
    assert found == [
        "Om de kosten te beheersen is besloten om een budgetplafond per aanbieder te hanteren.",
        "Na een lang debat werd uiteindelijk besloten dat de speeltuin in Oosthoek open blijft.",
        "In de regio is gezamenlijk besloten de tarieven voor pleegzorg te verhogen.",
    ]  # the college as agent is no subjectless passive; "besloten verklaard" closes a meeting
    assert all("besloten om een budgetplafond" not in m.span.text for m in find_measures(source_of(text)))


def test_a_colon_that_ends_a_later_sentence_opens_no_list_of_requests() -> None:
    text = ("De fracties dienden een motie in om een register van alle subsidies bij te houden. Zo wordt "
            "zichtbaar:\n\n • wie de subsidie krijgt,\n • hoeveel het is.\n")
    assert _asked(text) == [(1, "een register van alle subsidies bij te houden.")]


def test_a_request_another_sentence_ties_to_the_motion() -> None:
    text = ("De SP wil dat de gemeente de huur van het buurthuis bevriest. "
            "Daartoe heeft de fractie een motie ingediend.")
    assert _asked(text) == [(1, "De SP wil dat de gemeente de huur van het buurthuis bevriest.")]
    text = ("Er komt een plan voor betere speelplaatsen in alle wijken. "
            "Deze opdracht kreeg het college mee bij een motie van D66.")
    assert _asked(text) == [(1, "Er komt een plan voor betere speelplaatsen in alle wijken.")]
    # a sentence that only spells out the request keeps the request with it
    text = ("Voor de zomer moet er een plan voor speelplaatsen liggen. Dat moet de wijken veiliger maken. "
            "Deze opdracht kreeg het college mee bij een motie van D66.")
    assert _asked(text) == [(1, "Voor de zomer moet er een plan voor speelplaatsen liggen. "
                                "Dat moet de wijken veiliger maken.")]
    text = "Ook de toegang tot de jeugdhulp moet eenvoudiger volgens de motie."
    assert _asked(text) == [(1, text)]
    # a wish no sentence brings in as a motion is an opinion
    assert _asked("De SP wil dat de gemeente de huur bevriest. "
                  "De motie over het zwembad werd aangenomen.") == []


def test_a_party_proposal_with_its_aim_or_what_a_motion_is_about() -> None:
    text = "De raad ging akkoord met een voorstel van de VVD om thuiszitters te tellen. Een motie volgt."
    assert _asked(text) == [(1, "thuiszitters te tellen.")]
    # the college's proposal is a raadsvoorstel, not a request
    assert _asked("De raad stemde in met een voorstel van het college om de motie uit te voeren.") == []
    text = "GL en CU dienen een motie in over het afschaffen van de ouderbijdrage."
    assert _asked(text) == [(1, "het afschaffen van de ouderbijdrage.")]


def test_a_college_decision_list_written_as_prose_gives_the_college_s_decisions() -> None:
    text = (
        "Besluitenlijst college\n\nParkeerbeleid\n\n"
        "Het college stelt de parkeernota 2030 vast. Daarom legt het college het ontwerpplan zes weken ter "
        "inzage. De wethouder licht het plan toe in de commissie."
    )
    found = [d.span.text for d in find_decisions(source_of(text), kind="collegebesluit")]
    assert found == [
        "Het college stelt de parkeernota 2030 vast.",
        "Daarom legt het college het ontwerpplan zes weken ter inzage.",
    ]
    # the same prose in a news item is no decision list: only the adoption it tells is a decision
    assert [d.span.text for d in find_decisions(source_of(text), kind="nieuwsbericht")] == [
        "Het college stelt de parkeernota 2030 vast."]


def test_a_motion_by_which_the_college_must_act_or_what_stands_in_it() -> None:
    text = "De fractie tekende een motie mee waarbij het college werk moet maken van starterswoningen."
    assert _asked(text) == [(1, "het college werk moet maken van starterswoningen.")]
    text = ("Er wordt een motie ingediend. Centraal staat hierin dat de gemeente elke thuiszitter binnen een "
            "maand een plek moet bieden.")
    assert _asked(text) == [(1, "de gemeente elke thuiszitter binnen een maand een plek moet bieden.")]
    # what stands in a report without a duty is no request
    assert _asked("Er wordt een motie ingediend. Centraal staat hierin dat de wachtlijsten lang zijn.") == []


def test_a_report_adds_a_request_with_also_and_a_duty_of_the_college_the_council_or_nobody_named() -> None:
    text = (
        "De raad van Westerveen heeft de motie over de jeugdhulp unaniem aangenomen. "
        "Daarom moet het college samen met de aanbieders onderzoeken hoe de wachttijden korter worden. "
        "Dat is hard nodig. "
        "Ook moet gewerkt worden aan opvang voor kinderen die op een wachtlijst staan. "
        "Verder wil de raad voor de zomer over de voortgang geïnformeerd worden. "
        "Ook moet de sporthal opgeknapt worden, vinden de partijen. "
        "Ook de gemeente Oosthoek kampt met tekorten."
    )
    found = [a.span.text for a in find_assignments(source_of(text), reports_motion=True)]
    assert found[1:] == [
        "Ook moet gewerkt worden aan opvang voor kinderen die op een wachtlijst staan.",
        "Verder wil de raad voor de zomer over de voortgang geïnformeerd worden.",
    ]  # a view the parties hold and a fact about another municipality are no requests
    assert "onderzoeken hoe de wachttijden" in found[0]


def test_a_report_adds_a_decision_in_a_passive_after_one_it_told() -> None:
    text = (
        "In de raad werd besloten tot de bouw van een jongerencentrum. "
        "Ook werd de nieuwe verordening leerlingenvervoer vastgesteld. "
        "Ook werd de motie over de speeltuin aangenomen."
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "In de raad werd besloten tot de bouw van een jongerencentrum.",
        "Ook werd de nieuwe verordening leerlingenvervoer vastgesteld.",
    ]
    assert find_decisions(source_of("Ook werd de nieuwe verordening leerlingenvervoer vastgesteld.")) == []


def test_a_request_of_an_advisory_body_is_no_motion_s_request() -> None:
    text = (
        "Motie Jeugdhulp\n\nDe raad, constaterende dat de wachttijden oplopen,\n\n"
        "Uit het advies: De jongerenraad verzoekt het college de nota te bespreken met scholen.\n\n"
        "verzoekt het college om voor de zomer een plan tegen wachttijden op te stellen.\n"
    )
    found = [a.span.text for a in find_assignments(source_of(text))]
    assert found == ["voor de zomer een plan tegen wachttijden op te stellen."]


def test_a_party_that_asks_in_a_report_of_its_motions() -> None:
    text = (
        "Twee moties van D66 aangenomen\n\n"
        "1. D66 ziet dat het speelterrein verloederd is en vraagt om nieuwe toestellen en een hek. "
        "De hele raad steunde de motie.\n\n"
        "2. Het CDA vroeg om een schorsing. De buurt vraagt om meer verlichting.\n"
    )
    found = [a.span.text for a in find_assignments(source_of(text), reports_motion=True)]
    assert found == ["nieuwe toestellen en een hek."]  # a procedure, and whoever is no party, ask nothing

    text = (
        "Motie aangenomen\n\nDe SP Westerveen heeft bij de begroting voorgesteld om het zwembad langer open "
        "te houden. Het college had voorgesteld om het zwembad te sluiten.\n"
    )
    found = [a.span.text for a in find_assignments(source_of(text), reports_motion=True)]
    assert found == ["het zwembad langer open te houden."]


def test_a_regulation_s_adopting_formula_with_its_object_first() -> None:
    text = (
        "Gemeenschappelijke regeling Jeugdhulp Oostland. De colleges van Westerveen en Oosthoek, gelet op de "
        "Wet gemeenschappelijke regelingen, overwegende dat samenwerking nodig is. De navolgende "
        "gemeenschappelijke regeling te treffen, genaamd: Hoofdstuk 1 Algemene bepalingen Artikel 1 ..."
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "De navolgende gemeenschappelijke regeling te treffen"]
    assert find_decisions(source_of("In de volgende regeling te treffen voorzieningen staan vermeld.")) == []


def test_a_duty_the_next_sentence_calls_the_adopted_proposal() -> None:
    text = (
        "Een onderzoek moest uitwijzen hoeveel gemeenten een tekort hebben. "
        "Dat voorstel werd in mei met ruime meerderheid aangenomen. "
        "De wachtlijsten groeien. Deze motie werd unaniem aangenomen."
    )
    found = [a.span.text for a in find_assignments(source_of(text), reports_motion=True)]
    assert found == ["Een onderzoek moest uitwijzen hoeveel gemeenten een tekort hebben."]
