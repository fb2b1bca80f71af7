"""The assignments model: ``python -m jeugdgraph.learn.assignments [--names LIST]`` rewrites
``extract/models/assignments.json``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .fit import Sample
from .statementmodels import main_for, samples_of
from .statementmodels import train as _train
from .statementsamples import EVALUATION_DIR, read_samples


def training_samples(
    evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
) -> list[Sample]:
    return samples_of(read_samples(evaluation_dir, names), "assignments")


def train(evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None) -> dict[str, Any]:
    return _train("assignments", evaluation_dir, names)


def main() -> None:
    main_for("assignments")


if __name__ == "__main__":
    main()
