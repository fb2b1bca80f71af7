"""What a headline announces, what a motion tells of its aim and what a news lead tells before an adopted
motion: whose statement each is (measure, request or none)."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.statements import find_measures
from jeugdgraph.extract.structure import sentences

from .conftest import source_of


def test_a_headline_is_a_sentence_of_its_own_and_no_measure() -> None:
    text = ("3 maart 2031\n\nGemeente Zwolle gaat aan de slag met de wachtlijsten in de jeugdhulp\n\n"
            "De fractie van de SP heeft het college om opheldering gevraagd. "
            "De gemeente gaat jeugdconsulenten inzetten op alle scholen.")
    assert [s.text for s in sentences(text)][:2] == [
        "3 maart 2031", "Gemeente Zwolle gaat aan de slag met de wachtlijsten in de jeugdhulp"]
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De gemeente gaat jeugdconsulenten inzetten op alle scholen."]


def test_a_paragraph_broken_mid_sentence_still_runs_on() -> None:
    text = "Het college heeft besloten om in overleg met de\n\nbuurgemeenten een pilot te starten."
    assert len(sentences(text)) == 1


def test_a_motion_takes_no_measure_what_it_tells_of_its_aim_is_its_request() -> None:
    _, entries = reference_data()
    text = ("Motie Meer handen aan het bed\n\nWij hebben een motie ingediend en die is aangenomen! "
            "Daarnaast zal de gemeente onderzoek doen naar hoe meer mensen in de zorg kunnen werken.\n\n"
            "De raad van de gemeente Zwolle, in vergadering bijeen op 4 april 2031,\n"
            "verzoekt het college:\n1. een taskforce in te stellen die de wachtlijsten aanpakt;\n"
            "2. de raad hierover voor de zomer te informeren,\nen gaat over tot de orde van de dag.")
    found = extract_document(source_of(text), gazetteer=entries)
    assert found.metadata.kind == "motie"
    assert found.measures == []
    assert [a.number for a in found.assignments] == [1, 2]


def test_a_news_lead_before_the_adopted_amendment_is_what_it_asks() -> None:
    _, entries = reference_data()
    text = ("ZWOLLE \u2022 De gemeente Zwolle gaat meer doen aan het voorkomen van schulden bij jongeren. "
            "De gemeenteraad ging dinsdag unaniem akkoord met een amendement van de ChristenUnie.\n\n"
            "Het amendement kwam aan de orde bij de begroting.")
    found = extract_document(source_of(text), gazetteer=entries)
    assert [a.span.text for a in found.assignments] == [
        "De gemeente Zwolle gaat meer doen aan het voorkomen van schulden bij jongeren."]
    assert found.measures == []


def test_the_college_s_plan_before_a_rejected_motion_is_no_request() -> None:
    _, entries = reference_data()
    text = ("De gemeente Zwolle gaat bezuinigen op de jeugdhulp. "
            "De raad verwierp een motie van de SP om dat tegen te houden.")
    found = extract_document(source_of(text), gazetteer=entries)
    assert all("bezuinigen" not in a.span.text for a in found.assignments)


def test_a_sentence_that_refers_back_to_the_policy_named_before_joins_its_measure() -> None:
    text = ("Daarnaast zetten we de eerste stappen in de nieuwe schuldhulpaanpak. "
            "Het nieuwe beleid wordt in 2032 uitgevoerd.")
    assert [m.span.text for m in find_measures(source_of(text))] == [text]


def test_what_happens_to_consultation_responses_is_the_procedure() -> None:
    text = ("De inspraakreacties worden allemaal verwerkt in een reactienota. "
            "Er wordt een nieuwe jongerenwerker aangesteld.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Er wordt een nieuwe jongerenwerker aangesteld."]


def test_how_we_do_it_spells_out_the_measure_before_it() -> None:
    text = ("In 2032 gaan we verder met het programma Sterk Thuis. "
            "Dit realiseren we door een pilot te starten met de huisartsen.")
    assert [m.span.text for m in find_measures(source_of(text))] == [text]


def test_an_agreement_concluded_to_an_end_is_a_measure() -> None:
    text = ("Concreet is er een convenant gesloten om de wachttijden te meten. "
            "Er is een overeenkomst gesloten die veel aandacht kreeg.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "Concreet is er een convenant gesloten om de wachttijden te meten."]


def test_a_council_that_called_on_the_national_government_asked_it_in_its_motion() -> None:
    _, entries = reference_data()
    text = ("In Zwolle werd unaniem een motie aangenomen. De gemeenteraad riep de Tweede Kamer op om "
            "structureel meer geld beschikbaar te stellen voor de jeugdhulp. "
            "De wethouder riep op tot kalmte.")
    found = extract_document(source_of(text), gazetteer=entries)
    assert [a.span.text for a in found.assignments] == [
        "de Tweede Kamer op om structureel meer geld beschikbaar te stellen voor de jeugdhulp."]


def test_a_party_s_wish_it_brings_to_the_council_as_a_proposal_is_its_request() -> None:
    _, entries = reference_data()
    wish = "Het college krijgt 3 miljoen euro extra. De SP wil dat dit geld helemaal naar de jeugdhulp gaat."
    text = wish + " Donderdag dient de partij hiervoor een voorstel in."
    found = extract_document(source_of(text), gazetteer=entries)
    assert [a.span.text for a in found.assignments] == [
        "De SP wil dat dit geld helemaal naar de jeugdhulp gaat."]
    assert extract_document(source_of(wish), gazetteer=entries).assignments == []


def test_motions_announced_by_a_party_each_under_its_heading_are_its_requests() -> None:
    _, entries = reference_data()
    text = ("De fractie van de SP dient de volgende moties in:\n\n"
            "Meer schoolmaatschappelijk werk\nDe SP vindt dat elke school een schoolmaatschappelijk werker "
            "verdient.\n\n"
            "Gratis zwemles voor alle kinderen\nKinderen in armoede leren nu vaak niet zwemmen.\n\n"
            "Tot slot\n\nWe danken iedereen voor de steun.")
    found = extract_document(source_of(text), gazetteer=entries).assignments
    assert [(a.number, a.span.text.split("\n")[0]) for a in found] == [
        (1, "Meer schoolmaatschappelijk werk"), (2, "Gratis zwemles voor alle kinderen")]


def test_a_motion_s_aim_written_as_a_noun_after_om_is_its_request() -> None:
    _, entries = reference_data()
    text = ("Tijdens de raadsvergadering zijn moties ingediend. De VVD heeft een motie ingediend om het "
            "behoud van de kinderboerderij in het park. De motie is aangenomen.")
    found = extract_document(source_of(text), gazetteer=entries).assignments
    assert [a.span.text for a in found] == ["het behoud van de kinderboerderij in het park."]


def test_telling_the_council_and_what_befalls_the_body_are_no_measures() -> None:
    for text in ("Het college zal de raad in het voorjaar informeren over de voortgang.",
                 "Wij zullen u op de hoogte houden van de uitkomsten.",
                 "De wethouder zal de vragen van de fractie schriftelijk beantwoorden.",
                 "De gemeente Zwolle zal de uitkomsten meenemen in de begroting.",
                 "De gemeente zal in 2031 een tekort hebben van 2 miljoen euro.",
                 "We gaan ervoor zorgen dat kinderen sneller geholpen worden.",
                 "Het college heeft besloten de raad voor te stellen de verordening te wijzigen."):
        assert find_measures(source_of(text)) == [], text
    # an act with its participle before the last verb stays one
    acted = "De gemeente zal eind 2031 een nieuw jeugdplan opgesteld hebben."
    assert [m.span.text for m in find_measures(source_of(acted))] == [acted]


def test_work_the_body_starts_is_a_measure() -> None:
    text = "De gemeente start een onderzoek naar de wachttijden. Daarnaast start het college een pilot."
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De gemeente start een onderzoek naar de wachttijden.", "Daarnaast start het college een pilot."]


def test_a_party_s_we_on_its_own_page_takes_no_measure() -> None:
    text = ("Onze fractie heeft het debat gevolgd. We gaan na de zomer in gesprek met de aanbieders. "
            "De gemeente gaat jeugdconsulenten inzetten op alle scholen. "
            "\u201cWe gaan extra jongerenwerkers inzetten,\u201d zegt de wethouder.")
    assert [m.span.text for m in find_measures(source_of(text))] == [
        "De gemeente gaat jeugdconsulenten inzetten op alle scholen.",
        "\u201cWe gaan extra jongerenwerkers inzetten,\u201d zegt de wethouder."]
    # the same "we" in a text of the government itself is its measure
    own = "We gaan na de zomer in gesprek met de aanbieders."
    assert [m.span.text for m in find_measures(source_of(own))] == [own]
