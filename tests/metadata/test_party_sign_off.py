"""A party's page: its group signing it, its own voice (what it hears, how it voted), and the college's voice
that is no party's."""

from __future__ import annotations

from jeugdgraph.extract.issuers import page_issuer
from jeugdgraph.extract.layout import split_lines


def _issuer(text: str) -> str | None:
    return page_issuer(split_lines(text), "nieuwsbericht", lambda name: name in {"Zwolle", "Ede"})


def test_the_group_signing_its_page() -> None:
    body = "Wachtlijsten jeugdzorg\n\nDe wachtlijsten in de jeugdzorg lopen op. Er zijn vragen gesteld.\n\n"
    assert _issuer(body + "Fractie SP Zwolle\n") == "SP Zwolle"
    assert _issuer(body + "De VVD-fractie\n") == "VVD"
    assert _issuer(body + "CDA-fractie\n") == "CDA"


def test_a_party_named_without_its_group_or_above_the_end_signs_nothing() -> None:
    body = "Wachtlijsten jeugdzorg\n\nDe wachtlijsten in de jeugdzorg lopen op. Er zijn vragen gesteld.\n\n"
    assert _issuer(body + "SP Zwolle\n") is None
    assert _issuer(body + "De fractie van de SP stelde vragen over de wachtlijsten en de kosten.\n") is None
    ending = "\n\nMeer nieuws uit de raad.\n\nDe agenda van de raad.\n\nOver deze site.\n"
    assert _issuer(body + "Fractie SP Zwolle" + ending) is None


def test_a_party_page_that_hears_and_votes_in_its_own_voice() -> None:
    text = (
        "Jeugdzorg\n\nIn de wijken horen we zorgen over de wachtlijsten. Volt diende een motie in. "
        "Volt stemde voor. De motie van BBB kreeg geen steun.\n"
    )
    assert _issuer(text) == "Volt"


def test_the_colleges_first_person_is_no_partys() -> None:
    text = (
        "Reactie\n\nDe inbreng van Samen Sterker Ede en Volt kunnen we als college waarderen. "
        "Volt stemde voor. Wel zien we zorgen over de jeugdzorg.\n"
    )
    assert _issuer(text) is None


def test_a_member_named_by_party_role_acts_for_the_party() -> None:
    text = (
        "Petitie\n\nDe groep bestond uit wethouders (met onze wethouder Jan Smit) en jongeren. "
        "SP-kamerlid Nine Kooiman diende op diezelfde dag een motie in.\n"
    )
    assert _issuer(text) == "SP"


def test_a_forms_group_field_names_the_questioners_group() -> None:
    form = "Vragen\nInkoop\nRaadsleden\n  \u2022 Jan Smit\nFractie\n  \u2022 Fractie Mooi Dorp\n"
    assert _issuer(form + "Vraag\n1. Welke inkoop gaat er worden toegevoegd?\n") == "Mooi Dorp"
    several = "Fractie\n  \u2022 Fractie Mooi Dorp\n  \u2022 Fractie Beter Dorp\n"
    assert _issuer("Schriftelijke Vragen\n" + several + "Vraag\n1. Welke inkoop?\n") is None
