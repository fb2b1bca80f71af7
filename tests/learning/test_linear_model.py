"""A fitted model written as JSON predicts what scikit-learn's own model predicts."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from jeugdgraph.extract.linear import ModelError, load_model, model_from_dict, model_path
from jeugdgraph.learn.fit import TrainingError, fit, samples, write_model

_ROWS = [
    ({"w:verzoekt", "w:college"}, "ja"),
    ({"w:verzoekt", "w:raad"}, "ja"),
    ({"w:verzoekt"}, "ja"),
    ({"w:constaterende", "w:raad"}, "nee"),
    ({"w:constaterende"}, "nee"),
    ({"w:overwegende", "w:college"}, "nee"),
]


def test_binary_model_round_trips_and_separates(tmp_path: Path) -> None:
    data = fit("toy", samples(_ROWS), regularisation=10.0, min_count=1)
    model = write_model(data, tmp_path / "toy.json")
    again = model_from_dict(json.loads((tmp_path / "toy.json").read_text(encoding="utf-8")))
    assert again == model
    assert model.predict({"w:verzoekt", "w:onbekend"})[0] == "ja"
    assert model.predict({"w:constaterende"})[0] == "nee"
    probabilities = model.probabilities({"w:verzoekt"})
    assert abs(sum(probabilities.values()) - 1.0) < 1e-9


def test_multiclass_model_matches_scikit_learn() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [({"a", "b"}, "motie"), ({"a"}, "motie"), ({"c"}, "nieuws"), ({"c", "b"}, "nieuws"),
            ({"d"}, "brief"), ({"d", "b"}, "brief")]
    model = model_from_dict(fit("toy", samples(rows), min_count=1))
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform([{f: 1 for f in r} for r, _ in rows])
    reference = LogisticRegression(max_iter=5000).fit(matrix, [label for _, label in rows])
    for features, _ in rows:
        expected = reference.predict_proba(vectoriser.transform([{f: 1 for f in features}]))[0]
        got = model.probabilities(features)
        for label, probability in zip(reference.classes_, expected, strict=True):
            assert abs(got[label] - probability) < 1e-3


def test_rare_features_are_left_out() -> None:
    data = fit("toy", samples(_ROWS), min_count=2)
    assert "w:overwegende" not in data["weights"]


def test_one_class_cannot_be_fitted() -> None:
    with pytest.raises(TrainingError):
        fit("toy", samples([({"a"}, "ja"), ({"b"}, "ja")]))


@pytest.mark.parametrize("broken", [
    {"classes": ["ja"], "intercept": [0.0], "weights": {}},
    {"classes": ["a", "b", "c"], "intercept": [0.0], "weights": {}},
    {"classes": ["a", "b"], "intercept": [0.0], "weights": {"x": [1.0, 2.0]}},
    {"classes": ["a", "b"], "weights": {}},
])
def test_a_malformed_model_file_is_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ModelError):
        model_from_dict(broken)


@pytest.mark.parametrize("name", ["kind", "docdate", "measures", "publisher", "decisions", "assignments"])
def test_the_scores_are_the_plain_loops_sums_to_the_last_bit(name: str) -> None:
    """``scores`` adds each score's weights column by column in C: the same additions in the same order
    as a loop over ``set(features)``, so the same floats, on the packaged models."""
    if not model_path(name).is_file():
        pytest.skip(f"no packaged model {name}")
    model = load_model(name)

    def plain(features: set[str]) -> list[float]:
        total = list(model.intercept)
        for feature in set(features):
            row = model.weights.get(feature)
            if row is not None:
                for i, weight in enumerate(row):
                    total[i] += weight
        return total

    keys = sorted(model.weights)
    chosen = random.Random(12)
    for size in (0, 1, 5, 40, 300):
        for _ in range(20):
            features = {*chosen.sample(keys, min(size, len(keys))), "no-such-feature"}
            assert model.scores(features) == plain(features)
