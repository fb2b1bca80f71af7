"""Decisions, assignments, measures, amounts, dates, glossary terms, principles and themes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jeugdgraph import iris
from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.resolutions import find_assignments, find_decisions
from jeugdgraph.extract.statements import (
    find_glossary,
    find_measures,
    find_principles,
    find_themes,
)
from jeugdgraph.extract.structure import list_at, sentences

from .conftest import ALBLASSERDAM, HILLEGOM, PRESENTATION, VELSEN, VLAARDINGEN, source_of


def test_velsen_motion_gives_three_assignments_the_third_due_in_the_third_quarter(extracted) -> None:
    assignments = extracted[VELSEN].assignments
    assert [a.number for a in assignments] == [1, 2, 3]
    assert assignments[0].span.text == (
        "Inregionaal verband de versterking van de sociale basis voor jeugd te agenderen;"
    )
    assert assignments[1].span.text.endswith("expliciet regionaal\nworden benoemd en geborgd;")
    assert assignments[2].span.text.startswith("De uitkomsten van deze regionale gesprekken")
    assert [a.deadline for a in assignments] == [None, None, date(2026, 9, 30)]
    assert extracted[VELSEN].decisions == []  # "het volgende besluit te nemen:" is no decision list


def test_vlaardingen_proposal_has_two_decision_points_the_first_adopting_the_regiovisie(extracted) -> None:
    document = extracted[VLAARDINGEN]
    proposal = next(p for p in document.parts if p.metadata.kind == "raadsvoorstel")
    assert proposal.metadata.date == date(2026, 4, 7)
    assert document.metadata.date == date(2026, 4, 7)
    points = [d for d in document.decisions if proposal.span.contains(d.span)]
    assert [d.number for d in points] == [1, 2]
    assert points[0].span.text.startswith("Regiovisie Jeugdhulp Rijnmond 2026-2030 vaststellen")
    regiovisie = next(p for p in document.parts if p.metadata.kind == "regiovisie")
    letter = next(p for p in document.parts if p.metadata.kind == "brief")
    assert points[0].adopts == (str(iris.extracted(VLAARDINGEN, "regiovisie", regiovisie.number)),)
    assert points[1].adopts == (str(iris.extracted(VLAARDINGEN, "brief", letter.number)),)
    decision = next(p for p in document.parts if p.metadata.kind == "raadsbesluit")
    council = [d for d in document.decisions if decision.span.contains(d.span)]
    assert [(d.number, d.adopts) for d in council] == [(1, points[0].adopts), (2, points[1].adopts)]
    assert len(document.decisions) == 4


def test_alblasserdam_amounts_regional_and_for_the_municipality(extracted) -> None:
    amounts = extracted[ALBLASSERDAM].amounts
    regional = [a for a in amounts if a.value == Decimal(400000)]
    assert len(regional) == 2
    assert {a.concerns for a in regional} == {str(iris.jeugdregio("zuid-holland-zuid"))}
    local = [a for a in amounts if a.value == Decimal(19000)]
    assert [a.concerns for a in local] == [str(iris.gemeente("GM0482")), None]
    assert local[0].span.text == "€ 19.000,="
    assert [a.percentage for a in amounts if a.percentage is not None] == [10, 25, 12, 13]
    assert all(a.value is not None or a.percentage is not None for a in amounts)  # not "€ 5,000,000,000,="


def test_regiovisie_glossary_has_sixteen_terms_with_their_definitions(extracted) -> None:
    glossary = extracted[VLAARDINGEN].glossary
    assert [t.term for t in glossary] == [
        "Aanpalende domeinen", "Casusregie", "De commissie van Ark", "Domein overstijgend", "Gezinssysteem",
        "Integrale analyse", "Integrale zorg", "Jeugdwet", "Landelijk Transitie arrangement (LTA)",
        "Lokale teams", "(Sociaal) netwerk", "Normaliseren", "Procesregie", "Rekenkameronderzoek",
        "Sociaal pedagogische basis", "Zorglandschapstafel",
    ]
    assert glossary[1].definition.startswith("Coördinatie van hulp en ondersteuning rondom één gezin")
    assert glossary[1].span.text.startswith("Casusregie\tCoördinatie")


def test_leading_principles_keep_their_explanation(extracted) -> None:
    principles = [p.span.text for p in extracted[VLAARDINGEN].principles]
    assert len(principles) == 5
    assert principles[0] == (
        "Jeugdigen hebben een (t)huis en kunnen naar school.\n\n"
        "Alle inzet heeft als uiteindelijk doel dit in stand te houden."
    )
    assert principles[4].startswith("We streven altijd naar passende hulp: gewoon is goed genoeg.")


def test_seed_measures(extracted) -> None:
    hillegom = [m.span.text for m in extracted[HILLEGOM].measures]
    assert ("Het college heeft de gemeenteraad gevraagd een nieuwe Verordening Jeugdhulp vast te stellen."
            in hillegom)
    assert "En tot slot zijn we bezig met het opzetten van het programma Jeugd." in hillegom
    assert "Jeugdhulp naar de voorkant is één van die maatregelen." in [
        m.span.text for m in extracted[ALBLASSERDAM].measures
    ]
    assert [m.span.text for m in extracted[PRESENTATION].measures] == [
        "Samenvoegen segmenten 1 en 5: opdracht aan 5\ngrootste aanbieders (80% aanbod)",
        "Afbakenen jeugdhulp in segment 4",
        "Aanscherpen andere segmenten",
    ]
    assert extracted[VELSEN].measures == []


def test_seed_dates_and_the_norm_period(extracted) -> None:
    dated = extracted[VLAARDINGEN].dated
    assert {d.duration for d in dated if d.duration} == {"P14W"}
    assert date(2029, 1, 1) in {d.date for d in dated}
    assert extracted[HILLEGOM].dated == []  # "20 januari" has no year


def test_themes_come_from_the_concept_scheme(extracted) -> None:
    themes = {hit.theme.rsplit("/", 1)[-1] for hit in extracted[VELSEN].themes}
    assert {"preventie", "sociale-basis", "specialistische-jeugdhulp", "wachttijden"} <= themes
    for hit in extracted[VELSEN].themes:
        assert hit.theme.startswith("https://w3id.org/jeugdgraph/id/thema/")


# --------------------------------------------------------------------------- small documents


def test_single_unnumbered_request_of_a_motion() -> None:
    source = source_of(
        "Motie Jeugdhulp dichtbij\n\nDe raad, in vergadering bijeen op 3 februari 2026,\n\n"
        "verzoekt het college om uiterlijk 1 juni 2026 een plan voor lokale jeugdhulp aan de raad voor te "
        "leggen, en gaat over tot de orde van de dag.\n"
    )
    assignments = find_assignments(source)
    assert [(a.number, a.span.text, a.deadline) for a in assignments] == [
        (1, "uiterlijk 1 juni 2026 een plan voor lokale jeugdhulp aan de raad voor te leggen",
         date(2026, 6, 1)),
    ]


def test_a_letter_that_asks_something_is_no_motion() -> None:
    source = source_of("Geacht college,\n\nWij verzoeken het college om de wachttijden te verkorten.\n")
    assert find_assignments(source) == []


def test_decision_list_with_sub_items_and_a_narrative_line_that_mentions_a_decision() -> None:
    source = source_of(
        "Het bestuur heeft besloten tot maatregelen. Wij nemen de volgende maatregelen:\n\n"
        "- de inkoop opnieuw inrichten;\n\n"
        "Besluit:\n\n1. de nota vast te stellen, met:\n\na. de bijlage;\n\nb. de planning;\n\n"
        "2. de raad te informeren.\n\nToelichting\n\nTekst.\n"
    )
    decisions = find_decisions(source)
    assert [d.number for d in decisions] == [1, 2]
    assert decisions[0].span.text == "de nota vast te stellen, met:\n\na. de bijlage;\n\nb. de planning;"
    assert [m.span.text for m in find_measures(source)] == ["de inkoop opnieuw inrichten;"]


def test_lists_end_where_the_text_goes_on() -> None:
    text = "Besluit:\n1. de verordening vast te stellen.\nGedaan in de vergadering van 11 december 2025.\n"
    items = list_at(text, text.index("\n") + 1)
    assert [i.content.text for i in items] == ["de verordening vast te stellen."]
    wrapped = "Kop:\n\n1. een punt dat doorloopt\n\nop de volgende regel;\n\n2. en een tweede.\n\nSlot.\n"
    items = list_at(wrapped, wrapped.index("\n") + 1)
    assert [i.content.text for i in items] == [
        "een punt dat doorloopt\n\nop de volgende regel;", "en een tweede.",
    ]


def test_sentences_run_on_across_pdf_line_gaps_but_not_across_headings() -> None:
    text = ("Het Algemeen Bestuur van de \n\nDienst heeft € 400.000,= beschikbaar gesteld.\n\n"
            "Beoogd resultaat\n\nHet resultaat is zicht. Drs. E. Stolk tekent bijv. mee.\n")
    assert [s.text for s in sentences(text)] == [
        "Het Algemeen Bestuur van de \n\nDienst heeft € 400.000,= beschikbaar gesteld.",
        "Beoogd resultaat",
        "Het resultaat is zicht.",
        "Drs. E. Stolk tekent bijv. mee.",
    ]


def test_glossary_in_a_pipe_table_and_principles_as_a_list() -> None:
    source = source_of(
        "| Begrip | Omschrijving |\n|---|---|\n| Wijkteam | Het lokale team van de gemeente. |\n"
        "| Treeknorm | De aanvaardbare wachttijd. |\n\nDe uitgangspunten zijn:\n\n- Thuis opgroeien.\n"
        "- Gewoon is goed genoeg.\n\nVerder.\n"
    )
    assert [(t.term, t.definition) for t in find_glossary(source)] == [
        ("Wijkteam", "Het lokale team van de gemeente."), ("Treeknorm", "De aanvaardbare wachttijd."),
    ]
    assert [p.span.text for p in find_principles(source)] == ["Thuis opgroeien.", "Gewoon is goed genoeg."]


def test_a_theme_is_found_by_its_synonyms() -> None:
    hits = find_themes(source_of("De wachtlijsten lopen op; we zetten in op vroegsignalering."))
    assert [(h.span.text, h.theme.rsplit("/", 1)[-1]) for h in hits] == [
        ("wachtlijsten", "wachttijden"), ("vroegsignalering", "preventie"),
    ]


def test_extraction_is_deterministic(sources, entries) -> None:
    first = extract_document(sources[VLAARDINGEN], gazetteer=entries)
    second = extract_document(sources[VLAARDINGEN], gazetteer=list(reversed(entries)))
    assert first == second
    assert [d.span.begin for d in first.decisions] == sorted(d.span.begin for d in first.decisions)


def test_a_package_of_measures_agreed_names_no_measure() -> None:
    vague = source_of("Vorig jaar zijn een pakket maatregelen afgesproken om grip op de kosten te krijgen.")
    assert find_measures(vague) == []
    named = source_of("De inzet van een praktijkondersteuner is een van de maatregelen tegen wachttijden.")
    assert len(find_measures(named)) == 1


def test_starting_or_extending_something_is_a_measure() -> None:
    text = ("Daarnaast starten we in september met een pilot voor gezinscoaches. "
            "Ook breiden we het jongerenwerk uit. We starten de vergadering om acht uur.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Daarnaast starten we in september met een pilot voor gezinscoaches.",
        "Ook breiden we het jongerenwerk uit.",
    ]


def test_an_amount_concerns_the_municipality_that_opens_its_clause() -> None:
    _, entries = reference_data()

    def concerns(text: str) -> list[str | None]:
        found = extract_document(source_of(text), gazetteer=entries).amounts
        return [a.concerns.rsplit("/", 1)[-1] if a.concerns else None for a in found]

    assert concerns("Wethouders protesteerden in Den Haag: Zwolle komt 6,1 mln tekort.") == ["gm0193"]
    assert concerns("Deventer krijgt ruim twintig miljoen euro.") == ["gm0150"]
    assert concerns("Tiel en Zwolle krijgen samen 2 miljoen.") == [None]


def test_an_amount_concerns_the_body_its_sentence_or_the_sentence_before_makes_it_belong_to() -> None:
    _, entries = reference_data()

    def concerns(text: str) -> list[str | None]:
        found = extract_document(source_of(text), gazetteer=entries).amounts
        return [a.concerns.rsplit("/", 1)[-1] if a.concerns else None for a in found]

    # the subject after its verb
    assert concerns("Na een lange discussie komt Deventer op een tekort van 1,2 miljoen euro.") == ["gm0150"]
    # "voor een ... stad als X"
    assert concerns("Voor een kleine stad als Zutphen betekent dat een bedrag van drie ton.") == ["gm0301"]
    # the one municipality of the sentence before, in the same paragraph
    assert concerns("Het tekort in de gemeente Zutphen groeit. In 2027 loopt het op tot 2 miljoen euro.") == [
        "gm0301"]
    # not when the amount's sentence speaks of the country or several municipalities
    assert concerns("Het tekort in Zutphen groeit. Landelijk gaat het om 1 miljard euro.") == [None]
    assert concerns("Zutphen wil meer grip:\n\nHet Rijk geeft 600 miljoen euro.") == [None]


def test_an_amount_concerns_the_body_its_clause_or_the_text_makes_it_belong_to() -> None:
    _, entries = reference_data()

    def concerns(text: str) -> list[str | None]:
        found = extract_document(source_of(text), gazetteer=entries).amounts
        return [a.concerns.rsplit("/", 1)[-1] if a.concerns else None for a in found]

    # each clause says whom its own amount is for
    assert concerns("Voor Zutphen is het tekort 400 duizend euro, in Deventer is dat 2,2 miljoen euro.") == [
        "gm0301", "gm0150"]
    # the subject opening its clause with any finite verb, or after a modal verb
    assert concerns("Deventer wist al dat het 3,5 miljoen euro moet bezuinigen.") == ["gm0150"]
    assert concerns("Daarom wil Zutphen de komende jaren 600.000 euro reserveren.") == ["gm0301"]
    assert concerns("Zutphen en Deventer hebben samen 3 miljoen euro nodig.") == [None]
    # a blank line opens a new clause, a headline above it is not its subject
    assert concerns("Tekort bij Zutphen: nieuws\n\nDeventer houdt 1,1 miljoen euro over.") == ["gm0150"]
    # the amount "van" a municipality
    assert concerns("Het gaat om de bijdrage van 300.000 euro van Deventer.") == ["gm0150"]
    # "de gemeentelijke begroting" in a text about one municipality, not in one about two
    about_one = "In Zutphen groeit de vraag naar jeugdhulp. Er is meer zorg nodig.\n\n"
    assert concerns(about_one + "Het gat in de gemeentelijke begroting is 1,4 miljoen euro.") == ["gm0301"]
    about_two = "Zutphen en Deventer werken samen. Er is meer zorg nodig.\n\n"
    assert concerns(about_two + "Het gat in de gemeentelijke begroting is 1,4 miljoen euro.") == [None]
    # "respectievelijk" pairs the n-th amount with the n-th municipality
    assert concerns("Zutphen en Tiel verwachten respectievelijk 0,4 en 1,3 miljoen euro tekort.") == [
        "gm0301", "gm0281"]
    three = "Tiel, Zutphen en Deventer krijgen respectievelijk € 2 miljoen, € 5 miljoen en € 1 miljoen."
    assert concerns(three) == ["gm0281", "gm0301", "gm0150"]
    # not when the list and the bodies differ in number
    assert concerns("Tiel en Zutphen krijgen respectievelijk € 2 miljoen, € 5 miljoen en € 1 miljoen.") == [
        None, None, None]
    # a flattened PDF wraps the line between the number and its multiplier
    found = extract_document(source_of("Het tekort loopt op tot € 12,5\nmiljoen in 2027."), gazetteer=entries)
    assert [a.value for a in found.amounts] == [Decimal("12500000")]


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
    assert find_decisions(source_of(text.replace("Besluitenlijst", "Verslag"))) == []


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


def test_minutes_record_a_passive_verdict_under_an_agenda_item() -> None:
    text = (
        "Openbare notulen\n\n 1. Vaststellen notulen van 3 maart 2031\n\n"
        "De notulen zijn ongewijzigd vastgesteld.\n\n"
        "Nieuws\n\nHet plan is vastgesteld.\n"
    )
    assert [d.span.text for d in find_decisions(source_of(text))] == [
        "De notulen zijn ongewijzigd vastgesteld."]


def test_a_possibility_a_reference_back_input_taken_along_or_keeping_watch_is_no_measure() -> None:
    text = (
        "Lukt een akkoord met de eigenaar niet, dan kan de gemeente gaan onteigenen. "
        "De proef liep goed. Daarom gaan we daarmee door. "
        "De wethouder zal de inbreng van de raad meenemen in het vervolg. "
        "Wij zullen in de komende maanden de vinger aan de pols houden. "
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
