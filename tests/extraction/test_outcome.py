"""The outcome of a motion or amendment and the vote, read from the text in any layout."""

from __future__ import annotations

from datetime import date

import pytest

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.outcome import find_outcome
from jeugdgraph.extract.resolutions import find_assignments
from jeugdgraph.mapping import map_document
from jeugdgraph.namespaces import JG, JGI, OPENGOV
from jeugdgraph.rdf_terms import rdflib_graph

from .conftest import source_of

REJECTED_MOTION = """Motie Wachtlijsten jeugdhulp

De raad van de gemeente Zwolle, in vergadering bijeen op 12 maart 2025,

verzoekt het college om voor de zomer een plan tegen de wachtlijsten te maken,

en gaat over tot de orde van de dag.

Uitslag
Verworpen met 12 stemmen voor en 21 tegen
"""


def test_a_result_field_and_the_counts_give_outcome_and_vote() -> None:
    outcome = find_outcome(source_of(REJECTED_MOTION), "motie")
    assert outcome is not None and outcome.value == "verworpen"
    assert (outcome.votes_for, outcome.votes_against) == (12, 21)


def test_a_news_sentence_gives_the_outcome_of_the_motion_it_reports() -> None:
    text = "Joure - De motie van de NCPN over de jeugdzorg werd door een meerderheid verworpen."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "verworpen"
    text = "De motie jeugdzorg, ingediend door alle partijen, is 8 november unaniem aangenomen."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome.value == "aangenomen" and outcome.unanimous
    text = "Een - later weer ingetrokken - motie van afkeuring werd ingediend door GroenLinks."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "ingetrokken"
    text = "Een motie van afkeuring tegen het beleid heeft woensdagavond geen meerderheid gekregen."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "verworpen"


def test_no_outcome_where_the_text_states_none() -> None:
    assert find_outcome(source_of("Verschillende fracties bereiden een motie voor."), "nieuwsbericht") is None
    # a proposal that mentions an old adopted motion does not get that motion's outcome
    text = "Raadsvoorstel\n\nDe motie over jeugdhulp is in 2019 aangenomen."
    assert find_outcome(source_of(text), "raadsvoorstel") is None


def test_a_rejected_motion_keeps_its_requests_as_requests_and_states_its_outcome() -> None:
    _, entries = reference_data()
    extracted = extract_document(source_of(REJECTED_MOTION, "motie_zwolle.txt"), gazetteer=entries)
    assert extracted.metadata.kind == "motie"
    assert len(extracted.assignments) == 1  # the request, recorded as the motion's request
    graph = rdflib_graph(map_document(extracted))
    doc = JGI["document/motie_zwolle"]
    assert graph.value(doc, JG.uitkomst) == JGI["uitkomst/verworpen"]
    vote = graph.value(None, OPENGOV.motion, doc)
    assert graph.value(vote, OPENGOV.result) == JGI["uitkomst/verworpen"]
    assert int(graph.value(vote, JG.stemmenTegen)) == 21


def test_a_motion_recalling_another_motion_has_no_outcome_of_its_own() -> None:
    text = (
        "Motie Jeugdhulp dichtbij\n\nDe raad,\n\n"
        "constaterende dat de motie Wachtlijsten in 2019 is aangenomen;\n\n"
        "verzoekt het college om een plan te maken,\n\nen gaat over tot de orde van de dag.\n"
    )
    assert find_outcome(source_of(text), "motie") is None


def test_the_vote_may_stand_in_a_later_sentence_about_the_same_outcome() -> None:
    text = ("Na de aangenomen motie over wachtlijsten schreef de wethouder een brief.\n\n"
            "De motie werd op 4 juni met 25 stemmen voor en 2 tegen aangenomen.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen"
    assert (outcome.votes_for, outcome.votes_against) == (25, 2)
    text = ("Na de aangenomen motie over wachtlijsten schreef de wethouder een brief.\n\n"
            "Een andere motie werd met 20 stemmen voor en 7 tegen verworpen.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.votes_for, outcome.votes_against) == (None, None)


FLATTENED_MOTION = (
    "Motie vreemd aan de orde van de dag De gemeenteraad van Zutphen, in vergadering bijeen op 5 november "
    "2022, constaterende dat de wachttijden voor jeugdhulp oplopen; verzoekt het college: 1. met de "
    "aanbieders de wachttijden terug te dringen; 2. de raad voor 1 maart 2023 te informeren over de "
    "voortgang; en gaat over tot de orde van de dag. Fractie D66, P. Smit Stemuitslag: aangenomen (unaniem)"
)


def test_a_flattened_motion_gives_its_inline_requests_and_its_result_field() -> None:
    _, entries = reference_data()
    extracted = extract_document(source_of(FLATTENED_MOTION), gazetteer=entries)
    assert extracted.outcome is not None and extracted.outcome.value == "aangenomen"
    assert extracted.outcome.unanimous
    assert [(a.number, a.span.text.rstrip(";")) for a in extracted.assignments] == [
        (1, "met de aanbieders de wachttijden terug te dringen"),
        (2, "de raad voor 1 maart 2023 te informeren over de voortgang"),
    ]
    assert extracted.assignments[1].deadline == date(2023, 3, 1)


def test_a_single_request_ends_with_its_sentence() -> None:
    text = ("Motie jeugdhulp\n\nDe raad verzoekt het college om voor de zomer een plan te maken. "
            "Wethouder Jansen zegde toe de raad uiterlijk 1 juli 2025 te informeren.\n")
    found = find_assignments(source_of(text), reports_motion=True)
    assert [a.span.text for a in found] == ["voor de zomer een plan te maken."]
    assert found[0].deadline is None


def test_an_amendments_own_result_line_and_the_parties_a_sentence_names() -> None:
    text = ("Amendement B1 Jeugd\n\nDe raad besluit het ontwerpbesluit te wijzigen: beslispunt 2 te "
            "vervangen door: een plan te maken.\n\nAangenomen met 30 stemmen voor en 3 tegen.\n")
    outcome = find_outcome(source_of(text), "amendement")
    assert outcome is not None and (outcome.value, outcome.votes_for, outcome.votes_against) == (
        "aangenomen", 30, 3)
    text = "De motie over de wachtlijsten werd verworpen: alleen PvdA en Partij voor de Dieren stemden voor."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "verworpen"
    assert outcome.parties_for == ["PvdA", "Partij voor de Dieren"]


def test_support_by_all_parties_adopts_unanimously_and_almost_unanimous_is_not_unanimous() -> None:
    text = "Tijdens de raad stond de jeugdzorg op de agenda. Alle fracties steunden het amendement van de SP."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.value, outcome.unanimous) == ("aangenomen", True)
    text = "Een ruime meerderheid steunde de motie over wachtlijsten."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.value, outcome.unanimous) == ("aangenomen", False)
    text = "De raad heeft de motie Zorg dichtbij bijna unaniem aangenomen."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.value, outcome.unanimous) == ("aangenomen", False)
    text = "De motie van onze fractie werd met algemene stemmen aangenomen."
    assert find_outcome(source_of(text), "nieuwsbericht").unanimous
    # the opposition's support is no majority
    text = "Alle oppositiepartijen steunden de motie over de jeugdzorg."
    assert find_outcome(source_of(text), "nieuwsbericht") is None


def test_the_parties_votes_in_the_sentence_after_the_outcome() -> None:
    text = ("De gemeenteraad heeft donderdag de CDA-motie Jeugd bijna unaniem aangenomen. CDA, D66, "
            "Lokaal Belang en ChristenUnie stemden voor. De PVV stemde tegen.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None
    assert outcome.parties_for == ["CDA", "D66", "Lokaal Belang", "ChristenUnie"]


def test_a_motion_heading_that_carries_its_result() -> None:
    text = ("MOTIE Samen sterk voor de jeugd (unaniem)\n\nDe gemeenteraad van Zwolle,\n\n"
            "in vergadering bijeen op 3 maart 2021,\n\nverzoekt het college een plan te maken,\n\n"
            "en gaat over tot de orde van de dag.")
    outcome = find_outcome(source_of(text), "motie")
    assert outcome is not None and (outcome.value, outcome.unanimous) == ("aangenomen", True)
    text = text.replace("(unaniem)", "(verworpen)")
    outcome = find_outcome(source_of(text), "motie")
    assert outcome is not None and (outcome.value, outcome.unanimous) == ("verworpen", False)


def _reported(text: str) -> tuple[str | None, bool]:
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    return (outcome.value, outcome.unanimous) if outcome else (None, False)


def test_a_compound_of_amendment_or_motion_names_it() -> None:
    text = "Het amendementsvoorstel van de SP is unaniem door de gemeenteraad aangenomen."
    assert _reported(text) == ("aangenomen", True)


def test_a_task_the_college_got_by_a_motion_in_the_perfect_adopts_the_motion() -> None:
    text = ("Voor de zomer moet er een nieuw jeugdplan liggen. Die opdracht heeft het college dinsdag "
            "via een motie van alle fracties meegekregen van de raad.")
    assert _reported(text)[0] == "aangenomen"
    assert _reported("Het college heeft een brief meegekregen over de motie.")[0] is None


def test_the_adoption_as_the_subject_of_a_statement_reports_it() -> None:
    assert _reported("Het aannemen van deze motie is een duidelijk signaal aan de regio.")[0] == "aangenomen"
    # a plea for the adoption reports nothing
    assert _reported("Wij roepen op tot het aannemen van deze motie.")[0] is None



@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Alleen twee partijen stemden voor de motie, zodat die het niet haalde.", "verworpen"),
        ("De motie over de wachtlijsten werd door de raad aanvaard.", "aangenomen"),
        ("Het amendement werd niet aanvaard.", "verworpen"),
        ("Een raadsbreed gesteunde motie vraagt het college om een plan.", "aangenomen"),
    ],
)
def test_outcomes_in_other_words(sentence: str, value: str) -> None:
    outcome = find_outcome(source_of(f"Raad over jeugdzorg\n\n{sentence}\n"), "nieuwsbericht")
    assert outcome is not None and outcome.value == value
