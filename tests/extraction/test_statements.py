"""Statements on the seeds and small documents: assignments, amounts, dates, glossary, principles, themes."""

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
