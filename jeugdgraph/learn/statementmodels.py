"""Fit the decisions or assignments model from the dev gold (for ``learn.decisions`` and
``learn.assignments``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..extract.linear import model_path
from .fit import Sample, fit, write_model
from .statementsamples import EVALUATION_DIR, DocumentSamples, label, names_from, read_samples

REGULARISATION = 0.3
MIN_COUNT = 8


def samples_of(documents: Sequence[DocumentSamples], target: str) -> list[Sample]:
    return [(c.features, label(c, d.gold[target])) for d in documents for c in d.candidates]


def fitted(documents: Sequence[DocumentSamples], target: str) -> dict[str, Any]:
    return fit(
        target,
        samples_of(documents, target),
        regularisation=REGULARISATION,
        min_count=MIN_COUNT,
        provenance={"documents": len(documents)},
    )


def train(
    target: str, evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
) -> dict[str, Any]:
    return fitted(read_samples(evaluation_dir, names), target)


def main_for(target: str, argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=f"Rewrite extract/models/{target}.json from the dev gold.")
    parser.add_argument("--names", help="a file with the documents to train on, one name a line")
    args = parser.parse_args(argv)
    data = train(target, names=names_from(args.names))
    write_model(data, model_path(target))
    print(f"{target}: {data['trained_on']}, {len(data['weights'])} features")
