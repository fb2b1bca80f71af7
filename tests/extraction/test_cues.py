"""Cue words found in one pass answer exactly as one substring search per word would."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jeugdgraph.extract import cues
from jeugdgraph.extract.cues import Cues, any_in
from jeugdgraph.extract.matching import lowered_for_search

ROOT = Path(__file__).resolve().parents[2]
_ALPHABET = "abc \n\u00f6"


def test_overlapping_and_nested_words_are_all_found() -> None:
    text = "x" * 500 + " stichtingen en de coöperatie"
    assert Cues(("stichting", "ting", "tinge", "coöp")).any_in(text)
    assert {"stichting", "ting", "tinge", "coöp"} <= cues.present(text)
    assert not Cues(("stichtingx", "gemeenteraad")).any_in(text)


def test_a_word_registered_after_a_text_was_read_is_found() -> None:
    text = "y" * 500 + " zorgaanbieder Horizon"
    assert not Cues(("qqqq", "rrrr", "ssss")).any_in(text)
    assert Cues(("horizon", "qqqq", "zzzz")).any_in(text.lower())
    assert any_in(text, ("Horizon", "tttt", "uuuu"))


def test_the_empty_word_is_in_every_text() -> None:
    assert Cues(("", "nergens")).any_in("")


@settings(max_examples=300, deadline=None)
# more than eight words: a short text is read by the words' own automaton
@given(st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=14),
       st.text(_ALPHABET, min_size=0, max_size=900))
def test_the_same_answer_as_substring_search(words: list[str], text: str) -> None:
    assert Cues(words).any_in(text) == any(word in text for word in words)


def test_the_seed_documents_give_the_same_answers() -> None:
    rng = random.Random(7)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lowered = lowered_for_search(text) or text
        vocabulary = sorted(set(lowered.split()))
        for _ in range(50):
            words = tuple(rng.sample(vocabulary, 3)) + (f"{rng.choice(vocabulary)}zz",)
            assert any_in(lowered, words) == any(word in lowered for word in words)
            assert any_in(lowered, words[3:]) is False or words[3] in lowered
