"""Cross-validation of the measures model: the threshold ``extract.measuremodel.THRESHOLD`` is chosen
by it, on the documents given (the held-out documents of each fold are scored by a model fitted on
the others, so the scores estimate what the model does on documents it has not seen).

``python -m jeugdgraph.learn.measurecv --names LIST [--folds 5]`` prints, per threshold, the
precision and recall of the model alone and of the model beside the wording rules.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..extract.dates import deadline_of
from ..extract.linear import model_from_dict
from ..extract.measuremodel import YES
from ..facts import Span
from .measures import DocumentCandidates, fit_documents, holds_keywords, read_documents

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


@dataclass(frozen=True)
class Tally:
    gold: int = 0
    found: int = 0
    gold_matched: int = 0
    found_matched: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.gold + other.gold, self.found + other.found,
                     self.gold_matched + other.gold_matched, self.found_matched + other.found_matched)

    def row(self) -> str:
        precision = self.found_matched / self.found if self.found else 0.0
        recall = self.gold_matched / self.gold if self.gold else 0.0
        return f"{self.found:5d} {precision:.2f} {recall:.2f}"


def _matches(gold: dict[str, Any], quote: str) -> bool:
    if not holds_keywords(gold, quote):
        return False
    return "deadline" not in gold or str(gold.get("deadline")) == str(deadline_of(quote))


def _tally(gold: list[dict[str, Any]], quotes: list[str]) -> Tally:
    return Tally(len(gold), len(quotes), sum(any(_matches(g, q) for q in quotes) for g in gold),
                 sum(any(_matches(g, q) for g in gold) for q in quotes))


def held_out_probabilities(documents: Sequence[DocumentCandidates], folds: int) -> list[list[float]]:
    """Per document, per candidate: the probability a model fitted without the document's fold gives."""
    probabilities: list[list[float]] = [[] for _ in documents]
    for fold in range(folds):
        training = [d for i, d in enumerate(documents) if i % folds != fold]
        model = model_from_dict(fit_documents(training))
        for i, document in enumerate(documents):
            if i % folds == fold:
                probabilities[i] = [model.probabilities(c.features)[YES] for c in document.candidates]
    return probabilities


def table(documents: Sequence[DocumentCandidates], probabilities: list[list[float]]) -> list[str]:
    rules = sum((_tally(d.gold, [m.span.text for m in d.rule_measures]) for d in documents), Tally())
    lines = [f"rules alone: {rules.row()}", "threshold | model alone: found P R | rules + model: found P R"]
    for threshold in THRESHOLDS:
        alone, both = Tally(), Tally()
        for document, row in zip(documents, probabilities, strict=True):
            chosen = [c.span for c, p in zip(document.candidates, row, strict=True) if p >= threshold]
            taken = [m.span for m in document.rule_measures]
            added = [s for s in chosen if not any(_overlap(s, t) for t in taken)]
            alone += _tally(document.gold, [s.text for s in chosen])
            both += _tally(document.gold, [s.text for s in taken + added])
        lines.append(f"{threshold:.2f} | {alone.row()} | {both.row()}")
    return lines


def _overlap(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, help="a file with the dev documents to use, one a line")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    names = args.names.read_text(encoding="utf-8").split() if args.names else None
    documents = read_documents(names=names)
    print("\n".join(table(documents, held_out_probabilities(documents, args.folds))))


if __name__ == "__main__":
    main()
