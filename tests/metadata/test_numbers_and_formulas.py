"""A document's own number and its issuer's formula, as a decision list and a college's list print them."""

from __future__ import annotations

from datetime import date

import pytest
from metadata_text import metadata_of

from jeugdgraph.facts import GazetteerEntry

JGI = "https://w3id.org/jeugdgraph/id/"



DECISION_LIST = """Besluitenlijst college 3 juni 2025

Voorzitter: J. de Boer

Zaaknummer: {first}

Vaststelling besluitenlijst vorige vergadering

Besluit: Akkoord.

Zaaknummer: {second}

Inkoop jeugdhulp 2026

Het college van burgemeester en wethouders van Zwolle besluit:

1. In te stemmen met de inkoopstrategie jeugdhulp 2026.
"""


def test_a_number_field_over_each_item_of_a_list_numbers_no_document(names: list[GazetteerEntry]) -> None:
    metadata = metadata_of(DECISION_LIST.format(first="Z-2025-0101", second="Z-2025-0117"), names)
    assert metadata.identifier is None
    # the same field printed once is the document's own number
    single = DECISION_LIST.format(first="Z-2025-0101", second="").replace("Zaaknummer: \n", "")
    assert metadata_of(single, names).identifier == "Z-2025-0101"


def test_the_colleges_formula_with_its_verb_names_the_municipality_that_issues(
    names: list[GazetteerEntry],
) -> None:
    metadata = metadata_of(DECISION_LIST.format(first="Z-1", second="Z-2"), names)
    assert (metadata.kind, metadata.publisher) == ("collegebesluit", f"{JGI}gemeente/gm0193")
    # a college named without its verb or punctuation issues nothing here
    loose = DECISION_LIST.replace("van Zwolle besluit:", "van Zwolle heeft plannen")
    assert metadata_of(loose.format(first="Z-1", second="Z-2"), names).publisher is None


MUNICIPAL_NEWS = """Nieuwsbericht Nieuw beleidsplan jeugd ter inzage

Gepubliceerd op: 4 april 2024 10:00

Het college van Deventer heeft het beleidsplan jeugd 2024-2027 vastgesteld voor inspraak. {voice}

U kunt tot en met 2 mei 2024 reageren via het formulier op deze pagina.
"""


@pytest.mark.parametrize("voice", [
    "Wij horen graag uw mening over het plan.",
    "Zo zorgen we als gemeente voor goede hulp aan kinderen.",
    "Het plan beschrijft de hulp voor onze inwoners.",
])
def test_a_municipalitys_own_page_speaks_to_its_residents(voice: str, names: list[GazetteerEntry]) -> None:
    metadata = metadata_of(MUNICIPAL_NEWS.format(voice=voice), names)
    assert (metadata.kind, metadata.publisher) == ("nieuwsbericht", f"{JGI}gemeente/gm0150")


LETTER = """Aan de griffier van de gemeenteraad Deventer

Deventer, 3 maart 2025

Betreft: vragen over de jeugdhulp

Geachte griffier,

Hierbij verzoeken wij u onze vragen over de wachttijden in de jeugdhulp door te leiden naar het college.
"""


def test_a_letter_to_the_council_is_not_the_municipalitys(names: list[GazetteerEntry]) -> None:
    assert metadata_of(LETTER, names).publisher is None


@pytest.mark.parametrize("text", [
    # a party says "onze inwoners" too
    MUNICIPAL_NEWS.format(voice="De VVD wil meer doen voor onze inwoners."),
    # a wish of the writer to the reader is no invitation of the municipality
    MUNICIPAL_NEWS.format(voice="Wij willen u de vragen niet onthouden."),
    # two municipalities named: whose page it is stays unsaid
    MUNICIPAL_NEWS.format(voice="Wij horen graag uw mening, ook met de gemeente Olst-Wijhe."),
])
def test_a_page_that_does_not_speak_as_one_municipality_has_no_publisher(
    text: str, names: list[GazetteerEntry],
) -> None:
    assert metadata_of(text, names).publisher is None


def test_a_party_that_names_itself_after_its_verb_issues_its_page(names: list[GazetteerEntry]) -> None:
    text = ("Jeugdhulp in de raad\n\ndinsdag 4 maart 2025 21:40\n\nDe raad sprak over de jeugdhulp. "
            "Wij hopen als D66 dat de wachtlijsten snel korter worden. Het CDA stemde tegen het voorstel.\n")
    metadata = metadata_of(text, names)
    assert (metadata.kind, metadata.publisher_name) == ("nieuwsbericht", "D66")


def test_a_municipal_sites_chrome_names_the_municipality_whose_page_it_is(
    names: list[GazetteerEntry],
) -> None:
    page = "{chrome}\nZoeken\n\nJeugdhulp\n\nIn {place} groeien de kosten van de jeugdhulp.\n"
    assert metadata_of(page.format(chrome="Homepage Deventer.", place="Deventer"), names).publisher == (
        f"{JGI}gemeente/gm0150")
    assert metadata_of(page.format(chrome="Logo gemeente Deventer", place="de stad"), names).publisher == (
        f"{JGI}gemeente/gm0150")
    # a town named in the text, not in the chrome, issues nothing
    assert metadata_of(page.format(chrome="Menu", place="Deventer"), names).publisher is None


@pytest.mark.parametrize("head", ["Nieuws gemeente Deventer\n\nJeugdhulp", "Jeugdhulp | Gemeente Deventer"])
def test_a_municipal_sites_news_section_or_title_suffix_names_it(
    head: str, names: list[GazetteerEntry],
) -> None:
    text = f"{head}\n\nDe raad sprak over de wachttijden in de jeugdhulp. De kosten stijgen al jaren.\n"
    assert metadata_of(text, names).publisher == f"{JGI}gemeente/gm0150"


LETTER_BODY = "\n\nGeachte leden van de raad,\n\nMet deze brief informeren wij u over de jeugdhulp.\n"


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("Uw brief van: Ons kenmerk: 204711\nDatum: 3 maart 2024", "204711"),  # two fields on one line
        ("Ons kenmerk\t2024/12345\tDatum\t3 maart 2024", "2024/12345"),  # a table's cells
        ("Uw brief van: 12 februari 2024 Uw kenmerk: 24/123\nDatum: 3 maart 2024", None),  # the addressee's
    ],
)
def test_a_letters_number_and_date_among_other_fields_on_one_line(
    head: str, number: str | None, names: list[GazetteerEntry],
) -> None:
    metadata = metadata_of(f"Raadsinformatiebrief\n\n{head}{LETTER_BODY}", names)
    assert (metadata.identifier, metadata.date) == (number, date(2024, 3, 3))


def test_a_date_field_after_another_fields_value_dates_the_letter(names: list[GazetteerEntry]) -> None:
    head = "Contactpersoon: J. de Vries E-mailadres: j.devries@deventer.nl Datum: 3 maart 2024"
    assert metadata_of(f"Raadsinformatiebrief\n\n{head}{LETTER_BODY}", names).date == date(2024, 3, 3)


LIST_ITEMS = ("\n\n1. Inkoop jeugdhulp 2026\nBesluit: het college stemt in.\n\n2. Subsidie jongerenwerk\n"
              "Besluit: akkoord.\n")


@pytest.mark.parametrize("heading", [
    "Besluitenlijst college van B&W Deventer 3 juni 2025",
    "Openbare besluitenlijst B&W-vergadering gemeente Deventer d.d. 3 juni 2025",
    "Besluitenlijst van het college van burgemeester en wethouders van Deventer",
])
def test_a_decision_lists_heading_names_the_college_that_issues_it(
    heading: str, names: list[GazetteerEntry],
) -> None:
    metadata = metadata_of(heading + LIST_ITEMS, names)
    assert (metadata.kind, metadata.publisher) == ("collegebesluit", f"{JGI}gemeente/gm0150")
    # a heading that names no municipality issues nothing
    assert metadata_of("Besluitenlijst college 3 juni 2025" + LIST_ITEMS, names).publisher is None


GRJR = "Gemeenschappelijke Regeling Jeugdhulp Rijnmond"
DGJ = "Dienst Gezondheid & Jeugd Zuid-Holland Zuid"
BODIES = {GRJR: f"{JGI}organisatie/grjr", DGJ: f"{JGI}organisatie/dienst-gezondheid-jeugd"}
REGIONAL_TEXT = "\n\nDe gemeenten in de regio werken samen aan de inkoop van jeugdhulp voor alle kinderen.\n"


@pytest.mark.parametrize(("head", "body"), [
    # its board deciding
    (f"Het algemeen bestuur van de {GRJR}, in vergadering bijeen op 3 maart 2024,\n\nbesluit:\n\n"
    "1. De begroting 2025 vast te stellen.", GRJR),
    # its name in the title block under the title
    (f"Regiovisie jeugdhulp 2024-2027\n\n{DGJ}", DGJ),
    # its name over its postal address
    (f"Regiovisie 2024-2027\n\nDe gemeenten werken samen.\n\nSecretariaat\n{DGJ}\nPostbus 16", DGJ),
])
def test_a_joint_body_issues_its_own_document(head: str, body: str, names: list[GazetteerEntry]) -> None:
    assert metadata_of(head + REGIONAL_TEXT, names).publisher == BODIES[body]


def test_a_document_titled_after_a_joint_body_is_not_issued_by_it(names: list[GazetteerEntry]) -> None:
    # the title names what the page is about (a council's letter on the body, the body's regulation)
    assert metadata_of(DGJ + REGIONAL_TEXT, names).publisher is None


def test_a_motion_whose_formula_names_no_place_takes_the_meeting_its_head_names(
    names: list[GazetteerEntry],
) -> None:
    text = ("Motie wachttijden\n\nRaadsvergadering Deventer 12 maart 2024\n\nDe raad, in vergadering "
            "bijeen,\n\nverzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.\n")
    assert metadata_of(text, names).publisher == f"{JGI}gemeente/gm0150"


def test_a_council_systems_number_field_and_a_gazette_number_glued_to_its_cells(
    names: list[GazetteerEntry],
) -> None:
    page = ("Agendawijzer\n\nInkoop jeugdhulp 2027\n\nRaadsnummer: 31877\n\nGeschreven op: 02-09-2025\n\n"
            "De gemeenteraad besluit over de inkoop van specialistische jeugdhulp in de regio.\n")
    assert metadata_of(page, names).identifier == "31877"
    register = ("Staatscourant van het Koninkrijk der Nederlanden\n\nDatum publicatieOrganisatie"
                "Jaargang en nummerRubriek\n\nZwolleStaatscourant 2019, 41234Overig\n\nBesluit tot "
                "wijziging van de gemeenschappelijke regeling Jeugdhulp IJsselland\n\nArtikel I\n\nDe "
                "regeling wordt gewijzigd.\n")
    assert metadata_of(register, names).identifier == "Staatscourant 2019, 41234"
    # a number glued to a longer number is no gazette's
    glued = register.replace("2019, 41234Overig", "2019, 41234567890")
    assert metadata_of(glued, names).identifier is None
