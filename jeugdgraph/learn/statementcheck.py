"""Choose the learned statements' thresholds by cross-validation: ``python -m jeugdgraph.learn.statementcheck
--names LIST`` fits both models on all folds but one, scores the held-out documents as the evaluation does
at each threshold and prints precision and recall of: the rules with what the model adds where they found
nothing (as the build combines them), the model alone (``alone:``, whose precision chooses the threshold)
and the rules less what the model finds unlikely (``veto:``, a combination the build does not use: it cost
recall in cross-validation)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from ..extract import dates
from ..extract.learnedstatements import picked
from ..extract.linear import model_from_dict
from .statementmodels import fitted
from .statementsamples import TARGETS, DocumentSamples, Found, holds_keywords, names_from, read_samples

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)


def _matches(gold: dict[str, Any], found: Found) -> bool:
    if not holds_keywords(gold, found.span.text):
        return False
    deadline = gold.get("deadline")
    return "deadline" not in gold or (None if deadline is None else str(deadline)) == (
        None if found.deadline is None else found.deadline.isoformat()
    )


def _count(documents: Sequence[DocumentSamples], chosen: dict[str, list[Found]], target: str) -> list[int]:
    gold_n = found_n = gold_ok = found_ok = 0
    for document in documents:
        gold, found = document.gold[target], chosen[document.name]
        gold_n += len(gold)
        found_n += len(found)
        gold_ok += sum(any(_matches(g, f) for f in found) for g in gold)
        found_ok += sum(any(_matches(g, f) for g in gold) for f in found)
    return [gold_n, found_n, gold_ok, found_ok]


def cross_validate(
    documents: Sequence[DocumentSamples], folds: int = 5
) -> dict[str, dict[float, list[int]]]:
    counts = {
        f"{m}{t}": {limit: [0, 0, 0, 0] for limit in GRID} for t in TARGETS for m in ("", "alone:", "veto:")
    }
    for fold in range(folds):
        held = [d for i, d in enumerate(documents) if i % folds == fold]
        training = [d for i, d in enumerate(documents) if i % folds != fold]
        models = {t: model_from_dict(fitted(training, t)) for t in TARGETS}
        scored = {
            d.name: [
                (
                    c,
                    models["decisions"].probabilities(c.features)["1"],
                    models["assignments"].probabilities(c.features)["1"],
                )
                for c in d.candidates
            ]
            for d in held
        }
        for target in TARGETS:
            for limit in GRID:
                chosen = {}
                for d in held:
                    rules = d.rules[target]
                    # as the build does: the model adds only where the rules found nothing
                    extra = [] if rules else picked(scored[d.name], target, [], limit)
                    chosen[d.name] = rules + [Found(s, dates.deadline_of(s.text)) for s in extra]
                alone = {
                    d.name: [
                        Found(s, dates.deadline_of(s.text))
                        for s in picked(scored[d.name], target, [], limit)
                    ]
                    for d in held
                }
                # the rules' findings the model finds unlikely (below a tenth of the limit) left out
                kept = {
                    d.name: [
                        f
                        for f in d.rules[target]
                        if models[target].probabilities(f.features)["1"] >= (limit - 0.3) / 10
                    ]
                    for d in held
                }
                for key, found in ((target, chosen), (f"alone:{target}", alone), (f"veto:{target}", kept)):
                    row = _count(held, found, target)
                    counts[key][limit] = [a + b for a, b in zip(counts[key][limit], row, strict=True)]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", help="a file with the documents to cross-validate on")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    documents = read_samples(names=names_from(args.names))
    counts = cross_validate(documents, args.folds)
    for target, rows in counts.items():
        for limit, (gold_n, found_n, gold_ok, found_ok) in rows.items():
            precision = found_ok / found_n if found_n else 0.0
            recall = gold_ok / gold_n if gold_n else 0.0
            print(
                f"{target:18} t={limit:.2f} found={found_n:4} precision={precision:.3f} recall={recall:.3f}"
            )
    for target in TARGETS:
        print(f"{target}: threshold {chosen_threshold(counts[f'alone:{target}'])}")


#: The precision a model alone must reach before what it adds is trusted beside the rules.
PRECISION = 0.95


def chosen_threshold(alone: dict[float, list[int]]) -> float:
    """The lowest threshold from which on the model alone keeps a cross-validated precision of
    ``PRECISION``."""
    chosen = GRID[-1]
    for limit in sorted(GRID, reverse=True):
        _, found_n, _, found_ok = alone[limit]
        if found_n and found_ok / found_n < PRECISION:
            break
        chosen = limit
    return chosen


if __name__ == "__main__":
    main()
