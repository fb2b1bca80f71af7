"""Requests to a province's executive, a dictum that ends in a comma, and a motion that calls for or
proposes what it asks."""

from __future__ import annotations

from jeugdgraph.extract.resolutions import find_assignments

from .conftest import source_of


def _asked(text: str) -> list[str]:
    return [a.span.text for a in find_assignments(source_of(text))]


def test_a_dictum_that_ends_in_a_comma_opens_its_points() -> None:
    text = ("De raad, in vergadering bijeen,\n\nConstaterende dat de wachttijden oplopen;\n\n"
            "Verzoekt het college,\n\n  • een overzicht van de wachttijden per wijk te geven;\n"
            "  • de raad voor de zomer te informeren over de aanpak.\n\n"
            "En gaat over tot de orde van de dag.\n")
    assert _asked(text) == ["een overzicht van de wachttijden per wijk te geven;",
                            "de raad voor de zomer te informeren over de aanpak."]


def test_the_executive_of_a_province_is_addressed_as_a_college() -> None:
    text = ("Provinciale Staten, in vergadering bijeen,\n\nOverwegende dat de tekorten groeien;\n\n"
            "Roepen het college van gedeputeerde staten op\n\n"
            " • te onderzoeken welke gemeenten tekorten hebben;\n\n"
            " • die gemeenten eenmalig te compenseren;\n\nen gaan over tot de orde van de dag.\n")
    assert len(_asked(text)) == 2
    text = ("Provinciale Staten, in vergadering bijeen,\n\nConstaterende dat de instelling failliet is;\n\n"
            "vragen Gedeputeerde Staten\n\n  • de minister aan te spreken op de oplopende tekorten;\n\n"
            "en gaan over tot de orde van de dag.\n")
    assert _asked(text) == ["de minister aan te spreken op de oplopende tekorten;"]


def test_a_motion_that_calls_for_or_proposes_something_asks_it() -> None:
    assert _asked("De fractie heeft een motie ingediend die oproept een folder over jeugdhulp te maken.") == [
        "een folder over jeugdhulp te maken."]
    assert _asked("In Oosterdijk werd een motie aangenomen. Een motie stelde voor om de kosten te laten "
                  "onderzoeken door een bureau.") == ["de kosten te laten onderzoeken door een bureau."]
    assert _asked("De fractie dient een motie in met als strekking: geen jongeren meer in de instelling "
                  "te plaatsen.") == ["geen jongeren meer in de instelling te plaatsen."]
    # a question the college is asked is no request
    assert _asked("Wij vragen het college wanneer de motie wordt uitgevoerd.") == []


def test_what_a_motion_provides_for_or_asks_in_a_relative_clause() -> None:
    assert _asked("Wij steunden een motie die voorziet in een rapportage over de wachttijden.") == [
        "een rapportage over de wachttijden."]
    assert _asked("Er is een motie ingediend waarin wordt gevraagd om extra geld voor het jongerenwerk.") == [
        "extra geld voor het jongerenwerk."]
    assert _asked("Wij dienden een motie in waarbij we oproepen de brief aan de minister te tekenen.") == [
        "de brief aan de minister te tekenen."]
    # a motion that tells what happened asks nothing
    assert _asked("Er was een motie waarin stond dat de kosten stegen.") == []


def test_a_headline_that_announces_a_request_the_text_tells_is_not_a_second_request() -> None:
    text = ("GroenLinks Oosterdijk vraagt om krant over jeugdbeleid\n\nDaarom heeft GroenLinks een motie "
            "ingediend die oproept een krant te ontwikkelen met heldere informatie.")
    assert _asked(text) == ["een krant te ontwikkelen met heldere informatie."]
    # a headline alone still says what the motion asks
    assert _asked("De SP vraagt om een onderzoek naar de wachttijden\n\nDat staat in een motie.") == [
        "een onderzoek naar de wachttijden"]


def test_a_reported_request_with_an_adverb_before_its_participle() -> None:
    assert _asked("In de motie wordt het college ook gevraagd de raad elk kwartaal te informeren.") == [
        "de raad elk kwartaal te informeren."]


def test_the_colleges_duty_right_after_the_motion_the_council_dealt_with_is_its_request() -> None:
    text = ("De gemeenteraad heeft donderdag een motie van de fractie aangenomen. Het college moet voor "
            "1 juni 2031 met een plan komen om de wachttijden te halveren.")
    assert _asked(text) == [text.split(". ", 1)[1]]
    # a motion not yet brought asks nothing yet
    assert _asked("De raad heeft een motie op de plank liggen. Het college moet een plan opstellen.") == []
