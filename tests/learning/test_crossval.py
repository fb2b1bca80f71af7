"""Out-of-fold ranking: each document is ranked by a model that did not see it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from jeugdgraph.learn.crossval import out_of_fold_best, threshold_table

pytest.importorskip("sklearn")


@dataclass(frozen=True)
class _Toy:
    key: str
    features: frozenset[str]


def _rows() -> list[tuple[str, str | None, list[_Toy]]]:
    rows: list[tuple[str, str | None, list[_Toy]]] = []
    for i in range(20):
        right, wrong = _Toy(f"r{i}", frozenset({"cue:datum"})), _Toy(f"w{i}", frozenset({"cue:per"}))
        rows.append((f"doc{i}", right.key, [wrong, right]))
    rows.append(("empty", None, []))
    return rows


def test_each_document_gets_its_best_candidate_and_the_table_counts_right_choices() -> None:
    rows = _rows()
    best = out_of_fold_best(rows, lambda c: c.key, folds=4, regularisation=1.0, min_count=1)
    assert set(best) == {name for name, _, _ in rows}
    assert best["empty"] == (0.0, None)
    assert all(best[f"doc{i}"][1] == f"r{i}" for i in range(20))
    (threshold, chosen, right, given), = threshold_table(rows, best, thresholds=(0.5,))
    assert (threshold, chosen, right, given) == (0.5, 20, 20, 20)
