"""The committed decisions and assignments models are what a refit on the committed dev gold gives."""

from __future__ import annotations

import pytest

from jeugdgraph.extract.linear import load_model, model_from_dict
from jeugdgraph.learn.statementcheck import chosen_threshold
from jeugdgraph.learn.statementmodels import fitted, samples_of
from jeugdgraph.learn.statementsamples import TARGETS, read_samples

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def documents():  # type: ignore[no-untyped-def]
    return read_samples()


@pytest.mark.parametrize("target", TARGETS)
def test_committed_model_is_the_refit(documents, target: str) -> None:  # type: ignore[no-untyped-def]
    committed = load_model(target)
    refit = model_from_dict(fitted(documents, target))
    assert set(refit.weights) == set(committed.weights)
    for feature, row in refit.weights.items():
        assert abs(row[0] - committed.weights[feature][0]) <= 1e-3, feature
    assert abs(refit.intercept[0] - committed.intercept[0]) <= 1e-3
    for features, _ in samples_of(documents, target):
        assert refit.predict(features)[0] == committed.predict(features)[0]


def test_threshold_is_the_lowest_from_which_precision_holds() -> None:
    # (gold, found, gold matched, found matched) per threshold: precision 1 but .5 at .8
    alone = {t: [10, 10, 10, 10] for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)}
    alone[0.8] = [10, 10, 9, 5]
    assert chosen_threshold(alone) == 0.85
    assert chosen_threshold({t: [1, 1, 1, 1] for t in alone}) == 0.3
