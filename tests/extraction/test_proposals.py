"""Decision points a college proposes, and what their lists hold (proposed, not yet a measure)."""

from __future__ import annotations

from jeugdgraph.extract import extract_document
from jeugdgraph.extract.resolutions import find_decisions

from .conftest import source_of

PROPOSAL = """Begroting 2031

Het college van burgemeester en wethouders stelt voor:

In te stemmen met de volgende kaders voor het programma Jeugd 2031 - 2034:
1. De onderstaande doelen voor de jeugd van Westerveen:
   a. We versterken de positie van jonge mantelzorgers
   b. We bieden elk kind een plek op school
2. De onderstaande speerpunten voor het bereiken van de doelen:
   a. Inzetten op preventie in de wijk
   b. Investeren in het jongerenwerk
3. Het samenvoegen van de reserve Jeugd en de reserve Wmo tot een reserve Sociaal Domein.

Inleiding

Vorig jaar is de planning en control vereenvoudigd.
"""

DECIDED = """Besluitenlijst college

Besluit

In te stemmen met:

 1. Het regionale plan voor kleinschalig wonen.
 2. De uitvoeringsagenda van het plan, met als deelprojecten:

a. Opstellen van een plan voor kleinschalige woonvoorzieningen voor jongeren.
b. Het uitwerken van een voorstel voor een ambulant team voor de regio.
"""


def test_points_under_an_opening_line_without_a_blank_line_are_the_proposal(entries) -> None:
    decisions = find_decisions(source_of(PROPOSAL), (), "raadsvoorstel")
    assert [d.number for d in decisions] == [1, 2, 3]
    assert decisions[2].span.text.startswith("Het samenvoegen van de reserve Jeugd")


def test_what_a_proposed_point_lists_is_no_measure(entries) -> None:
    document = extract_document(source_of(PROPOSAL), gazetteer=entries)
    assert len(document.decisions) == 3
    assert document.measures == []


def test_what_a_decided_point_lists_stays_a_measure(entries) -> None:
    document = extract_document(source_of(DECIDED), gazetteer=entries)
    assert [d.number for d in document.decisions] == [1, 2]
    assert [m.span.text.split()[0] for m in document.measures] == ["Opstellen", "Het"]


def test_a_regulation_adopted_by_name_after_a_colon_in_a_flattened_text() -> None:
    text = ("De raad van de gemeente Oosterdijk; gelet op de Jeugdwet, besluit vast te stellen de "
            "navolgende: Verordening jeugdhulp Oosterdijk 2031 Artikel 1. Begripsbepalingen In deze "
            "verordening wordt verstaan")
    assert [d.span.text for d in find_decisions(source_of(text), (), "regeling")] == [
        "besluit vast te stellen de navolgende: Verordening jeugdhulp Oosterdijk 2031"]


def test_points_in_roman_numerals_are_decisions_with_their_sub_points() -> None:
    text = ("De raad van de gemeente Oosterdijk;\n\nbesluit:\n\nI. in te stemmen met:\n1. de regiovisie;\n"
            "2. het uitvoeringsplan;\nII. de Verordening jeugdhulp 2025 in te trekken.\n")
    decisions = find_decisions(source_of(text), (), "raadsbesluit")
    assert [(d.number, d.span.text.split("\n")[0]) for d in decisions] == [
        (1, "in te stemmen met:"), (2, "de Verordening jeugdhulp 2025 in te trekken.")]
