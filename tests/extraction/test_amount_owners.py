"""Whose amount it is, and its ceiling, as news and motions write them."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document

from .conftest import source_of


def _concerns(text: str) -> list[str | None]:
    _, entries = reference_data()
    found = extract_document(source_of(text), gazetteer=entries).amounts
    return [a.concerns.rsplit("/", 1)[-1] if a.concerns else None for a in found]


def test_an_amount_after_a_colon_is_the_value_of_the_clause_before_it() -> None:
    assert _concerns("Deventer verwacht het grootste tekort: 4 miljoen euro.") == ["gm0150"]
    assert _concerns("Zutphen rekent op een overschot: ruim 2 miljoen euro.") == ["gm0301"]
    # a colon that opens a clause of its own keeps its subject
    assert _concerns("Deventer verwacht het grootste tekort: de regio betaalt 4 miljoen euro.") == [None]


def test_an_amount_in_brackets_after_a_municipality_is_its_amount() -> None:
    assert _concerns("Ook Deventer (3 miljoen) en Zutphen (1,2 miljoen) verwachten een tekort.") == [
        "gm0150", "gm0301"]
    assert _concerns("Het tekort (3 miljoen) is groot.") == [None]


def test_a_ceiling_written_as_an_adjective_of_its_noun_is_a_maximum() -> None:
    _, entries = reference_data()
    text = "Het college mag tot een maximale hoogte van 250.000 euro bijdragen, en minstens 10.000 euro."
    found = extract_document(source_of(text), gazetteer=entries).amounts
    assert [(int(a.value or 0), a.qualifier) for a in found] == [(250000, "maximaal"), (10000, "minimaal")]


def test_the_first_number_of_a_rising_range_takes_the_multiplier_of_the_second() -> None:
    _, entries = reference_data()

    def values(text: str) -> list[int]:
        return [int(a.value or 0) for a in extract_document(source_of(text), gazetteer=entries).amounts]

    assert values("Voor 2031 verwachten we 1,4 tot wellicht 2,1 miljoen tekort.") == [1400000, 2100000]
    assert values("Het kost 3 à 4 miljoen euro.") == [3000000, 4000000]
    # a year before "tot" is no amount, nor a count of people
    assert values("Het tekort loopt in 2031 tot 2 miljoen op.") == [2000000]
    assert values("Het gaat om 5 tot 10 miljoen inwoners.") == []


def test_a_range_after_tussen_and_estimates_written_as_adjectives() -> None:
    _, entries = reference_data()

    def found(text: str) -> list[tuple[int, str | None]]:
        return [(int(a.value or 0), a.qualifier)
                for a in extract_document(source_of(text), gazetteer=entries).amounts]

    assert found("Het tekort ligt tussen de 3 en 4 miljoen euro.") == [(3000000, None), (4000000, None)]
    assert found("Het kost een kleine 2 miljoen.") == [(2000000, "bijna")]
    assert found("Het kost een slordige 4 miljoen.") == [(4000000, "circa")]
    # "en" without "tussen" joins two things, not a range
    assert found("In 2031 en 2032 komt er 2 miljoen bij.") == [(2000000, None)]


def test_a_bound_that_opens_the_clause_qualifies_its_amount() -> None:
    _, entries = reference_data()

    def found(text: str) -> list[tuple[int, str | None]]:
        return [(int(a.value or 0), a.qualifier)
                for a in extract_document(source_of(text), gazetteer=entries).amounts]

    assert found("Maximaal kunnen de kosten nog oplopen tot 4 miljoen euro.") == [(4000000, "maximaal")]
    assert found("Het tekort kan oplopen tot 4 miljoen euro.") == [(4000000, None)]


def test_an_adverb_before_the_subject_still_opens_its_clause() -> None:
    assert _concerns("Ook Deventer kampt met een tekort: 1,5 miljoen euro.") == ["gm0150"]
    assert _concerns("Zelfs Zutphen krijgt 2 miljoen euro extra.") == ["gm0301"]


def test_a_region_that_heads_the_subject_of_the_clause_owns_its_amount() -> None:
    assert _concerns("De jeugdregio Rivierenland krijgt volgend jaar 2,5 miljoen euro.") == ["rivierenland"]
    assert _concerns("De negen Friese gemeenten komen samen 12 miljoen euro tekort.") == ["friesland-fryslan"]
    text = "Daarom besteedden de gemeenten in Rivierenland 3 miljoen euro en 1,1 miljoen aan preventie."
    assert _concerns(text) == [
        "rivierenland", "rivierenland"]
    # a region named after the amount, or beside another body, owns nothing
    assert _concerns("Er gaat 2 miljoen euro naar de jeugdregio Rivierenland.") == [None]
    assert _concerns("De regio Rivierenland en Tiel krijgen 2 miljoen euro.") == [None]


def test_a_dateline_municipality_owns_the_amount_of_its_unnamed_council() -> None:
    assert _concerns("ZUTPHEN – De gemeenteraad stemde in met 400.000 euro voor jeugdwerk.") == ["gm0301"]
    assert _concerns("ZUTPHEN – Het college trekt 1 miljoen euro uit voor de wijkteams.") == ["gm0301"]
    # another body in the clause says whose it is, or leaves it open
    assert _concerns("ZUTPHEN – De gemeenteraad wil dat de regio Twente 400.000 euro betaalt.") == [None]


def test_an_amount_that_refers_back_to_a_municipality_before_it_is_its_own() -> None:
    text = "Zutphen houdt 3 miljoen euro over. Het overschot, 1,2 miljoen, gaat naar andere gemeenten."
    assert _concerns(text) == ["gm0301", "gm0301"]


def test_estimates_written_as_phrases_are_circa() -> None:
    _, entries = reference_data()
    for phrase in ("om en nabij", "pakweg", "naar schatting"):
        text = f"Het tekort is {phrase} 3 miljoen euro."
        found = extract_document(source_of(text), gazetteer=entries).amounts
        assert [a.qualifier for a in found] == ["circa"], phrase


def test_a_headline_s_unnamed_municipality_is_the_one_of_the_dateline() -> None:
    text = ("Gemeente trekt half miljoen uit voor jeugdwerk\n\n"
            "ZUTPHEN – De gemeenteraad stemde dinsdag in met het plan.\n")
    assert _concerns(text) == ["gm0301"]
    # a municipality named before the amount makes "gemeente" another's, or leaves it open
    text = ("Deventer en Zutphen praten over geld\n\nGemeente trekt half miljoen uit voor jeugdwerk\n\n"
            "ZUTPHEN – De gemeenteraad stemde dinsdag in met het plan.\n")
    assert _concerns(text) == [None]


def test_the_council_or_college_unnamed_is_of_the_one_municipality_the_text_names() -> None:
    text = ("Vragen over jeugdzorg in Zutphen. Zutphen hoort bij de regio Achterhoek.\n\n"
            "Vindt het college dat de door de raad goedgekeurde bezuiniging van € 2,4 miljoen werkt?\n")
    assert _concerns(text) == ["gm0301"]
    # a text that names two municipalities leaves it open
    text = ("Vragen over jeugdzorg in Zutphen en Deventer.\n\n"
            "Vindt het college dat de door de raad goedgekeurde bezuiniging van € 2,4 miljoen werkt?\n")
    assert _concerns(text) == [None]


def test_a_page_stamp_before_the_subject_still_opens_its_clause() -> None:
    text = "date 2019-03 De regio Rivierenland moet het tekort van 4,2 miljoen zelf dekken."
    assert _concerns(text) == ["rivierenland"]
    assert _concerns("date 2019-03 Deventer krijgt 2 miljoen euro extra.") == ["gm0150"]


def test_a_municipality_after_a_verb_of_announcing_owns_its_amount() -> None:
    assert _concerns("In 2020 kondigde Deventer aan ruim 3 miljoen te willen bezuinigen.") == ["gm0150"]
    assert _concerns("Vorig jaar becijferde Zutphen het tekort op 1,8 miljoen euro.") == ["gm0301"]


def test_the_region_unnamed_as_subject_is_the_one_region_the_text_names() -> None:
    text = ("De gemeenten van de regio Rivierenland willen de jeugdhulp vernieuwen. "
            "De regio stelt daarvoor 340.000 euro beschikbaar.")
    assert _concerns(text) == ["rivierenland"]
    # with two regions named, or another body in the clause, it is no one's
    two = "De regio's Rivierenland en Twente werken samen. De regio stelt daarvoor 340.000 euro beschikbaar."
    assert _concerns(two) == [None]
    other = "In de regio Rivierenland is veel gebeurd. De regio geeft Tiel daarvoor 340.000 euro."
    assert _concerns(other) == [None]
