"""Laws named by their title after "de" without an abbreviation, and a bare Wmo in a list of laws whose
neighbour is written apart."""

from __future__ import annotations

from .test_names_and_places import _extract


def _laws(text: str) -> list[str]:
    found = _extract(text)
    return [m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "wet"] + [
        law.name for law in found.named_laws]


def test_a_title_after_de_closed_by_a_verb_or_punctuation_is_a_law() -> None:
    assert _laws("Dit volgt uit de Wet normering bezoldiging bestuurders.") == [
        "Wet normering bezoldiging bestuurders"]
    assert _laws("Volgens de Wet aanpak woonoverlast is dat mogelijk.") == ["Wet aanpak woonoverlast"]
    assert _laws("Dit geldt voor de Wet tijdelijk huisverbod, die de burgemeester toepast.") == [
        "Wet tijdelijk huisverbod"]


def test_a_title_that_runs_on_or_has_no_lower_case_word_is_none() -> None:
    for text in ("Volgens de Wet is dat niet toegestaan.",
                 "Dit staat in de Wet op de lijkbezorging.",
                 "Zij werkt bij de Wet en Regelgeving afdeling.",
                 "Dit volgt uit de Wet maatschappelijk verantwoord inkopen Oosterdijk.",
                 "Dit volgt uit de gewijzigde Wet markt en overheid.",
                 "Dit volgt uit de Wet normering bezoldiging"):
        assert [name for name in _laws(text) if name.startswith("Wet ")] == [], text


def test_a_bill_s_title_is_no_law() -> None:
    assert _laws("Het wetsvoorstel de Wet toekomst pensioenen is aangenomen.") == []


def test_a_bare_wmo_before_a_law_written_apart_is_the_law() -> None:
    assert "BWBR0035362" in _laws("De decentralisaties (Wmo, Jeugd wet en Participatiewet) vragen veel.")
    # in a list of domains it names the domain
    assert _laws("De wethouder is belast met Wmo, jeugd en onderwijs.") == []


def test_the_repealed_personal_data_act_and_the_judicial_data_act_are_the_register_s_laws() -> None:
    assert _laws("Dit gebeurt volgens de Wet bescherming persoonsgegevens en de Awb.") == [
        "BWBR0011468", "BWBR0005537"]
    assert _laws("Een VOG valt onder de Wet justitiële en strafvorderlijke gegevens (Wjsg).") == [
        "BWBR0014194", "BWBR0014194"]
