"""Fit a logistic regression on feature sets and write it as a ``extract/models`` JSON file."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import JeugdgraphError
from ..extract.linear import LinearModel, model_from_dict

#: Weights are written to this many decimals, so a refit on the same gold gives the same file.
DECIMALS = 5

Sample = tuple[frozenset[str], str]


class TrainingError(JeugdgraphError):
    """Training cannot run: no learning library, or samples of one class only."""


def samples(rows: Iterable[tuple[Iterable[str], str]]) -> list[Sample]:
    return [(frozenset(features), label) for features, label in rows]


def fit(
    name: str,
    training: Sequence[Sample],
    *,
    regularisation: float = 1.0,
    min_count: int = 2,
    balanced: bool = False,
    provenance: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The model's JSON form: features seen in at least ``min_count`` samples, zero weights dropped."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        raise TrainingError("trainen vraagt scikit-learn: pip install -e '.[train]'") from error
    labels = [label for _, label in training]
    classes = sorted(set(labels))
    if len(classes) < 2:
        raise TrainingError(f"model {name!r}: de voorbeelden hebben maar één klasse ({classes})")
    counts = Counter(f for features, _ in training for f in features)
    kept = [{f: 1 for f in features if counts[f] >= min_count} for features, _ in training]
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(kept)
    learner = LogisticRegression(
        C=regularisation, max_iter=5000, class_weight="balanced" if balanced else None
    )
    learner.fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    rows = learner.coef_.T  # one row per feature, one column per score
    weights = {
        str(feature): [round(float(w), DECIMALS) for w in row]
        for feature, row in zip(names, rows, strict=True)
        if any(round(float(w), DECIMALS) for w in row)
    }
    return {
        "name": name,
        "classes": [str(c) for c in learner.classes_],
        "intercept": [round(float(b), DECIMALS) for b in learner.intercept_],
        "weights": weights,
        "trained_on": {"samples": len(training), **(provenance or {})},
    }


def write_model(data: dict[str, Any], path: Path) -> LinearModel:
    """Check the model's shape, then write it sorted and compact enough to diff."""
    model = model_from_dict(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)
    path.write_text(text + "\n", encoding="utf-8")
    return model
