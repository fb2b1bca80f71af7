"""Decisions and requests in layouts other councils write them in: other headings, passives, questions,
unmarked paragraphs, verdicts inside running text and table rows (invented sentences)."""

from __future__ import annotations

import pytest

from jeugdgraph.extract.assignments import find_assignments
from jeugdgraph.extract.resolutions import find_decisions

from .conftest import source_of


def _points(text: str, kind: str | None = None) -> list[str]:
    return [d.span.text for d in find_decisions(source_of(text), (), kind)]


@pytest.mark.parametrize(
    "header",
    [
        "Gevraagd besluit",
        "Te nemen besluit",
        "Ontwerp-raadsbesluit",
        "Gevraagde beslissing:",
        "De raad wordt voorgesteld om:",
        "Voorgesteld wordt te besluiten:",
        "Wat stellen we voor?",
        "Wat vragen we de raad?",
        "Wat wordt de raad gevraagd te besluiten?",
    ],
)
def test_a_list_under_another_heading_that_proposes_or_asks_a_decision(header: str) -> None:
    text = (
        f"Raadsvoorstel\n\n{header}\n\n1. De verordening jeugdhulp Westerveen 2031 vast te stellen.\n"
        "2. De nadere regels jeugdhulp in te trekken.\n\nInleiding\n\nDe raad sprak eerder over ...\n"
    )
    assert _points(text) == [
        "De verordening jeugdhulp Westerveen 2031 vast te stellen.",
        "De nadere regels jeugdhulp in te trekken.",
    ]


@pytest.mark.parametrize("header", ["Wat vinden inwoners ervan?", "De raad wordt geïnformeerd over:"])
def test_a_question_or_a_passive_that_asks_no_decision_opens_no_list(header: str) -> None:
    text = f"{header}\n\n1. De wachttijden in de jeugdhulp zijn te lang.\n2. De tarieven stijgen.\n"
    assert _points(text) == []


def test_the_college_consenting_to_a_list_gives_each_item() -> None:
    text = "Het college stemt in met:\n\n1. de regiovisie jeugd Westerveen;\n2. de begroting van de GR.\n"
    assert _points(text) == ["de regiovisie jeugd Westerveen;", "de begroting van de GR."]


def test_points_written_as_unmarked_paragraphs_after_the_header_are_each_a_decision() -> None:
    text = (
        "Het college besluit:\n\nIn te stemmen met de regiovisie jeugd.\n\n"
        "De raad te informeren met bijgaande brief.\n\nDeze stukken openbaar te maken.\n\n"
        "Het college heeft met de aanbieders gesproken over de tarieven.\n"
    )
    assert _points(text) == [
        "In te stemmen met de regiovisie jeugd.",
        "De raad te informeren met bijgaande brief.",
        "Deze stukken openbaar te maken.",
    ]


def test_a_proposal_in_one_sentence_under_its_heading_is_the_decision() -> None:
    text = (
        "Voorstel\n\nWij stellen u voor om in te stemmen met de regiovisie jeugd Westerveen.\n\nInleiding\n"
    )
    assert _points(text, "raadsvoorstel") == [
        "Wij stellen u voor om in te stemmen met de regiovisie jeugd Westerveen."
    ]


@pytest.mark.parametrize(
    "label", ["Collegebesluit", "Besluit college", "Besluit B&W", "Besluit van het college"]
)
def test_a_verdict_line_may_name_whose_verdict_it_is(label: str) -> None:
    text = f"3. Jeugdhulp tarieven\n\n{label}: Het college stelt de tarieven jeugdhulp 2031 vast.\n"
    assert _points(text) == ["Het college stelt de tarieven jeugdhulp 2031 vast."]


def test_a_verdict_inside_flattened_running_text_is_a_decision() -> None:
    text = (
        "Jeugdhulp regio Oost. Het college bespreekt de aanvraag. Besluit: Het college besluit de "
        "subsidie aan de stichting voor 2031 te verlenen. Toelichting: de aanvraag is tijdig ingediend.\n"
    )
    assert _points(text) == ["Het college besluit de subsidie aan de stichting voor 2031 te verlenen."]


def test_a_besluit_label_before_prose_without_a_deciding_body_is_no_verdict() -> None:
    text = "Zie ook het besluit: de gemeente moet zich aan de termijnen houden in de jeugdhulp.\n"
    assert _points(text) == []


def test_a_row_of_a_decision_table_gives_the_college_s_verdict_in_its_cell() -> None:
    text = (
        "Besluitenlijst college 4 mei 2031\n\nOnderwerp\tBesluit\n"
        "Jeugdhulp tarieven 2031\tHet college stelt de tarieven vast.\n"
        "Subsidie jongerenwerk\tHet college verleent de subsidie.\n"
    )
    assert _points(text, "collegebesluit") == [
        "Het college stelt de tarieven vast.",
        "Het college verleent de subsidie.",
    ]


def test_news_of_the_council_deciding_in_the_simple_past_is_a_decision() -> None:
    text = (
        "Westerveen - De gemeenteraad van Westerveen besloot donderdagavond om de jeugdhulp voortaan zelf in "
        "te kopen. Dat leverde een lang debat op.\n"
    )
    assert _points(text, "nieuwsbericht") == [
        "Westerveen - De gemeenteraad van Westerveen besloot donderdagavond om de jeugdhulp voortaan zelf in "
        "te kopen."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 3 maart 2029 besloot de raad om de jeugdhulp zelf in te kopen.",
        "Eerder besloot het college om de subsidie te stoppen.",
        "Het college besloot niet om de subsidie te stoppen.",
    ],
)
def test_a_decision_told_as_history_or_denied_is_no_news_of_a_decision(sentence: str) -> None:
    assert _points(f"Westerveen - {sentence} Nu ligt er een nieuw plan.\n", "nieuwsbericht") == []


def test_requests_as_unmarked_paragraphs_with_their_object_after_the_infinitive() -> None:
    text = (
        "Motie Jeugd\n\nDe raad, in vergadering bijeen op 3 maart 2031,\n\nverzoekt het college\n\n"
        "Een onderzoek te doen naar de wachtlijsten;\n\nDe raad te informeren over de uitkomst;\n\n"
        "en gaat over tot de orde van de dag.\n"
    )
    assert [(a.number, a.span.text) for a in find_assignments(source_of(text))] == [
        (1, "Een onderzoek te doen naar de wachtlijsten;"),
        (2, "De raad te informeren over de uitkomst;"),
    ]


def test_a_request_in_a_numbered_item_ends_before_the_next_item() -> None:
    text = (
        "Motie\n\nDe raad van de gemeente Westerveen,\n\nbesluit:\n\n"
        "1. het college op te dragen een plan te maken voor de jeugdhulp;\n"
        "2. dit plan te bespreken in juni.\n"
    )
    assert [(a.number, a.span.text) for a in find_assignments(source_of(text))] == [
        (1, "een plan te maken voor de jeugdhulp;")
    ]


def _requests(text: str) -> list[tuple[int, str]]:
    return [(a.number, a.span.text) for a in find_assignments(source_of(text))]


def test_a_heading_that_gives_the_college_its_assignment_opens_the_list() -> None:
    text = (
        "Motie Wachtlijsten\n\nconstaterende dat de wachtlijsten groeien;\n\nOpdracht aan het college:\n\n"
        "1. een plan te maken voor de wachtlijsten;\n2. de raad voor 1 juni 2031 te informeren.\n"
    )
    assert _requests(text) == [
        (1, "een plan te maken voor de wachtlijsten;"),
        (2, "de raad voor 1 juni 2031 te informeren."),
    ]


def test_the_assignment_as_a_noun_in_prose_is_no_heading() -> None:
    text = "Motie Wachtlijsten\n\nDe opdracht aan het college is niet helder genoeg voor de fractie.\n"
    assert _requests(text) == []


def test_numbered_requests_on_one_line_after_om() -> None:
    text = (
        "Motie Wachtlijsten. De raad verzoekt het college om 1) een plan te maken voor de wachtlijsten; "
        "2) de raad voor 1 juni 2031 te informeren, en gaat over tot de orde van de dag.\n"
    )
    assert _requests(text) == [
        (1, "een plan te maken voor de wachtlijsten;"),
        (2, "de raad voor 1 juni 2031 te informeren"),
    ]


def test_bullets_a_word_processor_leaves_and_a_plural_closing_formula() -> None:
    text = (
        "Motie\n\nWij verzoeken het college\n\n\uf0b7 een plan te maken voor de wachtlijsten\n"
        "\uf0b7 de raad te informeren over de voortgang\n\nen gaan over tot de orde van de dag.\n"
    )
    assert _requests(text) == [
        (1, "een plan te maken voor de wachtlijsten"),
        (2, "de raad te informeren over de voortgang"),
    ]


@pytest.mark.parametrize(
    "verdict",
    [
        "Unaniem aangenomen.",
        "Aangenomen (unaniem).",
        "Het voorstel is zonder stemming aangenomen.",
        "Aangenomen met 20 stemmen voor en 5 tegen.",
        "Gewijzigd vastgesteld met algemene stemmen.",
        "Hamerstuk: aangenomen.",
    ],
)
def test_a_verdict_that_says_only_how_the_item_was_settled_takes_the_item_s_title(verdict: str) -> None:
    text = f"Besluitenlijst raad\n\n5. Verordening jeugdhulp Westerveen 2031\n\nBesluit: {verdict}\n"
    assert _points(text, "verslag") == [f"5. Verordening jeugdhulp Westerveen 2031\n\nBesluit: {verdict}"]


@pytest.mark.parametrize("verdict", ["Aangehouden tot de volgende vergadering.", "Uitgesteld."])
def test_a_postponed_item_is_no_decision(verdict: str) -> None:
    text = f"Besluitenlijst raad\n\n5. Verordening jeugdhulp Westerveen 2031\n\nBesluit: {verdict}\n"
    assert _points(text, "verslag") == []


def _reported(sentence: str) -> list[str]:
    text = f"Westerveen - {sentence} De motie werd unaniem aangenomen.\n"
    return [a.span.text for a in find_assignments(source_of(text), None, (), reports_motion=True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In de motie vraagt de PvdA het college om een plan te maken voor de wachtlijsten.",
        "In een motie verzoeken GroenLinks en D66 het college om een plan te maken voor de wachtlijsten.",
        "De raad droeg het college op om een plan te maken voor de wachtlijsten.",
        "Via een motie krijgt het college de opdracht een plan te maken voor de wachtlijsten.",
        "Het college kreeg de opdracht om een plan te maken voor de wachtlijsten.",
    ],
)
def test_a_report_tells_the_request_with_its_subject_or_in_the_past(sentence: str) -> None:
    assert _reported(sentence) == ["een plan te maken voor de wachtlijsten."]


def test_a_report_tells_what_stands_in_the_motion() -> None:
    assert _reported("In de motie staat dat het college voor de zomer een plan moet maken.") == [
        "het college voor de zomer een plan moet maken."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In haar advies vraagt de Jongerenraad het college om de wachtlijsten te halveren.",
        "De fractie vraagt zich af of het college te laat is met de wachtlijsten.",
        "In de motie staat dat de wachtlijsten in de regio langer zijn geworden.",
    ],
)
def test_an_advisory_body_a_question_or_a_finding_is_no_request(sentence: str) -> None:
    assert _reported(sentence) == []


def test_a_flattened_agenda_gives_each_item_its_verdict_closes() -> None:
    text = (
        "Raadsvergadering 3 maart 2031 1. Opening 2. Vaststelling agenda 3. J. Jansen Vaststelling "
        "verordening jeugdhulp Besluit Aangenomen 4. P. Pietersen Nota jeugd Besluit Gewijzigd aangenomen "
        "5. Rondvraag 6. Nota sport Besluitvorming/bespreekstuk\n"
    )
    assert [(d.number, d.span.text) for d in find_decisions(source_of(text), (), "verslag")] == [
        (3, "J. Jansen Vaststelling verordening jeugdhulp Besluit Aangenomen"),
        (4, "P. Pietersen Nota jeugd Besluit Gewijzigd aangenomen"),
    ]


def test_a_flattened_proposal_form_gives_the_points_for_the_college_to_decide() -> None:
    text = (
        "Collegevoorstel Onderwerp Jeugd Samenvatting De afspraken zijn klaar. Ter besluitvorming door het "
        "college 1. De afspraken vast te stellen. 2. De raad met bijgaande brief te informeren. "
        "Afdeling Zorg\n"
    )
    assert [(d.number, d.span.text) for d in find_decisions(source_of(text), (), "collegebesluit")] == [
        (1, "De afspraken vast te stellen."),
        (2, "De raad met bijgaande brief te informeren."),
    ]


def test_news_of_a_meeting_lists_decisions_in_the_passive_and_the_simple_past() -> None:
    text = (
        "Besluiten van de raad\n\nBesluit:\n\nDe raad besluit het nieuwe raadslid toe te laten.\n\n"
        "• Jeugdplan: ingestemd is met het plan van aanpak voor de jeugd. De uitvoering volgt later.\n"
        "• Verordening: De evaluatie van de verordening is voor kennisgeving aangenomen. De raad stelde "
        "vervolgens de nieuwe verordening vast.\n"
    )
    assert _points(text, "nieuwsbericht") == [
        "De raad besluit het nieuwe raadslid toe te laten.",
        "• Jeugdplan: ingestemd is met het plan van aanpak voor de jeugd.",
        "• Verordening: De evaluatie van de verordening is voor kennisgeving aangenomen.",
        "De raad stelde vervolgens de nieuwe verordening vast.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad stelde vast dat de wachtlijsten groeien.",
        "Eerder stelde de raad de verordening vast.",
        "Door het college is ingestemd met het plan.",
    ],
)
def test_a_finding_a_past_decision_or_the_college_s_passive_is_no_decision_of_the_meeting(
    sentence: str,
) -> None:
    assert _points(f"Westerveen - {sentence}\n", "nieuwsbericht") == []


def test_minutes_that_close_the_discussion_under_besluit_with_what_was_adopted() -> None:
    text = (
        "2. Agenda\n\nBesluit\n\nEr is een motie vreemd aan de orde aangekondigd. "
        "De agenda is met deze wijziging vastgesteld.\n\n3. Mededelingen\n\nBesluit\n\n"
        "De wethouder vertelt over de jeugdhulp. De raad is blij.\n"
    )
    assert _points(text, "verslag") == ["De agenda is met deze wijziging vastgesteld."]


def test_a_request_told_in_the_first_person_and_continued_by_a_bare_infinitive() -> None:
    text = (
        "Westerveen - Daarom hebben wij een motie opgesteld waarin we het college vragen een campagne te "
        "starten om pleeggezinnen te werven. Daarnaast in overleg te gaan met de scholen, omdat het "
        "onderwijs meedoet. Verder gaan we op bezoek bij de scholen.\n"
    )
    assert [a.span.text for a in find_assignments(source_of(text), None, (), reports_motion=True)] == [
        "een campagne te starten om pleeggezinnen te werven.",
        "Daarnaast in overleg te gaan met de scholen, omdat het onderwijs meedoet.",
    ]


def test_the_mover_as_the_subject_that_calls_for_the_request() -> None:
    assert _reported("In de motie roept raadslid De Vries op om de wachtlijsten te halveren.") == [
        "de wachtlijsten te halveren."
    ]


def test_a_college_decision_list_records_informing_the_council_in_the_passive() -> None:
    text = (
        "Besluitenlijst college\n\nOnderzoek toegang jeugd\n\nHet onderzoek is klaar. De raad wordt hierover "
        "per brief geïnformeerd.\n\nSportpark\n\nDe raad wordt vaak geïnformeerd over sport.\n"
    )
    assert _points(text, "collegebesluit") == ["De raad wordt hierover per brief geïnformeerd."]


def test_the_amendment_s_mover_proposes_what_it_asks() -> None:
    text = (
        "Westerveen - In dit amendement stelt Lokaal Westerveen voor het beslispunt te wijzigen door de "
        "jeugdhulp te ontzien.\n"
    )
    assert [a.span.text for a in find_assignments(source_of(text), None, (), reports_motion=True)] == [
        "het beslispunt te wijzigen door de jeugdhulp te ontzien."
    ]


def test_an_article_heading_between_the_decision_heading_and_its_points() -> None:
    text = ("Het college van burgemeester en wethouders van Oosterdijk;\n\nBesluit:\n\nArtikel I\n\n"
            "  • 1.\n\n    De gemeenschappelijke regeling Jeugdteam Oost op te heffen.\n\n  • 2.\n\n"
            "    In te stemmen met het liquidatieplan van 9 april 2031.\n\nArtikel II\n\n"
            "Dit besluit treedt in werking op de dag na bekendmaking.\n")
    assert [d.span.text for d in find_decisions(source_of(text), kind="collegebesluit")] == [
        "De gemeenschappelijke regeling Jeugdteam Oost op te heffen.",
        "In te stemmen met het liquidatieplan van 9 april 2031."]


def test_a_proposal_asks_its_decision_in_a_sentence_of_prose() -> None:
    text = ("Rekenkameronderzoek jeugdhulp\n\nDe rekenkamer onderzocht de kosten. De gemeenteraad wordt nu "
            "voorgesteld om de aanbevelingen over te nemen en het college op te dragen ze uit te voeren. "
            "Daarna volgt een debat.\n")
    assert [d.span.text for d in find_decisions(source_of(text), kind="raadsvoorstel")] == [
        "de aanbevelingen over te nemen en het college op te dragen ze uit te voeren."]
    # news of a proposal tells what is not yet decided
    assert find_decisions(source_of(text), kind="nieuwsbericht") == []
