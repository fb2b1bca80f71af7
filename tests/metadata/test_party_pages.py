"""A party's own page: its group named as the party, a local party whose place has several words."""

from __future__ import annotations

from pathlib import Path

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import GazetteerEntry, SourceText


def _issuer(text: str, names: list[GazetteerEntry]) -> str | None:
    source = SourceText(Path("x.txt"), "x", text, "text/plain")
    return extract_metadata(source, gazetteer=names)[0].publisher_name


def test_a_partys_group_counts_as_the_party_on_its_own_page(names: list[GazetteerEntry]) -> None:
    text = ("Vragen over wachtlijsten\n\n12 maart 2024\n\nDe SP-fractie heeft vragen gesteld over de "
            "wachtlijsten. Onze fractie maakt zich zorgen. De VVD deelt die zorgen niet.\n\nSP Deventer\n")
    assert _issuer(text, names) == "SP Deventer"
    # without the page's own voice the group is only named
    assert _issuer(text.replace("Onze fractie maakt", "De fractie maakt"), names) is None


def test_a_local_party_whose_place_has_several_words_is_named_whole(names: list[GazetteerEntry]) -> None:
    text = ("Jeugdzorg\n\nLokaal Bergen op Zoom vindt dat de jeugdzorg beter moet. Wij hebben daarom een "
            "motie ingediend. Lokaal Bergen op Zoom wil snel resultaat.\n")
    assert _issuer(text, names) == "Lokaal Bergen op Zoom"
