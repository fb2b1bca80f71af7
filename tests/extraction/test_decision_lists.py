"""Decisions as councils and colleges write them: raadsbesluiten, besluitenlijsten, minutes and proposals."""

from __future__ import annotations

from jeugdgraph.extract.resolutions import find_decisions

from .conftest import source_of


def test_a_raadsbesluit_with_one_unnumbered_point_gives_that_point() -> None:
    text = (
        "De raad van de gemeente Oosterdijk;\n\ngelet op artikel 2.9 van de Jeugdwet;\n\n"
        "b e s l u i t\n\nvast te stellen de Verordening jeugdhulp Oosterdijk 2031.\n\n"
        "Hoofdstuk 1 Algemene bepalingen\n"
    )
    decisions = find_decisions(source_of(text))
    assert [(d.number, d.span.text) for d in decisions] == [
        (1, "vast te stellen de Verordening jeugdhulp Oosterdijk 2031.")
    ]


def test_a_decision_point_cut_before_its_object_takes_the_next_line() -> None:
    point = "vast te stellen de\n\nNadere regels jeugdhulp Westerveen 2030"
    text = f"BESLUIT:\n\n{point}\n\nArtikel 1 Begrippen\n"
    assert [d.span.text for d in find_decisions(source_of(text))] == [point]


def test_a_prose_paragraph_after_a_decision_header_is_no_decision() -> None:
    text = "Besluit:\n\nHet college heeft gisteren met de aanbieders gesproken over de tarieven.\n"
    assert find_decisions(source_of(text)) == []


def test_minutes_that_decide_as_proposed_give_the_proposal_s_points() -> None:
    text = (
        "Openbare notulen van burgemeester en wethouders\n\n 4.  Pleegzorg\n\n"
        "Voorstel van de afdeling Samenleving:\n\n"
        " 1. In te stemmen met de nieuwe vergoeding voor pleegouders;\n"
        " 2. De raad hierover te informeren met bijgaande brief.\n\n"
        "Besluit: Conform advies.\n\n 5.  Sportpark\n\nVoorstel van de afdeling Ruimte:\n\n"
        " 1. Het krediet beschikbaar te stellen.\n\n"
        "Besluit: Het college besluit het voorstel aan te houden.\n"
    )
    decisions = find_decisions(source_of(text))
    assert [(d.number, d.span.text) for d in decisions] == [
        (1, "In te stemmen met de nieuwe vergoeding voor pleegouders;"),
        (2, "De raad hierover te informeren met bijgaande brief."),
    ]


def test_minutes_state_each_decision_in_a_sentence_under_besluit() -> None:
    text = (
        "1. Opening\n\n  Besluit\n\n  De agenda wordt zonder wijzigingen vastgesteld.\n\n"
        "2. Jeugdhulp\n\n  Besluit\n\n  De raad besluit het voorstel door te sturen naar de commissie.\n\n"
        "3. Rondvraag\n\n  Besluit\n\n  Er waren geen vragen over de jeugdhulp in de regio.\n"
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "De agenda wordt zonder wijzigingen vastgesteld.",
        "De raad besluit het voorstel door te sturen naar de commissie.",
    ]


def test_a_besluitenlijst_gives_the_points_before_each_explanation() -> None:
    text = (
        "Besluitenlijst college week 12\n\n21-101 Subsidie jongerenwerk\n\n"
        " 1. De subsidie voor het jongerenwerk 2022 vast te stellen.\n 2. De raad hierover te informeren.\n\n"
        "Toelichting:\nHet jongerenwerk krijgt een nieuwe opdracht.\n\n21-102 Sportpark\n\n"
        "Het college bespreekt het sportpark.\n\nToelichting:\nDe plannen volgen later.\n"
    )
    assert [(d.number, d.span.text) for d in find_decisions(source_of(text))] == [
        (1, "De subsidie voor het jongerenwerk 2022 vast te stellen."),
        (2, "De raad hierover te informeren."),
    ]
    # (the rules' reading: a report's numbered infinitives are no decision list; the learned model, which
    # reads a document no rule found decisions in, may still take a point: see test_learned_statements)
    assert find_decisions(source_of(text.replace("Besluitenlijst", "Verslag")), learned=False) == []


def test_a_decision_heading_glued_to_the_paragraph_before_opens_the_points() -> None:
    text = (
        "Agendapunten\n\n • 3\n\n  Het speelplein aan de Dijkstraat is versleten. Voorgesteld besluit\n\n"
        "  1. Een krediet van € 40.000 beschikbaar te stellen.\n  2. De buurt per brief te informeren.\n"
    )
    assert [(d.number, d.span.text) for d in find_decisions(source_of(text))] == [
        (1, "Een krediet van € 40.000 beschikbaar te stellen."),
        (2, "De buurt per brief te informeren."),
    ]


def test_under_a_bare_decision_heading_an_infinitive_clause_is_the_decision() -> None:
    text = (
        "  1. B.2\n\n    Besluit\n\n    De vragen van de fractie X over de speeltuin conform bijgevoegde "
        "brief te beantwoorden.\n\n  2. B.3\n\n    Voorgesteld besluit\n\n    Raad en wijkraad informeren "
        "over de voortgang van de jeugdaanpak\n\n  3. B.4\n\n    Besluit\n\n"
        "    Het college heeft de aanvraag besproken.\n"
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "De vragen van de fractie X over de speeltuin conform bijgevoegde brief te beantwoorden.",
        "Raad en wijkraad informeren over de voortgang van de jeugdaanpak",
    ]


def test_points_numbered_within_an_agenda_item_and_a_verdict_on_the_line() -> None:
    text = (
        "Besluitenlijst 3 maart 2031\n\n1 Vaststellen van de besluitenlijst van 24 februari 2031\n"
        "Besluit: Vastgesteld.\n\n2 Nadere regels jeugdhulp (1234-2031)\nDe regels moeten worden aangepast.\n"
        "Besluit:\n1.1 In te stemmen met de nadere regels\njeugdhulp 2031.\n"
        "1.2. De raad hierover te informeren.\n\n"
        "3 Sportnota\nBesluit: conform advies.\n"
    )
    decisions = sorted(find_decisions(source_of(text)), key=lambda d: d.span.begin)
    assert [(d.number, d.span.text) for d in decisions] == [
        (1, "1 Vaststellen van de besluitenlijst van 24 februari 2031\nBesluit: Vastgesteld."),
        (1, "In te stemmen met de nadere regels\njeugdhulp 2031."),
        (2, "De raad hierover te informeren."),
    ]


def test_a_listed_item_closed_by_its_verdict_is_a_decision() -> None:
    text = (
        "Besluitenlijst B&W\n\nAdviezen:\n\n"
        " • Z31.0001   Subsidie speeltuinvereniging. Wethouder Jansen. Akkoord.\n"
        " • Z31.0002   Nota jeugdbeleid. Wethouder Pieters. Conform advies, gewijzigd besloten.\n"
        " • Z31.0003   Bezoek aan de jeugdraad. Wethouder Pieters.\n"
        " • Het college is akkoord met de planning.\n"
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "Z31.0001   Subsidie speeltuinvereniging. Wethouder Jansen. Akkoord.",
        "Z31.0002   Nota jeugdbeleid. Wethouder Pieters. Conform advies, gewijzigd besloten.",
    ]


def test_a_preamble_decides_inline_and_a_further_point_follows_as_its_own_paragraph() -> None:
    text = (
        "Het college van burgemeester en wethouders van de gemeente Oosterdijk,\n\n"
        "besluit vast te stellen de Beleidsregels jeugdhulp Oosterdijk 2031\n\n"
        "De Beleidsregels jeugdhulp 2027 gelijktijdig in te trekken.\n\nHoofdstuk 1 Begrippen\n"
    )
    assert [(d.number, d.span.text) for d in find_decisions(source_of(text))] == [
        (1, "besluit vast te stellen de Beleidsregels jeugdhulp Oosterdijk 2031"),
        (2, "De Beleidsregels jeugdhulp 2027 gelijktijdig in te trekken."),
    ]


def test_a_besluitenlijst_gives_the_points_under_an_agenda_item_without_explanation() -> None:
    text = (
        "Besluitenlijst week 9\n\n31-077 Jeugdhulp in de regio\n\n 1. Kennis te nemen van de regiovisie.\n"
        " 2. De raad te informeren over de wachttijden. Het betreft de"
    )
    assert [(d.number, d.span.text) for d in find_decisions(source_of(text))] == [
        (1, "Kennis te nemen van de regiovisie."),
        (2, "De raad te informeren over de wachttijden. Het betreft de"),
    ]


def test_a_raadsvoorstel_s_points_as_the_college_proposes_them() -> None:
    points = (
        "1. Het inkoopkader jeugdhulp 2031 vast te stellen;\n"
        "2. De raad jaarlijks te informeren.\n\nAanleiding\n")
    for header in ("Wij stellen u voor:", "Het college stelt de raad voor om:", "Voorstel"):
        text = f"Raadsvoorstel inkoop jeugdhulp\n\n{header}\n\n{points}"
        assert [d.number for d in find_decisions(source_of(text))] == [1, 2], header
    inline = (
        "Raadsvoorstel\n\nVoorgesteld besluit: Het inkoopkader jeugdhulp 2031 vast te stellen.\n\n"
        "Aanleiding\n")
    assert [d.span.text for d in find_decisions(source_of(inline))] == [
        "Het inkoopkader jeugdhulp 2031 vast te stellen."]


def test_minutes_record_a_passive_verdict_under_an_agenda_item() -> None:
    text = (
        "Openbare notulen\n\n 1. Vaststellen notulen van 3 maart 2031\n\n"
        "De notulen zijn ongewijzigd vastgesteld.\n\n"
        "Nieuws\n\nHet plan is vastgesteld.\n"
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "De notulen zijn ongewijzigd vastgesteld."]


def test_a_letter_tells_the_college_s_decision_by_the_acts_it_took() -> None:
    text = ("Inkoop jeugdhulp\n\nOns college heeft op 3 maart 2031 de aanbesteding afgerond door kennis "
            "te nemen van de gunning aan Stichting Sterk Thuis en door in te stemmen met de "
            "afspraken over de afbouwkosten.\n\nDe raad heeft hier eerder over gesproken.")
    found = find_decisions(source_of(text), [], "raadsinformatiebrief")
    assert [d.span.text for d in found] == [
        "door kennis te nemen van de gunning aan Stichting Sterk Thuis",
        "door in te stemmen met de afspraken over de afbouwkosten"]
    # the means of someone else's act is no decision of the college
    other = "De aanbieder heeft de wachtlijst verkort door in te stemmen met extra uren."
    assert find_decisions(source_of(other), [], "nieuwsbericht") == []
    # "door" that tells a cause, with no deciding act after it, gives nothing (and no error)
    cause = "Ons college heeft door de drukte van de zomer nog geen keuze gemaakt over de inkoop."
    assert find_decisions(source_of(cause), [], "raadsinformatiebrief") == []


def test_a_recorded_decision_with_numbered_points_after_full_stops_gives_each_point() -> None:
    text = "Besluit: 1. De verordening jeugdhulp 2031 vast te stellen. 2. De raad hierover te informeren."
    found = find_decisions(source_of(text), [], "collegebesluit")
    assert [(d.number, d.span.text) for d in found] == [
        (1, "De verordening jeugdhulp 2031 vast te stellen."), (2, "De raad hierover te informeren.")]


def test_items_of_a_decision_list_that_open_with_their_case_number_are_decisions() -> None:
    text = (
        "Besluitenlijst college 3 maart 2031\n"
        "Adviezen:\n"
        "Z31.004411 Subsidie speeltuinvereniging De Klimboom. Wethouder Jansen. Akkoord.\n"
        "2031-0187 Regels leerlingenvervoer. Wethouder Pieters. Het college besluit het aan te houden.\n"
        "Z31.004412 Presentatie over de wijkteams. Wethouder Jansen.\n"
    )
    found = [d.span.text for d in find_decisions(source_of(text), kind="collegebesluit")]
    assert found == [
        "Subsidie speeltuinvereniging De Klimboom. Wethouder Jansen. Akkoord.",
        "Regels leerlingenvervoer. Wethouder Pieters. Het college besluit het aan te houden.",
    ]


def test_the_college_taking_note_of_an_announcement_decides_nothing() -> None:
    text = (
        "Besluitenlijst college 3 maart 2031\n"
        "Besluitenlijst 24 februari 2031, ter vaststelling\n"
        "Het college stelt de besluitenlijst van 24 februari 2031 ongewijzigd vast.\n"
        "Mededelingen:\n"
        "- Gesprek met de directeur van de bibliotheek. Het college neemt kennis van de memo.\n"
        "- Nota speelruimte en memo. Het college besluit de nota te delen met de raad.\n"
    )
    found = [d.span.text for d in find_decisions(source_of(text), kind="collegebesluit")]
    assert sorted(found) == [
        "Het college stelt de besluitenlijst van 24 februari 2031 ongewijzigd vast.",
        "Nota speelruimte en memo. Het college besluit de nota te delen met de raad.",
    ]


def test_a_formula_that_ends_its_line_adopts_the_name_on_the_next_line() -> None:
    for formula in ("besluit vast te stellen:", "besluit vast te stellen de:"):
        text = (
            "Het college van burgemeester en wethouders van de gemeente Westerveen;\n\n"
            f"gelet op de Jeugdwet;\n\n{formula}\n\nNadere regels jeugdhulp Westerveen 2032\n\n"
            "Hoofdstuk 1 Begrippen\n"
        )
        found = [d.span.text for d in find_decisions(source_of(text))]
        assert found == [f"{formula}\n\nNadere regels jeugdhulp Westerveen 2032"], formula
    # the regulation's text right after the formula names nothing the formula adopts
    text = "De raad;\n\nbesluit vast te stellen:\nArtikel 1 Begrippen\nIn deze verordening wordt verstaan:\n"
    assert [d.span.text for d in find_decisions(source_of(text))] == []
