"""Decisions and assignments the learned models find where the rules found none.

The rules (``resolutions``, ``assignments``) find the points a decision list or a motion's dictum writes in
the genre's fixed form; what they miss (a decision a report tells in prose, a request in a layout no rule
knows) a logistic model over candidate sentences (``statementfeatures``) may find in a document where the
rules found none: a sentence whose probability of being a decision (an assignment) reaches the model's
threshold and exceeds its probability of being the other. (Beside a list the rules read, what the model
added was never right in cross-validation.) The thresholds were chosen by cross-validation on the training
documents (``jeugdgraph.learn.statementcheck``), not on the documents a score is reported for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import repeat

from ..facts import Span
from .linear import LinearModel, ModelError, load_model, model_path
from .statementbound import StatementBound
from .statementfeatures import Candidate, Sentence, candidates, reading

#: The probability a candidate needs before a model adds it: the lowest at which the model alone reached a
#: precision of .95 in five-fold cross-validation on its training documents (``learn.statementcheck``).
THRESHOLDS = {"decisions": 0.8, "assignments": 0.95}
_POSITIVE = "1"


@cache
def _bound(targets: tuple[str, ...]) -> StatementBound | None:
    """The bound that tells which candidates may reach a threshold of the ``targets`` models
    (``statementbound``)."""
    models = _models()
    if models is None:
        return None
    decisions, decided, assignments, assigned = models
    weights = {"decisions": (decisions, decided), "assignments": (assignments, assigned)}
    return StatementBound([(*weights[target], THRESHOLDS[target]) for target in targets])


@cache
def _models() -> tuple[dict[str, float], float, dict[str, float], float] | None:
    """Each binary model's weight per feature and its intercept (flat: the build scores many sentences)."""
    if not (model_path("decisions").is_file() and model_path("assignments").is_file()):
        return None  # before a first training: the rules alone
    decisions, assignments = load_model("decisions"), load_model("assignments")
    return (*_flat(decisions), *_flat(assignments))


def _flat(model: LinearModel) -> tuple[dict[str, float], float]:
    if model.classes[1] != _POSITIVE or len(model.intercept) != 1:
        raise ModelError(f"model {model.name!r} is not a binary model of {_POSITIVE!r}")
    return {feature: row[0] for feature, row in model.weights.items()}, model.intercept[0]


def _probability(weights: dict[str, float], intercept: float, features: frozenset[str]) -> float:
    # map over the set: the same terms in the same order as a generator, without a Python frame per term
    score = intercept + sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, score))))


def scored(text: str, kind: str | None) -> list[tuple[Candidate, float, float]]:
    """Every candidate with its probability of being a decision and of being an assignment."""
    models = _models()
    if models is None:
        return []
    decisions, decided, assignments, assigned = models
    return [(c, _probability(decisions, decided, c.features), _probability(assignments, assigned, c.features))
            for c in candidates(text, kind)]


def likely(
    text: str, kind: str | None, targets: tuple[str, ...] = ("decisions", "assignments")
) -> list[tuple[Candidate, float, float]]:
    """``scored`` without the candidates that reach none of the ``targets`` models' thresholds: those whose
    score's bound (``statementbound``) stays under it are not featurised."""
    models, bound = _models(), _bound(targets)
    if models is None or bound is None:
        return []
    decisions, decided, assignments, assigned = models
    read = _reading_cached(text)
    return [(c, _probability(decisions, decided, c.features), _probability(assignments, assigned, c.features))
            for c in candidates(text, kind, read, bound.kept(read, kind, max(1, len(text))))]


def added(text: str, kind: str | None, target: str, taken: Sequence[Span]) -> list[Span]:
    """The sentences the ``target`` model (``decisions`` or ``assignments``) adds beside ``taken``."""
    return picked(_likely_cached(text, kind, target), target, taken, THRESHOLDS[target])


def picked(
    scored_candidates: Sequence[tuple[Candidate, float, float]],
    target: str,
    taken: Sequence[Span],
    limit: float,
) -> list[Span]:
    """The candidates outside ``taken`` whose probability for ``target`` reaches ``limit`` and exceeds
    the other's."""
    found: list[Span] = []
    for candidate, decision, assignment in scored_candidates:
        mine, other = (decision, assignment) if target == "decisions" else (assignment, decision)
        span = candidate.span
        if (
            mine >= limit
            and mine > other
            and not any(span.begin < t.end and t.begin < span.end for t in taken)
        ):
            found.append(span)
    return found


@lru_cache(maxsize=2)  # the rules find one of them in most documents: a bound for one model keeps fewer
def _likely_cached(text: str, kind: str | None, target: str) -> list[tuple[Candidate, float, float]]:
    return likely(text, kind, (target,))


@lru_cache(maxsize=2)  # and where both models are asked, the sentences are read once
def _reading_cached(text: str) -> list[Sentence]:
    return reading(text)
