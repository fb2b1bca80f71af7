"""Out-of-fold choices of a candidate ranker, to choose its threshold without scoring on its own training.

The documents are shuffled (a fixed seed) and split in folds; each fold's documents are ranked by a model
fitted on the other folds. ``threshold_table`` then says, per threshold, how precise the model's own
choices are and how many gold values they find.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence
from typing import Protocol, TypeVar

from ..extract.linear import model_from_dict
from .fit import fit

Key = TypeVar("Key", bound=Hashable)


class Candidate(Protocol):
    @property
    def features(self) -> frozenset[str]: ...


C = TypeVar("C", bound=Candidate)
Row = tuple[str, Key | None, Sequence[C]]


def out_of_fold_best(
    rows: Sequence[tuple[str, Key | None, Sequence[C]]],
    key: Callable[[C], Key],
    *,
    folds: int = 5,
    seed: int = 7,
    regularisation: float = 0.3,
    min_count: int = 3,
) -> dict[str, tuple[float, Key | None]]:
    """Per document: the probability and key of its best candidate under a model fitted without it."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    best: dict[str, tuple[float, Key | None]] = {}
    for fold in range(folds):
        held = {rows[i][0] for position, i in enumerate(order) if position % folds == fold}
        training = [(c.features, "1" if key(c) == gold else "0")
                    for name, gold, candidates in rows if name not in held for c in candidates]
        model = model_from_dict(fit("fold", training, regularisation=regularisation, min_count=min_count))
        for name, _, candidates in rows:
            if name in held:
                scored = [(model.probabilities(c.features)["1"], key(c)) for c in candidates]
                best[name] = max(scored, key=lambda pair: pair[0]) if scored else (0.0, None)
    return best


def threshold_table(
    rows: Sequence[tuple[str, Key | None, Sequence[C]]],
    best: dict[str, tuple[float, Key | None]],
    thresholds: Sequence[float] = (0.5, 0.6, 0.7, 0.8, 0.9),
) -> list[tuple[float, int, int, int]]:
    """Per threshold: the model's choices, how many are the gold value, and how many gold values there are."""
    gold = {name: value for name, value, _ in rows}
    given = sum(1 for value in gold.values() if value is not None)
    table = []
    for threshold in thresholds:
        chosen = {name: key for name, (p, key) in best.items() if p >= threshold and key is not None}
        table.append((threshold, len(chosen), sum(1 for n, k in chosen.items() if k == gold[n]), given))
    return table


def print_table(name: str, table: list[tuple[float, int, int, int]]) -> None:
    for threshold, chosen, right, given in table:
        precision = right / chosen if chosen else 0.0
        print(f"{name} t={threshold:.2f}: {chosen} chosen, {right} right (precision {precision:.3f}, "
              f"recall {right / max(given, 1):.3f} of {given})")
