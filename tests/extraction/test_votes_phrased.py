"""Votes and outcomes in the other ways councils and news write them: result fields that name whose
decision, the score as the outcome's means, the parties' votes as its means, support, the perfect, an
exception named first, and result blocks flattened one item a paragraph or with their lists above."""

from __future__ import annotations

from jeugdgraph.extract.outcome import find_outcome

from .conftest import source_of

MOTION = (
    "Motie Speeltuinen open\n\nDe raad van de gemeente Zwolle, in vergadering bijeen op 9 mei 2023,\n\n"
    "verzoekt het college de speeltuinen open te houden,\n\nen gaat over tot de orde van de dag.\n\n"
)


def _vote(text: str, kind: str = "motie") -> tuple[object, ...] | None:
    outcome = find_outcome(source_of(text), kind)
    return outcome and (
        outcome.value,
        outcome.unanimous,
        outcome.votes_for,
        outcome.votes_against,
        outcome.parties_for,
        outcome.parties_against,
    )


def test_result_fields_that_name_the_vote_or_whose_decision_it_is() -> None:
    assert _vote(MOTION + "Resultaat stemming: verworpen") == ("verworpen", False, None, None, [], [])
    assert _vote(MOTION + "Besluit van de raad: aangenomen") == ("aangenomen", False, None, None, [], [])
    assert _vote(MOTION + "Stemuitslag: 18 - 11 aangenomen") == ("aangenomen", False, 18, 11, [], [])
    assert _vote(MOTION + "Uitslag: verworpen\nAantal stemmen voor: 9\nAantal stemmen tegen: 22") == (
        "verworpen",
        False,
        9,
        22,
        [],
        [],
    )
    # a field that names something else is no result
    assert _vote(MOTION + "Besluit college: nog niet bekend") is None


def test_the_kind_word_over_its_result_opens_a_block() -> None:
    assert _vote(MOTION + "Amendement verworpen\nVoor: Volt, SP\nTegen: VVD") == (
        "verworpen",
        False,
        None,
        None,
        ["Volt", "SP"],
        ["VVD"],
    )
    # (a sentence that goes on is no result line: "Motie aangenomen door ..." is read as a sentence)
    assert _vote(MOTION + "Voor: CDA, D66\nTegen: PVV\nAangenomen") == (
        "aangenomen",
        False,
        None,
        None,
        ["CDA", "D66"],
        ["PVV"],
    )


def test_a_result_block_flattened_one_item_a_paragraph() -> None:
    text = MOTION + "Status: aangenomen\n\nVoor\n\nGroenLinks\n\nPvdD\n\nTegen\n\nBBB\n\nIndieners\n\nA. Smit"
    assert _vote(text) == ("aangenomen", False, None, None, ["GroenLinks", "PvdD"], ["BBB"])
    # a heading after the label is no party, and ends the list
    text = MOTION + "Status: aangenomen\n\nVoor\n\nCDA\n\nToelichting\n\nDe indieners willen meer."
    assert _vote(text) == ("aangenomen", False, None, None, ["CDA"], [])
    assert _vote(MOTION + "Uitslag\n\nVerworpen\n\n12 voor\n\n19 tegen") == (
        "verworpen",
        False,
        12,
        19,
        [],
        [],
    )


def test_the_score_as_the_means_of_the_outcome() -> None:
    assert _vote("De motie over de speeltuinen werd met 21-12 aangenomen.", "nieuwsbericht") == (
        "aangenomen",
        False,
        21,
        12,
        [],
        [],
    )
    assert _vote("Het amendement werd met een nipte meerderheid (16-15) aangenomen.", "nieuwsbericht") == (
        "aangenomen",
        False,
        16,
        15,
        [],
        [],
    )
    # a range of years in the sentence is no score
    assert _vote("De motie over de periode 2023-2026 werd aangenomen.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        [],
    )


def test_the_parties_votes_as_the_means_of_the_outcome() -> None:
    assert _vote("De motie is aangenomen met de stemmen van Volt en de SP.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        ["Volt", "SP"],
        [],
    )
    assert _vote("Het amendement werd verworpen met de stemmen van BBB en JA21 tegen.", "nieuwsbericht") == (
        "verworpen",
        False,
        None,
        None,
        [],
        ["BBB", "JA21"],
    )
    # without a side and without the outcome before it, the phrase says nothing of a side
    assert _vote("De motie werd aangenomen, ook met de stemmen van de VVD.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        [],
    )


def test_support_the_perfect_and_the_groups_named_as_such() -> None:
    assert _vote("De motie werd aangenomen. D66 en Volt steunden de motie.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        ["D66", "Volt"],
        [],
    )
    assert _vote("De motie werd aangenomen. PVV en BBB hebben tegen gestemd.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        ["PVV", "BBB"],
    )
    assert _vote("De motie werd verworpen. Voor stemden de fracties van SP en Volt.", "nieuwsbericht") == (
        "verworpen",
        False,
        None,
        None,
        ["SP", "Volt"],
        [],
    )
    # a person who supports the motion is no party
    assert _vote("De motie werd aangenomen. Wethouder Jansen steunde de motie.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        [],
    )


def test_the_exception_named_first_and_unanimous_support() -> None:
    assert _vote("De motie werd aangenomen. Op de PVV na stemden alle partijen voor.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        ["PVV"],
    )
    assert _vote(
        "De motie werd verworpen. Met uitzondering van Volt stemden alle fracties tegen.", "nieuwsbericht"
    ) == ("verworpen", False, None, None, ["Volt"], [])
    assert _vote("Het amendement over de speeltuinen werd unaniem gesteund.", "nieuwsbericht") == (
        "aangenomen",
        True,
        None,
        None,
        [],
        [],
    )
    assert _vote("Het amendement over de speeltuinen werd niet unaniem gesteund.", "nieuwsbericht") is None


def test_each_partys_vote_on_a_line_of_its_own() -> None:
    text = MOTION + "Uitslag: verworpen\n\nVolt: voor\nSP: voor\nBBB: tegen\nJA21: tegen"
    assert _vote(text) == ("verworpen", False, None, None, ["Volt", "SP"], ["BBB", "JA21"])
    text = MOTION + "Stemmingsuitslag\nAangenomen\nD66\tVoor\nPvdD\tTegen"
    assert _vote(text) == ("aangenomen", False, None, None, ["D66"], ["PvdD"])
    # a table's header names no party
    text = MOTION + "Uitslag\nVerworpen\nPartij Voor Tegen\nVolt 3\nSP 2"
    assert _vote(text) == ("verworpen", False, None, None, [], [])


def test_unanimity_the_vote_field_and_a_rejection_in_other_words() -> None:
    assert _vote("De motie over de speeltuinen werd met unanimiteit aangenomen.", "nieuwsbericht") == (
        "aangenomen",
        True,
        None,
        None,
        [],
        [],
    )
    assert _vote("Er was geen unanimiteit: de motie werd aangenomen.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        [],
    )
    assert _vote(MOTION + "Stemming: 21 - 12\nAangenomen") == ("aangenomen", False, 21, 12, [], [])
    assert _vote("Het amendement van Volt werd door de raad afgewezen.", "nieuwsbericht") == (
        "verworpen",
        False,
        None,
        None,
        [],
        [],
    )
    # a request turned down, or a motion looked back at, is not the outcome of the text's motion
    assert _vote("Het verzoek om uitstel werd afgewezen, zo blijkt uit de motie.", "nieuwsbericht") is None
    assert _vote("Vorig jaar dienden we een motie in. Die motie werd afgewezen.", "nieuwsbericht") is None


def test_a_meeting_pages_vote_field_on_what_it_decides() -> None:
    page = (
        "Raadsvergadering\n\n3. Verordening jeugdhulp\n\n  Stemuitslag\n\n  voor 100%\n  voor\n"
        "  Raadsleden Volt (3), Raadsleden fractie Jan Smit (1), Raadslid BBB (1)\n\n  Besluit\n\n"
        "  1. de verordening vast te stellen;\n"
    )
    outcome = find_outcome(source_of(page), "verslag")
    assert outcome is not None and outcome.value is None
    assert (outcome.unanimous, outcome.parties_for) == (True, ["Volt", "Jan Smit", "BBB"])
    split = page.replace("voor 100%\n  voor\n", "voor 60%\n  voor\n").replace(
        ", Raadslid BBB (1)", "\n  tegen\n  Raadslid BBB (1)"
    )
    outcome = find_outcome(source_of(split), "verslag")
    assert outcome is not None
    assert (outcome.unanimous, outcome.parties_for, outcome.parties_against) == (
        False,
        ["Volt", "Jan Smit"],
        ["BBB"],
    )
    # a page without the field states no vote
    assert find_outcome(source_of(page.replace("Stemuitslag", "Toelichting")), "verslag") is None


def test_support_received_in_the_perfect_and_a_majority_in_a_subordinate_clause() -> None:
    assert _vote(
        "Onze motie heeft steun gekregen van alle raadsfracties. Een mooi resultaat!", "nieuwsbericht"
    ) == (
        "aangenomen",
        True,
        None,
        None,
        [],
        [],
    )
    text = "De VVD kwam met een amendement. Volt en BBB steunden dit amendement waardoor het een meerderheid"
    text += " kreeg."
    assert _vote(text, "nieuwsbericht") == ("aangenomen", False, None, None, ["Volt", "BBB"], [])
    assert _vote("Het amendement kreeg geen meerderheid.", "nieuwsbericht") == (
        "verworpen",
        False,
        None,
        None,
        [],
        [],
    )


def test_the_parties_left_out_of_the_support_and_support_without_an_outcome() -> None:
    assert _vote("De motie is aangenomen zonder steun BBB,JA21 en Volt.", "nieuwsbericht") == (
        "aangenomen",
        False,
        None,
        None,
        [],
        ["BBB", "JA21", "Volt"],
    )
    text = "Dit amendement\n\nIn de raad van 6 juli werd dit amendement gesteund door BIJ1, DENK en Volt."
    assert _vote(text, "amendement") == (None, False, None, None, ["BIJ1", "DENK", "Volt"], [])
    # support by a person names no party
    assert _vote("In de raad werd dit amendement gesteund door wethouder Jansen.", "amendement") is None
