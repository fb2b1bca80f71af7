"""Property-based tests of the extraction on arbitrary text: no exception escapes, every span is
exactly the text it claims, and what the parsers read back is what was written."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.amounts import find_amounts
from jeugdgraph.extract.dates import deadline_of, find_dates, parse_date
from jeugdgraph.facts import SourceText, Span
from jeugdgraph.mapping import map_document
from jeugdgraph.readers import normalise_text

MONTH_NAMES = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

# pieces of council language that make the parsers take their less travelled paths
FRAGMENTS = [
    "uiterlijk ",
    "vóór ",
    "voor ",
    "per ",
    "in het ",
    "derde kwartaal van ",
    "eerste helft van ",
    "Q3 ",
    "eind ",
    "medio ",
    "najaar ",
    "31 februari ",
    "29 februari 2024",
    "7 april 2026",
    "31-03-2026",
    "2026-04-07",
    "2026-2030",
    "2020 - 2023",
    "treeknorm van 14 weken",
    "binnen zes weken",
    "jl.",
    "€ ",
    "€",
    "EUR ",
    " euro",
    "1.000",
    "400.000",
    "19.000,=",
    "2,5",
    " miljoen",
    " mln",
    "k",
    "%",
    " procent",
    "12,5%",
    "0",
    "9" * 30,
    ".",
    ",",
    "-",
    "–",
    "\n",
    "\n\n",
    "\t",
    "  ",
    "1. ",
    "2. ",
    "a. ",
    "Motie ",
    "Raadsvoorstel ",
    "De raad besluit:",
    "verzoekt het college",
    "draagt het college op",
    "en gaat over tot de orde van de dag.",
    "Begrippenlijst\n",
    "Jeugdwet",
    "Vlaardingen",
    "GRJR",
    "gemeente Schiedam",
    "regio Rijnmond",
    "wethouder ",
    "Burgemeester ",
    "de heer ",
    "(",
    ")",
    '"',
    "'",
    "é",
    "ë",
    "ĳ",
    "\u00ad",
    "\u200b",
    "\ufeff",
    "\u2028",
    "𝄞",
    "\x00",
    "\x7f",
]

# letters that re.IGNORECASE takes for Latin ones but str.lower() keeps apart (İ, ſ, the Kelvin sign)
LOOKALIKES = [("i", "\u0130"), ("I", "\u0130"), ("s", "\u017f"), ("k", "\u212a"), ("K", "\u212a")]
lookalike_fragments = st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(LOOKALIKES)).map(
    lambda pair: pair[0].replace(*pair[1])
)
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), lookalike_fragments, st.text(max_size=12)), max_size=40
).map("".join)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))  # the years the grammar reads


def assert_span(text: str, span: Span) -> None:
    assert 0 <= span.begin <= span.end <= len(text)
    assert text[span.begin : span.end] == span.text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_find_dates_never_raises_and_spans_are_the_text(text: str) -> None:
    matches = find_dates(text)
    previous_end = 0
    for match in matches:
        assert_span(text, match.span)
        assert match.span.begin >= previous_end  # in text order, never overlapping
        previous_end = match.span.end
        if match.interval is not None:
            assert match.interval[0] <= match.interval[1]
        if match.period is not None:
            assert match.period[0] <= match.period[1]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_parse_date_and_deadline_of_never_raise(text: str) -> None:
    assert parse_date(text) is None or isinstance(parse_date(text), date)
    assert deadline_of(text) is None or isinstance(deadline_of(text), date)


@settings(max_examples=200, deadline=None)
@given(dates)
def test_a_written_date_reads_back_as_itself(day: date) -> None:
    assert parse_date(f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}") == day
    assert parse_date(f"{day.day:02d}-{day.month:02d}-{day.year}") == day
    assert parse_date(day.isoformat()) == day
    assert deadline_of(f"uiterlijk {day.day} {MONTH_NAMES[day.month - 1]} {day.year} gereed") == day


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1900, max_value=2099), st.integers(min_value=1, max_value=4))
def test_a_quarter_deadline_is_its_last_day(year: int, quarter: int) -> None:
    ordinal = ["eerste", "tweede", "derde", "vierde"][quarter - 1]
    last = date(year, 3 * quarter % 12 + 1, 1) - timedelta(days=1) if quarter < 4 else date(year, 12, 31)
    assert deadline_of(f"uiterlijk in het {ordinal} kwartaal van {year} terug te koppelen") == last


@settings(max_examples=300, deadline=None)
@given(texts)
def test_find_amounts_never_raises_and_spans_are_the_text(text: str) -> None:
    previous_end = 0
    for amount in find_amounts(text):
        assert_span(text, amount.span)
        assert amount.span.begin >= previous_end
        previous_end = amount.span.end
        assert amount.unit in ("EUR", "%")
        if amount.value is not None:
            assert amount.value >= 0


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_a_written_amount_reads_back_as_itself(euros: int) -> None:
    dutch = f"{euros:,}".replace(",", ".")
    [amount] = find_amounts(f"Het college reserveert € {dutch} voor preventie.")
    assert amount.value == Decimal(euros)
    [amount] = find_amounts(f"Een bijdrage van {dutch} euro.")
    assert amount.value == Decimal(euros)


ENTRIES = reference_data()[1]


def every_span(value: object) -> list[Span]:
    """All spans anywhere inside an extracted fact (dataclasses, lists, tuples)."""
    if isinstance(value, Span):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in every_span(getattr(value, f.name))]
    if isinstance(value, list | tuple):
        return [s for item in value for s in every_span(item)]
    return []


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_the_extractor_never_raises_and_every_quote_is_verbatim(raw: str) -> None:
    text = normalise_text(raw)
    source = SourceText(path=Path("eigenschap.txt"), slug="eigenschap", text=text, media_type="text/plain")
    extracted = extract_document(source, gazetteer=ENTRIES)
    facts = [getattr(extracted, f.name) for f in dataclasses.fields(extracted) if f.name not in ("source",)]
    for span in every_span(facts):
        assert_span(text, span)
    graph = map_document(extracted)
    assert len(graph) >= 3  # the document itself: type, source file, media type, text


@settings(max_examples=500, deadline=None)
@given(
    st.text(max_size=80),
    st.binary(max_size=2000),
    st.sampled_from([None, "", "text/plain", "application/pdf", "text/html; charset=utf-8", "x/y"]),
)
def test_upload_checks_answer_every_name_and_content_with_a_decision(
    name: str, content: bytes, declared
) -> None:  # noqa: ANN001
    from jeugdgraph.errors import InputError
    from jeugdgraph.uploads import check_pdf_inflation, safe_filename, sniff

    try:
        checked = safe_filename(name)
    except InputError:
        return
    assert (
        "/" not in checked and "\\" not in checked and "\x00" not in checked and not checked.startswith(".")
    )
    try:
        kinds = ("text/plain", "text/markdown", "text/html", "application/pdf")
        assert sniff(content, checked, declared) in kinds
    except InputError as refused:
        assert refused.http_status in (400, 413, 415, 422)
    assert check_pdf_inflation(content, 1_000_000) >= 0


def test_lookalike_letters_read_as_the_letters_they_stand_for() -> None:
    plain, dotted = find_dates("uiterlijk 12 JULI 2026"), find_dates("uiterlijk 12 JUL\u0130 2026")
    assert [m.interval for m in dotted] == [m.interval for m in plain] != []
    source = SourceText(path=Path("ondertekening.txt"), slug="ondertekening",
                        text="De voorzitter\u017f,\nJan Jansen", media_type="text/plain")
    extract_document(source, gazetteer=ENTRIES)  # the role word is looked up, not a KeyError
