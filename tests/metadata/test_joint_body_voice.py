"""Issuers the head of a page hides or states in its own voice: a joint body that signs its page or speaks as
itself, and a letterhead under a document site's viewer chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import GazetteerEntry, SourceText
from jeugdgraph.readers import normalise_text
from jeugdgraph.reference import gazetteer, load_reference_graph
from jeugdgraph.settings import REFERENCE_DIR

GOOI = "https://w3id.org/jeugdgraph/id/organisatie/so0006"


@pytest.fixture(scope="module")
def names() -> list[GazetteerEntry]:
    return gazetteer(load_reference_graph(REFERENCE_DIR))


def _publisher(text: str, names: list[GazetteerEntry]) -> str | None:
    source = SourceText(Path("pagina.txt"), "pagina", normalise_text(text), "text/plain")
    return extract_metadata(source, None, gazetteer=names)[0].publisher


def test_a_joint_body_signed_by_its_chair_or_board(names: list[GazetteerEntry]) -> None:
    invitation = (
        "Uitnodiging\n\nHierbij nodig ik u uit voor de vergadering over de inkoop van jeugdhulp. "
        "De agenda volgt hieronder. 1. Opening 2. Sluiting "
        "De voorzitter van de Regio Gooi en Vechtstreek, P. de Wit\n"
    )
    assert _publisher(invitation, names) == GOOI
    letter = (
        "Onderwerp: inkoop jeugdhulp\n\nHierbij sturen wij u het overzicht van de inkoop.\n\n"
        "Het dagelijks bestuur van de Regio Gooi en Vechtstreek,\n\nde secretaris, de voorzitter,\n"
    )
    assert _publisher(letter, names) == GOOI


def test_a_joint_body_speaking_as_itself(names: list[GazetteerEntry]) -> None:
    page = (
        "Jeugd en gezin\n\nDe Regio Gooi en Vechtstreek werkt samen met de gemeenten aan goede jeugdhulp. "
        "Wij kopen de specialistische jeugdhulp in voor onze regio.\n"
    )
    assert _publisher(page, names) == GOOI


def test_a_body_named_without_its_own_voice_issues_nothing(names: list[GazetteerEntry]) -> None:
    # named as the subject of its work, but the page does not speak in the first person
    page = "Jeugd\n\nDe Regio Gooi en Vechtstreek werkt samen met de gemeenten aan goede jeugdhulp.\n"
    assert _publisher(page, names) is None
    # a quotation is someone else's voice
    quoted = (
        "Jeugd en gezin\n\nDe Regio Gooi en Vechtstreek werkt aan de inkoop. "
        "\u201cWij zijn tevreden\u201d, zegt een ouder.\n"
    )
    assert _publisher(quoted, names) is None
    # the chair named in a sentence, not signing
    report = "Verslag\n\nDe voorzitter van de Regio Gooi en Vechtstreek opende de vergadering om acht uur.\n"
    assert _publisher(report, names) is None


def test_a_document_sites_viewer_chrome_does_not_hide_the_letterhead(names: list[GazetteerEntry]) -> None:
    chrome = "".join(
        f"{line}\n\n"
        for line in (
            "Zoeken",
            "Jeugdhulp in de regio",
            "N/A",
            "N/A",
            "Beveiligd",
            "Jaar: 2024",
            'Delen "Jeugdhulp"',
            "Gekopieerd!",
            "12",
            "0",
            "0",
            "Laden...",
            "Hele tekst",
            "(1)",
        )
    )
    letter = (
        "Postbus 10 - 8000 GA Zwolle - E info@zwolle.nl\n\nAan de gemeenteraad\n\nBetreft: jeugdhulp\n\n"
        "Geachte raadsleden,\n\nMet deze brief informeren wij u over de jeugdhulp in de regio.\n"
    )
    assert _publisher(chrome + letter, names) == "https://w3id.org/jeugdgraph/id/gemeente/gm0193"
    # without the viewer's closing lines the letterhead stays beyond the head
    assert _publisher(chrome.replace("Hele tekst", "Tekst") + letter, names) is None
