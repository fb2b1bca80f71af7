"""A party's group that signs its page on a line of its own names the party as the page's issuer."""

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
