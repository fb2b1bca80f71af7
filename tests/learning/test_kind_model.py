"""The committed kind model is what a refit on the committed dev gold gives."""

from __future__ import annotations

import json

from jeugdgraph.extract.linear import model_from_dict, model_path
from jeugdgraph.learn.kind import EVALUATION_DIR, train, training_samples


def test_committed_kind_model_is_reproducible_from_the_gold() -> None:
    committed = json.loads(model_path("kind").read_text(encoding="utf-8"))
    refit = train(EVALUATION_DIR)
    assert refit["classes"] == committed["classes"]
    assert set(refit["weights"]) == set(committed["weights"])
    for feature, row in refit["weights"].items():
        assert all(abs(a - b) <= 1e-3 for a, b in zip(row, committed["weights"][feature], strict=True))
    assert all(abs(a - b) <= 1e-3 for a, b in zip(refit["intercept"], committed["intercept"], strict=True))
    before, after = model_from_dict(committed), model_from_dict(refit)
    for features, _ in training_samples(EVALUATION_DIR):
        assert before.predict(features)[0] == after.predict(features)[0]


def test_kind_model_is_small() -> None:
    committed = json.loads(model_path("kind").read_text(encoding="utf-8"))
    assert len(committed["weights"]) <= 5000
    assert model_path("kind").stat().st_size <= 400_000
