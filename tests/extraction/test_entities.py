"""Entity linking: whole words, case and diacritics tolerant, longest match first; persons with roles."""

from __future__ import annotations

from jeugdgraph import iris
from jeugdgraph.extract.entities import find_persons, link_entities
from jeugdgraph.extract.matching import NormalisedText, PhraseMatcher, fold
from jeugdgraph.facts import GazetteerEntry

from .conftest import ALBLASSERDAM, HILLEGOM, VELSEN, VLAARDINGEN, source_of

VLAARDINGEN_IRI = str(iris.gemeente("GM0622"))
LEIDEN_IRI = str(iris.gemeente("GM0546"))
GAZETTEER = [
    GazetteerEntry("Vlaardingen", VLAARDINGEN_IRI, "gemeente"),
    GazetteerEntry("Leiden", LEIDEN_IRI, "gemeente"),
    GazetteerEntry("Rotterdam", str(iris.gemeente("GM0599")), "gemeente"),
    GazetteerEntry("Groningen", str(iris.gemeente("GM0014")), "gemeente"),
    GazetteerEntry("Rijnmond", str(iris.jeugdregio("rijnmond")), "jeugdregio"),
    GazetteerEntry("Holland Rijnland", str(iris.jeugdregio("holland-rijnland")), "jeugdregio"),
    GazetteerEntry("Regio Holland Rijnland", str(iris.organisatie("regio-holland-rijnland")),
                   "gemeenschappelijke_regeling"),
    GazetteerEntry("Gemeenschappelijke Regeling Jeugdhulp Rijnmond", str(iris.organisatie("grjr")),
                   "gemeenschappelijke_regeling"),
    GazetteerEntry("GRJR", str(iris.organisatie("grjr")), "gemeenschappelijke_regeling"),
    GazetteerEntry("Wmo", str(iris.wet("BWBR0035362")), "wet"),
    GazetteerEntry("Wet verbetering beschikbaarheid jeugdzorg",
                   str(iris.wet("wet-verbetering-beschikbaarheid-jeugdzorg")), "wet"),
    GazetteerEntry("Kind- en Gezinsbescherming", str(iris.programma("kgb")), "programma"),
    GazetteerEntry("MVS-gemeenten", VLAARDINGEN_IRI, "gemeente"),
    GazetteerEntry("MVS-gemeenten", str(iris.gemeente("GM0556")), "gemeente"),
    GazetteerEntry("MVS-gemeenten", str(iris.gemeente("GM0606")), "gemeente"),
]


def linked(text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.iri.rsplit("/", 1)[-1]) for m in link_entities(source_of(text), GAZETTEER)]


def test_normalised_text_maps_every_character_back() -> None:
    text = "Continuïteit\u00a0–  WMO\n\nkind‑ en"
    normalised = NormalisedText.of(text)
    assert normalised.text == "continuiteit wmo kind en"
    begin, end = normalised.original_span(13, 16)
    assert text[begin:end] == "WMO"
    assert fold("Wet  Verbetering\nbeschikbaarheid") == "wet verbetering beschikbaarheid"


def test_matcher_takes_whole_words_and_the_longest_match() -> None:
    matcher = PhraseMatcher([("jeugd", 1), ("jeugdhulp", 2), ("jeugdhulp rijnmond", 3)])
    matches = matcher.find(NormalisedText.of("Jeugdhulp Rijnmond en jeugdhulpregio's en jeugd."))
    assert [(m.key, m.payloads) for m in matches] == [("jeugdhulp rijnmond", (3,)), ("jeugd", (1,))]


def test_case_and_diacritics_do_not_matter_for_laws() -> None:
    assert linked("de WMO en de wet Verbetering beschikbaarheid\njeugdzorg") == [
        ("WMO", "BWBR0035362"),
        ("wet Verbetering beschikbaarheid\njeugdzorg", "wet-verbetering-beschikbaarheid-jeugdzorg"),
    ]
    assert linked("Kind‑ en Gezinsbescherming")[0][1] == "kgb"


def test_the_longest_name_wins_and_a_lowercase_generic_word_is_no_name() -> None:
    assert linked("De Gemeenschappelijke Regeling Jeugdhulp Rijnmond (GRJR) in Rijnmond.") == [
        ("Gemeenschappelijke Regeling Jeugdhulp Rijnmond", "grjr"),
        ("GRJR", "grjr"),
        ("Rijnmond", "rijnmond"),
    ]
    # "regio" in lower case is the region, "Regio Holland Rijnland" with a capital the joint body
    assert linked("in de regio Holland Rijnland") == [("Holland Rijnland", "holland-rijnland")]
    assert linked("De Regio Holland Rijnland besluit") == [
        ("Regio Holland Rijnland", "regio-holland-rijnland"),
    ]


def test_municipalities_are_proper_names() -> None:
    assert linked("zie www.vlaardingen.nl en gemeente Vlaardingen") == [("Vlaardingen", "gm0622")]
    assert linked("Dat zal leiden tot meer hulp in Leiden.") == [("Leiden", "gm0546")]
    assert linked("Leiden tot de orde. De raad van Leiden besluit.") == [("Leiden", "gm0546")]
    assert linked("GRJR\nPostbus 70013\n3000 KR Rotterdam") == [("GRJR", "grjr")]
    assert linked("de provincie Groningen en de gemeente Groningen") == [("Groningen", "gm0014")]


def test_regular_adjectives_and_groups_of_municipalities() -> None:
    assert linked("het Vlaardings perspectief en de Vlaardingse gemeenteraad") == [
        ("Vlaardings", "gm0622"), ("Vlaardingse", "gm0622"),
    ]
    # an adjective names the municipality before its council's nouns or its view only, not its people
    assert linked("de Vlaardingse jeugd en de Vlaardingse wijken") == []
    assert sorted(iri for _, iri in linked("de drie MVS-gemeenten")) == ["gm0556", "gm0606", "gm0622"]


def test_seed_mentions(extracted) -> None:
    def iris_of(slug: str, kind: str) -> set[str]:
        return {m.iri.rsplit("/", 1)[-1] for m in extracted[slug].mentions if m.kind == kind}

    assert iris_of(VELSEN, "gemeente") == {"gm0453"}  # "Rekenkameronderzoek jeugdzorg gemeente Velsen"
    assert iris_of(HILLEGOM, "gemeente") == {"gm0534", "gm0553"}
    assert iris_of(HILLEGOM, "jeugdregio") == {"holland-rijnland"}
    assert iris_of(ALBLASSERDAM, "gemeenschappelijke_regeling") == {"dienst-gezondheid-jeugd"}
    assert iris_of(VLAARDINGEN, "gemeente") == {"gm0622", "gm0556", "gm0606"}  # not Rotterdam (address)
    assert iris_of(VLAARDINGEN, "wet") == {
        "BWBR0034925", "BWBR0035362", "BWBR0035917", "BWBR0018450",
        "wet-verbetering-beschikbaarheid-jeugdzorg",
    }
    vlaardings = [m for m in extracted[VLAARDINGEN].mentions if m.span.text == "Vlaardings"]
    assert [m.iri for m in vlaardings] == [VLAARDINGEN_IRI]


def persons(text: str) -> list[tuple[str, str, str | None, str]]:
    source = source_of(text)
    return [
        (p.name, p.role, p.on_behalf_of and p.on_behalf_of.rsplit("/", 1)[-1], p.span.text)
        for p in find_persons(source, GAZETTEER)
    ]


def test_persons_inline_and_as_label() -> None:
    assert persons("Wethouder Jan van Rijn: \u201cWe zetten in op preventie.\u201d") == [
        ("Jan van Rijn", "wethouder", None, "Wethouder Jan van Rijn"),
    ]
    assert persons("Registratienummer : 2051053\nPortefeuillehouder : J.J. Silos - Knaap\n") == [
        ("J.J. Silos - Knaap", "portefeuillehouder", None, "Portefeuillehouder : J.J. Silos - Knaap"),
    ]
    assert persons("Burgemeester en wethouders van Vlaardingen,\n\nde secretaris\ndrs. E. Stolk\n") == [
        ("E. Stolk", "secretaris", "gm0622", "secretaris\ndrs. E. Stolk"),
    ]


def test_stacked_sign_off_pairs_roles_and_names_in_order() -> None:
    text = ("Gemeenteraad van Vlaardingen\n\nDe griffier,\n\nDe burgemeester,\n\n"
            "R. Pfoster Msc\n\nE.F.A. Zevenbergen\n")
    assert persons(text) == [
        ("R. Pfoster", "griffier", "gm0622", "R. Pfoster Msc"),
        ("E.F.A. Zevenbergen", "burgemeester", "gm0622", "E.F.A. Zevenbergen"),
    ]


def test_names_with_their_role_in_parentheses_and_motion_submitters() -> None:
    assert persons("I.B. van Ham en R. Hoozemans\n(Voorzitters)\n") == [
        ("I.B. van Ham", "voorzitter", None, "I.B. van Ham"),
        ("R. Hoozemans", "voorzitter", None, "R. Hoozemans"),
    ]
    assert persons("L. Zwagemaker\n(Contactambtenaar gemeente Vlaardingen)\n")[0][:3] == (
        "L. Zwagemaker", "contactambtenaar", "gm0622",
    )
    assert [p[:2] for p in persons("Ingediend door:\n\nM. de Vries (GroenLinks)\nJ. El Amrani (PvdA)\n")] == [
        ("M. de Vries", "indiener"), ("J. El Amrani", "indiener"),
    ]


def test_roles_without_names_are_no_persons() -> None:
    assert persons("Met vriendelijke groet,\nburgemeester en wethouders\n\nsecretaris burgemeester\n") == []
    assert persons("De wethouder Jeugd en Onderwijs is er niet.") == []


def test_seed_persons(extracted) -> None:
    found = {(p.name, p.role) for p in extracted[VLAARDINGEN].persons}
    assert found == {
        ("J.J. Silos - Knaap", "portefeuillehouder"), ("E. Stolk", "secretaris"),
        ("E.F.A. Zevenbergen", "burgemeester"), ("R. Pfoster", "griffier"), ("I.B. van Ham", "voorzitter"),
        ("R. Hoozemans", "voorzitter"), ("L. Zwagemaker", "contactambtenaar"),
    }
    griffier = next(p for p in extracted[VLAARDINGEN].persons if p.role == "griffier")
    assert griffier.on_behalf_of == VLAARDINGEN_IRI
    chairs = [p for p in extracted[VLAARDINGEN].persons if p.role == "voorzitter"]
    adviesraad = str(iris.organisatie("adviesraad-sociaal-domein-vlaardingen"))
    assert {p.on_behalf_of for p in chairs} == {adviesraad}
