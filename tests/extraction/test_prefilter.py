"""The prefilter never skips a pattern that would match: on tricky cases and on every pattern of
the extraction modules against the seeds and the evaluation corpus."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import jeugdgraph.extract as extract_package
from jeugdgraph.extract.matching import lowered_for_search
from jeugdgraph.extract.measures import _BODY_ACTS, _UNDER_WAY
from jeugdgraph.extract.prefilter import (
    anchored_at,
    finditer,
    in_sentence,
    leading_literals,
    may_match,
    required_literals,
    search,
)
from jeugdgraph.extract.structure import sentences

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)\bverzoekt het college\b", "VERZOEKT HET COLLEGE"),
    (r"(?i)\b(?:geven|geeft) het college (?:de )?opdracht", "Wij Geeft het College de Opdracht"),
    (r"(?i)wethouder(?-i: [A-Z][a-z]+):", "WETHOUDER Jansen:"),
    (r"(?i)kosten", "KOSTEN"),
    (r"(?i)kosten", "\u212aosten"),  # the Kelvin sign folds to k
    (r"(?i)\bis\b", "\u0130S"),  # a dotted capital I folds to i
    (r"(?i)lijst", "LIJ\u017fT"),  # a long s folds to s
    (r"(?:motie)?besluit", "besluit"),
    (r"(?:motie|)besluit", "besluit"),
    (r"(?:aan)+genomen", "aanaangenomen"),
    (r"a(?=bc)bc", "abc"),
    (r"(?i:Deze) motie", "deze motie"),
    (r"\u00e9\u00e9n keer", "\u00e9\u00e9n keer"),
])
def test_a_matching_text_passes(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(text) is not None
    assert may_match(compiled, text, lowered_for_search(text))


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)\bverzoekt het college\b", "De raad vraagt het college"),
    (r"\bDeze motie\b", "deze motie"),  # case-sensitive: the capital is needed
    (r"(?i)\bmotie\b[^.]{0,120}\b(?:aangenomen|verworpen)\b", "De motie is ingetrokken."),
])
def test_a_text_without_the_literals_is_skipped(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(text) is None
    assert not may_match(compiled, text, lowered_for_search(text))


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)\bwethouder(?-i: [A-Z][a-z]+)", "de wethouders, Wethouder jansen en WETHOUDER Pietersen"),
    (r"(?i)(?<!de )motie (?P<n>\d+)", "de motie 1, Motie 2"),
    (r"(?m)^Besluit\b", "Het Besluit\nBesluiten\nBesluit 3"),
    (r"(?i)\b(?:verzoekt|draagt) het college", "Verzoekt het college; draagt het college"),
    # a match starts in an optional part or, without it, in what follows it
    (r"\b(?:jeugd(?:hulp|zorg)?|zorg)?aanbieders[ \t]+(?P<n>[A-Z]\w+)",
     "de jeugdaanbieders Xonar, aanbieders Lentis"),
])
def test_search_finds_what_the_pattern_finds(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert leading_literals(compiled) is not None
    expected, found = compiled.search(text), search(compiled, text, lowered_for_search(text))
    assert expected is not None and found is not None
    assert (found.span(), found.groups()) == (expected.span(), expected.groups())


def test_an_optional_part_adds_its_starts() -> None:
    assert leading_literals(re.compile(r"(?:jeugd|zorg)?aanbieders")) == {
        ("jeugd", False), ("zorg", False), ("aanbieders", False)}
    assert leading_literals(re.compile(r"x(?:jeugd)?")) is None
    assert leading_literals(re.compile(r"(?:jeugd)?")) is None
    assert leading_literals(re.compile(r"(?:jeugd)?\d+")) is None


def test_many_leading_words_are_found_in_one_pass() -> None:
    # more than four leading words, overlapping ("wet", "wethouder") and in both spellings
    pattern = re.compile(r"(?:wet|wethouder|Raad|raadslid|college|(?i:gemeente|regio))\w*")
    text = "De wethouder en het raadslid; de Raad, de Gemeente en de regio. WET gemeentewet wet"
    assert [m.span() for m in finditer(pattern, text, lowered_for_search(text))] == [
        m.span() for m in pattern.finditer(text)]
    # without the lowered text the case-insensitive words cannot be looked up: the whole text is searched
    assert [m.span() for m in finditer(pattern, text, None)] == [m.span() for m in pattern.finditer(text)]


def test_a_short_start_is_joined_with_what_follows() -> None:
    # the parser takes "[Oo]n" out of both branches: too short alone, joined with each branch's start
    pattern = re.compile(r"[Oo]nze (?:fractie|motie)\b|[Oo]ns voorstel\b")
    assert leading_literals(pattern) == {
        (f"{o}n{rest}", False) for o in "Oo" for rest in ("ze fractie", "ze motie", "s voorstel")}
    text = "Ons voorstel, onze motie en Onze fractie; ons voorstellen"
    assert [m.span() for m in finditer(pattern, text, lowered_for_search(text))] == [
        m.span() for m in pattern.finditer(text)]
    # a case-sensitive start and a case-insensitive rest cannot be looked up as one word
    assert leading_literals(re.compile(r"ab(?i:cd)")) is None


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?im)^\s*motie\b", "Een motie\n  Motie 3\nmotie"),
    (r"(?m)^[ \t]*[A-Z][a-z]+ [A-Z][a-z]+ \d{4}$", "x Jan Smit 2020\nJan Smit 2021\n"),
    (r"(?m)^(?:ab|a)$", "\n\nab\n"),
    (r"\A\s*date \d{4}", "  date 2018-09\ndate 2019"),
    (r"^Motie", "Een Motie\nMotie"),  # without MULTILINE: the start of the text only
])
def test_an_anchored_pattern_is_tried_at_line_starts(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert anchored_at(compiled) is not None
    for padded in (text, f"{text}\n{'een lange regel ' * 20}", f"{'een lange regel ' * 20}\n{text}"):
        expected, found = compiled.search(padded), search(compiled, padded, lowered_for_search(padded))
        assert (found.span() if found else None) == (expected.span() if expected else None)


def test_optional_parts_and_classes_need_nothing() -> None:
    assert required_literals(re.compile(r"(?:motie)?\d+")) == ()
    assert required_literals(re.compile(r"(?:motie|\d)x")) == ()


def _patterns() -> Iterator[re.Pattern[str]]:
    seen: set[int] = set()

    def walk(value: object, depth: int) -> Iterator[re.Pattern[str]]:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            if id(value) not in seen:
                seen.add(id(value))
                yield value
        elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
            for item in value:
                yield from walk(item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for item in value.values():
                yield from walk(item, depth + 1)

    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"jeugdgraph.extract.{info.name}")
        for value in vars(module).values():
            yield from walk(value, 0)


def test_no_pattern_of_the_extraction_finds_otherwise() -> None:
    corpus = ROOT / "tests" / "evaluation" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    assert len(texts) > 100
    lines = {line for text in texts[:5] for line in text.splitlines() if line.strip()}
    patterns = [p for p in _patterns() if required_literals(p) or leading_literals(p) or anchored_at(p)]
    assert len(patterns) > 100  # the walk finds the modules' patterns
    for pattern in patterns:
        for text in [*texts, *lines]:
            lowered = lowered_for_search(text)
            expected, found = pattern.search(text), search(pattern, text, lowered)
            if leading_literals(pattern) is not None and expected is not None:  # else it is finditer's
                every = [(m.span(), m.groups()) for m in finditer(pattern, text, lowered)]
                assert every == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern
            if expected is None:
                assert found is None, (pattern.pattern, text[:200])
            else:
                assert may_match(pattern, text, lowered_for_search(text)), (pattern.pattern, text[:200])
                assert found is not None, (pattern.pattern, text[:200])
                assert (found.span(), found.groups()) == (expected.span(), expected.groups())


def test_a_sentence_is_tried_at_its_two_letter_leading_words() -> None:
    pattern = re.compile(r"(?i)\b(?:de\s+gemeente|we)\s+(?:zet|zetten)\s+\w+\s+in\b")
    assert leading_literals(pattern) is None and leading_literals(pattern, 2) is not None
    for sentence in ("Daarom zetten WE extra mensen in.", "We zetten extra mensen in.",
                     "Wethouders zetten niets in.", "De gemeente zet coaches in.", "Dewe zet niets in"):
        expected, found = pattern.search(sentence), in_sentence(pattern, sentence)
        assert (found and found.span()) == (expected and expected.span()), sentence


def test_no_sentence_pattern_finds_otherwise() -> None:
    """Every extraction pattern that only two-letter leading words make eligible, on every sentence of the
    seeds and the dev corpus: ``in_sentence`` finds what ``search`` finds."""
    corpus = ROOT / "tests" / "evaluation" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    bodies = list(dict.fromkeys(s.text for text in texts for s in sentences(text)))
    assert len(bodies) > 5_000
    patterns = [p for p in _patterns() if leading_literals(p) is None and leading_literals(p, 2) is not None]
    assert _BODY_ACTS in patterns and _UNDER_WAY in patterns  # those measures tries this way
    for pattern in patterns:
        for body in bodies:
            expected, found = pattern.search(body), in_sentence(pattern, body)
            if expected is None:
                assert found is None, (pattern.pattern, body[:200])
            else:
                assert found is not None, (pattern.pattern, body[:200])
                assert (found.span(), found.groups()) == (expected.span(), expected.groups())
