"""The committed publisher model is what a refit on the committed dev gold gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jeugdgraph.extract.linear import load_model, model_from_dict
from jeugdgraph.learn import publisher

pytest.importorskip("sklearn")

EVALUATION_DIR = Path(__file__).resolve().parents[1] / "evaluation"
Rows = list[tuple[str, Any, list[Any]]]  # name, gold and candidates (``publisher.document_candidates``)


@pytest.fixture(scope="module")
def rows() -> Rows:
    """Each dev document's name, gold and candidates, read once for the tests of this module."""
    return publisher.document_candidates(EVALUATION_DIR)


def test_the_committed_publisher_model_is_reproducible_from_the_dev_gold(rows: Rows) -> None:
    samples = publisher.labelled(rows)  # = publisher.training_samples(EVALUATION_DIR)
    refit = model_from_dict(publisher.train(EVALUATION_DIR))
    committed = load_model(publisher.NAME)
    assert committed.classes == refit.classes
    assert set(committed.weights) == set(refit.weights)
    for feature, row in refit.weights.items():
        assert committed.weights[feature] == pytest.approx(row, abs=1e-3)
    assert committed.intercept == pytest.approx(refit.intercept, abs=1e-3)
    assert [committed.predict(f)[0] for f, _ in samples] == [refit.predict(f)[0] for f, _ in samples]


def test_a_municipality_is_positive_only_when_it_is_the_gold_publisher(rows: Rows) -> None:
    assert publisher.gold_publisher({"publisher": "GM0301"}) == "https://w3id.org/jeugdgraph/id/gemeente/gm0301"
    assert publisher.gold_publisher({"publisher": {"name": "SP"}}) is None
    samples = publisher.labelled(rows)
    assert {label for _, label in samples} == {"0", "1"}
    assert sum(label == "1" for _, label in samples) == sum(
        1 for _, gold, candidates in rows if any(c.iri == gold for c in candidates))
