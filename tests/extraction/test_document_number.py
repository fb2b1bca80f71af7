"""The number a motion or amendment carries in its title is its identifier."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.names import number_in_title

from .conftest import source_of


def test_the_number_in_a_motions_title_is_its_identifier() -> None:
    assert number_in_title("Motie XII Wachtlijsten jeugdhulp", "motie") == "XII"
    assert number_in_title("Amendement A3 Budget voor de jeugd", "amendement") == "A3"
    assert number_in_title("Motie nr. 7 Jongerenwerk", "motie") == "7"
    assert number_in_title("Motie 2025 wachtlijsten", "motie") is None  # a year is no number
    assert number_in_title("Motie Vreemd aan de orde", "motie") is None
    assert number_in_title("Raadsvoorstel 12 Jeugdhulp", "raadsvoorstel") is None


def test_a_motion_gets_the_number_of_its_heading() -> None:
    _, entries = reference_data()
    text = ("Motie IV Meer jongerenwerk\n\nDe raad van de gemeente Zwolle, in vergadering bijeen op "
            "3 april 2025,\n\nverzoekt het college om het jongerenwerk uit te breiden,\n\n"
            "en gaat over tot de orde van de dag.\n")
    extracted = extract_document(source_of(text), gazetteer=entries)
    assert extracted.metadata.kind == "motie"
    assert extracted.metadata.identifier == "IV"
