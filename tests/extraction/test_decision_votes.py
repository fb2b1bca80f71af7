"""The vote on a decision (a plan, a proposal, a regulation) that a report or a proposal's page states
without a motion's outcome, and votes on motions in the perfect, with the council named, or by one member."""

from __future__ import annotations

from .test_votes_phrased import _vote

NEWS = "Raad stelt jeugdplan vast\n\n"


def test_a_report_of_a_decision_with_its_vote() -> None:
    assert _vote(NEWS + "Het jeugdplan 2025-2028 is de basis voor de zorg. De gemeenteraad heeft het plan "
                 "dinsdagavond unaniem vastgesteld.", "nieuwsbericht") == (None, True, None, None, [], [])
    assert _vote(NEWS + "Na een lang debat werd het voorstel door de raad (21 stemmen voor, 1 stem tegen) "
                 "aangenomen.", "nieuwsbericht") == (None, False, 21, 1, [], [])
    assert _vote("Besluit\n\nDe raad besluit met algemene stemmen de verordening te wijzigen.\n",
                 "verslag") == (None, True, None, None, [], [])


def test_a_proposal_page_s_vote_field() -> None:
    text = ("Raadsvoorstel inkoop jeugdhulp\n\nDe raad wordt voorgesteld de inkoopstrategie vast te "
            "stellen.\n\nResultaat vergadering: Vastgesteld\n"
            "Stemverhouding: met algemene stemmen vastgesteld.\n")
    assert _vote(text, "raadsvoorstel") == (None, True, None, None, [], [])


def test_no_vote_on_a_decision_where_none_is_stated_or_it_is_not_the_news() -> None:
    # no vote stated
    assert _vote(NEWS + "De gemeenteraad heeft het plan dinsdag vastgesteld.", "nieuwsbericht") is None
    # not unanimous
    assert _vote(NEWS + "De raad heeft het plan niet unaniem vastgesteld.", "nieuwsbericht") is None
    # unanimity of an opinion is no vote on a decision
    assert _vote(NEWS + "Oppositie en coalitie vonden unaniem dat de wachtlijsten weg moeten.",
                 "nieuwsbericht") is None
    # a decision told as the background of the news
    assert _vote(NEWS + "Nadat de raad unaniem had ingestemd met het plan, begon de inkoop.",
                 "nieuwsbericht") is None
    # parliament's vote
    assert _vote(NEWS + "De Tweede Kamer heeft het wetsvoorstel unaniem aangenomen.", "nieuwsbericht") is None
    # a proposal's background: only its vote field counts
    assert _vote("Raadsvoorstel\n\nIn 2019 heeft de raad unaniem besloten de toegang te versterken.\n",
                 "raadsvoorstel") is None


def test_a_motion_s_vote_stays_its_outcome() -> None:
    assert _vote(NEWS + "De motie werd unaniem aangenomen.", "nieuwsbericht") == (
        "aangenomen", True, None, None, [], [])
    # adopted by acclaim: unanimous without a vote
    assert _vote(NEWS + "De motie werd bij acclamatie aangenomen.", "nieuwsbericht") == (
        "aangenomen", True, None, None, [], [])


def test_support_in_the_perfect_and_the_whole_council_named_with_its_groups() -> None:
    assert _vote("De VVD diende een motie in over de toegang. Een ruime meerderheid (alle fracties behalve "
                 "het CDA) hebben de motie gesteund.", "nieuwsbericht") == (
        "aangenomen", False, None, None, [], ["CDA"])
    assert _vote("D66 diende de motie Jeugd in. Deze motie werd zelfs door alle partijen in de raad "
                 "ondersteund.", "nieuwsbericht") == ("aangenomen", True, None, None, [], [])
    # support that is not stated is no adoption
    assert _vote("Een ruime meerderheid heeft de motie niet gesteund.", "nieuwsbericht") is None


def test_not_enough_support_rejects_a_motion() -> None:
    assert _vote("De SP diende een motie in. De motie kreeg niet voldoende steun van de andere fracties.",
                 "nieuwsbericht") == ("verworpen", False, None, None, [], [])


def test_the_parties_votes_in_a_sentence_near_the_outcome_about_the_same_motion() -> None:
    # the sentence before, with the verb before the party
    assert _vote("De SP diende een motie in. Naast de indieners steunde GroenLinks deze motie. Alle andere "
                 "partijen stemden tegen, waardoor de motie is verworpen.", "nieuwsbericht") == (
        "verworpen", False, None, None, ["GroenLinks"], [])
    # a later sentence about the same motion
    assert _vote("De motie kreeg niet voldoende steun. De motie vroeg om hulp van de provincie. Deze motie "
                 "kreeg steun van SP en Lokaal Brabant.", "nieuwsbericht") == (
        "verworpen", False, None, None, ["SP", "Lokaal Brabant"], [])
    # a withdrawn motion was not voted on: who backed it signed it
    assert _vote("De motie werd ingetrokken. De motie kreeg eerder steun van GroenLinks en VVD.",
                 "nieuwsbericht") == ("ingetrokken", False, None, None, [], [])
    # another motion's support is not this one's
    assert _vote("De motie werd verworpen. Een andere motie kreeg steun van SP en CDA.", "nieuwsbericht") == (
        "verworpen", False, None, None, [], [])


def test_a_motion_said_to_be_needless_is_none_the_next_sentence_refers_to() -> None:
    text = ('De voorzitter wijst erop dat de raad dit zelf kan regelen: "Er is geen motie voor nodig." Het '
            "voorstel om een hoorzitting te houden kreeg donderdag brede steun van alle partijen.")
    assert _vote(text, "nieuwsbericht") is None
    # a motion named in the sentence before is one
    assert _vote("De SP diende een motie in. Het voorstel kreeg steun van alle partijen.",
                 "nieuwsbericht") == ("aangenomen", True, None, None, [], [])
