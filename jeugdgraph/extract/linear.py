"""Linear models learned from the evaluation gold, applied without any learning library.

A model is a JSON file in ``extract/models/``: its classes, one intercept and, per feature (a
string such as ``"w:inzetten"``), one weight per score. With one score the model is binary (the
probability of the second class is the logistic of the sum); with one score per class it is a
multinomial model (softmax). ``jeugdgraph.learn`` fits the weights with scikit-learn and writes
the file; the build only reads it, so building needs no learning library and no pickled code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, reduce
from importlib import resources
from operator import add
from pathlib import Path
from typing import Any


class ModelError(ValueError):
    """A model file that does not have the shape a linear model needs."""


@dataclass(frozen=True)
class LinearModel:
    name: str
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, features: Iterable[str]) -> list[float]:
        """Per score the intercept plus the weights of the features, added one by one in the order of
        ``set(features)`` (per score a C loop over the rows' column: the same additions as a Python loop)."""
        rows = [row for row in map(self.weights.get, set(features)) if row is not None]
        if not rows:
            return list(self.intercept)
        columns = zip(*rows, strict=True)
        return [reduce(add, column, start) for start, column in zip(self.intercept, columns, strict=True)]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        scores = self.scores(features)
        if len(scores) == 1:
            positive = 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, scores[0]))))
            return {self.classes[0]: 1.0 - positive, self.classes[1]: positive}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        norm = sum(exps)
        return {c: e / norm for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probabilities = self.probabilities(features)
        best = max(probabilities, key=lambda c: probabilities[c])
        return best, probabilities[best]


def model_from_dict(data: dict[str, Any]) -> LinearModel:
    try:
        classes = tuple(str(c) for c in data["classes"])
        intercept = tuple(float(b) for b in data["intercept"])
        width = len(intercept)
        weights = {str(f): tuple(float(w) for w in row) for f, row in data["weights"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ModelError(f"model file lacks classes, intercept or weights: {error}") from error
    if len(classes) < 2 or width not in (1, len(classes)) or (width == 1 and len(classes) != 2):
        raise ModelError(f"{len(classes)} classes do not fit {width} scores")
    if any(len(row) != width for row in weights.values()):
        raise ModelError("a feature's weights do not have one weight per score")
    return LinearModel(str(data.get("name", "")), classes, intercept, weights)


def model_path(name: str) -> Path:
    return Path(str(resources.files("jeugdgraph.extract") / "models" / f"{name}.json"))


@cache
def load_model(name: str) -> LinearModel:
    """The packaged model ``extract/models/NAME.json``, read once per process."""
    with model_path(name).open(encoding="utf-8") as handle:
        return model_from_dict(json.load(handle))
