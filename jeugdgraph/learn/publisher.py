"""Train the ``publisher`` model: which municipality a document names is its publisher.

Each municipality named on the head and foot of a document's first part is a sample
(``publishercandidates``); it is positive when it is the gold ``publisher``, negative otherwise (also
every one named by a document whose publisher is a party, a body or none). ``python -m
jeugdgraph.learn.publisher [--names LIST]`` rewrites ``extract/models/publisher.json``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from .. import iris
from ..corpus_eval import load_corpus_gold
from ..extract.compiled import for_gazetteer
from ..extract.linear import model_path
from ..extract.metadata import issued_part
from ..extract.names import MUNICIPALITY_KINDS, _Names
from ..extract.publishercandidates import PublisherCandidate, publisher_candidates
from ..readers import read_document
from ..reference import gazetteer, load_reference_graph
from ..settings import REFERENCE_DIR
from .crossval import out_of_fold_best, print_table, threshold_table
from .fit import Sample, fit, write_model

NAME = "publisher"
REGULARISATION = 0.3
MIN_COUNT = 3
DEFAULT_EVALUATION_DIR = Path("tests/evaluation")


@cache
def _names() -> _Names:
    return for_gazetteer(_Names, tuple(gazetteer(load_reference_graph(REFERENCE_DIR))))


def gold_publisher(gold: dict[str, Any]) -> str | None:
    """The gold publisher's IRI when it is a municipality (a CBS code), else None."""
    value = gold.get("publisher")
    if isinstance(value, str) and value.upper().startswith("GM"):
        return str(iris.gemeente(value.upper()))
    return None


def document_candidates(
    evaluation_dir: Path, names: Iterable[str] | None = None
) -> list[tuple[str, str | None, list[PublisherCandidate]]]:
    """Per dev document (or only those named): its name, its gold municipality publisher, its candidates."""
    wanted = set(names) if names is not None else None
    known = _names()
    rows = []
    for gold in load_corpus_gold(Path(evaluation_dir) / "gold" / "dev"):
        name = str(gold["document"])
        if wanted is not None and name not in wanted:
            continue
        source = read_document(Path(evaluation_dir) / "corpus" / "dev" / f"{name}.txt")
        lines, kind = issued_part(source.text)
        found = publisher_candidates(lines, kind, lambda n: known.exact(n, MUNICIPALITY_KINDS))
        rows.append((name, gold_publisher(gold), found))
    return rows


def labelled(rows: Iterable[tuple[str, str | None, list[PublisherCandidate]]]) -> list[Sample]:
    return [(c.features, "1" if c.iri == gold else "0") for _, gold, candidates in rows for c in candidates]


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
    parser = argparse.ArgumentParser(description="Refit the publisher model on the dev gold.")
    parser.add_argument("--names", type=Path, help="a file with the document names to train on, one a line")
    parser.add_argument("--evaluation-dir", type=Path, default=DEFAULT_EVALUATION_DIR)
    parser.add_argument("--cross-validate", action="store_true",
                        help="print the out-of-fold precision and recall per threshold; write no model")
    args = parser.parse_args(argv)
    names = args.names.read_text(encoding="utf-8").split() if args.names else None
    if args.cross_validate:
        rows = document_candidates(args.evaluation_dir, names)
        best = out_of_fold_best(rows, lambda c: c.iri, regularisation=REGULARISATION, min_count=MIN_COUNT)
        print_table(NAME, threshold_table(rows, best))
        return
    model = write_model(train(args.evaluation_dir, names), model_path(NAME))
    print(f"{NAME}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
