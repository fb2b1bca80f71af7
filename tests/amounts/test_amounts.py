"""Money amounts and percentages in Dutch number notation, and the phrase saying what they are for."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jeugdgraph.extract.amountpurposes import purpose_of
from jeugdgraph.extract.amounts import find_amounts
from jeugdgraph.readers import read_document
from jeugdgraph.settings import SEEDS_DIR

ALBLASSERDAM = read_document(SEEDS_DIR / "002_7fffa4e144c7ebb7.txt").text


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("een budget van € 400.000 voor", "€ 400.000", Decimal(400000)),
        ("een bedrag van € 400.000,= beschikbaar", "€ 400.000,=", Decimal(400000)),
        ("neer op € 19.000,=.", "€ 19.000,=", Decimal(19000)),
        ("van (afgerond) € 27.000,= naar", "€ 27.000,=", Decimal(27000)),
        ("naar €13.500 kosten", "€13.500", Decimal(13500)),
        # thousands grouped by a space, as a flattened PDF writes them
        ("een subsidie van € 40 000 voor", "€ 40 000", Decimal(40000)),
        ("totaal € 1 250 000 voor", "€ 1 250 000", Decimal(1250000)),
        ("totaal € 3.250,50 incl.", "€ 3.250,50", Decimal("3250.50")),
        ("ruim € 1,5 miljoen extra", "€ 1,5 miljoen", Decimal(1500000)),
        ("€ 2 mln. structureel", "€ 2 mln", Decimal(2000000)),
        ("een tekort van € 2,3 mld", "€ 2,3 mld", Decimal(2300000000)),
        ("EUR 250.000 per jaar", "EUR 250.000", Decimal(250000)),
        ("250.000 euro per jaar", "250.000 euro", Decimal(250000)),
        ("1,5 miljoen euro", "1,5 miljoen euro", Decimal(1500000)),
        ("€ 400.000,- regionaal", "€ 400.000,-", Decimal(400000)),
        ("€ 1.000.000,00 totaal", "€ 1.000.000,00", Decimal(1000000)),
        ("€ 0,50 per inwoner", "€ 0,50", Decimal("0.50")),
        ("€ 2.5 miljoen", "€ 2.5 miljoen", Decimal(2500000)),
        ("€ 400k", "€ 400k", Decimal(400000)),
    ],
)
def test_money_amounts(text: str, span: str, value: Decimal) -> None:
    (amount,) = find_amounts(text)
    assert (amount.span.text, amount.value, amount.percentage, amount.unit) == (span, value, None, "EUR")
    assert text[amount.span.begin:amount.span.end] == span
    assert amount.value is not None and "E" not in str(amount.value)  # a plain xsd:decimal form


@pytest.mark.parametrize(
    ("text", "span", "percentage"),
    [
        ("met een korting van 10%.", "10%", Decimal(10)),
        ("Dat is nu 12 % in de vorm", "12 %", Decimal(12)),
        ("een stijging van 10 procent", "10 procent", Decimal(10)),
        ("(ca 45% verwijzingen", "45%", Decimal(45)),
        ("12,5% van het budget", "12,5%", Decimal("12.5")),
    ],
)
def test_percentages(text: str, span: str, percentage: Decimal) -> None:
    (amount,) = find_amounts(text)
    assert (amount.span.text, amount.value, amount.percentage, amount.unit) == (span, None, percentage, "%")


@pytest.mark.parametrize(
    ("text", "span", "note"),
    [
        ("investering van circa € 5,000,000,000,= wel", "€ 5,000,000,000,=",
         "komma's als duizendtalscheiding"),
        ("€ 1,500 per kind", "€ 1,500", "'1,500' kan 1.500 of 1500 betekenen"),
        ("€ 2.5 per kind", "€ 2.5", "geen eenduidig geschreven getal"),
        ("€ 1.50.000", "€ 1.50.000", "geen eenduidig geschreven getal"),
    ],
)
def test_ambiguous_amounts_are_reported_without_a_value(text: str, span: str, note: str) -> None:
    (amount,) = find_amounts(text)
    assert (amount.span.text, amount.value, amount.unit) == (span, None, "EUR")
    assert amount.note is not None and note in amount.note


@pytest.mark.parametrize(
    "text",
    ["Registratienummer : 2051053", "13 gemeenten", "per 5 kinderen per maand", "2026-2030", "5 procentpunt",
     "Postbus 1002", "pagina 1/2", "€uro", "EURO-norm"],
)
def test_no_amounts_where_there_are_none(text: str) -> None:
    assert find_amounts(text) == []


def test_alblasserdam_seed_amounts_and_what_they_are_for() -> None:
    found = [
        (a.span.text, a.value, a.percentage, purpose_of(ALBLASSERDAM, a)) for a in find_amounts(ALBLASSERDAM)
    ]
    assert found == [
        ("€ 400.000", Decimal(400000), None, "voor het project Jeugdhulp naar de\n\nvoorkant"),
        ("€ 400.000,=", Decimal(400000), None, "voor de\n\ngehele regio"),
        ("€ 19.000,=", Decimal(19000), None, "Voor Alblasserdam"),
        ("€ 27.000,=", Decimal(27000), None, "voor\n\nbegeleiding"),
        ("€ 13.500,=", Decimal(13500), None, "voor\n\nbegeleiding"),
        ("€ 14.000,=", Decimal(14000), None, "Voor opvoedhulp"),
        ("€ 7.000,=", Decimal(7000), None, "Voor opvoedhulp"),
        ("10%", None, Decimal(10), "korting"),
        ("€ 19.000,=", Decimal(19000), None, None),
        ("€ 5,000,000,000,=", None, None, None),
        ("25%", None, Decimal(25), "van het budget naar voren"),
        ("12 %", None, Decimal(12), "van onze bijdrage aan de\n\nstichting Jeugdteams"),
        ("13 %", None, Decimal(13), None),
    ]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("De gemeente reserveert € 50.000 om de wachtlijsten te verkorten.",
         "om de wachtlijsten te verkorten"),
        ("Er is € 20.000 per jaar beschikbaar voor preventie, en meer.", "voor preventie"),
        ("Ten behoeve van de pilot is € 30.000 nodig.", "Ten behoeve van de pilot"),
        ("een bedrag van € 10.000 ten behoeve van het jongerenwerk in Velsen.",
         "ten behoeve van het jongerenwerk in Velsen"),
        ("€ 80.000 voor de kinderen die het nodig hebben", "voor de kinderen"),
        ("Het tekort bedraagt € 1,2 miljoen.", None),
        ("Wij realiseren ons dat een vliegwiel van € 19.000,= ten opzichte van onze investering", None),
        ("€ 5.000 om redenen van efficiëntie.", None),  # "om" is only a purpose as "om ... te <verb>"
    ],
)
def test_purpose_phrases(text: str, purpose: str | None) -> None:
    (amount,) = [a for a in find_amounts(text) if a.unit == "EUR"]
    assert purpose_of(text, amount) == purpose


# --- properties -------------------------------------------------------------------------------

_BITS = st.sampled_from([
    "€", " ", "400.000", ",=", ",-", "19.000", "1,5", "miljoen", "mln", "euro", "EUR", "%", "procent",
    "10", "voor", "het project", "Voor", "Alblasserdam", "om", "te", "verkorten", ".", ",", "\n\n",
    "5,000,000,000", "(", ")", "ten behoeve van", "k", "van", "korting",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_BITS, st.text(max_size=6)), max_size=25).map("".join))
def test_find_amounts_and_purpose_never_raise_and_spans_are_verbatim(text: str) -> None:
    previous_end = 0
    for amount in find_amounts(text):
        assert text[amount.span.begin:amount.span.end] == amount.span.text
        assert amount.span.begin >= previous_end
        previous_end = amount.span.end
        assert (amount.value is None) or (amount.percentage is None)
        purpose = purpose_of(text, amount)
        assert purpose is None or purpose in text


@pytest.mark.parametrize(
    ("text", "values", "qualifiers"),
    [
        ("een besparing van drie ton op de jeugdhulp", [Decimal(300000)], [None]),
        ("ruim twintig miljoen euro tekort", [Decimal(20000000)], ["ruim"]),
        ("bijna één miljoen euro extra", [Decimal(1000000)], ["bijna"]),
        ("een tekort van 2,7 miljoen op de jeugdzorg", [Decimal(2700000)], [None]),
        ("rond een half miljoen euro", [Decimal(500000)], ["circa"]),
        ("ca. 1,9 miljoen euro op jeugdzorg", [Decimal(1900000)], ["circa"]),
        ("het budget gaat van 34.000 naar 61.000 euro", [Decimal(34000), Decimal(61000)], [None, None]),
        ("2,5 mln voor preventie", [Decimal(2500000)], [None]),
        ("€ 1,2 mld landelijk", [Decimal(1200000000)], [None]),
        ("minimaal structureel 490 miljoen erbij", [Decimal(490000000)], ["minimaal"]),
        ("vijftien tot twintig euro per inwoner", [Decimal(15), Decimal(20)], [None, None]),
        ("ongeveer veertig euro per kind; de euro en een euro tellen niet", [Decimal(40)], ["ongeveer"]),
        ("een tekort van (ruim) 4 miljoen euro", [Decimal(4000000)], ["ruim"]),
        ("iets meer dan een kwart miljoen euro erbij", [Decimal(250000)], ["ruim"]),
        ("dik 12 miljoen euro tekort en zo'n 3 miljoen euro over", [Decimal(12000000), Decimal(3000000)],
         ["ruim", "circa"]),
        ("het gaat ongeveer om 5 miljoen euro", [Decimal(5000000)], ["ongeveer"]),
        ("een subsidie tot een maximum van € 45.000", [Decimal(45000)], ["maximaal"]),
        ("niet meer dan 3 miljoen euro, met een minimum van € 2.500", [Decimal(3000000), Decimal(2500)],
         ["maximaal", "minimaal"]),
        ("een tekort van € 7,5\nmiljoen in 2027", [Decimal(7500000)], [None]),
    ],
)
def test_amounts_as_people_write_them(text: str, values: list[Decimal], qualifiers: list[str | None]) -> None:
    found = find_amounts(text)
    assert [a.value for a in found] == values
    assert [a.qualifier for a in found] == qualifiers


def test_a_count_of_people_in_millions_is_no_amount_of_money() -> None:
    assert find_amounts("De regio telt 1,2 miljoen inwoners en twee miljoen bezoekers.") == []


def test_a_headline_that_repeats_an_amount_is_not_a_second_amount() -> None:
    text = "Tekort\n\n12,5 miljoen euro\n\nDeventer krijgt 12,5 miljoen euro van het Rijk.\n2 miljoen euro\n"
    assert [(a.value, a.span.begin) for a in find_amounts(text)] == [
        (Decimal(12500000), text.index("Deventer") + 16), (Decimal(2000000), text.rindex("2 miljoen"))]


def test_a_range_with_the_euro_sign_before_each_number_takes_the_multiplier_of_the_second() -> None:
    text = "Het tekort ligt tussen de € 2,5 en de € 4 miljoen; de post kost € 2,5 per inwoner."
    assert [(a.span.text, a.value) for a in find_amounts(text)] == [
        ("€ 2,5", Decimal(2500000)), ("€ 4 miljoen", Decimal(4000000)), ("€ 2,5", Decimal("2.5"))]


def test_an_estimate_written_as_a_sign_is_circa() -> None:
    text = "De kosten zijn ± € 40.000 per jaar, het tekort +/- 2 miljoen euro en de reserve ±300.000 euro."
    assert [(a.value, a.qualifier) for a in find_amounts(text)] == [
        (Decimal(40000), "circa"), (Decimal(2000000), "circa"), (Decimal(300000), "circa")]


def test_a_range_of_tons_gives_both_amounts() -> None:
    assert [(a.span.text, a.value) for a in find_amounts("De pilot kost 3 à 4 ton per jaar.")] == [
        ("3", Decimal(300000)), ("4 ton", Decimal(400000))]


def test_a_range_between_the_first_and_the_second_amount_with_articles() -> None:
    text = "De kosten liggen tussen de 50.000 en 60.000 euro."
    assert [(a.span.text, a.value) for a in find_amounts(text)] == [
        ("50.000", Decimal(50000)), ("60.000 euro", Decimal(60000))]


def test_a_range_of_number_words_gives_both_amounts() -> None:
    for text, first in (("Het tekort is twee à drie miljoen.", "twee"),
                        ("Het kost tussen de twee en drie miljoen euro.", "twee")):
        assert [(a.span.text, a.value) for a in find_amounts(text)][0] == (first, Decimal(2000000)), text
    # "en" joins a range only after "tussen": two kinds of things, one amount
    found = find_amounts("Het gaat om twee scholen en drie miljoen euro.")
    assert [a.value for a in found] == [Decimal(3000000)]
