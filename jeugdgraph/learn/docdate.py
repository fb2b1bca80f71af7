"""Train the ``docdate`` model: which of the full dates a document states is its own date.

Each full date on the head and foot of a document's first part is a sample (``datecandidates``); it
is positive when it is the gold ``date`` of the document, negative otherwise (also every date of a
document whose gold has no date). ``python -m jeugdgraph.learn.docdate [--names LIST]`` rewrites
``extract/models/docdate.json`` from the dev gold.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ..corpus_eval import load_corpus_gold
from ..extract.datecandidates import DateCandidate, date_candidates
from ..extract.linear import model_path
from ..extract.metadata import dated_part
from ..readers import read_document
from .crossval import out_of_fold_best, print_table, threshold_table
from .fit import Sample, fit, write_model

NAME = "docdate"
REGULARISATION = 0.3
MIN_COUNT = 3
DEFAULT_EVALUATION_DIR = Path("tests/evaluation")


def gold_date(gold: dict[str, Any]) -> date | None:
    value = gold.get("date")
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def document_candidates(
    evaluation_dir: Path, names: Iterable[str] | None = None
) -> list[tuple[str, date | None, list[DateCandidate]]]:
    """Per dev document (or only those named): its name, its gold date and its date candidates."""
    wanted = set(names) if names is not None else None
    rows = []
    for gold in load_corpus_gold(Path(evaluation_dir) / "gold" / "dev"):
        name = str(gold["document"])
        if wanted is not None and name not in wanted:
            continue
        source = read_document(Path(evaluation_dir) / "corpus" / "dev" / f"{name}.txt")
        lines, kind = dated_part(source.text)
        rows.append((name, gold_date(gold), date_candidates(lines, kind)))
    return rows


def labelled(rows: Iterable[tuple[str, date | None, list[DateCandidate]]]) -> list[Sample]:
    return [(c.features, "1" if c.day == gold else "0") for _, gold, candidates in rows for c in candidates]


def training_samples(evaluation_dir: Path, names: Iterable[str] | None = None) -> list[Sample]:
    return labelled(document_candidates(evaluation_dir, names))


def train(
    evaluation_dir: Path = DEFAULT_EVALUATION_DIR, names: Iterable[str] | None = None
) -> dict[str, Any]:
    chosen = list(names) if names is not None else None
    samples = training_samples(evaluation_dir, chosen)
    provenance = {"gold": "dev", "documents": len(chosen) if chosen is not None else "all"}
    return fit(NAME, samples, regularisation=REGULARISATION, min_count=MIN_COUNT, provenance=provenance)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Refit the docdate model on the dev gold.")
    parser.add_argument("--names", type=Path, help="a file with the document names to train on, one a line")
    parser.add_argument("--evaluation-dir", type=Path, default=DEFAULT_EVALUATION_DIR)
    parser.add_argument("--cross-validate", action="store_true",
                        help="print the out-of-fold precision and recall per threshold; write no model")
    args = parser.parse_args(argv)
    names = args.names.read_text(encoding="utf-8").split() if args.names else None
    if args.cross_validate:
        rows = document_candidates(args.evaluation_dir, names)
        best = out_of_fold_best(rows, lambda c: c.day, regularisation=REGULARISATION, min_count=MIN_COUNT)
        print_table(NAME, threshold_table(rows, best))
        return
    model = write_model(train(args.evaluation_dir, names), model_path(NAME))
    print(f"{NAME}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
