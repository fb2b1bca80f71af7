"""Who issues a document and when, read from the body that meets and decides in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import GazetteerEntry, SourceText
from jeugdgraph.readers import normalise_text
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.settings import REFERENCE_DIR

JGI = "https://w3id.org/jeugdgraph/id/"
TOOI_PROVINCE = "https://identifier.overheid.nl/tooi/id/provincie/"



def _publisher(text: str, names: list[GazetteerEntry]) -> str | None:
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
    return extract_metadata(source, None, gazetteer=names)[0].publisher


MOTION = """Motie Wachttijden jeugdzorg

{body} bijeen op 8 maart 2023,

constaterende dat de wachttijden oplopen;

verzoeken het college van Gedeputeerde Staten een plan te maken,

en gaan over tot de orde van de dag.
"""


@pytest.mark.parametrize(
    ("body", "publisher"),
    [
        ("Provinciale Staten van Gelderland, in vergadering", f"{TOOI_PROVINCE}pv25"),
        ("Provinciale staten van Noord-Brabant in vergadering", f"{TOOI_PROVINCE}pv30"),
        ("De raad van de gemeente Ede in openbare vergadering", f"{JGI}gemeente/gm0228"),
        # a province that the gazetteer does not know is no publisher
        ("Provinciale Staten van Atlantis in vergadering", None),
    ],
)
def test_the_council_or_states_that_meet_issue_the_motion(names, body, publisher) -> None:  # noqa: ANN001
    assert _publisher(MOTION.format(body=body), names) == publisher


def test_states_named_in_a_news_report_issue_nothing(names) -> None:  # noqa: ANN001
    text = ("Extra geld voor jeugdzorg\n\nArnhem - Provinciale Staten van Gelderland, gisteren in "
            "vergadering "
            "bijeen, stemden in met extra geld voor de jeugdzorg, zei de gedeputeerde.\n")
    assert _publisher(text, names) is None


def test_a_meeting_named_without_its_year_takes_it_from_the_motions_own_dateline(names) -> None:  # noqa: ANN001
    text = ("Steun ons\n\nzaterdag 22 november 2014\n\nMotie wachtlijsten jeugdzorg\n\n"
            "Zwolle 13 november 2014."
            "\n\nDe raad van de gemeente Zwolle in openbare vergadering bijeen op 13 november,\n\n"
            "verzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.\n")
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
    assert extract_metadata(source, None, gazetteer=names)[0].date == date(2014, 11, 13)


def test_a_regulation_without_its_adoption_date_is_dated_by_the_gazettes_issue(names) -> None:  # noqa: ANN001
    dated = ("1 GEMEENTEBLAD Officiële uitgave van Zwolle. Nr. 123456 14 maart 2030 Verordening jeugdhulp "
             "Zwolle 2030\n\nArtikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder jeugdige: "
             "een persoon.\n")
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(dated), "text/plain")
    assert extract_metadata(source, None, gazetteer=names)[0].date == date(2030, 3, 14)
    # an issue of a month names no day
    undated = dated.replace("Nr. 123456 14 maart 2030", "Nr maart 2030")
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(undated), "text/plain")
    assert extract_metadata(source, None, gazetteer=names)[0].date is None


def test_a_municipality_speaking_as_itself_issues_its_page(names) -> None:  # noqa: ANN001
    def publisher(text: str) -> str | None:
        source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
        return extract_metadata(source, None, gazetteer=names)[0].publisher

    text = ("Uit de raad\n\nOnze raad van 29 gekozen leden bepaalt het beleid. Deze week sprak de "
            "gemeenteraad van de gemeente Ede over de jeugdhulp en de wachtlijsten.\n")
    assert publisher(text) == f"{JGI}gemeente/gm0228"
    # the same voice without the municipality named, or with two named, issues nothing
    assert publisher(text.replace("van de gemeente Ede ", "")) is None
    assert publisher(text.replace("de gemeente Ede", "de gemeente Ede en de gemeente Wageningen")) is None
    # nor does a quotation of that voice in a news report, or the voice of a party or a resident
    quoted = ("Jeugdhulp in Ede\n\nDe gemeente Ede krijgt meer geld. \u201cOns college vindt dat "
              "nodig\u201d, zegt de wethouder.\n")
    assert publisher(quoted) is None
    quoted = "Jeugdhulp in Ede\n\nWij vinden dat de gemeente Ede onze inwoners sneller moet helpen.\n"
    assert publisher(quoted) is None


def test_a_motion_whose_formula_names_no_place_is_the_council_of_the_municipality_its_head_names(
        names) -> None:  # noqa: ANN001
    def publisher(text: str) -> str | None:
        source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
        return extract_metadata(source, None, gazetteer=names)[0].publisher

    text = ("MOTIE:\n\nOnderwerp: Verordening jeugdhulp gemeente Ede 2030\n\n"
            "De Raad, bijeen op 4 mei 2030,\n\nverzoekt het college de verordening te wijzigen,\n\n"
            "en gaat over tot de orde van de dag.\n")
    assert publisher(text) == f"{JGI}gemeente/gm0228"
    assert publisher(text.replace("gemeente Ede 2030", "gemeenten Ede en Wageningen 2030")) is None


def test_a_letterheads_web_address_beside_its_postal_address_names_the_municipality() -> None:
    entries = gazetteer(load_reference_graph(REFERENCE_DIR))
    text = ("A. Smit Wethouder Jeugd Postadres: Postbus 10 Website: www.zwolle.nl\n\nBetreft: Voortgang "
            "jeugdhulp\n\nGeachte commissieleden,\n\nMet deze brief informeer ik u over de jeugdhulp.\n")

    def publisher(body: str) -> str | None:
        source = SourceText(Path("brief.txt"), "brief", body, "text/plain")
        return extract_metadata(source, gazetteer=entries)[0].publisher

    assert publisher(text) == "https://w3id.org/jeugdgraph/id/gemeente/gm0193"
    # a web address that is no municipality's, or one without a postal letterhead, names none
    assert publisher(text.replace("www.zwolle.nl", "www.jeugdnet.nl")) is None
    assert publisher(text.replace("Postadres: Postbus 10 ", "")) is None
