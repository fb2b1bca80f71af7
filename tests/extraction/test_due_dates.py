"""A deadline whose day is not written is a date only where something is due by it."""

from __future__ import annotations

from jeugdgraph.extract.statements import find_dated

from .conftest import source_of


def _dated(text: str) -> list[str]:
    return [str(d.date) for d in find_dated(source_of(text))]


def test_an_end_or_a_quarter_by_which_something_is_due_is_a_date() -> None:
    assert _dated("Het college wordt verzocht de raad hierover eind 2031 te informeren.") == ["2031-12-31"]
    assert _dated("Wij informeren u in het eerste kwartaal van 2032 over de effecten.") == ["2032-03-31"]
    assert _dated("Het plan moet uiterlijk eind 2031 klaar zijn.") == ["2031-12-31"]


def test_an_end_or_a_quarter_that_tells_when_is_no_date() -> None:
    assert _dated("Dit volgde op brieven van eind 2028 en eind 2029.") == []
    assert _dated("Eind 2030 constateerde de fractie dat het lastig bleek om antwoorden te krijgen.") == []
    assert _dated("De monitor zal naar verwachting in het derde kwartaal van 2031 klaar zijn.") == []
    # a day written is a date wherever it stands
    assert _dated("Op 12 maart 2030 sprak de raad erover.") == ["2030-03-12"]


def test_both_days_of_a_range_before_a_month_and_year_are_dates() -> None:
    assert sorted(_dated("Uit het debat (dd 14-15 maart 2030) bleek het.")) == ["2030-03-14", "2030-03-15"]
    assert sorted(_dated("De raad vergadert op 14 - 15 maart 2030.")) == ["2030-03-14", "2030-03-15"]
    assert _dated("Van 30-31 februari 2030 bestaat niet.") == []
    assert _dated("In maart 2030 vergadert de raad.") == []
