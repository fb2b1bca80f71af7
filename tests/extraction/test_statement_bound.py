"""The bound on the learned statement models' scores never leaves out a candidate either model could add:
on every candidate sentence of the seeds and the dev corpus, under every kind the models know."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import pytest

from jeugdgraph.extract import learnedstatements, statementfeatures
from jeugdgraph.extract.statementbound import StatementBound
from jeugdgraph.extract.statementfeatures import Sentence, candidates, reading

ROOT = Path(__file__).resolve().parents[2]


@cache
def _texts() -> tuple[str, ...]:
    corpus = ROOT / "tests" / "evaluation" / "corpus"
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted(corpus.rglob("*.txt"))]
    return tuple(p.read_text(encoding="utf-8") for p in paths)


@cache
def _cases() -> tuple[tuple[list[Sentence], str | None, int, list[tuple[int, frozenset[str]]]], ...]:
    """Per text: its reading, a kind (every kind, over the texts), its length, and per candidate its index in
    the reading and its features."""
    kinds = _kinds()
    cases = []
    for number, text in enumerate(_texts()):
        read, kind = reading(text), kinds[number % len(kinds)]
        spans = {sentence.span: index for index, sentence in enumerate(read)}
        found = [(spans[c.span], c.features) for c in candidates(text, kind, read)]
        cases.append((read, kind, max(1, len(text)), found))
    return tuple(cases)


def _models() -> tuple[dict[str, float], float, dict[str, float], float]:
    models = learnedstatements._models()
    if models is None:
        pytest.skip("no learned statement models")
    return models


def _kinds() -> list[str | None]:
    decisions = _models()[0]
    return [None, *sorted({f.removeprefix("k:") for f in decisions if f.startswith("k:")})]


def _margin(weights: dict[str, float], intercept: float, limit: float, features: frozenset[str]) -> float:
    return intercept + sum(weights.get(f, 0.0) for f in features) - math.log(limit / (1.0 - limit))


def _family(feature: str) -> str:
    return feature.partition(":")[0]


def _only(weights: dict[str, float], family: str | None) -> dict[str, float]:
    return {f: w for f, w in weights.items() if family is None or _family(f) == family}


def _families() -> list[str | None]:
    decisions, _, assignments, _ = _models()
    return [None, *sorted({_family(f) for f in [*decisions, *assignments]})]


_BOTH = ("decisions", "assignments")


@pytest.mark.parametrize(("family", "targets"), [
    *((family, _BOTH) for family in (_families() if learnedstatements._models() else [None])),
    (None, ("decisions",)), (None, ("assignments",)),
])
def test_the_bound_is_at_least_every_candidates_margin(family: str | None, targets: tuple[str, ...]) -> None:
    """With both models whole or one of them, and with each family of features alone (so that no other
    family's slack hides a family the bound would miss)."""
    decisions, decided, assignments, assigned = _models()
    limits = learnedstatements.THRESHOLDS
    decisions, assignments = _only(decisions, family), _only(assignments, family)
    if family is not None:  # an intercept that lets the family alone reach the threshold now and then
        decided, assigned = -2.0, -4.0
    models = {"decisions": (decisions, decided), "assignments": (assignments, assigned)}
    bound = StatementBound([(*models[target], limits[target]) for target in targets])
    checked = left_out = 0
    for read, kind, length, found in _cases():
        margins = bound.margins(read, kind, length)
        for index, features in found:
            exact = max(_margin(*models[target], limits[target], features) for target in targets)
            assert margins[index] >= exact - 1e-9, (read[index].span.text, kind, margins[index], exact)
            checked += 1
            left_out += margins[index] < 0.0
    assert checked > 5_000
    if family is None:
        assert left_out > checked // 2  # the bound leaves most out


@pytest.mark.parametrize("targets", [("decisions", "assignments"), ("decisions",), ("assignments",)])
def test_the_model_adds_what_it_added_scoring_every_candidate(targets: tuple[str, ...]) -> None:
    _models()
    kinds = _kinds()
    for number, text in enumerate(_texts()):
        kind = kinds[(number * 7) % len(kinds)]
        every = learnedstatements.scored(text, kind)
        likely = learnedstatements.likely(text, kind, targets)
        assert set(likely) <= set(every)
        for target in targets:
            limit = learnedstatements.THRESHOLDS[target]
            assert learnedstatements.picked(likely, target, [], limit) == learnedstatements.picked(
                every, target, [], limit)


def test_the_cue_automaton_finds_the_triggers_the_cue_words_find() -> None:
    """``_triggers`` looks for every trigger's cue words in one pass: the same triggers as a look for each
    cue word, on every sentence of the seeds and the dev corpus."""
    def plain(lowered: str) -> tuple[str, ...]:
        return tuple(name for name, pattern in statementfeatures._TRIGGERS.items()
                     if any(cue in lowered for cue in statementfeatures._TRIGGER_CUES[name])
                     and pattern.search(lowered))

    sentences = [sentence.lowered for read, _, _, _ in _cases() for sentence in read]
    assert sum(1 for lowered in sentences if statementfeatures._triggers(lowered)) > 500
    assert all(statementfeatures._triggers(lowered) == plain(lowered) for lowered in sentences)
    overlapping = "de draad van de raad"  # "dra" and the first "raad" overlap
    assert statementfeatures._triggers(overlapping) == plain(overlapping) == ("council",)
