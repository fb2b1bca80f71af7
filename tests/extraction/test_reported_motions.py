"""What a news item or a party page says a motion asks, however it words it, and that a wish is no measure."""

from __future__ import annotations

import pytest

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.statements import find_measures

from .conftest import source_of


@pytest.mark.parametrize(("text", "asked"), [
    ("Een motie van de SP om de eigen bijdrage af te schaffen haalde geen meerderheid.",
     "de eigen bijdrage af te schaffen"),
    ("De ChristenUnie diende een motie in die het college opdraagt een jeugdplatform op te richten. "
     "De motie werd unaniem aangenomen.", "een jeugdplatform op te richten."),
    ("GroenLinks wil dat het college onderzoekt of een jongerenraad mogelijk is. De partij heeft daarover "
     "een motie ingediend.", "GroenLinks wil dat het college onderzoekt of een jongerenraad mogelijk is."),
    ("Met de motie vraagt de raad het college de huisartsen beter te betrekken bij de jeugdhulp.",
     "de huisartsen beter te betrekken bij de jeugdhulp."),
    ("De raad nam een motie aan waarin staat dat het college uiterlijk 1 juli 2031 met een plan moet komen.",
     "het college uiterlijk 1 juli 2031 met een plan moet komen."),
    ("Motie jeugdzorg\n\nOosterdijk moet de wachtlijsten voor de zomer wegwerken. De gemeenteraad heeft "
     "gisteren een motie met die strekking aangenomen.",
     "Oosterdijk moet de wachtlijsten voor de zomer wegwerken."),
])
def test_a_reported_motion_s_request_in_its_wording(text: str, asked: str) -> None:
    _, entries = reference_data()
    found = extract_document(source_of(text), gazetteer=entries)
    assert [a.span.text for a in found.assignments] == [asked]
    assert found.measures == []


def test_what_someone_wants_done_is_no_measure() -> None:
    wish = "De fractie wil dat het college onderzoekt of een jongerenraad kan."
    assert find_measures(source_of(wish)) == []
    acted = "Het college onderzoekt of een jongerenraad mogelijk is."
    assert [m.span.text for m in find_measures(source_of(acted))] == [acted]


def test_what_burgemeester_en_wethouders_decided_on_a_day_is_their_measure() -> None:
    text = "Burgemeester en wethouders hebben op 4 april besloten de inkoop van jeugdhulp te verlengen."
    assert [m.span.text for m in find_measures(source_of(text))] == [text]


def test_what_the_national_government_or_its_inspectorate_does_is_no_local_measure() -> None:
    for text in ("De Inspectie gaat onderzoek doen naar de jeugdzorg in Zwolle.",
                 "Vanuit de landelijke overheid wordt vanaf 2031 extra geld beschikbaar gesteld."):
        assert find_measures(source_of(text)) == [], text
    # an act due from a year the text names
    dated = "Vanaf 2031 wordt de eigen bijdrage afgeschaft."
    assert [m.span.text for m in find_measures(source_of(dated))] == [dated]


def test_a_flattened_dictum_with_dashes_gives_each_request() -> None:
    _, entries = reference_data()
    text = ("Motie Jeugd eerst De raad van de gemeente Zwolle, in vergadering bijeen op 3 maart 2031, "
            "constaterende dat de wachtlijsten groeien; verzoekt het college - een wachtlijstcoördinator aan "
            "te stellen; - de raad voor 1 juni 2031 te informeren, en gaat over tot de orde van de dag.")
    found = extract_document(source_of(text), gazetteer=entries).assignments
    assert [(a.number, a.span.text) for a in found] == [
        (1, "een wachtlijstcoördinator aan te stellen;"), (2, "de raad voor 1 juni 2031 te informeren")]


def test_requests_as_unmarked_paragraphs_after_the_dictum_are_each_a_request() -> None:
    _, entries = reference_data()
    text = ("Motie Jeugd eerst\nDe raad van de gemeente Zwolle,\noverwegende dat kinderen wachten;\n"
            "Verzoekt het college:\n\nEen wachtlijstcoördinator aan te stellen;\n\n"
            "De raad voor de zomer te informeren.\n\nEn gaat over tot de orde van de dag.\n\nDe SP")
    found = extract_document(source_of(text), gazetteer=entries).assignments
    assert [a.span.text for a in found] == [
        "Een wachtlijstcoördinator aan te stellen;", "De raad voor de zomer te informeren."]


def test_what_the_body_wants_to_set_up_or_abolish_is_its_measure() -> None:
    for text in ("De wethouder wil volgend jaar een speciale toezichthouder aanstellen.",
                 "De gemeente wil de eigen bijdrage afschaffen."):
        assert [m.span.text for m in find_measures(source_of(text))] == [text]
    assert find_measures(source_of("De SP wil dat de gemeente een toezichthouder aanstelt.")) == []
