"""Multiplier words in any casing the patterns accept, including letters whose lower case is longer."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jeugdgraph.extract.amounts import find_amounts, multiplier_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De gemeente krijgt drie mİljoen extra.", Decimal(3_000_000)),  # found by hypothesis: a KeyError
        ("Het tekort is 2 MİLJOEN.", Decimal(2_000_000)),
        ("Er gaat € 1,5 MLN naar preventie.", Decimal(1_500_000)),
        ("Het kost vier Ton.", Decimal(400_000)),
    ],
)
def test_a_multiplier_in_any_casing_gives_its_factor(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def test_multiplier_of_reads_the_word_as_the_patterns_match_it() -> None:
    assert multiplier_of("mİljoen") == 10**6
    assert multiplier_of("Miljard") == 10**9
    assert multiplier_of("") == 1
    assert multiplier_of("stuks") == 1
