"""Votes as councils and news write them: result blocks, counts, parties for and against, majorities."""

from __future__ import annotations

import pytest

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.outcome import find_outcome
from jeugdgraph.mapping import map_document
from jeugdgraph.namespaces import JG, JGI, OPENGOV
from jeugdgraph.rdf_terms import rdflib_graph

from .conftest import source_of

MOTION = ("Motie Jeugd dichtbij\n\nDe raad van de gemeente Zwolle, in vergadering bijeen op 3 maart 2021,\n\n"
          "verzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.\n\n")


def _vote(text: str, kind: str = "motie") -> tuple[object, ...] | None:
    outcome = find_outcome(source_of(text), kind)
    return outcome and (outcome.value, outcome.unanimous, outcome.votes_for, outcome.votes_against,
                        outcome.parties_for, outcome.parties_against)


def test_a_result_block_with_its_status_counts_and_party_lists() -> None:
    assert _vote(MOTION + "Status: Aangenomen") == ("aangenomen", False, None, None, [], [])
    assert _vote(MOTION + "Afgehandeld: unaniem aangenomen") == ("aangenomen", True, None, None, [], [])
    assert _vote(MOTION + "Stemuitslag: aangenomen (24 voor, 9 tegen)") == (
        "aangenomen", False, 24, 9, [], [])
    assert _vote(MOTION + "Aangenomen\nStemverhouding: 25-8") == ("aangenomen", False, 25, 8, [], [])
    assert _vote(MOTION + "Uitslag: verworpen\nVoor: SP, PvdA (5 zetels)\nTegen gestemd: VVD en CDA") == (
        "verworpen", False, None, None, ["SP", "PvdA"], ["VVD", "CDA"])


def test_a_pros_and_cons_list_outside_the_result_block_is_no_vote() -> None:
    text = ("De motie over de jeugdzorg is aangenomen.\n\nArgumenten\nVoor: Snellere hulp\n"
            "Tegen: Hogere kosten\n")
    assert _vote(text, "nieuwsbericht") == ("aangenomen", False, None, None, [], [])


def test_a_news_sentence_with_counts_and_the_parties_that_stood_apart() -> None:
    assert _vote("Het amendement haalde het niet: 15 stemmen voor, 18 tegen.", "nieuwsbericht") == (
        "verworpen", False, 15, 18, [], [])
    assert _vote("De motie werd aangenomen. Alleen de PVV stemde tegen.", "nieuwsbericht") == (
        "aangenomen", False, None, None, [], ["PVV"])
    assert _vote("De motie kreeg geen meerderheid. Alleen GroenLinks en de SP stemden voor.",
                 "nieuwsbericht") == ("verworpen", False, None, None, ["GroenLinks", "SP"], [])
    assert _vote("De motie is aangenomen met een stemverhouding van 25 tegen 8.", "nieuwsbericht") == (
        "aangenomen", False, 25, 8, [], [])


def test_support_denied_or_with_an_exception_is_no_unanimous_adoption() -> None:
    assert _vote("Een meerderheid van de raad steunde de motie over jeugdzorg niet.", "nieuwsbericht") is None
    # (the party excepted from the support voted against: a council member votes for or against)
    assert _vote("Alle partijen steunden de motie over de jeugdzorg, behalve de PVV.", "nieuwsbericht") == (
        "aangenomen", False, None, None, [], ["PVV"])
    assert _vote("Alle fracties stemden voor het amendement, op de SP na.", "nieuwsbericht") == (
        "aangenomen", False, None, None, [], [])


def test_how_a_party_voted_where_the_text_does_not_say_what_came_of_the_motion() -> None:
    text = ("Afkeuring van de wethouder\n\nDe positie van de wethouder staat ter discussie. De Zwolse "
            "CDA-fractie heeft resoluut tegen deze motie gestemd. In onze optiek handelt de wethouder "
            "zorgvuldig.")
    assert _vote(text, "nieuwsbericht") == (None, False, None, None, [], ["CDA"])
    # the vote is mapped without an outcome, and the page's items are no motion's requests
    _, entries = reference_data()
    extracted = extract_document(source_of(text, "afkeuring.txt"), gazetteer=entries)
    graph = rdflib_graph(map_document(extracted))
    doc = JGI["document/afkeuring"]
    assert (doc, JG.uitkomst, None) not in graph
    votes = list(graph.subjects(OPENGOV.motion, doc))
    assert len(votes) == 1 and (votes[0], JG.fractieTegen, None) in graph
    assert (votes[0], OPENGOV.result, None) not in graph


def test_counts_written_as_number_words_give_the_vote() -> None:
    text = "De motie over de wachttijden werd met zeventien stemmen voor en twaalf tegen aangenomen."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen"
    assert (outcome.votes_for, outcome.votes_against) == (17, 12)


def test_a_motion_that_was_not_adopted_is_rejected_and_news_phrasing_gives_the_parties() -> None:
    text = ("De fractie diende een motie in over de ouderbijdrage. De motie werd niet aangenomen omdat de "
            "indiener alleen steun kreeg van de SP, Lokaal Belang en Samen Verder. Opvallend was de "
            "tegenstem van de VVD en het CDA.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "verworpen"
    assert outcome.parties_for == ["SP", "Lokaal Belang", "Samen Verder"]
    assert outcome.parties_against == ["VVD", "CDA"]
    pending = find_outcome(source_of("De motie over de jeugdhulp is nog niet aangenomen."), "nieuwsbericht")
    assert pending is not None and pending.value == "aangenomen"  # the word alone; "nog niet" is no rejection


def test_members_in_a_vote_list_are_no_parties_and_list_totals_are_counts() -> None:
    text = ("Motie Jeugdhulp thuis\n\nStatus: Verworpen\n\n"
            "Voor: Stadspartij, SP, D66, Karin Bos (Onafhankelijk) (11)\n\n"
            "Tegen: VVD, CDA, Piet Kok & Ans Wit, PvdA (24)\n\nDe raad, in vergadering bijeen,\n")
    outcome = find_outcome(source_of(text), "motie")
    assert outcome is not None and outcome.value == "verworpen"
    assert (outcome.votes_for, outcome.votes_against) == (11, 24)
    assert outcome.parties_for == ["Stadspartij", "SP", "D66"]
    assert outcome.parties_against == ["VVD", "CDA", "PvdA"]


def test_the_parties_may_follow_a_later_report_of_the_same_outcome() -> None:
    text = ("Motie over de wachtlijsten jeugdzorg bijna unaniem aangenomen\nOp de agenda stond de begroting, "
            "waarover lang werd gesproken. De motie van Lokaal Sterk is dinsdag aangenomen. Alleen de PVV "
            "stemde tegen.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.parties_against == ["PVV"]


def test_a_member_named_with_the_party_in_brackets_is_no_party_in_a_list_that_voted() -> None:
    text = ("De motie werd met negentien stemmen voor en elf tegen aangenomen. SP, CDA en Jansen (VVD) "
            "waren tegen.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.votes_for, outcome.votes_against) == (19, 11)
    assert outcome.parties_against == ["SP", "CDA"]


def test_the_council_consenting_to_the_proposal_of_parties_adopts_it() -> None:
    text = ("De fracties van CDA en Dorpsbelang willen een plan voor de jeugd.\n\n"
            "De raad van Ommerdam heeft unaniem met het voorstel van CDA en Dorpsbelang ingestemd.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen" and outcome.unanimous
    # the college's proposal is no motion, and a refusal adopts nothing
    college = "De raad van Ommerdam heeft ingestemd met het voorstel van het college over de jeugdhulp."
    assert find_outcome(source_of(college), "nieuwsbericht") is None
    refused = "De gemeenteraad heeft niet ingestemd met de motie van de SP."
    outcome = find_outcome(source_of(refused), "nieuwsbericht")
    assert outcome is None or outcome.value != "aangenomen"


def test_an_earlier_adopted_motion_is_not_the_outcome_of_the_one_reported() -> None:
    text = ("Op 19 oktober stond een motie op de agenda. Die riep op de raad van Ommerdam te steunen met "
            "hun eerder aangenomen motie over de jeugdhulp.")
    assert find_outcome(source_of(text), "nieuwsbericht") is None


def test_the_council_going_along_with_a_proposal_of_parties_adopts_it() -> None:
    text = "Na een kort debat ging de gemeenteraad donderdag akkoord met een voorstel van VVD en CDA."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen"


def test_a_decision_taken_with_the_amendment_in_it_adopts_the_amendment() -> None:
    text = ("De begroting is goedgekeurd met als aanpassing het amendement dat wij samen met de SP hebben "
            "ingediend over de jeugdzorg.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen"
    # an amendment that is only submitted is not adopted
    submitted = "Wij hebben een amendement ingediend over de jeugdzorg bij de begroting."
    assert find_outcome(source_of(submitted), "nieuwsbericht") is None


def test_the_separable_verbs_of_an_outcome_and_a_motion_voted_down() -> None:
    for text, value in (
        ("Na de toezegging van de wethouder trok de VVD haar motie in.", "ingetrokken"),
        ("De SP hield de motie over de jeugdzorg aan tot de volgende vergadering.", "aangehouden"),
        ("De coalitie stemde de motie van de SP weg.", "verworpen"),
        ("De SP diende een motie in, maar die werd weggestemd door de coalitie.", "verworpen"),
    ):
        outcome = find_outcome(source_of(text), "nieuwsbericht")
        assert outcome is not None and outcome.value == value, text
    unrelated = "De wethouder trok zich terug; de motie kwam in de raad."
    assert find_outcome(source_of(unrelated), "nieuwsbericht") is None


def test_a_pronoun_carries_the_motion_of_the_sentence_before_it() -> None:
    text = ("De oppositie diende een motie over de wachttijden in. De coalitie was het daar niet mee eens. "
            "Die haalde het dus niet.")
    # "Die" opens the sentence after one without a motion: no outcome read from it
    assert find_outcome(source_of(text), "nieuwsbericht") is None
    text = "De oppositie diende een motie over de wachttijden in. Die haalde het dus ook niet."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "verworpen"
    text = "Helaas heeft onze motie over de jeugdhulp het niet gehaald."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "verworpen"


def test_the_council_consenting_with_words_between_verb_and_particle_adopts_unanimously() -> None:
    text = ("De voltallige raad stemde donderdag dan ook in met een voorstel van D66 om de wachtlijsten "
            "in de jeugdzorg te halveren.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen" and outcome.unanimous
    text = "De raad stemde donderdag in met het voorstel van het college."
    assert find_outcome(source_of(text), "nieuwsbericht") is None


def test_a_motion_of_parliament_is_not_the_councils() -> None:
    text = ("De fractie vroeg eerder in de Tweede Kamer met een motie om uitstel van de eigen bijdrage. "
            "Die motie is niet aangenomen. In de raad dienden wij samen met D66 een motie in. "
            "De motie is later ingetrokken.")
    assert find_outcome(source_of(text), "nieuwsbericht").value == "ingetrokken"
    text = "De motie van de SP over de jeugdzorg werd in de Tweede Kamer verworpen."
    assert find_outcome(source_of(text), "nieuwsbericht") is None


def test_a_task_the_college_got_from_a_motion_adopts_it_with_its_supporters() -> None:
    text = ("Deze opdracht kreeg het college dinsdag in de raad mee bij een motie van CDA en PvdA, die werd "
            "gesteund door de fracties van VVD en D66.")
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "aangenomen"
    assert {"VVD", "D66"} <= set(outcome.parties_for)
    # a motion the college is given to read is no task
    text = "De fracties van CDA en PvdA kregen van het college een brief mee over de motie."
    assert find_outcome(source_of(text), "nieuwsbericht") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De motie van de SP over de wachtlijsten kreeg dinsdag een ruime meerderheid.", "aangenomen"),
        ("Het amendement kon rekenen op een meerderheid van de raad.", "aangenomen"),
        ("De motie over de jeugdhulp kreeg geen meerderheid.", "verworpen"),
        ("De motie kreeg onvoldoende steun in de raad.", "verworpen"),
    ],
)
def test_a_majority_or_too_little_support_for_a_motion_states_its_outcome(text: str, value: str) -> None:
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == value


def test_no_majority_with_words_between_is_still_rejected() -> None:
    text = "De motie over de jeugdhulp kreeg dinsdag geen meerderheid."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and outcome.value == "verworpen"


def test_support_received_from_the_whole_council_adopts_unanimously() -> None:
    text = "Kampen - Een motie van CDA en SP over de wachttijden kreeg dinsdag de steun van alle partijen."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.value, outcome.unanimous) == ("aangenomen", True)
    text = "Kampen - De motie over de wachttijden kon rekenen op de steun van de voltallige raad."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "aangenomen"
    # support that was not received adopts nothing
    denied = "Kampen - Een motie van het CDA over de wachttijden kreeg niet de steun van alle partijen."
    outcome = find_outcome(source_of(denied), "nieuwsbericht")
    assert outcome is None or (outcome.value != "aangenomen" and not outcome.unanimous)


def test_a_separable_verb_joined_at_the_end_of_a_clause_gives_the_outcome() -> None:
    text = "Kampen - De wethouder nam de motie over, waarna de indieners haar introkken."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "ingetrokken"
    text = "Kampen - Het bleef onrustig nadat de fractie de motie over jeugdhulp aanhield."
    assert find_outcome(source_of(text), "nieuwsbericht").value == "aangehouden"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the score in brackets after the outcome
        ("Kampen - De motie over jeugdhulp werd aangenomen (22-9).", ("aangenomen", 22, 9, [], [])),
        # the members counted on each side
        ("Kampen - De motie van de SP haalde het niet: 12 raadsleden stemden voor, 21 tegen.",
         ("verworpen", 12, 21, [], [])),
        # only the votes for, and the side named first in the next sentence
        ("Kampen - De motie werd aangenomen met 30 stemmen voor. Tegen waren de VVD en het CDA.",
         ("aangenomen", 30, None, [], ["VVD", "CDA"])),
        ("Kampen - De motie is verworpen. Voor stemden SP en GroenLinks; tegen stemden VVD en D66.",
         ("verworpen", None, None, ["SP", "GroenLinks"], ["VVD", "D66"])),
        # the support of a majority adopts, and the parties that gave it are read
        ("Kampen - De motie kreeg de steun van een meerderheid: VVD, CDA en SP stemden voor.",
         ("aangenomen", None, None, ["VVD", "CDA", "SP"], [])),
    ],
)
def test_the_vote_as_news_reports_it(text: str, expected: tuple[object, ...]) -> None:
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None
    assert (outcome.value, outcome.votes_for, outcome.votes_against, outcome.parties_for,
            outcome.parties_against) == expected


def test_an_age_range_in_brackets_is_no_score() -> None:
    text = "Kampen - De motie over jongeren (12-18) werd aangenomen."
    outcome = find_outcome(source_of(text), "nieuwsbericht")
    assert outcome is not None and (outcome.votes_for, outcome.votes_against) == (None, None)


def test_a_result_block_with_each_label_on_a_line_of_its_own() -> None:
    text = ("Motie: Wachttijden jeugdhulp\n\nProvinciale Staten van Utrecht in vergadering bijeen op 3 juni "
            "2022\n\nverzoeken het college een plan te maken,\n\nen gaan over tot de orde van de dag.\n\n"
            "Status\n\nAangenomen\n\nVoor\n\nVVD, D66, 50+, CU-SGP\n\nTegen\n\nPVV, JA21\n")
    assert _vote(text) == ("aangenomen", False, None, None, ["VVD", "D66", "50+", "CU-SGP"], ["PVV", "JA21"])
    # a field left empty lists nothing, and a paragraph that opens with "Voor" is no label
    assert _vote("Motie Jeugd\n\nStatus\n\nIngetrokken\n\nVoor\n\nTegen\n\nLees meer\n") == (
        "ingetrokken", False, None, None, [], [])
    text = "De motie over de jeugdzorg is aangenomen.\n\nVoor de zomer komt het college met een plan.\n"
    assert _vote(text, "nieuwsbericht") == ("aangenomen", False, None, None, [], [])


def test_support_of_the_whole_council_in_the_passive_adopts_unanimously() -> None:
    text = "Wij zijn blij dat de motie door de voltallige raad werd ondersteund, zegt de fractievoorzitter."
    assert _vote(text, "nieuwsbericht") == ("aangenomen", True, None, None, [], [])
    text = "Het amendement over de wachtlijsten werd gesteund door alle fracties."
    assert _vote(text, "nieuwsbericht") == ("aangenomen", True, None, None, [], [])
    assert _vote("De motie werd door een ruime meerderheid gesteund.", "nieuwsbericht") == (
        "aangenomen", False, None, None, [], [])
    assert _vote("De motie werd door de hele raad niet gesteund.", "nieuwsbericht") is None


def test_the_vote_on_another_motion_later_in_the_text_is_not_this_ones() -> None:
    text = ("In Goes werd een motie aangenomen over de tekorten in de jeugdzorg. In Vlissingen werd unaniem "
            "een soortgelijke motie aangenomen.")
    assert _vote(text, "nieuwsbericht") == ("aangenomen", False, None, None, [], [])
    text = ("In Goes werd een motie aangenomen over de tekorten in de jeugdzorg. De motie over de tekorten "
            "werd unaniem aangenomen.")
    assert _vote(text, "nieuwsbericht") == ("aangenomen", True, None, None, [], [])


def test_counts_and_sides_as_news_and_result_lines_write_them() -> None:
    assert _vote("De motie werd aangenomen met 25 stemmen vóór en 8 tegen.", "nieuwsbericht") == (
        "aangenomen", False, 25, 8, [], [])
    assert _vote("De motie werd met 30 stemmen vóór aangenomen.", "nieuwsbericht") == (
        "aangenomen", False, 30, None, [], [])
    # the counts in the sentence after the outcome, unless that sentence is about another motion
    assert _vote("De motie is aangenomen. Voor: 20, tegen: 5.", "nieuwsbericht") == (
        "aangenomen", False, 20, 5, [], [])
    assert _vote("De motie werd aangenomen. Er stemden 20 raadsleden voor en 5 tegen.", "nieuwsbericht") == (
        "aangenomen", False, 20, 5, [], [])
    assert _vote("De motie over jeugdzorg werd aangenomen. Een andere motie werd unaniem aangenomen.",
                 "nieuwsbericht") == ("aangenomen", False, None, None, [], [])
    # the side first, with what it voted on
    assert _vote("Het amendement werd verworpen. Voor het amendement stemden SP en GroenLinks; tegen stemden "
                 "VVD en CDA.", "nieuwsbericht") == ("verworpen", False, None, None, ["SP", "GroenLinks"],
                                                     ["VVD", "CDA"])


MOTION_FOR_FIELDS = ("Motie Jeugd\n\nDe raad van de gemeente Zwolle, in vergadering bijeen op 4 mei 2030,\n\n"
                     "verzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.\n\n")


@pytest.mark.parametrize(
    ("text", "kind", "vote"),
    [
        (MOTION_FOR_FIELDS + "Stemmingsuitslag: aangenomen. Voor 27, tegen 6.", "motie",
         ("aangenomen", False, 27, 6, [], [])),
        (MOTION_FOR_FIELDS + "Uitslag stemming: verworpen\nStemmen voor: 12 Stemmen tegen: 21", "motie",
         ("verworpen", False, 12, 21, [], [])),
        (MOTION_FOR_FIELDS + "Besluit: aangenomen met 20-13", "motie", ("aangenomen", False, 20, 13, [], [])),
        # the majority is the side that won: against a rejected motion
        ("De motie werd met een krappe meerderheid van 16 tegen 15 verworpen.", "nieuwsbericht",
         ("verworpen", False, 15, 16, [], [])),
        ("De motie werd met een meerderheid van 20 tegen 13 stemmen aangenomen.", "nieuwsbericht",
         ("aangenomen", False, 20, 13, [], [])),
        # the parties excepted from all others voted the other way
        ("De motie werd aangenomen met steun van alle fracties behalve de PVV.", "nieuwsbericht",
         ("aangenomen", False, None, None, [], ["PVV"])),
        ("De motie werd verworpen. Alle partijen stemden tegen, met uitzondering van de SP en GroenLinks.",
         "nieuwsbericht", ("verworpen", False, None, None, ["SP", "GroenLinks"], [])),
        # adopted by the whole council in the passive
        ("De motie, ingediend door VVD en CDA, werd door de voltallige raad aangenomen.", "nieuwsbericht",
         ("aangenomen", True, None, None, [], [])),
    ],
)
def test_result_fields_scores_and_exceptions_as_councils_write_them(
        text: str, kind: str, vote: tuple[object, ...]) -> None:
    assert _vote(text, kind) == vote


def test_a_majority_voting_against_a_motion_rejects_it() -> None:
    assert _vote("Een meerderheid van de raad stemde tegen de motie over de jeugdzorg.", "nieuwsbericht") == (
        "verworpen", False, None, None, [], [])
    assert _vote("Een minderheid stemde tegen de motie, die dus werd aangenomen.", "nieuwsbericht") == (
        "aangenomen", False, None, None, [], [])


@pytest.mark.parametrize(
    ("result", "vote"),
    [
        ("Stemming: 25 voor - 8 tegen\nUitslag: aangenomen", ("aangenomen", False, 25, 8, [], [])),
        ("Aangenomen met 25 stemmen voor (VVD, CDA, D66) en 8 stemmen tegen (PVV).",
         ("aangenomen", False, 25, 8, ["VVD", "CDA", "D66"], ["PVV"])),
        ("Status: Verworpen\nVoor (12): SP, PvdA\nTegen (21): VVD, CDA, D66",
         ("verworpen", False, 12, 21, ["SP", "PvdA"], ["VVD", "CDA", "D66"])),
        # one party a line under each label
        ("Uitslag: verworpen\n\nVoor\nSP\nPvdA\n\nTegen\nVVD\nCDA",
         ("verworpen", False, None, None, ["SP", "PvdA"], ["VVD", "CDA"])),
    ],
)
def test_result_blocks_as_council_sites_lay_them_out(result: str, vote: tuple[object, ...]) -> None:
    assert _vote(MOTION_FOR_FIELDS + result) == vote


def test_the_votes_of_a_total_that_adopted_a_motion_are_the_votes_for() -> None:
    assert _vote("De motie werd met een ruime meerderheid (30 van de 37 stemmen) aangenomen.",
                 "nieuwsbericht") == ("aangenomen", False, 30, None, [], [])
    # the votes a rejected motion got are no count the text gives a side
    assert _vote("De motie kreeg 12 van de 37 stemmen en werd verworpen.", "nieuwsbericht") == (
        "verworpen", False, None, None, [], [])
