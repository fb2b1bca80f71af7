"""Training a candidate ranker (``docdate``, ``publisher``): its samples, its fit and its command line.

A ranker's training module says how to read a dev document's candidates and its gold value, and which
key of a candidate the gold names; a candidate is positive when its key is the gold value.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic

from ..extract.linear import model_path
from .crossval import C, Key, out_of_fold_best, print_table, threshold_table
from .devgold import EVALUATION_DIR
from .fit import Sample, fit, write_model

#: Per dev document (or only those named): its name, its gold value and its candidates.
Candidates = Callable[[Path, Iterable[str] | None], Sequence[tuple[str, Key | None, Sequence[C]]]]


@dataclass(frozen=True)
class RankerTraining(Generic[Key, C]):
    name: str
    document_candidates: Candidates[Key, C]
    key: Callable[[C], Key]
    regularisation: float = 0.3
    min_count: int = 3

    def labelled(self, rows: Iterable[tuple[str, Key | None, Sequence[C]]]) -> list[Sample]:
        return [(c.features, "1" if self.key(c) == gold else "0") for _, gold, candidates in rows
                for c in candidates]

    def training_samples(self, evaluation_dir: Path, names: Iterable[str] | None = None) -> list[Sample]:
        return self.labelled(self.document_candidates(evaluation_dir, names))

    def train(
        self, evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
    ) -> dict[str, Any]:
        chosen = list(names) if names is not None else None
        samples = self.training_samples(evaluation_dir, chosen)
        provenance = {"gold": "dev", "documents": len(chosen) if chosen is not None else "all"}
        return fit(self.name, samples, regularisation=self.regularisation, min_count=self.min_count,
                   provenance=provenance)

    def main(self, argv: list[str] | None = None) -> None:
        parser = argparse.ArgumentParser(description=f"Refit the {self.name} model on the dev gold.")
        parser.add_argument("--names", type=Path, help="a file of document names to train on, one a line")
        parser.add_argument("--evaluation-dir", type=Path, default=EVALUATION_DIR)
        parser.add_argument("--cross-validate", action="store_true",
                            help="print the out-of-fold precision and recall per threshold; write no model")
        args = parser.parse_args(argv)
        names = args.names.read_text(encoding="utf-8").split() if args.names else None
        if args.cross_validate:
            rows = self.document_candidates(args.evaluation_dir, names)
            best = out_of_fold_best(rows, self.key, regularisation=self.regularisation,
                                    min_count=self.min_count)
            print_table(self.name, threshold_table(rows, best))
            return
        model = write_model(self.train(args.evaluation_dir, names), model_path(self.name))
        print(f"{self.name}: {len(model.weights)} features")
