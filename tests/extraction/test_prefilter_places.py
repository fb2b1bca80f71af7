"""The prefilter's narrower places find what the pattern finds: a line-local pattern run only on the lines
that hold its literal, and a pattern tried only where a two-letter leading word starts in a whole text;
on hand-made edges and on every extraction pattern it applies to, over the seeds and the dev corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jeugdgraph.extract.issuers import _OWN_VOICE
from jeugdgraph.extract.matching import lowered_for_search
from jeugdgraph.extract.partners import _PERSON_SCHOOL
from jeugdgraph.extract.prefilter import (
    _lines_with_literal,
    _starts,
    finditer,
    leading_literals,
    line_local,
    required_literals,
    search,
)

from .test_prefilter import _patterns

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    """The seeds and the dev half of the evaluation corpus (never the test half)."""
    paths = [*sorted((ROOT / "seeds").glob("*.txt")),
             *sorted((ROOT / "tests" / "evaluation" / "corpus" / "dev").glob("*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths]


@pytest.mark.parametrize("pattern", [
    r"[A-Z][a-z]+[ \t]+[A-Z][a-z]{2,}school(?![\w-])", r"(?m)^[ \t]*motie\b$", r"\bmotie[^.\n]{0,40}\.",
    r"(?<!\s)motie", r"(?<![\w-])\w+ (?=[a-z]+\b)", r"(?i:Motie) (?P<n>\d+)(?P=n)", r"\Amotie",
])
def test_a_pattern_within_one_line(pattern: str) -> None:
    assert line_local(re.compile(pattern))


@pytest.mark.parametrize("pattern", [
    r"motie\s+\d", r"motie[^.]{0,40}\.", r"(?s)motie.{0,5}", r"motie$", r"motie\Z", r"motie(?=\s*\d)",
    r"motie(?![^x])", r"motie\n", r"(?:motie)?", r"motie[\w\W]", r"(?m:motie$)x|y\Z",
])
def test_a_pattern_that_may_cross_or_read_a_line_break(pattern: str) -> None:
    assert not line_local(re.compile(pattern))


def test_a_multi_line_end_scoped_holds() -> None:
    assert line_local(re.compile(r"(?m:motie$)")) and line_local(re.compile(r"(?m)motie$"))


@pytest.mark.parametrize(("pattern", "text"), [
    # the match ends at the line's end: a look-ahead and \b read the break as they read the text's end
    (r"\bde [A-Z][a-z]+school(?![\w-])",
     "Over de Montessorischool\nen de Leo Kannerschool-\nde Daltonschool"),
    (r"(?m)\b[A-Z][a-z]+school$", "de Leo Kannerschool\nde Daltonschool is\nJenaplanschool"),
    # a look-behind reads the line before
    (r"(?<![\w-])[A-Z][a-z]+school", "a-\nBasisschool\n-Montessorischool"),
    # lines next to each other are one run
    (r"\b[a-z]+school\b", "basisschool\nmiddelbare school\nvakschool\n\n\nhogeschool"),
])
def test_the_lines_find_what_the_text_finds(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    text = "Een regel zonder dat woord.\n" * 20 + text + "\nNog een regel zonder." * 20  # most lines lack it
    lowered = lowered_for_search(text)
    assert line_local(compiled) and _lines_with_literal(compiled, text, lowered) is not None
    assert [(m.span(), m.groups()) for m in finditer(compiled, text, lowered)] == [
        (m.span(), m.groups()) for m in compiled.finditer(text)]
    found, expected = search(compiled, text, lowered), compiled.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_no_line_local_pattern_finds_otherwise() -> None:
    """Every line-local extraction pattern with a required literal, on its lines of every text."""
    texts = _texts()
    assert len(texts) > 500
    patterns = [p for p in _patterns() if line_local(p) and required_literals(p)]
    assert _PERSON_SCHOOL in patterns and len(patterns) > 100
    used = 0
    for pattern in patterns:
        for text in texts:
            lowered = lowered_for_search(text)
            lines = _lines_with_literal(pattern, text, lowered)
            if lines is None:
                continue
            used += 1
            found = [(m.span(), m.groups())
                     for begin, end in lines for m in pattern.finditer(text, begin, end)]
            assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern
            first, expected = search(pattern, text, lowered), pattern.search(text)
            assert (first and (first.span(), first.groups())) == (
                expected and (expected.span(), expected.groups())), pattern.pattern
    assert used > 10_000  # the lines are what most of these patterns run on


def test_two_letter_leading_words_in_a_whole_text() -> None:
    """Every extraction pattern whose shortest leading word has two letters (``we``, ``de``), tried only
    where one starts in a whole text, finds what the pattern finds."""
    texts = _texts()
    patterns = [p for p in _patterns() if leading_literals(p) is None and leading_literals(p, 2) is not None]
    assert _OWN_VOICE in patterns
    tried = 0
    for pattern in patterns:
        for text in texts:
            lowered = lowered_for_search(text)
            tried += _starts(pattern, text, lowered) is not None
            every = [(m.span(), m.groups()) for m in finditer(pattern, text, lowered)]
            assert every == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern
            found, expected = search(pattern, text, lowered), pattern.search(text)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())), pattern.pattern
    assert tried > 1_000  # most texts hold few enough of those words
