"""The Dutch date grammar: dates, deadlines, effective dates, periods and durations."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jeugdgraph.extract.dates import deadline_of, find_dates, parse_date
from jeugdgraph.readers import read_document
from jeugdgraph.settings import SEEDS_DIR


def only(text: str):  # noqa: ANN201 - DateMatch
    matches = find_dates(text)
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    ("text", "span", "kind", "when"),
    [
        ("Vlaardingen, 7 april 2026", "7 april 2026", "date", date(2026, 4, 7)),
        ("Datum besluit B&W : 31-03-2026", "31-03-2026", "date", date(2026, 3, 31)),
        ("op 31/03/2026 besloten", "31/03/2026", "date", date(2026, 3, 31)),
        ("op 31.03.2026 besloten", "31.03.2026", "date", date(2026, 3, 31)),
        ("export 2026-04-07", "2026-04-07", "date", date(2026, 4, 7)),
        ("adviesaanvraag per mail d.d. 1 oktober 2025", "1 oktober 2025", "date", date(2025, 10, 1)),
        ("vergadering van 5 maart 2020 werden", "5 maart 2020", "date", date(2020, 3, 5)),
        ("op dinsdag 5 mrt. 2024", "dinsdag 5 mrt. 2024", "date", date(2024, 3, 5)),
        ("op 1e september 2025", "1e september 2025", "date", date(2025, 9, 1)),
        ("DECEMBER: 19 December 2025", "19 December 2025", "date", date(2025, 12, 19)),
        ("per 1 januari 2029 ingekocht", "per 1 januari 2029", "effective", date(2029, 1, 1)),
        ("met ingang van 1 juli 2026", "met ingang van 1 juli 2026", "effective", date(2026, 7, 1)),
        ("m.i.v. 1 jan. 2027", "m.i.v. 1 jan. 2027", "effective", date(2027, 1, 1)),
        ("uiterlijk 1 juli 2026 aanleveren", "uiterlijk 1 juli 2026", "deadline", date(2026, 7, 1)),
        ("niet later dan 15-09-2026", "niet later dan 15-09-2026", "deadline", date(2026, 9, 15)),
        ("uiterlijk in het\nderde kwartaal van 2026 terug", "uiterlijk in het\nderde kwartaal van 2026",
         "deadline", date(2026, 9, 30)),
        ("uiterlijk Q3 2026", "uiterlijk Q3 2026", "deadline", date(2026, 9, 30)),
        ("in het 1e kwartaal 2026", "in het 1e kwartaal 2026", "deadline", date(2026, 3, 31)),
        ("vóór het vierde kwartaal van 2026", "vóór het vierde kwartaal van 2026", "deadline",
         date(2026, 12, 31)),
        ("voor Q2 2027 gereed", "voor Q2 2027", "deadline", date(2027, 6, 30)),
        ("uiterlijk juni 2026", "uiterlijk juni 2026", "deadline", date(2026, 6, 30)),
        ("voor februari 2028", "voor februari 2028", "deadline", date(2028, 2, 29)),
        ("Eind 2026 is het klaar", "Eind 2026", "deadline", date(2026, 12, 31)),
        ("voor het einde van 2026", "voor het einde van 2026", "deadline", date(2026, 12, 31)),
        ("ultimo maart 2027", "ultimo maart 2027", "deadline", date(2027, 3, 31)),
        ("uiterlijk 2026", "uiterlijk 2026", "deadline", date(2026, 12, 31)),
        ("in de tweede helft van 2026", "in de tweede helft van 2026", "deadline", date(2026, 12, 31)),
    ],
)
def test_expressions_with_a_date(text: str, span: str, kind: str, when: date) -> None:
    match = only(text)
    assert (match.span.text, match.kind, match.date) == (span, kind, when)
    assert text[match.span.begin:match.span.end] == span


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("20 januari", "20 januari", "partial", "20 januari"),
        ("in onze raadsvergadering van 12 juni jl. besproken", "12 juni jl.", "partial", "12 juni jl."),
        ("op 1 januari jl., zal", "1 januari jl.", "partial", "1 januari jl."),
        ("per 1 januari a.s.", "per 1 januari a.s.", "partial", "1 januari a.s."),
        ("in het derde kwartaal terug", "derde kwartaal", "partial", "derde kwartaal"),
        ("1e kwartaal 2026", "1e kwartaal 2026", "quarter", "1e kwartaal 2026"),
        ("het eerste kwartaal van 2026 liep", "eerste kwartaal van 2026", "quarter",
         "eerste kwartaal van 2026"),
        ("cijfers 2026-Q3", "2026-Q3", "quarter", "2026-Q3"),
        ("juni 2026 besproken", "juni 2026", "month", "juni 2026"),
        ("in juni 2026", "juni 2026", "month", "juni 2026"),
        ("eerste helft van 2027", "eerste helft van 2027", "half", "eerste helft van 2027"),
        ("per 2029", "2029", "year", "2029"),
        ("in 2014 opgericht", "2014", "year", "2014"),
        ("de begroting voor 2026", "2026", "year", "2026"),
        ("medio 2026", "medio 2026", "year", "medio 2026"),
        ("in het najaar van 2026", "najaar van 2026", "year", "najaar van 2026"),
        ("begin maart 2027", "begin maart 2027", "month", "begin maart 2027"),
    ],
)
def test_expressions_without_an_exact_date_get_none(text: str, span: str, kind: str, value: str) -> None:
    match = only(text)
    assert (match.span.text, match.kind, match.date, match.text_value) == (span, kind, None, value)


def test_intervals_say_what_a_quarter_month_or_year_covers() -> None:
    assert only("derde kwartaal van 2026").interval == (date(2026, 7, 1), date(2026, 9, 30))
    assert only("Q1 2024").interval == (date(2024, 1, 1), date(2024, 3, 31))
    assert only("februari 2024").interval == (date(2024, 2, 1), date(2024, 2, 29))
    assert only("per 2029").interval == (date(2029, 1, 1), date(2029, 12, 31))
    assert only("H1 2026").interval == (date(2026, 1, 1), date(2026, 6, 30))
    assert only("20 januari").interval is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Regiovisie Jeugdhulp Rijnmond 2026-2030", (2026, 2030)),
        ("onze begroting 2020 - 2023.", (2020, 2023)),
        ("concept Regiovisie Jeugdhulp Rijnmond 2026 -2030.", (2026, 2030)),
        ("Programma 2025–2027", (2025, 2027)),
        ("schooljaar 2025/2026", (2025, 2026)),
        ("van 2026 tot en met 2030", (2026, 2030)),
        ("2024 t/m 2027", (2024, 2027)),
    ],
)
def test_periods(text: str, period: tuple[int, int]) -> None:
    match = only(text)
    assert match.kind == "period"
    assert match.period == period
    assert match.date is None


@pytest.mark.parametrize(
    ("text", "span", "duration"),
    [
        ("Hierbij wordt de treeknorm van 14 weken gehanteerd.", "treeknorm van 14 weken", "P14W"),
        ("binnen 6 weken beslissen", "binnen 6 weken", "P6W"),
        ("binnen zes weken", "binnen zes weken", "P6W"),
        ("een looptijd van 1,5 jaar", "looptijd van 1,5 jaar", "P1.5Y"),
        ("binnen een kwartaal", "binnen een kwartaal", "P3M"),
        ("een wachttijd van maximaal 8 weken", "wachttijd van maximaal 8 weken", "P8W"),
        ("gedurende twee jaar", "gedurende twee jaar", "P2Y"),
        ("binnen 10 dagen", "binnen 10 dagen", "P10D"),
        ("binnen 10 werkdagen", "binnen 10 werkdagen", None),  # working days have no ISO unit
    ],
)
def test_durations(text: str, span: str, duration: str | None) -> None:
    match = only(text)
    assert (match.span.text, match.kind, match.duration, match.date) == (span, "duration", duration, None)


@pytest.mark.parametrize(
    "text",
    [
        "31 februari 2026",  # not a calendar date: no match at all, also not "februari 2026"
        "31 februari",
        "30-02-2026",
        "2026-13-01",
        "Postbus 2000, 2000 AB Den Haag",
        "Registratienummer : 2051053",
        "Telefoon: (010) 248 4000",
        "5 kinderen per maand en 13 gemeenten",
        "€ 2.026 en 2026,5 en 2026.50",
        "jongeren die bijna 18 worden, 4 jaar oud",
        "pagina 1/2",
        "2030-2026",
    ],
)
def test_no_dates_where_the_text_has_none(text: str) -> None:
    assert find_dates(text) == []


def test_deadline_of_a_statement() -> None:
    velsen = read_document(SEEDS_DIR / "000_6433c76c45005ce2.txt").text
    third = velsen[velsen.index("3. De uitkomsten"):]
    assert deadline_of(third) == date(2026, 9, 30)
    assert deadline_of("2. Daarbij te onderzoeken welke maatregelen we zouden kunnen nemen;") is None
    assert deadline_of("Per 1 januari 2029 wordt ingekocht.") is None  # an effective date is no deadline
    assert deadline_of("Het college heeft op 7 april 2026 besloten.") is None
    both = "uiterlijk 1 juli 2026 een plan en uiterlijk eind 2026 de uitvoering"
    assert deadline_of(both) == date(2026, 12, 31)


def test_parse_date_of_a_single_expression() -> None:
    assert parse_date(" 7 april 2026 ") == date(2026, 4, 7)
    assert parse_date("31-03-2026") == date(2026, 3, 31)
    assert parse_date("2026-04-07") == date(2026, 4, 7)
    assert parse_date("20 januari") is None
    assert parse_date("juni 2026") is None
    assert parse_date("op 7 april 2026") is None  # not a single date expression
    assert parse_date("") is None


def test_dates_in_the_vlaardingen_seed() -> None:
    text = read_document(SEEDS_DIR / "004_33a8688e64a59d40.txt").text
    matches = find_dates(text)
    dated = [(m.kind, m.date) for m in matches if m.date]
    assert dated[:4] == [
        ("date", date(2026, 3, 31)), ("date", date(2026, 4, 7)), ("date", date(2025, 12, 19)),
        ("effective", date(2026, 1, 1)),
    ]
    assert ("date", date(2026, 6, 12)) in dated and ("effective", date(2029, 1, 1)) in dated
    assert [m.duration for m in matches if m.kind == "duration"] == ["P14W"]
    assert {m.period for m in matches if m.kind == "period"} == {(2026, 2030)}
    assert [m.text_value for m in matches if m.kind == "partial"] == ["12 juni jl.", "1 januari jl."]


# --- properties -------------------------------------------------------------------------------

_DUTCH_BITS = st.sampled_from([
    "7 april 2026", "31-03-2026", "uiterlijk", "in het", "derde kwartaal van", "2026", "-", "2030", "per",
    "1 januari", "jl.", "medio", "eind", "Q3", "treeknorm van", "14 weken", "binnen", "zes", "\n", " ",
    "februari", "31", "€", ".", ",", "vóór", "H1", "t/m", "/", "jan.", "mei", "het", "de", "voor",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_DUTCH_BITS, st.text(max_size=8)), max_size=25).map("".join))
def test_find_dates_never_raises_and_spans_are_verbatim(text: str) -> None:
    previous_end = 0
    for match in find_dates(text):
        assert text[match.span.begin:match.span.end] == match.span.text
        assert match.span.begin >= previous_end  # in text order, never overlapping
        previous_end = match.span.end
        assert (match.date is None) or match.kind in {"date", "deadline", "effective"}
    deadline_of(text)
    parse_date(text)


@pytest.mark.parametrize(
    ("text", "span", "when"),
    [
        ("zoals toegezegd (per14-05-2022): de raad", "14-05-2022", date(2022, 5, 14)),
        ("Geplaatst op March 3, 2024at 9:15AM", "March 3, 2024", date(2024, 3, 3)),
        ("Posted June 21st, 2022", "June 21st, 2022", date(2022, 6, 21)),
    ],
)
def test_flattened_and_english_template_dates(text: str, span: str, when: date) -> None:
    found = only(text)
    assert (found.span.text, found.date) == (span, when)


def test_no_english_date_without_a_valid_day() -> None:
    assert all(m.date is None for m in find_dates("June 31, 2022"))


def test_a_text_date_glued_to_a_word_and_two_numeric_dates_glued_together() -> None:
    found = find_dates("het voorstel van het college van12 maart 2019 geldt")
    assert [(d.span.text, d.date) for d in found] == [("12 maart 2019", date(2019, 3, 12))]
    found = find_dates("Inwerkingtreding\n\n01-07-202031-12-2023Onbekend")
    assert [d.date for d in found] == [date(2020, 7, 1), date(2023, 12, 31)]
    assert [d.date for d in find_dates("kenmerk 2019123 en nummer 01-01-20151")] == []


def test_days_before_a_full_date_share_its_month_and_year() -> None:
    from jeugdgraph.extract.daylists import days_before

    text = "De raad vergaderde op 8 en 9 april 2027; artikel 2 en 3 mei 2027 gelden niet als dag."
    assert [d.date for d in days_before(text, find_dates(text))] == [date(2027, 4, 8)]


def test_a_date_in_a_clause_about_the_past_or_a_forecast_is_no_deadline() -> None:
    assert deadline_of("het plan uit te werken, die wordt verwacht in het 2e kwartaal 2027;") is None
    assert deadline_of("dat 80 de norm blijft (niet het aantal dat eind 2019 werd afgesproken).") is None
    assert deadline_of("de nota uiterlijk in het 2e kwartaal 2027 te sturen;") == date(2027, 6, 30)
