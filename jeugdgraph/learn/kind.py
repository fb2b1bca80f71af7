"""Fit the document-kind model (``extract/models/kind.json``) on the evaluation gold.

A sample is one document of ``corpus/dev``: the features ``extract.kindfeatures`` reads from the
text the build reads (``readers.read_document``), labelled with the gold ``kind`` (``other`` and no
kind both as ``document``: the graph names no kind for them).

``python -m jeugdgraph.learn.kind [--names LIST]`` rewrites the model file; ``--choose`` instead
prints, by cross-validation within the documents, how the model and the rules score together for
each regularisation and pair of thresholds (``extract.kindmodel``), to choose them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from ..extract.kindfeatures import RuleVerdict, kind_features
from ..extract.kindmodel import MODEL_NAME, NO_KIND, combined_kind
from ..extract.kinds import rule_verdict
from ..extract.linear import model_from_dict, model_path
from ..facts import DocumentKind
from ..readers import read_document
from .devgold import EVALUATION_DIR, dev_documents
from .fit import Sample, fit, write_model

REGULARISATION = 1.0
MIN_COUNT = 10


def _label(gold: dict[str, Any]) -> str:
    kind = gold.get("kind")
    return NO_KIND if kind in (None, "other") else str(kind)


def _documents(evaluation_dir: Path, names: Sequence[str] | None) -> list[tuple[str, str, str]]:
    """(name, text, label) of each gold document of the dev half, in name order."""
    return [(d.name, read_document(d.path).text, _label(d.gold))
            for d in dev_documents(evaluation_dir, names)]


def _sample(text: str, label: str) -> tuple[Sample, RuleVerdict]:
    verdict = rule_verdict(text)
    return (kind_features(text, verdict), label), verdict


def training_samples(
    evaluation_dir: Path = EVALUATION_DIR, names: Sequence[str] | None = None
) -> list[Sample]:
    return [_sample(text, label)[0] for _, text, label in _documents(evaluation_dir, names)]


def train(
    evaluation_dir: Path = EVALUATION_DIR, names: Sequence[str] | None = None,
    regularisation: float = REGULARISATION,
) -> dict[str, Any]:
    samples = training_samples(evaluation_dir, names)
    provenance = {"gold": "tests/evaluation/gold/dev", "names": "all" if names is None else len(names)}
    return fit(MODEL_NAME, samples, regularisation=regularisation, min_count=MIN_COUNT, provenance=provenance)


def _score(pairs: Sequence[tuple[str, str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 as the evaluation counts them: ``document`` is no kind stated."""
    found = sum(1 for guess, _ in pairs if guess != NO_KIND)
    gold = sum(1 for _, label in pairs if label != NO_KIND)
    right = sum(1 for guess, label in pairs if guess != NO_KIND and guess == label)
    precision = right / found if found else 0.0
    recall = right / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if right else 0.0


def _as_scored(kind: str) -> str:
    """A kind as the evaluation sees it: presentations and advice are "other", which names no gold kind."""
    return "other" if kind in {"presentatie", "advies"} else kind


def choose(evaluation_dir: Path, names: Sequence[str] | None, folds: int = 5) -> None:
    """Print cross-validated scores of the rules, the model and their combinations."""
    documents = _documents(evaluation_dir, names)
    rows = [_sample(text, label) for _, text, label in documents]
    for regularisation in (0.3, 1.0):
        guesses: list[tuple[str, float]] = [("", 0.0)] * len(rows)
        for fold in range(folds):
            train_rows = [row[0] for i, row in enumerate(rows) if i % folds != fold]
            fitted = fit(MODEL_NAME, train_rows, regularisation=regularisation, min_count=MIN_COUNT)
            model = model_from_dict(fitted)
            for i, ((features, _), _) in enumerate(rows):
                if i % folds == fold:
                    guesses[i] = model.predict(features)
        labels = [label for (_, label), _ in rows]
        rules = [_as_scored(verdict.kind) for _, verdict in rows]
        print(f"C={regularisation} rules {_fmt(_score(list(zip(rules, labels, strict=True))))}"
              f" model {_fmt(_score([(g, label) for (g, _), label in zip(guesses, labels, strict=True)]))}")
        for fill in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
            for override in (0.7, 0.8, 0.9, 1.01):
                for rule_sure in (0, 3, 5, 1000):
                    combined = [
                        _as_scored(combined_kind(
                            verdict, cast(DocumentKind, g), p, override, rule_sure, fill))
                        for (g, p), (_, verdict) in zip(guesses, rows, strict=True)
                    ]
                    print(f"  fill {fill} override {override} rule_sure {rule_sure}: "
                          f"{_fmt(_score(list(zip(combined, labels, strict=True))))}")


def _fmt(score: tuple[float, float, float]) -> str:
    return "P {:.3f} R {:.3f} F {:.3f}".format(*score)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", type=Path, help="a file with the documents to train on, one a line")
    parser.add_argument("--choose", action="store_true", help="print cross-validated scores instead")
    args = parser.parse_args(argv)
    names = args.names.read_text(encoding="utf-8").split() if args.names else None
    if args.choose:
        choose(EVALUATION_DIR, names)
        return
    data = train(EVALUATION_DIR, names)
    write_model(data, model_path(MODEL_NAME))
    samples = data["trained_on"]["samples"]
    print(f"{model_path(MODEL_NAME)}: {len(data['weights'])} features, {samples} samples")


if __name__ == "__main__":
    main()
